/**
 * The clause's skeleton: a normalised clause (normalize.ts) as tokens. Numbers with what
 * follows them (分 points, % ‰ rates, 元 money, 点 rate points, 倍 factors, or a measure word —
 * an open class: whatever word follows the number and is not a scoring word), scoring verbs,
 * 每, caps, floors, comparators, 否则, zero words, veto, period words, separators. Every other
 * run of characters is one `text` token: subject text the recognisers never need to know.
 *
 * A verb is a scoring verb only where an amount follows it (计3分, 扣2分, 奖村500元, 扣减20%);
 * a comparator only where a number follows it. One pass, linear in the clause's length.
 */

export type Kind =
  | "N" // a count (or a bare number): n, unit (measure word, "" when none), hi for 1-2次
  | "P" // points: N分 (hi for a range 1-3分)
  | "R" // a rate: N% / N‰ (unit)
  | "Y" // money: N元
  | "O" // a rate point: N点
  | "X" // a factor: N倍, 加倍, 双倍
  | "E" // earn verb before an amount: 计 得 记 加 给 奖 奖励
  | "D" // lose verb before an amount: 扣 减 罚 扣除 扣减 …
  | "A" // 加扣 (an extra deduction)
  | "d" // a lose word with no amount: 扣分, 予以扣分
  | "M" // 每
  | "W" // a direction after 每: 降低 下降 超过 …
  | "Q" // a shortfall before a number: 少 缺 缺少 差
  | "G" // found before a number: 发现 出现 发生 查实 …
  | "C" // cap: 计满 最高 最多 不超过 封顶 上限 …
  | "Z" // 为止 closing a cap
  | "F" // floor: 扣完为止 …
  | "c" // comparator before a number: 达到 超过 低于 不足 … ≥
  | "a" // comparator after a number: 以上 以下 及以上
  | "J" // 否则, 达不到, 未达标 …
  | "0" // zero words: 不计分 不得分 计0分 …
  | "U" // 满分 (the item's max as points)
  | "B" // default full points: 默认为满分, 视同满分
  | "V" // veto: 一票否决
  | "T" // period word: 上半年 全年 年终 … (half: true for the half-year)
  | "K" // the score itself: 得分 分数 总分 成绩 (扣减20%的考核得分)
  | "?" // left to the assessor: 酌情 视情况
  | "p" // in proportion: 按完成比例得分
  | "x" // × (得分值=完成率×20)
  | "L" // 各 / 分别 before a verb (each of the listed parts)
  | "Z" // 为止 after a cap
  | "l" // 、 between listed parts
  | ";" // sentence separator (; 。)
  | "," // clause separator (, :)
  | "(" | ")"
  | "t"; // subject text

export interface Token {
  readonly k: Kind;
  /** start and end in the normalised clause */
  readonly s: number;
  readonly e: number;
  readonly n?: number;
  readonly hi?: number;
  readonly unit?: string;
  /** the word as written (verbs, comparators, caps) */
  readonly w?: string;
  readonly half?: boolean;
}

/** that an event was found or happened: G before a count, and the "was it found?" readings (view.ts) */
export const FOUND_WORDS: ReadonlyArray<string> = ["发现", "出现", "发生", "查实", "查出", "查处", "查到", "检出"];

/** Words by kind, tried longest first at each position. */
export const WORDS: ReadonlyArray<readonly [Kind, ReadonlyArray<string>]> = [
  ["V", ["一票否决", "一票否定", "实行否决", "予以否决", "否决"]],
  ["F", ["扣完为止", "扣完即止", "扣至0分为止", "扣至0分", "扣到0分", "扣至零分", "最低为0分", "最低0分", "最低为0", "最低得0分", "减至0分", "不得低于0分", "扣满为止", "扣完",
    // 直至不得分, 减完为止, 扣完本项分值为止: the same floor in other words
    "直至不得分", "直到不得分", "直至0分", "直至零分", "直至扣完", "直到扣完", "减完为止", "扣光为止", "扣完本项分值为止", "扣完该项分值为止", "扣完本项分为止", "扣完该项分为止", "扣完本项为止", "扣完该项为止"]],
  ["0", ["不计分", "不得分", "不给分", "不记分", "无分", "计0分", "得0分", "记0分", "给0分", "不加分", "0分"]],
  ["B", ["默认为满分", "默认满分", "视同满分", "视为满分", "按满分", "均为满分"]],
  ["?", ["酌情", "酌定", "视情况", "视情节", "视情",
    // 给予相应积分, 记相应分值: points "in proportion" to what is not said (as 相应扣分)
    "相应积分", "相应分值", "相应分数",
    // 依情况扣除, 视具体情况, 根据情况扣分: the same discretion in other words
    "依情况", "视具体情况", "视实际情况", "根据情况扣", "根据情况减", "根据情况加", "根据实际情况扣", "看情况扣", "适当扣", "适当加", "适当减", "分段计分", "分段赋分", "按幅度", "相应扣分", "相应加分", "累计扣;", "累计扣", "追加扣除", "追加扣"]],
  ["T", ["上半年", "下半年", "半年", "全年", "年终", "年中"]],
  ["K", ["考核得分", "得分", "分数", "总分", "成绩"]],
  ["J", ["否则", "达不到", "不达标", "未达标", "达不到的", "未达到要求", "未达要求", "达不到要求", "未达到标准", "达不到标准"]],
  ["C", ["最高限分", "计满", "加满", "最高不超过", "最多不超过", "累计不超过", "累计最多", "不得超过", "最高", "最多", "不超过", "封顶", "上限为", "上限", "满", "限"]],
  ["c", ["大于等于", "大于或等于", "高于或等于", "小于等于", "小于或等于", "低于或等于", "未达到", "未达", "不超过", "不高于", "不大于", "不低于", "不少于", "不小于", "达到", "超过", "高于", "大于", "低于", "不足", "少于", "小于", "不到", "达", "在", "为", ">=", "<=", "≥", "≤", "≧", "≦", ">", "<"]],
  // (含)以上 is 以上 said twice (the bound is in); (含)以下 is not read: beside 以上 of the same bound
  // (5%以上…5%(含)以下) it moves the bound into the band below, which the tiers do not say
  ["a", ["(含)以上", "及以上", "及以下", "以上", "以下", "以内"]],
  ["A", ["加扣"]],
  ["X", ["加倍", "双倍"]],
  ["D", ["扣除", "扣减", "核减", "减去", "罚款", "扣罚", "扣", "减", "罚",
    // 清洁的加4分,…发现一个废弃物少加0.5分: less of the points earned is points taken
    "少加", "少得", "少计", "少记", "少给"]],
  ["E", ["奖励", "计", "得", "记", "加", "给", "奖"]],
  ["W", ["降低", "下降", "减少", "下浮", "低于", "超过", "超出", "高于", "增加", "上升", "升高", "降", "低", "高", "多", "超", "欠"]],
  ["Q", ["缺少", "少", "缺", "差"]],
  ["G", FOUND_WORDS],
  ["L", ["各", "分别"]],
  ["U", ["满分", "不扣分"]],
  ["p", ["按完成比例得分", "按完成比例计分", "按完成比例记分", "按完成比例扣分", "按比例得分", "按比例计分", "按比例记分", "按比例扣分", "按比例给分", "按比例赋分", "完成比例得分", "完成比例计分", "完成比例扣分", "比例得分", "比例计分", "比例记分", "比例扣分",
    "按其比率赋分", "按其比例赋分", "按其比率得分", "按其比例得分", "按其比率计分", "按其比例计分", "按比率赋分", "按比率得分", "按比率计分",
    "按百分比扣分", "按百分比计分", "按百分比得分", "按百分比给分", "按百分比赋分",
    // 不足者按比例折扣, 未达…的,按比例扣除: the same proportion in other words
    "按比例折扣", "按比例折算", "按比例折合", "按比例扣除", "按比例扣减", "按比例减分"]],
  ["Z", ["为止"]],
];

// ---------------------------------------------------------------- tables by char code

/** a word of WORDS as the lexer tries it */
interface Word {
  readonly k: Kind;
  readonly w: string;
  /** 奖/罚 may have a short object before the amount (奖村500元) */
  readonly skip: number;
  /** T: a half-year word */
  readonly half: boolean;
  /** the word's second char code (-1: a one-character word), tried before the whole word */
  readonly second: number;
}

/** character classes, by char code */
const DIGIT = 1;
const HAN = 2;
/** may start a token other than text: a word's first character, a separator, 每, space, "." */
const INTEREST = 4;
const CLASS = new Uint8Array(65536);
for (let c = 0x30; c <= 0x39; c++) CLASS[c] |= DIGIT;
for (let c = 0x4e00; c <= 0x9fff; c++) CLASS[c] |= HAN;

/** first character → index into FIRST_WORDS (0: none) */
const FIRST_INDEX = new Uint8Array(65536);
/** the words of one first character, longest first */
const FIRST_WORDS: Word[][] = [[]];
for (const [k, ws] of WORDS) {
  for (const w of ws) {
    const c = w.charCodeAt(0);
    if (FIRST_INDEX[c] === 0) {
      FIRST_INDEX[c] = FIRST_WORDS.length;
      FIRST_WORDS.push([]);
    }
    const half = k === "T" && (w.includes("半年") && w !== "下半年" ? true : w === "年中");
    FIRST_WORDS[FIRST_INDEX[c]].push({ k, w, skip: w.startsWith("奖") || w.startsWith("罚") || w === "扣罚" ? 4 : 0, half, second: w.length > 1 ? w.charCodeAt(1) : -1 });
    CLASS[c] |= INTEREST;
  }
}
for (const list of FIRST_WORDS) list.sort((a, b) => b.w.length - a.w.length);
/**
 * The same lists cut by the second character: for a first character, the words whose second
 * character is the one given (and the one-character words), in the same longest-first order;
 * a second character no word has gets the one-character words alone.
 */
const BY_SECOND: Array<Map<number, Word[]>> = FIRST_WORDS.map((list) => {
  const m = new Map<number, Word[]>();
  for (const word of list) if (word.second >= 0 && !m.has(word.second)) m.set(word.second, list.filter((x) => x.second === word.second || x.second < 0));
  return m;
});
/** BY_SECOND as two parallel arrays per first character (a scan of a few numbers, not a Map lookup, at every word start) */
const SECONDS: number[][] = BY_SECOND.map((m) => [...m.keys()]);
const SECOND_LISTS: Word[][][] = BY_SECOND.map((m) => [...m.values()]);
const ONE_CHARACTER: Word[][] = FIRST_WORDS.map((list) => list.filter((x) => x.second < 0));

const SEP: Record<string, Kind> = { ";": ";", ",": ",", ":": ",", "、": "l", "(": "(", ")": ")", "[": "(", "]": ")", "×": "x", "*": "x" };
/** separator kinds, and by char code the index of a character's kind in SEP_KINDS (0: none) */
const SEP_KINDS: Kind[] = ["t"];
const SEP_INDEX = new Uint8Array(65536);
for (const [ch, k] of Object.entries(SEP)) {
  SEP_INDEX[ch.charCodeAt(0)] = SEP_KINDS.length;
  SEP_KINDS.push(k);
  CLASS[ch.charCodeAt(0)] |= INTEREST;
}
const EVERY = 0x6bcf; // 每
const SPACE = 0x20;
const DOT = 0x2e;
CLASS[EVERY] |= INTEREST;
CLASS[SPACE] |= INTEREST;
CLASS[DOT] |= INTEREST;

/** two-character measure words (the open class takes one character otherwise) */
const TWO_CHAR_UNITS = new Set(["部门", "单位", "人次", "季度", "小时", "分钟", "方面", "户次", "批次", "个人"]);
const TWO_CHAR_FIRST = new Set([...TWO_CHAR_UNITS].map((u) => u.charCodeAt(0)));
/** compound measure words: a scale (万, 亿, 千, 百) before 元 or a length; 平方/立方 before a length or alone; 公/千 + a length or weight */
export const COMPOUND_UNIT = /^(?:[万亿千百]?(?:平方|立方)(?:公里|千米|米)?|[万亿千百](?:元|美元|公里|米|吨|亩|人次|户|人)|公里|公斤|公顷|千米|千克)/;

const codeSet = (chars: string): Uint8Array => {
  const t = new Uint8Array(65536);
  for (const ch of chars) t[ch.charCodeAt(0)] = 1;
  return t;
};
/** 每年, 每季度, 每月 … are periods of the subject, not 每 of a count */
const PERIOD_AFTER_EVERY = codeSet("年季月周天日");
/** 扣分标准, 扣分项, 扣分办法 … are nouns, not a deduction */
const DEDUCTION_NOUN = codeSet("标办细项情制规");
/** a cap followed by a verb (最多扣6分, 最多记2分, 最多奖励8分, 最高为) */
const CAP_VERB = codeSet("扣减加计得记给为奖");

const C_FEN = 0x5206; // 分
const C_ZHI = 0x4e4b; // 之
const C_ZHONG = 0x949f; // 钟
const C_YOU = 0x6709; // 有
const C_YUAN = 0x5143; // 元
const C_DIAN = 0x70b9; // 点
const C_BEI = 0x500d; // 倍
const C_PCT = 0x25; // %
const C_PERMILLE = 0x2030; // ‰
const C_MINUS = 0x2d; // -
const C_OPEN = 0x28; // (
const C_CLOSE = 0x29; // )
const C_COMMA = 0x2c; // ,
const C_SEMI = 0x3b; // ;
const C_MAN = 0x6ee1; // 满
const C_GE = 0x4e2a; // 个
const C_KE = 0x53ef; // 可
const C_JIA = 0x52a0; // 加
const C_KOU = 0x6263; // 扣
const C_JIANG = 0x5956; // 奖
const C_DENG = 0x7b49; // 等
const C_HAN = 0x542b; // 含

/** NaN (past either end) is no digit */
const digitAt = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
};
const hanAt = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  return c >= 0x4e00 && c <= 0x9fff;
};

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * The digits (and a decimal part) at [i, end) as a number: exactly Number(s.slice(i, end)).
 * Up to 15 digits the integer and the power of ten are exact doubles, so their quotient is the
 * correctly rounded value, as Number's; longer figures go through Number.
 */
function decimalValue(s: string, i: number, end: number): number {
  if (end - i > 15) return Number(s.slice(i, end));
  let v = 0;
  let frac = -1;
  for (let j = i; j < end; j++) {
    const c = s.charCodeAt(j);
    if (c === DOT) frac = 0;
    else {
      v = v * 10 + (c - 0x30);
      if (frac >= 0) frac++;
    }
  }
  return frac > 0 ? v / POW10[frac] : v;
}

/** a Latin letter at i (A-Z, a-z) */
function latinAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i) | 0x20;
  return c >= 0x61 && c <= 0x7a;
}

/** the end of the digits and decimal part at i (i itself when none) */
function digitsEnd(s: string, i: number): number {
  let j = i;
  while (digitAt(s, j)) j++;
  if (s.charCodeAt(j) === DOT && digitAt(s, j + 1)) {
    j++;
    while (digitAt(s, j)) j++;
  }
  return j;
}

/** The end of a number at i (1-3 is a range, one number), or -1. */
function numberEnd(s: string, i: number): number {
  if (!digitAt(s, i)) return -1;
  const j = digitsEnd(s, i);
  if (s.charCodeAt(j) === C_MINUS && digitAt(s, j + 1)) return digitsEnd(s, j + 1);
  return j;
}

/** 年满18周岁, 满60岁, 工作满3年: 满 is reaching an age or a time, not a cap */
const AGE_OR_TIME = new Uint8Array(65536);
for (const c of "岁周年月天日") AGE_OR_TIME[c.charCodeAt(0)] = 1;
function reachesAge(s: string, i: number, e: number): boolean {
  if (s.charCodeAt(i - 1) === 0x5e74) return true; // 年满
  let j = e;
  while (s.charCodeAt(j) === SPACE) j++;
  if (!digitAt(s, j)) return false;
  while (digitAt(s, j) || s.charCodeAt(j) === DOT) j++;
  return AGE_OR_TIME[s.charCodeAt(j) | 0] === 1;
}

/** where amountAhead found its amount when it skipped a short object (奖村500元, 罚当事人5分), else -1 */
let objectEnd = -1;

/** What follows position i, skipping spaces and (for 奖/罚) a short object: an amount's kind or null. */
function amountAhead(s: string, i: number, skipWords: number): "P" | "Y" | "R" | "U" | "N" | "(" | "满" | null {
  let j = i;
  while (s.charCodeAt(j) === SPACE) j++;
  let skipped = 0;
  while (skipped < skipWords && hanAt(s, j)) {
    j++;
    skipped++;
  }
  objectEnd = skipped > 0 ? j : -1;
  const c0 = s.charCodeAt(j);
  if (c0 === C_OPEN && digitAt(s, j + 1)) {
    return s.charCodeAt(numberEnd(s, j + 1)) === C_FEN ? "(" : null;
  }
  if (c0 === C_MAN) {
    if (s.charCodeAt(j + 1) === C_FEN) return "U";
    if (digitAt(s, j + 1)) return "满";
  }
  const end = numberEnd(s, j);
  if (end < 0) return skipWords > 0 && skipped > 0 ? amountAhead(s, i, 0) : null;
  let k = end;
  while (s.charCodeAt(k) === SPACE) k++;
  const c = s.charCodeAt(k);
  if (c === C_FEN && s.charCodeAt(k + 1) !== C_ZHI) return "P";
  if (c === C_YUAN) return "Y";
  if (c === C_PCT || c === C_PERMILLE) return "R";
  return "N";
}

/** Every token has the same shape (one hidden class: the lexer allocates many). */
function tok(k: Kind, s: number, e: number, n?: number, hi?: number, unit?: string, w?: string, half?: boolean): Token {
  return { k, s, e, n, hi, unit, w, half };
}

/**
 * A clause of more tokens than this is no scoring standard a person wrote (the longest real
 * ones have about 200): the lexer stops there and the clause is refused as too long.
 */
export const MAX_TOKENS = 2000;

/**
 * …扣2分,迟到1次1分: t N(one of a measure word) just lexed, after a separator, and before it a kind of the same shape
 * whose verb deducts (t N D P, its verb written or itself borrowed) — the points of this one are taken too. Only
 * that shape, the separator a comma.
 */
function borrowsDeduction(out: ReadonlyArray<Token>): boolean {
  const L = out.length;
  if (L < 7) return false;
  const n = out[L - 1];
  if (!(n.n === 1 && n.hi === undefined && (n.unit ?? "") !== "" && out[L - 2].k === "t" && out[L - 3].k === ",")) return false;
  const [t0, n0, d0, p0] = [out[L - 7], out[L - 6], out[L - 5], out[L - 4]];
  return t0.k === "t" && n0.k === "N" && n0.n === 1 && n0.hi === undefined && n0.unit === n.unit && d0.k === "D" && p0.k === "P";
}

/** …,一次2分 / 一篇 1 分: one of a measure word opening its sentence, then points with no verb — each one's points */
function oneEach(out: ReadonlyArray<Token>): boolean {
  const n = out[out.length - 1];
  const before = out.length > 1 ? out[out.length - 2].k : null;
  return n.n === 1 && n.hi === undefined && (n.unit ?? "") !== "" && (before === null || before === "," || before === ";");
}

/**
 * One pass over the clause's char codes: a character class table says at once whether a
 * character may start anything but subject text; words are tried only from their first
 * character's list; numbers are read in place (no substring unless a figure has more than 15
 * digits).
 */
export function lex(s: string): Token[] {
  const out: Token[] = [];
  const len = s.length;
  let textStart = -1;
  let i = 0;
  while (i < len && out.length <= MAX_TOKENS) {
    const ch = s.charCodeAt(i);
    const cls = CLASS[ch];
    if ((cls & (INTEREST | DIGIT)) === 0) {
      if (textStart < 0) textStart = i;
      i++;
      continue;
    }
    if (ch === SPACE) {
      i++;
      continue;
    }
    // a number and what follows it
    // (A.30%(含)以上, B.25%: the dot after an option's letter is the label's, not a lost leading zero)
    if ((cls & DIGIT) !== 0 || (ch === DOT && digitAt(s, i + 1) && !digitAt(s, i - 1) && !latinAt(s, i - 1))) {
      let n: number;
      let hi: number | undefined;
      let end0: number;
      if (ch === DOT) {
        end0 = numberEnd(s, i + 1);
        n = Number("0" + s.slice(i, end0));
      } else {
        const j = digitsEnd(s, i);
        n = decimalValue(s, i, j);
        end0 = j;
        if (s.charCodeAt(j) === C_MINUS && digitAt(s, j + 1)) {
          end0 = digitsEnd(s, j + 1);
          hi = decimalValue(s, j + 1, end0);
        }
      }
      let end = end0;
      while (s.charCodeAt(end) === SPACE) end++;
      const c = s.charCodeAt(end);
      let t: Token;
      if (c === C_FEN && s.charCodeAt(end + 1) !== C_ZHI && s.charCodeAt(end + 1) !== C_ZHONG) {
        // "…台帐,1分;" points with no verb: earned (an implicit 计)
        const prev = out.length > 0 ? out[out.length - 1].k : null;
        const after = s.charCodeAt(end + 1);
        if (prev === "(" && textStart === i - 1 && s.charCodeAt(i - 1) === C_MINUS) {
          // "(-10分)": points taken off
          textStart = -1;
          out.push(tok("D", i, i, undefined, undefined, undefined, "-"));
        } else if (prev === "N" && borrowsDeduction(out) && (Number.isNaN(after) || after === C_SEMI || after === C_COMMA || after === SPACE)) {
          // "缺勤1次扣2分,迟到1次1分": a kind counted by one of its measure word, its points with no verb, right after
          // a kind of the same shape that deducts — the verb said once, for both
          out.push(tok("D", i, i, undefined, undefined, undefined, ""));
        } else if (
          (textStart >= 0 || prev === null || prev === "," || prev === ";" || (prev === "(" && after === C_COMMA) || (prev === "N" && out.length > 1 && out[out.length - 2].k === "M") || (prev === "N" && oneEach(out))) &&
          // (…队伍;10分(以台账资料为准): a note after the points; not 60分(含)以上, a mark's bound)
          (Number.isNaN(after) || after === C_SEMI || after === C_COMMA || after === SPACE || after === C_CLOSE || (after === C_OPEN && s.charCodeAt(end + 2) !== C_HAN) ||
            // (…工作重点,3分2.试点地区…: the next part's number glued to the points, its punctuation lost)
            (digitAt(s, end + 1) && !digitAt(s, end + 2) && (s.charCodeAt(end + 2) === DOT || s.charCodeAt(end + 2) === 0x3001) && hanAt(s, end + 3)))
        ) {
          if (textStart >= 0) {
            if (i > textStart) out.push(tok("t", textStart, i));
            textStart = -1;
          }
          out.push(tok("E", i, i, undefined, undefined, undefined, ""));
        }
        t = tok("P", i, end + 1, n, hi);
      } else if (c === C_PCT) {
        t = tok("R", i, end + 1, n, hi, "%");
      } else if (c === C_PERMILLE) {
        t = tok("R", i, end + 1, n, hi, "‰");
      } else if (c === C_YUAN) {
        t = tok("Y", i, end + 1, n, hi);
      } else if (c === C_DIAN) {
        t = tok("O", i, end + 1, n, hi);
      } else if (c === C_BEI) {
        t = tok("X", i, end + 1, n, hi);
      } else {
        const unit = measureWord(s, end);
        t = tok("N", i, end + unit.length, n, hi, unit);
      }
      if (textStart >= 0) {
        if (i > textStart) out.push(tok("t", textStart, i));
        textStart = -1;
      }
      out.push(t);
      i = t.e;
      continue;
    }
    const sepIndex = SEP_INDEX[ch];
    // (an opening parenthesis may start a word: 95%(含)以上)
    if (sepIndex !== 0 && !(ch === C_OPEN && wordAt(s, i) === "a")) {
      const sep = SEP_KINDS[sepIndex];
      if (textStart >= 0) {
        if (i > textStart) out.push(tok("t", textStart, i));
        textStart = -1;
      }
      out.push(tok(sep, i, i + 1));
      i++;
      continue;
    }
    const k = wordAt(s, i);
    if (k !== null) {
      if (textStart >= 0) {
        if (i > textStart) out.push(tok("t", textStart, i));
        textStart = -1;
      }
      out.push(tok(k, i, wordEnd, undefined, undefined, undefined, wordText, k === "T" ? wordHalf : undefined));
      i = wordEnd;
      // 每起扣2分, 每个部门各计3分: 每 and a measure word with no number counts one
      if (k === "M") {
        const implicit = implicitUnit(s, i);
        if (implicit) {
          out.push(implicit);
          i = implicit.e;
        }
      }
      continue;
    }
    if (textStart < 0) textStart = i;
    i++;
  }
  if (textStart >= 0 && len > textStart) out.push(tok("t", textStart, len));
  return out;
}

/** The measure word after a number at i ("" when none): 个 (+ nothing), 部门, one character that is not a scoring word, or a unit symbol (㎡ ㎏ ㎞ …). */
function measureWord(s: string, i: number): string {
  if (!hanAt(s, i)) {
    const c = s.charCodeAt(i);
    return c >= 0x3380 && c <= 0x33df ? s[i] : "";
  }
  if (TWO_CHAR_FIRST.has(s.charCodeAt(i)) && hanAt(s, i + 1)) {
    const two = s.slice(i, i + 2);
    if (TWO_CHAR_UNITS.has(two)) return two;
  }
  // a compound measure word is one word, cut whole: 2亿元, 30万元 (a scale and the thing counted),
  // 3000平方米, 5立方米 (square, cubic and the length), 100公里, 20公斤 — not 2亿 + 元, 3000平 + 方米
  const compound = COMPOUND_UNIT.exec(s.slice(i, i + 4));
  if (compound !== null) return compound[0];
  if (wordAt(s, i) !== null) return "";
  return s[i];
}

/** 每起扣2分 / 每例扣1-3分 / 每个部门各计3分 / 每人计2分: a count of 1 before the verb. */
function implicitUnit(s: string, i: number): Token | null {
  let j = i;
  if (s.charCodeAt(j) === C_GE) j++;
  for (let len = 1; len <= 2; len++) {
    if (!hanAt(s, j) || (len === 2 && !hanAt(s, j + 1))) continue;
    if (wordAt(s, j) !== null || (len === 2 && wordAt(s, j + 1) !== null)) continue;
    const next = wordAt(s, j + len);
    if (next === "E" || next === "D" || next === "A" || next === "L") {
      return tok("N", i, j + len, 1, undefined, s.slice(j, j + len));
    }
  }
  return null;
}

/** 每月扣2分, 每月次扣3分, 每季度扣5分: a period word of one or two characters, then the verb and its points */
function periodCounted(s: string, j: number): boolean {
  for (let len = 1; len <= 2; len++) {
    if (!hanAt(s, j + len - 1)) return false;
    const k = wordAt(s, j + len);
    if (k === "E" || k === "D" || k === "A") return true;
  }
  return false;
}

/** 12个月, 2年, 半个月 at j: where its period word (月, 年 …) starts; -1 when there is none */
function periodAfterFigure(s: string, j: number): number {
  let k = j;
  while (digitAt(s, k) || (k > j && s.charCodeAt(k) === DOT && digitAt(s, k + 1))) k++;
  if (k === j && s.charCodeAt(k) === 0x534a) k++; // 半
  if (k === j) return -1;
  if (s.charCodeAt(k) === C_GE) k++;
  return PERIOD_AFTER_EVERY[s.charCodeAt(k) | 0] === 1 ? k : -1;
}

/** The word wordAt found: its end, its text, and (T) whether it names the half-year. */
let wordEnd = 0;
let wordText = "";
let wordHalf = false;

/**
 * The kind of the scoring word at i, or null (then the character is subject text); the word
 * itself in wordEnd / wordText / wordHalf (no token built for the many look-aheads that only
 * ask whether a word is there).
 */
function wordAt(s: string, i: number): Kind | null {
  const ch = s.charCodeAt(i);
  if (ch === EVERY) {
    // 每年, 每季度, 每月 are periods of the subject (每年11月底前报告), not 每 of a count — unless the
    // points follow at once: 每月扣2分, 每月次扣3分, 每天扣1分 count the periods
    // (每个月, 每个季度: the period with its measure word, the same)
    const p = s.charCodeAt(i + 1) === C_GE && PERIOD_AFTER_EVERY[s.charCodeAt(i + 2) | 0] === 1 && s.charCodeAt(i + 2) !== 0x5929 && s.charCodeAt(i + 2) !== 0x65e5 ? i + 2 : i + 1;
    if (PERIOD_AFTER_EVERY[s.charCodeAt(p) | 0] === 1 && !periodCounted(s, p)) return null;
    // 每12个月, 每2年, 每3天 (normalised from 每十二个月, 每两年): a period of N, the same — unless its points
    // follow at once (每2个月扣1分)
    const at = periodAfterFigure(s, i + 1);
    if (at >= 0 && !periodCounted(s, at)) return null;
    return found("M", i + 1, "每", false);
  }
  const index = ch === ch ? FIRST_INDEX[ch] : 0;
  if (index === 0) return null;
  const next = s.charCodeAt(i + 1);
  const seconds = SECONDS[index];
  let words = ONE_CHARACTER[index];
  for (let j = 0; j < seconds.length; j++) {
    if (seconds[j] === next) {
      words = SECOND_LISTS[index][j];
      break;
    }
  }
  for (let x = 0; x < words.length; x++) {
    const word = words[x];
    const { k, w, second } = word;
    if (second >= 0 && (next !== second || (w.length > 2 && !s.startsWith(w, i)))) continue;
    const e = i + w.length;
    switch (k) {
      case "E": {
        // 计满10分为止 is a cap; 计3分 / 计(20分) / 得满分 / 奖村500元 earn
        // (一等奖每项计40分, 特等奖每篇加10分: 奖 after 等 is the award's name, a verb only with its amount at once)
        const ahead = amountAhead(s, e, ch === C_JIANG && w.length === 1 && s.charCodeAt(i - 1) === C_DENG ? 0 : word.skip);
        // 奖励该班5分, 扣罚当事人5分: the verb's object (who gains or loses the points) is the verb's, not
        // subject text before points with no verb (which would read as earned)
        if (ahead === "P" && objectOnly(s, e)) return found(k, objectEnd, w, false);
        // (评奖扣2分/次, 获奖者加1分: an amount reached only past another scoring word is that word's — 奖 is the noun's)
        if (ahead === "P" && objectEnd > e) continue;
        if (ahead === "P" || ahead === "Y" || ahead === "U" || ahead === "(") return found(k, e, w, false);
        continue;
      }
      case "D": {
        const ahead = amountAhead(s, e, word.skip);
        if (ahead === "P" && objectOnly(s, e)) return found(k, objectEnd, w, false);
        if (ahead === "P" || ahead === "Y" || ahead === "R") return found(k, e, w, false);
        // 扣分 with no amount; not the nouns 扣分标准, 扣分项, 扣分办法
        if (w.length === 1 && ch === C_KOU && s.charCodeAt(e) === C_FEN && DEDUCTION_NOUN[s.charCodeAt(e + 1) | 0] !== 1) return found("d", e + 1, "扣分", false);
        continue;
      }
      case "A": {
        if (amountAhead(s, e, 0) === "P") return found(k, e, w, false);
        continue;
      }
      case "C": {
        if (s.charCodeAt(i - 1) === EVERY) continue;
        // 限20分, 限加2分 (每天限20分): a limit on the points; not 时限, 期限, 限期 (a limit said right before its figure only)
        if (w === "限" && !/^\s*(?:[加得计记])?\s*\d/.test(s.slice(e, e + 4))) continue;
        const ahead = amountAhead(s, e, 0);
        if (w.length === 1 && ch === C_MAN && ((ahead !== "N" && ahead !== "P") || reachesAge(s, i, e))) continue;
        // 不超过90% is a comparator; 最多扣6分 / 最高10分 / 计满5为止 caps
        if (ahead === "R") continue;
        const next = s.charCodeAt(e);
        if (ahead === "P" || ahead === "N" || CAP_VERB[next | 0] === 1 || (next === C_KE && s.charCodeAt(e + 1) === C_JIA)) return found(k, e, w, false);
        continue;
      }
      case "c": {
        const ahead = amountAhead(s, e, 0);
        if (ahead === null || ahead === "U" || ahead === "(" || ahead === "满") continue;
        if ((w === "在" || w === "为" || w === "达") && ahead !== "R" && ahead !== "N" && ahead !== "P") continue;
        return found(k, e, w, false);
      }
      case "a": {
        // after a number only (its unit in between: 1名以上)
        const p = s.charCodeAt(i - 1);
        if (!((p >= 0x30 && p <= 0x39) || p === C_PCT || p === C_PERMILLE || p === C_FEN || p === SPACE || (p >= 0x4e00 && p <= 0x9fff) || p === C_CLOSE)) continue;
        return found(k, e, w, false);
      }
      case "W": {
        // only right after 每 (每降低1点)
        if (s.charCodeAt(i - 1) !== EVERY) continue;
        return found(k, e, w, false);
      }
      case "Q":
      case "G": {
        let j = e;
        while (s.charCodeAt(j) === SPACE) j++;
        // 发现有1个…, 查实有2起: found, then 有 before the count (read with the found word)
        if (k === "G" && s.charCodeAt(j) === C_YOU) {
          let d = j + 1;
          while (s.charCodeAt(d) === SPACE) d++;
          if (digitAt(s, d)) return found(k, j + 1, w + "有", false);
        }
        if (!digitAt(s, j)) continue;
        return found(k, e, w, false);
      }
      case "T":
        return found(k, e, w, word.half);
      case "K": {
        if (digitAt(s, e)) continue;
        return found(k, e, w, false);
      }
      case "0": {
        // 10分 is not 0分
        if (w === "0分" && digitAt(s, i - 1)) continue;
        return found(k, e, w, false);
      }
      case "?": {
        // …二次及以上累计扣 ending the clause, as 累计扣; does (not 累计扣5分)
        if (w === "累计扣" && e < s.length) continue;
        return found(k, e, w, false);
      }
      case "L": {
        const next = wordAt(s, e);
        if (next === "E" || next === "D" || amountAhead(s, e, 0) === "P") return found(k, e, w, false);
        continue;
      }
      default:
        return found(k, e, w, false);
    }
  }
  return null;
}

/**
 * The short object amountAhead skipped, from e to objectEnd (奖励该班, 扣罚当事人), holds no scoring word of
 * its own (未获奖者加1分: 者加 is no object, 加 is the verb); objectEnd is kept as it was found.
 */
function objectOnly(s: string, e: number): boolean {
  const end = objectEnd;
  if (end <= e) return false;
  let ok = true;
  for (let p = e; p < end && ok; p++) if (s.charCodeAt(p) === EVERY || wordAt(s, p) !== null) ok = false;
  objectEnd = end;
  return ok;
}

function found(k: Kind, e: number, w: string, half: boolean): Kind {
  wordEnd = e;
  wordText = w;
  wordHalf = half;
  return k;
}

/** The token kinds as one string, one character per token (what recognisers match). */
export function skeleton(tokens: ReadonlyArray<Token>): string {
  // char codes, then one string (not a string per token)
  const n = tokens.length;
  if (n > 4096) {
    let out = "";
    for (const t of tokens) out += t.k;
    return out;
  }
  const codes = new Array<number>(n);
  for (let i = 0; i < n; i++) codes[i] = tokens[i].k.charCodeAt(0);
  return String.fromCharCode.apply(null, codes);
}
