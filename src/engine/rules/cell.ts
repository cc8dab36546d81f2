/**
 * What the value cell must hold for a rule's formula (formula.ts) to read the value exactly as
 * the engine reads it. A count typed "4次" becomes the number 4 with the number format
 * `0"次"` (the cell still shows 4次), "少2项" becomes 2 with `"少"0"项"`, "96%" typed as text
 * 0.96 with `0%`, "约30%" 0.3 with `"约"0%`, "√" 1 with `"√"`, "未发生" 0 with `"未发生"`, an
 * answer list "√、×、完成" the list "是,否,是". The plan writes this into the value cell before the
 * formula (shown in the preview, undone by 撤销). Numbers, blanks, 是/有/否/无 and part names
 * are left as they are (null).
 *
 * `valueCellPlan` says which of three it is: the formula reads the cell as it stands (`as-is`),
 * the cell must first be made `cell` (`normalise`), or the text is one no number format can
 * carry (a quote, a backslash or a semicolon in the words: `cannot`, with the reason).
 */
import type { CellValue } from "../grid";
import { normalizeText, readCell, readCountText, readText } from "../values";
import { boundReached, reachedStep, chosenPart, countOf, otherQuantity, doneAnswer, namedCounts, noneOfAnyKind, tokenCount, gradeOf, happened, listTokens, namedFailings, namedPart, oneIsAll, rateOf, requiredGrade, scaledUnit, shortfallOf, standardMet, targetRateOf, thresholdAnswer, yesNo } from "./evaluate";
import { normalizeClause } from "./parse/normalize";
import { FORMULA_NO, FORMULA_YES, LIST_NO, LIST_YES } from "./formula";
import type { MeasureUnit, ScoreOptions, ScoringRule } from "./types";

export interface ValueCell {
  readonly value: number | string;
  /** the number format that shows the number as the clerk typed it */
  readonly numberFormat?: string;
}

/** The text cannot be carried by a number format; the reason, Chinese (English). */
interface Cannot {
  readonly cannot: { readonly zh: string; readonly en: string };
}
const QUOTE: Cannot = { cannot: { zh: "文字含有引号、反斜杠或分号,数字格式无法原样显示", en: "the text holds a quote, backslash or semicolon no number format can show" } };
const isCannot = (x: unknown): x is Cannot => typeof x === "object" && x !== null && "cannot" in x;
type Step = ValueCell | null | Cannot;

/** "…" as literal text in a number format ("" when none; null when it cannot be quoted) */
function literal(text: string): string | null {
  if (text === "") return "";
  if (/["\\;]/.test(text)) return null;
  return `"${text}"`;
}

function digits(decimals: number): string {
  return decimals > 0 ? `0.${"0".repeat(Math.min(decimals, 10))}` : "0";
}

/** The rule the value is scored by, at this period. */
function effective(rule: ScoringRule, opts: ScoreOptions): ScoringRule | null {
  if (rule.kind === "period-default") {
    if (opts.period === rule.period || rule.rule === null) return null;
    return effective(rule.rule, opts);
  }
  if (rule.kind === "by-period") {
    if (opts.period === "half-year") return effective(rule.halfYear, opts);
    if (opts.period === "full-year") return effective(rule.fullYear, opts);
    return null;
  }
  return rule;
}

/** a count typed as text → the number with a format showing the same words */
function countCell(s: string): Step {
  const c = readCountText(s);
  if (c) {
    const pre = literal(c.prefix);
    const post = literal(c.suffix);
    if (pre === null || post === null) return QUOTE;
    if (c.value === 0 && c.prefix === "" && c.suffix === "" && !/\d|[零〇]/.test(s)) {
      const word = literal(s.trim());
      return word === null ? QUOTE : { value: 0, numberFormat: word };
    }
    return { value: c.value, numberFormat: `${pre}${digits(c.decimals)}${post}` };
  }
  return null;
}

/** an answer word other than 是/有/否/无, or a count typed as text → 1/0 or the count */
function answerCell(s: string, words: ReadonlyArray<string> = [...FORMULA_YES, ...FORMULA_NO]): Step {
  const t = s.trim();
  // the formula compares the cell with the word itself: " 是" is not "是"
  if (words.includes(s)) return null;
  const r = readText(t);
  const yn = yesNo(s);
  if (yn === null) return null;
  const counted = countCell(t);
  if (counted) return counted;
  if (r.kind === "number") {
    const word = literal(t);
    return word === null ? QUOTE : { value: r.value, numberFormat: word };
  }
  const word = literal(t);
  return word === null ? QUOTE : { value: yn ? 1 : 0, numberFormat: word };
}

function rateCell(s: string, unit: MeasureUnit | ""): Step {
  const read = rateOf(s, unit);
  if (!read.ok) return null;
  if (unit !== "" && unit !== "%" && unit !== "‰") return quantityCell(s, read.n);
  // (前8%: the cell reader reads the share, 8%; the format shows the 前)
  const r = readCell(s);
  // the formula reads no text at all: what cannot be made a number is said, not left to #N/A
  if (r.kind !== "number" || r.ratioBase !== undefined) return { cannot: { zh: "比值不能写成一个数字", en: "a ratio is not one number" } };
  // the words around the figure ("约", "左右", "次") become the format's literal text
  // (a figure in other shapes — "三成", "1,200" — is the number alone: valueWrite.ts then sees it would not look the same)
  const m = /^(\D*?)[+-]?(?:\d+(?:\.\d+)?|\.\d+)\s*([%‰])?(\D*)$/.exec(normalizeText(s)) ?? ["", "", "", ""];
  const pre = literal(m[1]);
  const post = literal(m[3]);
  if (pre === null || post === null) return QUOTE;
  if (r.unit === "%") return { value: Number((r.value / 100).toPrecision(15)), numberFormat: `${pre}${digits(r.decimals)}%${post}` };
  if (r.unit === "‰") return { value: r.value, numberFormat: `${pre}${digits(r.decimals)}"‰"${post}` };
  return { value: r.value, ...(pre || post ? { numberFormat: `${pre}${digits(r.decimals)}${post}` } : {}) };
}

/** a quantity typed with its measure word ("3小时", "约60分") → the number, shown as typed */
function quantityCell(s: string, n: number): Step {
  const m = /^(\D*?)[+-]?(?:\d+(?:\.(\d+))?|\.(\d+))(\D*)$/.exec(normalizeText(s));
  if (!m) return { cannot: { zh: "无法写成一个数字而保持原样", en: "cannot be made one number that looks the same" } };
  const pre = literal(m[1]);
  const post = literal(m[4]);
  if (pre === null || post === null) return QUOTE;
  return { value: n, numberFormat: `${pre}${digits((m[2] ?? m[3] ?? "").length)}${post}` };
}

/** "√、×、完成" → "是,否,是" (one character per answer, as the formula reads lists) */
function listCell(s: string): Step {
  const tokens = listTokens(s);
  if (tokens.length === 1) return answerCell(s, [...LIST_YES, ...LIST_NO]);
  if (/^[是否](?:[,、;，；][是否])*$/.test(s)) return null;
  const answers = tokens.map((t) => {
    if (/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/.test(t)) return parseFloat(t) > 0;
    const r = readText(t);
    return r.kind === "bool" ? r.value : null;
  });
  if (answers.some((a) => a === null)) return null;
  return { value: answers.map((a) => (a ? "是" : "否")).join(",") };
}

/**
 * One answer to parts whose requirements are met or not (the formula reads 是/否 themselves and a
 * number as the count of unmet parts): a count typed as text → the count; √/× (same points each)
 * → 0 or every part unmet, shown as typed.
 */
function metAnswer(raw: string, parts: ReadonlyArray<{ readonly points: number }>): Step {
  if (raw === "是" || raw === "否") return null;
  const r = readText(raw.trim());
  if (r.kind !== "bool") return countOrNone(raw);
  // different points: only 是/否 answer for all parts (the evaluator refuses √, 有 … too)
  if (parts.some((p) => p.points !== parts[0].points)) return null;
  const word = literal(raw.trim());
  return word === null ? QUOTE : { value: r.value ? 0 : parts.length, numberFormat: word };
}

/**
 * One answer to failings (or earned parts) of equal points (the formula reads 是/否 themselves and a
 * number as the count of failings, or of parts done): a count typed as text → the count; 有/√ (all
 * happened, all done) or × → the number of parts or 0, shown as typed.
 */
function failingsAnswer(raw: string, k: number): Step {
  if (raw === "是" || raw === "否") return null;
  const r = readText(raw.trim());
  if (r.kind !== "bool") return countOrNone(raw);
  const word = literal(raw.trim());
  return word === null ? QUOTE : { value: r.value ? k : 0, numberFormat: word };
}

/**
 * An answer to a deduction that takes the whole item (fixed-deduction with `met`; the formula reads
 * 是/否/有/无 themselves and a number as the count of events): √/完成 (met) → 0 and ×/未完成 → 1,
 * 無/沒有 → 0, a count typed as text → the count, each shown as typed.
 */
function metEventCell(raw: string): Step {
  if (["是", "否", "有", "无"].includes(raw)) return null;
  const t = raw.trim();
  const yn = happened({ met: true }, raw);
  if (typeof yn !== "boolean") return null;
  const counted = countCell(t);
  if (counted) return counted;
  const r = readText(t);
  const word = literal(t);
  if (r.kind === "number") return word === null ? QUOTE : { value: r.value, numberFormat: word };
  return word === null ? QUOTE : { value: yn ? 1 : 0, numberFormat: word };
}

/** the number n shown as the words typed */
function shownAs(raw: string, n: number): Step {
  const word = literal(raw.trim());
  return word === null ? QUOTE : { value: n, numberFormat: word };
}

/** a count, or a word for none other than 无 (否, ×) → 0 shown as typed */
function countOrNone(raw: string, unit = ""): Step {
  // the formula reads the word 无 itself (exactly: " 无" is made 0 shown " 无")
  // (100元 for 每种植10棵树: another quantity, left as text — the formula gives #N/A where the engine refuses it)
  if (raw === "无" || !countOf(raw).ok || otherQuantity(raw, unit)) return null;
  const counted = countCell(raw);
  if (counted) return counted;
  // the formula reads no other text
  if (yesNo(raw) !== false) return { cannot: { zh: "无法写成一个数字而保持原样", en: "cannot be made one number that looks the same" } };
  const word = literal(raw.trim());
  return word === null ? QUOTE : { value: 0, numberFormat: word };
}

/** a word for none the proportional formula does not read (×, 未完成; it reads 否 and 无) → 0 shown as typed */
function noneWord(raw: string): Step {
  if (raw === "否" || raw === "无" || yesNo(raw) !== false) return null;
  const word = literal(raw.trim());
  return word === null ? QUOTE : { value: 0, numberFormat: word };
}

export type ValueCellPlan =
  | { readonly kind: "as-is" }
  | { readonly kind: "normalise"; readonly cell: ValueCell }
  | { readonly kind: "cannot"; readonly reason: { readonly zh: string; readonly en: string } };

/** several kinds counted apart, one count each: "1、0、2" → "1,0,2" (the formula splits at ","), "1人次,2人次" → "1,2"
 * still shown as typed; 未发生 none of any kind (0, shown as typed; the formula reads 0 and 无 — 否 with the item's max
 * is refused by the evaluator, and a plan is made only for a value it scored) */
function kindsCell(raw: string): Step {
  if (listTokens(raw).length > 1) {
    const tokens = listTokens(raw);
    const words = tokens.some((t) => tokenCount(t) !== null && !/^[\d.]+$/.test(t));
    const canonical = tokens.map((t) => (words ? String(tokenCount(t) ?? t) : t)).join(",");
    if (canonical === raw) return null;
    if (!words) return { value: canonical };
    const word = literal(raw.trim());
    return word === null ? QUOTE : { value: canonical, numberFormat: `;;;${word}` };
  }
  if (noneOfAnyKind(raw, undefined)) return raw.trim() === "无" ? null : shownAs(raw, 0);
  return countOrNone(raw);
}

/** Whether the formula reads the value cell as it stands, must first be given `cell`, or cannot be given it. */
export function valueCellPlan(rule: ScoringRule, raw: CellValue, opts: ScoreOptions = {}): ValueCellPlan {
  const step = valueStep(rule, raw, opts);
  if (step === null) return { kind: "as-is" };
  if (isCannot(step)) return { kind: "cannot", reason: step.cannot };
  return { kind: "normalise", cell: step };
}

export function valueCellFor(rule: ScoringRule, raw: CellValue, opts: ScoreOptions = {}): ValueCell | null {
  const step = valueStep(rule, raw, opts);
  return step === null || isCannot(step) ? null : step;
}

function valueStep(rule: ScoringRule, raw: CellValue, opts: ScoreOptions): Step {
  if (typeof raw !== "string" || raw.trim() === "") return null;
  const r = effective(rule, opts);
  if (!r) return null;
  switch (r.kind) {
    case "per-unit-deduction-floored": {
      // 少3处 against 应有10处: the cell holds what there is (7), still showing 少3处
      const sf = r.target !== null ? shortfallOf(raw) : null;
      // 是/全部完成 for 制度健全的记5分,缺少一项扣1分: the standard met, no failing (0, shown as typed)
      if (r.full !== null && r.target === null && standardMet(raw) && !countOf(raw).ok) return shownAs(raw, 0);
      if (sf === null || r.target === null) return countOrNone(raw, r.unit);
      if (sf > r.target) return null;
      const word = literal(raw.trim());
      return word === null ? QUOTE : { value: r.target - sf, numberFormat: word };
    }
    case "per-unit-capped":
      // 是 where one unit is all the points: one (1, shown as typed; the item's max is the evaluator's
      // to check — the cell is made only for a value it scored)
      if ((r.categories ?? []).length > 1) return kindsCell(raw);
      if (oneIsAll(r, r.cap ?? r.points, raw)) return shownAs(raw, 1);
      // (3000万元 for 每引进资金100万元加1分: the figure in the rule's scaled word, 3000 shown as typed, as evaluate reads it)
      if (scaledUnit(r.unit)) return rateCell(raw, r.unit as MeasureUnit);
      return countOrNone(raw, r.unit);
    case "stepped-count":
      // 是 for a count with one bound: the bound reached (the bound, shown as typed)
      if (boundReached(r, raw)) return shownAs(raw, reachedStep(r)?.atLeast ?? 0);
      return countOrNone(raw, r.unit);
    case "rank-tiers":
      return countOrNone(raw);
    case "proportional": {
      const step = r.unit === "%" || r.unit === "‰" ? rateCell(raw, r.unit) : r.unit !== "" ? countOrNone(raw) : rateCell(raw, /%/.test(raw.normalize("NFKC")) ? "%" : "");
      return step ?? noneWord(raw);
    }
    case "per-case": {
      // 宣传不到位2次,发生火情1次 for failings of equal points: their sum, shown as typed
      const uniform = r.pointsMax === null && r.categories.every((c) => c.points === r.points);
      const named = uniform && r.categories.length > 1 ? namedCounts(listTokens(raw)) : null;
      if (named !== null) return shownAs(raw, named);
      if (r.categories.length > 1) return kindsCell(raw);
      return countOrNone(raw, r.unit);
    }
    case "rate-threshold": {
      // 是/√/否/× answer the threshold: the formula reads them as typed
      if (thresholdAnswer(r, raw) !== null) return null;
      return rateCell(raw, r.unit);
    }
    case "rate-per-point-with-cutoff":
    case "rate-per-point-to-zero": {
      // 少2% against a target of 25%: the cell holds the rate (23%) and still shows 少2%
      if (r.unit === "%" && /^\s*(?:少|差|低|欠|缺)/.test(raw)) {
        const t = targetRateOf(raw, r);
        if (!t.ok || t.n > 100) return { cannot: { zh: "低于目标的差额无法写成比率", en: "the shortfall cannot be made a rate" } };
        const word = literal(raw.trim());
        return word === null ? QUOTE : { value: Number((t.n / 100).toPrecision(15)), numberFormat: word };
      }
      return rateCell(raw, r.unit);
    }
    case "money-tiers":
    case "rate-tiers":
      return rateCell(raw, r.unit);
    case "all-or-nothing": {
      // 甲級 for 甲级: the formula compares the text with the grade as the clause writes it (shown as typed)
      if (r.grades && requiredGrade(r.grades, raw) !== null) {
        const w = normalizeClause(raw.trim());
        if (w === raw) return null;
        const word = literal(raw);
        return word === null ? QUOTE : { value: w, numberFormat: `;;;${word}` };
      }
      // 缺1项 is no answer of a yes/no rule (evaluate.ts): left as typed, the formula gives #N/A
      if (shortfallOf(raw) !== null) return null;
      // 無過期藥品: a number counts what is said absent — √ (met) 0, × 1, a count the count, shown as typed
      if (r.absence === "whole") return metEventCell(raw);
      // 未按照时间节点完成 / 按时上报: the task said done or not, written 1/0 and shown as typed
      const done = yesNo(raw) === null ? doneAnswer(raw) : null;
      if (done !== null) return shownAs(raw, done ? 1 : 0);
      return answerCell(raw);
    }
    case "fixed-deduction":
      return r.met ? metEventCell(raw) : answerCell(raw);
    case "percentage-cut":
    case "veto":
      return answerCell(raw);
    case "sub-clauses": {
      // 不扫: the failing named, as the list of answers the formula reads (是 for it, 否 for the others), shown as typed
      const named = r.sign === -1 && !r.met && listTokens(raw).length === 1 ? namedPart(r.parts, raw) : -1;
      if (named >= 0) {
        const word = literal(raw);
        return word === null ? QUOTE : { value: r.parts.map((_, i) => (i === named ? "是" : "否")).join(","), numberFormat: `;;;${word}` };
      }
      // 投产 (a category): the part it names, as the list of answers the formula reads, shown as typed
      const chosen = r.sign === 1 && !r.met && listTokens(raw).length === 1 ? chosenPart(r.parts, raw) : -1;
      if (chosen !== -1) {
        const word = literal(raw);
        return word === null ? QUOTE : { value: r.parts.map((_, i) => (i === chosen ? "是" : "否")).join(","), numberFormat: `;;;${word}` };
      }
      // 底数不清 / 未完成组建任务,未登记建档 / 全部做到: the requirements named unmet (否 for each, 是 for the
      // others), as the list the formula reads, shown as typed
      const failed = r.met ? namedFailings(r.parts, raw) : null;
      if (failed !== null) {
        const word = literal(raw);
        return word === null ? QUOTE : { value: r.parts.map((_, i) => (failed.includes(i) ? "否" : "是")).join(","), numberFormat: `;;;${word}` };
      }
      if (r.met && listTokens(raw).length === 1) return metAnswer(raw, r.parts);
      // (parts of equal points earned are counted as failings are: √ every part, × none)
      if (!r.met && r.parts.length > 1 && r.parts.every((p) => p.points === r.parts[0].points) && listTokens(raw).length === 1) return failingsAnswer(raw, r.parts.length);
      return listCell(raw);
    }
    case "doubled":
    case "range-bonus": {
      const t = raw.normalize("NFKC").trim();
      const m = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*(分?)$/.exec(t);
      if (m) return { value: parseFloat(m[1]), ...(m[2] ? { numberFormat: `${digits(m[1].split(".")[1]?.length ?? 0)}"分"` } : {}) };
      return yesNo(raw) === false ? answerCell(raw) : null;
    }
    case "grade-tiers": {
      // the formula compares the text with the grades as the clause writes them: 嚴重 is made 严重,
      // still shown 嚴重 (a text format)
      const g = gradeOf(r, raw);
      if (g === undefined || g.label === raw) return null;
      const word = literal(raw);
      return word === null ? QUOTE : { value: g.label, numberFormat: `;;;${word}` };
    }
    case "listed-parts": {
      if (countOf(raw).ok && raw !== "无") return countCell(raw) ?? answerCell(raw);
      // √ (all parts) is the number of parts, × none: the formula reads a number as a count of parts
      const yn = yesNo(raw);
      if (yn === null || FORMULA_YES.includes(raw) || FORMULA_NO.includes(raw)) return null;
      const word = literal(raw.trim());
      if (word === null) return QUOTE;
      return { value: yn ? r.count : 0, numberFormat: word };
    }
    default:
      return null;
  }
}
