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
 */
import type { ScoreOptions, ScoringRule } from "./types";
import { COUNT_UNITS, countUnits, orderedTiers } from "./evaluate";

/** Must agree with values.ts TRUE_WORDS / FALSE_WORDS (a test checks it). */
export const YES_WORDS: ReadonlyArray<string> = ["是", "有", "√", "✓", "✔", "y", "yes", "true", "已", "完成", "达到", "达标", "合格"];
export const NO_WORDS: ReadonlyArray<string> = ["否", "无", "×", "✗", "✘", "x", "n", "no", "false", "未", "未完成", "未达到", "未达标", "不合格"];

const q = (s: string): string => `"${s.replace(/"/g, '""')}"`;
const arr = (words: ReadonlyArray<string>): string => `{${words.map(q).join(",")}}`;
const num = (n: number): string => {
  if (!Number.isFinite(n)) throw new Error(`not a finite number: ${n}`);
  return String(n);
};

/** Text with `units` removed, then VALUE: "3人" → 3. Guards: % and , make it an error. */
function plainNumber(ref: string, units: ReadonlyArray<string>): string {
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
function yes(ref: string): string {
  return `OR(${ref}=TRUE,${isYesWord(`TRIM(${ref})`)},IFERROR(${answerNumber(ref)}>0,FALSE))`;
}
function no(ref: string): string {
  return `OR(${ref}=FALSE,${isNoWord(`TRIM(${ref})`)},IFERROR(${answerNumber(ref)}<=0,FALSE))`;
}
/** "2起" answers yes to "did it happen" */
const ANSWER_UNITS: ReadonlyArray<string> = [...COUNT_UNITS, "分", "元", "‰"];

function yesNoIf(ref: string, ifYes: string, ifNo: string): string {
  return `IF(${ref}="",NA(),IF(${yes(ref)},${ifYes},IF(${no(ref)},${ifNo},NA())))`;
}

/** A count ≥ 0: numbers, "3人", 无 → 0; otherwise an error. */
function count(ref: string, units: ReadonlyArray<string>): string {
  const n = `IF(${ref}="",NA(),IF(${isNoWord(`TRIM(${ref})`)},0,${plainNumber(ref, units)}))`;
  return n;
}
function nonNegative(expr: string, body: (x: string) => string): string {
  return `IF(${expr}<0,NA(),${body(expr)})`;
}

/** A rate in percent (46 for "46%" or 0.46) or per mille. */
function rate(ref: string, unit: "%" | "‰" | ""): string {
  if (unit === "‰") {
    return `IF(ISNUMBER(SEARCH("%",${ref})),NA(),IF(ISNUMBER(${ref}),${ref},VALUE(SUBSTITUTE(TRIM(${ref}),"‰",""))))`;
  }
  if (unit === "") return `IF(ISNUMBER(SEARCH("%",${ref})),NA(),IF(ISNUMBER(${ref}),${ref},VALUE(TRIM(${ref}))))`;
  const v = `VALUE(TRIM(${ref}))`;
  return (
    `IF(ISNUMBER(${ref}),IF(${ref}<=1,ROUND(${ref}*100,10),${ref}),` +
    `IF(ISNUMBER(SEARCH("%",${ref})),ROUND(${v}*100,10),IF(${v}<=1,ROUND(${v}*100,10),${v})))`
  );
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

function earned(expr: string, max: number | undefined): string {
  return max !== undefined ? `MIN(${num(max)},MAX(0,${expr}))` : expr;
}
function deducted(d: string, max: number | undefined): string {
  return max !== undefined ? `MAX(0,${num(max)}-${d})` : `-(${d})`;
}

function cmp(x: string, c: string, bound: number): string {
  return `${x}${c}${num(bound)}`;
}

/** The formula (with the leading "=") or null when no formula can compute the rule. */
export function ruleFormula(rule: ScoringRule, valueRef: string, max?: number, opts: ScoreOptions = {}): string | null {
  if (!/^\$?[A-Z]{1,3}\$?\d{1,7}$/.test(valueRef) && !/^'?[^']+'?!\$?[A-Z]{1,3}\$?\d{1,7}$/.test(valueRef)) {
    throw new Error(`not a cell reference: ${valueRef}`);
  }
  if (max !== undefined && !(Number.isFinite(max) && max >= 0)) return null;
  const body = formulaBody(rule, valueRef, max, opts);
  return body === null ? null : `=${body}`;
}

function formulaBody(rule: ScoringRule, ref: string, max: number | undefined, opts: ScoreOptions): string | null {
  switch (rule.kind) {
    case "all-or-nothing": {
      const pts = rule.points ?? max;
      if (pts === undefined) return null;
      return earned(yesNoIf(ref, num(pts), "0"), max);
    }
    case "per-unit-capped": {
      const c = count(ref, countUnits(rule));
      return nonNegative(c, (x) => {
        const raw = `${num(rule.points)}*INT(${x}/${num(rule.per)})`;
        return earned(rule.cap !== null ? `MIN(${num(rule.cap)},${raw})` : raw, max);
      });
    }
    case "per-unit-deduction-floored": {
      const c = count(ref, countUnits(rule));
      const full = rule.full ?? max;
      return nonNegative(c, (x) => {
        const d = `${num(rule.points)}*INT(${x}/${num(rule.per)})`;
        if (full === undefined) return `-(${d})`;
        const s = `MAX(0,${num(full)}-${d})`;
        return max !== undefined ? `MIN(${num(max)},${s})` : s;
      });
    }
    case "rate-per-point-with-cutoff":
    case "rate-per-point-to-zero": {
      const full = rule.full ?? max;
      if (full === undefined) return null;
      const r = rate(ref, rule.unit);
      const slope = `MAX(0,${num(full)}-${num(rule.perStep)}*ABS(${num(rule.target.bound)}-${r})/${num(rule.step)})`;
      const below = rule.kind === "rate-per-point-with-cutoff"
        ? `IF(${cmp(r, rule.cutoff.cmp, rule.cutoff.bound)},0,${slope})`
        : slope;
      return earned(`IF(${cmp(r, rule.target.cmp, rule.target.bound)},${num(full)},${below})`, max);
    }
    case "rate-threshold": {
      const pts = rule.points ?? max;
      if (pts === undefined) return null;
      const r = rate(ref, rule.unit);
      return earned(`IF(${cmp(r, rule.threshold.cmp, rule.threshold.bound)},${num(pts)},0)`, max);
    }
    case "listed-parts": {
      const units = countUnits({});
      const n = plainNumber(ref, units);
      const found = rule.parts.map((p) => `ISNUMBER(SEARCH(${q(p)},${ref}))`).join("+");
      const k = num(rule.count);
      const each = num(rule.each);
      const body =
        `IF(OR(ISNUMBER(SEARCH("%",${ref})),ISNUMBER(SEARCH("‰",${ref}))),NA(),` +
        `IF(ISNUMBER(IFERROR(${n},"")),IF(${n}<0,NA(),MIN(${k},INT(${n}))*${each}),` +
        `IF(${yes(ref)},${k}*${each},IF(${no(ref)},0,IF((${found})=0,NA(),MIN(${k},${found})*${each})))))`;
      return earned(`IF(${ref}="",NA(),${body})`, max);
    }
    case "stepped-count": {
      const c = count(ref, countUnits(rule));
      return nonNegative(c, (x) => {
        let raw = "0";
        for (const s of [...rule.steps].reverse()) raw = `IF(${x}>=${num(s.atLeast)},${num(s.points)},${raw})`;
        return earned(rule.cap !== null ? `MIN(${num(rule.cap)},${raw})` : raw, max);
      });
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
        `IF(${tokenCountOf(s)}=1,${yesNoIf(ref, num(total), "0")},` +
        `IF(${tokenCountOf(s)}<>${rule.parts.length},NA(),(${perPart})))`;
      const sum = `IF(${ref}="",NA(),${body})`;
      return rule.sign === 1 ? earned(sum, max) : deducted(sum, max);
    }
    case "per-case": {
      const uniform = rule.pointsMax === null && rule.categories.every((c) => c.points === rule.points);
      const s = listText(ref);
      const k = rule.categories.length;
      if (uniform) {
        const single = count(ref, countUnits(rule));
        const simple = nonNegative(single, (x) => deducted(`${num(rule.points)}*${x}`, max));
        if (k < 2) return simple;
        const sum = rule.categories.map((c, i) => `${num(c.points)}*${nonNegative(tokenNumber(token(s, i + 1)), (x) => x)}`).join("+");
        return `IF(${tokenCountOf(s)}=${k},${deducted(`(${sum})`, max)},${simple})`;
      }
      if (k < 2) return null;
      const sum = rule.categories.map((c, i) => `${num(c.points)}*${nonNegative(tokenNumber(token(s, i + 1)), (x) => x)}`).join("+");
      return `IF(${tokenCountOf(s)}=${k},${deducted(`(${sum})`, max)},NA())`;
    }
    case "fixed-deduction":
      return yesNoIf(ref, deducted(num(rule.points), max), deducted("0", max));
    case "doubled": {
      const n = plainNumber(ref, ["分"]);
      return `IF(${ref}="",NA(),IF(ISNUMBER(IFERROR(${n},"")),${deducted(`${num(rule.factor)}*ABS(${n})`, max)},IF(${no(ref)},${deducted("0", max)},NA())))`;
    }
    case "range-bonus": {
      const n = plainNumber(ref, ["分"]);
      const inRange = `IF(${n}=0,0,IF(AND(${n}>=${num(rule.min)},${n}<=${num(rule.max)}),${n},NA()))`;
      return earned(`IF(${ref}="",NA(),IF(ISNUMBER(IFERROR(${n},"")),${inRange},IF(${no(ref)},0,NA())))`, max);
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
    case "money-tiers": {
      const r = rate(ref, rule.unit);
      let f = "0";
      for (const t of [...orderedTiers(rule.tiers)].reverse()) f = `IF(${cmp(r, t.cmp, t.bound)},${num(t.amount)},${f})`;
      return f;
    }
  }
}
