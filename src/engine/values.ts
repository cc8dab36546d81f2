/**
 * Reading what clerks type: "3人", "46%", "４６％", "5.39‰", "约30%", "107:100", "三人",
 * "—", "/", "无", "是/否", "有/无", "√/×". Every reading says how many decimals the figure
 * was shown or typed with, because the rounding rule (docs/domain.md) compares at that precision.
 */
import { type CellValue, isCellError, isErrorText } from "./grid";

export type Unit = "" | "%" | "‰";

export interface NumberReading {
  readonly kind: "number";
  /** the figure as the clerk sees it: 45.97 for "45.97%" or for 0.4597 formatted "0.00%" */
  readonly value: number;
  /** decimals shown (number format) or typed (text) */
  readonly decimals: number;
  readonly unit: Unit;
  /** "约30%", "30%左右" */
  readonly approximate: boolean;
  /** the ratio's base for "107:100" (value is then 107) */
  readonly ratioBase?: number;
  /** the raw cell was text, not a number */
  readonly fromText: boolean;
}

export type Reading =
  | NumberReading
  | { readonly kind: "empty" }
  /** "—", "/", "-": the clerk says there is no figure here */
  | { readonly kind: "not-applicable"; readonly text: string }
  | { readonly kind: "bool"; readonly value: boolean; readonly text: string }
  | { readonly kind: "error"; readonly error: string }
  | { readonly kind: "text"; readonly text: string };

const CN_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const CN_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };

/** words written with a numeral character that count nothing (一般 is a grade, not one 般) */
const NUMERAL_WORDS = /^(?:一般|一致|一样|一流|一些|一定|一直|一贯|一律|一切|一向|一再|十分|万分|百分百|两样)/;
/**
 * words after a numeral that make the numeral part of a name — a prize, a grade, a class, a title —
 * not an amount: 三等奖, 二等, 3星, 十佳 (院级三等奖 is no 3, and no yes either)
 */
const NAMED_WORDS = "等奖|等|星|佳";
const NAMED_AFTER = new RegExp(`^(?:${NAMED_WORDS})`);
const NAMED_NUMBER = new RegExp(`(?:\\d+|[零〇一二两三四五六七八九十百千]+)\\s*(?:${NAMED_WORDS})`);
/** Whether a text names something with a numeral in it (三等奖, 十佳, 院级二等, 3星级) rather than giving an amount. */
export function namesWithNumeral(text: string): boolean {
  return NAMED_NUMBER.test(normalizeText(text));
}

/** "三" → 3, "十二" → 12, "二十" → 20, "一百零五" → 105, "两" → 2; null when not a numeral. */
export function parseChineseNumeral(s: string): number | null {
  if (!s || !/^[零〇一二两三四五六七八九十百千万]+$/.test(s)) return null;
  let total = 0;
  let section = 0;
  let digit = -1;
  for (const ch of s) {
    if (ch in CN_DIGITS) {
      digit = CN_DIGITS[ch];
      continue;
    }
    const unit = CN_UNITS[ch];
    if (unit === 10000) {
      section = (section + Math.max(digit, 0)) * unit;
      total += section;
      section = 0;
    } else {
      section += (digit < 0 ? 1 : digit) * unit;
    }
    digit = -1;
  }
  return total + section + Math.max(digit, 0);
}

/** Full-width to half-width, and the usual look-alikes, so one pattern reads both. */
export function normalizeText(s: string): string {
  return s
    .normalize("NFKC")
    .replace(/[\u2212\uFE63\uFF0D]/g, "-")
    .replace(/[，]/g, ",")
    .replace(/[\u3000\u00A0]/g, " ")
    .trim();
}

const NOT_APPLICABLE = /^(?:[-—–―_/\\\u2014\u2015]+|--|n\/?a|NA)$/i;
/** the words read as yes and as no (lower case); the formulas' word lists are these (rules/formula.ts) */
export const YES_ANSWERS: ReadonlyArray<string> = ["是", "有", "√", "✓", "✔", "y", "yes", "true", "已", "完成", "达到", "达标", "合格", "已完成", "按时完成", "按期完成"];
export const NO_ANSWERS: ReadonlyArray<string> = ["否", "无", "×", "✗", "✘", "x", "n", "no", "false", "未", "未完成", "未达到", "未达标", "不合格", "未按时完成", "未按期完成", "没有完成"];
const TRUE_WORDS = new Set(YES_ANSWERS);
const FALSE_WORDS = new Set(NO_ANSWERS);

/** Decimals a number format shows: "0.00%" → 2, "#,##0" → 0, "General"/null → undefined. */
export function formatDecimals(fmt: string | null | undefined): number | undefined {
  if (!fmt || /^general$/i.test(fmt) || fmt === "@") return undefined;
  // only the first section (positive numbers) matters; drop quoted text and escapes
  const first = fmt.split(";")[0].replace(/"[^"]*"/g, "").replace(/\\./g, "").replace(/\[[^\]]*\]/g, "");
  const m = /[0#?](?:[,]?[0#?])*\.([0#?]+)/.exec(first);
  if (m) return m[1].length;
  if (/[0#?]/.test(first)) return 0;
  return undefined;
}

export function isPercentFormat(fmt: string | null | undefined): boolean {
  if (!fmt) return false;
  return /%/.test(fmt.split(";")[0].replace(/"[^"]*"/g, "").replace(/\\./g, ""));
}

/** Decimals a number is typed with (shortest representation): 97.89 → 2, 3 → 0. */
export function typedDecimals(n: number): number {
  if (!Number.isFinite(n) || Number.isInteger(n)) return 0;
  const s = String(n);
  if (s.includes("e")) {
    const m = /e-(\d+)$/.exec(s);
    const mant = s.split("e")[0];
    const md = mant.includes(".") ? mant.split(".")[1].length : 0;
    return m ? md + parseInt(m[1], 10) : 0;
  }
  return s.split(".")[1]?.length ?? 0;
}

/** (前8%: within the first 8% of a ranking — the share from the top, 8%) */
const NUMBER_TEXT =
  /^(约|大约|近|超过|达|前(?=\s*[\d.]+\s*[%％]))?\s*([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[+-]?\.\d+)\s*(%|‰|％|个百分点|百分点)?\s*(左右|以上|余)?\s*([\u4e00-\u9fa5A-Za-z/²]{0,4})$/;

/**
 * Read one cell the way a clerk means it. `numberFormat` is the cell's Excel number format
 * (it decides how many decimals are shown, and a percent format scales the value by 100).
 */
export function readCell(v: CellValue, numberFormat?: string | null): Reading {
  if (v === null || v === undefined) return { kind: "empty" };
  if (isCellError(v)) return { kind: "error", error: v.error };
  if (typeof v === "boolean") return { kind: "bool", value: v, text: v ? "TRUE" : "FALSE" };
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return { kind: "error", error: "#NUM!" };
    const shown = formatDecimals(numberFormat);
    if (isPercentFormat(numberFormat)) {
      const value = round(v * 100, 12);
      return { kind: "number", value, decimals: shown ?? typedDecimals(value), unit: "%", approximate: false, fromText: false };
    }
    return { kind: "number", value: v, decimals: shown ?? typedDecimals(v), unit: "", approximate: false, fromText: false };
  }
  return readText(v);
}

export function readText(raw: string): Reading {
  const s = normalizeText(raw);
  if (s === "") return { kind: "empty" };
  if (isErrorText(s)) return { kind: "error", error: s.toUpperCase() };
  if (NOT_APPLICABLE.test(s)) return { kind: "not-applicable", text: raw };
  const lower = s.toLowerCase();
  if (TRUE_WORDS.has(lower)) return { kind: "bool", value: true, text: raw };
  if (FALSE_WORDS.has(lower)) return { kind: "bool", value: false, text: raw };

  // "107:100" — a ratio such as 出生人口性别比
  const ratio = /^(\d+(?:\.\d+)?)\s*:\s*(\d+(?:\.\d+)?)$/.exec(s);
  if (ratio) {
    const value = parseFloat(ratio[1]);
    return {
      kind: "number", value, decimals: ratio[1].split(".")[1]?.length ?? 0, unit: "",
      approximate: false, ratioBase: parseFloat(ratio[2]), fromText: true,
    };
  }

  const m = NUMBER_TEXT.exec(s);
  if (m) {
    const numText = m[2].replace(/,/g, "");
    const value = parseFloat(numText);
    if (Number.isFinite(value) && !(m[3] === undefined && NAMED_AFTER.test(m[5] ?? ""))) {
      const unitText = m[3];
      const unit: Unit = unitText === "%" || unitText === "％" ? "%" : unitText === "‰" ? "‰" : "";
      let decimals = numText.split(".")[1]?.length ?? 0;
      let scaled = value;
      // "31.2万" is 312000, shown to the nearest thousand (decimals −3); "1.5亿" likewise
      const magnitude = unit === "" ? /^(万|亿)/.exec(m[5] ?? "") : null;
      if (magnitude) {
        const exp = magnitude[1] === "万" ? 4 : 8;
        scaled = Number(`${value}e${exp}`);
        decimals -= exp;
      }
      return {
        kind: "number", value: scaled, decimals, unit,
        approximate: m[1] === "约" || m[1] === "大约" || m[1] === "近" || m[4] === "左右" || m[4] === "余",
        fromText: true,
      };
    }
  }

  // "三人", "十二个", "两次"
  const cn = /^(约)?([零〇一二两三四五六七八九十百千万]+)\s*([\u4e00-\u9fa5]{0,2})$/.exec(s);
  if (cn && !NUMERAL_WORDS.test(cn[2] + cn[3]) && !NAMED_AFTER.test(cn[3])) {
    const value = parseChineseNumeral(cn[2]);
    if (value !== null) return { kind: "number", value, decimals: 0, unit: "", approximate: !!cn[1], fromText: true };
  }
  return { kind: "text", text: raw };
}

/** A number a relation can use, or undefined (empty, text, error…). */
export function numberOf(r: Reading): NumberReading | undefined {
  return r.kind === "number" ? r : undefined;
}

export function round(n: number, decimals: number): number {
  // shift by the decimal exponent in text so 1.005 rounds to 1.01 as a clerk expects
  const shifted = Math.round(Number(`${Math.abs(n)}e${decimals}`));
  const r = Math.sign(n) * Number(`${shifted}e-${decimals}`);
  return Number.isFinite(r) ? r : Math.round(n * Math.pow(10, decimals)) / Math.pow(10, decimals);
}

export function truncate(n: number, decimals: number): number {
  const shifted = Math.trunc(Number(`${Math.abs(n)}e${decimals}`) + 1e-7);
  const r = Math.sign(n) * Number(`${shifted}e-${decimals}`);
  return Number.isFinite(r) ? r : Math.trunc(n * Math.pow(10, decimals)) / Math.pow(10, decimals);
}

/**
 * docs/domain.md's rounding rule: a figure shown with `decimals` decimals agrees with an exact
 * value when it equals that value rounded or truncated to those decimals.
 */
export function agreesAtPrecision(shown: number, exact: number, decimals: number): boolean {
  const eps = Math.pow(10, -decimals) * 1e-6;
  return Math.abs(round(exact, decimals) - shown) <= eps || Math.abs(truncate(exact, decimals) - shown) <= eps;
}

/** Words a clerk types for "none happened" in a count cell. */
const ZERO_COUNT_WORDS = new Set(["无", "没有", "未发生", "未出现", "零", "无此情况", "无此项", "未发现", "没发生", "无发生"]);

/** What a count typed as text is made of: "少" + 2 + "项" for "少2项". */
export interface CountText {
  readonly value: number;
  /** the words before and after the number, as typed ("" when none) */
  readonly prefix: string;
  readonly suffix: string;
  readonly decimals: number;
}

const COUNT_TEXT = /^([\u4e00-\u9fa5]{0,6}?)\s*(\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)\s*([\u4e00-\u9fa5A-Za-z\u3380-\u33df]{0,8})$/;
/**
 * 1个国控断面未达到III类, 3处消防通道未清理: a count whose longer words (up to 16) say what failed — a
 * measure word right after the number, then a failing word (未, 不, 没有) in them; a count of the failings.
 */
const FAILED_COUNT_TEXT = /^()(\d+|[零〇一二两三四五六七八九十百千]+)([\u4e00-\u9fa5](?=[\u4e00-\u9fa5A-Za-z]{0,15}$)[\u4e00-\u9fa5A-Za-z]{0,5}?(?:未|没有|不)[\u4e00-\u9fa5A-Za-z]{1,10})$/;
/** unit symbols (㎡ ㎏ ㎞ …): NFKC would spell them m2, kg, and a count's format would not show what was typed */
const UNIT_SQUARES = /[\u3380-\u33df]/;

/**
 * A count read by its skeleton: one number (Arabic, full-width or a Chinese numeral) with words
 * around it — "4次", "5种", "2个展板", "少2项", "缺1人", "3项未完成", "迟到1次", "约3次" — or a
 * word for none ("无", "未发生", "0"). Null when the text is not one count (two numbers, a rate,
 * a list, a sentence).
 */
export function readCountText(raw: string): CountText | null {
  const s = (UNIT_SQUARES.test(raw) ? raw.split(/([\u3380-\u33df])/).map((p, i) => (i % 2 === 1 ? p : normalizeText(p))).join("") : normalizeText(raw)).replace(/\s+/g, "");
  if (s === "" || s.length > 24) return null;
  if (ZERO_COUNT_WORDS.has(s)) return { value: 0, prefix: "", suffix: "", decimals: 0 };
  const m = COUNT_TEXT.exec(s) ?? FAILED_COUNT_TEXT.exec(s);
  if (!m) return null;
  const digits = /^\d/.test(m[2]);
  const value = digits ? Number(m[2]) : parseChineseNumeral(m[2]);
  if (value === null || !Number.isFinite(value)) return null;
  // the words must not be a number's own (百分之, 万, 亿) or say it is not a count
  if (/[%‰]|百分|千分|万|亿/.test(m[1] + m[3])) return null;
  // 一般, 一致, 十分好: a word that begins with a numeral character is no count (a grade typed as a value)
  if (!digits && NUMERAL_WORDS.test(m[2] + m[3])) return null;
  // 院级三等奖, 3星, 十佳: a prize, a grade or a title, not a count
  if (NAMED_AFTER.test(m[3])) return null;
  return { value, prefix: m[1], suffix: m[3], decimals: digits ? (m[2].split(".")[1]?.length ?? 0) : 0 };
}

