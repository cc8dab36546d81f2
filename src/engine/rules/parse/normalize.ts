/**
 * One spelling for everything the lexer reads: half-width digits and punctuation, 百分之N → N%,
 * Chinese numerals before a measure word → digits, 个百分点/比例点 → 点, ranges 1—3 → 1-3.
 * Every step is a single left-to-right pass (the clause reader is linear in the clause's length),
 * and a step whose pattern needs a character the clause does not have is not run at all: one
 * scan over the char codes first says which characters are there (most clauses need three or
 * four of the ten steps).
 */
import { normalizeText, parseChineseNumeral } from "../../values";

/** a table over char codes: 1 for each character of `chars` */
const codeSet = (chars: string): Uint8Array => {
  const t = new Uint8Array(65536);
  for (const ch of chars) t[ch.charCodeAt(0)] = 1;
  return t;
};

const CN_NUMERAL = codeSet("零〇一二两三四五六七八九十百千万");

/**
 * Words that may follow a Chinese numeral for it to be read as a number: a measure word, 分,
 * 点, %, 倍, 元, a period. Outside these (一票否决, 三项制度 read as 3项制度 is harmless) the
 * numeral stays text.
 */
export const AFTER_NUMERAL_CHARS = "个名人次起例项件户家处位所篇份条场期村天分点%倍元年季月种台套块张批届轮座幅部本册门类批组支队笔宗";
const AFTER_NUMERAL = codeSet(AFTER_NUMERAL_CHARS);

const C_BAI = 0x767e; // 百
const C_QIAN = 0x5343; // 千
const C_WAN = 0x4e07; // 万
const C_FEN = 0x5206; // 分
const C_ZHI = 0x4e4b; // 之

/** 三项 → 3项, 两次 → 2次, 十分 → 10分, 百分之九十 → 90% (but not 百分制, or a lone 百/千). */
function numeralsToDigits(s: string): string {
  const len = s.length;
  let out = "";
  let i = 0;
  while (i < len) {
    let k = i;
    while (k < len && CN_NUMERAL[s.charCodeAt(k)] === 0) k++;
    if (k > i) {
      out += s.slice(i, k);
      i = k;
      continue;
    }
    const c = s.charCodeAt(i);
    // 百分之九十 → 90%, 千分之五 → 5‰
    if ((c === C_BAI || c === C_QIAN) && s.charCodeAt(i + 1) === C_FEN && s.charCodeAt(i + 2) === C_ZHI) {
      let e = i + 3;
      while (e < len && CN_NUMERAL[s.charCodeAt(e)] === 1) e += 1;
      const n = e > i + 3 ? parseChineseNumeral(s.slice(i + 3, e)) : null;
      out += n === null ? s.slice(i, i + 3) : `${n}${c === C_BAI ? "%" : "‰"}`;
      i = n === null ? i + 3 : e;
      continue;
    }
    let j = i;
    while (j < len && CN_NUMERAL[s.charCodeAt(j)] === 1) j += 1;
    const run = s.slice(i, j);
    const next = s.charCodeAt(j);
    const lone = j === i + 1 && (c === C_BAI || c === C_QIAN || c === C_WAN);
    if (j < len && AFTER_NUMERAL[next] === 1 && !lone && !(next === C_FEN && s.charCodeAt(j + 1) === C_ZHI)) {
      const n = parseChineseNumeral(run);
      out += n === null ? run : String(n);
    } else {
      out += run;
    }
    i = j;
  }
  return out;
}

const QUOTES = /[“”"「」『』‘’']/g;

/** Traditional characters of the scoring words (schemes from Taiwan, Hong Kong, or typed so). */
export const TRADITIONAL: Readonly<Record<string, string>> = {
  滿: "满", 為: "为", 個: "个", 點: "点", 沒: "没", 減: "减", 計: "计", 記: "记", 無: "无", 項: "项",
  達: "达", 於: "于", 數: "数", 額: "额", 級: "级", 處: "处", 給: "给", 準: "准", 則: "则", 報: "报",
  時: "时", 與: "与", 內: "内", 發: "发", 現: "现", 過: "过", 應: "应", 實: "实", 學: "学", 賦: "赋",
  獎: "奖", 罰: "罚", 標: "标", 準則: "准则", 規: "规", 績: "绩", 考覈: "考核", 覈: "核", 優: "优",
  例: "例", 場: "场", 條: "条", 種: "种", 臺: "台", 篇: "篇", 件: "件", 戶: "户", 價: "价", 率: "率",
  兩: "两", 萬: "万", 另: "另", 並: "并", 該: "该", 當: "当", 須: "须", 為止: "为止", 扣: "扣",
};
/** the one-character entries that change the character, by char code */
const SIMPLIFIED = new Map<number, string>();
for (const [from, to] of Object.entries(TRADITIONAL)) if (from.length === 1 && to !== from) SIMPLIFIED.set(from.charCodeAt(0), to);

/** 0。5分 (a full stop typed for the decimal point) */
const DECIMAL_STOP = /(\d)\s*[。．]\s*(?=\d)/g;
const RANGE_DASH = /(\d)\s*(?:-|—|–|―|~|～|〜|至|到)\s*(?=\d)/g;

/** 3%~5% → 3-5% (one rate range, as 1-3分 is one range of points) */
const RATE_RANGE = /(\d)\s*([%‰])\s*(?:-|—|–|―|~|～|〜|至|到)\s*(?=\d+(?:\.\d+)?\s*\2)/g;

// which steps a clause needs: the characters each step's pattern cannot match without
const HAS_STOP = 1; // 。 ． (DECIMAL_STOP, and 。 → ;)
const HAS_TRADITIONAL = 2;
const HAS_QUOTE = 4;
const HAS_SEMI = 8; // ; (with 。: a , or 、 before it is dropped)
const HAS_COMMA = 16; // , 、
const HAS_NUMERAL = 32; // 零〇一二两三四五六七八九十百千万
const HAS_PER = 64; // 百 千 (百分之5 → 5%)
const HAS_DIAN = 128; // 点 (个百分点 → 点)
const HAS_DASH = 256; // - — – ― ~ ～ 〜 至 到
const HAS_WS = 512; // whitespace other than one space (\s+ → " ")
const HAS_SPACE = 1024;
const FLAGS = new Uint16Array(65536);
const flag = (chars: string, f: number): void => {
  for (const ch of chars) FLAGS[ch.charCodeAt(0)] |= f;
};
flag("。．", HAS_STOP);
for (const c of SIMPLIFIED.keys()) FLAGS[c] |= HAS_TRADITIONAL;
flag("“”\"「」『』‘’'", HAS_QUOTE);
flag(";", HAS_SEMI);
flag(",、", HAS_COMMA);
flag("零〇一二两三四五六七八九十百千万", HAS_NUMERAL);
flag("百千", HAS_PER);
flag("点", HAS_DIAN);
flag("-—–―~～〜至到", HAS_DASH);
// JavaScript's \s
flag("\t\n\v\f\r\u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff", HAS_WS);
for (let c = 0x2000; c <= 0x200a; c++) FLAGS[c] |= HAS_WS;
FLAGS[0x20] |= HAS_SPACE;

/** the flags of every character of s, and HAS_WS for two spaces in a row */
function scan(s: string): number {
  let f = 0;
  let prev = 0;
  for (let i = 0; i < s.length; i++) {
    const g = FLAGS[s.charCodeAt(i)];
    f |= g;
    if (g & prev & HAS_SPACE) f |= HAS_WS;
    prev = g;
  }
  return f;
}

/** 滿 → 满 …: the characters of TRADITIONAL that change, and the flags of what they became */
let simplifiedFlags = 0;
function simplify(s: string): string {
  let out = "";
  let last = 0;
  simplifiedFlags = 0;
  for (let i = 0; i < s.length; i++) {
    const to = SIMPLIFIED.get(s.charCodeAt(i));
    if (to === undefined) continue;
    out += s.slice(last, i) + to;
    simplifiedFlags |= FLAGS[to.charCodeAt(0)];
    last = i + 1;
  }
  return last === 0 ? s : out + s.slice(last);
}

/**
 * normalizeText (NFKC, look-alike dashes and spaces, trimmed) without the Unicode normaliser
 * for the characters clauses are made of: by char code, 1 keeps the character (ASCII, CJK
 * ideographs, CJK and general punctuation that NFKC leaves as they are and that compose with
 * nothing), another value is the character NFKC and normalizeText make of it (full-width forms,
 * the ideographic space, the minus sign), 0 sends the whole text through normalizeText.
 */
const NFKC_FAST = new Uint16Array(65536);
NFKC_FAST.fill(1, 0x09, 0x0e);
NFKC_FAST.fill(1, 0x20, 0x7f);
NFKC_FAST.fill(1, 0x4e00, 0xa000);
for (const ch of "、。〈〉《》「」『』【】〔〕〖〗〘〙〚〛〜‘’“”–—―‰×÷·≤≥°") NFKC_FAST[ch.charCodeAt(0)] = 1;
for (let c = 0xff01; c <= 0xff5e; c++) NFKC_FAST[c] = c - 0xfee0;
NFKC_FAST[0x3000] = 0x20;
NFKC_FAST[0xa0] = 0x20;
NFKC_FAST[0x2212] = 0x2d;
NFKC_FAST[0xfe63] = 0x2d;

/** exactly normalizeText(text) (values.ts), most clauses without String.prototype.normalize */
export function clauseText(text: string): string {
  let out = "";
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const m = NFKC_FAST[text.charCodeAt(i)];
    if (m === 1) continue;
    if (m === 0) return normalizeText(text);
    out += text.slice(last, i) + String.fromCharCode(m);
    last = i + 1;
  }
  return (last === 0 ? text : out + text.slice(last)).trim();
}

const C_STOP = 0x3002; // 。
const C_FULL_STOP = 0xff0e; // ．
const C_COMMA = 0x2c; // ,
const C_LIST = 0x3001; // 、
const C_PCT = 0x25; // %
const C_PERMILLE = 0x2030; // ‰
const isDigitCode = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isSpaceCode = (c: number): boolean => (FLAGS[c] & (HAS_WS | HAS_SPACE)) !== 0;
/** the char code before i, over whitespace (NaN: none) */
function codeBefore(s: string, i: number): number {
  let j = i - 1;
  while (j >= 0 && isSpaceCode(s.charCodeAt(j))) j--;
  return s.charCodeAt(j);
}
/** the char code from i on, over whitespace (NaN: none) */
function codeFrom(s: string, i: number): number {
  let j = i;
  while (j < s.length && isSpaceCode(s.charCodeAt(j))) j++;
  return s.charCodeAt(j);
}

/** whether DECIMAL_STOP has a match: 。 or ． with a digit before and after it (whitespace between) */
function hasDecimalStop(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c === C_STOP || c === C_FULL_STOP) && isDigitCode(codeBefore(s, i)) && isDigitCode(codeFrom(s, i + 1))) return true;
  }
  return false;
}
/** whether RANGE_DASH or RATE_RANGE may match: a dash with a digit, % or ‰ before it and a digit after it */
function hasRange(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    if ((FLAGS[s.charCodeAt(i)] & HAS_DASH) === 0 || !isDigitCode(codeFrom(s, i + 1))) continue;
    const b = codeBefore(s, i);
    if (isDigitCode(b) || b === C_PCT || b === C_PERMILLE) return true;
  }
  return false;
}
/** whether a , or 、 stands before a ; (whitespace between) */
function hasCommaBeforeSemi(s: string): boolean {
  for (let i = s.indexOf(";"); i >= 0; i = s.indexOf(";", i + 1)) {
    const b = codeBefore(s, i);
    if (b === C_COMMA || b === C_LIST) return true;
  }
  return false;
}
/** s with every `from` character replaced by `to` */
function replaceChar(s: string, from: number, to: string): string {
  let out = "";
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) !== from) continue;
    out += s.slice(last, i) + to;
    last = i + 1;
  }
  return last === 0 ? s : out + s.slice(last);
}

export function normalizeClause(text: string): string {
  let s = clauseText(text);
  let f = scan(s);
  if (f & HAS_STOP && hasDecimalStop(s)) s = s.replace(DECIMAL_STOP, "$1.");
  if (f & HAS_TRADITIONAL) {
    s = simplify(s);
    f |= simplifiedFlags;
  }
  if (f & HAS_QUOTE) {
    s = s.replace(QUOTES, "");
    // " “ " → "  ": the only step that can bring two spaces together
    if (f & HAS_SPACE) f |= HAS_WS;
  }
  // [;。;] → ";"
  if (f & HAS_STOP) s = replaceChar(s, C_STOP, ";");
  if (f & (HAS_STOP | HAS_SEMI) && f & HAS_COMMA && hasCommaBeforeSemi(s)) s = s.replace(/[,、]\s*(?=;)/g, "");
  if (f & HAS_NUMERAL) s = numeralsToDigits(s);
  if (f & HAS_PER) {
    if (s.includes("百分之")) s = s.replace(/百分之\s*(\d+(?:\.\d+)?)/g, "$1%");
    if (s.includes("千分之")) s = s.replace(/千分之\s*(\d+(?:\.\d+)?)/g, "$1‰");
  }
  // 个百分点 / 百分点 / 比例点 / 个千分点 → 点 (a point of the rate's own unit)
  if (f & HAS_DIAN) s = s.replace(/个?(?:百分点|比例点|百分比点|千分点|点百分比)/g, "点").replace(/个点/g, "点");
  if (f & HAS_DASH && hasRange(s)) s = s.replace(RANGE_DASH, "$1-").replace(RATE_RANGE, "$1-");
  if (f & HAS_WS) s = s.replace(/\s+/g, " ");
  return s;
}

/** The item's own numbering "(1)", "⑶", "4、", "①" is not part of the rule. */
export const ENUMERATION = /^\s*(?:[(（]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|[一二三四五六七八九十]{1,3}\s*[、.．](?![一二三四五六七八九十两\d])|\d{1,2}\s*[、．]|\d{1,2}\.(?!\d)|[①-⑳⑴-⒇])\s*/;
/** the characters an enumeration can start with (after \s) */
const ENUMERATION_START = codeSet("(（一二三四五六七八九十0123456789");
for (let c = 0x2460; c <= 0x2473; c++) ENUMERATION_START[c] = 1; // ①-⑳
for (let c = 0x2474; c <= 0x2487; c++) ENUMERATION_START[c] = 1; // ⑴-⒇

/** text.replace(ENUMERATION, ""), the pattern run only where text can start with one */
export function stripEnumeration(text: string): string {
  let i = 0;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return i < text.length && ENUMERATION_START[text.charCodeAt(i)] === 1 ? text.replace(ENUMERATION, "") : text;
}

/** The max points an item text states, "(20分)" / "(20分)". */
export function maxFromItemText(text: string): number | undefined {
  const s = normalizeClause(text);
  const all = [...s.matchAll(/\(\s*(\d+(?:\.\d+)?)\s*分\s*\)/g)];
  if (all.length > 0) return parseFloat(all[all.length - 1][1]);
  return undefined;
}

/** Spaces around a number ("计 3 分", "得 0 分") are not words (the short form keeps them: they separate its tokens). */
export function joinNumbers(s: string): string {
  // no whitespace, nothing to join (scan: every \s character, a space included)
  if ((scan(s) & (HAS_WS | HAS_SPACE)) === 0) return s;
  return s.replace(/(?<=[^\d\s])\s+(?=\d)|(?<=\d)\s+(?=[^\d\s])/g, "");
}
