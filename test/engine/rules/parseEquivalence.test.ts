/**
 * The parser's output is pinned: for every dev-corpus clause, every seed clause and the reworded
 * variants of the metamorphic tests (parseEquivalence.inputs.ts), the normalised text, the
 * lexer's tokens, the full parse result (rule, construct, understood, reason code and
 * parameters), the formula, the section reading and the item max must equal
 * __pinned__/parse-outputs.json. It guards speed work on the lexer and the normaliser, which
 * must not change any output. A change on purpose: `npx tsx scripts/pin-parse-outputs.ts`.
 *
 * Beyond the pinned clauses, generated clauses (fast-check, from fragments chosen for the edges
 * of the fast paths: full-width forms, traditional characters, quotes between spaces, numerals,
 * ranges, long figures, words of every kind) must get exactly the text and tokens the
 * normaliser and lexer gave before the speed work (reference/, kept as the oracle).
 */
import fc from "fast-check";
import { readFileSync } from "fs";
import { WORDS, lex, type Token } from "../../../src/engine/rules/parse/lexer";
import { ENUMERATION, clauseText, joinNumbers, normalizeClause, stripEnumeration } from "../../../src/engine/rules/parse/normalize";
import { normalizeText } from "../../../src/engine/values";
import { PIN_FILE, baseInputs, pinOutput, type PinEntry } from "./parseEquivalence.inputs";
import { lex as referenceLex } from "./reference/lexer";
import { joinNumbers as referenceJoinNumbers, normalizeClause as referenceNormalizeClause } from "./reference/normalize";

const PINNED: ReadonlyArray<PinEntry> = JSON.parse(readFileSync(PIN_FILE, "utf8")) as PinEntry[];

describe("the parser's output equals the pinned output", () => {
  it("pins every dev-corpus and seed clause, and their variants", () => {
    const pinned = new Set(PINNED.map((e) => `${e.text}\u0000${e.max ?? ""}`));
    const missing = baseInputs().filter((p) => !pinned.has(`${p.text}\u0000${p.max ?? ""}`)).map((p) => p.id);
    expect(missing).toEqual([]);
    expect(PINNED.length).toBeGreaterThan(baseInputs().length * 2);
  });

  it("gives the pinned output for every pinned clause", () => {
    const diffs: string[] = [];
    for (const e of PINNED) {
      const got = pinOutput(e);
      for (const key of ["normalized", "tokens", "parse", "formula", "section", "itemMax"] as const) {
        const a = JSON.stringify(got[key]);
        const b = JSON.stringify(e[key]);
        if (a !== b) diffs.push(`${e.id} ${key}\n  pinned ${b}\n  got    ${a}`);
      }
    }
    expect(diffs.slice(0, 20).join("\n")).toBe("");
    expect(diffs.length).toBe(0);
  });
});

/** every field, numbers by String (NaN, Infinity and 1e21 told apart) */
const show = (ts: ReadonlyArray<Token>): string =>
  ts.map((t) => [t.k, t.s, t.e, String(t.n), String(t.hi), String(t.unit), String(t.w), String(t.half)].join("|")).join(" ");

const FRAGMENTS: ReadonlyArray<string> = [
  ...WORDS.flatMap(([, ws]) => ws),
  "0", "1", "2", "5", "10", "0.5", "3.25", "12345678901234567", "9007199254740993", "0.1234567890123456789", "1.0000000000000002", "1".repeat(400), "007", ".", ".5", "-", "-10", "1-3", "2.5-4",
  " ", "  ", "\t", "\n", "\u3000", "\u00a0", "\u2002", "\ufeff",
  "分", "之", "钟", "分钟", "元", "%", "‰", "点", "倍", "个", "名", "次", "项", "人", "部门", "单位", "人次", "小时", "季度",
  "每", "年", "月", "季", "周", "天", "日", "标", "办", "可", "含",
  ",", ";", ":", "、", "(", ")", "[", "]", "×", "*", "。", "．", "~", "—", "–", "―", "～", "〜", "至", "到", "−",
  "，", "；", "：", "（", "）", "％", "０", "１", "５", "．", "ａ", "①",
  "“", "”", "\"", "'", "「", "」", "『", "』", "‘", "’", "〝", "〞",
  "滿", "為", "個", "點", "兩", "萬", "計", "扣", "例", "覈", "遲", "張", "乾", "釦", "㑯", "薴",
  "乙", "乙个", "乙個", "甲乙", "乙类", "乙次", "①", "②", "⑵", "⒉", "❸", "㈣", "㊄", "㎡", "㎏", "㎞", "m2", "m²", "km2", "kg", "m3", "m", "k",
  "一", "二", "两", "三", "十", "百", "千", "万", "零", "〇", "百分之", "千分之", "百分之九十", "三十五", "百分制",
  "个百分点", "百分点", "比例点", "千分点", "个点", "点百分比", "3%~5%", "1‰ - 2‰", "2% 至3%", "0。5", "1 ． 5", "2 — 4", "3、;",
  "考核", "工作", "配备", "完成", "情况", "𠀀", "\u0301", "e", "x",
];
/** the characters where the steps meet, drawn four times as often (so " “ " and "1 。 5" come up) */
const EDGES: ReadonlyArray<string> = ["(1)", "1、", "⑵", "二.", " ", "“", "'", "\u3000", "1", "5", ".", "。", ",", "、", ";", "-", "~", "至", "百", "分", "之", "点", "个", "三", "滿", "%", "②", "乙", "m2", "㎡"];
const clause = fc
  .array(fc.oneof({ arbitrary: fc.constantFrom(...EDGES), weight: 4 }, { arbitrary: fc.constantFrom(...FRAGMENTS), weight: 1 }), { minLength: 0, maxLength: 24 })
  .map((xs) => xs.join(""));

describe("the fast normaliser and lexer equal the reference ones on generated clauses", () => {
  it("normalizeClause and joinNumbers give the same text", () => {
    fc.assert(
      fc.property(clause, (x) => {
        const n = normalizeClause(x);
        expect(JSON.stringify(n)).toBe(JSON.stringify(referenceNormalizeClause(x)));
        expect(JSON.stringify(joinNumbers(x))).toBe(JSON.stringify(referenceJoinNumbers(x)));
        expect(JSON.stringify(joinNumbers(n))).toBe(JSON.stringify(referenceJoinNumbers(n)));
        expect(JSON.stringify(stripEnumeration(x))).toBe(JSON.stringify(x.replace(ENUMERATION, "")));
      }),
      { numRuns: 10000, seed: 20261206 },
    );
  });

  it("lex gives the same tokens, on raw and on normalised text", () => {
    fc.assert(
      fc.property(clause, (x) => {
        expect(show(lex(x))).toBe(show(referenceLex(x)));
        const y = joinNumbers(normalizeClause(x));
        expect(show(lex(y))).toBe(show(referenceLex(y)));
      }),
      { numRuns: 10000, seed: 20261206 },
    );
  });

  it("normalizeClause and lex give the same text and tokens on every pinned clause", () => {
    for (const e of PINNED) {
      const n = normalizeClause(e.text);
      expect(`${e.id}: ${n}`).toBe(`${e.id}: ${referenceNormalizeClause(e.text)}`);
      const y = joinNumbers(n);
      expect(`${e.id}: ${y}`).toBe(`${e.id}: ${referenceJoinNumbers(n)}`);
      expect(`${e.id}: ${show(lex(y))}`).toBe(`${e.id}: ${show(referenceLex(y))}`);
    }
  });
});

describe("clauseText is normalizeText without the Unicode normaliser", () => {
  it("agrees on every BMP character, alone and between characters it could compose with", () => {
    const bad: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const x of [ch, `e${ch}`, `${ch}\u0301`, `1${ch}2`, `分${ch}\u3099`, ` ${ch} `]) {
        if (clauseText(x) !== normalizeText(x)) bad.push(c.toString(16));
      }
    }
    expect(bad).toEqual([]);
  });
});
