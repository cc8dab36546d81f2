/**
 * The short written form (简写) a clerk can type instead of a clause — tokens separated by
 * spaces (or 、/, between tiers); an optional label may precede the first comparator
 * ("到位率>=50%:30"):
 *   是:20 | 有:20 | 全或无:20 | 全或无       all-or-nothing (yes → 20; no number → M)
 *   每1人+3 [上限10]                         per-unit-capped
 *   每1人-3 扣完为止 | 每1人-3 满分20        per-unit-deduction-floored (n = units missing)
 *   每1人-3 应有2 [上限6]                    … with a target: n = units there are, short = 2 − n
 *   每1起-2 [上限10] | 每1例-1~3 | 每1起-1 加扣   per-case (a range: the assessor chooses)
 *   -6 | 加扣-2                              fixed-deduction
 *   +3~5                                     range-bonus
 *   x2 | 加倍                                doubled
 *   -20%                                     percentage-cut
 *   否决                                     veto
 *   半年满分                                 period-default
 *   >=50%:30 每降1点-2.5 <30%:0              rate-per-point-with-cutoff
 *   >=70%:10 每降1点-1 [扣完为止]            rate-per-point-to-zero
 *   >=65%:10 [否则0]                         rate-threshold
 *   >=2:5 >=1:3 [上限5]                      stepped-count (counts, no % unit)
 *   >=95%:+500元 >=90%:+200元 <90%:-300元 <85%:-800元   money-tiers
 *   A、B、C各4                               listed-parts
 *   A:7; B:3; C:10                           sub-clauses
 * Comparators: >= > <= < (also ≥ ≤); a point (点) is a percentage point for % rules.
 * The text arrives normalised (normalize.ts).
 */
import type { Comparator, RateUnit, Threshold } from "../types";
import { failure as fail, type Outcome } from "./view";

const CMP = String.raw`(>=|<=|>|<|≥|≤)`;
/** compiled once (not per call: parseShortForm runs on every clause) */
const CMP_NUMBER = new RegExp(String.raw`${CMP}\s*\d`);
const TIER = new RegExp(String.raw`^(?:[^<>=≥≤\d]*?)${CMP}\s*(\d+(?:\.\d+)?)\s*(%|‰)?:\s*([+-])?(\d+(?:\.\d+)?)\s*(元)?$`);

function cmpOf(t: string): Comparator {
  return t === "≥" ? ">=" : t === "≤" ? "<=" : (t as Comparator);
}

/** the first characters of the forms anchored at the start: 是 有 全(或无) x × * 加(倍, 扣) - + 每 否(决) 半(年满分) */
const SHORT_FIRST = new Set(["是", "有", "全", "x", "X", "×", "*", "加", "-", "+", "每", "否", "半"]);

/** The short written form; null when the text is not in it. */
export function parseShortForm(s: string): Outcome | null {
  const t = s.trim();
  // every form opens with one of these characters (each pattern below is anchored at ^ on a trimmed text) or
  // holds 、 or :; most clauses hold none, and skip the dozen patterns
  if (!SHORT_FIRST.has(t[0]) && !t.includes("、") && !t.includes(":")) return null;
  let m: RegExpExecArray | null;
  if ((m = /^(?:是|有|全或无)\s*(?::\s*\+?(\d+(?:\.\d+)?))?$/.exec(t))) {
    if (/^(?:是|有)$/.test(t)) return null;
    return { kind: "all-or-nothing", points: m[1] ? parseFloat(m[1]) : null };
  }
  if (t === "否决") return { kind: "veto" };
  if (t === "半年满分") return { kind: "period-default", period: "half-year", rule: null };
  if (t === "全年满分") return { kind: "period-default", period: "full-year", rule: null };
  if ((m = /^(?:x|×|\*)\s*(\d+(?:\.\d+)?)$|^加倍$/i.exec(t))) return { kind: "doubled", factor: m[1] ? parseFloat(m[1]) : 2 };
  if ((m = /^-(\d+(?:\.\d+)?)%$/.exec(t))) return { kind: "percentage-cut", percent: parseFloat(m[1]) };
  if ((m = /^(加扣)?\s*-(\d+(?:\.\d+)?)$/.exec(t))) return { kind: "fixed-deduction", points: parseFloat(m[2]), addOn: !!m[1] };
  if ((m = /^\+(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)$/.exec(t))) {
    const [a, b] = [parseFloat(m[1]), parseFloat(m[2])];
    return a <= b ? { kind: "range-bonus", min: a, max: b } : fail("short-range-reversed");
  }
  if ((m = /^每\s*(\d+(?:\.\d+)?)?\s*([^\d\s+-]{0,3}?)\s*([+-])\s*(\d+(?:\.\d+)?)(?:-(\d+(?:\.\d+)?))?((?:\s+\S+)*)$/.exec(t))) {
    const per = m[1] ? parseFloat(m[1]) : 1;
    const unit = m[2] || "";
    const pts = parseFloat(m[4]);
    const opts = (m[6] ?? "").trim();
    if (per <= 0) return fail("short-per-positive");
    if (m[3] === "+") {
      if (m[5]) return fail("short-bonus-range");
      const cap = /上限\s*(\d+(?:\.\d+)?)/.exec(opts);
      if (opts && !cap) return fail("short-unknown-option", { option: opts });
      return { kind: "per-unit-capped", per, unit, points: pts, cap: cap ? parseFloat(cap[1]) : null };
    }
    const full = /满分\s*(\d+(?:\.\d+)?)/.exec(opts);
    const target = /应有\s*(\d+(?:\.\d+)?)/.exec(opts);
    const capD = /上限\s*(\d+(?:\.\d+)?)/.exec(opts);
    const floorWord = /扣完为止/.test(opts);
    const addOn = /加扣/.test(opts);
    const known = opts.replace(/满分\s*\d+(?:\.\d+)?|应有\s*\d+(?:\.\d+)?|上限\s*\d+(?:\.\d+)?|扣完为止|加扣/g, "").trim();
    if (known) return fail("short-unknown-option", { option: known });
    const cap = capD ? parseFloat(capD[1]) : null;
    if ((full || floorWord || target) && !m[5] && !addOn) {
      return {
        kind: "per-unit-deduction-floored", per, unit, points: pts, full: full ? parseFloat(full[1]) : null,
        target: target ? parseFloat(target[1]) : null, cap,
      };
    }
    if (target) return fail("short-target-floored");
    const hi = m[5] ? parseFloat(m[5]) : null;
    if (hi !== null && hi < pts) return fail("short-range-reversed");
    return { kind: "per-case", unit, points: pts, pointsMax: hi, addOn, categories: [], cap };
  }
  // (the last three forms need 、, : and ; or a comparator and :, looked for only where those characters are)
  if (t.includes("、") && (m = /^(.+?)各\s*\+?(\d+(?:\.\d+)?)$/.exec(t)) && m[1].includes("、")) {
    const parts = m[1].split("、").map((p) => p.trim()).filter(Boolean);
    return { kind: "listed-parts", parts, count: parts.length, each: parseFloat(m[2]) };
  }
  const colon = t.includes(":");
  if (colon && t.includes(";") && /^[^:;<>=≥≤]+:\s*\d+(?:\.\d+)?\s*(?:;\s*[^:;<>=≥≤]+:\s*\d+(?:\.\d+)?\s*)+;?$/.test(t)) {
    const parts = t.split(";").map((p) => p.trim()).filter(Boolean).map((p) => {
      const [label, pts] = p.split(":");
      return { label: label.trim(), points: parseFloat(pts) };
    });
    return { kind: "sub-clauses", parts, sign: 1 };
  }
  // tiers ">=50%:30 …": a comparator before a number and ":" before the points (not "<关于…>" and "备注：")
  if (colon && CMP_NUMBER.test(t) && /:\s*[+-]?\d/.test(t)) return parseShortTiers(t);
  return null;
}

/** ">=50%:30 每降1点-2.5 <30%:0", ">=2:5 >=1:3 上限5", ">=95%:+500元 <90%:-300元" */
function parseShortTiers(t: string): Outcome {
  const tokens = t.replace(/[,]/g, " ").split(/\s+/).filter(Boolean);
  const tiers: Array<{ cmp: Comparator; bound: number; unit: string; amount: number; signed: boolean; currency: string }> = [];
  let step: { size: number; per: number } | null = null;
  let cap: number | null = null;
  let floor = false;
  for (const tok of tokens) {
    let m: RegExpExecArray | null;
    if ((m = TIER.exec(tok))) {
      tiers.push({ cmp: cmpOf(m[1]), bound: parseFloat(m[2]), unit: m[3] ?? "", amount: parseFloat(m[5]) * (m[4] === "-" ? -1 : 1), signed: !!m[4], currency: m[6] ?? "" });
    } else if ((m = /^每降\s*(\d+(?:\.\d+)?)?\s*(?:点|%|‰)?\s*-(\d+(?:\.\d+)?)$/.exec(tok))) {
      step = { size: m[1] ? parseFloat(m[1]) : 1, per: parseFloat(m[2]) };
    } else if ((m = /^上限\s*(\d+(?:\.\d+)?)$/.exec(tok))) {
      cap = parseFloat(m[1]);
    } else if (tok === "扣完为止") {
      floor = true;
    } else if (tok === "否则0" || tok === "否则:0") {
      // says what a threshold already means: below it scores 0
    } else {
      return fail("short-unknown-token", { token: tok });
    }
  }
  if (tiers.length === 0) return fail("short-no-tiers");
  const units = new Set(tiers.map((x) => x.unit));
  if (units.size > 1) return fail("short-mixed-units");
  const unit = tiers[0].unit;
  if (tiers.some((x) => x.currency) || tiers.some((x) => x.signed && x.amount < 0)) {
    if (step || cap !== null || floor) return fail("short-money-options");
    return { kind: "money-tiers", unit: unit as RateUnit | "", currency: tiers.some((x) => x.currency) ? "元" : "", tiers: tiers.map(({ cmp, bound, amount }) => ({ cmp, bound, amount })) };
  }
  const ups = tiers.filter((x) => x.cmp === ">=" || x.cmp === ">");
  const downs = tiers.filter((x) => x.cmp === "<" || x.cmp === "<=");
  if (unit === "%" || unit === "‰") {
    const rateUnit = unit as RateUnit;
    if (ups.length !== 1) return fail("short-one-full-tier");
    const target: Threshold = { cmp: ups[0].cmp, bound: ups[0].bound };
    if (downs.some((d) => d.amount !== 0)) return fail("short-zero-tier-points");
    if (step) {
      if (downs.length > 1) return fail("short-one-zero-tier");
      if (downs.length === 1) {
        return { kind: "rate-per-point-with-cutoff", unit: rateUnit, target, full: ups[0].amount, step: step.size, perStep: step.per, cutoff: { cmp: downs[0].cmp, bound: downs[0].bound } };
      }
      return { kind: "rate-per-point-to-zero", unit: rateUnit, target, full: ups[0].amount, step: step.size, perStep: step.per };
    }
    if (floor || cap !== null) return fail("short-threshold-options");
    if (downs.length > 1 || (downs.length === 1 && downs[0].bound !== target.bound)) {
      return fail("short-threshold-gap");
    }
    return { kind: "rate-threshold", unit: rateUnit, threshold: target, points: ups[0].amount };
  }
  if (step || floor || downs.length > 0) return fail("short-count-tiers");
  if (ups.some((x) => x.cmp !== ">=")) return fail("short-count-ge");
  const steps = ups.map((x) => ({ atLeast: x.bound, points: x.amount })).sort((a, b) => b.atLeast - a.atLeast);
  return { kind: "stepped-count", unit: "", steps, cap };
}

