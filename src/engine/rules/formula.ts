/**
 * A rule as a live Excel formula over the value cell, computing what scoreRule computes.
 *
 * The formula reads what the plan leaves in the value cell (cell.ts): a number (a count, a
 * rate — 0.96 in a percent-formatted cell, or 96 —, points), TRUE/FALSE, the words 是/有 and
 * 否/无, a list "是,否,是" of one-character answers for sub-clauses, "1,0,2" for case
 * categories, or names for listed parts. Text such as "4次", "少2项", "96%" or "√" is first
 * made a number by the plan, with a number format showing the same text (`4` with
 * `0"次"`), so the formula never needs to know a measure word: no SUBSTITUTE per word.
 *
 * Only functions Excel (2007+), WPS and LibreOffice all have: IF, AND, OR, MIN, MAX, ABS,
 * INT, ROUND, ISNUMBER, N, NA, LEN, MID, TRIM, SUBSTITUTE, REPT, SEARCH, FIND, MATCH, LOOKUP,
 * SUMPRODUCT, with array constants. A value the rule cannot use gives #N/A where scoreRule
 * gives `score: null`; a vetoed unit shows the text "一票否决". A blank value cell leaves the
 * score cell empty (""). Tiers are a LOOKUP over array constants, so no formula nests deeper
 * than a few levels; a formula longer than Excel's 8,192 characters or deeper than its 64
 * levels is not written (null). Checked cell by cell against scoreRule in headless LibreOffice
 * (test/engine/rules/libreoffice.test.ts).
 */
import type { MeasureUnit, RateTier, ScoreOptions, ScoringRule, Tier } from "./types";
import { THRESHOLD_NO, THRESHOLD_YES, gradeScore, noneEarned, oneCaseRule, oneYesUnsaid, orderedTiers, scoreRule } from "./evaluate";
import { NO_ANSWERS, YES_ANSWERS, isPercentFormat } from "../values";

/** the words read as yes and no: values.ts's own lists (a copy here had drifted); cell.ts makes the others numbers */
export const YES_WORDS: ReadonlyArray<string> = YES_ANSWERS;
export const NO_WORDS: ReadonlyArray<string> = NO_ANSWERS;
/** the answers a formula reads as words (every other answer word is made 1 or 0 by the plan) */
export const FORMULA_YES: ReadonlyArray<string> = ["是", "有"];
export const FORMULA_NO: ReadonlyArray<string> = ["否", "无"];
/** one-character answers in a list "是,否,是" */
export const LIST_YES: ReadonlyArray<string> = ["是"];
export const LIST_NO: ReadonlyArray<string> = ["否"];

/** Excel's limits for a formula. */
export const EXCEL_FORMULA_MAX_LENGTH = 8192;
export const EXCEL_FORMULA_MAX_NESTING = 64;

export type FormulaOptions = ScoreOptions;

const q = (s: string): string => `"${s.replace(/"/g, '""')}"`;
const arr = (xs: ReadonlyArray<string | number>): string => `{${xs.map((x) => (typeof x === "number" ? num(x) : q(x))).join(",")}}`;
const num = (n: number): string => {
  if (!Number.isFinite(n)) throw new Error(`not a finite number: ${n}`);
  return String(n);
};

/**
 * TRUE or one of the words (`yes`), FALSE or one of the words (not `yes`), as one comparison with an array constant:
 * OR(B2={TRUE,"是","有"}) — the same as OR(B2=TRUE,B2="是",B2="有"), shorter
 */
const answers = (yes: boolean, words: ReadonlyArray<string>): string => `{${[yes ? "TRUE" : "FALSE", ...words.map(q)].join(",")}}`;
const isAnswer = (ref: string, yes: boolean, words: ReadonlyArray<string>): string => `OR(${ref}=${answers(yes, words)})`;
const isYes = (ref: string, words: ReadonlyArray<string> = FORMULA_YES): string => isAnswer(ref, true, words);
const isNo = (ref: string, words: ReadonlyArray<string> = FORMULA_NO): string => isAnswer(ref, false, words);

/**
 * yes → ifYes, no → ifNo, else #N/A: numbers by their sign, TRUE/FALSE, 是/有, 否/无. N(B2) is the number, 1 for TRUE
 * and 0 for FALSE or a word, so N(B2)>0 is "a number > 0 or TRUE" and each branch is written once.
 */
function yesNoIf(ref: string, ifYes: string, ifNo: string): string {
  return `IF(OR(N(${ref})>0,${ref}=${arr(FORMULA_YES)}),${ifYes},IF(OR(ISNUMBER(${ref}),${ref}=${answers(false, FORMULA_NO)}),${ifNo},NA()))`;
}

/**
 * `body` of a count ≥ 0 in the value cell: a number, or 无 (the count 0, whose score
 * `atZero` is a constant).
 */
function count(ref: string, body: (x: string) => string, atZero: number | null): string {
  const zero = atZero === null ? "NA()" : num(atZero);
  return `IF(${ref}="无",${zero},IF(AND(ISNUMBER(${ref}),${ref}>=0),${body(ref)},NA()))`;
}

/** no max, money said of one event or points per case (evaluate's oneCaseRule): 是/有 (TRUE) are one case */
function oneCaseYes(ref: string, rule: Parameters<typeof oneCaseRule>[0], max: number | undefined, body: (x: string) => string, otherwise: string): string {
  if (!oneCaseRule(rule, max)) return otherwise;
  return `IF(${isYes(ref)},${body("1")},${otherwise})`;
}

/**
 * A rate in percent (a percent-formatted cell holds 0.96; otherwise a number ≤ 1 is a fraction), per
 * mille, or a quantity in a measure word (the plan has made "3小时" the number 3, shown 3小时).
 */
function rate(ref: string, unit: MeasureUnit | "", percentCell: boolean): string {
  if (isMeasure(unit)) return ref;
  if (unit !== "%") return `IF(ISNUMBER(${ref}),${ref},NA())`;
  return percentCell ? `ROUND(${ref}*100,10)` : `ROUND(${ref}*IF(${ref}>1,1,100),10)`;
}

const isMeasure = (unit: MeasureUnit | ""): boolean => unit !== "" && unit !== "%" && unit !== "‰";
/** a quantity in a measure word is read once: `body` over the number in the cell, else #N/A */
function quantity(ref: string, unit: MeasureUnit | "", body: string | null): string | null {
  return body === null || !isMeasure(unit) ? body : `IF(ISNUMBER(${ref}),${body},NA())`;
}

/** Clamp earned points to [0, M], unless `expr` is known to stay within [0, highest] ⊆ [0, M]. */
function earned(expr: string, max: number | undefined, highest = Infinity): string {
  if (max === undefined || highest <= max) return expr;
  return `MIN(${num(max)},MAX(0,${expr}))`;
}
/** p × x, written x when p is 1 */
const scaled = (p: number, x: string): string => (p === 1 ? x : `${num(p)}*${x}`);
/** ⌊n / per⌋, written INT(n) when per is 1 */
function units(x: string, per: number): string {
  return per === 1 ? `INT(${x})` : `INT(${x}/${num(per)})`;
}
function deducted(d: string, max: number | undefined): string {
  if (d === "0") return max !== undefined ? num(max) : "0";
  // (a constant deduction written as its result: MAX(0,2-0.5) is 1.5, -(2) is -2)
  if (/^\d+(\.\d+)?$/.test(d)) return num(max !== undefined ? Math.max(0, Math.round((max - Number(d)) * 1e10) / 1e10) : -Number(d));
  return max !== undefined ? `MAX(0,${num(max)}-${d})` : `-(${d})`;
}
function cmp(x: string, c: string, bound: number): string {
  return `${x}${c}${num(bound)}`;
}

/** the list holds k tokens: k − 1 commas */
function tokensAre(s: string, k: number): string {
  return `LEN(${s})-LEN(SUBSTITUTE(${s},",",""))=${num(k - 1)}`;
}

/** Nesting depth of a formula's parentheses (string literals skipped). */
export function formulaDepth(f: string): number {
  let depth = 0;
  let most = 0;
  let inString = false;
  for (const ch of f) {
    if (ch === '"') inString = !inString;
    else if (!inString && ch === "(") most = Math.max(most, ++depth);
    else if (!inString && ch === ")") depth--;
  }
  return most;
}

/**
 * The formula (with the leading "=") or null when no formula can compute the rule, or when it
 * would exceed Excel's limits (the plan then writes the score as a value). A blank value cell
 * gives an empty score cell ("" — scoreRule says null: nothing typed yet).
 */
export function ruleFormula(rule: ScoringRule, valueRef: string, max?: number, opts: FormulaOptions = {}): string | null {
  if (!/^\$?[A-Z]{1,3}\$?\d{1,7}$/.test(valueRef) && !/^'?[^']+'?!\$?[A-Z]{1,3}\$?\d{1,7}$/.test(valueRef)) {
    throw new Error(`not a cell reference: ${valueRef}`);
  }
  if (max !== undefined && !(Number.isFinite(max) && max >= 0)) return null;
  const inner = formulaBody(rule, valueRef, max, opts);
  if (inner === null) return null;
  const body = sanctionGuard(rule, valueRef, inner);
  // a constant (period default) does not read the value cell
  const f = body.includes(valueRef) ? `=IF(${valueRef}="","",${body})` : `=${body}`;
  if (f.length > EXCEL_FORMULA_MAX_LENGTH || formulaDepth(f) > EXCEL_FORMULA_MAX_NESTING) return null;
  return f;
}

/**
 * 迟到每次扣1分,3次以上辞退: the counts that reach the sanction give #N/A, as the engine refuses them (evaluate.ts
 * pastSanction) — the count typed, 是/有 one case, one count per kind summed; a fixed deduction also refuses a count above one.
 */
function sanctionGuard(rule: ScoringRule, ref: string, body: string): string {
  if ((rule.kind !== "per-case" && rule.kind !== "fixed-deduction" && rule.kind !== "per-unit-deduction-floored") || rule.sanction === undefined) return body;
  const { count, inclusive } = rule.sanction;
  // (kinds counted apart: the sum of the counts is checked where the list is read, listPast; a number there is only 0)
  if (rule.kind === "per-case" && rule.categories.length > 1) return body;
  const n = `IF(ISNUMBER(${ref}),${ref},IF(OR(${ref}="是",${ref}="有",${ref}=TRUE),1,0))`;
  const past = `${n}${inclusive ? ">=" : ">"}${num(count)}`;
  const reached = rule.kind === "fixed-deduction" ? `OR(${past},AND(ISNUMBER(${ref}),${ref}>1))` : past;
  return `IF(${reached},NA(),${body})`;
}

/** kinds counted apart with a sanction past a count: the counts' sum (`x` spread) reaching it gives #N/A */
function listPast(rule: Extract<ScoringRule, { kind: "per-case" }>, x: string, total: string): string {
  if (rule.sanction === undefined) return total;
  return `IF(SUMPRODUCT(${x})${rule.sanction.inclusive ? ">=" : ">"}${num(rule.sanction.count)},NA(),${total})`;
}

/** n ≥ bound steps as LOOKUP(n,{0,1,2},{0,3,5}): the points of the highest step reached. */
function stepLookup(x: string, steps: ReadonlyArray<{ atLeast: number; points: number }>): string {
  const asc = [...steps].sort((a, b) => a.atLeast - b.atLeast);
  const bounds = asc.map((s) => s.atLeast);
  const points = asc.map((s) => s.points);
  if (bounds[0] > 0) {
    bounds.unshift(0);
    points.unshift(0);
  }
  if (bounds.length === 2 && bounds[0] === 0 && points[0] === 0) return `IF(${x}>=${num(bounds[1])},${num(points[1])},0)`;
  return `LOOKUP(${x},${arr(bounds)},${arr(points)})`;
}

/**
 * Money tiers: nested IFs for a few, else a LOOKUP when they are intervals [b, next) (">=" up, "<" down).
 * A tier whose amount is not said (between two bands) gives #N/A.
 */
function tierFormula(r: string, tiers: ReadonlyArray<Tier | RateTier>): string | null {
  const ordered = orderedTiers(tiers);
  if (ordered.length <= 6) {
    let f = "0";
    for (const t of [...ordered].reverse()) f = `IF(${cmp(r, t.cmp, t.bound)},${t.amount === null ? "NA()" : num(t.amount)},${f})`;
    return f;
  }
  // (a target with nothing said below it: one "<" tier without points under every other bound)
  const lowest = Math.min(...tiers.map((t) => t.bound));
  const unsaid = tiers.filter((t) => t.amount === null);
  if (unsaid.length === 1 && unsaid[0].cmp === "<" && unsaid[0].bound === lowest && tiers.filter((t) => t.bound === lowest).length === 2) {
    const said = tiers.filter((t) => t.amount !== null).sort((a, b) => a.bound - b.bound);
    if (said.some((t) => t.cmp !== ">=")) return null;
    return `IF(${r}<${num(lowest)},NA(),LOOKUP(${r},${arr(said.map((t) => t.bound))},${arr(said.map((t) => t.amount ?? 0))}))`;
  }
  if (tiers.some((t) => (t.cmp !== ">=" && t.cmp !== "<") || t.amount === null)) return null;
  // the amount on each interval, from a bound far below every tier up
  const bounds = [...new Set(tiers.map((t) => t.bound))].sort((a, b) => a - b);
  const starts = [Math.min(bounds[0], 0) - 1e9, ...bounds];
  const amounts = starts.map((x) => scoreMoney(tiers, x));
  return `LOOKUP(${r},${arr(starts)},${arr(amounts)})`;
}
function scoreMoney(tiers: ReadonlyArray<Tier | RateTier>, x: number): number {
  const s = scoreRule({ kind: "money-tiers", unit: "", currency: "", tiers: tiers as ReadonlyArray<Tier> }, x).score;
  return s ?? 0;
}

function formulaBody(rule: ScoringRule, ref: string, max: number | undefined, opts: ScoreOptions): string | null {
  // the score of a count of 0 (what 无 means)
  const atZero = (): number | null => scoreRule(rule, 0, max, opts).score;
  const percentCell = isPercentFormat(opts.numberFormat);
  switch (rule.kind) {
    case "all-or-nothing": {
      const pts = rule.points ?? max;
      if (pts === undefined) return null;
      const yn = yesNoIf(ref, num(pts), "0");
      // a standard stated as an absence (无随意扣款现象): 有 the thing happened, 无 it did not — or neither answers
      // — and a number counts the things said absent (0 meets it, any fails it; the plan makes √ 0, × 1)
      const answer = rule.absence === undefined ? yn : rule.absence === "whole"
        ? `IF(ISNUMBER(${ref}),IF(${ref}>0,0,${num(pts)}),IF(${isYes(ref, ["是", "无"])},${num(pts)},IF(${isNo(ref, ["否", "有"])},0,NA())))`
        : `IF(OR(${ref}="有",${ref}="无"),NA(),${yn})`;
      // 达甲等: the grade typed (甲等 / 乙等 …) before a yes/no
      const g = rule.grades;
      if (g) return earned(`IF(ISNUMBER(MATCH(${ref},${arr(g.reached)},0)),${num(pts)},IF(ISNUMBER(MATCH(${ref},${arr(g.below)},0)),0,${answer}))`, max, pts);
      return earned(answer, max, pts);
    }
    case "per-unit-capped": {
      const kinds = rule.categories ?? [];
      if (kinds.length > 1) {
        // kinds earned apart, "2,1"
        const raw = `SUMPRODUCT(${spreadCounts(ref, kinds.length)}*${arr(kinds.map((c) => c.points))})`;
        // (基础分3分,…加0.2分,…扣0.2分,得分不超过5分: the signed kinds move the base, between 0 and the cap or the max)
        if (rule.base !== undefined) {
          const hi = Math.min(rule.cap ?? Infinity, max ?? Infinity);
          const moved = `MAX(0,${num(rule.base)}+${raw})`;
          const none = num(Math.max(0, Math.min(hi, rule.base)));
          return kindsList(ref, kinds.length, hi === Infinity ? moved : `MIN(${num(hi)},${moved})`, none);
        }
        return kindsList(ref, kinds.length, earned(rule.cap !== null ? `MIN(${num(rule.cap)},${raw})` : raw, max, rule.cap ?? Infinity), earned("0", max, 0));
      }
      const body = (x: string): string => {
        const raw = scaled(rule.points, units(x, rule.per));
        return earned(rule.cap !== null ? `MIN(${num(rule.cap)},${raw})` : raw, max, rule.cap ?? Infinity);
      };
      return oneCaseYes(ref, rule, max, body, count(ref, body, atZero()));
    }
    case "per-unit-deduction-floored": {
      const full = rule.full ?? max;
      return count(ref, (x) => {
        const short = rule.target !== null ? `MAX(0,${num(rule.target)}-${x})` : x;
        const raw = `${num(rule.points)}*${rule.roundUp ? `-INT(-${short}${rule.per === 1 ? "" : `/${num(rule.per)}`})` : units(short, rule.per)}`;
        const d = rule.cap !== null ? `MIN(${num(rule.cap)},${raw})` : raw;
        if (full === undefined) return `-(${d})`;
        const s = `MAX(0,${num(full)}-${d})`;
        return max !== undefined && full > max ? `MIN(${num(max)},${s})` : s;
      }, atZero());
    }
    case "rate-per-point-with-cutoff":
    case "rate-per-point-to-zero":
    case "rate-threshold":
    case "rate-tiers":
      return quantity(ref, rule.unit, rateBody(rule, ref, max, percentCell));
    case "listed-parts": {
      // a count, yes (all), no (none), or the names of the parts present
      const k = num(rule.count);
      const each = num(rule.each);
      const found = rule.parts.map((p) => `ISNUMBER(SEARCH(${q(p)},${ref}))`).join("+");
      const body =
        `IF(ISNUMBER(${ref}),IF(${ref}<0,NA(),MIN(${k},INT(${ref}))*${each}),` +
        `IF(${isYes(ref)},${k}*${each},IF(${isNo(ref)},0,` +
        `IF((${found})=0,NA(),MIN(${k},${found})*${each}))))`;
      return earned(body, max, rule.count * rule.each);
    }
    case "stepped-count":
      return count(ref, (x) => {
        const raw = stepLookup(x, rule.steps);
        const top = Math.max(0, ...rule.steps.map((st) => st.points));
        return earned(rule.cap !== null ? `MIN(${num(rule.cap)},${raw})` : raw, max, Math.min(top, rule.cap ?? Infinity));
      }, atZero());
    case "sub-clauses": {
      // "是,否,是" (cell.ts writes every other list so): 是/否 at positions 1, 3, 5 …; one answer for all
      const total = Math.round(rule.parts.reduce((a, p) => a + p.points, 0) * 1e10) / 1e10;
      const k = rule.parts.length;
      const mid = `MID(${ref},${arr(rule.parts.map((_p, i) => 2 * i + 1))},1)`;
      // met: the answers say which requirements are met, an unmet one (否) takes its points
      const on = rule.met ? "否" : "是";
      const same = rule.parts.every((p) => p.points === rule.parts[0].points);
      // (every answer 是 or 否: each position matches one of the column {"是";"否"}; parts of equal points: the points × the answers that count —
      // shorter than a product with {1,1,1,…}, so that ten parts stay within 300 characters)
      const taken = same ? scaled(rule.parts[0].points, `SUMPRODUCT(--(${mid}="${on}"))`) : `SUMPRODUCT((${mid}="${on}")*${arr(rule.parts.map((p) => p.points))})`;
      // (the length as a factor of each match: k only when it is right)
      const list = `IF(SUMPRODUCT((${mid}={"是";"否"})*(LEN(${ref})=${2 * k - 1}))=${k},${taken},NA())`;
      const t = num(total);
      // a number counts the parts of equal points met (met), failed (deductions) or done (earned); 1/0 otherwise
      const counts = same && (rule.met || k > 1);
      // (parts of different points: 1 and 0 answer yes/no, any other figure is no answer — evaluate.ts)
      // (deductions of different points with no max: one yes says none of them — evaluate.ts oneYesUnsaid)
      const unsaid = oneYesUnsaid(rule, max);
      const numbered = counts ? `IF(${ref}<0,NA(),${scaled(rule.parts[0].points, `MIN(${k},${ref})`)})` : unsaid ? `IF(${ref}=0,0,NA())` : !rule.met ? (k > 1 ? `IF(OR(${ref}=0,${ref}=1),${ref}*${t},NA())` : `IF(${ref}>0,${t},0)`) : "NA()";
      const [yes, no] = rule.met ? ["0", t] : [unsaid ? "NA()" : t, "0"];
      const body = `IF(ISNUMBER(${ref}),${numbered},IF(${isYes(ref, ["是"])},${yes},IF(${isNo(ref, ["否"])},${no},${k > 1 ? list : "NA()"})))`;
      return rule.sign === 1 ? earned(body, max, total) : deducted(body, max);
    }
    case "per-case": {
      const uniform = rule.pointsMax === null && rule.categories.every((c) => c.points === rule.points);
      const k = rule.categories.length;
      const capped = (d: string): string => (rule.cap !== null ? `MIN(${num(rule.cap)},${d})` : d);
      const x = spreadCounts(ref, k);
      // (a minus anywhere is no count: the evaluator reads each count as digits only)
      const negative = `ISNUMBER(FIND("-",${ref}))`;
      if (uniform) {
        if (k < 2) {
          const body = (y: string): string => deducted(capped(scaled(rule.points, y)), max);
          return oneCaseYes(ref, rule, max, body, count(ref, body, atZero()));
        }
        const zero = atZero();
        const one = `IF(${ref}>=0,${deducted(capped(scaled(rule.points, ref)), max)},NA())`;
        // the same points for every category: points × the counts' sum (shorter than a product with {p,p,p})
        const same = `IF(${negative},NA(),${listPast(rule, x, deducted(capped(scaled(rule.points, `SUMPRODUCT(${x})`)), max))})`;
        return `IF(ISNUMBER(${ref}),${one},IF(${ref}="无",${zero === null ? "NA()" : num(zero)},IF(${tokensAre(ref, k)},${same},NA())))`;
      }
      if (k < 2) return null;
      return kindsList(ref, k, listPast(rule, x, deducted(capped(`SUMPRODUCT(${x}*${arr(rule.categories.map((c) => c.points))})`), max)), deducted("0", max));
    }
    case "fixed-deduction": {
      const [d, full] = [deducted(num(rule.points), max), deducted("0", max)];
      if (!rule.met) return yesNoIf(ref, d, full);
      // 是 the standard met, 有 the event there; a number counts events (the plan makes √ 0, × 1)
      return `IF(ISNUMBER(${ref}),IF(${ref}>0,${d},${full}),IF(${isYes(ref, ["是", "无"])},${full},IF(${isNo(ref, ["否", "有"])},${d},NA())))`;
    }
    case "doubled":
      return `IF(ISNUMBER(${ref}),${deducted(`${num(rule.factor)}*ABS(${ref})`, max)},IF(${isNo(ref)},${deducted("0", max)},NA()))`;
    case "range-bonus": {
      const inRange = `IF(${ref}=0,0,IF(AND(${ref}>=${num(rule.min)},${ref}<=${num(rule.max)}),${ref},NA()))`;
      return earned(`IF(ISNUMBER(${ref}),${inRange},IF(${isNo(ref)},0,NA()))`, max, rule.min >= 0 ? rule.max : Infinity);
    }
    case "percentage-cut":
      if (max === undefined) return yesNoIf(ref, "NA()", "0");
      return yesNoIf(ref, `${num(max)}*(1-${num(rule.percent)}/100)`, num(max));
    case "period-default": {
      if (opts.period === rule.period || (rule.rule === null && opts.period === undefined)) {
        return max === undefined ? null : num(max);
      }
      if (rule.rule === null) return null;
      return formulaBody(rule.rule, ref, max, opts);
    }
    case "by-period":
      if (opts.period === "half-year") return formulaBody(rule.halfYear, ref, max, opts);
      if (opts.period === "full-year") return formulaBody(rule.fullYear, ref, max, opts);
      return null;
    case "veto":
      return yesNoIf(ref, q("一票否决"), num(max ?? 0));
    case "money-tiers":
      return tierFormula(rate(ref, rule.unit, percentCell), rule.tiers);
    case "proportional": {
      // a count is never negative; a rate or a figure as typed may be
      const times = (x: string): string => {
        const raw = `${num(rule.points)}*${x}${rule.per === 1 ? "" : `/${num(rule.per)}`}`;
        return earned(rule.cap !== null ? `MIN(${num(rule.cap)},${raw})` : raw, max, rule.unit === "" || rule.unit === "%" || rule.unit === "‰" ? Infinity : rule.cap ?? Infinity);
      };
      if (rule.unit === "%" || rule.unit === "‰") return times(rate(ref, rule.unit, percentCell));
      if (rule.unit !== "") return count(ref, times, atZero());
      // the figure as typed: 15 or 15% (a percent-formatted cell holds 0.15); 否/无 is 0
      const x = percentCell ? `ROUND(${ref}*100,10)` : ref;
      return `IF(ISNUMBER(${ref}),${times(x)},IF(${isNo(ref)},${times("0")},NA()))`;
    }
    case "rank-tiers": {
      const last = rule.first + rule.points.length - 1;
      // one breakpoint where the points change (bands of ranks: 1-3名 7分, 4-6名 5分 → {1,4},{7,5})
      const ranks: number[] = [];
      const pts: number[] = [];
      rule.points.forEach((p, i) => {
        if (i === 0 || p !== rule.points[i - 1]) {
          ranks.push(rule.first + i);
          pts.push(p);
        }
      });
      const lookup = (x: string): string => `LOOKUP(${x},${arr(ranks)},${arr(pts)})`;
      const rest = rule.rest;
      if (rest !== undefined) {
        // rank 0 (nothing to rank) scores 0; a rank after the listed ones the rest's points
        return count(ref, (x) => earned(
          `IF(${x}=0,0,IF(AND(${x}=INT(${x}),${x}>=${num(rule.first)}),IF(${x}<=${num(last)},${lookup(x)},${num(rest)}),NA()))`,
          max, Math.max(0, rest, ...rule.points),
        ), atZero());
      }
      return count(ref, (x) => earned(
        `IF(AND(${x}=INT(${x}),${x}>=${num(rule.first)},${x}<=${num(last)}),${lookup(x)},NA())`,
        max, Math.max(0, ...rule.points),
      ), atZero());
    }
    case "grade-tiers": {
      // the grade as written: its score by position, #N/A for any other value
      const labels = arr(rule.grades.map((g) => g.label));
      const scores = arr(rule.grades.map((g) => gradeScore(rule, g.points, max)));
      // (无, where every grade earns: nothing earned — as the evaluator's noneEarned)
      const other = noneEarned(rule, "无") ? `IF(${ref}="无",${num(gradeScore(rule, 0, max))},NA())` : "NA()";
      return `IF(ISNUMBER(MATCH(${ref},${labels},0)),SUMPRODUCT((${ref}=${labels})*${scores}),${other})`;
    }
  }
}

/** "1,0,2" (cell.ts writes other separators as ","): the k counts, at 1, 100, 199 … once spread out */
function spreadCounts(ref: string, k: number): string {
  return `--TRIM(MID(SUBSTITUTE(${ref},",",REPT(" ",99)),${arr(Array.from({ length: k }, (_c, i) => i * 99 + 1))},99))`;
}

/**
 * Several kinds counted apart (per-case categories, earned kinds): `total` from one count per kind; 0 or 无 none
 * of any kind (`none`; cell.ts makes 未发生 and the like 0, shown as typed); a minus anywhere, or another number
 * of counts, no answer.
 */
function kindsList(ref: string, k: number, total: string, none: string): string {
  const listed = `IF(${tokensAre(ref, k)},IF(ISNUMBER(FIND("-",${ref})),NA(),${total}),NA())`;
  return `IF(ISNUMBER(${ref}),IF(${ref}=0,${none},NA()),IF(${ref}="无",${none},${listed}))`;
}

type RateRule = Extract<ScoringRule, { kind: "rate-per-point-with-cutoff" | "rate-per-point-to-zero" | "rate-threshold" | "rate-tiers" }>;

/** The rate rules over the rate (or the quantity) in the cell. */
function rateBody(rule: RateRule, ref: string, max: number | undefined, percentCell: boolean): string | null {
  const r = rate(ref, rule.unit, percentCell);
  switch (rule.kind) {
    case "rate-per-point-with-cutoff":
    case "rate-per-point-to-zero": {
      const full = rule.full ?? max;
      const perPoint = rule.step === 1 ? "" : `/${num(rule.step)}`;
      // the steps below the target (to the nearest whole one with 四舍五入; ROUND is half away from 0, the same for a distance)
      const below0 = `ABS(${num(rule.target.bound)}-${r})${perPoint}`;
      const short = rule.roundSteps ? `ROUND(${below0},0)` : below0;
      // (a step up: what the rate above the target adds, at most its cap)
      const a = rule.kind === "rate-per-point-to-zero" ? rule.above : undefined;
      const raw = a === undefined ? "" : `${num(a.perStep)}*(${r}-${num(rule.target.bound)})${a.step === 1 ? "" : `/${num(a.step)}`}`;
      const bonus = a === undefined ? "" : a.cap !== null ? `MIN(${num(a.cap)},${raw})` : raw;
      if (full === undefined) {
        if (rule.kind !== "rate-per-point-to-zero") return null;
        return `IF(${cmp(r, rule.target.cmp, rule.target.bound)},${bonus === "" ? "0" : bonus},-(${num(rule.perStep)}*${short}))`;
      }
      const slope = `MAX(0,${num(full)}-${num(rule.perStep)}*${short})`;
      if (rule.kind === "rate-per-point-to-zero" && a === undefined && full >= 0 && rule.perStep >= 0) {
        // (the rate read once: the distance signed towards the target, ≤ 0 once it is met, so full − perStep × it is
        // ≥ full there and MIN(full, …) gives full — as IF(met, full, …) with ABS gives)
        const toward = rule.target.cmp === ">=" || rule.target.cmp === ">" ? `${num(rule.target.bound)}-${r}` : rule.target.cmp === "<=" || rule.target.cmp === "<" ? `${r}-${num(rule.target.bound)}` : null;
        if (toward !== null) {
          const d = `(${toward})${perPoint}`;
          return earned(`MIN(${num(full)},MAX(0,${num(full)}-${num(rule.perStep)}*${rule.roundSteps ? `ROUND(${d},0)` : d}))`, max, full);
        }
      }
      const below = rule.kind === "rate-per-point-with-cutoff" ? `IF(${cmp(r, rule.cutoff.cmp, rule.cutoff.bound)},0,${slope})` : slope;
      const top = a === undefined ? full : a.cap !== null ? full + a.cap : Infinity;
      // (a bonus that would pass the item's max is not scored: the engine refuses that value too)
      const reached = bonus === "" ? num(full) : max !== undefined && top > max ? `IF(${num(full)}+${bonus}>${num(max)},NA(),${num(full)}+${bonus})` : `${num(full)}+${bonus}`;
      return earned(`IF(${cmp(r, rule.target.cmp, rule.target.bound)},${reached},${below})`, max, top);
    }
    case "rate-threshold": {
      const pts = rule.points ?? max;
      if (pts === undefined) return null;
      // (a step up: what the rate above the bound adds, at most its cap; past the item's max not scored, as the engine refuses it)
      const a = rule.above;
      const raw = a === undefined ? "" : `${num(a.perStep)}*(${r}-${num(rule.threshold.bound)})${a.step === 1 ? "" : `/${num(a.step)}`}`;
      const bonus = a === undefined ? "" : a.cap !== null ? `MIN(${num(a.cap)},${raw})` : raw;
      const top = a === undefined ? pts : a.cap !== null ? pts + a.cap : Infinity;
      const atTop = bonus === "" ? num(pts) : max !== undefined && top > max ? `IF(${num(pts)}+${bonus}>${num(max)},NA(),${num(pts)}+${bonus})` : `${num(pts)}+${bonus}`;
      const reached = earned(`IF(${cmp(r, rule.threshold.cmp, rule.threshold.bound)},${atTop},0)`, max, top);
      // (是/√ and 否/× answer the threshold itself, as typed; 是 with a step up does not say by how much)
      if (rule.unit !== "%" && rule.unit !== "‰") return reached;
      const yes = a === undefined ? earned(num(pts), max, pts) : "NA()";
      // (the words as one array: OR(B2={"是","√","达标"}) — shorter than B2="是",B2="√",… so that a threshold stays
      // within the length a clerk can read)
      const said = (words: ReadonlyArray<string>): string => `${ref}={${words.map(q).join(",")}}`;
      return `IF(OR(${said(THRESHOLD_YES)}),${yes},IF(OR(${said(THRESHOLD_NO)}),0,${reached}))`;
    }
    case "rate-tiers": {
      const t = tierFormula(r, rule.tiers);
      if (t === null || max === undefined) return t;
      if (rule.tiers.every((x) => x.amount === null || (x.amount >= 0 && x.amount <= max))) return t;
      return rule.tiers.every((x) => (x.amount ?? 0) <= 0) ? `MAX(0,${num(max)}+${t})` : `MIN(${num(max)},MAX(0,${t}))`;
    }
  }
}
