/**
 * A rule as a live Excel formula over the value cell, computing what scoreRule computes.
 *
 * Only functions Excel (2007+), WPS and LibreOffice all have: IF, AND, OR, NOT, MIN, MAX,
 * ABS, INT, ROUND, ISNUMBER, IFERROR, NA, VALUE, TRIM, SUBSTITUTE, SEARCH, MATCH, MID, LEN,
 * REPT, and array constants {"是","有"} inside MATCH. A value the rule cannot use gives an
 * error (#N/A or #VALUE!) where scoreRule gives `score: null`; a vetoed unit shows the text
 * "一票否决".
 *
 * Values read as in evaluate.ts: yes/no words, numbers, numbers typed with a count word
 * ("3人", "2起"), "46%" and 0.46 for percent rules, lists "是,否,是". Not read by the formula
 * (the engine reads them, the formula shows an error): full-width digits, Chinese numerals
 * ("三人"), approximations ("约30%"), thousands separators. In LibreOffice TRUE/FALSE are the
 * numbers 1/0, so a boolean cell counts as 1/0 there.
 *
 * A blank value cell leaves the score cell empty (""), so a sheet not yet filled in shows no
 * scores rather than zeros or errors. With `values: "numbers"` the formula is the short one
 * for a value column that holds numbers (=IF(B2="","",…MIN(10,3*INT(B2))…)); the default
 * "as-typed" formula also reads text such as "3人" and "46%". Both are checked cell by cell
 * against scoreRule in headless LibreOffice (test/engine/rules/libreoffice.test.ts).
 */
import type { ScoreOptions, ScoringRule } from "./types";
import { COUNT_UNITS, countUnits, orderedTiers, scoreRule } from "./evaluate";
import { isPercentFormat } from "../values";

/** Must agree with values.ts TRUE_WORDS / FALSE_WORDS (a test checks it). */
export const YES_WORDS: ReadonlyArray<string> = ["是", "有", "√", "✓", "✔", "y", "yes", "true", "已", "完成", "达到", "达标", "合格"];
export const NO_WORDS: ReadonlyArray<string> = ["否", "无", "×", "✗", "✘", "x", "n", "no", "false", "未", "未完成", "未达到", "未达标", "不合格"];

const q = (s: string): string => `"${s.replace(/"/g, '""')}"`;
const arr = (words: ReadonlyArray<string>): string => `{${words.map(q).join(",")}}`;
const num = (n: number): string => {
  if (!Number.isFinite(n)) throw new Error(`not a finite number: ${n}`);
  return String(n);
};

/**
 * "as-typed" (default): the value cell may hold what a clerk types ("3人", "46%", "是", lists).
 * "numbers": it holds numbers (a rate as Excel stores a percent, 0.46, or as 46), yes/no
 * words or lists: the formula is short enough to audit, and a number typed as text ("3人")
 * gives an error instead of a score.
 */
export type ValueShapes = "as-typed" | "numbers";

export interface FormulaOptions extends ScoreOptions {
  readonly values?: ValueShapes;
}

type Mode = ValueShapes;

/** Text with `units` removed, then VALUE: "3人" → 3. Guards: % and , make it an error. */
function plainNumber(ref: string, units: ReadonlyArray<string>, m: Mode = "as-typed"): string {
  if (m === "numbers") return ref;
  let t = `TRIM(${ref})`;
  for (const u of units) t = `SUBSTITUTE(${t},${q(u)},"")`;
  return `IF(ISNUMBER(${ref}),${ref},IF(OR(ISNUMBER(SEARCH("%",${ref})),ISNUMBER(SEARCH(",",${ref})),ISNUMBER(SEARCH("、",${ref}))),NA(),VALUE(${t})))`;
}

const isYesWord = (t: string): string => `ISNUMBER(MATCH(${t},${arr(YES_WORDS)},0))`;
const isNoWord = (t: string): string => `ISNUMBER(MATCH(${t},${arr(NO_WORDS)},0))`;

/** A number an answer may be typed as: 1, "2起", "46%", "3‰" (its sign is what matters). */
function answerNumber(ref: string): string {
  let t = `TRIM(${ref})`;
  for (const u of ANSWER_UNITS) t = `SUBSTITUTE(${t},${q(u)},"")`;
  return `IF(ISNUMBER(${ref}),${ref},IF(OR(ISNUMBER(SEARCH(",",${ref})),ISNUMBER(SEARCH("、",${ref}))),NA(),VALUE(${t})))`;
}
/** readCell's yes/no: words, TRUE/FALSE, numbers > 0 / ≤ 0. */
function yes(ref: string, m: Mode): string {
  if (m === "numbers") return `OR(${ref}=TRUE,${isYesWord(ref)},AND(ISNUMBER(${ref}),${ref}>0))`;
  return `OR(${ref}=TRUE,${isYesWord(`TRIM(${ref})`)},IFERROR(${answerNumber(ref)}>0,FALSE))`;
}
function no(ref: string, m: Mode): string {
  if (m === "numbers") return `OR(${ref}=FALSE,${isNoWord(ref)},AND(ISNUMBER(${ref}),${ref}<=0))`;
  return `OR(${ref}=FALSE,${isNoWord(`TRIM(${ref})`)},IFERROR(${answerNumber(ref)}<=0,FALSE))`;
}
/** "2起" answers yes to "did it happen" */
const ANSWER_UNITS: ReadonlyArray<string> = [...COUNT_UNITS, "分", "元", "‰"];

function yesNoIf(ref: string, ifYes: string, ifNo: string, m: Mode): string {
  return `IF(${yes(ref, m)},${ifYes},IF(${no(ref, m)},${ifNo},NA()))`;
}

/** A count ≥ 0: numbers, "3人", 无 → 0; otherwise an error. */
function count(ref: string, units: ReadonlyArray<string>, m: Mode): string {
  if (m === "numbers") return ref;
  return `IF(${isNoWord(`TRIM(${ref})`)},0,${plainNumber(ref, units)})`;
}
/**
 * `body` of a count that must be ≥ 0. In numbers mode `expr` is the value cell itself: a no
 * word (无) is the count 0, whose score `atZero` is a constant.
 */
function nonNegative(expr: string, body: (x: string) => string, atZero?: number | null): string {
  if (/^'?[^()]*?\$?[A-Z]{1,3}\$?\d+$/.test(expr)) {
    const zero = atZero === undefined ? body("0") : atZero === null ? "NA()" : num(atZero);
    return `IF(${isNoWord(expr)},${zero},IF(AND(ISNUMBER(${expr}),${expr}>=0),${body(expr)},NA()))`;
  }
  return `IF(${expr}<0,NA(),${body(expr)})`;
}

/** A rate in percent (46 for "46%" or 0.46) or per mille. */
function rate(ref: string, unit: "%" | "‰" | "", m: Mode, percentCell = false): string {
  if (unit === "‰" || unit === "") {
    if (m === "numbers") return `IF(ISNUMBER(${ref}),${ref},NA())`;
    if (unit === "‰") return `IF(ISNUMBER(SEARCH("%",${ref})),NA(),IF(ISNUMBER(${ref}),${ref},VALUE(SUBSTITUTE(TRIM(${ref}),"‰",""))))`;
    return `IF(ISNUMBER(SEARCH("%",${ref})),NA(),IF(ISNUMBER(${ref}),${ref},VALUE(TRIM(${ref}))))`;
  }
  // a percent-formatted cell holds 1.05 for 105%; otherwise a number ≤ 1 is a fraction
  if (m === "numbers") return percentCell ? `ROUND(${ref}*100,10)` : `ROUND(IF(${ref}<=1,${ref}*100,${ref}),10)`;
  const n = percentCell ? `ROUND(${ref}*100,10)` : `IF(${ref}<=1,ROUND(${ref}*100,10),${ref})`;
  const v = `VALUE(TRIM(${ref}))`;
  return `IF(ISNUMBER(${ref}),${n},IF(ISNUMBER(SEARCH("%",${ref})),ROUND(${v}*100,10),IF(${v}<=1,ROUND(${v}*100,10),${v})))`;
}

/** The list separators 、 ; ， ； all become "," */
function listText(ref: string): string {
  return `SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(TRIM(${ref}),"、",","),"，",","),"；",","),";",",")`;
}
function tokenCountOf(s: string): string {
  return `(LEN(${s})-LEN(SUBSTITUTE(${s},",",""))+1)`;
}
function token(s: string, i: number): string {
  return `TRIM(MID(SUBSTITUTE(${s},",",REPT(" ",99)),${(i - 1) * 99 + 1},99))`;
}
/** a token that is a plain number, or an error */
function tokenNumber(t: string): string {
  return `IF(ISNUMBER(SEARCH("%",${t})),NA(),VALUE(${t}))`;
}

/** Clamp earned points to [0, M], unless `expr` is known to stay within [0, highest] ⊆ [0, M]. */
function earned(expr: string, max: number | undefined, highest = Infinity): string {
  if (max === undefined || highest <= max) return expr;
  return `MIN(${num(max)},MAX(0,${expr}))`;
}
/** ⌊n / per⌋, written INT(n) when per is 1 */
function units(x: string, per: number): string {
  return per === 1 ? `INT(${x})` : `INT(${x}/${num(per)})`;
}
function deducted(d: string, max: number | undefined): string {
  if (d === "0") return max !== undefined ? num(max) : "0";
  return max !== undefined ? `MAX(0,${num(max)}-${d})` : `-(${d})`;
}

function cmp(x: string, c: string, bound: number): string {
  return `${x}${c}${num(bound)}`;
}

/**
 * The formula (with the leading "=") or null when no formula can compute the rule. A blank
 * value cell gives an empty score cell ("" — scoreRule says null: nothing typed yet).
 */
export function ruleFormula(rule: ScoringRule, valueRef: string, max?: number, opts: FormulaOptions = {}): string | null {
  if (!/^\$?[A-Z]{1,3}\$?\d{1,7}$/.test(valueRef) && !/^'?[^']+'?!\$?[A-Z]{1,3}\$?\d{1,7}$/.test(valueRef)) {
    throw new Error(`not a cell reference: ${valueRef}`);
  }
  if (max !== undefined && !(Number.isFinite(max) && max >= 0)) return null;
  const body = formulaBody(rule, valueRef, max, opts, opts.values ?? "as-typed");
  if (body === null) return null;
  // a constant (period default) does not read the value cell
  return body.includes(valueRef) ? `=IF(${valueRef}="","",${body})` : `=${body}`;
}

function formulaBody(rule: ScoringRule, ref: string, max: number | undefined, opts: ScoreOptions, m: Mode): string | null {
  // the score of a count of 0 (what 无 means), a constant in numbers-mode formulas
  const atZero = (): number | null => scoreRule(rule, 0, max, opts).score;
  switch (rule.kind) {
    case "all-or-nothing": {
      const pts = rule.points ?? max;
      if (pts === undefined) return null;
      return earned(yesNoIf(ref, num(pts), "0", m), max, pts);
    }
    case "per-unit-capped": {
      const c = count(ref, countUnits(rule), m);
      return nonNegative(c, (x) => {
        const raw = `${num(rule.points)}*${units(x, rule.per)}`;
        return earned(rule.cap !== null ? `MIN(${num(rule.cap)},${raw})` : raw, max, rule.cap ?? Infinity);
      }, atZero());
    }
    case "per-unit-deduction-floored": {
      const c = count(ref, countUnits(rule), m);
      const full = rule.full ?? max;
      return nonNegative(c, (x) => {
        const short = rule.target !== null ? `MAX(0,${num(rule.target)}-${x})` : x;
        const raw = `${num(rule.points)}*${units(short, rule.per)}`;
        const d = rule.cap !== null ? `MIN(${num(rule.cap)},${raw})` : raw;
        if (full === undefined) return `-(${d})`;
        const s = `MAX(0,${num(full)}-${d})`;
        return max !== undefined && full > max ? `MIN(${num(max)},${s})` : s;
      }, atZero());
    }
    case "rate-per-point-with-cutoff":
    case "rate-per-point-to-zero": {
      const full = rule.full ?? max;
      if (full === undefined) return null;
      const r = rate(ref, rule.unit, m, isPercentFormat(opts.numberFormat));
      const perPoint = rule.step === 1 ? "" : `/${num(rule.step)}`;
      const slope = `MAX(0,${num(full)}-${num(rule.perStep)}*ABS(${num(rule.target.bound)}-${r})${perPoint})`;
      const below = rule.kind === "rate-per-point-with-cutoff"
        ? `IF(${cmp(r, rule.cutoff.cmp, rule.cutoff.bound)},0,${slope})`
        : slope;
      return earned(`IF(${cmp(r, rule.target.cmp, rule.target.bound)},${num(full)},${below})`, max, full);
    }
    case "rate-threshold": {
      const pts = rule.points ?? max;
      if (pts === undefined) return null;
      const r = rate(ref, rule.unit, m, isPercentFormat(opts.numberFormat));
      return earned(`IF(${cmp(r, rule.threshold.cmp, rule.threshold.bound)},${num(pts)},0)`, max, pts);
    }
    case "listed-parts": {
      const units = countUnits({});
      const n = plainNumber(ref, units, m);
      const found = rule.parts.map((p) => `ISNUMBER(SEARCH(${q(p)},${ref}))`).join("+");
      const k = num(rule.count);
      const each = num(rule.each);
      const isCount = m === "numbers" ? `ISNUMBER(${ref})` : `ISNUMBER(IFERROR(${n},""))`;
      const body =
        `IF(OR(ISNUMBER(SEARCH("%",${ref})),ISNUMBER(SEARCH("‰",${ref}))),NA(),` +
        `IF(${isCount},IF(${n}<0,NA(),MIN(${k},INT(${n}))*${each}),` +
        `IF(${yes(ref, m)},${k}*${each},IF(${no(ref, m)},0,IF((${found})=0,NA(),MIN(${k},${found})*${each})))))`;
      return earned(body, max, rule.count * rule.each);
    }
    case "stepped-count": {
      const c = count(ref, countUnits(rule), m);
      return nonNegative(c, (x) => {
        let raw = "0";
        for (const s of [...rule.steps].reverse()) raw = `IF(${x}>=${num(s.atLeast)},${num(s.points)},${raw})`;
        const top = Math.max(0, ...rule.steps.map((st) => st.points));
        return earned(rule.cap !== null ? `MIN(${num(rule.cap)},${raw})` : raw, max, Math.min(top, rule.cap ?? Infinity));
      }, atZero());
    }
    case "sub-clauses": {
      const s = listText(ref);
      const total = rule.parts.reduce((a, p) => a + p.points, 0);

      const perPart = rule.parts
        .map((p, i) => {
          const t = token(s, i + 1);
          const y = `OR(${isYesWord(t)},IFERROR(VALUE(${t})>0,FALSE))`;
          const n = `OR(${isNoWord(t)},IFERROR(VALUE(${t})<=0,FALSE))`;
          return `IF(${y},${num(p.points)},IF(${n},0,NA()))`;
        })
        .join("+");
      const body =
        `IF(${tokenCountOf(s)}=1,${yesNoIf(ref, num(total), "0", m)},` +
        `IF(${tokenCountOf(s)}<>${rule.parts.length},NA(),(${perPart})))`;
      const sum = body;
      return rule.sign === 1 ? earned(sum, max, total) : deducted(sum, max);
    }
    case "per-case": {
      const uniform = rule.pointsMax === null && rule.categories.every((c) => c.points === rule.points);
      const s = listText(ref);
      const k = rule.categories.length;
      const capped = (d: string): string => (rule.cap !== null ? `MIN(${num(rule.cap)},${d})` : d);
      if (uniform) {
        const single = count(ref, countUnits(rule), m);
        const simple = nonNegative(single, (x) => deducted(capped(`${num(rule.points)}*${x}`), max), k < 2 ? atZero() : undefined);
        if (k < 2) return simple;
        const sum = rule.categories.map((c, i) => `${num(c.points)}*${nonNegative(tokenNumber(token(s, i + 1)), (x) => x)}`).join("+");
        return `IF(${tokenCountOf(s)}=${k},${deducted(capped(`(${sum})`), max)},${simple})`;
      }
      if (k < 2) return null;
      const sum = rule.categories.map((c, i) => `${num(c.points)}*${nonNegative(tokenNumber(token(s, i + 1)), (x) => x)}`).join("+");
      return `IF(${tokenCountOf(s)}=${k},${deducted(capped(`(${sum})`), max)},NA())`;
    }
    case "fixed-deduction":
      return yesNoIf(ref, deducted(num(rule.points), max), deducted("0", max), m);
    case "doubled": {
      const n = plainNumber(ref, ["分"], m);
      const isPoints = m === "numbers" ? `ISNUMBER(${ref})` : `ISNUMBER(IFERROR(${n},""))`;
      return `IF(${isPoints},${deducted(`${num(rule.factor)}*ABS(${n})`, max)},IF(${no(ref, m)},${deducted("0", max)},NA()))`;
    }
    case "range-bonus": {
      const n = plainNumber(ref, ["分"], m);
      const isPoints = m === "numbers" ? `ISNUMBER(${ref})` : `ISNUMBER(IFERROR(${n},""))`;
      const inRange = `IF(${n}=0,0,IF(AND(${n}>=${num(rule.min)},${n}<=${num(rule.max)}),${n},NA()))`;
      return earned(`IF(${isPoints},${inRange},IF(${no(ref, m)},0,NA()))`, max, rule.min >= 0 ? rule.max : Infinity);
    }
    case "percentage-cut":
      if (max === undefined) return yesNoIf(ref, "NA()", "0", m);
      return yesNoIf(ref, `${num(max)}*(1-${num(rule.percent)}/100)`, num(max), m);
    case "period-default": {
      if (opts.period === rule.period || (rule.rule === null && opts.period === undefined)) {
        return max === undefined ? null : num(max);
      }
      if (rule.rule === null) return null;
      return formulaBody(rule.rule, ref, max, opts, m);
    }
    case "by-period":
      if (opts.period === "half-year") return formulaBody(rule.halfYear, ref, max, opts, m);
      if (opts.period === "full-year") return formulaBody(rule.fullYear, ref, max, opts, m);
      return null;
    case "veto":
      return yesNoIf(ref, q("一票否决"), num(max ?? 0), m);
    case "money-tiers": {
      const r = rate(ref, rule.unit, m, isPercentFormat(opts.numberFormat));
      let f = "0";
      for (const t of [...orderedTiers(rule.tiers)].reverse()) f = `IF(${cmp(r, t.cmp, t.bound)},${num(t.amount)},${f})`;
      return f;
    }
  }
}
