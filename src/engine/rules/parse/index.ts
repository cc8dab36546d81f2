/**
 * Clause text → ScoringRule, read by the clause's skeleton: normalise (normalize.ts), lex into
 * tokens (lexer.ts), recognise construct fragments and combine them (natural.ts), then audit:
 * a scoring token — points, a rate, money, a rate point, a factor, a cap, a floor, a comparator
 * before a number — that no fragment read makes the clause `understood: false`, naming the
 * unread text. It never guesses. The short written form a clerk can type is in short.ts.
 * Linear in the clause's length.
 */
import type { CountSanction, RateTier, RuleParse, ScoringRule } from "../types";
import { type ReasonCode, type ReasonParams, reasonString } from "../reasons";
import { MAX_TOKENS, lex, skeleton, type Token } from "./lexer";
import { Clause, View, isFailure, natural } from "./natural";
import { BASE_WORDS } from "./view";
import { joinNumbers, maxFromItemText, normalizeClause, simplifiedChar, stripEnumeration } from "./normalize";
import { exclusiveGrades, requiredGrades, scaleGrades } from "./grades";
import { refineTokens } from "./refine";
import { sectionLike } from "./section";
import { parseShortForm } from "./short";
import { quantityTokens } from "./quantity";
import { levelLadder } from "./levels";
import { bothWays, itemTarget } from "./rates";
import { sameCount, sanctionPast, thresholdIn } from "./sanction";

export { normalizeClause, maxFromItemText } from "./normalize";
export { parseSectionRule } from "./section";
export { parseShortForm } from "./short";

const fail = (code: ReasonCode, params: ReasonParams = {}): RuleParse => ({ understood: false, reason: reasonString(code, params), reasonCode: code, reasonParams: params });

/** a count from its Nth on (从第2次起, 自第3件开始) */
const FROM_NTH = /(?:从|自)?第\s*(\d+)\s*[\u4e00-\u9fff]{0,2}?\s*(?:起|开始)/;
/** and so on (以此类推, 依次类推) */
const ETC = /[以依][此次]类推/;
/** a deduction verb closing the subject text just before 每 (扣每项2分) */
const DEDUCT_BEFORE_EVERY = /(?:扣除|扣减|扣|减|罚)\s*$/;
/** the pass mark said before its points (合格分数线暂定为40分, 及格线为60分) */
const PASS_MARK = /(?:合格|及格|达标)(?:分数)?线\s*(?:暂定|定|确定)?\s*(?:为|是)?\s*$/;

/** the points for the standard met, said as such (达标得2分, 达到标准的计5分): the standard is said elsewhere */
const STANDARD_MET = /(?:^|[,;。])[^,;。\d%]{0,12}(?:达标|达到标准|达到要求)(?:的|者)?[,\s]*(?:得|计|记|给)/;

/** characters that make 分 the start of a word (分管, 分工, 分别 …), not points */
const FEN_WORD = /[管工配别类析解布期批组级区局站所院校]/;

/** Kinds a fragment must read for the clause to be understood. */
function isScoring(t: Token, next: Token | undefined, prev: Token | undefined): boolean {
  switch (t.k) {
    // (p: in proportion, 按比例扣分 — read by no fragment, the score would ignore it)
    case "P": case "R": case "O": case "X": case "C": case "F": case "p": case "L":
      return true;
    case "Y":
      // money paid or fined (奖村500元, 罚300元) or a condition on money (达5000元以上); money
      // in the subject (按人均2元的标准投入到位) is what the subject is about, not a score
      return isMoneyScoring(prev, next);
    case "c":
      return next !== undefined && (next.k === "R" || next.k === "P" || next.k === "Y");
    // 每提高1%, 每增加1小时: a step no fragment read — read as a bound it gives a threshold's points once
    case "M":
      return next !== undefined && (next.k === "W" || next.k === "R" || next.k === "O");
    // 完成任务得满分 beside tiers or a threshold: the full points for an outcome of their own
    case "U":
      return prev !== undefined && prev.k === "E";
    default:
      return false;
  }
}

function isMoneyScoring(prev: Token | undefined, next: Token | undefined): boolean {
  const k = prev?.k;
  return k === "E" || k === "D" || k === "A" || k === "c" || k === "L" || next?.k === "a";
}

/**
 * `itemText`: the item's name or heading (考核项目, a column heading such as 扣分(每人次)); it gives
 * the sign and the unit of a standard that is only points, and, unless `maxFromItem` is false,
 * the item's max when `max` is not given ("(10分)" in the name).
 */
export function parseRule(text: string, opts: { max?: number; itemText?: string; maxFromItem?: boolean } = {}): RuleParse {
  // a fault of the reader on one clause is that clause's refusal, never an exception that stops the
  // pane or a folder run (test/engine/rules/neverThrows.test.ts asserts no clause reaches it)
  try {
    const sanctioned = withSanction(text, opts);
    return shortOfBound(text, noneWithin(text, confidentGuards(text, opts, perHolderCap(text, sanctioned ?? gradeShares(text, opts) ?? parseWhole(text, opts)))));
  } catch (e) {
    return fail("reader-fault", { error: e instanceof Error ? e.message.slice(0, 80) : String(e).slice(0, 80) });
  }
}

/**
 * 迟到10分钟以内扣2分,超过10分钟扣5分 / 缺勤2次以内扣1分…: deduction bands of a count or a time whose lowest band is said
 * with 以内 (之内, 内) count failings from the first one on, so none of them (0) takes nothing — 0 fell in the lowest band
 * and was scored as a failing (a confident wrong score: 0 minutes late took 2 points). Only where every band deducts,
 * the lowest is 以内 a bound above 0 in a count or time measure word, and nothing below a bound is said (以下, 不足,
 * 少于, 低于, 未达到: a shortfall, where 0 is the worst); the zero band is added, as tiersPast does past a sanction.
 */
function noneWithin(text: string, r: RuleParse): RuleParse {
  if (!r.understood || r.rule.kind !== "rate-tiers") return r;
  const rule = r.rule;
  if (/^(?:|%|‰|元|万元|分)$/.test(rule.unit.trim()) || rule.tiers.some((t) => t.bound <= 0 && t.cmp !== ">" && t.cmp !== ">=")) return r;
  if (!rule.tiers.every((t) => t.amount === null || t.amount <= 0) || !rule.tiers.some((t) => (t.amount ?? 0) < 0)) return r;
  const lowest = Math.min(...rule.tiers.map((t) => t.bound));
  const first = rule.tiers.find((t) => t.bound === lowest && t.cmp === "<=");
  if (first === undefined || !(lowest > 0) || first.amount === null || first.amount === 0) return r;
  const s = normalizeClause(text);
  if (/以下|不足|少于|低于|未达到|未满|不满/.test(s)) return r;
  const unit = rule.unit.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  if (!new RegExp(`(?<![\\d.])${lowest}\\s*${unit}\\s*(?:以内|之内|内)`).test(s)) return r;
  const none: RateTier = { cmp: "<=", bound: 0, amount: 0 };
  return { ...r, rule: { ...rule, tiers: [none, ...rule.tiers] } };
}

/** a whole clause that deducts once for a count short of a bound: (subject) 不足/少于/低于 N (measure word)(的)扣P分 */
const SHORT_OF_BOUND = /^[^\d,;。:]{0,20}?(?:不足|少于|低于|未达到|未满|达不到)\s*(\d+)\s*([\u4e00-\u9fff]{1,2}?)(?:的)?\s*(?:扣|减)\s*(\d+(?:\.\d+)?)\s*分[。;]?$/;
/**
 * 开展培训不足3次扣2分 (no max): the bound was taken as words of a failing deducted once, so a typed count was a count
 * of failings — 3次 took 2 points and 0 took none, both wrong. Read as 低于10小时扣1分 already is: below the bound the
 * points are taken, at or past it none. Any other deduction-once reading with a count bound in its words is refused.
 */
function shortOfBound(text: string, r: RuleParse): RuleParse {
  if (!r.understood || r.rule.kind !== "fixed-deduction") return r;
  const s = normalizeClause(text);
  if (!/(?:不足|少于|低于|未达到|未满|达不到)\s*\d/.test(s)) return r;
  const m = SHORT_OF_BOUND.exec(s);
  if (m === null || parseFloat(m[3]) !== r.rule.points) return fail("unread-words", { list: `“${s.slice(0, 24)}”` });
  const tiers: RateTier[] = [{ cmp: "<", bound: parseInt(m[1], 10), amount: -r.rule.points }];
  return { ...r, construct: "rate-tiers", rule: { kind: "rate-tiers", unit: m[2], tiers } };
}

/** grade words a scheme scores by (优秀, 良好, 合格 …), longest first */
const GRADE = "基本合格|不合格|优秀|良好|较好|合格|一般|较差";
/** a table of grades each with its share of the item's max, at the clause's end: 计分:优秀100%,良好85%,合格70%,不合格零分 */
const SHARE_TABLE = new RegExp(String.raw`(?:(?:计分|评分|赋分|得分)(?:标准|办法)?\s*[:：]?\s*)?((?:(?:${GRADE})\s*(?:得|计|按)?\s*(?:\d+(?:\.\d+)?\s*[%％]|满分|全分|零分|0分)\s*[,，、;；]?\s*){2,})[。;；.]?\s*(\([^()]*\)\s*[。;；.]?)?\s*$`);
const SHARE_ITEM = new RegExp(String.raw`(${GRADE})\s*(?:得|计|按)?\s*(\d+(?:\.\d+)?\s*[%％]|满分|全分|零分|0分)`, "g");
/** a grade a band of the value is said to be: …95%及以上的为优秀, 其余为合格 */
const GRADE_SAID = new RegExp(String.raw`为(${GRADE})(?=\s*(?:[,，、;；。]|$))`, "g");

/**
 * Grades said of bands of the value, then scored as shares of the item's max (dev11 Q05-01 就业率在95%及以上的为优秀,
 * 90%-94%的为良好…。计分:优秀100%,良好85%,合格70%,不合格零分): each band gets its grade's share of the max and the
 * clause is read as the bands with those points — only where the max is known, every grade said of a band has its
 * share and every share its band, and the bands read as rate tiers. Anything else is left to the ordinary reading.
 */
function gradeShares(text: string, opts: { max?: number; itemText?: string; maxFromItem?: boolean }): RuleParse | null {
  const max = opts.max;
  if (max === undefined || !text.includes("为")) return null;
  // (on the clause's normal form: full-width digits, 零分, 。 read as everywhere else)
  const s = normalizeClause(text);
  const table = SHARE_TABLE.exec(s);
  if (table === null) return null;
  const share = new Map<string, number>();
  for (const m of table[1].matchAll(SHARE_ITEM)) {
    if (share.has(m[1])) return null;
    const w = m[2].replace(/\s+/g, "");
    share.set(m[1], w === "满分" || w === "全分" ? 100 : w === "零分" || w === "0分" ? 0 : parseFloat(w));
  }
  const head = s.slice(0, table.index);
  const said = [...head.matchAll(GRADE_SAID)].map((m) => m[1]);
  if (said.length < 2 || new Set(said).size !== said.length || said.length !== share.size || said.some((g) => !share.has(g))) return null;
  if ([...share.values()].some((x) => x > 100)) return null;
  const rewritten = head.replace(GRADE_SAID, (_m, g: string) => `得${Math.round((max * (share.get(g) ?? 0)) / 100 * 1e9) / 1e9}分`) + (table[2] ?? "");
  const r = parseWhole(rewritten, opts);
  return r.understood && r.rule.kind === "rate-tiers" ? r : null;
}

/**
 * a cap said per holder (每人最多扣4分, 每户最高加6分, 同一人累计扣分不超过5分, 每名学生10分封顶): the cap applies to each
 * person, household, occasion or item — a count of cases (人次, 次, 处) over many holders does not say how each is capped
 */
const PER_HOLDER_CAP = new RegExp(
  String.raw`(?:每|单|同一)(?:一)?(?:名|位|个)?(?:人|户|家|次|项|所|班|校|村|组|单位|学生|教师|职工|员工|党员|干部|班级|学校|社区)` +
  String.raw`(?:每(?:年|学期|月|季度|次))?(?:累计|合计)?(?:扣分|加分|得分|奖分)?` +
  String.raw`(?:(?:最多|最高|不超过|不得超过|最多不超过|最高不超过|上限为?|限)(?:扣除|扣|加|得|计|记|奖励|奖)?\s*\d+(?:\.\d+)?\s*分?|\d+(?:\.\d+)?\s*分\s*(?:封顶|为限|为上限))`,
);
/** a count of cases, not an amount (元, 天, 小时): with an amount the row is one holder's (每100元奖10分(每人200分封顶)) */
const CASE_UNIT = /^(?:|次|人|人次|名|位|起|例|件|处|项|个|条|篇|宗|份|户|户次|家|家次|张|台|辆|间|所|批|回|遍|项次)$/;

/** a reading whose cap is said per holder while the value counts cases over holders: refused (per-holder-cap) */
function perHolderCap(text: string, r: RuleParse): RuleParse {
  if (!r.understood) return r;
  const rule = r.rule as { readonly unit?: unknown };
  if (typeof rule.unit !== "string" || !CASE_UNIT.test(rule.unit)) return r;
  const m = PER_HOLDER_CAP.exec(normalizeClause(text));
  return m === null ? r : fail("per-holder-cap", { text: m[0] });
}

/**
 * Readings that would give a confident score the clause does not determine (round 14, wr), refused with a reason:
 * - 倒扣 with the item's max on a part answered once (得2分;有抵触行为的倒扣2分, 否则倒扣3分): the part goes below zero,
 *   which a score within [0, max] cannot show — whether it is negative or 0 is not said;
 * - a deduction by count beside a failing deducted once with the same points (制度未上墙每少一个扣0.5分;板夹资料不齐全扣
 *   0.5分, 缺少一样扣1分;工作服不整洁扣1分): read as one count they would need the clerk to add a yes/no into a count —
 *   a count and a yes/no are two figures (corpus conventions, rounds 10–11).
 */
function confidentGuards(text: string, opts: { max?: number }, r: RuleParse): RuleParse {
  if (!r.understood) return r;
  const s = normalizeClause(text);
  const rule = r.rule;
  if (opts.max !== undefined && ONCE_KINDS.has(rule.kind)) {
    const m = NEGATIVE_PART.exec(s);
    if (m !== null) return fail("negative-part", { text: m[0] });
  }
  const base = COUNTED_KINDS.has(rule.kind) ? boundThenEach(s) : null;
  if (base !== null) return fail("above-base", { text: base });
  const beside = countBesideFailing(s, rule);
  if (beside !== null) return fail("count-beside-failing", beside);
  const bound = boundAsStep(s, rule);
  return bound === null ? r : fail("bound-not-step", { text: bound });
}

/**
 * 连续3次检查不合格的扣5分, 累计2个月未报送的扣3分, 被通报3次的扣2分: a count of several said with no 每 before it is a
 * run or a bound reached (met once), not a step taken again per so many — read as per 3 it took 10 off for 6次. Whether
 * a longer run (or a second run) takes the points again is not said (the README has no reading of a run): refused.
 * 每2次减1分, 每超出100公里扣0.2分 (每 in the count's part) and bands continued by 以此类推 keep their step.
 */
function boundAsStep(s: string, rule: ScoringRule): string | null {
  if (!COUNTED_KINDS.has(rule.kind)) return null;
  const { per, unit } = rule as { per?: number; unit?: string };
  if (per === undefined || per < 2 || /[以依]此类推/.test(s)) return null;
  const esc = (unit ?? "").replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  let first: string | null = null;
  for (const m of s.matchAll(new RegExp(`(?<![\\d.])${per}\\s*个?${esc}`, "g"))) {
    const part = s.slice(0, m.index).split(/[,;。:]/).pop() ?? "";
    if (part.includes("每")) return null;
    const run = /(?:连续|累计|共计|合计)\s*$/.exec(part);
    first ??= `${run ? run[0] : ""}${m[0]}`;
  }
  return first;
}

/** rules counted per case or unit */
const COUNTED_KINDS = new Set<string>(["per-case", "per-unit-deduction-floored", "per-unit-capped"]);
/** a bound on a count of the subject: 连续3次, 累计2个月, 3次以上, 超过5次 (its unit: group 3 or 5) */
const COUNT_BOUND = /(?:(连续|累计|共计|合计|超过|多于)\s*(\d+)\s*个?(人次|季度|学期|小时|[次月天周年人起件项回篇])(?:\s*(?:\(含\)|含)?\s*(?:以上|及以上))?|(\d+)\s*个?(人次|季度|学期|小时|[次月天周年人起件项回篇])\s*(?:\(含\)|含)?\s*(?:以上|及以上))/g;
/**
 * 连续3次检查不合格的,每次扣2分; 累计2个月排名末位的,每月扣2分; 发表3篇以上的,每篇加1分: a bound (2 or more) on the count
 * that the step then counts in the same unit — whether the cases below the bound count, and whether the step counts from
 * the first case or from the bound, is not said
 */
function boundThenEach(s: string): string | null {
  for (const m of s.matchAll(COUNT_BOUND)) {
    if (parseFloat(m[2] ?? m[4]) < 2) continue;
    const unit = m[3] ?? m[5];
    const rest = s.slice((m.index ?? 0) + m[0].length).split(/[;。]/)[0];
    if (new RegExp(`每\\s*(?:1\\s*)?个?${unit}`).test(rest)) return m[0];
  }
  return null;
}

/** rules answered once (a yes/no per part), not counted */
const ONCE_KINDS = new Set<string>(["all-or-nothing", "fixed-deduction", "sub-clauses", "listed-parts"]);
/** 倒扣2分, 否则倒减3分: points taken below what the part earns (a verb after a stop or 的/者/则 …, not 乱倒 or 倾倒 before 扣) */
const NEGATIVE_PART = /(?:^|(?<=[,;。:的者则即并再]|予以|还要|将))\s*倒(?:扣除|扣减|扣|减)\s*(?:\d+(?:\.\d+)?\s*分)?/;
/** points deducted in a part (扣0.5分, 减2分, 扣除3分) */
const PART_POINTS = /(?:扣除|扣减|扣|减)\s*(\d+(?:\.\d+)?)\s*分/;
/** a cap, a floor or a total said in a part (最多扣10分, 扣完为止): not a deduction of its own */
const PART_BOUND = /最多|最高|不超过|不得超过|为限|封顶|上限|累计|总分|为止|合计|以内/;
/** a part counted: 每…, 各扣 (each failing named, round 6), …者扣 (each person), a count with its measure word before the points (一次扣, 缺一项扣, 一单扣), or points per unit (扣2分/次) */
const PART_COUNTED = /每|各\s*(?:扣|减)|者\s*,?\s*(?:扣|减)|(?:[一两二三四五六七八九十]|\d+)\s*(?:人次|项次|个|项|样|次|处|条|人|件|例|篇|份|起|名|宗|笔|台|户|家|本|张|场|期|节|天|批|轮|所|间|辆|只|位|门|类|种|具|套|单(?!位))|(?:[一两]|\d+)\s*[\u4e00-\u9fff]\s*(?:的)?\s*,?\s*(?:扣|减)|分\s*\/\s*[\u4e00-\u9fff]/;
/** a sub-clause whose failing is counted (…缺少一样, 每缺一项): its label ends in a count */
const LABEL_COUNTED = /(?:每|缺|少|缺少|差|漏)\s*(?:[一两二三]|\d+)?\s*(?:个|项|样|次|处|条|人|件|例|篇|份|种|类|本|张)$/;

function countBesideFailing(s: string, rule: ScoringRule): { count: string; text: string } | null {
  if (rule.kind === "sub-clauses") {
    const labels = rule.parts.map((p) => p.label);
    if (labels.length < 2) return null;
    const counted = labels.find((l) => LABEL_COUNTED.test(l.trim()));
    const once = labels.find((l) => !LABEL_COUNTED.test(l.trim()));
    return counted !== undefined && once !== undefined ? { count: counted, text: once } : null;
  }
  if (rule.kind !== "per-case" && rule.kind !== "per-unit-deduction-floored") return null;
  // (kinds counted apart with their own points take one count per kind, round 10; with the same points the reader takes
  // one count of them all, which a failing deducted once cannot join)
  if (rule.kind === "per-case" && rule.categories.some((k) => k.points !== rule.categories[0].points)) return null;
  // each part: the text up to and including a stop that follows its points (制度未上墙,每少一个扣0.5分)
  const parts: Array<{ text: string; points: number }> = [];
  let pending = "";
  for (const seg of s.split(/[,;。!?]/)) {
    pending = pending === "" ? seg : `${pending},${seg}`;
    const m = PART_POINTS.exec(seg);
    if (m === null) continue;
    if (!PART_BOUND.test(seg)) parts.push({ text: pending.trim(), points: parseFloat(m[1]) });
    pending = "";
  }
  if (parts.length < 2 || parts.some((p) => p.points !== parts[0].points)) return null;
  const counted = parts.find((p) => PART_COUNTED.test(p.text));
  const once = parts.find((p) => !PART_COUNTED.test(p.text));
  return counted !== undefined && once !== undefined ? { count: counted.text, text: once.text } : null;
}

/**
 * 迟到每次扣1分,3次以上辞退: the per-case rule read without the sanction past a count (sanction.ts), the sanction kept
 * on it so the counts that reach it are refused. Null when the clause has no such sanction or the rest is not a rule
 * counted per case (then the clause is read whole, as before).
 */
function withSanction(text: string, opts: { max?: number; itemText?: string; maxFromItem?: boolean }): RuleParse | null {
  const split = sanctionPast(normalizeClause((text ?? "").trim()));
  if (split === null) return null;
  const r = parseWhole(split.rest, opts);
  if (!r.understood) return null;
  const rule = r.rule;
  if (rule.kind === "per-case" && !sameCount(rule.unit, split.unit)) return null;
  // 每迟到5分钟扣1分,超过30分钟扣罚半天工资: a step of units (no target) past an amount of the same units
  if (rule.kind === "per-unit-deduction-floored" && (rule.target !== null || rule.unit === "" || !sameCount(rule.unit, split.unit))) return null;
  if (rule.kind === "rate-tiers") return split.discretionary ? r : tiersPast(r, rule, split.sanction);
  if (rule.kind !== "per-case" && rule.kind !== "fixed-deduction" && rule.kind !== "per-unit-deduction-floored") return null;
  // 可直接辞退: the assessor may take the sanction; the points stand at every count
  if (split.discretionary) return r;
  // 每次扣50元,累计15次以上不予发放出勤奖: past the count the money taken is a sum set elsewhere (round 12: money
  // bounded by a figure not in the sheet) — no count of the clause is then known to stop short of it
  if (rule.kind === "per-case" && rule.currency === "元" && MONEY_TAKEN.test(split.sanction.what)) return fail("sanction-money-elsewhere", { text: split.sanction.what });
  const withIt: ScoringRule = { ...rule, sanction: split.sanction };
  return { ...r, rule: withIt };
}

/**
 * Bands of a count or a length of time with a sanction past the last one (迟到10分钟内扣2分,超过10分钟扣5分,超过1小时按旷工1天
 * 处理; 缺勤1-2次扣1分,3次以上扣3分,超过5次予以辞退): the values at/past the sanction are refused (a band with no points,
 * and the sanction kept for the reason), the bands below it scored. Read only when the sanction is in the bands' measure
 * (hours past minutes converted), lies at or past every band's bound, and the bands leave no value below it unsaid (the
 * top band reaches up, or its bound is the sanction's): else null, the clause read whole as before (refused).
 */
function tiersPast(r: RuleParse, rule: Extract<ScoringRule, { kind: "rate-tiers" }>, sanction: CountSanction): RuleParse | null {
  if (!r.understood) return null;
  const count = thresholdIn(rule.unit, sanction);
  if (count === null || rule.pastMax !== undefined) return null;
  const bounds = rule.tiers.map((t) => t.bound);
  if (bounds.some((b) => b > count)) return null;
  const up = rule.tiers.some((t) => (t.cmp === ">" || t.cmp === ">=") && t.amount !== null);
  if (!up && !rule.tiers.some((t) => t.cmp === "<=" && t.bound === count)) return null;
  const cmp = sanction.inclusive ? ">=" : ">";
  const past: CountSanction = { ...sanction, count, unit: rule.unit };
  // (deductions from the first case or minute on, 2次以内扣1分: none of it, 0, takes nothing)
  const lowest = Math.min(...bounds);
  const none: RateTier[] = rule.tiers.every((t) => (t.amount ?? 0) <= 0) && lowest > 0 && rule.tiers.some((t) => t.bound === lowest && (t.cmp === "<=" || t.cmp === "<"))
    ? [{ cmp: "<=", bound: 0, amount: 0 }]
    : [];
  const withIt: ScoringRule = { ...rule, tiers: [...none, ...rule.tiers, { cmp, bound: count, amount: null }], sanction: past };
  return { ...r, rule: withIt };
}

/** a sanction that takes money set elsewhere (a bonus, the wage, the performance pay) */
const MONEY_TAKEN = /奖|工资|绩效|津贴|补贴|待遇|薪/;

function parseWhole(text: string, opts: { max?: number; itemText?: string; maxFromItem?: boolean }): RuleParse {
  const r = readClause(text, opts);
  if (!r.understood) {
    const each = eachKindApart(text, opts);
    if (each !== null) return each;
    const money = moneyAsPoints(text, opts);
    if (money !== null) return money;
  }
  return r.understood || r.reasonCode !== "no-points" ? r : otherUnit(text, opts) ?? r;
}

/** 由…考核组/考评组/评委/专家组…(统一)量分/打分/评分/评定: a named body of assessors gives the points */
const ASSESSORS_SCORE = /由[^,,。;;]{0,12}(?:考核组|考评组|考核小组|考评小组|评委|评审组|评审委员会|专家组|评议组)[^,,。;;]{0,8}?(?:统一|集中|现场)?(?:量分|打分|评分|评定分值|赋分)/;
/** a requirement that is an absence: (全年)无/没有/杜绝/未发生/未出现 … 现象/行为/问题/情况/事件/事故 */
const ABSENCE_PART = /^(?:全年|年内|年度内|当年|本年度|考核期内|辖区内|本单位)?(?:无|没有|杜绝|未发生|未出现|不发生|不出现)(?!特殊|故|正当|理由)[\u4e00-\u9fff“”"、]{1,20}(?:现象|行为|问题|情况|事件|事故)(?:发生)?的?$/;
/** an earned verb and its points closing a part (奖励5分, 得3分, 计2分), with nothing after them */
const POINTS_AFTER_ABSENCE = /(?:奖励|奖|得|计|记|加|给予|给)\d+(?:\.\d+)?分$/;
/**
 * a requirement that is the absence of a thing (無過期失效藥品, 地面无纸屑、无灰尘, 杜绝假劣药品): 无/没有/杜绝 and the thing,
 * all the part — not a thing made without something (无障碍设施, 无害化处理, 无菌操作, 无纸化办公, 无偿献血, 无烟单位), nor
 * a condition (无特殊情况, 无故, 无正当理由)
 */
const ABSENCE_THING = /^(?:全年|年内|年度内|当年|本年度|考核期内|辖区内|本单位)?(?:[\u4e00-\u9fff]{0,3}[^有是否\s\d])?(?:无|没有|杜绝)(?!特殊|故|正当|理由|害|障碍|菌|纸化|线|偿|公害|缝|人|烟|私|条件|关|论|须|需|不|一|任何要求|完成|按|达|做|落实|开展|建立|及时|法)[\u4e00-\u9fff、]{1,12}$/;
/** a thing made or kept that only reads like an absence (无烟学校, 无障碍通道): its last words name what is built */
const BUILT_THING = /(?:单位|学校|机关|医院|社区|村|家庭|校园|建设|创建|化|区|工程|通道|设施)$/;
/** a condition before the requirement (非经…同意, 未经批准, 除…外), not a requirement of its own */
const PREAMBLE_PART = /^(?:非经|未经|除|如|凡|若)/;
/** the points said (得3分, 记满分, 否则不得分, (2分)), not a requirement */
const POINTS_PART = /\d\s*分|满分|不得分|不计分|零分|否则/;

/**
 * Whether the standard of a yes/no clause is an absence: "whole" when every requirement it states is one, "part" when
 * other requirements stand beside it; null when none is.
 */
function absenceStandard(s: string): "whole" | "part" | null {
  const parts = s.split(/[,,。;;::]/).map((x) => x.replace(/[\s()()]/g, "")).filter((x) => x !== "");
  let absent = 0;
  let other = 0;
  // (无消毒记录、无留样,扣20分: in a clause that takes points away the 无 names the failing, not the standard)
  const takes = /扣|减|不得分|不计分|不给分|零分|(?<![\d.])0分/.test(s);
  for (const p of parts) {
    // (全年无违纪现象的奖励5分: the absence and its points in one part, the points after it)
    if (ABSENCE_PART.test(p) || ABSENCE_PART.test(p.replace(POINTS_AFTER_ABSENCE, "")) || (!takes && ABSENCE_THING.test(p) && !BUILT_THING.test(p) && !POINTS_PART.test(p) && !/的$/.test(p))) absent++;
    else if (POINTS_PART.test(p) || PREAMBLE_PART.test(p)) continue;
    else other++;
  }
  return absent === 0 ? null : other === 0 ? "whole" : "part";
}

/** 分别扣10分、5分、3分 / 分别加5、2分 / 分别得5/8/10分: the verb and the points paired with a list of kinds */
const PAIRED_POINTS = /分别\s*(扣除|扣减|扣|加|得|计|记|减)\s*((?:\d+(?:\.\d+)?\s*分?\s*[、\/]\s*)+\d+(?:\.\d+)?)\s*分/;
/** the parts of a list of kinds (新开、续建; 省、市、县; 县/市/省; 镇、县及县以上) */
const KIND_SEP = /\s*(?:、|\/|及|和)\s*/;
const KIND_LIST = /[\u4e00-\u9fff]{1,6}(?:\s*(?:、|\/|及|和)\s*[\u4e00-\u9fff]{1,6})+/g;

/**
 * 指每新开、续建1个项目分别加5、2分; 每发一篇按县/市/省分别得5/8/10分: each kind of a list counted per unit with the points paired to it by 分别 — several kinds counted apart
 * (the round 10 convention), said once for each kind and read again; only when that reading is several kinds counted
 * apart, one per kind of the list (else null: the clause's own refusal stands).
 */
function eachKindApart(text: string, opts: { max?: number; itemText?: string; maxFromItem?: boolean }): RuleParse | null {
  const s = normalizeClause(stripEnumeration((text ?? "").trim()));
  const m = PAIRED_POINTS.exec(s);
  if (!m || PAIRED_POINTS.test(s.slice(m.index + m[0].length))) return null;
  const points = m[2].split(/[、/]/).map((x) => x.replace(/分|\s/g, ""));
  const k = points.length;
  // (the list, 每 and 分别 in one stretch between commas: 受到约谈、挂牌整治,…的,每次分别扣1分、2分 — kinds of a
  // condition said before it — and 被省、市、县督查组巡查发现的火点,每个分别扣… are left as they are, their truths differ)
  const from = Math.max(s.lastIndexOf(";", m.index), s.lastIndexOf("。", m.index), s.lastIndexOf(",", m.index)) + 1;
  const part = s.slice(from, m.index);
  if (!part.includes("每")) return null;
  // (每间、每人分别扣0.2分、0.1分,每项最高扣5分: a cap of each kind, not of the whole)
  if (/^[^;。]*(?:每项|每类|各项|各类|分别)/.test(s.slice(m.index + m[0].length))) return null;
  // the last list of exactly k kinds before 分别, its parts short (a middle part gives the others' length)
  let list: { at: number; text: string; items: string[] } | null = null;
  for (const l of part.matchAll(KIND_LIST)) {
    const items = l[0].split(KIND_SEP);
    if (items.length !== k) continue;
    const inner = items.slice(1, -1).map((x) => x.length);
    const len = inner.length > 0 ? Math.min(...inner) : 0;
    const firstWord = len > 0 ? items[0].slice(-len) : items[0].replace(/^.*[每被按对由指在]/, "");
    const lastWord = len > 0 ? items[k - 1].slice(0, len) : items[k - 1];
    if (firstWord === "" || lastWord === "") continue;
    const at = (l.index ?? 0) + items[0].length - firstWord.length;
    const span = l[0].slice(items[0].length - firstWord.length, l[0].length - (items[k - 1].length - lastWord.length));
    list = { at, text: span, items: [firstWord, ...items.slice(1, -1), lastWord] };
  }
  if (list === null) return null;
  const lead = part.slice(0, list.at);
  const tail = part.slice(list.at + list.text.length);
  const rewritten = list.items.map((item, i) => `${lead}${item}${tail}${m[1]}${points[i]}分`).join(";");
  const r = readClause(s.slice(0, from) + rewritten + s.slice(m.index + m[0].length), opts);
  if (!r.understood) return null;
  const kinds = r.rule.kind === "per-case" ? r.rule.categories.length : r.rule.kind === "per-unit-capped" ? r.rule.categories?.length ?? 0 : 0;
  return kinds >= k ? r : null;
}

/** a verb of money said as one word before the amount: 扣款20元, 罚金50元, 扣罚30元 (扣/罚/奖 alone are the lexer's verbs) */
const MONEY_VERB_WORD = /(?:扣款|罚金|扣罚|罚没|奖金)\s*$/;
/** who pays, between the verb and the amount: 责任人, 当事人, 违章人 (a short word ending in 人, 者 or 员) */
const PAYER = /^\s*[\u4e00-\u9fff]{0,4}[人者员]\s*$/;
/** money that differs by occurrence (第一次…第二次罚款100元, 两节100元,依此类推) or a loss paid at its cost (实价赔偿) or wages */
const MONEY_BY_OCCURRENCE = /第\s*(?:\d+|[一二两三四五六七八九十])\s*[次回遍]|[以依][此次]类推|赔偿|工资|薪/;
/** an absence (无流生, 没有迟到, 未发生事故, 杜绝…); not 无故, 无正当理由, 无偿, 无线 … (words, not an absence) */
const ABSENCE_WORD = /(?:无|没有|杜绝|未发生|未出现|不发生|不出现)(?!故|正当|理由|特殊|偿|线|害|公害|纸|烟|人机|障碍|菌)/;
/** the amount paid and its verb ending a part (奖200元, 奖励100元, 给予50元) */
const PAID_TAIL = /(?:奖励?|奖金|得|计|记|给予?|发放?|发给)?\s*\d+(?:\.\d+)?\s*元.*$/;
/**
 * A reward in 元 whose every requirement is an absence (班级新学期无流生奖200元; 全年无安全事故的,奖励100元): the
 * requirement's text, else null. Requirements beside it (连续三个月出满勤,且没有迟到者,奖励30元) make it no absence alone.
 */
function rewardForAbsence(s: string): string | null {
  const parts = s.replace(/\([^()]*\)/g, "").split(/[,;。:]/).map((x) => x.replace(PAID_TAIL, "").replace(/(?:的|者)\s*$/, "").trim()).filter((x) => x !== "");
  return parts.length > 0 && parts.every((x) => ABSENCE_WORD.test(x)) ? parts.join(",") : null;
}
/** a remark in parentheses with no figure (绩效工资实施后纳入考核积分): what it says of wages is no amount of the clause */
const WAGE_REMARK = /\([^()\d]*\)/g;
/** a sanction or a payment said in such a remark (情节严重的扣发当月工资, 按日工资赔偿): wages paid or taken, not a remark */
const SANCTION_WORD = /扣|罚|减|停发|赔|按[^()]{0,6}工资|计发|发放|取消/;
/** a floor at a figure not in the sheet: 扣完本期福利奖金为止, 扣完当月绩效为止 (not 扣完为止 / 扣完本项分值为止) */
const FLOOR_ELSEWHERE = /扣(?:完|光|至)[^,;。分]{1,12}(?:奖金|福利|绩效|工资|津贴|补贴|奖励)[^,;。]{0,4}为止/;
/** kinds a reading of money as points may take: an amount per case, per unit, or the item's own amount lowered per unit */
const MONEY_KINDS = new Set<ScoringRule["kind"]>(["per-case", "per-unit-capped", "per-unit-deduction-floored", "fixed-deduction", "all-or-nothing", "sub-clauses"]);

/**
 * Money per case (round 12 convention of test/corpus/clauses/README.md): a clause that scores only in 元 — 违者罚款50元,
 * 每迟到一次扣款20元, 每推荐一名学员奖励100元 — is read as if its 元 were points, and the reading kept when it is a
 * count times an amount: with no max, the count × the amount (罚/扣 negative, 奖 positive; one event said without
 * 每 is a case too, so the value is a count); with a max, only where the scheme counts the item in 元 (记50元…每少
 * 一次扣10元 for an item worth 50: the clause's own earned amount, or "(50元)" in the item's name, is the max). Not
 * read (null: the clause's own refusal stands): points beside the money (每次扣1分和5元), money that differs by
 * occurrence (第二次罚款100元, 依此类推), a floor at money not in the sheet (扣完本期福利奖金为止), a loss at its cost,
 * wages, and rate tiers of money (money-tiers, read on their own).
 */
function moneyAsPoints(text: string, opts: { max?: number; itemText?: string; maxFromItem?: boolean }): RuleParse | null {
  if (!(text ?? "").includes("元")) return null;
  // 处以每处100元罚款, 给予50元的罚款: the fine said as a noun after its amount is 每处罚款100元, 罚款50元
  const said = joinNumbers(normalizeClause(stripEnumeration((text ?? "").trim()))).replace(FINE_AS_NOUN, "$1罚款$2");
  const max = opts.max ?? (opts.itemText && opts.maxFromItem !== false ? maxFromItemText(opts.itemText) : undefined);
  // (money said in other words is read with no max only: an item counted in 元 keeps the words of round 12)
  const s = max === undefined ? moneyInPlainWords(said) : said;
  // ((绩效工资实施后纳入考核积分): a remark in parentheses with no figure and no sanction speaks of wages, it pays none)
  if (s === null || !s.includes("元") || MONEY_BY_OCCURRENCE.test(s.replace(WAGE_REMARK, (m) => (SANCTION_WORD.test(m) ? m : ""))) || FLOOR_ELSEWHERE.test(s)) return null;
  // 每次罚款100元并予以辞退: a fine and a dismissal for the same act (the amount is not the whole outcome)
  const dismissed = FINE_AND_DISMISSAL.exec(said);
  if (dismissed) return fail("fine-with-dismissal", { text: dismissed[0] });
  const toks = refineTokens(s, lex(s));
  // points, the item's max, a zero, a score word, a factor, a proportion or a rate point said beside the money: not money alone
  if (toks.some((t) => "PU0BKXpO?".includes(t.k))) return null;
  const scoring: Array<{ t: Token; from: number }> = [];
  const earnedFull: number[] = [];
  const isVerb = (p: Token | undefined): boolean => p !== undefined && (p.k === "E" || p.k === "D" || p.k === "A" || (p.k === "t" && MONEY_VERB_WORD.test(s.slice(p.s, p.e))));
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.k !== "Y" || t.n === undefined) continue;
    const prev = toks[i - 1];
    // 扣罚责任人200元, 罚违章人100元/次: who pays, named between the verb and the amount
    const payer = prev !== undefined && prev.k === "t" && PAYER.test(s.slice(prev.s, prev.e)) && isVerb(toks[i - 2]);
    if (!isVerb(prev) && !payer) {
      // (每100元奖10分: money counted, not paid — left to the reading as it is; any other amount unread: not this reading)
      if (prev?.k === "M") continue;
      return null;
    }
    if (t.hi !== undefined) return null;
    scoring.push({ t, from: payer ? prev.s : t.s });
    if ((payer ? toks[i - 2] : prev).k === "E") earnedFull.push(t.n);
  }
  if (scoring.length === 0) return null;
  if (max !== undefined) {
    // the item counted in 元: its own earned amount is the max, or its name says "(50元)"
    const inItem = opts.itemText !== undefined && new RegExp(`[(（]\\s*${max}\\s*元\\s*[)）]`).test(opts.itemText.normalize("NFKC"));
    if (!earnedFull.includes(max) && !inItem) return null;
  } else if (toks.some((t) => t.k === "F")) {
    return null;
  }
  // the clause with its paid amounts in 分 (扣款 → 扣, 50元钱 → 50分), read as points
  let out = "";
  let at = 0;
  for (const { t, from } of scoring) {
    let head = s.slice(at, from);
    head = head.replace(/(?:扣款|扣罚)(\s*)$/, "扣$1").replace(/(?:罚金|罚没)(\s*)$/, "罚$1").replace(/奖金(\s*)$/, "奖$1");
    out += head + s.slice(t.s, t.e).replace(/元$/, "分");
    at = t.e;
    if (s.startsWith("钱", at)) at++;
  }
  out += s.slice(at);
  const r = readClause(out, opts);
  if (!r.understood) return null;
  // 低于95%的村,处罚该村计生专干100元: money by a rate's tier, said with its verb in other words — money tiers (DOMAIN.md),
  // read as the rate tiers of points are; only rates (% ‰), every tier's amount said, with no max
  if (r.rule.kind === "rate-tiers" && max === undefined) {
    const { tiers } = r.rule;
    const unit: "%" | "‰" | null = r.rule.unit === "%" ? "%" : r.rule.unit === "‰" ? "‰" : null;
    if (unit === null || r.rule.pastMax !== undefined || tiers.some((t) => t.amount === null)) return null;
    return { understood: true, construct: "money-tiers", rule: { kind: "money-tiers", unit, currency: "元", tiers: tiers.map((t) => ({ cmp: t.cmp, bound: t.bound, amount: t.amount as number })) } };
  }
  // 签约率达到95%的奖励村干部500元: one tier reached (a rate threshold of points, in 元)
  if (r.rule.kind === "rate-threshold" && max === undefined) {
    const unit: "%" | "‰" | null = r.rule.unit === "%" ? "%" : r.rule.unit === "‰" ? "‰" : null;
    if (unit === null || r.rule.above !== undefined || r.rule.points === null) return null;
    return { understood: true, construct: "money-tiers", rule: { kind: "money-tiers", unit, currency: "元", tiers: [{ cmp: r.rule.threshold.cmp, bound: r.rule.threshold.bound, amount: r.rule.points }] } };
  }
  if (!MONEY_KINDS.has(r.rule.kind)) return null;
  let rule: ScoringRule = r.rule;
  if (max === undefined) {
    // one event with no max: a case, the value its count (违者扣50元: 2次 → −100)
    if (rule.kind === "fixed-deduction") {
      if (rule.veto || rule.met || rule.addOn) return null;
      rule = { kind: "per-case", unit: "", points: rule.points, pointsMax: null, addOn: false, categories: [], cap: null };
    } else if (rule.kind === "all-or-nothing") {
      if (rule.points === null || rule.required !== undefined || rule.grades !== undefined) return null;
      // 班级新学期无流生奖200元, 全年无安全事故的奖励100元: paid for something not happening — a count is of the events
      // (0 earns it), not of the rewards; read as a count of cases it would pay for each event (refused)
      const absent = rewardForAbsence(s);
      if (absent !== null) return fail("reward-for-absence", { text: absent });
      // (完成500万元以上的奖励2000元: an event bounded by a figure the reading dropped — a count of it is no case)
      if (toks.some((t) => t.k === "c" || t.k === "a" || t.k === "R")) return null;
      rule = { kind: "per-unit-capped", per: 1, unit: "", points: rule.points, cap: null };
    } else if (rule.kind === "sub-clauses" || (rule.kind === "per-unit-deduction-floored" && rule.full !== null)) {
      // (奖2000元,每少1人扣500元 with no max: whether the deductions stop at the reward is not said)
      return null;
    }
  } else if (rule.kind === "fixed-deduction" || rule.kind === "all-or-nothing") {
    return null;
  }
  return { understood: true, construct: rule.kind, rule: { ...rule, currency: "元" } as ScoringRule, ...(r.max !== undefined ? { max: r.max } : {}) };
}

/**
 * The money verbs as a class (round 13): a verb that takes money away — 扣 with what it does (扣除, 扣减, 扣发, 扣处, 扣罚,
 * 扣款, 扣回, 扣缴), 反扣/倒扣, 罚 and 处罚 (罚款, 罚没, 罚金), 核减, 减发 — or gives it — 奖 (奖励, 奖给, 奖金).
 */
const MONEY_TAKE = "(?:反扣|倒扣|扣(?:除|减|发|处|罚|款|回|缴|掉)?|处罚|罚(?:款|没|金)?|核减|减发)";
const MONEY_GIVE = "(?:奖(?:励|给|金)?)";
/**
 * 在当月奖励工资中 / 从年度…奖励工资总额中: the fund the money is taken from, said before the verb; 按例 / 按次: per case
 * (每例, 每次) said before the verb; 一次性: a lump sum, not a count.
 */
const MONEY_SOURCE = "(?:(?:在|从)[^,;。:\\d每扣罚分元%]{1,24}中\\s*)?";
const MONEY_PER = "(?:[按每]\\s*(?:[一1]\\s*)?([例次人起件宗处天日篇项条个])\\s*)?";
/**
 * Between the verb and the amount, who pays or what is paid in (处罚该村计生专干100元, 扣除…干部工资10元, 扣处现金50元,
 * 奖励人民币500元): a short run of words with no figure, no points, no other verb, no separator.
 */
const MONEY_SLOT = "((?:奖金|奖励工资|[^,;。:\\d%每扣罚奖分元各最不超满]){0,16}?)";
/** the amount: N元, N万元 (a scale before 元), N元钱 */
const MONEY_AMOUNT = "(\\d+(?:\\.\\d+)?)\\s*(万|千)?\\s*元(?:钱|整)?";
const MONEY_SAID = new RegExp(`(?:[一1]\\s*次性\\s*)?${MONEY_SOURCE}${MONEY_PER}(${MONEY_TAKE}|${MONEY_GIVE})\\s*${MONEY_SLOT}\\s*${MONEY_AMOUNT}`, "g");
/** 按每对200元的标准对该村进行处罚, 以每例200元的标准对该村进行处罚: the amount before the verb, as a standard */
const MONEY_AS_STANDARD = new RegExp(`(?:按|以|照)\\s*(每\\s*(?:[一1]\\s*)?[\\u4e00-\\u9fff]{1,2})?\\s*${MONEY_AMOUNT}\\s*的?\\s*标准\\s*,?\\s*(?:对[^,;。\\d]{1,10}?)?\\s*(?:进行|予以|给予|实行)?\\s*(${MONEY_TAKE}|${MONEY_GIVE})(?![\\u4e00-\\u9fff]*\\d)`, "g");
/** a slot that is itself a reckoning, not a payer: 扣除当日工资的, 按比例, 标准, 相应 … */
const SLOT_NOT_PAYER = /的|按|比例|标准|相应|其余|差额|损失|费用|价/;

/**
 * Money said in the words of the money-per-case construct, however the scheme words it: the verb (any of the class), who
 * pays or what is paid in, the fund it comes from and per-case said before the verb are put into the plain form the
 * reader knows — 扣N元 / 奖N元, 每例扣N元 — and N万元 into 元. null when a slot is a reckoning of its own (扣除当日工资的
 * 10元?) rather than a payer: the clause is then not read as money.
 */
function moneyInPlainWords(said: string): string | null {
  // (a dismissal once the acts pass a count, 缺席3次以上的,可直接辞退, is read before this by sanction.ts; a dismissal for
  // the act itself, 罚款100元并予以辞退, is refused: FINE_AND_DISMISSAL)
  const s = said;
  let bad = false;
  const plain = (take: boolean, n: string, scale: string | undefined): string =>
    `${take ? "扣" : "奖"}${Number(n) * (scale === "万" ? 10000 : scale === "千" ? 1000 : 1)}元`;
  const out = s
    .replace(MONEY_AS_STANDARD, (_m, per: string | undefined, n: string, scale: string | undefined, verb: string) =>
      `${per ? per.replace(/\s/g, "") : ""}${plain(!verb.startsWith("奖"), n, scale)}`)
    .replace(MONEY_SAID, (_m, per: string | undefined, verb: string, slot: string, n: string, scale: string | undefined) => {
      if (SLOT_NOT_PAYER.test(slot)) bad = true;
      return `${per ? `每${per}` : ""}${plain(!verb.startsWith("奖"), n, scale)}`;
    });
  return bad ? null : out;
}

/** 处以(每处)100元(的)罚款 / 给予…罚金: a fine said as a noun after its amount (the per-what, the amount, the fine) */
const FINE_AS_NOUN = /(?:处以|给予|予以|给以|处)\s*(每\s*[\u4e00-\u9fff]{1,2}\s*)?(\d+(?:\.\d+)?\s*元)\s*的?\s*(?:罚款|罚金)/g;

/** a penalty in money or wages, not points: 实价赔偿损失, 扣3天工资, 扣除当月工资, 罚款200元, 扣款50元 */
const MONEY_SANCTION = /(?:照价|按价|实价|全额)?赔偿(?!金)|扣(?:除|发|罚)?[^,;。分]{0,10}工资|罚(?:款)?\s*\d+(?:\.\d+)?\s*元|扣款\s*\d/;
/** points and money for the same act: 扣1分和5元, 扣2分并罚款50元, 罚款100元并扣3分 */
const POINTS_AND_MONEY = /\d\s*分\s*(?:和|及|并|另|外加|同时)\s*(?:处以|处)?(?:罚款|扣款|罚金|罚|扣)?\s*\d+(?:\.\d+)?\s*元|\d\s*元\s*(?:钱)?\s*(?:和|及|并|另|外加|同时)\s*(?:扣除|扣减|扣|减|记|计)?\s*\d+(?:\.\d+)?\s*分(?!钟)/;
/** a dismissal (辞退, 开除, 解聘, 除名, 清退) */
const DISMISSAL = "(?:辞退|开除|解聘|除名|清退)";
/** a fine and a dismissal joined for one act: 罚款100元并予以辞退, 扣200元,同时开除, 予以辞退并罚款500元 */
const FINE_AND_DISMISSAL = new RegExp(`\\d+(?:\\.\\d+)?\\s*万?元\\s*(?:钱|整)?\\s*,?\\s*(?:并且|并|同时|且|另)\\s*(?:予以|给予|作|做|直接)?\\s*${DISMISSAL}|${DISMISSAL}\\s*(?:处理)?\\s*,?\\s*(?:并且|并|同时|且|另)\\s*(?:处以|处|给予|予以)?\\s*(?:罚款|罚金|罚|扣款|扣除|扣发|扣)\\s*\\d+(?:\\.\\d+)?\\s*万?元`);
/**
 * An understood reading refused for what the clause leaves unsaid: a one-of-both case (NEITHER_ZERO), or a money
 * penalty beside points — 如有跑单现象,实价赔偿损失,如给客人记错账单扣5分; 超时10分钟按旷工算5分,半小时以上扣3天工资: a
 * part whose penalty is money or wages, with no points of its own, beside parts with points; one figure cannot say
 * which happened, and the money part's points are not in the clause. (扣除当日工资(扣10分) has its points.)
 */
function checkUnsaid(s: string, r: RuleParse): RuleParse {
  if (!r.understood || r.rule.kind === "money-tiers") return r;
  if (r.rule.kind === "all-or-nothing") {
    const neither = NEITHER_ZERO.exec(s);
    if (neither) return fail("one-of-both-unsaid", { text: neither[0] });
  }
  // 每次扣1分和5元: points and money for the same act — the score in one unit would drop the other (round 12)
  // (both patterns need 元, or MONEY_SANCTION one of 赔偿, 工资, 扣款: most clauses hold none and skip them)
  const yuan = s.includes("元");
  const both = yuan ? POINTS_AND_MONEY.exec(s) : null;
  if (both) return fail("sanction-not-points", { text: both[0] });
  // 每次罚款100元并予以辞退: a fine and a dismissal for the same act — the amount is not the whole outcome
  const dismissed = FINE_AND_DISMISSAL.exec(s);
  if (dismissed) return fail("fine-with-dismissal", { text: dismissed[0] });
  const m = yuan || s.includes("赔偿") || s.includes("工资") || s.includes("扣款") ? MONEY_SANCTION.exec(s) : null;
  if (!m) return r;
  const part = s.slice(0, m.index).split(/[,;。]/).pop()! + s.slice(m.index).split(/[,;。]/)[0];
  return /\d\s*分(?!钟)/.test(part) ? r : fail("sanction-not-points", { text: part });
}

/**
 * 纳入重点工作且有专题部署,得4分,没有纳入且没有专题部署的不得分: the zero is for neither of two requirements
 * (没有…且没有…, 既未…也未…, 均未…): the points for both — one of the two done is not said.
 */
const NEITHER_ZERO = /(?:没有|未|无)[^,;。]{1,20}(?:且|并且|也|又|和)(?:没有|未|无)[^,;。]{0,20}(?:不得分|不计分|不给分|不记分|[计得记给]?0分|零分)|(?:均未|都未|均没有|都没有|均无|都无|全部未|皆未)[^,;。]{0,20}(?:不得分|不计分|不给分|不记分|[计得记给]?0分|零分)/;

/** points counted in a unit of their own (积点, 积分, 加分点, 扣分点), with their figure */
const OTHER_POINTS = /(?:积点|积分|加分点|扣分点)\s*\d+(?:\.\d+)?\s*点?|\d+(?:\.\d+)?\s*个?(?:积点|积分|加分点|扣分点)/;
/**
 * a sheet's own points scale, its figure after or before the word (扣除積點1點, 可得积点12点, 得两个积分, 积分3分):
 * points by another name — no sign of their own (a 加分点 or 扣分点 says one, and is left refused)
 */
const SCALE_POINTS = /(?:积点|积分)\s*(\d+(?:\.\d+)?)\s*[点分]?|(\d+(?:\.\d+)?)\s*个?(?:积点|积分)/g;
/**
 * 扣除積點1點, 可得積點12點, 得两个积分: a clause refused as having no points whose points are counted in the
 * sheet's own scale (积点, 积分) is read again with them as points (扣除1分, 可得12分): the score is in that scale,
 * as a workbook keeping 积点 keeps them. Kept only when that reading is understood; otherwise, and for 加分点 /
 * 扣分点, refused saying so (the clerk can state the rule in short form), not "no points found".
 */
function otherUnit(text: string, opts: { max?: number; itemText?: string; maxFromItem?: boolean }): RuleParse | null {
  const s = joinNumbers(normalizeClause(stripEnumeration((text ?? "").trim())));
  const m = OTHER_POINTS.exec(s);
  if (!m) return null;
  if (!/加分点|扣分点/.test(s)) {
    const r = readClause(s.replace(SCALE_POINTS, (_all, after?: string, before?: string) => `${after ?? before}分`), opts);
    if (r.understood) return r;
  }
  return fail("points-other-unit", { text: m[0].trim() });
}

/** 人/次, 户/次: a person-time (人次) said with a slash */
const PER_SLASH_TIME = /([人户家])\s*\/\s*次/g;

function readClause(text: string, opts: { max?: number; itemText?: string; maxFromItem?: boolean }): RuleParse {
  const raw = stripEnumeration((text ?? "").trim());
  if (raw === "") return fail("empty-clause");
  const norm = normalizeClause(raw);
  // 每人/次扣1分: the person-time said with a slash is 每人次 (as 每一人/次 was already read)
  const spaced = norm.includes("/次") ? norm.replace(PER_SLASH_TIME, "$1次") : norm;
  const s = joinNumbers(spaced);
  const toks = refineTokens(s, lex(s));
  if (toks.length > MAX_TOKENS) {
    return fail("too-long", { max: MAX_TOKENS });
  }
  // 由幼儿园考核组统一量分, 由评委打分: the points are measured by the assessors named, not computed from a value
  if (ASSESSORS_SCORE.test(s)) return fail("discretion");
  // a figure too large for a double (a 400-digit number) is read as Infinity: never a rule
  let unusable: Token | undefined;
  for (const t of toks) {
    if ((t.n !== undefined && !Number.isFinite(t.n)) || (t.hi !== undefined && !Number.isFinite(t.hi))) {
      unusable = t;
      break;
    }
  }
  if (unusable) {
    const text = s.slice(unusable.s, Math.min(unusable.e, unusable.s + 12));
    return fail("unusable-number", { text });
  }
  // 每人次扣05分: points with a leading zero lost their decimal point (0.5?) — which is not known
  for (const t of toks) {
    if (t.k === "P" && /^0\d/.test(s.slice(t.s, t.e))) return fail("unusable-number", { text: s.slice(t.s, t.e) });
  }
  // 协会会员%以上能发挥作用: a bound whose digits were lost in copying (占% as a column's label is not a bound)
  const lost = s.includes("%") ? LOST_DIGITS.exec(s) : null;
  if (lost) return fail("unusable-number", { text: lost[0] });
  // 每年至少篇, 不少于次, 没有损坏记; beside 记10分: a bound or points whose figure was lost in copying
  const lostFigure = LOST_BOUND.exec(s)?.[0] ?? lostPoints(s);
  if (lostFigure) return fail("figure-lost", { text: lostFigure });
  // 省级(含)以上20分地(市)级(含)以上10分: points by the level reached, each tier at or above its own (levels.ts) — the
  // whole clause such tiers, read so whatever else the recognisers would make of it (the parts summed, or 省级以上 a grade
  // that 国家级 is not)
  const itemMax = opts.max ?? (opts.itemText && opts.maxFromItem !== false ? maxFromItemText(opts.itemText) : undefined);
  const ladder = levelLadder(s, itemMax);
  if (ladder !== null) return { understood: true, construct: ladder.kind, rule: ladder, ...(itemMax !== undefined ? { max: itemMax } : {}) };
  const first = read(s, spaced, toks, opts);
  // 7、…擅自同意建设的,该项不得分: a later numbered line that zeroes the whole item — the item's score
  // otherwise comes from its other lines, so no figure of this line alone gives it
  if (first.understood && ITEM_ZEROED.test(s) && laterLine(text) && (first.rule.kind === "fixed-deduction" || first.rule.kind === "all-or-nothing")) {
    return fail("line-zeroes-item");
  }
  if (first.understood) return checkUnsaid(s, first);
  // 综合评分达60分得2分,每低1分扣0.5分; 延时1小时以上5小时以下扣10分: a quantity in a measure word read as a rate
  const measured = quantityTokens(s, toks);
  if (measured === null) return first;
  const second = read(s, spaced, measured, opts);
  if (second.understood) return inMeasureWord(second.rule) ? checkUnsaid(s, second) : first;
  // (read so, the clause is refused for what the reading shows: 满分15分.…50天以上得10分; overlapping bands,
  // 60-70分得6分 beside 低于65分得0分, are read now, the values in both refused one by one)
  return second.reasonCode === "above-max" || second.reasonCode === "max-unreached" ? second : first;
}

/** % with no figure before it, as a bound: 会员%以上, 达到%, 不低于% */
// (按超支的%扣: a share whose figure was lost, wherever it stands — not a label: 占%, 完成率%, (…%), 比例%、)
const LOST_DIGITS = /[\u4e00-\u9fff](?<!占)\s*%\s*(?:\(含\))?\s*(?:及以上|及以下|以上|以下)|(?:达到|达|不低于|不少于|低于|高于|超过|不足)\s*%|[\u4e00-\u9fff](?<![占率比例])\s*%(?!\s*[)、])/;

/**
 * a bound with no figure before its measure word: 至少篇), 不少于次, 至少新建家), 至少召开次党员大会 (a verb
 * between, the measure word not the start of a word: 次数, 名单, 个人, 项目 …; 超过本项 names the item)
 */
const LOST_BOUND = /(?:至少|不少于|不低于|不得少于|少于|不足|多于|超过)\s*(?:(?:家|篇|次|个|人|项|份|条|期|名|户|场|所|件|座|处|天|批|间|台)(?=\s*[)),;。;、]|$)|(?:(?![有要应须每几数多若干半本该此各全其这那当])[\u4e00-\u9fff]){1,2}(?:家|篇|次|个|人|项|份|条|期|名|户|场|所|件|座|处|天|批|间|台)(?![数日序单称额别体性庭长属乡所地间限末中员口均件例气目\d]))/;
/** a scoring verb closing a part with no points (没有损坏记;) where the clause gives points with such a verb elsewhere (记10分, 得10分) */
const POINTS_GIVEN = /[记计得给]\s*\d+(?:\.\d+)?\s*分/;
// (笔记, 书记, 登记, 合计, 获得, 不得, 发给 … are words, not a verb left without its points)
const VERB_BARE = /[^,;。;]{0,6}[\u4e00-\u9fff](?<![笔书登日标牢忘铭印速追补统累会设估合共总小审核预获取值懂觉显使不供发交送])[记计得给](?=\s*[;。;])/;
/** what VERB_BARE cannot match without: a verb right before a stop (a cheap scan; VERB_BARE tries six characters back at every position) */
const VERB_BEFORE_STOP = /[记计得给]\s*[;。;]/;
function lostPoints(s: string): string | null {
  return POINTS_GIVEN.test(s) && VERB_BEFORE_STOP.test(s) ? VERB_BARE.exec(s)?.[0] ?? null : null;
}

/** Whether the amount at i (its measure word `unit`) is measured again in another part: a number or 半 in that word with points between. */
function measuredElsewhere(s: string, toks: ReadonlyArray<Token>, i: number, unit: string): boolean {
  const half = `半${unit}`;
  for (let j = 0; j < toks.length; j++) {
    const t = toks[j];
    const same = (t.k === "N" && t.unit === unit && j !== i) || (t.k === "t" && s.slice(t.s, t.e).includes(half));
    if (!same) continue;
    for (let q = Math.min(i, j) + 1; q < Math.max(i, j); q++) if (toks[q].k === "P") return true;
  }
  return false;
}

/**
 * 端架…品种超出3个以上(扣2分) 地堆…品种超出2个以上(扣2分) …出现2个不关联的类别(扣2分): bounds that each say what
 * one failing is, not bands of one amount — every part takes the same points (bands differ: 旷工半日者扣5分,
 * 旷工1日以上扣10分), every other figure of the unit is a bound the same way (超过/以上 beside 超过/以上; 10分钟内
 * beside 超过10分钟 is one amount cut in two) or counts a noun after it (2个不关联的类别), and none is half of it.
 */
function boundsNameFailings(s: string, toks: ReadonlyArray<Token>, i: number, unit: string, parts: ReadonlyArray<{ readonly points: number }>): boolean {
  if (parts.length < 2 || parts.some((x) => x.points !== parts[0].points) || s.includes(`半${unit}`)) return false;
  const direction = (j: number): "up" | "down" | null => {
    const before = toks[j - 1];
    const after = toks[j + 1];
    const w = before?.k === "c" ? before.w ?? "" : before?.k === "t" ? s.slice(before.s, before.e) : "";
    const up = /(?:超过|超出|高于|多于|大于)\s*$/.test(w) || (after?.k === "a" && /以上/.test(after.w ?? ""));
    const down = /(?:低于|不足|少于|小于|不到)\s*$/.test(w) || (after?.k === "a" && /以下|以内/.test(after.w ?? ""));
    return up && !down ? "up" : down && !up ? "down" : null;
  };
  // (the bound's own subject said in its part: 宿舍人数超过8人扣2分,超过10人扣2分 elides it — one amount cut in steps)
  const subject = (j: number): boolean => {
    const before = toks[j - 1];
    const words = before?.k === "t" ? s.slice(before.s, before.e).replace(/(?:超过|超出|高于|多于|大于|低于|不足|少于|小于|不到)\s*$/, "")
      : before?.k === "c" && toks[j - 2]?.k === "t" ? s.slice(toks[j - 2].s, toks[j - 2].e) : "";
    return /[\u4e00-\u9fff]{2}/.test(words.replace(/[的者]/g, ""));
  };
  const own = direction(i);
  if (own === null || toks[i].hi !== undefined || !subject(i)) return false;
  for (let j = 0; j < toks.length; j++) {
    const t = toks[j];
    if (j === i || t.k !== "N" || t.unit !== unit) continue;
    if (t.hi !== undefined) return false;
    const d = direction(j);
    if (d !== null) {
      if (d !== own || !subject(j)) return false;
      continue;
    }
    // (a figure counting the noun right after it: 出现2个不关联的类别)
    const next = toks[j + 1];
    if (next?.k !== "t" || (next.s !== t.e && s.slice(t.e, next.s).trim() !== "") || !/^\s*[\u4e00-\u9fff]/.test(s.slice(next.s, next.e)) || /^\s*(?:者|的|内|以)/.test(s.slice(next.s, next.e))) return false;
  }
  return true;
}

/** the item's name before its stated max: 该指标, 本项, 此项目, 考勤 (a short run of subject text) */
const FULL_SUBJECT = /^[\u4e00-\u9fffA-Za-z0-9]{1,8}$/;

/**
 * 满分10分, / 该指标满分为100分, / 本项满分10分。/ 此项总分为15分; — the item's max stated before its standard:
 * the index of its points, or -1. A subject word before it (该指标, 本项) and 为/是 between are read; the form with
 * either must be the item's max when that is given (本项满分10分 for an item worth 20 says something else).
 */
function leadingFull(s: string, toks: ReadonlyArray<Token>, max: number | undefined): number {
  // 5分(缺席一次扣2分,迟到一次扣1分): the item's points, then its whole standard in parentheses, with points of its own
  // (the lexer puts an implied verb, no word, before points that open the clause)
  const q = toks[0]?.k === "E" && toks[0].w === "" ? 1 : 0;
  const lead = toks[q];
  if (toks.length > q + 4 && lead.k === "P" && lead.n !== undefined && lead.hi === undefined && toks[q + 1].k === "(" && (max === undefined || max === lead.n)) {
    // (a note in parentheses of its own may follow: …扣1分)(以台账资料为准))
    const end = toks.findIndex((t, i) => i > q + 1 && (t.k === "(" || t.k === ")"));
    const inside = end < 0 ? [] : toks.slice(q + 2, end);
    const after = end < 0 ? [] : toks.slice(end + 1);
    if (end > 0 && toks[end].k === ")" && after.every((t) => "(),;t".includes(t.k)) && inside.some((t) => t.k === "P") && inside.some((t) => t.k === "D" || t.k === "A")) return q;
  }
  if (toks.length > 1 && toks[0].k === "U" && toks[1].k === "P") return 1;
  let j = 0;
  if (toks[0]?.k === "t" && FULL_SUBJECT.test(s.slice(toks[0].s, toks[0].e).trim())) j = 1;
  const head = toks[j];
  if (head === undefined || !(head.k === "U" || (head.k === "K" && head.w === "总分"))) return -1;
  let p = j + 1;
  if (toks[p]?.k === "c" && (toks[p].w === "为" || toks[p].w === "是")) p++;
  const pts = toks[p];
  if (p === 1 || pts?.k !== "P" || pts.n === undefined || pts.hi !== undefined) return -1;
  const after = toks[p + 1];
  if (after !== undefined && after.k !== "," && after.k !== ";") return -1;
  return max === undefined || max === pts.n ? p : -1;
}

/** a total said after the standard (,总分2分 / ,共6分 / ,合计5分, 合/总 before 计 / ,本项20分): the item's max when it is that */
const TOTAL_WORDS = new Set(["总分", "共", "共计", "合计", "总计", "合", "总", "本项", "该项", "此项", "本项分值", "该项分值", "此项分值"]);

/** the whole item, not this line, gets nothing: 该项不得分, 本项不计分, 此项得0分 */
const ITEM_ZEROED = /(?:该|本|此)项(?:分数|分值|指标)?\s*(?:不得分|不计分|不记分|不给分|无分|[计得记给为]0分|[计得记给为]零分)/;
/** a clause numbered 2 or later (2、 3. (4) ⑤): one line of several in the item's standard */
function laterLine(text: string): boolean {
  // (only the clause's start is read: NFKC over the whole text was 2% of parse time)
  const m = /^\s*(?:[(（]\s*)?(\d{1,2})\s*(?:[)）]|[、.．](?!\d))/.exec((text ?? "").trimStart().slice(0, 8).normalize("NFKC"));
  return m !== null && Number(m[1]) >= 2;
}

/** a rate rule whose figure is a quantity in a measure word (小时, 分, 万元), not a rate */
function inMeasureWord(r: ScoringRule): boolean {
  switch (r.kind) {
    case "rate-threshold": case "rate-tiers": case "rate-per-point-with-cutoff": case "rate-per-point-to-zero":
      return r.unit !== "%" && r.unit !== "‰";
    default:
      return false;
  }
}

/** The clause's tokens read by the recognisers, then audited. */
function read(s: string, spaced: string, toks: ReadonlyArray<Token>, opts: { max?: number; itemText?: string; maxFromItem?: boolean }): RuleParse {
  // "(20分)" once in the clause: the item's max (several are parts of the item); "满分10分." leading
  const parens: number[] = [];
  for (let p = 1; p + 1 < toks.length; p++) if (toks[p].k === "P" && toks[p - 1].k === "(" && toks[p + 1].k === ")") parens.push(p);
  const statedFull = leadingFull(s, toks, opts.max);
  const leadingMax = parens.length === 1 ? toks[parens[0]].n : statedFull >= 0 ? toks[statedFull].n : undefined;
  const max = opts.max ?? (opts.itemText && opts.maxFromItem !== false ? maxFromItemText(opts.itemText) : undefined) ?? leadingMax;
  const clause = new Clause(s, toks, max);
  if (opts.itemText) clause.item = opts.itemText;
  if (statedFull >= 0) for (let i = 0; i <= statedFull; i++) clause.used[i] = 1;
  const from = statedFull >= 0 ? statedFull + 1 : 0;
  // 不足100公里的,按100公里计算: a part of the step counts as a whole one — said apart, read with the step
  // 每降低1%(不足1%时四舍五入,下同)扣2分: a part of the step rounded to the nearest whole one
  const note = roundingNote(s) ?? halfNote(s);
  // 〔每份0.5分,总分2分〕, (每床-10,总20分) for an item worth 2 / 20: the total said after the standard is the item's max, read
  // (总分 is text or the score word; the lexer puts an implied verb before the points)
  // (此项不得分,此项分值10分: the word before points, not the one before the zero)
  // (…扣0.5分。(共2分), …地面清洁2分)。共8分: after a sentence's end, or in parentheses of its own, too)
  const total = max === undefined ? -1 : toks.findIndex((t, i) => i > from && (toks[i - 1].k === "," || toks[i - 1].k === ";" || toks[i - 1].k === "(") && (t.k === "K" || t.k === "t") && (toks[i + 1]?.k === "E" || toks[i + 1]?.k === "P") && TOTAL_WORDS.has(s.slice(t.s, t.e).trim()));
  // (共计10分: 计 read as the verb before the points)
  const totalEnd = total < 0 ? -1 : toks[total + 1]?.k === "E" && (toks[total + 1].w === "" || toks[total + 1].w === "计") ? total + 2 : total + 1;
  const inParens = total > 0 && toks[total - 1].k === "(";
  // (parts each with its points in parentheses, …(2分)、…(1分)。共5分: the total is theirs, read with them in earned.ts)
  const isTotal = total >= 0 && toks[totalEnd]?.k === "P" && toks[totalEnd].n === max && toks[totalEnd].hi === undefined && (!inParens || toks[totalEnd + 1]?.k === ")") && (parens.length < 2 || toks[total - 1].k === ",");
  // (the parentheses around it go with it)
  const totalFrom = isTotal && inParens ? total - 1 : total;
  const totalTo = isTotal && inParens ? totalEnd + 1 : totalEnd;
  if (isTotal) for (let i = totalFrom; i <= totalTo; i++) clause.used[i] = 1;
  const idx: number[] = [];
  for (let i = from; i < toks.length; i++) {
    if (note && toks[i].s >= note.from && toks[i].e <= note.to) clause.used[i] = 1;
    else if (!isTotal || i < totalFrom || i > totalTo) idx.push(i);
  }
  const all = note || isTotal ? new View(clause, idx) : new View(clause, idx, skeleton(toks).slice(from));

  const short = parseShortForm(spaced);
  if (short !== null) {
    if (isFailure(short)) return fail(short.code, short.params);
    return { understood: true, construct: short.kind, rule: short, ...(max !== undefined ? { max } : {}) };
  }
  // (完成计划计300分,高于…加5分,但最高加分不超过50分;低于…扣5分: the bonus's cap is the item's own, not a section's)
  const section = sectionLike(s);
  const twoWay = section ? bothWays(all) : null;
  if (section && twoWay === null) {
    return fail("section-rule");
  }
  // 在寝室洗衣服的。(1分) under …考核中扣分: with no max of its own, the points in parentheses after an act are
  // what the act costs each time it happens, as the heading says (not the item's max, not +1)
  if (opts.max === undefined && parens.length === 1 && leadingMax !== undefined && opts.itemText !== undefined && maxFromItemText(opts.itemText) === undefined && headingSign(opts.itemText) === -1 && actThenPoints(toks, parens[0])) {
    const rule: ScoringRule = { kind: "per-case", unit: "次", points: leadingMax, pointsMax: null, addOn: false, categories: [], cap: null };
    return { understood: true, construct: rule.kind, rule };
  }
  // 100 (or 100元/处) in a column headed 处罚金额(元)/人次: a fine in 元 per case, the heading giving the unit and the sign
  const fine = max === undefined ? bareFine(s, toks, opts.itemText) : null;
  if (fine !== null) {
    if (typeof fine === "string") return fail("fine-several-parties", { text: fine });
    return { understood: true, construct: fine.kind, rule: fine };
  }
  const bare = bareDeduction(s, toks, opts.itemText, max);
  if (bare !== null) {
    if (bare === "points-only") return fail("points-only");
    return { understood: true, construct: bare.kind, rule: bare, ...(max !== undefined ? { max } : {}) };
  }
  const found = twoWay ?? natural(all);
  if (isFailure(found)) return fail(found.code, found.params);
  // a rate read as the standard's description goes with the count of failings scored beside it
  let r: ScoringRule = found;
  if (note) {
    const whole = note.half ? roundedHalf(r, note.per) : roundedUp(r, note.per);
    if (whole === null) return fail("unread-words", { list: `“${s.slice(note.from, note.to)}”` });
    r = whole;
  }
  if (clause.rateStated !== undefined) {
    if (r.kind !== "per-unit-deduction-floored" && r.kind !== "per-case") return fail("rate-incomplete");
    r = { ...r, rateStated: clause.rateStated };
  }
  // 综合评定达甲等,得1分;否则不得分: the grade required may be typed as the answer
  if (r.kind === "all-or-nothing" && r.required === undefined) {
    const g = requiredGrades(s);
    if (g !== null) r = { ...r, grades: g };
  }
  // 非经主管部门同意,无随意扣款现象 / 全年杜绝乱收费行为的,得3分: a standard stated as an absence — 有/无 say whether the
  // thing named happened (有 fails it), 是/否 whether the standard is met
  if (r.kind === "all-or-nothing" && r.required === undefined && r.grades === undefined) {
    const a = absenceStandard(s);
    if (a !== null) r = { ...r, absence: a };
  }
  // 同步组建率达标得2分,未达标不得分 under …同步组建率达98%以上: the standard met is the one rate the item states,
  // so the rate itself answers it too (98% → the points, 97% → 0), as 是/否 do
  if (r.kind === "all-or-nothing" && r.required === undefined && r.grades === undefined && r.points !== null && STANDARD_MET.test(s) && !toks.some((t) => t.k === "R" || t.k === "N")) {
    const target = itemTarget(opts.itemText);
    if (typeof target === "number") r = { kind: "rate-threshold", unit: "%", threshold: { cmp: ">=", bound: target }, points: r.points };
  }
  if (parens.length === 1) clause.used[parens[0]] = 1;
  // 每次5分 under 纪律扣分细则: points per case with no verb at all take their sign from the heading, as a
  // standard that is only points does (bareDeduction) — not +5 by default
  if (r.kind === "per-unit-capped" && r.cap === null && r.per === 1 && toks.every((t) => t.k !== "D" && t.k !== "A" && (t.k !== "E" || t.w === ""))) {
    // (违者每人次1分: those who break the rule take the points — a deduction, whatever the heading says)
    const breaker = /违(?:反|规|纪)?者|违犯者/.test(s);
    const sign = breaker ? -1 : headingSign(opts.itemText);
    if (sign === -1) r = { kind: "per-case", unit: r.unit, points: r.points, pointsMax: null, addOn: false, categories: [], cap: null };
    // 请假每次0.2分 under 奖惩措施 …每次扣量化分1分: both said above it — whether they are given or taken is not
    else if (sign === 0 && toks.every((t) => t.k !== "E" || t.w === "")) return fail("points-only");
  }
  // 一个不符合项扣2分,…合格分数线暂定为40分: the sheet's pass mark says what the total means; beside a
  // count of deductions it is read and kept with the rule, never scored (elsewhere it stays unread)
  if (r.kind === "per-case" || r.kind === "per-unit-deduction-floored") {
    for (let i = 0; i < toks.length; i++) {
      if (toks[i].k !== "P" || clause.used[i] || toks[i].hi !== undefined || toks[i].n === undefined) continue;
      if (!PASS_MARK.test(s.slice(Math.max(0, toks[i].s - 12), toks[i].s))) continue;
      if (r.passMark !== undefined) return fail("unread-words", { list: `“${s.slice(Math.max(0, toks[i].s - 8), toks[i].e)}”` });
      r = { ...r, passMark: toks[i].n };
      clause.used[i] = 1;
      if (i > 0 && toks[i - 1].k === "c") clause.used[i - 1] = 1;
    }
  }

  // 达目标的计满分,不达目标不计分,每超目标两个百分点加1分: a threshold with a step up above it
  if (r.kind === "rate-threshold" && r.above === undefined && (r.threshold.cmp === ">=" || r.threshold.cmp === ">")) {
    const up = stepUp(s, toks, clause.used, r.unit);
    if (up !== null) r = { ...r, above: up };
  }
  // 男生前8,…倒数5名…扣0.4分: a rank (前8, 倒数2名), not a count of anything — a rule over counts misreads it
  // (前3名的加2分 read as a yes/no — in the top three or not — stays)
  if (r.kind === "per-unit-deduction-floored" || r.kind === "per-unit-capped" || r.kind === "per-case" || r.kind === "stepped-count") {
    for (let i = 1; i < toks.length; i++) {
      // (换届前一周, 3日前: 前 before a span of time is a deadline, not a rank)
      const m = toks[i].k === "N" && toks[i - 1].k === "t" ? RANK_BEFORE.exec(s.slice(toks[i - 1].s, toks[i - 1].e)) : null;
      if (m && (!m[0].trim().endsWith("前") || RANK_UNIT.test(toks[i].unit ?? ""))) {
        return fail("unread-words", { list: `“${s.slice(Math.max(toks[i - 1].s, toks[i - 1].e - 4), toks[i].e)}”` });
      }
    }
  }
  // 未制定办法扣2分,未开展考核扣3分,扣完为止 for an item worth 5: failings taken from the item's points, down to
  // 0 at most — as the parts are scored with a max (without one, a floor has nothing to stop at)
  if (r.kind === "sub-clauses" && r.sign === -1 && max !== undefined) {
    for (let i = 0; i < toks.length; i++) if (toks[i].k === "F" && toks[i].n === undefined && !clause.used[i]) clause.used[i] = 1;
  }
  // 从第2次起,每次扣2分: the units are counted from a base — the ones before it take nothing, which a
  // per-unit rule does not say (从第2件起…奖励5分(累计不超过20分) is read from its base: counts.ts fromBase)
  if (r.kind === "per-case" || r.kind === "per-unit-deduction-floored" || r.kind === "per-unit-capped") {
    const nth = FROM_NTH.exec(s);
    if (nth && Number(nth[1]) >= 2) return fail("above-base", { text: nth[0] });
  }
  // 7件…得70分,每完成1件得10分,少完成1件减10分: the same step said again from the shortfall's side
  if (r.kind === "per-unit-capped" && r.cap !== null) shortSideSaid(s, toks, clause.used, r);

  // 总分最高不超过16分, 最高得分不超过15分, 本项得分不得超过5分 on an item worth 16, 15, 5: a bound on the whole score
  // that is the item's own max says what clamping to [0, M] does — and for a base with a step up, how far the bonus
  // goes. Any other figure (or no max) stays unread.
  if (max !== undefined) {
    const cap = wholeScoreCap(s, toks, clause.used, max);
    if (cap && (r.kind === "rate-per-point-to-zero" || r.kind === "rate-threshold") && r.above !== undefined && r.above.cap === null) {
      const base = r.kind === "rate-per-point-to-zero" ? (r.full ?? max) : (r.points ?? max);
      if (base < max) r = { ...r, above: { ...r.above, cap: max - base } };
    }
  }

  // 各栋宿舍基本分数85分,…稍差扣1分…稍好加1分 with no max: the base the signed points move, said as such — with no max
  // the clause's score is the signed points (a tally), the base read as the start they are added to, never scored
  if (max === undefined && signedPoints(r) && (r.kind === "grade-tiers" || r.kind === "per-unit-capped") && r.baseStated === undefined) {
    const base = baseSaid(s, toks, clause.used);
    if (base !== null) r = { ...r, baseStated: base };
  }

  // the audit: every scoring token read by some fragment
  const unread: string[] = [];
  // 1至2人不做扣0.5分,3至4人不做扣1分,以此类推: "and so on" extends the steps said — a rule that did not
  // read it scores only the steps written (3人 and 6人 the same)
  const etc = clause.etcRead ? null : ETC.exec(s);
  if (etc) unread.push(etc[0]);
  // 每次加2分,最低不超过6分; 最低加分不超过30分; 最低上限5分: a floor word (最低, 最少) said right before the cap
  // makes it no cap (a cap read without it is 最高不超过 — the word that changes the meaning ignored)
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].k === "C" && /最[低少](?:加分|扣分|得分|分值|分)?\s*$/.test(s.slice(Math.max(0, toks[i].s - 6), toks[i].s))) {
      unread.push(s.slice(Math.max(0, toks[i].s - 6), toks[i].e));
      break;
    }
  }
  // 扣每项2分, 扣每桌次12分, 罚每辆3分: a deduction verb said before 每 is left in the subject text by the lexer
  // (no amount follows it) or stands unread, and the points after the unit would read as earned — the verb is unread
  for (let i = 0; i + 1 < toks.length; i++) {
    if (toks[i + 1].k === "M" && !clause.used[i] && (toks[i].k === "D" || (toks[i].k === "t" && DEDUCT_BEFORE_EVERY.test(s.slice(toks[i].s, toks[i].e))))) {
      unread.push(s.slice(Math.max(toks[i].s, toks[i].e - 8), Math.min(s.length, toks[i + 1].e + 6)));
      break;
    }
  }
  // a zero (计零分, 不得分) beside a deduction is an outcome of its own (…有坐收坐支现象的计零分); beside
  // earned points it says what they already mean (不达标不得分)
  const deducting = r.kind === "per-case" || r.kind === "per-unit-deduction-floored" || r.kind === "fixed-deduction" || (r.kind === "sub-clauses" && r.sign === -1);
  // 5分满,缺一项扣1分; 该项分值为0.6分…每少一人扣0.2分: the item's points said before the deduction from them
  if (deducting && max !== undefined) {
    for (let i = 0; i < toks.length; i++) {
      if (toks[i].k !== "P" || clause.used[i] || toks[i].n !== max || toks[i].hi !== undefined) continue;
      // (…平台应用,0.5分.平台用户未按要求登录的,发现一次扣0.1分: the max alone between separators)
      const alone = (i === 0 || toks[i - 1].k === "," || toks[i - 1].k === ";") && (i + 1 === toks.length || toks[i + 1].k === "," || toks[i + 1].k === ";" || (toks[i + 1].k === "t" && s[toks[i + 1].s] === "."));
      if (alone || /满/.test(s.slice(toks[i].e, toks[i].e + 2)) || /(?:分值|基础分|满分)\s*[为是:]?\s*$/.test(s.slice(Math.max(0, toks[i].s - 6), toks[i].s))) {
        clause.used[i] = 1;
        if (i > 0 && toks[i - 1].k === "c") clause.used[i - 1] = 1;
      }
    }
  }
  // …率满分20分,按百分比扣分: 满分 and the item's own max, said anywhere, is the max
  if (max !== undefined) {
    for (let i = 1; i < toks.length; i++) {
      if (toks[i].k === "P" && toks[i - 1].k === "U" && toks[i].n === max && toks[i].hi === undefined) clause.used[i - 1] = clause.used[i] = 1;
    }
  }
  for (let i = 0; i < toks.length; i++) {
    // 扣完15分止 on an item worth 15 is the floor; other points than the max are not said to be what
    if (toks[i].k === "F" && toks[i].n !== undefined && toks[i].n !== max) clause.used[i] = 0;
    // (a zero word glued to the word after it, 无分管领导, is that word's start, not an outcome)
    const zero = deducting && toks[i].k === "0" && !(toks[i + 1]?.k === "t" && toks[i + 1].s === toks[i].e && s[toks[i].e - 1] === "分" && FEN_WORD.test(s[toks[i].e]));
    // (每有一篇稿件被采用,作者加1分 read as a yes/no: each occasion, 每 and a verb before its count, left unread — the
    // count would be ignored, 2篇 given the points once)
    const each = r.kind === "all-or-nothing" && toks[i].k === "M" && toks[i + 1]?.k === "t" && toks[i + 1].e - toks[i + 1].s <= 4 && toks[i + 2]?.k === "N" && /^(?:次|篇|项|件|人次|场|期)$/.test(toks[i + 2].unit ?? "");
    if (clause.used[i] || !(isScoring(toks[i], toks[i + 1], toks[i - 1]) || zero || each)) continue;
    const t = toks[i];
    const from = Math.max(0, t.s - 8);
    unread.push(s.slice(from, Math.min(s.length, t.e + 4)));
    if (unread.length >= 3) break;
  }
  // 每班最多缺席3人,超过3人的,扣0.5分/人: a bound on the very count the rule counts, left unread, changes the
  // score (the first three are allowed) — as a scoring token would
  // (a target of what is missing, 听课8节以上…每少一节扣0.5分, is the count's own target: not this)
  const counted = r.kind === "per-case" && !toks.some((t) => t.k === "Q") ? r.unit : "";
  if (counted !== "" && unread.length < 3) {
    for (let i = 1; i < toks.length; i++) {
      const t = toks[i];
      // (the bound words are looked for only beside a count of the rule's own unit, not read)
      if (t.k !== "N" || clause.used[i] || t.unit !== counted) continue;
      // (超出三次需给予相应处分(扣5分/次): 超出 is subject text to the lexer, the bound the same)
      const over = (toks[i - 1].k === "c" && /^(?:超过|超出|多于|大于|高于)$/.test(toks[i - 1].w ?? "")) || (toks[i - 1].k === "C" && /^最多/.test(toks[i - 1].w ?? "")) ||
        (toks[i - 1].k === "t" && /(?:超出|超过|多于)\s*$/.test(s.slice(toks[i - 1].s, toks[i - 1].e)));
      // (病、事假10节以上按此条例执行: a bound after the count, 以上/以下, says the same of the count counted)
      const after = /^\s*(?:\(含[^)]{0,6}\))?\s*(?:及)?(?:以上|以下|以内)/.test(s.slice(t.e, t.e + 14));
      if (t.k !== "N" || clause.used[i] || t.unit !== counted || !(over || after)) continue;
      unread.push(s.slice(Math.max(0, toks[i - 1].s), Math.min(s.length, t.e + 4)));
      break;
    }
  }
  // …1例未处理扣15分,科室登记后未向职能科室上报,按漏报处理: a case scored as another kind the clause does not
  // score (漏报 is in no part of it) takes points set elsewhere (dev15 U24-03); 按旷工处理 beside 旷工每次扣5分 is
  // counted with that kind
  // (only a clause with 按 and 处理/论处 can say it: matchAll over every clause was 1% of parse time)
  if (s.includes("按") && (s.includes("处理") || s.includes("论处"))) for (const m of s.matchAll(/按(?:照)?([\u4e00-\u9fff]{1,6}?)(?:处理|论处)/g)) {
    const kind = m[1].replace(/^(?:规定|有关规定)$/, "");
    if (kind !== "" && s.split(kind).length === 2 && !/\d/.test(s.slice((m.index ?? 0) + m[0].length).split(/[,;。]/)[0])) {
      return fail("scored-as-other", { text: m[0] });
    }
  }
  // 奖5分(每天限2次): a limit on how many count (限N次, 限报3项) left unread changes what the value may be
  if (unread.length < 3) {
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      if (t.k !== "N" || clause.used[i] || !t.unit || !/限(?:报|评|加|计|于)?\s*$/.test(s.slice(Math.max(0, t.s - 3), t.s))) continue;
      unread.push(s.slice(Math.max(0, t.s - 6), Math.min(s.length, t.e + 2)));
      break;
    }
  }
  if (unread.length > 0) {
    const list = unread.map((u) => `“${u}”`).join("、");
    return fail("unread-words", { list });
  }

  // 旷工半日者(扣5分),…旷工1日或1日以上…(扣10分); 超过30分钟以上者…扣3分,…提前15分钟以内…扣2分: a part bounded by
  // an amount (1日以上, 15分钟以内, 超过30分钟) that another part also measures (半日, 15分钟) is a band of that
  // amount, not a failing of its own — the parts are alternatives that a yes/no each would add up
  // (年内发展1名以上新党员计2分。按时…收缴党费计2分: a bound in one part only is that part's requirement)
  if (r.kind === "sub-clauses") {
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      const unit = t.unit ?? "";
      if (t.k !== "N" || unit === "" || clause.used[i]) continue;
      const after = toks[i + 1];
      const before = toks[i - 1];
      const bounded = (after?.k === "a" && /以上|以下|以内/.test(after.w ?? "")) ||
        (before?.k === "c" && /^(?:超过|超出|高于|低于|不足|少于|多于|大于|小于|不到)$/.test(before.w ?? "")) ||
        (before?.k === "t" && /(?:超过|超出|提前|推迟|延迟)\s*$/.test(s.slice(before.s, before.e)));
      if (bounded && measuredElsewhere(s, toks, i, unit) && !boundsNameFailings(s, toks, i, unit, r.parts)) return fail("count-in-part", { text: s.slice(t.s, after?.k === "a" ? after.e : t.e) });
    }
  }
  // 每月允许请假两次,超过两次的扣2分/次: points per case (/次) on a rule that gives one amount per outcome —
  // the amount is not what the clause says
  // (省级一等奖加10分/人、二等奖加8分/人: parts each worth so much per person — how many is not a yes/no)
  if (r.kind === "rate-tiers" || r.kind === "stepped-count" || r.kind === "rate-threshold" || r.kind === "all-or-nothing" || r.kind === "sub-clauses") {
    for (let i = 0; i + 1 < toks.length; i++) {
      if (toks[i].k === "P" && toks[i + 1].k === "t" && toks[i + 1].s === toks[i].e && /^\/\s*[\u4e00-\u9fff]/.test(s.slice(toks[i + 1].s, toks[i + 1].e))) {
        return fail("unread-words", { list: `“${s.slice(toks[i].s, Math.min(s.length, toks[i + 1].s + 3))}”` });
      }
    }
  }
  // 3月31日前完成的计4分 for an item worth 2; 满分15分.…50天以上得10分: which one is meant is not said
  const top = highestEarned(r);
  if (max !== undefined && top !== null && top > max) {
    return fail("above-max", { points: top, max });
  }
  const ruleFull = r.kind === "per-unit-deduction-floored" || r.kind === "rate-per-point-to-zero" || r.kind === "rate-per-point-with-cutoff" ? r.full : null;
  if (statedFull >= 0 && ruleFull !== null && max !== undefined && ruleFull < max) {
    return fail("max-unreached", { max, full: ruleFull });
  }
  // 召开专题会议1次以上记0.3分 for an item worth 3: one step below the max — how the rest is
  // earned (or a lost digit) is not said
  if (r.kind === "stepped-count" && r.steps.length === 1 && r.cap === null && max !== undefined && r.steps[0].points < max) {
    return fail("max-unreached", { max, full: r.steps[0].points });
  }
  // 一次加5-10分: a range of points the assessor chooses within, on a rule that has one figure per case
  if (r.kind === "per-unit-capped" || r.kind === "all-or-nothing" || r.kind === "fixed-deduction") {
    const range = toks.find((t, i) => t.k === "P" && t.hi !== undefined && clause.used[i]);
    if (range) return fail("points-range", { min: range.n ?? 0, max: range.hi ?? 0 });
  }
  // 列入预算且有凭证的得1分 for an item worth 2: how the other point is earned is not said
  if (r.kind === "all-or-nothing" && r.points !== null && max !== undefined && r.points < max && r.required === undefined) {
    return fail("max-unreached", { max, full: r.points });
  }
  // (the same with a quantity in any measure word: 年内召开专题会议1次以上记0.3分 for an item worth 3)
  if (r.kind === "rate-threshold" && inMeasureWord(r) && r.points !== null && max !== undefined && r.points < max) {
    return fail("max-unreached", { max, full: r.points });
  }
  // 受害森林面积1500亩以上扣45分 for an item worth 35: one tier takes more than the item has
  if (r.kind === "rate-tiers" && max !== undefined) {
    const most = Math.max(...r.tiers.map((t) => -(t.amount ?? 0)));
    if (most > max) return fail("above-max", { points: most, max });
  }
  // 发生一次…扣45分 for an item worth 35: what is meant is not said
  // 发生一次…1500亩以上扣45分 for an item worth 35: one case takes more than the item has
  if ((r.kind === "per-unit-deduction-floored" || r.kind === "per-case") && max !== undefined && r.points > max && r.cap === null) {
    return fail("above-max", { points: r.points, max });
  }
  if (r.kind === "fixed-deduction" && max !== undefined && r.points > max) {
    return fail("above-max", { points: r.points, max });
  }
  // …顶窗出现损坏或者漏水的扣12分 for an item worth 5: one failing takes more than the item has (a lost dash, 扣1-2分?)
  if (r.kind === "sub-clauses" && r.sign === -1 && max !== undefined) {
    const most = Math.max(...r.parts.map((p) => p.points));
    if (most > max) return fail("above-max", { points: most, max });
  }
  // 全年未按要求报送信息的扣2分 for an item worth 5: how the other 3 points are earned is not said
  // (…完成得7分,未按要求扣2分: the rest is said — the max earned when the standard is met)
  // (looked for only where it decides: a fixed deduction of less than the max, said met)
  const maxEarned = (): boolean => toks.some((t, i) => t.k === "P" && t.n === max && i > 0 && toks[i - 1].k === "E" && clause.used[i] === 1);
  if (r.kind === "fixed-deduction" && !r.addOn && max !== undefined && r.points < max && !(r.met && maxEarned())) {
    // 未按规定立卷,扣1分 for an item worth 2: a lone failing with its points and nothing else said — met gives
    // the max, not met the max less the points (round 11 convention); anything more said (a count, a grade list,
    // another part, 不得分) is another construct, and a failing of recurring occasions (早上与下午…不认真扣1分)
    // does not say whether the points go once or each time
    if (!loneFailing(s, toks) || PARTS_MISSING.test(s)) return fail("rest-unsaid", { points: r.points, max });
    const recurring = RECURRING.exec(s);
    if (recurring) return fail("once-or-each", { text: recurring[0] });
    r = { ...r, met: true };
  }
  // 评为甲等的得5分,乙等的得3分: grades of one scale are one grade a unit has, not parts that add up
  if (r.kind === "sub-clauses" && r.sign === 1) {
    const scaled = scaleGrades(r.parts);
    if (scaled !== null) return { understood: true, construct: "grade-tiers", rule: { kind: "grade-tiers", grades: withZeroGrade(s, toks, scaled) }, ...(max !== undefined ? { max } : {}) };
  }
  if (r.kind === "sub-clauses" && r.sign === 1 && max !== undefined) {
    const sum = Math.round(r.parts.reduce((a, p) => a + p.points, 0) * 1e9) / 1e9;
    // alternatives (按时完成计5分,推迟完成计3分) are not parts that add up
    if (sum > max) {
      const half = halfTiers(r.parts, max);
      if (half !== null) return { understood: true, construct: "rate-tiers", rule: half, max };
      const grades = stagesOf(r.parts, max) ?? exclusiveGrades(r.parts, max);
      if (grades === null) return fail("alternatives", { sum, max });
      return { understood: true, construct: "grade-tiers", rule: { kind: "grade-tiers", grades: withZeroGrade(s, toks, grades) }, max };
    }
  }
  // 查看现场,有违法违规行为扣2分 for an item worth 2: the failing takes the whole item, so 是/√ answer
  // the item (its standard met), as for every other clause with a max that names only the failing
  if (r.kind === "fixed-deduction" && !r.addOn && max !== undefined && r.points === max) r = { ...r, met: true };
  return { understood: true, construct: r.kind, rule: r, ...(max !== undefined ? { max } : {}) };
}

/** occasions that recur within the period: a failing said of them may cost its points each time (早上与下午清洁工作不认真扣1分) */
const RECURRING = /早上|早晨|上午|中午|下午|晚上|夜间|课间|上课时?|平时|日常|经常|每天|每日|天天|随时/;

/** parts missing, counted (缺项, 少件, 漏报一次): how many failed decides, not a yes/no — another construct */
const PARTS_MISSING = /(?:缺|少|漏|差)(?:少|漏)?\s*(?:一|\d)?\s*[项件个份次处样篇条]/;

/**
 * The clause is one failing and its points only: subject text (a whole-year word allowed: 全年未按要求报送…), one
 * deduction verb and one figure of points, separators — no count, no rate, no other part or verb, no zeroing word.
 */
function loneFailing(s: string, toks: ReadonlyArray<Token>): boolean {
  let d = 0;
  let p = 0;
  let text = 0;
  for (const t of toks) {
    if (t.k === "D") d++;
    else if (t.k === "P") p++;
    else if (t.k === "t") text++;
    else if (t.k === "T" && /^(?:全年|年终)$/.test(s.slice(t.s, t.e))) continue;
    // (a note in parentheses, 扣1分(以台账资料为准), is subject text between them)
    else if (t.k !== "," && t.k !== ";" && t.k !== "(" && t.k !== ")") return false;
  }
  // (one part: a separator only before the verb, 未按规定立卷,扣1分, or at the end)
  const parts = s.replace(/[;。,\s]*(?:\([^()]*\))?[;。,\s]*$/, "").split(/[;。]/).length;
  return d === 1 && p === 1 && text >= 1 && parts === 1;
}
/** words that make the number after them a rank: 倒数(第), 前 (not 提前/之前/年前), 排名(第), 名次 */
const RANK_BEFORE = /(?:倒数第?|(?<![提之以此年月日天周当])前|排名第?|名次|排第)\s*$/;

/** what a rank after 前 is counted in: nothing (前8), 名, 位, 强 */
const RANK_UNIT = /^(?:|名|位|强|的)$/;

/** the whole score named as such (得分, 总分, 分数): not 成绩, which may be a measured result */
const WHOLE_SCORE = /^(?:得分|总分|分数)$/;
/** words before it that keep it the whole score (本项得分, 总得分, 累计得分); anything else (加分后得分) is not read */
const WHOLE_SCORE_BEFORE = /^(?:本项|该项|此项|总|累计|合计|最终|最后)$/;
/** a bound from above (不超过, 最高不超过, 封顶, 最多) — never 最低 */
const UPPER_BOUND = /^(?:最高|最多|不超过|不得超过|不能超过|不高于|最高不超过|最多不超过|最高不得超过|封顶|上限为?)$/;

/**
 * 总分最高不超过16分 / 最高得分不超过15分 / 本项得分不得超过5分, a part of its own between separators: a bound on the
 * whole score. Marked read (true) only when the figure is the item's own max — the clamp to [0, M] every score
 * with a max takes; another figure is left unread.
 */
/** points both given and taken: grades of both signs, or kinds counted apart of both signs */
function signedPoints(r: ScoringRule): boolean {
  const pts = r.kind === "grade-tiers" ? r.grades.map((g) => g.points) : r.kind === "per-unit-capped" ? (r.categories ?? []).map((c) => c.points) : [];
  return pts.some((x) => x > 0) && pts.some((x) => x < 0);
}

/** the one base score said before every other figure of the clause: its points read (a description) */
function baseSaid(s: string, toks: ReadonlyArray<Token>, used: Uint8Array): number | null {
  const at: number[] = [];
  for (let i = 0; i + 1 < toks.length; i++) {
    if (toks[i].k !== "t" || !BASE_WORDS.test(s.slice(toks[i].s, toks[i].e))) continue;
    let j = i + 1;
    if ((toks[j].k === "E" && toks[j].s === toks[j].e) || toks[j].k === "c") j++;
    if (j < toks.length && toks[j].k === "P" && toks[j].hi !== undefined) return null;
    if (j < toks.length && toks[j].k === "P" && !used[j]) at.push(j);
  }
  if (at.length !== 1) return null;
  const p = at[0];
  // (nothing that scores before it: the base opens the clause's figures)
  if (toks.slice(0, p).some((t, i) => "PRYODEAC0FcU".includes(t.k) && !(t.k === "E" && t.s === t.e) && !(t.k === "c" && i === p - 1))) return null;
  if (p > 0 && (toks[p - 1].k === "E" || toks[p - 1].k === "c")) used[p - 1] = 1;
  used[p] = 1;
  return toks[p].n ?? null;
}

function wholeScoreCap(s: string, toks: ReadonlyArray<Token>, used: Uint8Array, max: number): boolean {
  const sep = (t: Token | undefined): boolean => t === undefined || t.k === "," || t.k === ";";
  const word = (t: Token): string => (t.w ?? s.slice(t.s, t.e)).replace(/\s+/g, "");
  let read = false;
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].k !== "K" || used[i] || !WHOLE_SCORE.test(word(toks[i]))) continue;
    let a = i;
    if (a > 0 && toks[a - 1].k === "C" && /^(?:最高|最多)$/.test(word(toks[a - 1]))) a--;
    if (a > 0 && toks[a - 1].k === "t" && WHOLE_SCORE_BEFORE.test(word(toks[a - 1]))) a--;
    if (!sep(toks[a - 1]) || toks[i + 1]?.k !== "C" || !UPPER_BOUND.test(word(toks[i + 1]))) continue;
    const p = toks[i + 2];
    if (p?.k !== "P" || used[i + 2] || p.hi !== undefined || p.n !== max || !sep(toks[i + 3])) continue;
    for (let j = a; j <= i + 2; j++) used[j] = 1;
    read = true;
  }
  return read;
}

/** the direction of a step up after 每 (每超, 每超过, 每高于, 每提高 …) */
const UP_STEP = /^(?:超过|超出|超|高于|高出|高|增加|增长|上升|升高|提高|提升|多)$/;
/** a cap on the bonus, after it (最多加2分, 最高加5分, 累计不超过6分) */
const BONUS_CAP = /^(?:最多|最高|累计不超过|不超过|最多不超过|最高不超过|累计最多|上限为?|封顶)$/;

/**
 * 每超目标两个百分点加1分(,最多加2分) left unread beside a threshold of a rate: each step above the bound
 * adds the points, at most the cap. The step is in percentage points (点, or % of the threshold's own unit).
 * Marks what it reads; null when there is no such step (the clause then stays refused for it).
 */
function stepUp(s: string, toks: ReadonlyArray<Token>, used: Uint8Array, unit: string): { step: number; perStep: number; cap: number | null } | null {
  for (let i = 0; i + 3 < toks.length; i++) {
    // (超过/高于 before a number are comparators to the lexer, 提高/增长 subject text: the direction all the same)
    const dir = toks[i + 1];
    const word = dir.k === "W" || dir.k === "c" ? dir.w ?? "" : dir.k === "t" ? s.slice(dir.s, dir.e).trim() : "";
    if (toks[i].k !== "M" || used[i] || !UP_STEP.test(word)) continue;
    let j = i + 2;
    // (每超目标, 每超过进度目标: the bound's own name between)
    if (toks[j].k === "t" && toks[j].e - toks[j].s <= 8) j++;
    const o = toks[j];
    if (o === undefined || o.hi !== undefined || o.n === undefined || !(o.n > 0)) return null;
    if (!((o.k === "O" && unit === "%") || (o.k === "R" && o.unit === unit))) return null;
    let e = j + 1;
    if (toks[e]?.k === "t" && /^\s*(?:的|再|另)\s*$/.test(s.slice(toks[e].s, toks[e].e))) e++;
    else {
      // (每增加10%,增加0.5分: the verb 增加 said in full, the lexer's 增 before its 加, a comma before it or not)
      const zeng = toks[e]?.k === "," ? e + 1 : e;
      const z = toks[zeng];
      if (z?.k === "t" && /^\s*增\s*$/.test(s.slice(z.s, z.e)) && toks[zeng + 1]?.k === "E" && toks[zeng + 1].w === "加") e = zeng + 1;
    }
    const pts = toks[e + 1];
    if (toks[e]?.k !== "E" || toks[e].w === "" || pts?.k !== "P" || pts.hi !== undefined || pts.n === undefined || used[e] || used[e + 1]) return null;
    let last = e + 1;
    let cap: number | null = null;
    // (,最多加2分: the bonus's own cap)
    let c = last + 1;
    if (toks[c]?.k === ",") c++;
    // (加分最多3分: the bonus named before its cap)
    if (toks[c]?.k === "t" && /^\s*(?:加分|奖励分|奖励|加分值)\s*$/.test(s.slice(toks[c].s, toks[c].e))) c++;
    if (toks[c]?.k === "C" && BONUS_CAP.test(toks[c].w ?? "")) {
      const q = toks[c + 1]?.k === "E" ? c + 2 : c + 1;
      const capPts = toks[q];
      if (capPts?.k !== "P" || capPts.hi !== undefined || capPts.n === undefined || used[q]) return null;
      cap = capPts.n;
      last = q;
    }
    for (let q = i; q <= last; q++) used[q] = 1;
    return { step: o.n, perStep: pts.n, cap };
  }
  return null;
}

/** 少完成1件实事减10分 beside 每完成1件实事得10分 (capped): the per-unit step said from the shortfall's side, read */
function shortSideSaid(s: string, toks: ReadonlyArray<Token>, used: Uint8Array, r: { per: number; unit: string; points: number }): void {
  for (let i = 1; i + 2 < toks.length; i++) {
    const n = toks[i];
    if (n.k !== "N" || used[i] || n.n !== r.per || n.unit !== r.unit || n.hi !== undefined) continue;
    if (toks[i - 1].k !== "t" || !/(?:少|缺)[\u4e00-\u9fff]{0,3}$/.test(s.slice(toks[i - 1].s, toks[i - 1].e).trim())) continue;
    const d = toks[i + 1].k === "t" && toks[i + 1].e - toks[i + 1].s <= 6 ? i + 2 : i + 1;
    if (toks[d]?.k !== "D" || toks[d + 1]?.k !== "P" || used[d + 1] || toks[d + 1].n !== r.points || toks[d + 1].hi !== undefined) continue;
    for (let q = i; q <= d + 1; q++) used[q] = 1;
  }
}

/**
 * A standard that is only points ("1分", "2分/项"): what they are for and whether they are taken or
 * given is in the item's heading — 扣分(每人次), 扣分标准 — or nowhere. Read from the heading when it
 * says 扣 and per what; otherwise not understood, never +N.
 */
function bareDeduction(s: string, toks: ReadonlyArray<Token>, itemText: string | undefined, max: number | undefined): ScoringRule | "points-only" | null {
  // (a standard of more than three tokens, separators aside, with no note at its end is no bare figure: no copy made)
  let count = 0;
  let last: Token | undefined;
  for (const t of toks) {
    if (t.k !== ";" && t.k !== ",") {
      count++;
      last = t;
    }
  }
  if (count > 3 && last?.k !== ")") return null;
  let kept = toks.filter((t) => t.k !== ";" && t.k !== ",");
  // 1分(以台账资料为准): a note after the points is not part of the standard
  if (kept.length >= 3 && kept[kept.length - 1].k === ")") {
    const open = kept.map((t) => t.k).lastIndexOf("(");
    if (open > 0 && kept.slice(open + 1, -1).every((t) => t.k === "t")) kept = kept.slice(0, open);
  }
  const implicit = kept.length >= 2 && kept[0].k === "E" && kept[0].w === "" ? 1 : 0;
  // (a bare number, 5 or 0。5/项, in a 扣分标准 column is its points: the column says they are points)
  const bareNumber = implicit === 0 && kept[0]?.k === "N" && (kept[0].unit ?? "") === "" && deductingHeading(itemText);
  if (kept.length < 1 + implicit || (kept[implicit].k !== "P" && !bareNumber) || kept.length > implicit + 2) return null;
  const pts = kept[implicit];
  const after = kept[implicit + 1];
  if (after !== undefined && after.k !== "t") return null;
  const unitHere = after ? /^\s*\/\s*([\u4e00-\u9fff]{1,2})\s*$/.exec(s.slice(after.s, after.e))?.[1] : undefined;
  if (after && unitHere === undefined) return null;
  if (pts.hi !== undefined || pts.n === undefined) return "points-only";
  const heading = itemText ?? "";
  if (!deductingHeading(heading)) return "points-only";
  // (违规情况(发现一次)…扣分标准: the points are per time found, as 每次 says)
  const unit = unitHere ?? /每\s*([\u4e00-\u9fff]{1,2})/.exec(heading)?.[1] ?? FOUND_ONCE.exec(heading.replace(/[\u4e00-\u9fff]/g, simplifiedChar))?.[1] ?? (/累计|多次|重复|次数/.test(heading) ? "次" : undefined);
  // 5 beside 未在24小时内完成入院记录 under 扣分标准, with no points of its own: the failing named takes 5
  if (unit === undefined) return max === undefined && after === undefined ? { kind: "fixed-deduction", points: pts.n, addOn: false } : "points-only";
  return { kind: "per-case", unit, points: pts.n, pointsMax: null, addOn: false, categories: [], cap: null };
}

/**
 * A standard that is only an amount ("100", "100元/处", "500/处") in a column whose heading says it is a fine
 * in 元 (处罚金额(元)/人次, 违章罚款… | 金额(元)): money per case, count × −amount, per the cell's unit, else the
 * heading's (元/人次, 每人次), else per act (round 12: money said of one event). Not read: a heading that also
 * speaks of rewards (奖惩金额), 元 said nowhere (罚则 | 100: points or money?), a figure with a range. A row whose
 * 罚款对象 names several parties (指使人 开机人) is refused: the amount each or in all cannot be told (the text
 * of that cell is returned).
 */
function bareFine(s: string, toks: ReadonlyArray<Token>, itemText: string | undefined): ScoringRule | string | null {
  if (itemText === undefined) return null;
  const kept = toks.filter((t) => t.k !== ";" && t.k !== ",");
  if (kept.length < 1 || kept.length > 2) return null;
  const amount = kept[0];
  if (!((amount.k === "N" && (amount.unit ?? "") === "") || amount.k === "Y") || amount.n === undefined || amount.hi !== undefined || !(amount.n > 0)) return null;
  const after = kept[1];
  const unitHere = after === undefined ? undefined : after.k === "t" ? /^\s*\/\s*([\u4e00-\u9fff]{1,2})\s*$/.exec(s.slice(after.s, after.e))?.[1] : undefined;
  if (after !== undefined && unitHere === undefined) return null;
  const item = itemText.replace(/[\u4e00-\u9fff]/g, simplifiedChar);
  // the column headings are before the row (… — 20 无证私自开机操作 | 违章人); a name alone is its own heading
  const dash = item.indexOf(" — ");
  const heading = dash >= 0 ? item.slice(0, dash) : item;
  if (!/罚|扣款/.test(heading) || /奖/.test(heading) || !/元/.test(heading)) return null;
  const unit = unitHere ?? /元\s*\)?\s*\/\s*([\u4e00-\u9fff]{1,2})/.exec(heading)?.[1] ?? /每\s*([\u4e00-\u9fff]{1,2})/.exec(heading)?.[1] ?? "";
  if (dash >= 0) {
    const heads = heading.split("|").map((h) => h.trim());
    const cells = item.slice(dash + 3).split("|").map((c) => c.trim());
    const who = heads.findIndex((h) => /对象/.test(h));
    const party = who >= 0 ? cells[who] : undefined;
    if (party !== undefined && party.split(/[\s、,,和及与]+/).filter((w) => w !== "").length > 1) return party;
  }
  return { kind: "per-case", unit, points: amount.n, pointsMax: null, addOn: false, categories: [], cap: null, currency: "元" };
}

/** an act in words only (an enumeration number before it, notes in parentheses), then its points in parentheses, closing the clause */
function actThenPoints(toks: ReadonlyArray<Token>, p: number): boolean {
  if (toks[p].hi !== undefined || toks[p + 1]?.k !== ")") return false;
  for (let i = p + 2; i < toks.length; i++) if (toks[i].k !== ";" && toks[i].k !== ",") return false;
  let words = 0;
  for (let i = 0; i < p - 1; i++) {
    const k = toks[i].k;
    if (k === "t") words++;
    else if (!(k === "l" || k === "," || k === ";" || k === "(" || k === ")" || (i === 0 && k === "N" && toks[1]?.k === "l"))) return false;
  }
  return words > 0;
}

/** a heading that counts per time found: (发现一次), 出现1例, 违反一次 */
const FOUND_ONCE = /(?:发现|出现|违反|违规|发生)\s*[一1]\s*(人次|次|例|处|起|项)/;

/** 不足100公里的,按100公里计算 / 不足10天按10天计: the span and the step it rounds up to (the same figure and word twice) */
const ROUNDING = /(?:不足|不满|未满|少于|低于|未达到|未达|不到)\s*(\d+(?:\.\d+)?)\s*([\u4e00-\u9fff][\u4e00-\u9fff\s]{0,3}?)\s*(?:的|者)?\s*,?\s*(?:的\s*)?(?:均|也|亦|一律)?按\s*(\d+(?:\.\d+)?)\s*([\u4e00-\u9fff][\u4e00-\u9fff\s]{0,3}?)\s*(?:计算|计)(?:扣分)?/;
function roundingNote(s: string): { from: number; to: number; per: number; half?: true } | null {
  if (!s.includes("按")) return null;
  const m = ROUNDING.exec(s);
  if (!m || m[1] !== m[3] || m[2].replace(/\s+/g, "") !== m[4].replace(/\s+/g, "")) return null;
  return { from: m.index, to: m.index + m[0].length, per: Number(m[1]) };
}

/** (不足1%时四舍五入,下同), (未达到1%时…), (不足1个百分点的按四舍五入计算), ,不足1%的四舍五入: a part of a rate step rounded half up */
const HALF_ROUNDING = /(\(|,)\s*(?:不足|不满|未满|少于|低于|未达到|未达|不到)\s*(\d+(?:\.\d+)?)\s*(?:%|个?百分点|点)\s*(?:时|的|者|部分)?\s*,?\s*(?:按|实行|采取)?\s*四舍五入\s*(?:计算|处理|计)?\s*(?:,\s*下同)?\s*(\)?)/;
function halfNote(s: string): { from: number; to: number; per: number; half: true } | null {
  if (!s.includes("四舍五入")) return null;
  const m = HALF_ROUNDING.exec(s);
  // an opening parenthesis is closed, a comma-led note is not
  if (!m || (m[1] === "(") !== (m[3] === ")")) return null;
  return { from: m.index, to: m.index + m[0].length, per: Number(m[2]), half: true };
}

/** The rate step the half-up note is about, its steps now rounded to the nearest whole one (null: no such step). */
function roundedHalf(r: ScoringRule, per: number): ScoringRule | null {
  if ((r.kind === "rate-per-point-to-zero" || r.kind === "rate-per-point-with-cutoff") && r.step === per && (r.unit === "%" || r.unit === "‰")) return { ...r, roundSteps: true };
  return null;
}

/** The per-unit deduction the rounding note is about, a part of its step now a whole step (null: no such step). */
function roundedUp(r: ScoringRule, per: number): ScoringRule | null {
  if (r.kind === "per-unit-deduction-floored" && r.per === per && r.rateStated === undefined && r.passMark === undefined) return { ...r, roundUp: true };
  // 每超1吨扣0.5分,不足1吨按1吨计: one case per unit, a part of a unit one more
  if (r.kind === "per-case" && per === 1 && !r.addOn && r.pointsMax === null && r.categories.length === 0 && r.rateStated === undefined && r.passMark === undefined) {
    return { kind: "per-unit-deduction-floored", per: 1, unit: r.unit, points: r.points, full: null, target: null, cap: r.cap, roundUp: true };
  }
  return null;
}

/**
 * 提交申报材料的得1分,申报成功的得2.5分 for an item worth 2.5: stages of one task, said in the order
 * they are reached, each worth more, the last the item's max — the value names the furthest stage
 * reached, as the clause words it (a grade). Alternatives said best first (村民自治村计2分,合格村计1分)
 * stay refused: which one a unit is is the assessor's category, not a stage.
 */
function stagesOf(parts: ReadonlyArray<{ readonly label: string; readonly points: number }>, max: number): Array<{ label: string; points: number }> | null {
  if (parts.length < 2 || parts[parts.length - 1].points !== max) return null;
  const out: Array<{ label: string; points: number }> = [];
  for (let i = 0; i < parts.length; i++) {
    if (i > 0 && !(parts[i].points > parts[i - 1].points)) return null;
    // the stage is the words after the part's last separator (the task said before the first)
    const label = parts[i].label.split(/[,;:]/).pop()?.trim() ?? "";
    if (!/^[\u4e00-\u9fff]{2,8}$/.test(label) || out.some((o) => o.label === label)) return null;
    out.push({ label, points: parts[i].points });
  }
  return out;
}

/**
 * …主要领导挂帅的得0.5分,非主要领导挂帅的得0.1分,无领导挂帅的不得分: the last part of grades that are
 * alternatives names the grade that earns nothing — a grade of its own (0), as the clause words it, so a
 * value naming it (无领导挂帅, 无) scores 0 instead of being no grade listed. Not 否则/其他/其余 (any other
 * answer, which a grade word does not say).
 */
function withZeroGrade(s: string, toks: ReadonlyArray<Token>, grades: ReadonlyArray<{ readonly label: string; readonly points: number }>): Array<{ label: string; points: number }> {
  const label = zeroGradeLabel(s, toks);
  if (label === null || /^(?:否则|其他|其它|其余|以下|以上|反之)/.test(label) || grades.some((g) => g.points <= 0 || g.label === label)) return [...grades];
  return [...grades, { label, points: 0 }];
}

/** the words of a part that closes the clause with a zero word (…,无领导挂帅的不得分 / 不记分 / 得0分; a note in parentheses after it) */
function zeroGradeLabel(s: string, toks: ReadonlyArray<Token>): string | null {
  let z = -1;
  for (let i = 0; i < toks.length; i++) if (toks[i].k === "0") z = i;
  if (z < 1) return null;
  let j = z + 1;
  const seps = (): void => { while (j < toks.length && (toks[j].k === ";" || toks[j].k === ",")) j++; };
  seps();
  if (j < toks.length && toks[j].k === "(") {
    let depth = 0;
    for (; j < toks.length; j++) {
      if (toks[j].k === "(") depth++;
      if (toks[j].k === ")" && --depth === 0) break;
    }
    j++;
    seps();
  }
  if (j < toks.length) return null;
  const t = toks[z - 1];
  if (t.k !== "t" || (z >= 2 && toks[z - 2].k !== "," && toks[z - 2].k !== ";")) return null;
  const label = s.slice(t.s, t.e).trim().replace(/(?:的|者)$/, "");
  return /^[\u4e00-\u9fff]{1,10}$/.test(label) ? label : null;
}

/** a share said in words: 一半以上 / 半数以上 (≥ 50%), 过半 / 超过一半 (> 50%) */
const HALF = /(?:(一半|半数)(?:\(含\))?(?:以上|及以上)|(过半|超过一半|超过半数))$/;

/**
 * 完成…征订的计4分,完成征订任务一半以上的计2分,完成征订任务未过半的计0分: the task done, or a share of
 * it said in words, each worth less — the value is the share done (a rate): done (100%) → the
 * first, half or more → the second, less → 0.
 */
function halfTiers(parts: ReadonlyArray<{ readonly label: string; readonly points: number }>, max: number): ScoringRule | null {
  if (parts.length !== 2 || parts[0].points !== max || !(parts[1].points < parts[0].points)) return null;
  const done = parts[0].label.split(/[,;:]/).pop() ?? "";
  const share = HALF.exec((parts[1].label.split(/[,;:]/).pop() ?? "").trim());
  if (!/^(?:全面|全部|按时|按期)?完成[\u4e00-\u9fff]*$/.test(done.trim()) || /[半未不]/.test(done) || share === null) return null;
  return {
    kind: "rate-tiers", unit: "%",
    tiers: [{ cmp: ">=", bound: 100, amount: parts[0].points }, { cmp: share[1] !== undefined ? ">=" : ">", bound: 50, amount: parts[1].points }],
  };
}

/** a heading that says its points are taken (扣分(每人次), 纪律扣分细则, 減分項目), not given */
function deductingHeading(heading: string | undefined): boolean {
  if (heading === undefined) return false;
  const h = heading.replace(/[\u4e00-\u9fff]/g, simplifiedChar);
  return /扣|减/.test(h) && !/加分|奖/.test(h);
}

/**
 * The sign a heading gives points with no verb: -1 when it says they are taken (扣分标准, or a deduction
 * with points of its own, 缺席会议…每次扣量化分1分, that the line goes on with), 0 when it speaks both of
 * taking and of giving (奖惩措施 …扣…), 1 otherwise.
 */
function headingSign(heading: string | undefined): -1 | 0 | 1 {
  if (heading === undefined) return 1;
  if (deductingHeading(heading)) return -1;
  const h = heading.replace(/[\u4e00-\u9fff]/g, simplifiedChar);
  if (!/扣|减/.test(h)) return 1;
  return /[扣减][^,;。,;]{0,8}\d+(?:\.\d+)?\s*分/.test(h) && !/[加奖得计记][^,;。,;]{0,4}\d+(?:\.\d+)?\s*分/.test(h) ? -1 : 0;
}

/** The most one outcome of an earning rule gives (null: not such a rule). */
function highestEarned(r: ScoringRule): number | null {
  switch (r.kind) {
    case "all-or-nothing": return r.points;
    case "rate-threshold": return r.points;
    case "rate-tiers": return Math.max(...r.tiers.map((t) => t.amount ?? 0));
    case "stepped-count": return r.cap ?? Math.max(...r.steps.map((x) => x.points));
    case "rank-tiers": return Math.max(...r.points);
    case "grade-tiers": return Math.max(...r.grades.map((g) => g.points));
    default: return null;
  }
}
