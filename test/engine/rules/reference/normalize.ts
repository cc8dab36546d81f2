/**
 * REFERENCE ONLY (a test oracle, not used by the engine): normalizeClause and joinNumbers as they
 * were before the speed work (src/engine/rules/parse/normalize.ts at commit 63af750): every step
 * a regular expression run over the whole clause. Same tables (imported). parseEquivalence.test.ts
 * checks that the fast normaliser gives exactly this text on generated clauses. The character steps
 * added since (the whole traditional table, enumeration marks ②, unit symbols ㎡, 乙 for 一) are
 * here as regular expressions too.
 */
import { normalizeText, parseChineseNumeral } from "../../../../src/engine/values";
import { AFTER_NUMERAL_CHARS, BOTH_WAYS, ITEM_OWN_CAP, itemOwnCap, POINTS_LIST, pointsList } from "../../../../src/engine/rules/parse/normalize";
import { TRADITIONAL_PAIRS } from "../../../../src/engine/rules/parse/traditional";

const CN_NUMERAL = new Set("零〇一二两三四五六七八九十百千万");

/**
 * Words that may follow a Chinese numeral for it to be read as a number: a measure word, 分,
 * 点, %, 倍, 元, a period. Outside these (一票否决, 三项制度 read as 3项制度 is harmless) the
 * numeral stays text.
 */
const AFTER_NUMERAL = new Set(AFTER_NUMERAL_CHARS.split(""));

/** 三项 → 3项, 两次 → 2次, 十分 → 10分, 百分之九十 → 90% (but not 百分制, or a lone 百/千). */
function numeralsToDigits(s: string): string {
  // pieces, not one growing string: endsWith/slice on a growing string would copy it each time
  const out: string[] = [];
  let i = 0;
  while (i < s.length) {
    let k = i;
    while (k < s.length && !CN_NUMERAL.has(s[k])) k++;
    if (k > i) {
      out.push(s.slice(i, k));
      i = k;
      continue;
    }
    // 百分之九十 → 90%, 千分之五 → 5‰
    if (s.startsWith("百分之", i) || s.startsWith("千分之", i)) {
      let e = i + 3;
      while (e < s.length && CN_NUMERAL.has(s[e])) e += 1;
      const n = e > i + 3 ? parseChineseNumeral(s.slice(i + 3, e)) : null;
      out.push(n === null ? s.slice(i, i + 3) : `${n}${s[i] === "百" ? "%" : "‰"}`);
      i = n === null ? i + 3 : e;
      continue;
    }
    let j = i;
    while (j < s.length && CN_NUMERAL.has(s[j])) j += 1;
    const run = s.slice(i, j);
    const next = s[j] ?? "";
    if ((AFTER_NUMERAL.has(next) || (next === "小" && s[j + 1] === "时")) && run !== "百" && run !== "千" && run !== "万" && !(next === "分" && s[j + 1] === "之") && !(next === "根" && s[j + 1] === "据")) {
      const n = parseChineseNumeral(run);
      // 共12三次: the count is not joined to the number before it
      const sep = n !== null && /\d$/.test(s.slice(0, i)) ? " " : "";
      out.push(n === null ? run : sep + String(n));
    } else {
      out.push(run);
    }
    i = j;
  }
  return out.join("");
}

const QUOTES = /[“”"「」『』‘’'〝〞〟]/g;

const TRADITIONAL = new Map<string, string>();
for (let i = 0; i + 1 < TRADITIONAL_PAIRS.length; i += 2) TRADITIONAL.set(TRADITIONAL_PAIRS[i], TRADITIONAL_PAIRS[i + 1]);
const TRADITIONAL_RE = new RegExp(`[${[...TRADITIONAL.keys()].join("")}]`, "g");
const MARKS = "\u2460-\u249b\u2776-\u2793\u3220-\u3229\u3280-\u3289";
const MARK = new RegExp(`[${MARKS}]`, "g");
/** a mark after a separator (or at the start, spaces and other marks between) goes; after words it is a ";" */
const AFTER_SEPARATOR = new RegExp(`(?:^|[;,:、。，；：(（[【])[\\s${MARKS}]*$`);
/** 0。5分 (a full stop typed for the decimal point) */
const DECIMAL_STOP = /(\d)\s*[。．]\s*(?=\d)/g;
const RANGE_DASH = /(\d)\s*(?:-|—|–|―|~|～|〜|至|到)\s*(?=\d)/g;

/** 3%~5% → 3-5% (one rate range, as 1-3分 is one range of points) */
const RATE_RANGE = /(\d)\s*([%‰])\s*(?:-|—|–|―|~|～|〜|至|到)\s*(?=\d+(?:\.\d+)?\s*\2)/g;

export function normalizeClause(text: string): string {
  // (1⾄至2⼈人: a Kangxi radical before the character it stands for, a PDF copy's twin — one character)
  text = text.replace(/[\u2e80-\u2fdf](?=(.))/gsu, (r, next: string) => (r.normalize("NFKC") === next ? "" : r));
  const marks = text.replace(MARK, (_m, at: number) => (AFTER_SEPARATOR.test(text.slice(0, at)) ? "" : ";"));
  let s = normalizeText(marks).replace(/[〔【〖[]/g, "(").replace(/[〕】〗\]]/g, ")").replace(DECIMAL_STOP, "$1.").replace(/(?<![\d.])0\.\s+(?=\d)/g, "0.");
  s = s.replace(TRADITIONAL_RE, (c) => TRADITIONAL.get(c) ?? c);
  s = s.replace(/(?<=\d\s*)(km2|km|kg|m2|m3)(?![A-Za-z0-9])/g, (u) => ({ km2: "㎢", km: "㎞", kg: "㎏", m2: "㎡", m3: "㎥" })[u] ?? u);
  s = s.replace(/(?<![甲乙丙丁、])乙(?=[个次项件名人户起例处位家篇份条场张台套块批所])/g, "一");
  s = s.replace(QUOTES, "");
  s = s.replace(/[;。;]/g, ";").replace(/[,、]\s*(?=;)/g, "");
  s = numeralsToDigits(s);
  s = s.replace(/百分之\s*(\d+(?:\.\d+)?)/g, "$1%").replace(/千分之\s*(\d+(?:\.\d+)?)/g, "$1‰");
  s = s.replace(POINTS_LIST, pointsList);
  s = s.replace(BOTH_WAYS, "每减少$1扣$2分,每增加$1加$2分");
  // 个百分点 / 百分点 / 比例点 / 个千分点 → 点 (a point of the rate's own unit; 百分 点, a space of the page's layout, too)
  s = s.replace(/个?\s*(?:百分\s*点|比例\s*点|百分比\s*点|千分\s*点|点百分比)/g, "点").replace(/个点/g, "点");
  s = s.replace(RANGE_DASH, "$1-").replace(RATE_RANGE, "$1-");
  s = s.replace(/\s+/g, " ");
  s = s.replace(/([高低大小多少]|不|达|超)\s+(于|足|到|过)/g, "$1$2");
  s = s.replace(/(每\s*[\u4e00-\u9fff]{1,2}) +(?=[\u4e00-\u9fff]{1,4}\s*(?:扣|减|罚|加|得|计|记|奖))/g, "$1");
  s = s.replace(ITEM_OWN_CAP, itemOwnCap);
  return s;
}

/** Spaces around a number ("计 3 分", "得 0 分") are not words (the short form keeps them: they separate its tokens). */
export function joinNumbers(s: string): string {
  return s.replace(/(?<=[^\d\s])\s+(?=\d)|(?<=\d)\s+(?=[^\d\s])/g, "");
}
