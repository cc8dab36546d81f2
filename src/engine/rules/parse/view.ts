/**
 * The clause as the recognisers see it: its tokens (lexer.ts), which of them a fragment has
 * read, views over runs of them with the skeleton string (one character per token kind), and
 * the small readings every family of recognisers shares (comparators, earned points, caps,
 * unit classes).
 */
import { COMPOUND_UNIT, FOUND_WORDS, type Token } from "./lexer";
import type { Comparator, MeasureUnit, ScoringRule } from "../types";
import { type ReasonCode, type ReasonParams, reasonString } from "../reasons";

export interface Failure {
  readonly fail: string;
  readonly code: ReasonCode;
  readonly params: ReasonParams;
}
export type Outcome = ScoringRule | Failure;
export const failure = (code: ReasonCode, params: ReasonParams = {}): Failure => ({ fail: reasonString(code, params), code, params });
/** no ScoringRule has a `fail` field; a property load, not `in` (megamorphic `in` was 2% of parse time) */
export const isFailure = (o: Outcome): o is Failure => (o as Partial<Failure>).fail !== undefined;

/**
 * Words that an event was found or happened (发现, 发生, 经查实, 查出 …): one list for every reading
 * that asks "was it found?", so that a synonym reads as its neighbour does (the lexer's G words
 * before a count, lexer.ts FOUND_WORDS).
 */
const FOUND_ALT = FOUND_WORDS.join("|");
/** a found word anywhere in a text */
export const FOUND_ANY = new RegExp(FOUND_ALT);
/** a text that opens with a found word (after 如/若/凡) */
export const FOUND_LEAD = new RegExp(`^(?:如|若|凡)?(?:${FOUND_ALT})`);
/** a text that is only a found word or 有 (after 如/若/凡) */
export const FOUND_ONLY = new RegExp(`^(?:如|若|凡)?(?:有|${FOUND_ALT})$`);

/** a base score said as such (基础分, 基本分数, 基准分为, 底分), closing its text, before its points: not a part's points */
export const BASE_WORDS = /(?:基础|基本|基准|底)分(?:数|值)?\s*(?:为|是)?\s*$/;

/** The tokens of a clause and which of them a fragment has read. */
export class Clause {
  readonly used: Uint8Array;
  /** a rate read as the standard's or the sample's description (rates.ts standardRate) */
  rateStated: number | undefined = undefined;
  /** 以此类推 (and so on) read by the recogniser that gave the rule: the steps it extends are in the rule */
  etcRead = false;
  /** the item's name or heading, where the caller has it (工业用水重复利用率(≥75%,标准分5)) */
  item: string | undefined = undefined;
  constructor(readonly s: string, readonly toks: ReadonlyArray<Token>, readonly max?: number) {
    this.used = new Uint8Array(toks.length);
  }
  text(t: Token): string {
    return this.s.slice(t.s, t.e);
  }
}

/** one global copy per pattern (compiled once, not per call) */
const GLOBAL = new Map<string, RegExp>();
function globalOf(re: RegExp): RegExp {
  let g = GLOBAL.get(re.source);
  if (!g) {
    g = new RegExp(re.source, "g");
    GLOBAL.set(re.source, g);
  }
  return g;
}

/** A run of the clause's tokens (all of them, or one side of a period split). */
export class View {
  readonly sk: string;
  /** sk: the skeleton of idx when the caller has it (a slice of its own), else built here */
  constructor(readonly c: Clause, readonly idx: ReadonlyArray<number>, sk?: string) {
    if (sk === undefined) {
      sk = "";
      for (const i of idx) sk += c.toks[i].k;
    }
    this.sk = sk;
  }
  tok(p: number): Token {
    return this.c.toks[this.idx[p]];
  }
  use(...ps: number[]): void {
    for (const p of ps) this.c.used[this.idx[p]] = 1;
  }
  useRange(a: number, b: number): void {
    for (let p = a; p < b; p++) this.c.used[this.idx[p]] = 1;
  }
  used(p: number): boolean {
    return this.c.used[this.idx[p]] === 1;
  }
  sub(a: number, b: number): View {
    return new View(this.c, this.idx.slice(a, b), this.sk.slice(a, b));
  }
  without(a: number, b: number): View {
    return new View(this.c, [...this.idx.slice(0, a), ...this.idx.slice(b)], this.sk.slice(0, a) + this.sk.slice(b));
  }
  /** every match of `re` (global) over the skeleton: [start, end) positions */
  all(re: RegExp): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(this.sk)) !== null) {
      out.push([m.index, m.index + m[0].length]);
      if (m[0].length === 0) re.lastIndex++;
    }
    return out;
  }
  first(re: RegExp, from = 0): [number, number] | null {
    if (from === 0 && !re.global && !re.sticky) {
      // from the start a plain pattern finds the same match as its global copy, without the copy's lookup
      const m = re.exec(this.sk);
      return m ? [m.index, m.index + m[0].length] : null;
    }
    const g = globalOf(re);
    g.lastIndex = from;
    const m = g.exec(this.sk);
    return m ? [m.index, m.index + m[0].length] : null;
  }
  /** position of the first token of kind k in [a, b), or -1 */
  find(k: string, a: number, b: number): number {
    for (let p = a; p < b; p++) if (this.sk[p] === k) return p;
    return -1;
  }
  has(k: string): boolean {
    return this.sk.includes(k);
  }
  /** the clause text between two positions (labels) */
  between(a: number, b: number): string {
    if (a >= b) return "";
    return this.c.s.slice(this.tok(a).s, this.tok(b - 1).e);
  }
}

export const num = (t: Token): number => t.n ?? 0;

/** a rate token's unit (% when it says none), or the measure word of a quantity read as a rate (quantity.ts) */
export function measureOf(t: Token): MeasureUnit {
  return t.unit === "‰" ? "‰" : t.unit !== undefined && t.unit !== "" && t.unit !== "%" ? t.unit : "%";
}

export function cmpBefore(w: string | undefined): Comparator | null {
  switch (w) {
    case "不超过": case "不高于": case "不大于": case "≤": case "≦": case "<=": case "小于等于": case "小于或等于": case "低于或等于": return "<=";
    case "不低于": case "不少于": case "不小于": case "≥": case "≧": case ">=": case "大于等于": case "大于或等于": case "高于或等于": return ">=";
    case "超过": case "高于": case "大于": case ">": return ">";
    case "低于": case "不足": case "少于": case "小于": case "未达到": case "未达": case "不到": case "<": return "<";
    case "达到": case "达": case "在": case "为": return ">=";
    default: return null;
  }
}
export function cmpAfter(w: string | undefined): Comparator | null {
  if (!w) return null;
  if (w.includes("以下") || w === "以内") return "<=";
  if (w.includes("以上")) return ">=";
  return null;
}
/** whether the clause says the bound of t is in the band above it: the same figure with (含)以上 */
function includedAbove(c: Clause, t: Token): boolean {
  for (let q = 0; q + 1 < c.toks.length; q++) {
    const b = c.toks[q];
    if (b.k === t.k && b.n === t.n && b.unit === t.unit && b.hi === undefined && c.toks[q + 1].k === "a" && c.toks[q + 1].w === "(含)以上") return true;
    // (10%(含)-15%(4分), 10%以下(0分): a band whose lower bound is said to be in it)
    if (b.k === t.k && b.n === t.n && b.unit === t.unit && b.hi !== undefined && /^[\d.\s]+[%‰]?\s*\(含\)/.test(c.s.slice(b.s, b.e))) return true;
  }
  return false;
}

/** The comparator of a bound at position p: a word before it, then a word after it, else the fallback. */
export function comparatorAt(v: View, p: number, fallback: Comparator): { cmp: Comparator; from: number; to: number; said: boolean } {
  const before = p > 0 && v.sk[p - 1] === "c" ? cmpBefore(v.tok(p - 1).w) : null;
  let after = v.sk[p + 1] === "a" ? cmpAfter(v.tok(p + 1).w) : null;
  // 80%(含)以上得2分,80%以下不得分: the (含) puts the bound in the band above, so 以下 leaves it out
  if (after === "<=" && v.tok(p + 1).w === "以下" && includedAbove(v.c, v.tok(p))) after = "<";
  const from = before ? p - 1 : p;
  const to = after ? p + 2 : p + 1;
  // 不超过/低于 … decide; 以上/以下 decide when the word before is a plain 达到/在
  let cmp: Comparator = fallback;
  if (before && !["达到", "达", "在", "为"].includes(v.tok(p - 1).w ?? "")) cmp = before;
  else if (after) cmp = after;
  else if (before) cmp = before;
  // 排名前10%, 考核成绩在前20%: a rank from the top — the share at most (前8% is in it, 前15% is not)
  // (…前30%的得10分,前60%的得6分: a bare 前 in a clause that ranks so; 年底前90%, 提前10%, 目前95%: other words)
  else if (p > 0 && v.sk[p - 1] === "t" && topShareBefore(v.c.s, v.c.text(v.tok(p - 1)))) return { cmp: "<=", from: p, to: p + 1, said: true };
  return { cmp, from, to, said: !!before || !!after };
}

/** the words of a rank before a share: 排名前, 名次前, 在前, 进入前, 位列前, 位居前 */
const TOP_SHARE = /(?:(?:排名|排位|名次|位次|位列|位居|进入)[\u4e00-\u9fff]{0,4}?|居|列|在)\s*前\s*$/;
const TOP_SHARE_SAID = /(?:排名|排位|名次|位次|位列|位居|居|列|进入|在)\s*前\s*\d/;
function topShareBefore(s: string, words: string): boolean {
  return TOP_SHARE.test(words) || (/^\s*前\s*$/.test(words) && TOP_SHARE_SAID.test(s));
}

/** E P positions that earn points (not a cap's 计满10分) */
export function earnings(v: View): number[] {
  const out: number[] = [];
  for (let p = 0; p + 1 < v.sk.length; p++) {
    if (v.sk[p] === "E" && (v.sk[p + 1] === "P" || v.sk[p + 1] === "U") && !(p > 0 && v.sk[p - 1] === "C")) out.push(p);
  }
  return out;
}

/** The cap after position `from`: 计满10分为止, 最高10分, 最多加5分, 不超过10分, 满分10分. */
export function capAfter(v: View, from: number): { cap: number; at: [number, number] } | null {
  const m = v.first(/C{1,3}[EDt]?[PN]Z?|UP/, from);
  if (!m) return null;
  const p = v.sk[m[1] - 1] === "Z" ? m[1] - 2 : m[1] - 1;
  // (限加4次, 最多5次: a cap on how many count, not on the points — 2分 each capped at 4 was read as 4 points)
  if (v.sk[p] === "N" && (v.tok(p).unit ?? "") !== "") return null;
  return { cap: num(v.tok(p)), at: m };
}

export const TIME_UNITS = new Set(["小时", "分钟", "秒"]);
/** a number with these is a date or an age, not a count of cases */
export const DATE_UNITS = new Set(["年", "月", "日", "号", "岁", "周", "季度", "季"]);
/** a number with these is a measurement (砍除2米以上), answered yes/no, not a count */
export const MEASURE_UNITS = new Set(["米", "公里", "千米", "亩", "平方", "吨", "斤", "公斤", "千克", "元", "万", "小时"]);

/**
 * A measure word, not a count's: one of MEASURE_UNITS, or a compound the lexer cuts whole (3000平方米, 2亿元,
 * 100公里, 2万人 — a scale before the thing counted: "1亿元" typed is not 1 of anything).
 */
export function isMeasureUnit(unit: string): boolean {
  return MEASURE_UNITS.has(unit) || (unit.length > 1 && COMPOUND_UNIT.test(unit));
}

/**
 * Whether the number at p is in a measure word (isMeasureUnit): 面积1000平方米以上 is a measurement. (The lexer
 * cuts a compound measure word whole now, so 1000平 + 方米 glued back together is no longer needed here.)
 */
export function measuredAt(v: View, p: number): boolean {
  return isMeasureUnit(v.tok(p).unit ?? "");
}

/** count words that name the same thing: 有1名以上…少1人 */
export const SYNONYMS: ReadonlyArray<ReadonlyArray<string>> = [["名", "人", "位"], ["个", "项", "家", "单位", "部门"], ["次", "场", "期"], ["起", "例", "件"]];
