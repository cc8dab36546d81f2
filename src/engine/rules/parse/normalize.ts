/**
 * One spelling for everything the lexer reads: half-width digits and punctuation, 百分之N → N%,
 * Chinese numerals before a measure word → digits, 个百分点/比例点 → 点, ranges 1—3 → 1-3.
 * Every step is a single left-to-right pass (the clause reader is linear in the clause's length).
 */
import { normalizeText, parseChineseNumeral } from "../../values";

const CN_NUMERAL = new Set("零〇一二两三四五六七八九十百千万");

/**
 * Words that may follow a Chinese numeral for it to be read as a number: a measure word, 分,
 * 点, %, 倍, 元, a period. Outside these (一票否决, 三项制度 read as 3项制度 is harmless) the
 * numeral stays text.
 */
const AFTER_NUMERAL = new Set(
  "个名人次起例项件户家处位所篇份条场期村天分点%倍元年季月种台套块张批届轮座幅部本册门类批组支队笔宗".split(""),
);

/** 三项 → 3项, 两次 → 2次, 十分 → 10分, 百分之九十 → 90% (but not 百分制, or a lone 百/千). */
function numeralsToDigits(s: string): string {
  let out = "";
  let i = 0;
  while (i < s.length) {
    const ch = s[i];
    if (!CN_NUMERAL.has(ch)) {
      out += ch;
      i += 1;
      continue;
    }
    let j = i;
    while (j < s.length && CN_NUMERAL.has(s[j])) j += 1;
    const run = s.slice(i, j);
    const percent = out.endsWith("百分之");
    const permille = out.endsWith("千分之");
    const next = s[j] ?? "";
    if (percent || permille) {
      const n = parseChineseNumeral(run);
      out = out.slice(0, -3) + (n === null ? `${percent ? "百" : "千"}分之${run}` : `${n}${percent ? "%" : "‰"}`);
    } else if (AFTER_NUMERAL.has(next) && run !== "百" && run !== "千" && run !== "万" && !(next === "分" && s[j + 1] === "之")) {
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
const RANGE_DASH = /(\d)\s*(?:-|—|–|―|~|～|〜|至|到)\s*(?=\d)/g;

export function normalizeClause(text: string): string {
  let s = normalizeText(text);
  s = s.replace(QUOTES, "");
  s = s.replace(/[;。;]/g, ";").replace(/[,、]\s*(?=;)/g, "");
  s = numeralsToDigits(s);
  s = s.replace(/百分之\s*(\d+(?:\.\d+)?)/g, "$1%").replace(/千分之\s*(\d+(?:\.\d+)?)/g, "$1‰");
  // 个百分点 / 百分点 / 比例点 / 个千分点 → 点 (a point of the rate's own unit)
  s = s.replace(/个?(?:百分点|比例点|百分比点|千分点|点百分比)/g, "点").replace(/个点/g, "点");
  s = s.replace(RANGE_DASH, "$1-");
  s = s.replace(/\s+/g, " ");
  return s;
}

/** The item's own numbering "(1)", "⑶", "4、", "①" is not part of the rule. */
export const ENUMERATION = /^\s*(?:[(（]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|[一二三四五六七八九十]{1,3}\s*[、.．](?![一二三四五六七八九十两\d])|\d{1,2}\s*[、．]|\d{1,2}\.(?!\d)|[①-⑳⑴-⒇])\s*/;

/** The max points an item text states, "(20分)" / "(20分)". */
export function maxFromItemText(text: string): number | undefined {
  const s = normalizeClause(text);
  const all = [...s.matchAll(/\(\s*(\d+(?:\.\d+)?)\s*分\s*\)/g)];
  if (all.length > 0) return parseFloat(all[all.length - 1][1]);
  return undefined;
}
