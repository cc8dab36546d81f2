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
import type { Token } from "./lexer";
import type { Comparator, LabelledPoints, Period, RateUnit, ScoringRule, Threshold, Tier } from "../types";

export interface Failure {
  readonly fail: string;
}
export type Outcome = ScoringRule | Failure;
export const failure = (zh: string, en: string): Failure => ({ fail: `${zh} (${en})` });
export const isFailure = (o: Outcome): o is Failure => "fail" in o;

/** The tokens of a clause and which of them a fragment has read. */
export class Clause {
  readonly used: Uint8Array;
  constructor(readonly s: string, readonly toks: ReadonlyArray<Token>, readonly max?: number) {
    this.used = new Uint8Array(toks.length);
  }
  text(t: Token): string {
    return this.s.slice(t.s, t.e);
  }
}

/** one global copy per pattern (compiled once, not per call) */
const GLOBAL = new Map<string, RegExp>();
function globalOf(re: RegExp): RegExp {
  let g = GLOBAL.get(re.source);
  if (!g) {
    g = new RegExp(re.source, "g");
    GLOBAL.set(re.source, g);
  }
  return g;
}

/** A run of the clause's tokens (all of them, or one side of a period split). */
export class View {
  readonly sk: string;
  constructor(readonly c: Clause, readonly idx: ReadonlyArray<number>) {
    let sk = "";
    for (const i of idx) sk += c.toks[i].k;
    this.sk = sk;
  }
  tok(p: number): Token {
    return this.c.toks[this.idx[p]];
  }
  use(...ps: number[]): void {
    for (const p of ps) this.c.used[this.idx[p]] = 1;
  }
  useRange(a: number, b: number): void {
    for (let p = a; p < b; p++) this.c.used[this.idx[p]] = 1;
  }
  used(p: number): boolean {
    return this.c.used[this.idx[p]] === 1;
  }
  sub(a: number, b: number): View {
    return new View(this.c, this.idx.slice(a, b));
  }
  without(a: number, b: number): View {
    return new View(this.c, [...this.idx.slice(0, a), ...this.idx.slice(b)]);
  }
  /** every match of `re` (global) over the skeleton: [start, end) positions */
  all(re: RegExp): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(this.sk)) !== null) {
      out.push([m.index, m.index + m[0].length]);
      if (m[0].length === 0) re.lastIndex++;
    }
    return out;
  }
  first(re: RegExp, from = 0): [number, number] | null {
    const g = globalOf(re);
    g.lastIndex = from;
    const m = g.exec(this.sk);
    return m ? [m.index, m.index + m[0].length] : null;
  }
  /** position of the first token of kind k in [a, b), or -1 */
  find(k: string, a: number, b: number): number {
    for (let p = a; p < b; p++) if (this.sk[p] === k) return p;
    return -1;
  }
  has(k: string): boolean {
    return this.sk.includes(k);
  }
  /** the clause text between two positions (labels) */
  between(a: number, b: number): string {
    if (a >= b) return "";
    return this.c.s.slice(this.tok(a).s, this.tok(b - 1).e);
  }
}

const num = (t: Token): number => t.n ?? 0;

function cmpBefore(w: string | undefined): Comparator | null {
  switch (w) {
    case "不超过": case "不高于": case "不大于": case "≤": case "<=": return "<=";
    case "不低于": case "不少于": case "不小于": case "≥": case ">=": return ">=";
    case "超过": case "高于": case "大于": case ">": return ">";
    case "低于": case "不足": case "少于": case "小于": case "未达到": case "未达": case "不到": case "<": return "<";
    case "达到": case "达": case "在": case "为": return ">=";
    default: return null;
  }
}
function cmpAfter(w: string | undefined): Comparator | null {
  if (!w) return null;
  if (w.includes("以下") || w === "以内") return "<=";
  if (w.includes("以上")) return ">=";
  return null;
}
/** The comparator of a bound at position p: a word before it, then a word after it, else the fallback. */
function comparatorAt(v: View, p: number, fallback: Comparator): { cmp: Comparator; from: number; to: number; said: boolean } {
  const before = p > 0 && v.sk[p - 1] === "c" ? cmpBefore(v.tok(p - 1).w) : null;
  const after = v.sk[p + 1] === "a" ? cmpAfter(v.tok(p + 1).w) : null;
  const from = before ? p - 1 : p;
  const to = after ? p + 2 : p + 1;
  // 不超过/低于 … decide; 以上/以下 decide when the word before is a plain 达到/在
  let cmp: Comparator = fallback;
  if (before && !["达到", "达", "在", "为"].includes(v.tok(p - 1).w ?? "")) cmp = before;
  else if (after) cmp = after;
  else if (before) cmp = before;
  return { cmp, from, to, said: !!before || !!after };
}

// ---------------------------------------------------------------- the refiner

export function natural(v: View): Outcome {
  return periodDefault(v) ?? byPeriod(v) ?? rest(v);
}

function rest(v: View): Outcome {
  const discretion = v.find("?", 0, v.sk.length);
  if (discretion >= 0) {
    const hasRange = v.idx.some((i) => v.c.toks[i].k === "P" && v.c.toks[i].hi !== undefined);
    if (!hasRange) return failure("由考核人酌情给分,没有可计算的分值", "left to the assessor's discretion; nothing to compute");
    v.use(discretion);
  }
  return veto(v) ?? doubled(v) ?? vague(v) ?? percentageCut(v) ?? money(v) ?? times(v) ?? rate(v) ?? stepped(v) ?? listed(v) ?? perUnit(v) ?? deductionSteps(v) ?? deductions(v) ?? rangeBonus(v) ?? fixed(v) ?? earned(v);
}

/** 扣分 with no amount (否则相应扣分, 予以扣分, 倒扣分): nothing to compute. */
function vague(v: View): Outcome | null {
  if (!v.has("d")) return null;
  return failure("条款说扣分,但没有说明扣多少分值", "the clause deducts points without saying how many");
}

/** 得分值=完成率×20: the rate (in percent, 100% at most) times the points. */
function times(v: View): Outcome | null {
  const m = v.first(/xN[;,]?(?:\([t,]{1,5}\))?[;,]?$/);
  if (!m) return null;
  const full = num(v.tok(m[0] + 1));
  if (!(full > 0) || !v.c.s.slice(0, v.tok(m[0]).s).includes("率") || /[PYO]/.test(v.sk)) return null;
  v.useRange(m[0], m[1]);
  // "(超过100%以100%计算)": what the rule already does
  for (let p = 0; p < v.sk.length; p++) if (v.sk[p] === "R" && v.tok(p).n === 100) v.use(p);
  return { kind: "rate-per-point-to-zero", unit: "%", target: { cmp: ">=", bound: 100 }, full, step: 100, perStep: full };
}

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
  if (v.has("P")) return failure("一票否决与扣分写在同一条款中,请分开", "a veto and points in one clause; split them");
  v.use(p);
  return { kind: "veto" };
}

/** 加倍扣分, 按3倍扣分, 扣分加倍 */
function doubled(v: View): Outcome | null {
  const m = v.first(/X[td]|dX/);
  if (!m) return null;
  const x = v.sk[m[0]] === "X" ? m[0] : m[0] + 1;
  v.useRange(m[0], m[1]);
  return { kind: "doubled", factor: v.tok(x).n ?? 2 };
}

/** 扣减20%的考核得分; 考核得分扣除10% */
function percentageCut(v: View): Outcome | null {
  const m = v.first(/DRt?K|KDR/);
  if (!m) return null;
  const r = v.find("R", m[0], m[1]);
  if (v.tok(r).unit !== "%") return null;
  v.useRange(m[0], m[1]);
  return { kind: "percentage-cut", percent: num(v.tok(r)) };
}

/** 三查到位率达95%的奖村500元,90%的奖200元,不足90%的罚300元 */
function money(v: View): Outcome | null {
  if (!v.has("Y")) return null;
  const tiers: Tier[] = [];
  let unit: RateUnit | "" = "";
  for (const [a, b] of v.all(/c?[RN]a?t?[ED]t?Y/g)) {
    const boundAt = v.sk[a] === "c" ? a + 1 : a;
    const bound = v.tok(boundAt);
    const { cmp } = comparatorAt(v, boundAt, ">=");
    if (bound.k === "R") unit = bound.unit === "‰" ? "‰" : "%";
    const verb = v.tok(v.find(v.sk.slice(a, b).includes("E") ? "E" : "D", a, b));
    const amount = num(v.tok(b - 1)) * (verb.k === "D" ? -1 : 1);
    tiers.push({ cmp, bound: num(bound), amount });
    v.useRange(a, b);
  }
  if (tiers.length < 2) return null;
  return { kind: "money-tiers", unit, currency: "元", tiers };
}

/** Rates: the full-points threshold, a per-point step, a cut-off, 否则不计分. */
function rate(v: View): Outcome | null {
  const prop = proportional(v);
  if (prop) return prop;
  if (!v.has("R") && !/[OR]t?,?DP/.test(v.sk)) return null;
  const got = rateRule(v);
  if (got) return got;
  if (/[EDA][PU]/.test(v.sk)) {
    return failure("含比率的评分标准未能完整理解(达标线、每降低几个百分点扣几分、不计分线)", "a rate clause whose threshold, per-point deduction or cut-off could not be read");
  }
  return null;
}

/** 按完成比例得分(40分): the max × the rate (100% gives full points). */
function proportional(v: View): ScoringRule | null {
  const p = v.find("p", 0, v.sk.length);
  if (p < 0) return null;
  const es = earnings(v).filter((e) => e < p && v.sk[e + 1] === "P");
  const parens: number[] = [];
  for (let q = 1; q + 1 < v.sk.length; q++) if (v.sk[q] === "P" && v.sk[q - 1] === "(" && v.sk[q + 1] === ")") parens.push(q);
  const full = es.length === 1 ? num(v.tok(es[0] + 1)) : v.c.max;
  if (full === undefined || !(full > 0) || es.length > 1) return null;
  v.use(p, ...parens);
  if (es.length === 1) v.use(es[0], es[0] + 1);
  return { kind: "rate-per-point-to-zero", unit: "%", target: { cmp: ">=", bound: 100 }, full: es.length === 1 ? full : null, step: 100, perStep: full };
}

function rateRule(v: View): ScoringRule | null {
  // 每降低1个百分点扣2.5分; 下降1个百分点扣1分 (no 每)
  let step = v.first(/M[WQc]?[OR],?t?,?DP/);
  if (!step) {
    const bare = v.first(/t[OR],?DP/);
    if (bare && /(?:下降|降低|减少|每低|每少)$/.test(v.c.text(v.tok(bare[0])))) step = [bare[0] + 1, bare[1]];
  }
  // the full-points threshold: 达到50%以上计30分 / 不低于95%的,得2分 / 95%(含95%)不扣分 / 达92%(12分)
  let tm = v.first(/c?Ra?(?:\([tR]{1,3}\))?t?,?t?(?:E[PU]|U|[;,]?\(P\))/);
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
    if (below && below[1] <= step[0] && ["未达到", "未达", "低于", "不足", "小于", "少于"].includes(words)) {
      tm = below;
      rTok = v.tok(below[0] + 1);
      t = { cmp: ">=", bound: num(rTok) };
      full = null;
    } else {
      // 完成…任务得15分,每减少10%扣2分 / 报考率每降低1个百分点扣0.2分: full points at 100%
      const e = earnings(v).find((p) => p < step[0] && v.sk[p + 1] === "P");
      const r = v.tok(v.find(v.sk.slice(step[0], step[1]).includes("O") ? "O" : "R", step[0], step[1]));
      const before = v.c.s.slice(0, v.tok(step[0]).s);
      if (/高于|低于|不少于|不低于|达到|超过|平均/.test(before) || v.has("R") && r.k !== "R") return null;
      if (e !== undefined && !(r.k === "R" && r.unit === "%")) return null;
      tm = e !== undefined ? [e, e + 2] : [step[0], step[0]];
      rTok = r.k === "R" ? r : { ...r, unit: "%" };
      t = { cmp: ">=", bound: 100 };
      full = e !== undefined ? num(v.tok(e + 1)) : null;
    }
  } else {
    return null;
  }
  const unit: RateUnit = rTok.unit === "‰" ? "‰" : "%";
  const used: Array<[number, number]> = [[tm[0], tm[1]]];

  let stepSize = 1;
  let perStep = 0;
  if (step && step[0] < tm[1]) return null;
  if (step) {
    const o = v.find(v.sk.slice(step[0], step[1]).includes("O") ? "O" : "R", step[0], step[1]);
    stepSize = num(v.tok(o));
    perStep = num(v.tok(step[1] - 1));
    if (!(stepSize > 0)) return null;
    used.push(step);
  }
  let cutoff: Threshold | null = null;
  for (const [a, b] of v.all(/c?Ra?t?,?0/g)) {
    if (a < tm[1]) continue;
    const r = v.find("R", a, b);
    const cc = comparatorAt(v, r, "<");
    if (!cc.said) continue;
    if (v.tok(r).unit !== rTok.unit) return null;
    cutoff = { cmp: cc.cmp, bound: num(v.tok(r)) };
    used.push([a, b]);
    break;
  }
  const higherIsBetter = t.cmp === ">=" || t.cmp === ">";
  if (cutoff && higherIsBetter !== (cutoff.cmp === "<" || cutoff.cmp === "<=")) return null;
  const otherwise = v.first(/Jt?,?0|0/, tm[1]);
  const floor = v.find("F", tm[1], v.sk.length);
  const useAll = (): void => {
    for (const [a, b] of used) v.useRange(a, b);
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
  const after = v.sk.slice(tm[1]);
  if (otherwise || /^(?:[;,t]|\([t,]*\))*$/.test(after)) {
    if (otherwise) v.useRange(otherwise[0], otherwise[1]);
    useAll();
    return { kind: "rate-threshold", unit, threshold: t, points: full };
  }
  return null;
}

/** E P positions that earn points (not a cap's 计满10分) */
function earnings(v: View): number[] {
  const out: number[] = [];
  for (let p = 0; p + 1 < v.sk.length; p++) {
    if (v.sk[p] === "E" && (v.sk[p + 1] === "P" || v.sk[p + 1] === "U") && !(p > 0 && v.sk[p - 1] === "C")) out.push(p);
  }
  return out;
}

/** The cap after position `from`: 计满10分为止, 最高10分, 最多加5分, 不超过10分, 满分10分. */
function capAfter(v: View, from: number): { cap: number; at: [number, number] } | null {
  const m = v.first(/C{1,3}[EDt]?[PN]Z?|UP/, from);
  if (!m) return null;
  const p = v.sk[m[1] - 1] === "Z" ? m[1] - 2 : m[1] - 1;
  return { cap: num(v.tok(p)), at: m };
}

const TIME_UNITS = new Set(["小时", "分钟", "秒"]);
/** a number with these is a date or an age, not a count of cases */
const DATE_UNITS = new Set(["年", "月", "日", "号", "岁", "周", "季度", "季"]);
/** a number with these is a measurement (砍除2米以上), answered yes/no, not a count */
const MEASURE_UNITS = new Set(["米", "公里", "千米", "亩", "平方", "吨", "斤", "公斤", "千克", "元", "万", "小时"]);

/** 召开2次以上计5分,召开1次计3分; 召开1-2次会议计5分(1次计3分,计满5为止) */
function stepped(v: View): Outcome | null {
  if (v.has("M")) return null;
  const es = earnings(v);
  if (es.length < 2) return null;
  const found: Array<{ n: Token; p: number; pts: number }> = [];
  for (const e of es) {
    let q = e - 1;
    while (q >= 0 && (v.sk[q] === "t" || v.sk[q] === "a")) q--;
    if (q < 0 || v.sk[q] !== "N" || v.tok(e + 1).k !== "P") return null;
    found.push({ n: v.tok(q), p: q, pts: num(v.tok(e + 1)) });
  }
  const unit = found[0].n.unit ?? "";
  if (found.some((f) => (f.n.unit ?? "") !== unit) || unit === "" || TIME_UNITS.has(unit)) return null;
  const singles = new Set(found.filter((o) => o.n.hi === undefined).map((o) => num(o.n)));
  const steps = found.map((f) => {
    const lo = num(f.n);
    // "1-2次计5分" next to "1次计3分": the range's own step starts at 2
    const atLeast = f.n.hi !== undefined && singles.has(lo) ? f.n.hi : lo;
    return { atLeast, points: f.pts };
  });
  if (new Set(steps.map((x) => x.atLeast)).size !== steps.length) return null;
  steps.sort((a, b) => b.atLeast - a.atLeast);
  const cap = capAfter(v, 0);
  for (const f of found) v.use(f.p);
  for (const e of es) v.use(e, e + 1);
  for (let p = 0; p < v.sk.length; p++) if (v.sk[p] === "a") v.use(p);
  if (cap) v.useRange(cap.at[0], cap.at[1]);
  return { kind: "stepped-count", unit, steps, cap: cap ? cap.cap : null };
}

/** 卫生计生、公安、教育、民政、统计等5部门各计4分; 教育、公安各得5分 */
function listed(v: View): Outcome | null {
  // found from its end (各计4分), then extended back over "A、B、C": linear in the clause
  const end = v.first(/N?t?LE?P/);
  if (!end) return null;
  let start = end[0];
  if (v.sk[start] !== "t") start--;
  while (start >= 2 && v.sk[start - 1] === "l" && v.sk[start - 2] === "t") start -= 2;
  if (start < 0 || v.sk[start] !== "t" || v.sk[start + 1] !== "l") return null;
  const m: [number, number] = [start, end[1]];
  const parts: string[] = [];
  let count: number | null = null;
  let p = m[0];
  for (; p < m[1]; p++) {
    const k = v.sk[p];
    if (k === "t" && count === null && (p === m[0] || v.sk[p - 1] === "l")) parts.push(v.c.text(v.tok(p)).trim());
    if (k === "N") count = num(v.tok(p));
  }
  // the last part ends before 等 / 三个部门
  parts[parts.length - 1] = parts[parts.length - 1].replace(/等$/, "").trim();
  if (parts.some((x) => x === "")) return null;
  if (count !== null && count !== parts.length) return null;
  v.useRange(m[0], m[1]);
  return { kind: "listed-parts", parts, count: count ?? parts.length, each: num(v.tok(m[1] - 1)) };
}

/** 每配备1名计3分,计满10分为止; 每个部门各计3分; 每增加10人加1分,最多加5分 */
function perUnit(v: View): Outcome | null {
  const m = v.first(/M[tW]{0,2}N,?t?(?:\(t\))?t?,?L?EP/);
  if (!m) return single(v);
  const n = v.tok(v.find("N", m[0], m[1]));
  const per = num(n);
  if (!(per > 0) || TIME_UNITS.has(n.unit ?? "")) return null;
  const cap = capAfter(v, m[1]);
  v.useRange(m[0], m[1]);
  if (cap) v.useRange(cap.at[0], cap.at[1]);
  return { kind: "per-unit-capped", per, unit: n.unit ?? "", points: num(v.tok(m[1] - 1)), cap: cap ? cap.cap : null };
}

/** One count before the only points of the clause: 采纳1篇计10分 (each), 2件以上计2分 (a threshold). */
function single(v: View): Outcome | null {
  const es = earnings(v);
  if (es.length !== 1 || v.sk[es[0] + 1] !== "P" || /[DAR]/.test(v.sk)) return null;
  let q = es[0] - 1;
  if (q >= 0 && v.sk[q] === "t") q--;
  const above = q >= 0 && v.sk[q] === "a" && cmpAfter(v.tok(q).w) === ">=";
  if (above) q--;
  if (q < 0 || v.sk[q] !== "N") return null;
  const n = v.tok(q);
  const unit = n.unit ?? "";
  if (unit === "" || DATE_UNITS.has(unit) || TIME_UNITS.has(unit) || MEASURE_UNITS.has(unit) || n.hi !== undefined) return null;
  const points = num(v.tok(es[0] + 1));
  if (above) {
    v.use(q, q + 1, es[0], es[0] + 1);
    return { kind: "stepped-count", unit, steps: [{ atLeast: num(n), points }], cap: null };
  }
  if (num(n) !== 1) return null;
  const cap = capAfter(v, es[0] + 2);
  v.use(q, es[0], es[0] + 1);
  if (cap) v.useRange(cap.at[0], cap.at[1]);
  return { kind: "per-unit-capped", per: 1, unit, points, cap: cap ? cap.cap : null };
}

/**
 * 迟报1天扣3分,迟报2天扣10分,迟报3天及以上扣20分; 缺席一次扣3分,两次扣5分,三次(含)以上不得分:
 * deductions by steps of one count, out of the item's max — the score at each step.
 */
function deductionSteps(v: View): Outcome | null {
  const max = v.c.max;
  if (max === undefined || v.has("M")) return null;
  const found = v.all(/N(?:\(t\))?a?t?,?(?:DP|0)/g);
  if (found.length < 2) return null;
  const ds = v.all(/[DA]P/g);
  if (ds.length !== found.filter((m) => v.sk[m[1] - 1] === "P").length) return null;
  const unit = v.tok(found[0][0]).unit ?? "";
  if (unit === "" || DATE_UNITS.has(unit) || found.some((m) => (v.tok(m[0]).unit ?? "") !== unit || v.tok(m[0]).hi !== undefined)) return null;
  const steps = found.map((m) => ({
    atLeast: num(v.tok(m[0])),
    points: v.sk[m[1] - 1] === "0" ? 0 : Math.max(0, Math.round((max - num(v.tok(m[1] - 1))) * 1e10) / 1e10),
  }));
  for (let i = 1; i < steps.length; i++) if (!(steps[i].atLeast > steps[i - 1].atLeast && steps[i].points <= steps[i - 1].points)) return null;
  if (steps[0].atLeast > 0) steps.unshift({ atLeast: 0, points: max });
  for (const m of found) v.useRange(m[0], m[1]);
  return { kind: "stepped-count", unit, steps: steps.reverse(), cap: null };
}

/** count words that name the same thing: 有1名以上…少1人 */
const SYNONYMS: ReadonlyArray<ReadonlyArray<string>> = [["名", "人", "位"], ["个", "项", "家", "单位", "部门"], ["次", "场", "期"], ["起", "例", "件"]];

/** 每起扣2分; 少1人扣3分,扣完为止; 发现1个单位未完成…的扣5分; 每例扣1-3分(一、二孩错漏每例扣2分,…) */
function deductions(v: View): Outcome | null {
  // 每迟报1次扣1分 / 少1人扣3分 / 发现1起扣2分, and a count alone before the verb: 一项不符扣1分, 迟到一次扣2分
  const found = v.all(/(?:M[tWGQ]{0,2}|Q|G)N,?[tlJ,]{0,6}[DA]P|NJ?t?,?[DA]P/g).filter((m) => {
    const n = v.tok(v.find("N", m[0], m[1]));
    if (DATE_UNITS.has(n.unit ?? "")) return false;
    if (/^[MQG]/.test(v.sk[m[0]])) return true;
    const unit = v.tok(m[0]).unit ?? "";
    const between = v.sk[m[0] + 1] === "t" ? v.c.text(v.tok(m[0] + 1)) : "";
    return unit !== "" && !DATE_UNITS.has(unit) && between.length <= 6;
  });
  if (found.length === 0) return null;
  const at = (m: [number, number]) => {
    const n = v.tok(v.find("N", m[0], m[1]));
    const verb = v.tok(m[1] - 2);
    const pts = v.tok(m[1] - 1);
    return { n, verb, pts, shortfall: v.sk.slice(m[0], m[1]).includes("Q"), foundWord: v.sk[m[0]] === "G" };
  };
  const main = at(found[0]);
  const unit = main.n.unit ?? "";
  if (TIME_UNITS.has(unit)) return null;
  const per = num(main.n);
  const points = num(main.pts);
  const pointsMax = main.pts.hi ?? null;
  const addOn = main.verb.k === "A";
  if (!(per > 0)) return null;
  if (pointsMax !== null && pointsMax < points) return null;

  // the clause's own full points before it: 能够完成…的计20分
  const before = earnings(v).filter((e) => e < found[0][0]);
  const fullAt = before.length > 0 ? before[0] : -1;
  const full = fullAt >= 0 && v.sk[fullAt + 1] === "P" ? num(v.tok(fullAt + 1)) : null;
  // the deduction's own cap after it: 最多扣10分
  const capM = v.first(/C{1,3}[Dt]?P/, found[0][1]);
  const cap = capM ? num(v.tok(capM[1] - 1)) : null;
  // a stated target: 有1名以上…少1人扣3分 (the value is then the units there are)
  const same = SYNONYMS.find((g) => g.includes(unit)) ?? [unit];
  let target: number | null = null;
  let targetAt = -1;
  if (main.shortfall) {
    // the target: a count "N以上" before, of the same measure word (名/人/位 …) or the only one
    const targets: number[] = [];
    for (let p = 0; p + 1 < found[0][0]; p++) if (v.sk[p] === "N" && v.sk[p + 1] === "a" && cmpAfter(v.tok(p + 1).w) === ">=") targets.push(p);
    const only = targets.length === 1 ? targets[0] : -1;
    for (let p = 0; p + 1 < found[0][0]; p++) {
      if (v.sk[p] === "N" && v.sk[p + 1] === "a" && (same.includes(v.tok(p).unit ?? "") || p === only) && cmpAfter(v.tok(p + 1).w) === ">=") {
        target = num(v.tok(p));
        targetAt = p;
        break;
      }
      // 不少于15天的得10分,少于15天的每少1天扣1分
      if (p > 0 && v.sk[p] === "N" && v.sk[p - 1] === "c" && same.includes(v.tok(p).unit ?? "") && ["不少于", "不低于", "达到", "达"].includes(v.tok(p - 1).w ?? "")) {
        target = num(v.tok(p));
        targetAt = p - 1;
        break;
      }
    }
    if (target !== null) {
      // the same bound said again as the shortfall's condition (少于15天的)
      for (let p = targetAt + 2; p + 1 < found[0][0]; p++) {
        if (v.sk[p] === "c" && v.sk[p + 1] === "N" && num(v.tok(p + 1)) === target) v.use(p, p + 1);
      }
    }
  }
  const floorAt = v.find("F", 0, v.sk.length);
  const floored = floorAt >= 0 || main.shortfall || main.foundWord || fullAt >= 0;
  const useMain = (): void => {
    v.useRange(found[0][0], found[0][1]);
    if (fullAt >= 0) v.use(fullAt, fullAt + 1);
    if (capM) v.useRange(capM[0], capM[1]);
    if (targetAt >= 0) v.use(targetAt, targetAt + 1);
    if (floorAt >= 0) v.use(floorAt);
  };
  const caseUnit = /起|例/.test(unit);
  if (floored && found.length === 1 && pointsMax === null && !addOn && (!caseUnit || floorAt >= 0 || fullAt >= 0)) {
    useMain();
    return { kind: "per-unit-deduction-floored", per, unit, points, full, target, cap };
  }
  if (fullAt >= 0) return null;
  const rest = found.slice(1).map(at);
  if (rest.some((r) => r.pts.hi !== undefined)) return null;
  const labelOf = (m: [number, number]): string => {
    let a = m[0];
    const stop = Math.max(0, m[0] - 12);
    while (a > stop && !",;(".includes(v.sk[a - 1])) a--;
    return v.between(a, m[0]).replace(/的$/, "").trim();
  };
  const useAll = (): void => {
    useMain();
    for (const m of found) v.useRange(m[0], m[1]);
  };
  if (pointsMax !== null) {
    const categories: LabelledPoints[] = found.slice(1).map((m, i) => ({ label: labelOf(m), points: num(rest[i].pts) }));
    if (categories.some((c) => c.points < points || c.points > pointsMax)) return null;
    useAll();
    return { kind: "per-case", unit, points, pointsMax, addOn, categories, cap };
  }
  if (rest.length > 0) {
    if (addOn || rest.some((r) => r.verb.k === "A")) return null;
    const categories: LabelledPoints[] = found.map((m) => ({ label: labelOf(m), points: num(at(m).pts) }));
    const lo = Math.min(...categories.map((c) => c.points));
    const hi = Math.max(...categories.map((c) => c.points));
    useAll();
    return { kind: "per-case", unit, points: lo, pointsMax: lo === hi ? null : hi, addOn: false, categories, cap };
  }
  useAll();
  return { kind: "per-case", unit, points, pointsMax: null, addOn, categories: [], cap };
}

/** 达到国家标准的加3—5分 */
function rangeBonus(v: View): Outcome | null {
  for (let p = 0; p + 1 < v.sk.length; p++) {
    if (v.sk[p] !== "E" || v.sk[p + 1] !== "P") continue;
    const t = v.tok(p + 1);
    if (t.hi === undefined) continue;
    if (num(t) > t.hi) return failure("分值区间上下颠倒", "the range's bounds are reversed");
    v.use(p, p + 1);
    return { kind: "range-bonus", min: num(t), max: t.hi };
  }
  return null;
}

/** 扣6分; 因…的,扣6分;…批示查实的,加扣2分 */
function fixed(v: View): Outcome | null {
  const ds: number[] = [];
  for (let p = 0; p + 1 < v.sk.length; p++) if ((v.sk[p] === "D" || v.sk[p] === "A") && v.sk[p + 1] === "P") ds.push(p);
  if (ds.length === 0) return null;
  if (ds.some((p) => p > 0 && v.sk[p - 1] === "L")) return failure("各扣几分,但没有说明按什么扣(每人、每项…)", "各扣N分 does not say per what");
  const es = earnings(v);
  if (es.length === 1 && ds.length === 1 && !v.has("M") && v.sk[es[0] + 1] === "P" && ds[0] > es[0] && num(v.tok(ds[0] + 1)) === num(v.tok(es[0] + 1))) {
    // 计2分,工作不力扣2分: the deduction takes back what the clause gives (yes/no)
    v.use(es[0], es[0] + 1, ds[0], ds[0] + 1);
    return { kind: "all-or-nothing", points: num(v.tok(es[0] + 1)) };
  }
  if (v.has("M")) {
    return ds.length > 1 ? failure("有多处扣分,无法判断如何合计", "several deductions and no way to tell how they combine") : null;
  }
  if (ds.some((p) => v.tok(p + 1).hi !== undefined)) return failure("扣分是一个区间,由考核人酌定", "the deduction is a range the assessor chooses");
  if (ds.length === 1) {
    v.use(ds[0], ds[0] + 1);
    return { kind: "fixed-deduction", points: num(v.tok(ds[0] + 1)), addOn: v.sk[ds[0]] === "A" };
  }
  if (earnings(v).length > 0) return failure("扣分与得分写在同一条款中", "deductions and earned points in one clause");
  const parts: LabelledPoints[] = [];
  let prev = 0;
  for (const p of ds) {
    const label = v.between(prev, p).replace(/^[;,\s]+/, "").replace(/(?:的)?[,\s]*$/, "").trim();
    parts.push({ label, points: num(v.tok(p + 1)) });
    v.use(p, p + 1);
    prev = p + 2;
  }
  return { kind: "sub-clauses", parts, sign: -1 };
}

/** …计20分,否则不计分; 能完成的计20分; 均加1分; sub-clauses …计7分;…计3分;…计10分 */
function earned(v: View): Outcome {
  const depth: number[] = [];
  let d = 0;
  for (let p = 0; p < v.sk.length; p++) {
    if (v.sk[p] === "(") d++;
    depth.push(d);
    if (v.sk[p] === ")") d = Math.max(0, d - 1);
  }
  const es = earnings(v);
  // "(20分)": a part's or the item's points
  const parens: number[] = [];
  for (let p = 1; p + 1 < v.sk.length; p++) if (v.sk[p] === "P" && v.sk[p - 1] === "(" && v.sk[p + 1] === ")") parens.push(p);
  const top = es.filter((p) => depth[p] === 0);
  // points inside a note "(1次会议计3分,…)" refine a sub-clause; they are not sub-clauses of their own
  const chosen = top.length > 1 ? top : es;
  if (chosen.length === 0 && parens.length === 0) {
    // "…未参加相关活动不得分": the item's max when it is done, 0 when not
    const zero = v.find("0", 0, v.sk.length);
    const maxPoints: number[] = [];
    for (let p = 0; p < v.sk.length; p++) if (v.sk[p] === "P" && v.tok(p).n === v.c.max) maxPoints.push(p);
    const others = v.sk.replace(/P/g, "").match(/[PRYDA]/g);
    if (zero >= 0 && v.c.max !== undefined && !others && maxPoints.length === (v.sk.match(/P/g) ?? []).length) {
      v.use(zero, ...maxPoints);
      return { kind: "all-or-nothing", points: null };
    }
    return failure("没有找到分值或计分方法", "no points or scoring method found");
  }
  if (/[DA]P/.test(v.sk)) {
    // 计2分,工作不力扣2分: the deduction takes back what the clause gives (yes/no)
    const ds = v.all(/[DA]P/g);
    if (chosen.length === 1 && ds.length === 1 && !v.has("M") && v.sk[chosen[0] + 1] === "P" && ds[0][0] > chosen[0] && num(v.tok(ds[0][0] + 1)) === num(v.tok(chosen[0] + 1))) {
      v.useRange(ds[0][0], ds[0][1]);
    } else {
      return failure("条款中的扣分方法未能理解", "the clause deducts points in a way the parser cannot read");
    }
  }
  const markNotes = (): void => {
    for (let p = 0; p < v.sk.length; p++) {
      if (depth[p] > 0 && "EPCNZU".includes(v.sk[p])) v.use(p);
    }
    for (let p = 0; p < v.sk.length; p++) if (v.sk[p] === "J" || v.sk[p] === "0") v.use(p);
  };
  if (chosen.length === 0) {
    // only "(N分)": one is the item's points, several the parts of the item
    for (const p of parens) v.use(p);
    if (parens.length === 1) {
      // "…(2分),一经发现此项不给分": the answer is whether it was found; found takes the points
      const zero = v.find("0", parens[0], v.sk.length);
      if (zero >= 0 && /发现|出现|发生|查实/.test(v.between(parens[0], zero + 1))) {
        v.use(zero);
        return { kind: "fixed-deduction", points: num(v.tok(parens[0])), addOn: false };
      }
      return { kind: "all-or-nothing", points: num(v.tok(parens[0])) };
    }
    const parts: LabelledPoints[] = [];
    let prev = 0;
    for (const p of parens) {
      parts.push({ label: v.between(prev, p - 1).replace(/^[;,\s]+/, "").trim(), points: num(v.tok(p)) });
      prev = p + 2;
    }
    return { kind: "sub-clauses", parts, sign: 1 };
  }
  if (chosen === top) markNotes();
  for (const p of parens) v.use(p);
  for (let p = 0; p < v.sk.length; p++) if (v.sk[p] === "J" || v.sk[p] === "0") v.use(p);
  const pointsOf = (p: number): number | null => (v.sk[p + 1] === "U" ? null : num(v.tok(p + 1)));
  if (chosen.length === 1) {
    v.use(chosen[0], chosen[0] + 1);
    return { kind: "all-or-nothing", points: pointsOf(chosen[0]) };
  }
  // "…记10分。…记6分;…记4分": the first figure is the item's, the others its parts
  let list = chosen;
  const first = pointsOf(chosen[0]);
  if (chosen.length > 2 && first !== null && v.sk[chosen[0] + 2] === ";" && (v.c.max === undefined || v.c.max === first)) {
    const others = chosen.slice(1).map(pointsOf);
    if (others.every((x) => x !== null) && Math.abs(others.reduce((a: number, x) => a + (x ?? 0), 0) - first) < 1e-9) {
      v.use(chosen[0], chosen[0] + 1);
      list = chosen.slice(1);
    }
  }
  const parts: LabelledPoints[] = [];
  let prev = list === chosen ? 0 : list[0] - 1;
  while (prev > 0 && !",;".includes(v.sk[prev - 1])) prev--;
  for (const p of list) {
    const pts = pointsOf(p);
    if (pts === null) return failure("多个分项中有\"满分\",无法相加", "a sub-clause says 满分 among several; cannot add up");
    const label = v.between(prev, p).replace(/^[;,\s]+/, "").replace(/(?:的|,)$/, "").trim();
    parts.push({ label, points: pts });
    v.use(p, p + 1);
    prev = p + 2;
  }
  return { kind: "sub-clauses", parts, sign: 1 };
}
