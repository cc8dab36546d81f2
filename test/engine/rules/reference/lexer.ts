/**
 * REFERENCE ONLY (a test oracle, not used by the engine): the lexer as it was before the speed
 * work (src/engine/rules/parse/lexer.ts at commit 63af750), string by string, with the same word
 * table (imported, so a new word changes both). parseEquivalence.test.ts checks that the fast
 * lexer gives exactly these tokens on generated clauses.
 */

import { WORDS, type Kind, type Token } from "../../../../src/engine/rules/parse/lexer";

/** first character → [kind, word] sorted longest first */
const BY_FIRST = new Map<string, Array<readonly [Kind, string]>>();
for (const [k, ws] of WORDS) {
  for (const w of ws) {
    const list = BY_FIRST.get(w[0]) ?? [];
    list.push([k, w]);
    BY_FIRST.set(w[0], list);
  }
}
for (const list of BY_FIRST.values()) list.sort((a, b) => b[1].length - a[1].length);

const SEP: Record<string, Kind> = { ";": ";", ",": ",", ":": ",", "、": "l", "(": "(", ")": ")", "[": "(", "]": ")", "×": "x", "*": "x" };
/** two-character measure words (the open class takes one character otherwise) */
const TWO_CHAR_UNITS = new Set(["部门", "单位", "人次", "季度", "小时", "分钟", "方面", "户次", "批次", "个人"]);

/** characters that may start a token other than text */
const INTERESTING = new Set<string>([...BY_FIRST.keys(), ...Object.keys(SEP), "每", " ", "."]);

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "9";
const isHan = (c: string | undefined): boolean => c !== undefined && c >= "\u4e00" && c <= "\u9fff";

/** A number at i: [value, end, hi?] (1-3 is a range). */
function numberAt(s: string, i: number): [number, number, number | undefined] | null {
  if (!isDigit(s[i])) return null;
  let j = i;
  while (isDigit(s[j])) j++;
  if (s[j] === "." && isDigit(s[j + 1])) {
    j++;
    while (isDigit(s[j])) j++;
  }
  const n = Number(s.slice(i, j));
  if (s[j] === "-" && isDigit(s[j + 1])) {
    let k = j + 1;
    while (isDigit(s[k])) k++;
    if (s[k] === "." && isDigit(s[k + 1])) {
      k++;
      while (isDigit(s[k])) k++;
    }
    return [n, k, Number(s.slice(j + 1, k))];
  }
  return [n, j, undefined];
}

/** where amountAhead found its amount after a short object (奖励该班5分, 扣罚当事人5分), else -1 */
let objectEnd = -1;
/** the verb's end taken over its object, when the object holds no scoring word (未获奖者加1分 is no object) */
function overObject(s: string, e: number): number {
  const end = objectEnd;
  if (end <= e) return -1;
  for (let p = e; p < end; p++) if (s[p] === "每" || wordAt(s, p) !== null) return -1;
  return end;
}

/** What follows position i, skipping spaces and (for 奖/罚) a short object: an amount's kind or null. */
function amountAhead(s: string, i: number, skipWords: number): "P" | "Y" | "R" | "U" | "N" | "(" | "满" | null {
  let j = i;
  while (s[j] === " ") j++;
  let skipped = 0;
  while (skipped < skipWords && isHan(s[j]) && !isDigit(s[j])) {
    j++;
    skipped++;
  }
  objectEnd = skipped > 0 ? j : -1;
  if (s[j] === "(" && isDigit(s[j + 1])) {
    const num = numberAt(s, j + 1);
    return num && s[num[1]] === "分" ? "(" : null;
  }
  if (s.startsWith("满分", j)) return "U";
  if (s[j] === "满" && isDigit(s[j + 1])) return "满";
  const num = numberAt(s, j);
  if (!num) return skipWords > 0 && skipped > 0 ? amountAhead(s, i, 0) : null;
  let k = num[1];
  while (s[k] === " ") k++;
  const c = s[k];
  if (c === "分" && s[k + 1] !== "之") return "P";
  if (c === "元") return "Y";
  if (c === "%" || c === "‰") return "R";
  return "N";
}

/** Every token has the same shape (one hidden class: the lexer allocates many). */
function tok(k: Kind, s: number, e: number, n?: number, hi?: number, unit?: string, w?: string, half?: boolean): Token {
  return { k, s, e, n, hi, unit, w, half };
}

/** …扣2分,迟到1次1分: t N(one) after a comma, and before it t N(one, the same measure word) D P */
function borrowsDeduction(out: ReadonlyArray<Token>): boolean {
  const shape = out.slice(-7).map((t) => t.k).join("");
  if (shape !== "tNDP,tN") return false;
  const [n0, n] = [out[out.length - 6], out[out.length - 1]];
  const one = (t: Token): boolean => t.n === 1 && t.hi === undefined && (t.unit ?? "") !== "";
  return one(n0) && one(n) && n0.unit === n.unit;
}

/** …,一次2分 / 一篇 1 分: one of a measure word opening its sentence, then points with no verb — each one's points */
function oneEach(out: ReadonlyArray<Token>): boolean {
  const n = out[out.length - 1];
  const before = out.length > 1 ? out[out.length - 2].k : null;
  return n.n === 1 && n.hi === undefined && (n.unit ?? "") !== "" && (before === null || before === "," || before === ";");
}

/**
 * A clause of more tokens than this is no scoring standard a person wrote (the longest real
 * ones have about 200): the lexer stops there and the clause is refused as too long.
 */
const MAX_TOKENS = 2000;

export function lex(s: string): Token[] {
  const out: Token[] = [];
  let textStart = -1;
  const flushText = (end: number): void => {
    if (textStart >= 0 && end > textStart) out.push(tok("t", textStart, end));
    textStart = -1;
  };
  const push = (t: Token): void => {
    flushText(t.s);
    out.push(t);
  };
  let i = 0;
  while (i < s.length && out.length <= MAX_TOKENS) {
    const ch = s[i];
    if (!INTERESTING.has(ch) && !isDigit(ch)) {
      if (textStart < 0) textStart = i;
      i++;
      continue;
    }
    if (ch === " ") {
      if (textStart < 0) {
        i++;
        continue;
      }
      i++;
      continue;
    }
    // a number and what follows it
    if (isDigit(ch) || (ch === "." && isDigit(s[i + 1]) && !isDigit(s[i - 1]) && !/[A-Za-z]/.test(s[i - 1] ?? ""))) {
      const num = ch === "." ? ([Number("0" + s.slice(i, numberAt(s, i + 1)![1])), numberAt(s, i + 1)![1], undefined] as const) : numberAt(s, i)!;
      const [n, end0, hi] = num;
      let end = end0;
      while (s[end] === " ") end++;
      const c = s[end];
      if (c === "分" && s[end + 1] !== "之" && !s.startsWith("分钟", end)) {
        // "…台帐,1分;" points with no verb: earned (an implicit 计)
        const prev = out.length > 0 ? out[out.length - 1].k : null;
        const after = s[end + 1];
        if (prev === "(" && textStart === i - 1 && s[i - 1] === "-") {
          textStart = -1;
          // "(-10分)": points taken off
          push(tok("D", i, i, undefined, undefined, undefined, "-"));
        } else if (prev === "N" && borrowsDeduction(out) && (after === undefined || after === ";" || after === "," || after === " ")) {
          // "缺勤1次扣2分,迟到1次1分": the kind before's deduction, said once for both
          push(tok("D", i, i, undefined, undefined, undefined, ""));
        } else if (
          (textStart >= 0 || prev === null || prev === "," || prev === ";" || (prev === "(" && after === ",") || (prev === "N" && out.length > 1 && out[out.length - 2].k === "M") || (prev === "N" && oneEach(out))) &&
          (after === undefined || after === ";" || after === "," || after === " " || after === ")" || (after === "(" && s[end + 2] !== "含") ||
            // (…工作重点,3分2.试点地区…: the next part's number glued to the points)
            /^\d[.、][\u4e00-\u9fff]/.test(s.slice(end + 1, end + 4)))
        ) {
          push(tok("E", i, i, undefined, undefined, undefined, ""));
        }
        push(tok("P", i, end + 1, n, hi));
        i = end + 1;
      } else if (c === "%" || c === "‰") {
        push(tok("R", i, end + 1, n, hi, c));
        i = end + 1;
      } else if (c === "元") {
        push(tok("Y", i, end + 1, n, hi));
        i = end + 1;
      } else if (c === "点") {
        push(tok("O", i, end + 1, n, hi));
        i = end + 1;
      } else if (c === "倍") {
        push(tok("X", i, end + 1, n, hi));
        i = end + 1;
      } else {
        const unit = measureWord(s, end);
        push(tok("N", i, end + unit.length, n, hi, unit));
        i = end + unit.length;
      }
      continue;
    }
    if (ch in SEP && !(ch === "(" && wordAt(s, i)?.k === "a")) {
      push(tok(SEP[ch], i, i + 1));
      i++;
      continue;
    }
    const word = wordAt(s, i);
    if (word) {
      push(word);
      i = word.e;
      // 每起扣2分, 每个部门各计3分: 每 and a measure word with no number counts one
      if (word.k === "M") {
        const implicit = implicitUnit(s, i);
        if (implicit) {
          push(implicit);
          i = implicit.e;
        }
      }
      continue;
    }
    if (textStart < 0) textStart = i;
    i++;
  }
  flushText(s.length);
  return out;
}

/** The measure word after a number at i ("" when none): 个 (+ nothing), 部门, or one character that is not a scoring word. */
function measureWord(s: string, i: number): string {
  const two = s.slice(i, i + 2);
  if (TWO_CHAR_UNITS.has(two)) return two;
  // a compound measure word cut whole (2亿元, 3000平方米, 100公里: round 11)
  const compound = /^(?:[万亿千百]?(?:平方|立方)(?:公里|千米|米)?|[万亿千百](?:元|美元|公里|米|吨|亩|人次|户|人)|公里|公斤|公顷|千米|千克)/.exec(s.slice(i, i + 4));
  if (compound !== null) return compound[0];
  const c = s[i];
  // a unit symbol (㎡ ㎏ ㎞ …, added with the character work of issue 10)
  if (c !== undefined && /^[\u3380-\u33df]$/.test(c)) return c;
  if (!isHan(c)) return "";
  if (wordAt(s, i) !== null) return "";
  return c;
}

/** 每起扣2分 / 每例扣1-3分 / 每个部门各计3分 / 每人计2分: a count of 1 before the verb. */
function implicitUnit(s: string, i: number): Token | null {
  let j = i;
  if (s[j] === "个") j++;
  for (const len of [1, 2]) {
    const unit = s.slice(j, j + len);
    if (unit.length !== len || ![...unit].every(isHan)) continue;
    if (wordAt(s, j) !== null || (len === 2 && wordAt(s, j + 1) !== null)) continue;
    const next = wordAt(s, j + len);
    if (next && (next.k === "E" || next.k === "D" || next.k === "A" || next.k === "L")) {
      return tok("N", i, j + len, 1, undefined, unit);
    }
  }
  return null;
}

/** a period word of one or two Han characters right before a verb with its amount */
function periodCounted(s: string, j: number): boolean {
  for (const len of [1, 2]) {
    const w = s.slice(j, j + len);
    if (w.length !== len || ![...w].every(isHan)) return false;
    const next = wordAt(s, j + len);
    if (next && (next.k === "E" || next.k === "D" || next.k === "A")) return true;
  }
  return false;
}

/** The scoring word at i, or null (then the character is subject text). */
function wordAt(s: string, i: number): Token | null {
  const ch = s[i];
  if (ch === "每") {
    // 每年, 每季度, 每月 are periods of the subject (每年11月底前报告), not 每 of a count
    // — unless the verb and its points follow the period word at once (每月扣2分, 每月次扣3分)
    // (每个月, 每个季度: the period with its measure word, the same)
    const p = /^个(?:年|季|月|周)/.test(s.slice(i + 1, i + 3)) ? i + 2 : i + 1;
    if (/^(?:年|季度|季|月|周|天|日)/.test(s.slice(p, p + 2)) && !periodCounted(s, p)) return null;
    // 每12个月, 每2年, 每半个月: a period of N, the same
    const figure = /^(?:\d+(?:\.\d+)?|半)个?(?=[年季月周天日])/.exec(s.slice(i + 1));
    if (figure && !periodCounted(s, i + 1 + figure[0].length)) return null;
    return tok("M", i, i + 1, undefined, undefined, undefined, "每");
  }
  const list = BY_FIRST.get(ch);
  if (!list) return null;
  for (const [k, w] of list) {
    if (!s.startsWith(w, i)) continue;
    const e = i + w.length;
    switch (k) {
      case "E": {
        // 计满10分为止 is a cap; 计3分 / 计(20分) / 得满分 / 奖村500元 earn
        // (一等奖每项计40分: 奖 after 等 is the award's name, a verb only with its amount at once)
        const ahead = amountAhead(s, e, w.startsWith("奖") && !(w === "奖" && s[i - 1] === "等") ? 4 : 0);
        const skippedTo = objectEnd;
        const over = ahead === "P" ? overObject(s, e) : -1;
        if (over > 0) return tok(k, i, over, undefined, undefined, undefined, w);
        // (评奖扣2分/次: an amount reached only past another scoring word is that word's)
        if (ahead === "P" && skippedTo > e) continue;
        if (ahead === "P" || ahead === "Y" || ahead === "U" || ahead === "(") return tok(k, i, e, undefined, undefined, undefined, w);
        continue;
      }
      case "D": {
        const ahead = amountAhead(s, e, w.startsWith("罚") || w === "扣罚" ? 4 : 0);
        const over = ahead === "P" ? overObject(s, e) : -1;
        if (over > 0) return tok(k, i, over, undefined, undefined, undefined, w);
        if (ahead === "P" || ahead === "Y" || ahead === "R") return tok(k, i, e, undefined, undefined, undefined, w);
        // 扣分 with no amount; not the nouns 扣分标准, 扣分项, 扣分办法
        if (w === "扣" && s[e] === "分" && !/[标办细项情制规]/.test(s[e + 1] ?? "")) return tok("d", i, e + 1, undefined, undefined, undefined, "扣分");
        continue;
      }
      case "A": {
        const ahead = amountAhead(s, e, 0);
        if (ahead === "P") return tok(k, i, e, undefined, undefined, undefined, w);
        continue;
      }
      case "C": {
        if (s[i - 1] === "每") continue;
        // (限20分, 限加2分: a limit right before its figure; not 时限, 期限, 限期)
        if (w === "限" && !/^\s*(?:[加得计记])?\s*\d/.test(s.slice(e, e + 4))) continue;
        const ahead = amountAhead(s, e, 0);
        if (w === "满" && ahead !== "N" && ahead !== "P") continue;
        // 年满18周岁, 满60岁, 工作满3年: reaching an age or a time
        if (w === "满" && (s[i - 1] === "年" || /^\s*[\d.]+[岁周年月天日]/.test(s.slice(e)))) continue;
        // 不超过90% is a comparator; 最多扣6分 / 最高10分 / 计满5为止 caps
        if (ahead === "R") continue;
        if (ahead === "P" || ahead === "N" || /^(?:扣|减|加|计|得|记|给|奖|可加|为)/.test(s.slice(e, e + 2))) return tok(k, i, e, undefined, undefined, undefined, w);
        continue;
      }
      case "c": {
        const ahead = amountAhead(s, e, 0);
        if (ahead === null || ahead === "U" || ahead === "(" || ahead === "满") continue;
        if ((w === "在" || w === "为" || w === "达") && ahead !== "R" && ahead !== "N" && ahead !== "P") continue;
        return tok(k, i, e, undefined, undefined, undefined, w);
      }
      case "a": {
        // after a number only (its unit in between: 1名以上)
        const prevChar = s[i - 1];
        if (!(isDigit(prevChar) || prevChar === "%" || prevChar === "‰" || prevChar === "分" || prevChar === " " || isHan(prevChar) || prevChar === ")")) continue;
        return tok(k, i, e, undefined, undefined, undefined, w);
      }
      case "W": {
        // only right after 每 (每降低1点)
        if (s[i - 1] !== "每") continue;
        return tok(k, i, e, undefined, undefined, undefined, w);
      }
      case "Q":
      case "G": {
        let j = e;
        while (s[j] === " ") j++;
        if (k === "G" && s[j] === "有") {
          let d = j + 1;
          while (s[d] === " ") d++;
          if (isDigit(s[d])) return tok(k, i, j + 1, undefined, undefined, undefined, w + "有");
        }
        if (!isDigit(s[j])) continue;
        return tok(k, i, e, undefined, undefined, undefined, w);
      }
      case "T": {
        const half = w.includes("半年") && w !== "下半年" ? true : w === "年中";
        return tok(k, i, e, undefined, undefined, undefined, w, half);
      }
      case "K": {
        if (isDigit(s[e])) continue;
        return tok(k, i, e, undefined, undefined, undefined, w);
      }
      case "0": {
        // 10分 is not 0分
        if (w === "0分" && isDigit(s[i - 1])) continue;
        return tok(k, i, e, undefined, undefined, undefined, w);
      }
      case "L": {
        const next = wordAt(s, e);
        if ((next && (next.k === "E" || next.k === "D")) || amountAhead(s, e, 0) === "P") return tok(k, i, e, undefined, undefined, undefined, w);
        continue;
      }
      case "?": {
        if (w === "累计扣" && e < s.length) continue;
        return tok(k, i, e, undefined, undefined, undefined, w);
      }
      case "X":
      case "J":
      case "B":
      case "V":
      case "F":
        return tok(k, i, e, undefined, undefined, undefined, w);
      default:
        return tok(k, i, e, undefined, undefined, undefined, w);
    }
  }
  return null;
}

/** The token kinds as one string, one character per token (what recognisers match). */
export function skeleton(tokens: ReadonlyArray<Token>): string {
  let out = "";
  for (const t of tokens) out += t.k;
  return out;
}
