/**
 * Recognisers of rates and money: a rate × points (得分值=完成率×20), the share of the score cut
 * (扣减20%的考核得分), money tiers by rate (达95%的奖村500元), and the rate rules — a full-points
 * threshold, a per-point step, a cut-off, 否则不计分 — or points in proportion (按完成比例得分).
 */
import type { Token } from "./lexer";
import type { MeasureUnit, RateTier, RateUnit, Threshold, Tier } from "../types";
import { type Outcome, type View, capAfter, comparatorAt, earnings, failure, measureOf, num } from "./view";
import { normalizeClause } from "./normalize";
import { completesTarget } from "./refine";

/** what the other side of × names for the rule to be a rate times points: a rate, a share, a ratio (完成投资占年度计划的比) */
const RATE_WORD = /率|比例|比重|百分比|占[\u4e00-\u9fff]{1,14}比/;
/** what may follow the factor: the verb of the whole (计分, 计算, 得分) */
const AFTER_FACTOR = /^\s*(?:分)?\s*(?:计分|得分|计算|赋分|记分|给分|计|为准)?\s*$/;

/**
 * 得分值=完成率×20, 以实际评定的好路率X120, 按60分乘以完成投资占年度计划的比, 以覆盖率乘以10分计分: the
 * rate (in percent, 100% at most) times the points; 4×实达标数: the figure times 4.
 */
export function times(v: View): Outcome | null {
  const x = v.find("x", 0, v.sk.length);
  if (x < 0 || v.find("x", x + 1, v.sk.length) >= 0) return factorFirst(v);
  // the factor right after × (率×20, 率X120, 率乘以10分), else right before it (60分乘以…的比)
  const f = v.sk[x + 1] === "N" || v.sk[x + 1] === "P" ? x + 1 : x > 0 && (v.sk[x - 1] === "N" || v.sk[x - 1] === "P") ? x - 1 : -1;
  if (f < 0) return factorFirst(v);
  const factor = v.tok(f);
  // (率x20计分: the lexer may take 计 for the number's measure word)
  if (factor.hi !== undefined || (factor.k === "N" && !/^(?:|计|记|得|赋)$/.test(factor.unit ?? ""))) return null;
  const full = num(factor);
  // the rate named on the other side, within its sentence (水、电、路等…完成率(超过100%以100%计算)×10);
  // nothing else scored in the clause
  const rateSide = f < x ? v.c.s.slice(v.tok(x).e).split(/[;,]/)[0] : v.c.s.slice(0, v.tok(x).s).split(/[;,]/).pop() ?? "";
  if (!RATE_WORD.test(rateSide)) return factorFirst(v);
  if (!(full > 0)) return null;
  // "(超过100%以100%计算)": what the rule already does
  const capped: number[] = [];
  for (let p = 0; p < v.sk.length; p++) {
    const k = v.sk[p];
    if (p === x || p === f) continue;
    if (k === "R" && v.tok(p).n === 100 && v.tok(p).unit === "%") {
      capped.push(p);
      if (p > 0 && v.sk[p - 1] === "c") capped.push(p - 1);
      continue;
    }
    if (k === "c" && v.sk[p + 1] === "R") continue;
    if (!"tKl;,()".includes(k)) return null;
  }
  // after the factor, only the verb of the whole (计分, 计算), or the note
  if (f > x && f + 1 < v.sk.length && v.sk[f + 1] === "t" && !AFTER_FACTOR.test(v.c.text(v.tok(f + 1)))) return null;
  const max = v.c.max;
  // 完成率×20 for an item worth 10: which is meant is not said
  if (max !== undefined && full > max) return failure("above-max", { points: full, max });
  v.use(x, f, ...capped);
  return { kind: "rate-per-point-to-zero", unit: "%", target: { cmp: ">=", bound: 100 }, full, step: 100, perStep: full };
}

/** 4×实达标数 (a table's formula column): the figure in the value cell times the factor, the item's max at most. */
function factorFirst(v: View): Outcome | null {
  const m = v.first(/^Nxt[;,]?(?:\([t,;]*\))?[;,]?$/);
  if (!m) return null;
  const n = v.tok(0);
  if (n.unit !== "" || n.hi !== undefined || !(num(n) > 0)) return null;
  v.useRange(m[0], m[1]);
  return { kind: "proportional", unit: "", per: 1, points: num(n), cap: null };
}

/** 扣减20%的考核得分; 考核得分扣除10% */
export function percentageCut(v: View): Outcome | null {
  const m = v.first(/DRt?K|KDR/);
  if (!m) return null;
  const r = v.find("R", m[0], m[1]);
  if (v.tok(r).unit !== "%") return null;
  v.useRange(m[0], m[1]);
  return { kind: "percentage-cut", percent: num(v.tok(r)) };
}

/** the last rate named before a step is one of failings (不及格率, 差错率, 违规率, 投诉率, 事故发生率, 漏报率 …) */
const FAILING_RATE = /(?:不|未|差错|错|违|漏|迟|误|投诉|事故|流失|辍学|死亡|缺)[\u4e00-\u9fff]{0,4}(?:率|比)[^,;。率比]{0,12}$/;
function failingRate(before: string): boolean {
  const at = Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf("。"));
  return FAILING_RATE.test(before.slice(at + 1));
}

/** 三查到位率达95%的奖村500元,90%的奖200元,不足90%的罚300元 */
export function money(v: View): Outcome | null {
  if (!v.has("Y")) return null;
  const tiers: Tier[] = [];
  let unit: RateUnit | "" = "";
  const scales = new Set<string>();
  let step: string | null = null;
  for (const [a, b] of v.all(/c?[RN]a?t?[ED]t?Y/g)) {
    const boundAt = v.sk[a] === "c" ? a + 1 : a;
    const bound = v.tok(boundAt);
    // 每少1人扣500元, 少签1例扣5元: money per one short (or per one more), not a tier bounded at 1
    const before = boundAt > 0 ? v.tok(boundAt - 1) : undefined;
    // 迟到一次罚款20元: one occurrence with no comparator (no 达, no 以上) is money per occurrence too, not a bound of 1
    const perOne = bound.k === "N" && bound.n === 1 && bound.hi === undefined && (bound.unit ?? "") !== "" && !/[元万亿千百]/.test(bound.unit ?? "") && v.sk[a] !== "c" && v.sk[boundAt + 1] !== "a";
    if (perOne || (before && (before.k === "M" || before.k === "Q" || (before.k === "t" && /(?:每|少|缺|差|欠|多|超)[\u4e00-\u9fff]?$/.test(v.c.text(before)))))) {
      step = v.c.s.slice((before ?? bound).s, v.tok(b - 1).e);
    }
    scales.add(bound.k === "R" ? `R${bound.unit ?? ""}` : `N${bound.unit ?? ""}`);
    const { cmp } = comparatorAt(v, boundAt, ">=");
    if (bound.k === "R") unit = bound.unit === "‰" ? "‰" : "%";
    const verb = v.tok(v.find(v.sk.slice(a, b).includes("E") ? "E" : "D", a, b));
    const amount = num(v.tok(b - 1)) * (verb.k === "D" ? -1 : 1);
    tiers.push({ cmp, bound: num(bound), amount });
    v.useRange(a, b);
  }
  if (tiers.length < 2) return null;
  // (tiers on two scales — a rate and a count — are not one table either)
  if (step !== null || scales.size > 1) return failure("money-per-unit", { text: step ?? v.c.s.slice(v.tok(0).s, v.tok(v.sk.length - 1).e) });
  // 达到5000万元的奖励10000元: bounds counted in 万 (亿, 千), a scale the rule does not keep — 4000万元 typed would be
  // read as 40,000,000 against 5000
  const scaled = [...scales].find((x) => /^N.*[万亿千百]/.test(x));
  if (scaled !== undefined) return failure("money-scale", { unit: scaled.slice(1) });
  return { kind: "money-tiers", unit, currency: "元", tiers };
}

/** a step's direction said before its figure: up (超出, 高于, 增, 提高) or down (低于, 减少, 未完成) */
const UP_WORD = /(?:超出|超过|高于|多于|增加|增长|提高|上升|每增|每超|每多|每高)[^,;]{0,10}$|^(?:超|高|增|多)/;
const DOWN_WORD = /(?:低于|少于|减少|下降|降低|不足|每减|每少|每低|每降)[^,;]{0,10}$|^(?:低|少|减|降|欠)/;

/** 每上升或下降 10%,加减 1 分: 每, a word up, 或/和 and a word down (however the lexer cut them), the rate, then 加 + 减 and the points — [每, end, the rate] */
const JOINED_DIRECTIONS = /^(?:增加|增长|提高|上升|增|升)\s*(?:或|和|及)\s*(?:减少|降低|下降|减|降)$/;
function joinedBoth(v: View): [number, number, number] | null {
  for (let a = 0; a < v.sk.length; a++) {
    if (v.sk[a] !== "M") continue;
    let o = a + 1;
    while (o < v.sk.length && o <= a + 3 && !"OR".includes(v.sk[o])) o++;
    if (o >= v.sk.length || !"OR".includes(v.sk[o]) || !/^[tWQc]+$/.test(v.sk.slice(a + 1, o))) continue;
    if (!JOINED_DIRECTIONS.test(v.between(a + 1, o).replace(/\s/g, ""))) continue;
    const r = v.tok(o);
    if (r.hi !== undefined || (r.k === "R" && r.unit !== "%")) return null;
    const verbs = v.sk[o + 1] === "," ? o + 2 : o + 1;
    if (v.sk.slice(verbs, verbs + 3) !== "tDP" || v.c.text(v.tok(verbs)).trim() !== "加" || v.tok(verbs + 1).w !== "减") return null;
    return [a, verbs + 3, o];
  }
  return null;
}

/**
 * 按时间进度完成县指导计划数计300分,高于计划数1个百分点加5分,但最高加分不超过50分;低于计划数1个百分点扣5分 /
 * 完成年度增长8%的目标任务,得全部基本分。每超出目标数1个百分点再加1分,最高加分不超过30分;…每低于目标数一个百分点
 * 扣2分 / 增长20%的得20分,每增(减)1个百分点加(减)5分: a target with its points, a step up that adds (its own
 * cap, or the item's max) and a step down that takes, floored at 0. The target is the rate said before the
 * steps, or 100% where the text before them is a plan or task done (完成…计划数). Both steps must be said.
 */
export function bothWays(v: View): Outcome | null {
  // (a step up and a step down are said: both kinds of verb, and a word up and a word down)
  if ((!v.has("O") && !v.has("R")) || !/[增超高多提升]/.test(v.c.s) || !/[减低少降欠]/.test(v.c.s)) return null;
  let up: { step: number; per: number; at: [number, number] } | null = null;
  let down: { step: number; per: number; at: [number, number] } | null = null;
  // 每增(减)1个百分点加(减)5分: both directions in one step
  const both = v.first(/Mt\(t\)[OR]t\(t\)P/);
  const joined = both ? null : joinedBoth(v);
  if (both) {
    const [a, b] = both;
    const said = (p: number): string => v.c.text(v.tok(p)).trim();
    if (!/^(?:增|增加|提高|上升|超|多)$/.test(said(a + 1)) || !/^(?:减|减少|降低|下降|少)$/.test(said(a + 3))) return null;
    if (!/^(?:加|得|计)$/.test(said(a + 6)) || !/^(?:减|扣|扣减)$/.test(said(a + 8))) return null;
    const o = v.tok(a + 5);
    if (o.k === "R" && o.unit !== "%") return null;
    up = down = { step: num(o), per: num(v.tok(b - 1)), at: [a, b] };
  } else if (joined !== null) {
    // 每上升或下降10%,加减1分: both directions joined by 或 in one step, both verbs in one word (加减)
    const [a, b, o] = joined;
    up = down = { step: num(v.tok(o)), per: num(v.tok(b - 1)), at: [a, b] };
  } else {
    for (const [a, b] of v.all(/(?:M[Wc]?)?t?[OR]t?[ED]P/g)) {
      const o = v.find("O", a, b) >= 0 ? v.find("O", a, b) : v.find("R", a, b);
      const ed = v.find("E", o, b) >= 0 ? v.find("E", o, b) : v.find("D", o, b);
      if (o < 0 || ed < 0 || v.tok(o).hi !== undefined || (v.tok(o).k === "R" && v.tok(o).unit !== "%")) continue;
      // the direction: 每 and its word, or the text just before the figure (高于计划数1个百分点)
      const words = v.between(a, o);
      if (v.sk[a] !== "M" && !/^(?:高于|低于|超出|超过|多于|少于|每)/.test(words)) continue;
      const isUp = UP_WORD.test(words);
      const isDown = DOWN_WORD.test(words);
      if (isUp === isDown) continue;
      // (再加1分, 从基本分中扣2分: words between the figure and the verb)
      if (v.sk[o + 1] === "t" && !/^(?:的|再|另|的再|从基本分中|从基础分中|从该项分中)$/.test(v.c.text(v.tok(o + 1)).trim())) continue;
      const step = { step: num(v.tok(o)), per: num(v.tok(b - 1)), at: [a, b] as [number, number] };
      if (isUp && v.sk[ed] === "E" && up === null) up = step;
      else if (isDown && v.sk[ed] === "D" && down === null) down = step;
      else return null;
    }
  }
  if (up === null || down === null || !(up.step > 0) || !(down.step > 0)) return null;
  const first = Math.min(up.at[0], down.at[0]);
  // the target and its points, before the steps
  const base = v.sk.slice(0, first);
  const rs: number[] = [];
  for (let p = 0; p < first; p++) if (base[p] === "R") rs.push(p);
  const es = earnings(v).filter((e) => e < first);
  if (rs.length > 1 || es.length > 1) return null;
  let bound = 100;
  let said: [number, number] = [0, 0];
  if (rs.length === 1) {
    const r = v.tok(rs[0]);
    if (r.unit !== "%" || r.hi !== undefined) return null;
    // (达到90%, 90%以上: the target reached or passed)
    const c = comparatorAt(v, rs[0], ">=");
    if (c.cmp !== ">=") return null;
    said = [c.from, c.to];
    bound = num(r);
  } else if (!/完成[^,;]{0,16}(?:计划|任务|目标)/.test(v.between(0, first))) {
    return null;
  }
  let full: number | null;
  if (es.length === 1 && v.sk[es[0] + 1] === "P") full = num(v.tok(es[0] + 1));
  else if (es.length === 0 && v.c.max !== undefined && /得(?:全部|全额)?(?:基本分|基础分|满分)/.test(v.between(0, first))) full = null;
  else if (es.length === 1 && v.sk[es[0] + 1] === "U" && v.c.max !== undefined) full = null;
  else return null;
  // the bonus's own cap, after the step up (但最高加分不超过50分, 最多加10分)
  let cap: number | null = null;
  const capAt = v.first(/Ct?C?[Et]?P/, up.at[1]);
  if (capAt && (capAt[0] < down.at[0] || down.at[0] < up.at[0])) {
    cap = num(v.tok(capAt[1] - 1));
    // (最高加至30分 after 得25分: the total the bonus may bring the points to, not the bonus's own cap)
    if (/(?:加|增)至|(?:加|增)到/.test(v.between(capAt[0], capAt[1]))) {
      if (full === null || !(cap > full)) return null;
      cap -= full;
    }
    v.useRange(capAt[0], capAt[1]);
  }
  // (未完成8%增长任务的: the target said again before the step down)
  for (let p = first; p < v.sk.length; p++) if (v.sk[p] === "R" && p !== v.find("R", up.at[0], up.at[1]) && p !== v.find("R", down.at[0], down.at[1]) && num(v.tok(p)) === bound && v.tok(p).unit === "%") v.use(p);
  v.useRange(said[0], said[1]);
  for (const e of es) v.use(e, e + 1);
  v.useRange(up.at[0], up.at[1]);
  v.useRange(down.at[0], down.at[1]);
  const floor = v.find("F", 0, v.sk.length);
  if (floor >= 0) v.use(floor);
  return { kind: "rate-per-point-to-zero", unit: "%", target: { cmp: ">=", bound }, full, step: down.step, perStep: down.per, above: { step: up.step, perStep: up.per, cap } };
}

/** a target not met, said after it (未完成, 未达到, 达不到的, 完不成的) */
const NOT_MET = /^(?:未完成|未达到|未达|没有完成|没完成|完不成|达不到|不足)(?:的|者|任务的|目标的)?$/;

/**
 * 总量200条得8分,未完成扣2分 / 报送信息30条以上得5分,未完成的扣2分 / 完成率达到90%得10分,未达到扣5分: a target
 * (a count in its measure word, or a rate) with its points, and a fixed deduction from them when it is not
 * met — two tiers of the quantity: met → the points, short → the points less the deduction, however short.
 */
function shortOfTarget(v: View): Outcome | null {
  if (!v.has("D") || !v.has("E")) return null;
  // (a trailing note in parentheses, 以台账资料为准, is no part of it)
  const m = /^([tT,l()]*?)(c?)([NR])a?t?,?EP[,;]([tJ])?,?DP[;,]?(?:\([t,;]*\)[;,]?)?$/.exec(v.sk);
  if (!m) return null;
  const at = m[1].length + m[2].length;
  const n = v.tok(at);
  const unit = n.k === "R" ? measureOf(n) : n.unit ?? "";
  if (n.hi !== undefined || unit === "" || DATE_OR_RANK.has(unit)) return null;
  // the failing word: the t or J just before the deduction (after its comma, if any)
  const d = v.sk.lastIndexOf("DP");
  const fail = v.sk[d - 1] === "," ? d - 2 : d - 1;
  const said = m[4] === undefined ? "" : v.sk[fail] === "J" ? v.tok(fail).w ?? "" : v.c.text(v.tok(fail)).trim();
  if (!NOT_MET.test(said)) return null;
  const c = comparatorAt(v, at, ">=");
  if (c.cmp !== ">=" && c.cmp !== ">") return null;
  const e = v.find("E", at, v.sk.length);
  const pts = num(v.tok(e + 1));
  const taken = num(v.tok(d + 1));
  if (!(taken > 0) || !(taken < pts) || v.tok(e + 1).hi !== undefined || v.tok(d + 1).hi !== undefined) return null;
  // 总量200条得8分 for an item worth 10: how the other 2 are earned is not said
  if (v.c.max !== undefined && pts < v.c.max) return failure("max-unreached", { max: v.c.max, full: pts });
  v.useRange(c.from, c.to);
  v.useRange(e, v.sk.length);
  const bound = num(n);
  return { kind: "rate-tiers", unit, tiers: [{ cmp: c.cmp, bound, amount: pts }, { cmp: c.cmp === ">=" ? "<" : "<=", bound, amount: pts - taken }] };
}
/** a figure in these is a date or a rank, not a quantity with a target */
const DATE_OR_RANK = new Set(["年", "月", "日", "号", "岁", "名", "周", "季度", "季"]);

/** Rates: the full-points threshold, a per-point step, a cut-off, 否则不计分. */
export function rate(v: View): Outcome | null {
  const twoWay = bothWays(v) ?? shortOfTarget(v);
  if (twoWay) return twoWay;
  const all = allRates(v);
  if (all) return all;
  const prop = proportional(v) ?? likewise(v) ?? overTarget(v) ?? rateTiers(v);
  if (prop) return prop;
  if (!v.has("R") && !/[OR]t?,?DP/.test(v.sk)) return null;
  const got = rateRule(v);
  if (got) return got;
  // the rate only describes the standard, a count of failings is scored: 出勤率100%计30分,…一次扣5分;
  // 随机抽查10%学校材料,每1所学校不合格,扣1分 (a sample's size)
  const standard = standardRate(v);
  if (standard >= 0) {
    v.c.rateStated = num(v.tok(standard));
    v.use(standard);
    if (standard > 0 && v.sk[standard - 1] === "c") v.use(standard - 1);
    return null;
  }
  if (/[EDA][PU]/.test(v.sk)) {
    return failure("rate-incomplete");
  }
  return null;
}

/** 按完成比例得分(40分): the max × the rate (100% gives full points). */
function proportional(v: View): Outcome | null {
  const p = v.find("p", 0, v.sk.length);
  if (p < 0) return null;
  const es = earnings(v).filter((e) => e < p && v.sk[e + 1] === "P");
  const parens: number[] = [];
  for (let q = 1; q + 1 < v.sk.length; q++) if (v.sk[q] === "P" && v.sk[q - 1] === "(" && v.sk[q + 1] === ")") parens.push(q);
  const full = es.length === 1 ? num(v.tok(es[0] + 1)) : v.c.max;
  if (full === undefined || !(full > 0) || es.length > 1) return null;
  // 按第1名的比例得分, 按实际到位资金的比例: in proportion to a figure the value cell does not hold
  let base = p - 1;
  while (base >= 0 && (v.sk[base] === "t" || v.sk[base] === "N") && !(v.sk[base] === "t" && v.c.text(v.tok(base)).includes("按"))) base--;
  const ofAnother = base >= 0 && v.sk[base] === "t" && v.sk.slice(base, p).includes("N");
  // 得分=(实际到位资金额/时序目标任务)×分值: a quotient of two figures
  const quotient = /=[^;]*[/÷]/.test(v.c.s);
  if (!v.c.text(v.tok(p)).startsWith("按") && (ofAnother || quotient)) {
    return failure("proportion-of-another");
  }
  // …不足者按比例折扣,缺课时超过三分之一(含三分之一)者计0分: a cut-off the proportion does not give — a
  // figure in the zero's condition, or a cut-off said in words only (完成不到一半的不得分); the
  // proportion's own 0 (该征收不去征收的,不记分) stays
  // (按比例得分,完成率低于60%的不得分: a cut-off rate said with its comparator is read, below)
  let cut: { cutoff: Threshold; at: [number, number] } | null = null;
  for (let z = p + 1; z < v.sk.length; z++) {
    if (v.sk[z] !== "0") continue;
    let a = z;
    while (a > p + 1 && !";".includes(v.sk[a - 1])) a--;
    const c: { cutoff: Threshold; at: [number, number] } | null = cut === null ? cutoffRate(v, a, z) : null;
    if (c !== null) {
      cut = c;
      continue;
    }
    if (/分之|[\d%]|[NR]/.test(v.between(a, z) + v.sk.slice(a, z))) return failure("rate-incomplete");
    if (/超过|超出|低于|少于|不足|以下|以上|未达|达不到|不到/.test(v.c.s.slice(v.tok(p).e, v.tok(z).s))) return failure("rate-incomplete");
  }
  v.use(p, ...parens);
  if (es.length === 1) v.use(es[0], es[0] + 1);
  // (达到…计满分,不足者按比例折扣: the full points at the target are the max the proportion gives)
  else for (const e of earnings(v)) if (e < p && v.sk[e + 1] === "U") v.use(e, e + 1);
  // (按比例扣除,扣完为止: the floor is what the proportion gives anyway)
  const floor = v.find("F", p, v.sk.length);
  if (floor >= 0 && v.tok(floor).n === undefined) v.use(floor);
  // 完成油菜良种推广和100%规范化育苗移栽配套的计7分,不足的按比例扣分: a 100% written into the task's
  // name (glued to the words after it) is what the task is, not a second figure
  for (let q = 0; q + 1 < v.sk.length; q++) {
    const r = v.tok(q);
    if (v.sk[q] !== "R" || r.n !== 100 || r.unit !== "%" || v.sk[q + 1] !== "t" || (q > 0 && v.sk[q - 1] === "c")) continue;
    const next = v.tok(q + 1);
    if (next.s === r.e && /^[\u4e00-\u9fff]/.test(v.c.text(next)) && !/^(?:的|以|及|计|得|为|或|和|达)/.test(v.c.text(next))) v.use(q);
  }
  // 年内查处案件10例以上;否则按完成比例得分(15分): the count over the target
  const target = v.first(/Na/);
  // (上报科普信息4篇以上记2分(完不成的按比例扣分): the target said before its points)
  if (target && target[1] <= p && (es.length === 0 || target[1] <= es[0]) && v.tok(target[0]).unit && v.tok(target[0]).hi === undefined && v.tok(target[1] - 1).w?.includes("以上")) {
    if (cut !== null) return failure("rate-incomplete");
    const n = v.tok(target[0]);
    if (!(num(n) > 0)) return null;
    v.useRange(target[0], target[1]);
    return { kind: "proportional", unit: n.unit ?? "", per: num(n), points: full, cap: full };
  }
  // 数量已达行政村数80%的得10分,未达总数80%的,按比例扣除,扣完为止: in proportion to the one target rate
  // said before (40% → 5), 100% when none is
  const bounds = new Set<number>();
  const at: number[] = [];
  for (let q = 0; q < p; q++) {
    if (v.sk[q] !== "R" || v.tok(q).unit !== "%" || v.c.used[v.idx[q]] || (cut !== null && q >= cut.at[0] && q < cut.at[1])) continue;
    bounds.add(num(v.tok(q)));
    at.push(q);
  }
  const bound = bounds.size === 1 ? [...bounds][0] : 100;
  if (bounds.size > 1 || !(bound > 0)) return failure("rate-incomplete");
  for (const q of at) {
    v.use(q);
    if (q > 0 && v.sk[q - 1] === "c") v.use(q - 1);
  }
  if (cut !== null) {
    // (数量已达80%的得10分,…按比例扣除,低于50%不得分: in proportion to a target below 100%, then a cut-off — not read)
    if (bound !== 100 || !(cut.cutoff.bound < 100) || !(cut.cutoff.bound > 0)) return failure("rate-incomplete");
    v.useRange(cut.at[0], cut.at[1]);
    return { kind: "rate-per-point-with-cutoff", unit: "%", target: { cmp: ">=", bound }, full: es.length === 1 ? full : null, step: bound, perStep: full, cutoff: cut.cutoff };
  }
  if (bound < 100) return { kind: "proportional", unit: "%", per: bound, points: full, cap: full };
  return { kind: "rate-per-point-to-zero", unit: "%", target: { cmp: ">=", bound }, full: es.length === 1 ? full : null, step: bound, perStep: full };
}

const DIGIT_WORD = "一二三四五六七八九十";
/** 缺课时超过三分之一(含三分之一)者: what is missing, more than (or, with 含 / 达到, at least) a fraction in words */
const MISSING_SHARE = /^[,;\s]*(?:缺|少|未完成|未达)[\u4e00-\u9fff]{0,4}?(超过|达到|达)\s*([一二三四五六七八九十])分之([一二三四五六七八九])\s*(\(\s*含\s*(?:[一二三四五六七八九十]分之[一二三四五六七八九])?\s*\))?\s*(?:者|的)?\s*$/;

/** The cut-off a missing share says (缺…超过三分之一(含) → the share done at most two thirds), or null. */
function missingShare(v: View, a: number, z: number): { cutoff: Threshold; at: [number, number] } | null {
  const m = MISSING_SHARE.exec(v.c.s.slice(v.tok(a).s, v.tok(z).s));
  if (!m) return null;
  const whole = DIGIT_WORD.indexOf(m[2]) + 1;
  const part = DIGIT_WORD.indexOf(m[3]) + 1;
  if (!(part < whole)) return null;
  const atLeast = m[1] !== "超过" || m[4] !== undefined;
  return { cutoff: { cmp: atLeast ? "<=" : "<", bound: 100 * (1 - part / whole) }, at: [a, z + 1] };
}

/**
 * 按比例得分,完成率低于60%的不得分: the one rate of a zero's sentence (from a to the zero at z), said with a
 * comparator below it (低于, 不足, 少于, 未达到, 以下), nothing else figured there — the cut-off, and the span read.
 */
function cutoffRate(v: View, a: number, z: number): { cutoff: Threshold; at: [number, number] } | null {
  let r = -1;
  for (let q = a; q < z; q++) {
    if (v.sk[q] === "R") {
      if (r >= 0) return null;
      r = q;
    } else if (!"tc,a()".includes(v.sk[q])) return null;
  }
  if (r < 0) return missingShare(v, a, z);
  if (v.tok(r).unit !== "%" || v.tok(r).hi !== undefined) return null;
  const c = comparatorAt(v, r, "<");
  if (!c.said || (c.cmp !== "<" && c.cmp !== "<=")) return null;
  // (低于60%(含60%)不得分: the bound itself is in)
  const inner = v.sk.slice(r + 1, r + 5) === "(tR)" && v.c.text(v.tok(r + 2)).trim() === "含" && num(v.tok(r + 3)) === num(v.tok(r));
  if (!inner && v.sk[r + 1] === "(") return null;
  const words = v.c.s.slice(v.tok(a).s, v.tok(c.from).s);
  // (a figure of something else, 缺课超过…: the words before it name no rate)
  if (/超过|超出|高于|多于|以上/.test(words)) return null;
  return { cutoff: { cmp: inner && c.cmp === "<" ? "<=" : c.cmp, bound: num(v.tok(r)) }, at: [c.from, z + 1] };
}

function rateRule(v: View): Outcome | null {
  // 每降低1个百分点扣2.5分; 下降1个百分点扣1分 (no 每)
  let step = v.first(/M[WQc]?[OR],?t?,?DP/);
  if (!step) {
    // (下降1个百分点的扣1分: a 的 before the verb)
    const bare = v.first(/t[OR],?t?,?DP/);
    const de = bare !== null && v.sk[bare[1] - 3] === "t" && bare[1] - 3 > bare[0] ? v.c.text(v.tok(bare[1] - 3)).trim() : "的";
    if (bare && de === "的" && /(?:下降|降低|减少|每低|每少)$/.test(v.c.text(v.tok(bare[0])))) step = [bare[0] + 1, bare[1]];
  }
  if (!step) {
    // 少于1个百分点扣2分 (每 left out before a comparator): a step of rate points
    const bare = v.first(/cO,?DP/);
    if (bare && ["少于", "低于"].includes(v.tok(bare[0]).w ?? "")) step = bare;
  }
  // the full-points threshold: 达到50%以上计30分 / 不低于95%的,得2分 / 95%(含95%)不扣分 / 达92%(12分)
  // (骨灰入墓率达100%(按程序报批,…也算入墓率)(20分): a note of words only between the bound and its points)
  let tm = v.first(/c?Ra?(?:\([tR]{1,3}\)|\(t[tl,]{0,11}\))?t?,?t?(?:E[PU]|U|[;,]?\(P\))/);
  // (每提高1%加0.5分: a step up, 每 and its direction before the figure — no bound reached once)
  if (tm && v.sk[tm[0]] === "R" && (v.sk[tm[0] - 1] === "M" || (/[WcQt]/.test(v.sk[tm[0] - 1] ?? "") && v.sk[tm[0] - 2] === "M" && v.c.text(v.tok(tm[0] - 1)).trim().length <= 4))) tm = null;
  let t: Threshold;
  let full: number | null;
  let rTok: Token;
  if (tm && (!step || tm[0] < step[0])) {
    const rAt = v.find("R", tm[0], tm[1]);
    rTok = v.tok(rAt);
    t = { cmp: comparatorAt(v, rAt, ">=").cmp, bound: num(rTok) };
    const pts = v.tok(v.sk[tm[1] - 1] === ")" ? tm[1] - 2 : tm[1] - 1);
    full = pts.k === "U" ? null : num(pts);
  } else if (step) {
    // 未达100%的,每低1个百分点扣1分: the bound before the step is the target, full points the max
    const below = v.first(/cRa?t?,?/);
    const words = below ? v.tok(below[0]).w ?? "" : "";
    // a bound the rate must not pass: 超过10%的 (then 每超…), ≦100% / ≦0 (then 计N分;每超过…)
    const bound = v.first(/c[RN]a?t?,?/);
    const boundWord = bound ? v.tok(bound[0]).w ?? "" : "";
    const boundTok = bound ? v.tok(bound[0] + 1) : undefined;
    const atMost = bound && boundTok && (boundTok.k === "R" || (num(boundTok) === 0 && (boundTok.unit ?? "") === "")) &&
      ["超过", "超出", "高于", "大于", "≤", "≦", "<=", "不超过", "不高于", "不大于", "小于等于", "小于或等于", "低于或等于"].includes(boundWord) ? bound : null;
    if (below && below[1] <= step[0] && ["未达到", "未达", "低于", "不足", "小于", "少于"].includes(words)) {
      tm = below;
      rTok = v.tok(below[0] + 1);
      t = { cmp: ">=", bound: num(rTok) };
      full = null;
    } else if (atMost && atMost[1] <= step[0] && /^(?:超|高|增|多|上升)/.test(stepWord(v, step[0]))) {
      // 结案比超过10%的,每超一个百分点扣0.4分; 控制率≦100%,计5分;每超过一个百分点扣0.5分; 变动率≦0,…:
      // at most the bound keeps the points, each point above takes (a bound of 0 needs no unit)
      tm = atMost;
      const b = v.tok(atMost[0] + 1);
      rTok = b.k === "R" ? b : { ...b, k: "R", unit: "%" };
      t = { cmp: "<=", bound: num(rTok) };
      const e = earnings(v).find((p) => p >= atMost[1] && p < step[0] && v.sk[p + 1] === "P");
      full = e !== undefined ? num(v.tok(e + 1)) : null;
      if (e !== undefined) tm = [atMost[0], e + 2];
    } else if (below && below[1] <= step[0] && (["大于等于", "大于或等于", "高于或等于", "不低于", "不少于", "不小于", "≥", ">="].includes(words) ||
      // 覆盖率达到100%每少1个百分点扣1分: the rate to reach, then each point short takes — no points of its own, the max
      (["达到", "达"].includes(words) && /^(?:少|低|降|减|差|欠|不足|下降|下滑)/.test(stepWord(v, step[0])) && earnings(v).length === 0))) {
      // 标准大于等于95%,每少1个百分点扣2分: the target stated, full points the max
      tm = below;
      rTok = v.tok(below[0] + 1);
      t = { cmp: ">=", bound: num(rTok) };
      full = null;
    } else {
      // 完成…任务得15分,每减少10%扣2分 / 报考率每降低1个百分点扣0.2分: full points at 100%
      // (完成目标任务的得满分,每少1%扣0.5分: the full points the max)
      const e = earnings(v).find((p) => p < step[0] && (v.sk[p + 1] === "P" || v.sk[p + 1] === "U"));
      const r = v.tok(v.find(v.sk.slice(step[0], step[1]).includes("O") ? "O" : "R", step[0], step[1]));
      const before = v.c.s.slice(0, v.tok(step[0]).s);
      const target = targetBefore(v, step[0], r);
      if (target >= 0) {
        // 压缩往年陈欠20%每差1%扣5分 / 参合率95%,每低1个百分点扣1分: the one rate said just before a step down,
        // with no comparator and no points of its own, is the target; full points the max
        tm = [target, target + 1];
        rTok = v.tok(target);
        t = { cmp: ">=", bound: num(rTok) };
        full = null;
      } else {
      // (a failing word is no bound: 未达到要求 reads as 不达标)
      let said = before;
      for (let q = 0; q < step[0]; q++) if (v.sk[q] === "J") said = said.slice(0, v.tok(q).s) + " ".repeat(v.tok(q).e - v.tok(q).s) + said.slice(v.tok(q).e);
      if (/高于|低于|不少于|不低于|达到|超过|平均/.test(said) || v.has("R") && r.k !== "R") return null;
      // 变动率≦0,计5分;>0,每超过一个百分点扣0.5分: a bound said before the step is the target, not 100%
      for (let q = 0; q + 1 < step[0]; q++) if (v.sk[q] === "c" && (v.sk[q + 1] === "N" || v.sk[q + 1] === "R")) return null;
      if (e !== undefined && !(r.k === "R" && r.unit === "%") && r.k !== "O") return null;
      // 未完成省下达责任指标的,每低0.1个百分点扣0.3分: the target is a figure set elsewhere, not 100%
      if (/指标/.test(before) && !v.has("R")) return null;
      const dir = stepWord(v, step[0]);
      // 差错率每超过1个百分点扣0.4分 with no bound said: above what is not said (it is not a shortfall from 100%)
      if (/^(?:超|高|增|多|上升)/.test(dir)) return null;
      if (dir === "" && e === undefined && (/占/.test(before) || failingRate(before)) && !v.has("R")) {
        // 超审限未结案件占未结案件总数每1个百分点扣0.4分: a share of failings, each point of it takes points
        // (不及格率每1个百分点扣1分, 差错率…: the rate named is of failings, not a shortfall from 100%)
        tm = [step[0], step[0]];
        rTok = r.k === "R" ? r : { ...r, unit: "%" };
        t = { cmp: "<=", bound: 0 };
        full = null;
      } else {
        // 查看资料,每低5%扣1分 under 工业用水重复利用率(≥75%,标准分5): the one rate the item states is the
        // target; with none, 100% only where the clause names its rate (报考率每降低1个百分点…) or the item
        // a plan or task to complete (确保完成…计划 | 每差1%扣10分), else the target is unsaid
        const stated = itemTarget(v.c.item);
        if (stated === "several") return null;
        // (完成目标值得基本分;…每低于目标值2%扣1分: the clause itself gives its points for completing a target, 100% of it)
        if (stated === null && e === undefined && !/率|比例|比重|占比/.test(before) && !/完成|计划|任务/.test(v.c.item ?? "") && !completesTarget(v.c.s)) return null;
        tm = e !== undefined ? [e, e + 2] : [step[0], step[0]];
        rTok = r.k === "R" ? r : { ...r, unit: "%" };
        t = { cmp: ">=", bound: stated ?? 100 };
        full = e !== undefined && v.sk[e + 1] === "P" ? num(v.tok(e + 1)) : null;
      }
      }
    }
  } else {
    return null;
  }
  const unit = measureOf(rTok);
  const used: Array<[number, number]> = [[tm[0], tm[1]]];

  let stepSize = 1;
  let perStep = 0;
  if (step && step[0] < tm[1]) return null;
  // 通过率达到40%以上得2分,每超过10个百分点扣0.5分: a deduction per step the other way from the target (above a
  // floor to reach, below a ceiling not to pass) — which side the step counts from is not said; never a shortfall
  if (step) {
    const dir = stepWord(v, step[0]);
    const up = /^(?:超|高|增|多|上升|提高|上涨)/.test(dir);
    const down = /^(?:少|低|降|减|差|欠|不足|下降|下滑)/.test(dir);
    if (((t.cmp === ">=" || t.cmp === ">") && up) || ((t.cmp === "<=" || t.cmp === "<") && down)) return failure("rate-step-against");
  }
  if (step) {
    const o = v.find(v.sk.slice(step[0], step[1]).includes("O") ? "O" : "R", step[0], step[1]);
    stepSize = num(v.tok(o));
    perStep = num(v.tok(step[1] - 1));
    if (!(stepSize > 0)) return null;
    used.push(step);
  }
  let cutoff: Threshold | null = null;
  for (const [a, b] of v.all(/c?Ra?(?:\(tR\))?t?,?0/g)) {
    if (a < tm[1]) continue;
    const r = v.find("R", a, b);
    const cc = comparatorAt(v, r, "<");
    if (!cc.said) continue;
    if (v.tok(r).unit !== rTok.unit) return null;
    // 低于80%(含80%)不得分: the bound itself is in
    const inner = v.sk[r + 1] === "(" && v.sk.slice(r + 1, r + 5) === "(tR)" ? r + 1 : -1;
    if (inner >= 0 && (v.c.text(v.tok(inner + 1)).trim() !== "含" || num(v.tok(inner + 2)) !== num(v.tok(r)))) return null;
    const cmp = inner >= 0 && cc.cmp === "<" ? "<=" : inner >= 0 && cc.cmp === ">" ? ">=" : cc.cmp;
    cutoff = { cmp, bound: num(v.tok(r)) };
    used.push([a, b]);
    break;
  }
  const higherIsBetter = t.cmp === ">=" || t.cmp === ">";
  if (cutoff && higherIsBetter !== (cutoff.cmp === "<" || cutoff.cmp === "<=")) return null;
  const otherwise = v.first(/Jt?,?0|0/, tm[1]);
  const floor = v.find("F", tm[1], v.sk.length);
  const useAll = (): void => {
    for (const [a, b] of used) v.useRange(a, b);
    // 以100%为标准。…控制率≤100%,计5分: the standard said once more before the threshold
    for (let q = 1; q + 1 < v.sk.length; q++) {
      if (v.sk[q] === "R" && num(v.tok(q)) === t.bound && v.tok(q).unit === rTok.unit && /以\s*$/.test(v.c.text(v.tok(q - 1))) && /^\s*为(?:标准|基准|准)/.test(v.c.text(v.tok(q + 1)))) v.use(q);
    }
    if (floor >= 0) v.use(floor);
    const j = v.find("J", tm[1], v.sk.length);
    if (j >= 0) v.use(j);
  };
  if (step) {
    useAll();
    if (cutoff) return { kind: "rate-per-point-with-cutoff", unit, target: t, full, step: stepSize, perStep, cutoff };
    return { kind: "rate-per-point-to-zero", unit, target: t, full, step: stepSize, perStep };
  }
  if (cutoff) {
    // 低于65%不计分 next to 达65%以上: a threshold. A different bound leaves the middle unsaid.
    if (cutoff.bound !== t.bound) return null;
    useAll();
    return { kind: "rate-threshold", unit, threshold: t, points: full };
  }
  // 完成…任务、且完成实际投入资金当年任务的20%以上(100分): the rate is one of several conditions
  // joined by 且, the others figures or facts the rate's value does not give
  if (joinedConditions(v, rTok)) return failure("rate-among-conditions");
  const after = v.sk.slice(tm[1]);
  if (otherwise || /^(?:[;,t]|\([t,]*\))*$/.test(after)) {
    if (otherwise) v.useRange(otherwise[0], otherwise[1]);
    useAll();
    return { kind: "rate-threshold", unit, threshold: t, points: full };
  }
  // 通过率达到40%以上得2分,每提高10个百分点加0.5分: the points at the bound, then only a step up (its own cap at
  // most) — below the bound nothing is said, as for the bound alone (0); the step up is read after (index.ts stepUp),
  // and a step it cannot read stays unread (refused)
  if (full !== null && (t.cmp === ">=" || t.cmp === ">") && /^[,;]?M[Wt]{0,2}[OR],?t?EP(?:,?t?C[Et]?P)?(?:[;,t]|\([t,]*\))*$/.test(after)) {
    useAll();
    return { kind: "rate-threshold", unit, threshold: t, points: full };
  }
  return null;
}

/**
 * The rate said just before a step down (…20%每差1%, …95%,每低1个百分点): its position, or -1 — the clause's
 * only rate besides the step's, in percent with the step (a 百分点 step goes with %), no comparator before it
 * (达到95%… is read as a threshold), no points after it, and nothing scored before it.
 */
function targetBefore(v: View, step: number, r: Token): number {
  const at = v.sk[step - 1] === "," ? step - 2 : step - 1;
  if (at < 0 || v.sk[at] !== "R" || v.tok(at).hi !== undefined || v.tok(at).unit !== "%") return -1;
  if (r.k === "R" ? r.unit !== "%" : r.k !== "O") return -1;
  if (!/^(?:少|低|降|减|差|欠|不足|下降|下滑)/.test(stepWord(v, step))) return -1;
  if (at > 0 && /[cMa(]/.test(v.sk[at - 1])) return -1;
  if (/[RPEDACc0JUYOx?p]/.test(v.sk.slice(0, at))) return -1;
  if (!(num(v.tok(at)) > 0) || num(v.tok(at)) > 100) return -1;
  // (抽查10%,…: a sample's size, not a target)
  if (/(?:抽查|抽取|抽检|抽样|抽)\s*$/.test(v.c.s.slice(Math.max(0, v.tok(at).s - 6), v.tok(at).s))) return -1;
  return at;
}

/** the rate bound an item's name states (≥75%, 达到95%以上): one, several, or none */
export function itemTarget(item: string | undefined): number | "several" | null {
  if (!item) return null;
  // (不 低于 85%: a copy's space inside the word)
  const found = [...normalizeClause(item).matchAll(/(?:≥|>=|达到|达|不\s*低于)\s*(\d+(?:\.\d+)?)\s*%|(\d+(?:\.\d+)?)\s*%\s*(?:\(含\))?\s*(?:及)?以上/g)];
  const bounds = new Set(found.map((m) => Number(m[1] ?? m[2])));
  if (bounds.size > 1) return "several";
  return bounds.size === 1 ? [...bounds][0] : null;
}

/** the direction word of a step (每超1个百分点: 超; 每超过1个百分点: 超过), "" when none */
function stepWord(v: View, m: number): string {
  const k = v.sk[m + 1];
  return k === "W" || k === "c" || k === "Q" ? v.tok(m + 1).w ?? v.c.text(v.tok(m + 1)) : "";
}

/**
 * 合同签定率达100%、代管率达100%、兑现率达100%,达不到标准不计分: several rates, all required, and
 * nothing otherwise — the item's points when all are met (the value answers yes/no: 是 = all met).
 */
function allRates(v: View): Outcome | null {
  if (/[PEDAYM]/.test(v.sk)) return null;
  const m = /^(?:t?cR[lt]+){1,5}t?cR,?J?t?0[;,]?(?:\([t,;]*\)[;,]?)?$/.exec(v.sk);
  if (!m || v.c.max === undefined) return null;
  const required: Threshold[] = [];
  for (let p = 0; p < v.sk.length; p++) if (v.sk[p] === "R") required.push({ cmp: comparatorAt(v, p, ">=").cmp, bound: num(v.tok(p)) });
  v.useRange(0, v.sk.length);
  return { kind: "all-or-nothing", points: null, required };
}

/**
 * The one rate of a clause that scores a count of failings (M…N D P, N D P, G N D P): 100% — the
 * standard is perfection, and each failing takes its points — or a sample's size (抽查10%). Its
 * position, or -1.
 */
function standardRate(v: View): number {
  let at = -1;
  for (let p = 0; p < v.sk.length; p++) {
    if (v.sk[p] !== "R") continue;
    if (at >= 0) return -1;
    at = p;
  }
  if (at < 0 || v.tok(at).hi !== undefined) return -1;
  const after = v.sk.slice(at + 1);
  const counted = /(?:M[tWGQc]{0,2}|G|Q)?N[t,]{0,3}[DA]P/.exec(after);
  if (!counted || /O|C{1,3}[EDt]?P/.test(v.sk) || /[DA]P/.test(after.slice(0, counted.index))) return -1;
  const n = v.tok(at + 1 + counted.index + (counted[0].indexOf("N")));
  if ((n.unit ?? "") === "" || n.unit === "%" ) return -1;
  const before = v.c.s.slice(Math.max(0, v.tok(at).s - 6), v.tok(at).s);
  if (/(?:抽查|抽取|抽检|抽样)\s*$/.test(before)) return at;
  return num(v.tok(at)) === 100 && v.tok(at).unit === "%" ? at : -1;
}

/** The sentence before the rate joins it to other conditions with 且/并且/同时 after a list mark. */
function joinedConditions(v: View, r: Token): boolean {
  const before = v.c.s.slice(0, r.s);
  const sentence = before.slice(Math.max(before.lastIndexOf(";"), before.lastIndexOf("。")) + 1);
  return /[、,]\s*(?:且|并且|同时)/.test(sentence);
}

/**
 * 差错率为3%~5%的,扣0.1分;超过5%的,扣0.2分: points by rate tiers, each a bound or a range and
 * its points. A range is the tier from its lower bound; above its upper bound, when no tier says
 * otherwise, nothing.
 */
/**
 * 完成年度计划目标得10分,完成目标的90%得9分,完成80%得8分,依次类推: the full points for the target
 * done, then rates each with its points, "and so on" — one step of points per step of the rate, down
 * to 0 at 0%. Read only when the target's points and every pair lie on one such line.
 */
function likewise(v: View): Outcome | null {
  const etc = v.c.s.search(/[依以][次此]类推/);
  if (etc < 0 || /[MODAc]/.test(v.sk) || /超额|超过/.test(v.c.s)) return null;
  const pairs = v.all(/Ra?t?,?EP/g);
  const es = earnings(v);
  if (pairs.length < 2 || es.length !== pairs.length + 1 || es[0] > pairs[0][0] || v.sk[es[0] + 1] !== "P") return null;
  // the target's points come first (完成年度计划目标得10分): 100% of it
  const full = num(v.tok(es[0] + 1));
  const rs = pairs.map(([a]) => num(v.tok(a)));
  const ps = pairs.map(([, b]) => num(v.tok(b - 1)));
  if (v.c.max !== undefined && full !== v.c.max) return null;
  if (pairs.some(([a]) => v.tok(a).unit !== "%" || v.tok(a).hi !== undefined)) return null;
  const step = 100 - rs[0];
  const perStep = full - ps[0];
  if (!(step > 0) || !(perStep > 0)) return null;
  const near = (x: number, y: number): boolean => Math.abs(x - y) < 1e-9;
  for (let i = 1; i < rs.length; i++) {
    if (!near(rs[i - 1] - rs[i], step) || !near(ps[i - 1] - ps[i], perStep)) return null;
  }
  v.use(es[0], es[0] + 1);
  for (const [a, b] of pairs) v.useRange(a, b);
  v.c.etcRead = true;
  return { kind: "rate-per-point-to-zero", unit: "%", target: { cmp: ">=", bound: 100 }, full, step, perStep };
}

/**
 * 完成年度计划目标得30分,超额完成10%(含)至20%加1分,超额完成20%(含)至30%加2分,依次类推,最多加5分: the
 * target met (100%) gives its points; each band of the same width over it one more step, "and so on"
 * up to the cap. Below the target nothing is said: refused (a tier without points).
 */
function overTarget(v: View): Outcome | null {
  if (!/[依以][次此]类推/.test(v.c.s) || /[MODc]/.test(v.sk)) return null;
  let es = earnings(v);
  const bands = v.all(/Rt?,?EP/g);
  let cap = capAfter(v, 0);
  // (最多奖励5分: the lexer takes 最多 for a cap only before the verbs it knows; the last points after 最多/最高 are the cap)
  const last = es[es.length - 1];
  if (cap === null && last > 0 && v.sk[last - 1] === "t" && v.sk[last + 1] === "P" && /(?:最多|最高)$/.test(v.c.text(v.tok(last - 1)).trim())) {
    cap = { cap: num(v.tok(last + 1)), at: [last, last + 2] };
    es = es.slice(0, -1);
  }
  if (es.length !== bands.length + 1 || bands.length < 2 || cap === null || v.sk[es[0] + 1] !== "P" || es[0] > bands[0][0]) return null;
  if (!/完成/.test(v.between(0, es[0])) || /超|未|不/.test(v.between(0, es[0]))) return null;
  const base = num(v.tok(es[0] + 1));
  const rs = bands.map(([a]) => v.tok(a));
  const ps = bands.map(([, b]) => num(v.tok(b - 1)));
  // each band said over the target, in percent, of one width, each one step more
  for (const [a] of bands) if (a === 0 || v.sk[a - 1] !== "t" || !/超额|超出|超过/.test(v.c.text(v.tok(a - 1)))) return null;
  if (rs.some((r) => r.unit !== "%" || r.hi === undefined)) return null;
  const w = (rs[0].hi ?? 0) - num(rs[0]);
  const dp = ps[1] - ps[0];
  const near = (x: number, y: number): boolean => Math.abs(x - y) < 1e-9;
  if (!(w > 0) || !(dp > 0)) return null;
  for (let i = 1; i < rs.length; i++) {
    if (!near(num(rs[i]), rs[i - 1].hi ?? NaN) || !near((rs[i].hi ?? 0) - num(rs[i]), w) || !near(ps[i] - ps[i - 1], dp)) return null;
  }
  if (!(cap.cap >= ps[ps.length - 1]) || (v.c.max !== undefined && !near(base + cap.cap, v.c.max))) return null;
  const tiers: RateTier[] = [{ cmp: "<", bound: 100, amount: null }, { cmp: ">=", bound: 100, amount: base }];
  for (let i = 0; tiers.length < 40; i++) {
    const more = Math.min(cap.cap, ps[0] + i * dp);
    tiers.push({ cmp: ">=", bound: 100 + num(rs[0]) + i * w, amount: base + more });
    if (more >= cap.cap) break;
  }
  v.use(es[0], es[0] + 1);
  for (const [a, b] of bands) v.useRange(a, b);
  v.useRange(cap.at[0], cap.at[1]);
  v.c.etcRead = true;
  return { kind: "rate-tiers", unit: "%", tiers };
}

function rateTiers(v: View): Outcome | null {
  if (v.has("M") || v.has("O")) return null;
  const bands = twoSidedBands(v);
  // each tier: where its rate is, its signed points (null: 不得分), the span it reads
  const pairs: Array<{ rAt: number; pts: number | null; span: [number, number] }> = [];
  let unsaidBelow = false;
  // (达到95%、90%、85%的,分别得6分、4分、2分 / …,分别扣0、5、10分: a 的 closing the rates; one 分 for the whole list, the
  // verb glued to 分别 when no figure with 分 follows it at once)
  const respectively = v.first(/c?(?:Ra?[lt]){1,6}Ra?t?,?(?:LE?|LD|t)(?:[PN][lt]E?){1,6}P/);
  if (respectively) {
    // 占年度总投资的30%以上、20%以上和10%以上,分别得6分、4分和2分
    const [a, b] = respectively;
    const rs: number[] = [];
    const ps: number[] = [];
    let sign = 1;
    let listed = false;
    for (let p = a; p < b; p++) {
      const k = v.sk[p];
      const w = v.c.text(v.tok(p)).trim();
      if (k === "c") {
        // (达到95%、90%、85%的: 达到 said once for every rate of the list)
        if (p !== a || !["达到", "达"].includes(v.tok(p).w ?? "")) return null;
      } else if (k === "R") {
        if (listed) return null;
        rs.push(p);
      } else if (k === "P" || k === "N") {
        if (!listed || v.tok(p).hi !== undefined || (k === "N" && (v.tok(p).unit ?? "") !== "")) return null;
        ps.push(p);
      } else if (k === "L") {
        if (v.tok(p).w !== "分别" || listed) return null;
        listed = true;
      } else if (k === "D") {
        if (!listed || ps.length > 0) return null;
        sign = -1;
      } else if (k === "t" && !listed && v.sk[p + 1] !== "R") {
        // the rates closed by 的, or 分别 with its verb as one word (分别扣, 分别得)
        const verb = /^(?:的\s*)?(?:分别|依次)\s*([得计记扣减加])$/.exec(w);
        if (verb) {
          listed = true;
          if (/[扣减]/.test(verb[1])) sign = -1;
        } else if (!(w === "的" && v.sk[p - 1] === "R" || w === "的" && v.sk[p - 1] === "a")) return null;
      } else if (k === "t" && !/^(?:和|及|或|与)$/.test(w)) return null;
      else if (k === "E" && !listed) return null;
    }
    if (!listed || rs.length !== ps.length) return null;
    rs.forEach((r, i) => pairs.push({ rAt: r, pts: sign * num(v.tok(ps[i])), span: [a, b] }));
    // (…分别扣0、5、10分: below the lowest rate listed the deduction is not said — not the 0 of the first)
    unsaidBelow = sign < 0;
  } else {
    // (延时5小时以上24小时以下(扣15分): the points in parentheses after their band)
    // (A.30%(含)以上(20分)B.25%(含)-30%(16分): the points alone in parentheses after their band, earned)
    for (const [a, b] of v.all(/c?Ra?(?:\(t\))?t?,?(?:\(?(?:[ED]P|0)|\(P\))/g)) {
      const at = v.sk[b - 1] === ")" ? b - 2 : b - 1;
      const zero = v.sk[at] === "0";
      if (!zero && v.tok(at).hi !== undefined) return null;
      const rAt = v.find("R", a, b);
      // (≥规定数的80%,<规定数的90%,得0.5分: the points follow the band's upper bound; the tier is its lower one)
      const band = bands.get(rAt);
      pairs.push({ rAt: band?.lo ?? rAt, pts: zero ? null : num(v.tok(at)) * (v.sk[at - 1] === "D" ? -1 : 1), span: [band?.from ?? a, b] });
    }
  }
  let rates = -[...bands.keys()].filter((u) => pairs.some((x) => x.rAt === bands.get(u)?.lo)).length;
  for (let p = v.sk.indexOf("R"); p >= 0; p = v.sk.indexOf("R", p + 1)) rates++;
  const ranged = pairs.some((x) => v.tok(x.rAt).hi !== undefined || [...bands.values()].some((b) => b.lo === x.rAt));
  const scored = pairs.filter((x) => x.pts !== null);
  // 误差超过4%,扣2分: one deduction past a bound said with its comparator is a tier of its own
  const oneTaken = scored.length === 1 && pairs.length === 1 && (scored[0].pts ?? 0) < 0 && comparatorAt(v, scored[0].rAt, ">=").said;
  if ((scored.length < (ranged ? 1 : 2) && !oneTaken) || pairs.length !== rates) return null;
  // 10%以上不得分 among deductions (5%以内扣1分…) takes every point; among earned tiers it gives nothing
  const deducting = scored.every((x) => (x.pts ?? 0) < 0);
  const max = v.c.max;
  if (deducting && scored.length < pairs.length && max === undefined) return null;
  const tiers: RateTier[] = [];
  const tops: number[] = [];
  const closed: Array<[number, number]> = [];
  let unit: MeasureUnit | null = null;
  for (const { rAt, pts } of pairs) {
    const r = v.tok(rAt);
    const u = measureOf(r);
    if (unit !== null && u !== unit) return null;
    unit = u;
    const amount = pts ?? (deducting ? -(max ?? 0) : 0);
    if (r.hi !== undefined) {
      if (!(r.hi > num(r))) return null;
      if (included(v, rAt)) {
        // 0-10%(含),计2分;10-20%(含),计1分: (含) puts the upper bound in the band
        tiers.push({ cmp: "<=", bound: r.hi, amount });
        closed.push([num(r), r.hi]);
        continue;
      }
      tiers.push({ cmp: ">=", bound: num(r), amount });
      tops.push(r.hi);
    } else {
      // 超过95%(含): the bound itself is in
      const within = v.sk.slice(rAt + 1, rAt + 4) === "(t)" && v.c.text(v.tok(rAt + 2)).trim() === "含";
      const cmp = comparatorAt(v, rAt, ">=").cmp;
      tiers.push({ cmp: within && cmp === ">" ? ">=" : within && cmp === "<" ? "<=" : cmp, bound: num(r), amount });
    }
  }
  if (unsaidBelow) {
    if (!tiers.every((t) => t.cmp === ">=" || t.cmp === ">")) return null;
    tiers.push({ cmp: "<", bound: Math.min(...tiers.map((t) => t.bound)), amount: null });
  }
  // bands closed at their top: each starts where the one below ends (10-20%(含) after 0-10%(含)), or a gap is unsaid
  closed.sort((a, b) => a[0] - b[0]);
  if (closed.some(([lo], i) => i > 0 && lo !== closed[i - 1][1])) return null;
  // 调整率=0,计3分; 0-10%(含),计2分…: the rate exactly 0 before bands that start at 0 is the lowest band
  const exact = closed.length > 0 && closed[0][0] === 0 ? zeroPoint(v) : null;
  if (exact !== null) tiers.push({ cmp: "<=", bound: 0, amount: exact.points });
  // 5%以下得0.5分,负技巧的不得分 / 负增长的不得分: a zero said for a negative rate is a tier below 0
  const negative = negativeZero(v, pairs.map((x) => x.span));
  // (未办理法人资格不得分 beside 法人资格登记率达80%以上得2分…: nothing done at all, what the earned tiers give below them)
  const noneDone = negative === -2 && scored.every((x) => (x.pts ?? 0) > 0) ? noneDoneZero(v, pairs.map((x) => x.span)) : -1;
  if (negative === -2 && noneDone < 0) return null;
  if (negative >= 0) tiers.push({ cmp: "<", bound: 0, amount: deducting ? -(max ?? 0) : 0 });
  // a ladder: the further a tier's bound, the more (or the less) it gives — not one figure per quarter
  const ups = tiers.filter((t) => t.cmp === ">" || t.cmp === ">=");
  const downs = tiers.filter((t) => t.cmp === "<" || t.cmp === "<=");
  for (const side of [ups, downs]) {
    const sorted = [...side].sort((x, y) => x.bound - y.bound);
    const steps = sorted.slice(1).map((t, i) => Math.sign((t.amount ?? 0) - (sorted[i].amount ?? 0)));
    if (steps.some((d) => d === 0) || new Set(steps).size > 1) return null;
  }
  // 60-70分得6分,低于65分得0分: a value between 60 and 65 is given two different points — that value is refused
  // (a band of no points from there up to the bound), the values in one band alone keep their points
  for (let i = 0, n = tiers.length; i < n; i++) {
    const d = tiers[i];
    if (d.cmp !== "<" && d.cmp !== "<=") continue;
    const over = ups.filter((u) => u.bound < d.bound && u.amount !== d.amount);
    if (over.length === 0) continue;
    const low = over.reduce((a, u) => (u.bound < a.bound || (u.bound === a.bound && u.cmp === ">=") ? u : a));
    tiers[i] = { cmp: low.cmp === ">" ? "<=" : "<", bound: low.bound, amount: d.amount };
    tiers.push({ cmp: d.cmp, bound: d.bound, amount: null });
  }
  // 70-80分得6分, 70分以下不得分: 70 itself is in both — that one value is not said
  for (let i = 0, n = tiers.length; i < n; i++) {
    const d = tiers[i];
    if (d.cmp === "<=" && d.amount !== null && ups.some((u) => u.cmp === ">=" && u.bound === d.bound && u.amount !== d.amount)) {
      tiers[i] = { ...d, cmp: "<" };
      tiers.push({ cmp: "<=", bound: d.bound, amount: null });
    }
  }
  // a band closed by its upper comparator (80%以上90%以下, ≥80%且<90%), as a range is: from its top up, another
  // tier; a gap up to the next tier is not said; nothing above it at all gives nothing
  const bandTops: RateTier[] = [];
  for (const { lo, up } of bands.values()) {
    if (!pairs.some((x) => x.rAt === lo)) continue;
    const hi = num(v.tok(up));
    const from: RateTier["cmp"] = comparatorAt(v, up, "<").cmp === "<" ? ">=" : ">";
    const above = tiers.filter((t) => (t.cmp === ">=" || t.cmp === ">") && t.bound >= hi && t.amount !== null);
    if (above.length === 0) {
      bandTops.push({ cmp: from, bound: hi, amount: 0 });
      continue;
    }
    if (tiers.some((t) => t.cmp === from && t.bound === hi)) continue;
    // (80%以上90%以下得3分 beside 90%以上得5分: 90% is in both — that one value is not said; a tier at the same
    // bound is tried in the order written, so the open one goes first)
    const both = from === ">" ? tiers.findIndex((t) => t.cmp === ">=" && t.bound === hi) : -1;
    if (both >= 0) tiers[both] = { ...tiers[both], cmp: ">" };
    bandTops.push({ cmp: both >= 0 ? ">=" : from, bound: hi, amount: null });
  }
  for (const hi of tops) {
    const above = tiers.filter((t) => (t.cmp === ">" || t.cmp === ">=") && t.bound >= hi).map((t) => t.bound);
    // 80% - 89%得8分, 90%及以上得10分: what 89.5% gives is not said (a gap between two bands): that value
    // alone is refused
    if (above.length > 0 && Math.min(...above) > hi) tiers.push({ cmp: ">", bound: hi, amount: null });
    if (above.length === 0) tiers.push({ cmp: ">", bound: hi, amount: 0 });
  }
  // 完成任务得满分,完成80%以上得2分…: the task done (100%) takes the item's max, a tier of its own
  // (符合要求(含协同单位),得满分 before 数量≥规定数的90%,得2分: the requirement met in full, a note beside it)
  // (符合要求,得2分 for an item worth 2: the max said as its figure)
  const done = v.first(/^t?(?:\(t\))?,?E(?:U|P(?=[,;]?t?[cR]))/);
  if (done && (v.sk[done[1] - 1] === "U" || (num(v.tok(done[1] - 1)) === max && v.tok(done[1] - 1).hi === undefined)) && /完成|符合要求|达到要求|满足要求/.test(v.between(done[0], done[1])) && !deducting && max !== undefined && !tiers.some((t) => t.bound >= 100)) {
    tiers.unshift({ cmp: ">=", bound: 100, amount: max });
    v.useRange(done[0], done[1]);
  }
  // (a band's top at 100% beside the requirement met in full: that tier says it)
  for (const t of bandTops) if (!tiers.some((u) => u.cmp === t.cmp && u.bound === t.bound && u.amount !== null)) tiers.push(t);
  // 全班按要求穿戴得10分;有3人以下未按要求穿戴得8分;有6人以下…得6分: the standard met in full, said first with the
  // item's max and no figure, before bands of a count where the fewer the more (a count of those who fail it) — a
  // count of 0 is that first sentence, a tier of its own (a rate, or bands where more is better, are not this)
  const lead = unit !== null && unit !== "%" && unit !== "‰" && max !== undefined && !deducting ? v.first(/^[tl,]*EP[;,]/) : null;
  if (lead && v.tok(lead[1] - 2).hi === undefined && num(v.tok(lead[1] - 2)) === max && downs.length > 0) {
    const sorted = [...downs].sort((x, y) => x.bound - y.bound);
    const fewerMore = sorted.length === 1 || (sorted[0].amount ?? 0) > (sorted[sorted.length - 1].amount ?? 0);
    if (fewerMore && sorted[0].bound >= 1 && tiers.every((t) => t.amount === null || t.amount < max)) {
      tiers.push({ cmp: "<=", bound: 0, amount: max });
      v.useRange(lead[0], lead[1] - 1);
    }
  }
  // 得满分 said elsewhere beside the tiers: for which rate is not read
  const full = v.first(/EU/);
  if (full && !v.used(full[0])) return null;
  for (const { span } of pairs) v.useRange(span[0], span[1]);
  if (negative >= 0) v.use(negative);
  if (noneDone >= 0) v.use(noneDone);
  if (exact !== null) v.useRange(exact.span[0], exact.span[1]);
  return { kind: "rate-tiers", unit: unit ?? "%", tiers };
}

/**
 * 80%以上90%以下 / ≥80%,<90% / 80%(含)以上、不足90%: a rate's lower bound said with its comparator, then at once its
 * upper bound with one — one band. Keyed by the upper bound's position (the points follow it): the lower bound's
 * position, where the band's words start, and the upper bound's position.
 */
function twoSidedBands(v: View): Map<number, { lo: number; from: number; up: number }> {
  const out = new Map<number, { lo: number; from: number; up: number }>();
  for (let i = v.sk.indexOf("R"); i >= 0; i = v.sk.indexOf("R", i + 1)) {
    const lower = comparatorAt(v, i, "<");
    if (!lower.said || (lower.cmp !== ">=" && lower.cmp !== ">") || v.tok(i).hi !== undefined) continue;
    let j = lower.to;
    if (v.sk[j] === "(" && v.sk.slice(j, j + 3) === "(t)" && v.c.text(v.tok(j + 1)).trim() === "含") j += 3;
    if (v.sk[j] === "," || v.sk[j] === "l") j++;
    if (v.sk[j] === "t" && /^(?:且|并且|而|但|同时)$/.test(v.c.text(v.tok(j)).trim())) j++;
    const up = v.sk[j] === "c" && v.sk[j + 1] === "R" ? j + 1 : v.sk[j] === "R" && v.sk[j + 1] === "a" ? j : -1;
    if (up < 0 || v.tok(up).hi !== undefined || measureOf(v.tok(up)) !== measureOf(v.tok(i))) continue;
    const upper = comparatorAt(v, up, ">=");
    if (!upper.said || (upper.cmp !== "<" && upper.cmp !== "<=") || !(num(v.tok(up)) > num(v.tok(i)))) continue;
    out.set(up, { lo: i, from: lower.from, up });
  }
  return out;
}

/**
 * 未办理法人资格不得分 / 没有开展培训的不得分 beside earned tiers of 法人资格登记率 / 培训率: the one zero outside the tiers,
 * whose sentence is only a negation of what the rate names (the words after the negation, less a verb, in the rate's
 * name) — the thing not done at all, which the tiers already give nothing: its position, else -1. A zero for anything
 * else (负责人未签字的不得分) is another condition, not this.
 */
function noneDoneZero(v: View, spans: ReadonlyArray<[number, number]>): number {
  let at = -1;
  for (let p = 0; p < v.sk.length; p++) {
    if (v.sk[p] !== "0" || spans.some(([a, b]) => p >= a && p < b)) continue;
    if (at >= 0) return -1;
    at = p;
  }
  if (at < 0) return -1;
  let from = at;
  while (from > 0 && (v.sk[from - 1] === "t" || v.sk[from - 1] === ",")) from--;
  if (from > 0 && !";,".includes(v.sk[from - 1])) return -1;
  const words = v.between(from, at).replace(/[\s,]/g, "").replace(/[的者]$/, "");
  const m = /^(?:未|没有|无|不)(?:办理|开展|建立|实施|进行|组织|参加|申报|登记)?([\u4e00-\u9fff]{2,12})$/.exec(words);
  if (!m) return -1;
  // the rate's name: the words just before a tier's rate, ending in 率
  for (let p = 0; p < v.sk.length; p++) {
    if (v.sk[p] !== "t" || (v.sk[p + 1] !== "R" && !(v.sk[p + 1] === "c" && v.sk[p + 2] === "R"))) continue;
    const name = v.c.text(v.tok(p)).trim();
    if (/率$/.test(name) && name.includes(m[1])) return at;
  }
  return -1;
}

/** A range followed by (含): its top is in it. */
function included(v: View, rAt: number): boolean {
  return v.sk.slice(rAt + 1, rAt + 4) === "(t)" && v.c.text(v.tok(rAt + 2)).trim() === "含";
}

/** 调整率=0,计3分 / 为0的,得3分 at the clause's start: the points for a rate of exactly 0, and the span. */
function zeroPoint(v: View): { points: number; span: [number, number] } | null {
  const m = v.first(/^tc?Nt?,?EP[;,]/);
  if (!m) return null;
  const said = v.sk[1] === "c" ? 1 : 0;
  const at = 1 + said;
  if (v.sk[at + 1] === "t" && v.c.text(v.tok(at + 1)).trim() !== "的") return null;
  const n = v.tok(at);
  // 为0的: the lexer may take 的 for the number's measure word
  if (n.n !== 0 || !/^的?$/.test(n.unit ?? "") || n.hi !== undefined) return null;
  const word = said ? v.c.text(v.tok(1)).trim() : v.between(0, 1);
  if (!(said ? /^(?:为|等于|=)$/ : /(?:=|为|等于)\s*$/).test(word)) return null;
  return { points: num(v.tok(m[1] - 2)), span: [1, m[1] - 1] };
}

/**
 * A zero (不得分) outside every tier whose own sentence names a negative rate (负增长, 为负): its
 * position; -2 for a zero outside every tier said for something else; -1 for none.
 */
function negativeZero(v: View, spans: ReadonlyArray<[number, number]>): number {
  for (let p = 0; p < v.sk.length; p++) {
    if (v.sk[p] !== "0" || spans.some(([a, b]) => p >= a && p < b)) continue;
    // back over subject text (增长率为负的,不得分) to the tier before or a full stop
    let from = p;
    while (from > 0 && (v.sk[from - 1] === "t" || v.sk[from - 1] === ",")) from--;
    if (!v.sk.slice(from, p).includes("t")) continue;
    if (/负(?![责担])/.test(v.between(from, p))) return p;
    // 负责人未签字的不得分: a zero for another condition is not a tier; the clause is not these tiers alone
    return -2;
  }
  return -1;
}
