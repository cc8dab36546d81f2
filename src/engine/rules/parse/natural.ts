/**
 * Recognisers and refiners over the clause's skeleton (lexer.ts).
 *
 * A recogniser is a pattern over token kinds (the skeleton string, one character per token):
 * it finds a construct fragment — per-unit, threshold, per-point step, cut-off, cap, floor,
 * earned, deduction, tiers, listed parts, veto, period — and marks the tokens it read. The
 * refiner (`natural`) combines fragments into one `ScoringRule`: a cap joins its per-unit
 * fragment, threshold + step + cut-off make a rate rule, several earned fragments make
 * sub-clauses, two period-led halves make a by-period rule. The audit (index.ts) then refuses a
 * clause in which a scoring token (points, a rate, money, a cap, a floor, a comparator before
 * a number) was read by no fragment.
 *
 * Subject text is never looked at, except to label sub-clauses and listed parts.
 */
import type { Period } from "../types";
import { bandsLikewise, baseKinds, countBothWays, countThreshold, deductionSteps, earnedCountBound, earnedKinds, deductionToZero, deductions, flooredFailings, listed, perUnit, perUnitAfter, ranks, stepped } from "./counts";
import { eachItem, earned, figuredParts, fixed, numberedPoints, pointsCapped, rangeBonus } from "./earned";
import { grades } from "./grades";
import { conditionsMet } from "./conditions";
import { money, percentageCut, rate, times } from "./rates";
import { type Outcome, type View, DATE_UNITS, TIME_UNITS, failure, isFailure, num } from "./view";
import { shareOfTarget } from "./refine";

export { Clause, View, failure, isFailure } from "./view";
export type { Failure, Outcome } from "./view";

// ---------------------------------------------------------------- the refiner

export function natural(v: View): Outcome {
  return periodDefault(v) ?? byPeriod(v) ?? rest(v);
}

function rest(v: View): Outcome {
  // 其他部门得分为专业部门得分的平均分: a score made of other units' scores
  // (以局领导的平均评价分计入总分: an average of several people's marks)
  // (the patterns over the whole text run only where their fixed word is: 平均, 第)
  const average = v.c.s.includes("平均");
  if (average && /平均分|平均得分|得分的平均|平均[\u4e00-\u9fff]{1,3}分/.test(v.c.s)) return failure("average-of-others");
  // 实际发生数小于或等于控制数; 委员超过规定人数: the bound is a figure set elsewhere, not in the clause
  // (每低于目标值2%扣1分 beside 完成目标值得基本分: a step in percent of the target — the value is the share of it
  // done, the target 100% of itself — not a figure set elsewhere compared with the value)
  const share = shareOfTarget(v.c.s);
  const compared = share ? v.c.s.slice(0, share[0]) + " ".repeat(share[1] - share[0]) + v.c.s.slice(share[1]) : v.c.s;
  const elsewhere = ELSEWHERE.exec(compared) ?? (average ? OF_AVERAGE.exec(v.c.s) : null);
  if (elsewhere) return failure("figure-elsewhere", { text: elsewhere[0] });
  // 每季度,根据工作开展情况得分(0.3分): the points go by how the work went, which is the assessor's to judge
  const byHow = BY_HOW.exec(v.c.s);
  // (按落实情况计分,不落实管护主体不得分 / 得0分: only the zero is said; what partly done gets is still the assessor's)
  if (byHow && /^\s*(?:\(|[;。]|$|,\s*(?:满分|最高|最多|上限|不超过)|[,;][^\d]*(?:不得分|不计分|不给分|不记分|无分|[得计记给]0分|[得计记给]零分)[^\d]*$)/.test(v.c.s.slice(byHow.index + byHow[0].length))) return failure("discretion");
  // 一些次未关扣10分, 若干次未按时上报扣2分: how many cases take the points is not said (once, or each time)
  // 未确定…责任人直接判定为C,未制定…的扣2分: a grade set outright (no points of its own) beside points
  const verdict = GRADE_VERDICT.exec(v.c.s);
  if (verdict && v.has("P")) return failure("grade-verdict", { text: verdict[0] });
  // (无一次工作总结的,扣1分: not one — 1 off for each one missing, or only when there is none at all?)
  const vagueCount = VAGUE_COUNT.exec(v.c.s) ?? NOT_ONE.exec(v.c.s);
  if (vagueCount) return failure("vague-count", { text: vagueCount[1] });
  // 第一次违规扣5分,第二次罚款100元: the points depend on which occurrence it is
  if (v.c.s.includes("第") && ORDINAL_TIMES.test(v.c.s)) return failure("repeat-steps");
  // 原创投稿加1分;若发表,则加3分: a later part's points hang on a further condition (instead, or besides?)
  const conditional = CONDITIONAL_PART.exec(v.c.s);
  // (若无则不得分: a zero on the further condition is the standard not met, not points of another part)
  if (conditional && SCORED.test(v.c.s.slice(0, conditional.index)) && !ZERO_AFTER.test(v.c.s.slice(conditional.index + conditional[0].length))) return failure("conditional-part", { text: conditional[0].replace(/^[;,。]\s*/, "") });
  // 一经查实,扣5分以上: only the least the clause takes or gives is said, the rest is the assessor's
  const open = v.first(/[DEA]Pa/);
  if (open && /以上/.test(v.tok(open[1] - 1).w ?? "")) return failure("points-open", { text: v.between(open[0], open[1]) });
  // …得100分;…小于应上缴资金,其比率做为当期考核分值: below the full points the rate itself is the score
  const rateIsScore = rateAsScore(v);
  if (rateIsScore) return rateIsScore;
  // 每班每超5人扣1分: a count within each of several units (not 每月每少1次: a period is no unit counted)
  const perPer = perEachPer(v);
  if (perPer) return failure("per-per", { text: perPer });
  const discretion = v.find("?", 0, v.sk.length);
  if (discretion >= 0) {
    const hasRange = v.idx.some((i) => v.c.toks[i].k === "P" && v.c.toks[i].hi !== undefined);
    // 按未完成比例相应扣分,每降低10%扣1分: "accordingly", then the step that says how
    const explained = /^相应[扣加]分$/.test(v.tok(discretion).w ?? v.c.text(v.tok(discretion))) && v.first(/M[WQ]?[RON]t?[DE]P/, discretion) !== null;
    if (!hasRange && !explained) return failure("discretion");
    v.use(discretion);
  }
  // 宿舍卫生成绩大于等于95分,…每次加0.1分: a condition's figure says which occasions the count is of
  const described = describedCondition(v);
  if (described !== null) {
    const inner = chain(v.without(described.from, described.to));
    if (!isFailure(inner) && (inner.kind === "per-case" || inner.kind === "per-unit-deduction-floored" || inner.kind === "per-unit-capped") &&
      OCCASIONS.has(inner.unit) && (inner.kind !== "per-case" || (inner.categories.length === 0 && inner.pointsMax === null)) &&
      (inner.kind !== "per-unit-deduction-floored" || (inner.target === null && inner.per === 1)) && (inner.kind !== "per-unit-capped" || inner.per === 1)) {
      v.useRange(described.from, described.to);
      return { ...inner, described: described.figures };
    }
  }
  // 每人每次扣2分: per person and per time, summed over both — one figure, the person-times (人次)
  const times = personTimes(v);
  const got = chain(v);
  if (times === null || isFailure(got)) return got;
  // (迟到每人每次扣2分,旷会每人每次扣5分: person-times of two kinds, one count per kind — each kind said per
  // person and time, or it is refused)
  if (got.kind === "per-case" && got.categories.length > 0) {
    const each = v.all(/MtMN|MNMN/g).filter(([a]) => personTimesAt(v, a));
    if (got.categories.length < 2 || each.length !== got.categories.length || (got.unit !== "次" && got.unit !== "人次")) {
      return failure("per-per", { text: v.c.s.slice(v.tok(times[0]).s, v.tok(times[1] + 2).e) });
    }
    for (const [a] of each) { v.use(a); v.use(a + 1); }
    const person = each.every(([a]) => v.c.text(v.tok(a + 1)).trim() === "人" || v.tok(a + 1).unit === "人");
    return { ...got, unit: person ? "人次" : "次" };
  }
  if ((got.kind === "per-case" || got.kind === "per-unit-deduction-floored" || got.kind === "per-unit-capped") && (got.unit === "次" || got.unit === "人次")) {
    for (const p of times) v.use(p);
    // (每项每次: item-times, counted as times — 3次; 每人每次, 每项每人次: person-times — 3人次)
    const person = v.c.text(v.tok(times[0] + 1)).trim() === "人" || v.tok(times[0] + 1).unit === "人" || got.unit === "人次";
    return { ...got, unit: person ? "人次" : "次" };
  }
  return got;
}

function chain(v: View): Outcome {
  return veto(v) ?? doubled(v) ?? vague(v) ?? bandsLikewise(v) ?? grades(v) ?? percentageCut(v) ?? figuredParts(v) ?? money(v) ?? times(v) ?? eachItem(v) ?? numberedPoints(v) ?? rate(v) ?? conditionsMet(v) ?? ranks(v) ?? deductionToZero(v) ?? stepped(v) ?? listed(v) ?? countBothWays(v) ?? baseKinds(v) ?? earnedKinds(v) ?? perUnit(v) ?? deductionSteps(v) ?? flooredFailings(v) ?? deductions(v) ?? perUnitAfter(v) ?? rangeBonus(v) ?? countThreshold(v) ?? earnedCountBound(v) ?? fixed(v) ?? pointsCapped(v) ?? earned(v);
}

/** points given by how something went (根据工作开展情况得分, 视完成情况给分, 按照整改落实情况评分) */
const BY_HOW = /(?:根据|依据|依照|按照|按|视)[^,;。()]{0,14}?(?:情况|表现|效果|成效)(?:的?(?:好坏|优劣))?\s*(?:得分|给分|评分|计分|赋分|打分|记分)/;
/** a vague number of cases before the points (一些次, 若干次, 几次): not a count a value can meet */
const VAGUE_COUNT = /((?:一些|若干|有些|几|数)(?:人次|次|回|起|处|件))[^,;。]{0,5}?(?:扣除|扣减|奖励|扣|减|罚|加|得|计|记|奖|给)\s*\d/;
/** a grade set outright, with no points of its own after it: 直接判定为C, 一律评为不合格, 视为D级 */
const GRADE_VERDICT = /(?:判定|判为|评定|认定|定为|评为|视为|确定)为?\s*([A-D]|[甲乙丙丁][等级]?|不合格|不达标|不及格)(?:级|等|类)?(?=\s*(?:[,;]|$))/;
/** a deduction for not one case (无一次, 没有一次, 未有一次 …的,扣1分) */
const NOT_ONE = /((?:无|没有|未有|没)\s*1\s*(?:次|回|份|篇|项|个|条|件|场|人|名|家|户))[^;。]{0,16}?(?:扣除|扣减|扣|减|罚)\s*\d/;
/** a later part that opens with a condition of its own: 若发表,则…; 如果获奖,则…; 若同时迟到和早退… (both failings at once) */
const CONDITIONAL_PART = /[;,。]\s*(?:若是|若|如果|假如|倘若|如若|如)(?:[^;,。]{1,16}?,?\s*则|[^;,。]{0,10}同时)/;
/** a first and a second occurrence each named (第1次…第2次, 第一次…第二次: the normaliser makes the numerals digits) */
const ORDINAL_TIMES = /第\s*1\s*次[^;。]*第\s*2\s*次/;
/** points given or taken (扣2分, 扣除该成员2分) */
const SCORED = /(?:加|扣|得|计|记|给|减|奖|罚)[^;,。\d]{0,8}\d/;
/** a zero right after the 则 of a further condition (若无则不得分, 如未开展则计0分) */
const ZERO_AFTER = /^\s*(?:不得分|不计分|不记分|不给分|无分|[得计记给]0分|[得计记给]零分)/;

/**
 * a figure compared with an average set elsewhere and then a rate of its own (高于全县平均水平的5%,
 * 低于全市平均值2个百分点): the number is measured from that average, which the clause does not state
 */
const OF_AVERAGE = /(?:超过|超出|大于|小于|低于|高于|不低于|不高于|达到)[^,;。\d]{0,8}平均(?:水平|值|数|线)?的?\s*\d+(?:\.\d+)?\s*(?:%|‰|个?百分点|点)/;
/** a strict comparison with a target, quota or standard named, not stated (控制数, 规定人数, 目标任务) */
// (低于规定数的85%: a share of that figure is a rate the value gives)
const ELSEWHERE = /(?:超过|超出|大于|小于|低于|高于|少于|多于|不足)(?:或等于)?(?:规定|控制|目标|计划|下达|核定)[\u4e00-\u9fff]{0,2}?(?:数|指标|任务|值|额)(?![\u4e00-\u9fff]{0,3}的\s*\d+(?:\.\d+)?\s*[%‰])/;

/** the rate (in percent of the max) is the score, the full points at 100%; every point stated is the max */
function rateAsScore(v: View): Outcome | null {
  const max = v.c.max;
  if (max === undefined || !/比率|比例|完成率/.test(v.c.s) || !/(?:比率|比例|完成率)\s*(?:做为|作为|即为|为)\s*(?:当期|本期|该项|本项)?\s*(?:考核)?\s*(?:分值|得分)/.test(v.c.s)) return null;
  const points: number[] = [];
  for (let p = 0; p < v.sk.length; p++) {
    if (v.sk[p] === "R" || v.sk[p] === "Y" || v.sk[p] === "O") return null;
    if (v.sk[p] === "P") {
      if (num(v.tok(p)) !== max) return null;
      points.push(p);
    }
  }
  for (const p of points) {
    v.use(p);
    if (p > 0 && (v.sk[p - 1] === "E" || v.sk[p - 1] === "C")) v.use(p - 1);
  }
  return { kind: "rate-per-point-to-zero", unit: "%", target: { cmp: ">=", bound: 100 }, full: max, step: 100, perStep: max };
}

/** measure words that count occasions (每次, 每处): what a condition before them can describe */
const OCCASIONS = new Set(["次", "处", "例", "起", "回", "人次"]);

/**
 * 宿舍卫生成绩大于等于95分,宿舍成员综合测评每次加0.1分 / 绿化覆盖率低于98%,面积超过10平方米的每处扣1分 /
 * 超速在限速值20%(含)-50%每次-2分: one figure (a mark in 分 or a rate) said with its comparator, or a band of
 * rates, in the subject before 每次/每处 and its points, nothing else scored before the step — the condition
 * says which occasions are counted; the value is how many there were. Its span and figures, or null.
 */
function describedCondition(v: View): { from: number; to: number; figures: number[] } | null {
  const step = v.first(/MN[DEA]P/);
  if (!step) return null;
  let found: { from: number; to: number; figures: number[] } | null = null;
  for (let p = 0; p < step[0]; p++) {
    const k = v.sk[p];
    if (k === "t" || k === "," || k === "K" || k === "(" || k === ")" || k === "a" || k === "N" || k === "l") continue;
    if (k === "c" && (v.sk[p + 1] === "N" || v.sk[p + 1] === "R" || v.sk[p + 1] === "P")) continue;
    if ((k !== "R" && k !== "P") || found !== null) return null;
    const t = v.tok(p);
    const said = p > 0 && v.sk[p - 1] === "c";
    // (a mark in 分 needs its comparator: 95分 alone would be points; a band of rates says itself)
    if (k === "P" ? !said || t.hi !== undefined : !said && t.hi === undefined) return null;
    if (k === "R" && t.unit !== "%") return null;
    let to = p + 1;
    if (v.sk[to] === "a") to++;
    if (v.sk.slice(to, to + 3) === "(t)" && v.c.text(v.tok(to + 1)).trim() === "含") to += 3;
    found = { from: said ? p - 1 : p, to, figures: t.hi !== undefined ? [num(t), t.hi] : [num(t)] };
  }
  return found;
}

/** 每人每次 / 每1人每1次 (the normaliser makes 一 a digit): the positions of the person's 每 and word, or null */
function personTimes(v: View): number[] | null {
  const m = v.first(/MtMN|MNMN/);
  if (!m) return null;
  const [a] = m;
  if (!personTimesAt(v, a)) return null;
  // (nothing between 每人 and 每次: 每人每天每次 is a count per day)
  if (v.tok(a + 2).s - v.tok(a + 1).e > 1) return null;
  return [a, a + 1];
}

/**
 * 每人每次 / 每1人每1次 at a (the skeleton MtMN or MNMN there): per person and per time — and so 每项每次, 每项每人次
 * (each failing item each time it happens): the times summed over the persons or items, one figure.
 */
function personTimesAt(v: View, a: number): boolean {
  const sk = v.sk.slice(a, a + 4);
  if (sk !== "MtMN" && sk !== "MNMN") return false;
  const person = sk === "MtMN" ? timedWord(v.c.text(v.tok(a + 1)).trim()) : TIMED_UNITS.test(v.tok(a + 1).unit ?? "") && v.tok(a + 1).n === 1 && v.tok(a + 1).hi === undefined;
  const time = v.tok(a + 3);
  return person && time.n === 1 && time.hi === undefined && (time.unit === "次" || time.unit === "回" || (time.unit === "人次" && v.c.text(v.tok(a + 1)).trim() !== "人"));
}
/** who or what is counted each time in 每X每次: a person, or a failing item of the clause (项, 条, 件, 处) */
const TIMED_UNITS = /^(?:人|项|条|件|处)$/;
/**
 * the word of 每X每次: a person or failing (TIMED_UNITS), or any other thing counted (每个单位每次, 每村每次, 每班每次:
 * each scored again each time — unit-times, summed as times), not a date or a span of time (每月每次 is read elsewhere)
 */
function timedWord(w: string): boolean {
  if (TIMED_UNITS.test(w)) return true;
  const m = /^个?([\u4e00-\u9fff]{1,3})$/.exec(w);
  return m !== null && !DATE_UNITS.has(m[1]) && !TIME_UNITS.has(m[1]) && !DATE_UNITS.has(m[1].slice(-1)) && !/[天期时]$/.test(m[1]);
}

function perEachPer(v: View): string | null {
  // (both patterns below have two 每: a skeleton with one M at most has neither)
  if (v.sk.indexOf("M") === v.sk.lastIndexOf("M")) return null;
  // (每届每项按照国家级、省级…分别加8分、6分…: points by level, listed after 分别 — nothing counted per 每)
  if (/分别|依次/.test(v.c.s) && /P(?:lP){1,}/.test(v.sk)) return null;
  for (const [a, b] of v.all(/MtM[WQt]{0,2}N/g)) {
    // (每人每次: person-times, one figure — personTimes)
    if (b - a === 4 && personTimesAt(v, a)) continue;
    // the unit is the word just before the second 每 (每班, 每新设班级: 班级)
    const words = v.c.text(v.tok(a + 1)).trim();
    if (!/^[\u4e00-\u9fff]{1,8}$/.test(words)) continue;
    const unit = words.slice(-2);
    if (DATE_UNITS.has(unit) || TIME_UNITS.has(unit) || DATE_UNITS.has(unit.slice(-1))) continue;
    return v.c.s.slice(v.tok(a).s, v.tok(b - 1).e);
  }
  // 每一人每一次 (每1人每1次): the same with the first unit counted as one
  for (const [a, b] of v.all(/MNM[WQt]{0,2}N/g)) {
    const first = v.tok(a + 1);
    const unit = first.unit ?? "";
    if (first.n !== 1 || first.hi !== undefined || unit === "" || DATE_UNITS.has(unit) || TIME_UNITS.has(unit)) continue;
    if (b - a === 4 && personTimesAt(v, a)) continue;
    return v.c.s.slice(v.tok(a).s, v.tok(b - 1).e);
  }
  return null;
}

/** 扣分 with no amount (否则相应扣分, 予以扣分, 倒扣分): nothing to compute. */
function vague(v: View): Outcome | null {
  if (!v.has("d")) return null;
  // 按照未完成事项进行扣分,每项扣5分: the deduction announced (进行扣分, 予以扣分), then how much at once
  const said = v.first(/td,M[tWGQ]{0,2}N[DA]P/);
  if (said && v.sk.indexOf("d") === said[0] + 1 && v.sk.indexOf("d", said[0] + 2) < 0 && /(?:进行|予以|给予)\s*$/.test(v.c.text(v.tok(said[0])))) {
    v.use(said[0] + 1);
    return null;
  }
  // 没有完成的扣分,每低于目标值2%扣1分: the deduction announced for the failing, then its step right after it
  const d = v.sk.indexOf("d");
  if (v.sk.indexOf("d", d + 1) < 0 && v.first(/d,M[WQc]?[OR],?DP/)?.[0] === d) {
    v.use(d);
    return null;
  }
  // …一次扣1分扣完为止(在加10分的前提上进行扣分), (从本项得分中扣除): a note in brackets naming the base the
  // deductions come off, no amount of its own — the amount is the clause's step, said outside the note
  if (v.sk.indexOf("d", d + 1) < 0) {
    const open = v.sk.lastIndexOf("(", d);
    const close = v.sk.indexOf(")", d);
    const note = open >= 0 && close > d && v.sk.indexOf(")", open) === close ? v.c.s.slice(v.tok(open).s, v.tok(close).e) : "";
    const inside = v.sk.slice(open + 1, close);
    // (在 may be read as a comparator, 6分 as a figure: the note's figures are the item's points or none)
    const pointsInside = [...inside].flatMap((k, i) => (k === "P" || k === "R" ? [num(v.tok(open + 1 + i))] : []));
    const outside = v.sk.slice(0, open) + v.sk.slice(close + 1);
    // (…计6分;…(在8分的基础上进行扣分): a base other than the points the clause gives is not said to be them)
    const earnedBefore = v.all(/EP/g).filter(([a]) => a < open).map(([a]) => num(v.tok(a + 1)));
    if (note !== "" && BASE_NOTE.test(note.replace(/\s/g, "")) && /^[tcEPRKd]+$/.test(inside) && /[DA]P/.test(outside) &&
      pointsInside.every((n) => n === v.c.max && earnedBefore.every((e) => e === n))) {
      v.useRange(open, close + 1);
      return null;
    }
  }
  return failure("vague-deduction");
}
/** a note that names the base deductions come off: (在加10分的前提上进行扣分), (在本项得分基础上扣分), (从总分中扣除) */
const BASE_NOTE = /^\((?:在|从)[^()]{0,12}?(?:基础上|前提上|基础分上|基础分中|得分中|总分中|分值中)(?:再|进行|予以)?扣(?:分|除)\)$/;

/** 半年考核时此项均默认为满分, alone or around another clause. */
function periodDefault(v: View): Outcome | null {
  const b = v.find("B", 0, v.sk.length);
  if (b < 0) return null;
  let t = -1;
  for (let p = b - 1; p >= 0 && v.sk[p] !== ";"; p--) if (v.sk[p] === "T") { t = p; break; }
  if (t < 0) return null;
  const period: Period = v.tok(t).half ? "half-year" : "full-year";
  v.use(t, b);
  // the note's own span, with its parentheses when it is one
  let from = t;
  let to = b + 1;
  while (from > 0 && (v.sk[from - 1] === "t" || v.sk[from - 1] === "N")) from--;
  if (from > 0 && v.sk[from - 1] === "(" && v.sk[to] === ")") {
    from--;
    to++;
  }
  const rest = v.without(from, to);
  if (!/[PRY]/.test(rest.sk)) return { kind: "period-default", period, rule: null };
  const inner = natural(rest);
  if (isFailure(inner)) return inner;
  return { kind: "period-default", period, rule: inner };
}

/** 上半年…;全年…: two standards, one per assessment, each led by its period word. */
function byPeriod(v: View): Outcome | null {
  const leads: Array<{ p: number; half: boolean; part: number }> = [];
  let part = 0;
  let scored = false;
  let led = -1;
  for (let p = 0; p < v.sk.length && leads.length < 8; p++) {
    const k = v.sk[p];
    if (k === ";") {
      part++;
      scored = false;
    } else if (k === "T" && !scored && led !== part) {
      leads.push({ p, half: !!v.tok(p).half, part });
      led = part;
    } else if ("REDA".includes(k)) {
      scored = true;
    }
  }
  const half = leads.find((l) => l.half);
  const full = leads.find((l) => !l.half);
  if (!half || !full || half.part === full.part) return null;
  const second = Math.max(half.p, full.p);
  let cut = -1;
  for (let p = second; p >= 0; p--) if (v.sk[p] === ";") { cut = p; break; }
  if (cut < Math.min(half.p, full.p)) return null;
  const left = v.sub(0, cut);
  const right = v.sub(cut + 1, v.sk.length);
  const scores = /[EDA][PU(]/;
  if (!scores.test(left.sk) || !scores.test(right.sk)) return null;
  const a = natural(left);
  const b = natural(right);
  if (isFailure(a) || isFailure(b)) return null;
  v.use(half.p, full.p);
  const [h, f] = half.p < full.p ? [a, b] : [b, a];
  return { kind: "by-period", halfYear: h, fullYear: f };
}

function veto(v: View): Outcome | null {
  const p = v.find("V", 0, v.sk.length);
  if (p < 0) return null;
  // 即单项否决: the item scores nothing, or the unit is vetoed on this one item — documents use it both ways
  if (/单项(?:一票)?否决/.test(v.c.s)) return failure("item-veto");
  // 考核项中加“*”号的为必须符合项,…实行一票否决: the condition is other items' results, not this row's
  const marked = MARKED_ITEMS.exec(v.c.s);
  if (marked) return failure("veto-of-marked", { text: marked[0] });
  // 少任一種證件不得分(實行“一票否決”) for an item worth 4: the failing zeroes the item and vetoes the unit
  if (v.has("P") || (v.has("0") && v.c.max !== undefined)) return vetoWithPoints(v, p);
  // 有下列情况之一的…一票否决:1.…;2.…: several conditions, each its own answer
  if (numberedParts(v) >= 2) return failure("veto-list");
  v.use(p);
  return { kind: "veto" };
}

/** items marked elsewhere in the table (加“*”号的, 带★的, 标▲的) or named as a class of items (必须符合项) */
const MARKED_ITEMS = /(?:加|带|标|标有|注有|打|注)\s*["“”'‘’]?\s*[*★☆※▲△#]+\s*["“”'‘’]?\s*号?\s*的?\s*(?:项|为|条|指标|内容)|必须符合项|必备项|关键项/;

/** numbered parts (1.… 2.… or 1、… 2、…) that follow a separator or open the clause, counted in order */
function numberedParts(v: View): number {
  let expect = 1;
  let found = 0;
  for (let p = 0; p < v.sk.length; p++) {
    const t = v.tok(p);
    if (t.k !== "N" || t.unit !== "" || t.hi !== undefined) continue;
    // (1)…(2)…: the number in parentheses after a separator
    const bracketed = p > 0 && v.sk[p - 1] === "(" && v.sk[p + 1] === ")" && (p === 1 || ";,".includes(v.sk[p - 2]));
    if (!bracketed) {
      if (v.sk[p + 1] !== "l" && (v.sk[p + 1] !== "t" || !/^[.、]/.test(v.c.text(v.tok(p + 1))))) continue;
      if (p > 0 && !";,".includes(v.sk[p - 1])) continue;
    }
    // the clause's own leading "1." is stripped before lexing: a list may start at 2 (the 1 unnumbered)
    if (found === 0 && t.n === 2 && p > 0) {
      found = 1;
      expect = 2;
    }
    if (t.n !== expect) continue;
    found++;
    expect++;
  }
  return found;
}

/**
 * 全年无火灾得10分,发生森林火灾无分,并实行一票否决: a veto with no condition of its own (并实行,
 * 本条实行) goes with the event that takes the points, when the rest is a fixed deduction of one
 * event. A veto with its own condition (出现重大事故的予以一票否决) beside points is two rules.
 */
function vetoWithPoints(v: View, p: number): Outcome {
  let a = p;
  while (a > 0 && !",;(".includes(v.sk[a - 1])) a--;
  const said = v.between(a, p).replace(/[“”"'\s]/g, "");
  if (!/^(?:并|同时|且)?(?:本条|本项|此项|该项)?(?:实行|予以|给予|执行|实施)?$/.test(said)) return failure("veto-with-points");
  let b = p + 1;
  while (b < v.sk.length && v.sk[b] === "t" && /^[“”"'\s。.]*$/.test(v.c.text(v.tok(b)))) b++;
  // (实行“一票否决”): the note's brackets go with it
  if (a > 0 && v.sk[a - 1] === "(" && v.sk[b] === ")") {
    v.use(a - 1, b);
    a--;
    b++;
  }
  const inner = rest(v.without(a, b));
  if (isFailure(inner)) return inner;
  v.use(p);
  // …不得分 with nothing earned: the failing takes the whole item (all-or-nothing's "no")
  const innerView = v.without(a, b);
  if (inner.kind === "all-or-nothing" && inner.points === null && v.c.max !== undefined && !/[EP]/.test(innerView.sk)) {
    // (…之一的不得分;有乱收费行为的不得分: each failing zeroes the item, any of them is the event)
    for (let q = 0; q < innerView.sk.length; q++) if (innerView.sk[q] === "0") innerView.use(q);
    return { kind: "fixed-deduction", points: v.c.max, addOn: false, veto: true };
  }
  if (inner.kind !== "fixed-deduction" || inner.addOn) return failure("veto-with-points");
  return { ...inner, veto: true };
}

/** 加倍扣分, 按3倍扣分, 扣分加倍 */
function doubled(v: View): Outcome | null {
  const m = v.first(/X[td]|dX/);
  if (!m) return null;
  const x = v.sk[m[0]] === "X" ? m[0] : m[0] + 1;
  // (旷工按1:3倍工资扣除, 按2倍奖金扣: a multiple of the wage or of another figure not in the sheet, not of the points)
  if (x === m[0] && !/^\s*(?:[扣罚减处计记]|进行)/.test(v.c.text(v.tok(x + 1)))) return null;
  v.useRange(m[0], m[1]);
  return { kind: "doubled", factor: v.tok(x).n ?? 2 };
}
