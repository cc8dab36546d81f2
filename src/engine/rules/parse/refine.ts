/**
 * Corrections of the token stream the recognisers need and the lexer does not give (yet):
 * - 每个扣0.5分, 每小项达不到扣3分: a count of one, its measure word the text after 每 (the lexer gives
 *   a count only to 每 + a word it knows is no scoring word: 每起, 每个部门);
 * - 林业行政处罚案件扣2分: 罚 read as a fine because an amount follows a few characters on — but
 *   another scoring verb stands between, whose amount it is: 罚 is subject text.
 * - 一人次扣该班0.5 分: the points have no verb of their own (the lexer gives them an implicit 计),
 *   but a lose verb stands a short object before them (扣该班, 扣其, 减责任单位): they are taken off;
 * - 发现一次扣2---5分: a range written with a run of dashes is a range of points (扣2-5分);
 * - 一单扣1 分: a numeral and one more character right before a verb with points is a count of that
 *   measure word (the lexer knows 单 only as the start of 单位).
 * One pass; the token array is copied only when something changes.
 */
import type { Token } from "./lexer";

const HAN_UNIT = /^[\u4e00-\u9fff]{1,2}$/;

const DIGITS = "一二三四五六七八九";
/** 二 → 2, 两 → 2, 十二 → 12, 二十 → 20, 二十五 → 25; null for anything else */
function chineseCount(w: string): number | null {
  const d = (c: string | undefined): number => (c === "两" ? 2 : c === undefined ? -1 : DIGITS.indexOf(c) + 1);
  const ten = w.indexOf("十");
  if (ten < 0) return w.length === 1 && d(w) > 0 ? d(w) : null;
  const tens = ten === 0 ? 1 : ten === 1 ? d(w[0]) : -1;
  const ones = ten === w.length - 1 ? 0 : ten === w.length - 2 ? d(w[ten + 1]) : -1;
  return tens > 0 && ones >= 0 ? tens * 10 + ones : null;
}

/** a note in brackets at j of words only (and the separators between them), closing the clause or its phrase */
function plainNote(toks: ReadonlyArray<Token>, j: number): boolean {
  if (toks[j]?.k !== "(") return false;
  let q = j + 1;
  while (q < toks.length && (toks[q].k === "t" || toks[q].k === ",")) q++;
  if (q === j + 1 || toks[q]?.k !== ")") return false;
  const after = toks[q + 1];
  return after === undefined || after.k === "," || after.k === ";";
}

export function refineTokens(s: string, toks: Token[]): Token[] {
  const splits: Array<{ at: number; unit: string }> = [];
  const refined = refineInPlace(s, rewritten(s, verbAfterPoints(s, completionShare(s, targetInStep(s, hoursCounted(s, clockTimes(s, pointsAfterWei(s, moneyCounted(s, toks)))))))), splits);
  if (splits.length === 0) return refined;
  const out: Token[] = [];
  let k = 0;
  for (let i = 0; i < refined.length; i++) {
    const t = refined[i];
    if (k < splits.length && splits[k].at === i) {
      const cut = t.s + splits[k].unit.length;
      out.push({ ...t, k: "N", e: cut, n: 1, unit: splits[k].unit }, { ...t, s: cut });
      k++;
    } else {
      out.push(t);
    }
  }
  return out;
}

/**
 * 每100元奖10分, 每捐款500元加1分: money after 每 (with a word before it or none) that points are given or taken
 * for is an amount counted in 元, as 每引进资金100万元加1分 counts in 万元 — not money paid: made a count of that
 * many 元. Only where the amount is followed at once by its verb and points (分); money given for money
 * (每100元罚10元) stays money.
 */
function moneyCounted(s: string, toks: Token[]): Token[] {
  if (!s.includes("每")) return toks;
  let out: Token[] | null = null;
  for (let i = 0; i + 3 < toks.length; i++) {
    const j = toks[i + 1].k === "t" ? i + 2 : i + 1;
    const y = toks[j];
    if (toks[i].k !== "M" || y === undefined || y.k !== "Y" || y.hi !== undefined || !(y.n !== undefined && y.n > 0)) continue;
    if ((toks[j + 1]?.k !== "E" && toks[j + 1]?.k !== "D") || toks[j + 2]?.k !== "P" || toks[j + 2].hi !== undefined) continue;
    if (!/^\s*[\d.]+\s*元\s*$/.test(s.slice(y.s, y.e))) continue;
    out ??= toks.slice();
    out[j] = { k: "N", s: y.s, e: y.e, n: y.n, unit: "元" };
  }
  return out ?? toks;
}

/**
 * 按实际完成值占目标值的比重计算得分, 按实际完成数占目标任务数的比例计分, 按完成任务的比例计分: the share of
 * the task done — what 按完成比例得分 says, in the words of a document that spells the share out (the done
 * over the target, 完成 said, the target a 目标/任务/计划 when named). The words from 按 on, with the verb of the
 * whole after them (得分, or glued: 计分), become one proportion token.
 */
const COMPLETION_SHARE = /按\s*(?:实际)?\s*完成[\u4e00-\u9fff]{0,6}?(?:占[\u4e00-\u9fff]{0,8}?(?:目标|任务|计划)[\u4e00-\u9fff]{0,4}?)?的?\s*(?:比重|比例|比率)\s*(?:计算|折算)?\s*((?:计分|得分|记分|赋分)?)\s*$/;
function completionShare(s: string, toks: Token[]): Token[] {
  if (!s.includes("完成") || !/比重|比例|比率/.test(s)) return toks;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.k !== "t") continue;
    const m = COMPLETION_SHARE.exec(s.slice(t.s, t.e));
    if (!m) continue;
    const next = toks[i + 1];
    const verbAfter = m[1] === "" && next?.k === "K" && /^(?:得分|计分|记分|赋分)$/.test(next.w ?? "");
    if (m[1] === "" && !verbAfter) continue;
    const from = t.s + m.index;
    const share: Token = { k: "p", s: from, e: verbAfter ? next.e : t.e, w: "按完成比例得分" };
    const out = toks.slice(0, i);
    if (from > t.s) out.push({ ...t, e: from });
    out.push(share);
    return out.concat(toks.slice(verbAfter ? i + 2 : i + 1));
  }
  return toks;
}

/**
 * 完成或超额完成目标值得基本分;…每低于目标值2%扣1分: a step said in percent of the target (每低于/每少于 + the
 * target + a rate) where the clause gives its points for completing that target — every comparison with the
 * target is then a share of it, which the value states (96% of the target), the target 100% of itself, not a
 * figure set elsewhere. The span of the target's word in the step ([from, to) in s) and the length of the
 * direction before it (低于: 2), or null.
 */
export function shareOfTarget(s: string): [number, number, number] | null {
  const step = TARGET_STEP.exec(s);
  if (!step) return null;
  const done = TARGET_DONE.exec(s);
  if (done === null || done.index > step.index) return null;
  const from = step.index + step[1].length;
  return [from, from + step[2].length, step[1].length - 1];
}

/** 完成年度目标任务的得满分, 完成计划任务的计20分: the clause gives its points for completing a target (100% of it) */
export function completesTarget(s: string): boolean {
  return TARGET_DONE.test(s);
}
/** 每低于目标值2%, 每少于计划任务1% (a step in percent of the target) */
const TARGET_STEP = /(每(?:低于|少于|低|少))((?:目标|计划|任务|下达)[\u4e00-\u9fff]{0,3}?)\s*\d+(?:\.\d+)?\s*%/;
/** 完成目标值得, 完成或超额完成目标任务的计 (the points for completing the target) */
const TARGET_DONE = /完成[\u4e00-\u9fff]{0,4}?(?:目标|计划|任务)[\u4e00-\u9fff]{0,3}?(?:的)?\s*(?:得|计|记|给)/;

/** 每低于目标值2%: the target's word in the step is part of its direction (每低于 + 目标值), as 每低于2% reads */
function targetInStep(s: string, toks: Token[]): Token[] {
  const share = shareOfTarget(s);
  if (share === null) return toks;
  for (let i = 1; i + 1 < toks.length; i++) {
    const t = toks[i];
    if (t.e !== share[1] || toks[i + 1].k !== "R") continue;
    const out = toks.slice();
    // (每低于 + 目标值: the direction a word of its own; 每少于目标任务: the lexer left both as text)
    if (t.k === "t" && t.s === share[0] && toks[i - 1].k === "W") out.splice(i - 1, 2, { ...toks[i - 1], e: t.e });
    else if (t.k === "t" && toks[i - 1].k === "M" && toks[i - 1].e === t.s && t.s + share[2] === share[0]) out[i] = { ...t, k: "W", w: s.slice(t.s, share[0]) };
    else continue;
    return out;
  }
  return toks;
}

/**
 * 4个小时: hours counted with the classifier 个 are hours, as 4小时 is (the lexer gives the number 个 as
 * its measure word and leaves 小时 as text): the number's word is 小时.
 */
function hoursCounted(s: string, toks: Token[]): Token[] {
  if (!s.includes("个小时")) return toks;
  let out: Token[] | null = null;
  for (let i = 0; i + 1 < toks.length; i++) {
    const n = toks[i];
    const t = toks[i + 1];
    if (n.k !== "N" || n.unit !== "个" || n.hi !== undefined || t.k !== "t" || t.s !== n.e || !s.startsWith("小时", t.s)) continue;
    out ??= toks.slice();
    const at = out.indexOf(n);
    out[at] = { ...n, e: n.e + 2, unit: "小时" };
    if (t.e > t.s + 2) out[at + 1] = { ...t, s: t.s + 2 };
    else out.splice(at + 1, 1);
  }
  return out ?? toks;
}

/** the lose verb said after the points: 扣除, 扣减, 扣分, 减分 */
const VERB_AFTER = /^\s*(?:扣除|扣减|扣分|减分|扣)\s*$/;
/**
 * 按每人0.1分扣除, 每床0.5分扣分, 按每人0.1扣除: points per unit with the lose verb after them (the lexer
 * reads 每 and a word it does not know as a count only before a verb or points, and a bare number before
 * 扣 as that word's measure). Made 每 + a count of one of the unit + 扣 (a verb of no width, where the
 * points start) + the points; the verb after them is text.
 */
function verbAfterPoints(s: string, toks: Token[]): Token[] {
  if (!s.includes("每")) return toks;
  for (let i = 0; i + 3 < toks.length; i++) {
    const unit = toks[i + 1];
    const pts = toks[i + 2];
    const after = toks[i + 3];
    // (每一人0.1分扣除: the count of one said, its measure word read)
    const one = unit.k === "N" && unit.n === 1 && unit.hi === undefined && HAN_UNIT.test(unit.unit ?? "");
    if (toks[i].k !== "M" || (unit.k !== "t" && !one) || (!one && !HAN_UNIT.test(s.slice(unit.s, unit.e))) || pts.hi !== undefined || pts.n === undefined) continue;
    let points: Token;
    if (pts.k === "P" && (after.k === "d" || (after.k === "t" && VERB_AFTER.test(s.slice(after.s, after.e))))) points = pts;
    // (0.1扣 + 除: the number read with 扣 as its measure word)
    else if (pts.k === "N" && pts.unit === "扣" && after.k === "t" && /^(?:除|减)\s*$/.test(s.slice(after.s, after.e))) points = { k: "P", s: pts.s, e: pts.e - 1, n: pts.n };
    else continue;
    const out = toks.slice(0, i + 1);
    out.push(
      one ? unit : { k: "N", s: unit.s, e: unit.e, n: 1, unit: s.slice(unit.s, unit.e) },
      { k: "D", s: pts.s, e: pts.s, w: "扣" },
      points,
      { k: "t", s: pts === points ? after.s : pts.e - 1, e: after.e },
    );
    return out.concat(toks.slice(i + 4));
  }
  return toks;
}

/** what 为 N分 is said of when the points are the item's own or a cap (分值为, 满分为, 该项为, 最高为), not an outcome */
const POINTS_NOUN = /(?:分|值|数|项|额|限|高|多|低|计|共|是)\s*$/;
/**
 * 符合3项标准为3分;符合2项标准为2分;…均不符合为0分: outcomes each followed by 为 and its points — 为 is the
 * verb that gives them (得), as 优秀为5分,良好为3分 is. Only where two outcomes or more are said so, each
 * right after its own words (not 分值为0.5分, 满分为100分, 最高为5分: the item's points or a cap).
 */
function pointsAfterWei(s: string, toks: Token[]): Token[] {
  const at: number[] = [];
  for (let i = 1; i + 1 < toks.length; i++) {
    const t = toks[i];
    if (t.k !== "c" || s.slice(t.s, t.e) !== "为" || toks[i + 1].k !== "P" || toks[i + 1].s !== t.e) continue;
    const before = toks[i - 1];
    if ((before.k !== "t" && before.k !== "N" && before.k !== "a") || before.e !== t.s || (before.k === "t" && POINTS_NOUN.test(s.slice(before.s, before.e)))) return toks;
    at.push(i);
  }
  if (at.length < 2) return toks;
  // (为0分 is a zero word, as 得0分 is)
  const out: Token[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (!at.includes(i)) out.push(toks[i]);
    else if (toks[i + 1].n === 0 && toks[i + 1].hi === undefined) {
      out.push({ k: "0", s: toks[i].s, e: toks[i + 1].e, w: "为0分" });
      i++;
    } else out.push({ k: "E", s: toks[i].s, e: toks[i].e, w: "为" });
  }
  return out;
}

/** a time of day before 点: 上午8点, 下午5点半, 8点半之前 (not a rate point) */
const DAYTIME_BEFORE = /(?:上午|下午|早上|晚上|中午|凌晨|早晨|傍晚|每天|每日)\s*$/;
const DAYTIME_AFTER = /^\s*(?:半|整|前|之前|以前|后|之后|以后|到|至|签到)/;
/**
 * 上午八点半之前到党政办签到: a time of day is subject text, not a rate point to read — the token and its
 * neighbouring text become one text token.
 */
function clockTimes(s: string, toks: Token[]): Token[] {
  if (!s.includes("点")) return toks;
  let out: Token[] | null = null;
  for (let i = 0; i < (out ?? toks).length; i++) {
    const cur: Token[] = out ?? toks;
    const t = cur[i];
    if (t.k !== "O" || t.hi !== undefined) continue;
    const prev = cur[i - 1];
    const next = cur[i + 1];
    const before = prev?.k === "t" ? s.slice(prev.s, prev.e) : "";
    const after = s.slice(t.e, next?.k === "t" ? next.e : t.e);
    if (!DAYTIME_BEFORE.test(before) && !DAYTIME_AFTER.test(after)) continue;
    const from = prev?.k === "t" ? i - 1 : i;
    const to = next?.k === "t" ? i + 1 : i;
    const merged: Token = { k: "t", s: cur[from].s, e: cur[to].e, n: undefined, hi: undefined, unit: undefined, w: undefined, half: undefined };
    out = [...cur.slice(0, from), merged, ...cur.slice(to + 1)];
    i = from;
  }
  return out ?? toks;
}

function refineInPlace(s: string, toks: Token[], splits: Array<{ at: number; unit: string }>): Token[] {
  let out: Token[] | null = null;
  const put = (i: number, t: Token): void => {
    out ??= toks.slice();
    out[i] = t;
  };
  for (let i = 0; i + 2 < toks.length; i++) {
    const t = toks[i];
    const next = toks[i + 1];
    const after = toks[i + 2];
    // (每小项达不到扣3分: 达不到 between the measure word and its verb; 每件(处)扣1分: another
    // measure word in parentheses)
    const noted = after.k === "(" && toks[i + 3]?.k === "t" && toks[i + 4]?.k === ")";
    // (每项不达标的减1.5分: a 的 closing the failing, as 每项不达标减1.5分)
    const closed = after.k === "J" && toks[i + 3]?.k === "t" && /^\s*的\s*$/.test(s.slice(toks[i + 3].s, toks[i + 3].e));
    const verbAt = after.k === "J" ? (closed ? i + 4 : i + 3) : noted ? i + 5 : i + 2;
    const verb = toks[verbAt];
    if (t.k === "M" && next.k === "t" && verb !== undefined && (verb.k === "D" || verb.k === "E" || verb.k === "A") && toks[verbAt + 1]?.k === "P") {
      const unit = s.slice(next.s, next.e).trim();
      // 每二节课减一分, 每两次扣1分: a count written in Chinese numerals, then its measure word — not one "二节"
      // (每一小点的扣1分: a 的 closing it is no part of the measure word)
      const counted = /^([一二两三四五六七八九十]{1,3})([\u4e00-\u9fff]{1,2}?)(?:的|者)?$/.exec(unit);
      const n = counted ? chineseCount(counted[1]) : null;
      if (counted && n !== null) put(i + 1, { ...next, k: "N", n, unit: counted[2] });
      else if (HAN_UNIT.test(unit)) put(i + 1, { ...next, k: "N", n: 1, unit });
      else {
        // 每次从百分考核中扣1分: a measure word, then where the points are taken from
        // 每台终端扣0.5分, 每节下课离座…者扣1分: a measure word, then what is counted
        const lead = /^(人次|次|人|项|起|例|处|件|户|家|所|名|篇|条)(?=[从在由向对])/.exec(s.slice(next.s, next.e)) ??
          // (每部著作计120分, 每位新教师计3分, 每本专著得10分: more measure words than the lexer knows)
          /^(人次|户次|批次|部门|单位|[台个件项次人名起例处户家所篇条辆张份块座间套批宗样节床双部本位册种门棵株栋幢首幅场届轮堂])(?=[\u4e00-\u9fff])/.exec(s.slice(next.s, next.e));
        if (lead) splits.push({ at: i + 1, unit: lead[1] });
      }
    } else if ((t.k === "D" || t.k === "E") && next.k === "t" && (after.k === "D" || after.k === "E") && t.e === next.s) {
      put(i, { ...t, k: "t" });
    }
  }
  for (let i = 0; i + 1 < toks.length; i++) {
    // 予以扣分10分, 违者扣分5分: the lose word with its amount right after it is the verb
    const t = toks[i];
    if (t.k === "d" && toks[i + 1].k === "P" && t.e === toks[i + 1].s && /^(?:予以)?(?:扣分|减分)$/.test(s.slice(t.s, t.e))) put(i, { ...t, k: "D" });
  }
  for (let i = 0; i < toks.length; i++) {
    // 每二节减一分: the lexer counts one "二节" (每 + a measure word); the numeral is the count
    const t = toks[i];
    if (t.k !== "N" || t.n !== 1 || t.unit === undefined || toks[i - 1]?.k !== "M" || s.slice(t.s, t.e) !== t.unit) continue;
    const counted = /^([一二两三四五六七八九十]{1,3})([\u4e00-\u9fff]{1,2})$/.exec(t.unit);
    const n = counted ? chineseCount(counted[1]) : null;
    if (counted && n !== null) put(i, { ...t, n, unit: counted[2] });
  }
  for (let i = 0; i + 2 < toks.length; i++) {
    const t = toks[i];
    const verb = toks[i + 1];
    if (t.k !== "t" || (verb.k !== "D" && verb.k !== "A") || toks[i + 2].k !== "P") continue;
    // the count is the whole text run, or its end after a separator-free subject is not taken
    const m = /^\s*([一二两三四五六七八九十]|[1-9])\s*([\u4e00-\u9fff])\s*$/.exec(s.slice(t.s, t.e));
    if (!m || "分元倍次项人个".includes(m[2])) continue;
    const n = /\d/.test(m[1]) ? Number(m[1]) : "一二三四五六七八九十".indexOf(m[1]) + 1 || 2;
    put(i, { ...t, k: "N", n, unit: m[2] });
  }
  for (let i = 1; i + 1 < toks.length; i++) {
    const t = (out ?? toks)[i];
    if (t.k !== "E" || t.w !== "" || t.s !== t.e || toks[i + 1].k !== "P") continue;
    const before = toks[i - 1];
    const text = before.k === "t" ? s.slice(before.s, before.e).trimEnd() : "";
    if (LOSE_THEN_OBJECT.test(text)) {
      put(i, { ...t, k: "D", w: "扣" });
      continue;
    }
    // 扣 2 --- 5分: t(扣) N t(---) E P
    const dashes = before.k === "t" && /^\s*(?:-{2,}|—{1,2}|－{2,})\s*$/.test(s.slice(before.s, before.e));
    const lo = toks[i - 2];
    const verb = toks[i - 3];
    if (dashes && lo?.k === "N" && (lo.unit ?? "") === "" && verb?.k === "t" && /(?:扣|减|罚)$/.test(s.slice(verb.s, verb.e).trimEnd())) {
      out ??= toks.slice();
      const p = toks[i + 1];
      const v = { ...verb, e: verb.e - 1 };
      out[i - 3] = v.e > v.s ? v : (null as unknown as Token);
      out[i - 2] = { ...lo, k: "D", s: verb.e - 1, e: lo.s, w: s.slice(verb.e - 1, verb.e), n: undefined, unit: undefined };
      out[i - 1] = { ...p, s: lo.s, n: lo.n, hi: p.n };
      out[i] = out[i + 1] = null as unknown as Token;
      i++;
    }
  }
  return out ? out.filter((t) => t !== null) : toks;
}

/**
 * Rewrites that change the number of tokens, in one pass:
 * - 每次-5分: points with a minus sign and no verb are taken off (the sign is the verb);
 * - 扣完15分止, 扣完成15分止, 直至扣完0.5分为止: a floor that names the points it empties is one floor
 *   (the points kept on it, so that the audit can check them against the max);
 * - 每件扣1分(3分封顶), 3分为上限: a cap written after its points is a cap (C, then the points);
 * - 直至不计分, 直至得0分, 直至该项不得分: 直至 and any zero word is the floor 直至不得分;
 * - 80%(含)-90%: one band, its lower bound in (as 80%-90% is read);
 * - 95%(含95%)以上, 95%以上(含95%), 3次(含3次)以上: the bound said again in parentheses is the bound (95%以上).
 */
function rewritten(s: string, toks: Token[]): Token[] {
  let out: Token[] | null = null;
  const take = (i: number): Token[] => {
    out ??= toks.slice(0, i);
    return out;
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const next = toks[i + 1];
    // t(次-) E() P(5分), or t(次-) P(5分) where the lexer gave the points no verb
    const implicit = next?.k === "E" && next.w === "" && next.s === next.e ? 1 : 0;
    const pts = toks[i + 1 + implicit];
    if (t.k === "t" && pts?.k === "P" && /(?<![-－—~～\d])[-－]$/.test(s.slice(t.s, t.e)) && (toks[i - 1]?.k !== "N" || (toks[i - 1].unit ?? "") !== "") && t.e === pts.s) {
      const o = take(i);
      if (t.e - 1 > t.s) o.push({ ...t, e: t.e - 1 });
      o.push({ k: "D", s: t.e - 1, e: t.e, w: "-" }, pts);
      i += 1 + implicit;
      continue;
    }
    // t(桌面消毒) P(2分) l(、) t(檫嘴毛巾) P(2分) …: parts joined by 、, each with its points and no verb — the
    // points are earned, as the lexer reads the last of them (an implicit 计)
    if (t.k === "t" && next?.k === "P" && next.hi === undefined && toks[i + 2]?.k === "l" && toks[i + 3]?.k === "t" && (toks[i + 4]?.k === "P" || (toks[i + 4]?.k === "E" && toks[i + 4].w === "" && toks[i + 5]?.k === "P")) &&
      s.slice(t.e, next.s).trim() === "" && toks[i - 1]?.k !== "D" && toks[i - 1]?.k !== "E" && toks[i - 1]?.k !== "A") {
      const o = take(i);
      o.push(t, { k: "E", s: next.s, e: next.s, w: "" }, next);
      i += 1;
      continue;
    }
    // t(…床-) N(2) ), t(…未拖-) N(2) ,, t(…人次扣) N(2) end: a bare number ending its phrase right after a
    // minus sign or a lose verb is points taken off whose 分 was left out (每床-2, 每人次扣2, 每次减0.5;)
    if (t.k === "t" && next?.k === "N" && (next.unit ?? "") === "" && next.hi === undefined && t.e === next.s &&
      (toks[i + 2] === undefined || toks[i + 2].k === ")" || toks[i + 2].k === "," || toks[i + 2].k === ";" ||
        // (a note after them: 每少1节 -1(以台账资料为准), 每人次扣2(备注:按年度统计))
        plainNote(toks, i + 2))) {
      // (the minus glued to a word — not to a code, F-01 — or alone right after a count of 每: 每少1节 -1)
      const text = s.slice(t.s, t.e);
      const m = /(?:(?<=[\u4e00-\u9fff)]\s*)[-－]|扣除|扣减|扣|减)$/.exec(text) ??
        (/^\s*[-－]$/.test(text) && toks[i - 1]?.k === "N" && (toks[i - 1].unit ?? "") !== "" && (toks[i - 2]?.k === "M" || (toks[i - 2]?.k === "Q" && toks[i - 3]?.k === "M")) ? /[-－]$/.exec(text) : null);
      if (m) {
        const o = take(i);
        const at = t.e - m[0].length;
        if (at > t.s) o.push({ ...t, e: at });
        o.push({ k: "D", s: at, e: t.e, w: m[0] === "－" ? "-" : m[0] }, { ...next, k: "P", unit: undefined });
        i += 1;
        continue;
      }
      // (每按时上交计划1份+1, 迟交+0.5: a plus the same way is points given, whose 分 was left out — glued to a
      // word, or alone right after a count in a phrase of 每)
      let every = false;
      for (let j = i - 1; j >= 0 && toks[j].k !== "," && toks[j].k !== ";"; j--) if (toks[j].k === "M") every = true;
      const plus = /(?<=[\u4e00-\u9fff)]\s*)[+＋]$/.exec(text) ?? (/^\s*[+＋]$/.test(text) && toks[i - 1]?.k === "N" && (toks[i - 1].unit ?? "") !== "" && every ? /[+＋]$/.exec(text) : null);
      if (plus) {
        const o = take(i);
        const at = t.e - plus[0].length;
        if (at > t.s) o.push({ ...t, e: at });
        o.push({ k: "E", s: at, e: t.e, w: "+" }, { ...next, k: "P", unit: undefined });
        i += 1;
        continue;
      }
    }
    // M … N(一次) L(各) D P: 每迟到、早退一次各扣2分, 每人各扣3分 — 每 already says per what, so 各 says it
    // again (each case takes the points), not each of listed parts
    if (t.k === "L" && t.w === "各" && toks[i - 1]?.k === "N" && (toks[i - 1].unit ?? "") !== "" && (next?.k === "D" || next?.k === "E" || next?.k === "A") && toks[i + 2]?.k === "P") {
      let every = false;
      for (let j = i - 2; j >= 0 && toks[j].k !== "," && toks[j].k !== ";"; j--) if (toks[j].k === "M") every = true;
      if (every) {
        take(i);
        continue;
      }
    }
    // t(…项按照) P(120分) t(计算…): 每项按照120分计算, 每篇按10分计 — "counted as N points" gives them (按 is the verb);
    // not beside a bound (超过5分的按5分计算 is a cap; 不足3个,每个活动按1分计 one band of several)
    if (t.k === "t" && next?.k === "P" && next.s === t.e && next.hi === undefined && toks[i + 2]?.k === "t" && toks[i + 2].s === next.e &&
      !toks.some((x) => x.k === "c" || x.k === "a" || x.k === "C") &&
      /^(?:计算|计|记|算)/.test(s.slice(toks[i + 2].s, toks[i + 2].e))) {
      const m = /按照?$/.exec(s.slice(t.s, t.e));
      if (m) {
        const o = take(i);
        const at = t.e - m[0].length;
        if (at > t.s) o.push({ ...t, e: at });
        o.push({ k: "E", s: at, e: t.e, w: "计" }, next);
        i += 1;
        continue;
      }
    }
    // t(有) N(一处) …扣2分, t(如有) N(1人) …扣1分: 有 before a count of one, then a deduction, is a found word
    // (发现一处…, 出现1人…); not before points earned (有一名办事员兼职抓日常工作记4分 is a requirement)
    if (t.k === "t" && next?.k === "N" && next.n === 1 && next.hi === undefined && (next.unit ?? "") !== "" && /^\s*(?:如|若|凡|一旦)?有\s*$/.test(s.slice(t.s, t.e)) && deductionNext(toks, i + 2)) {
      take(i).push({ ...t, k: "G", w: "有" });
      continue;
    }
    // F(扣完) [t(成)] P(15分) t(止…) / Z(为止)
    if (t.k === "F") {
      const a = next?.k === "t" && /^\s*成?\s*$/.test(s.slice(next.s, next.e)) ? i + 2 : i + 1;
      const p = toks[a];
      const end = toks[a + 1];
      if (p?.k === "P" && p.hi === undefined && end !== undefined && ((end.k === "t" && /^\s*(?:为)?止/.test(s.slice(end.s, end.e))) || end.k === "Z")) {
        const o = take(i);
        const stop = end.k === "Z" ? end.e : end.s + (s.slice(end.s, end.e).match(/^\s*(?:为)?止/)?.[0].length ?? 0);
        o.push({ ...t, e: stop, n: p.n });
        if (end.k === "t" && stop < end.e) o.push({ ...end, s: stop });
        i = a + 1;
        continue;
      }
    }
    // t(…直至) 0(不计分 / 得0分 / 计0分 …), t(…直至该项) 0(不得分): the floor 直至不得分 with any zero word
    if (t.k === "t" && next?.k === "0") {
      const m = /(?:直至|直到)\s*(?:该项|本项|此项)?\s*$/.exec(s.slice(t.s, t.e));
      if (m) {
        const o = take(i);
        const at = t.s + m.index;
        if (at > t.s) o.push({ ...t, e: at });
        o.push({ k: "F", s: at, e: next.e, w: s.slice(at, next.e) });
        i++;
        continue;
      }
    }
    // R(80%) ( t(含) ) t(-) R(90%): a band whose lower bound is in, as 80%-90% reads
    if (t.k === "R" && t.hi === undefined && next?.k === "(" && toks[i + 2]?.k === "t" && toks[i + 3]?.k === ")" && toks[i + 4]?.k === "t" && toks[i + 5]?.k === "R") {
      const upper = toks[i + 5];
      if (/^\s*含\s*$/.test(s.slice(toks[i + 2].s, toks[i + 2].e)) && /^\s*[-—~～至]\s*$/.test(s.slice(toks[i + 4].s, toks[i + 4].e)) && upper.hi === undefined && upper.unit === t.unit && (upper.n ?? 0) > (t.n ?? 0)) {
        take(i).push({ ...t, e: upper.e, hi: upper.n });
        i += 5;
        continue;
      }
    }
    // R(95%) ( t(含) R(95%) ) a(以上), R(95%) a(以上) ( t(含) R(95%) ): the bound said again in
    // parentheses is the bound (95%以上, as 95%(含)以上)
    // (and N人以下(含N人): 以下 already takes the bound in — the bound said again, 有5人以下(含5人)未到)
    if ((t.k === "R" || t.k === "N" || t.k === "Y") && t.hi === undefined) {
      const a = next?.k === "a" && /以上|以下|以内/.test(next.w ?? "") ? 1 : 0;
      const again = toks[i + a + 3];
      const close = toks[i + a + 4];
      const after = a === 1 ? next : close !== undefined ? toks[i + 5] : undefined;
      const below = a === 1 && !(next.w ?? "").includes("以上");
      if (toks[i + a + 1]?.k === "(" && toks[i + a + 2]?.k === "t" && again?.k === t.k && close?.k === ")" && after?.k === "a" && ((after.w ?? "").includes("以上") || below) &&
        /^\s*含\s*$/.test(s.slice(toks[i + a + 2].s, toks[i + a + 2].e)) && again.hi === undefined && again.n === t.n && again.unit === t.unit) {
        take(i).push(t, below ? after : { ...after, w: "(含)以上" });
        i += 5;
        continue;
      }
    }
    // t(…数量≥规定数的) R(90%), t(…不低于计划任务的) R(85%): a comparator before a share of a figure the
    // clause names (规定数, 计划, 目标任务) compares the share — the value is the share
    if (t.k === "t" && next?.k === "R" && next.s === t.e && s.charCodeAt(t.e - 1) === 0x7684 /* 的 */) {
      const m = SHARE_OF.exec(s.slice(t.s, t.e));
      if (m) {
        const o = take(i);
        const at = t.e - m[0].length;
        if (at > t.s) o.push({ ...t, e: at });
        o.push({ k: "c", s: at, e: t.e, w: m[1] });
        continue;
      }
    }
    // t(…好路率X) N(120), t(…率乘以) P(10分), P(60分) t(乘以…的比): a times sign written as a letter
    // or a word beside its number is the times sign (× and * are one already)
    // (a cheap look at the characters first: this runs on every text token beside a number)
    const last = t.k === "t" ? s.charCodeAt(t.e - 1) : 0;
    const timesBefore = (last === 0x4ee5 /* 以 */ || last === 0x58 || last === 0x78 /* X x */) && (next?.k === "N" || next?.k === "P") && next.s === t.e;
    const prevTok = toks[i - 1];
    const timesAfter = t.k === "t" && !timesBefore && (prevTok?.k === "P" || prevTok?.k === "N") && prevTok.e === t.s && s.startsWith("乘以", t.s);
    if (timesBefore || timesAfter) {
      const text = s.slice(t.s, t.e);
      const before = timesBefore ? /(?:(?<=[率例重比])\s*[Xx]|乘以)\s*$/.exec(text) : null;
      const after = before === null && timesAfter ? /^乘以/.exec(text) : null;
      if (before || after) {
        const o = take(i);
        const from = before ? t.s + before.index : t.s;
        const to = before ? t.e : t.s + (after?.[0].length ?? 0);
        if (from > t.s) o.push({ ...t, e: from });
        o.push({ k: "x", s: from, e: to });
        if (to < t.e) o.push({ ...t, s: to });
        continue;
      }
    }
    // t(…最高限度) c(为) P(80分), t(…最高限额) P(10分): a cap in other words (最高 alone is read by the lexer)
    // (the lexer's implied verb before points, E with no word, is the cap's too)
    const between = next !== undefined && ((next.k === "c" && (next.w === "为" || next.w === "是")) || (next.k === "E" && next.w === "")) ? 1 : 0;
    if (t.k === "t" && next !== undefined && toks[i + 1 + between]?.k === "P" && toks[i + 1 + between].hi === undefined) {
      const m = CAP_IN_WORDS.exec(s.slice(t.s, t.e));
      if (m) {
        const o = take(i);
        const from = t.s + m.index;
        if (from > t.s) o.push({ ...t, e: from });
        o.push({ k: "C", s: from, e: between ? next.e : t.e, w: m[0].trim() });
        i += between;
        continue;
      }
    }
    // P(3分) t(封顶…) / t(为上限…)
    if (t.k === "P" && t.hi === undefined && next?.k === "t" && (i === 0 || (toks[i - 1].k !== "D" && toks[i - 1].k !== "E" && toks[i - 1].k !== "A"))) {
      const m = /^\s*(?:封顶|为上限|为限)/.exec(s.slice(next.s, next.e));
      if (m) {
        const o = take(i);
        o.push({ k: "C", s: next.s, e: next.s + m[0].length, w: m[0].trim() }, t);
        if (next.s + m[0].length < next.e) o.push({ ...next, s: next.s + m[0].length });
        i++;
        continue;
      }
    }
    if (out) (out as Token[]).push(t);
  }
  return out ?? toks;
}

/** 最高限度(为), 最高限额, 最多限 at the end of subject text: a cap said in other words */
const CAP_IN_WORDS = /(?:最高|最多)\s*(?:限度|限额|限值|限)\s*$/;

/** whether the first verb with points from i on, within its sentence, takes them (扣 减 罚 加扣) */
function deductionNext(toks: ReadonlyArray<Token>, i: number): boolean {
  for (let j = i; j < toks.length && toks[j].k !== ";"; j++) {
    if (toks[j].k === "D" || toks[j].k === "A") return true;
    if (toks[j].k === "E") return false;
  }
  return false;
}

/** a lose verb, then a short object of it (该班, 其, 责任单位), ending a text run */
// (扣除该成员5分, 扣该当班教师考核分0.5分, 扣除当月绩效考核5分: the object may be a few words long, but
// holds no verb of its own that could be the points')
const LOSE_THEN_OBJECT = /(?:扣除|扣减|扣|减|罚)(?:该|其|本)?[^\P{Script=Han}得计记加给奖扣减罚的者]{0,8}$/u;

/**
 * a comparator, then the figure a share is of (规定数的, 年度计划的, 应开设课程的, 参考人数的), ending a text
 * run (not an average: 高于平均水平的5% may be 5 points above it)
 */
const SHARE_OF = /(大于等于|大于或等于|高于或等于|小于等于|小于或等于|低于或等于|未达到|未达|不低于|不少于|不小于|达到|超过|高于|大于|低于|不足|少于|小于|>=|<=|≥|≤|≧|≦|>|<)\s*(?![\u4e00-\u9fff]*平均)[\u4e00-\u9fff]{1,8}的\s*$/;
