/**
 * A sanction outside the scale past a count, said beside a per-case rule: 迟到每次扣1分,3次以上辞退; 旷工一天罚款100元,
 * 连续旷工3天以上按自动离职处理; 每次扣2分,累计超过5次的取消评优资格. The sanction (dismissal, treated as another
 * failing, a bonus or wage taken, a distinction withdrawn) has no points the sheet can give, so the counts that reach it
 * are refused; below it the per-case rule scores. Read as a construct: the threshold said with 以上/及以上/满/达到/达
 * (at the count) or 超过/多于/大于 (past it), in any count word, and whatever the sanction says — so long as it says no
 * figure of its own. A sanction said as a possibility (可直接辞退, 可予以开除) is the assessor's choice: the rule's points
 * still stand at every count (dev17 B16-01's truths read it so), and the rule is read without it.
 */
import type { CountSanction } from "../types";

/** the count words a threshold is said in */
// (分钟, 小时: a duration — 每迟到5分钟扣1分,超过30分钟扣罚半天工资 — past which the sanction is taken, read the same way)
const UNIT = "(?:个?工作日|人次|次|回|起|天|日|例|件|项|遍|趟|分钟|个?小时)";
/** words that name the counting (累计, 连续) before the threshold, with no figure, point or money of their own */
const LEAD = "[^,;。\\d分元]{0,14}?";
/** 3日以上(含3日): the count said again as included */
const INCLUDED = `(?:\\s*\\(含\\s*\\d{0,4}\\s*${UNIT}?\\))?`;
const THRESHOLD = new RegExp(
  `${LEAD}(?:(超过|超出|多于|大于|高于|满|达到|达)\\s*(\\d{1,4})\\s*(${UNIT})(?:\\s*\\(含\\))?\\s*(?:及以上|或以上|以上)?${INCLUDED}` +
  `|(?<!\\d)(\\d{1,4})\\s*(${UNIT})\\s*(?:\\(含(?:\\s*\\d{1,4}\\s*${UNIT})?\\))?\\s*(及以上|或以上|以上|\\(含\\)以上)?${INCLUDED})`,
  "g",
);
/** the sanction: no points, no money — something outside the scale (按旷工1天处理: days of another failing, no figure of points) */
const SANCTION = new RegExp(
  "辞退|开除|解聘|除名|劝退|清退|解除[^,;。\\d]{0,4}?(?:合同|关系|聘用|聘任)|自动离职|自动离岗|" +
  "[按作以](?:[^,;。\\d]|\\d{1,3}\\s*(?:个?工作日|天|日)){0,8}?(?:处理|论处|对待)|视为[^,;。\\d]{0,6}?(?:离职|辞职|离岗|旷工)|" +
  "取消[^,;。\\d]{0,10}?(?:资格|奖|绩效|评优|评先|津贴|补贴|待遇)|不(?:予|得)?(?:发放|享受)[^,;。\\d]{0,8}|" +
  "扣(?:除|发|罚)?[^,;。\\d]{0,6}?(?:绩效|奖金|工资|津贴|补贴|奖励)|待岗|停职|停岗|降级|降职|降薪|记过|记大过|处分",
);
/** 可直接辞退, 可予以开除, 可以解聘: the sanction may be taken, the assessor chooses */
const MAY = /可(?!能)|酌情|视情/;
/** counts said by the prefix only (累计3次, 连续3天): a threshold with no 以上/超过 is at the count */
const COUNTED = /累计|连续|合计|共计|全年|年内|当月|月内|学期内/;

export interface SanctionSplit {
  /** the clause without the sanction */
  readonly rest: string;
  readonly sanction: CountSanction;
  /** 可直接辞退: the assessor may take it, the points stand */
  readonly discretionary: boolean;
  /** the count word of the threshold (次, 天 …) */
  readonly unit: string;
}

/** the sanction past a count in a normalised clause (normalizeClause: half-width punctuation, Arabic figures), or null */
export function sanctionPast(s: string): SanctionSplit | null {
  if (!SANCTION.test(s)) return null;
  THRESHOLD.lastIndex = 0;
  for (let m = THRESHOLD.exec(s); m !== null; m = THRESHOLD.exec(s)) {
    const start = m.index;
    const afterThreshold = m.index + m[0].length;
    // the sanction: in the rest of this part or the next, with no figure of its own
    const tail = /^[^;。]*/.exec(s.slice(afterThreshold))?.[0] ?? "";
    const sm = SANCTION.exec(tail);
    if (!sm) continue;
    const between = tail.slice(0, sm.index);
    if (/[\d分元]/.test(between) || between.length > 16) continue;
    // the part ends at the next , ; 。 after the sanction
    const endRel = /[,;。]|$/.exec(tail.slice(sm.index + sm[0].length));
    const end = afterThreshold + sm.index + sm[0].length + (endRel ? endRel.index : 0);
    const span = s.slice(start, end);
    if (/\d\s*(?:分(?!钟)|元)/.test(span.slice(m[0].length))) continue;
    const comparator = m[1];
    const count = Number(m[2] ?? m[4]);
    const unit = (m[3] ?? m[5]).replace(/^个(?!$)/, "");
    const above = m[6];
    if (!Number.isInteger(count) || count < 1) continue;
    let inclusive: boolean;
    if (comparator !== undefined) inclusive = !/超过|超出|多于|大于|高于/.test(comparator);
    else if (above !== undefined) inclusive = true;
    else if (COUNTED.test(m[0])) inclusive = true;
    else continue;
    const rest = (s.slice(0, start) + s.slice(end)).replace(/^[,;。\s]+/, "").replace(/[,;。\s]*([;。])[,;。\s]*/g, "$1").replace(/,\s*$/, "");
    if (!/\d/.test(rest)) return null;
    return { rest, sanction: { count, inclusive, unit, what: sm[0] }, discretionary: MAY.test(span), unit };
  }
  return null;
}

/**
 * The threshold of a sanction in the measure word the bands count in (迟到10分钟内扣2分,…,超过1小时按旷工处理: 1小时 is 60
 * 分钟 — a length of time said in hours past bands in minutes), or null when the words do not measure the same thing.
 */
export function thresholdIn(ruleUnit: string, sanction: { count: number; unit: string }): number | null {
  const u = sanction.unit.replace(/^个/, "");
  if (ruleUnit === "分钟" && u === "小时") return sanction.count * 60;
  return ruleUnit !== "" && sameCount(ruleUnit, u) ? sanction.count : null;
}

/** the same kind of count: a rule counted in 天 is not past a threshold said in 次 */
export function sameCount(ruleUnit: string, thresholdUnit: string): boolean {
  const group = (u: string): string => (/^(?:天|日|工作日)$/.test(u) ? "day" : /^(?:次|回|人次|趟|遍)$/.test(u) ? "time" : u);
  return ruleUnit === "" || group(ruleUnit) === group(thresholdUnit);
}
