/**
 * Recognisers of rates and money: a rate × points (得分值=完成率×20), the share of the score cut
 * (扣减20%的考核得分), money tiers by rate (达95%的奖村500元), and the rate rules — a full-points
 * threshold, a per-point step, a cut-off, 否则不计分 — or points in proportion (按完成比例得分).
 */
import type { Token } from "./lexer";
import type { RateUnit, ScoringRule, Threshold, Tier } from "../types";
import { type Outcome, type View, comparatorAt, earnings, failure, num } from "./view";

/** 得分值=完成率×20: the rate (in percent, 100% at most) times the points. */
export function times(v: View): Outcome | null {
  const m = v.first(/xN[;,]?(?:\([t,]{1,5}\))?[;,]?$/);
  if (!m) return null;
  const full = num(v.tok(m[0] + 1));
  if (!(full > 0) || !v.c.s.slice(0, v.tok(m[0]).s).includes("率") || /[PYO]/.test(v.sk)) return null;
  v.useRange(m[0], m[1]);
  // "(超过100%以100%计算)": what the rule already does
  for (let p = 0; p < v.sk.length; p++) if (v.sk[p] === "R" && v.tok(p).n === 100) v.use(p);
  return { kind: "rate-per-point-to-zero", unit: "%", target: { cmp: ">=", bound: 100 }, full, step: 100, perStep: full };
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

/** 三查到位率达95%的奖村500元,90%的奖200元,不足90%的罚300元 */
export function money(v: View): Outcome | null {
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
export function rate(v: View): Outcome | null {
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
