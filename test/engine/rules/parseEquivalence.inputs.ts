/**
 * What the parse-equivalence pin (parseEquivalence.test.ts, __pinned__/parse-outputs.json) holds
 * and how each output is computed: every clause of test/corpus/clauses/dev.json (and of dev2.json … dev7.json,
 * without variants), every seed
 * clause (seed-clauses.ts, seed-sections.ts), and the reworded variants of metamorphic.test.ts
 * (its rewrites, copied here, applied with every choice). Regenerate the pin with
 * `npx tsx scripts/pin-parse-outputs.ts` when the parser's output changes on purpose.
 * The held-out file is never read here.
 */
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { maxFromItemText, normalizeClause, parseRule, parseSectionRule, ruleFormula, type Period } from "../../../src/engine/rules";
import { lex } from "../../../src/engine/rules/parse/lexer";
import { ENUMERATION, joinNumbers } from "../../../src/engine/rules/parse/normalize";
import { SEED_CLAUSES } from "./seed-clauses";
import { SEED_NOT_UNDERSTOOD, SEED_SECTION_RULES } from "./seed-sections";

export const PIN_FILE = join(__dirname, "__pinned__", "parse-outputs.json");
const DEV = join(__dirname, "../../corpus/clauses/dev.json");
/** the second development set (issue 10): its clauses as they are, without variants */
const DEV2 = join(__dirname, "../../corpus/clauses/dev2.json");
/** the third development set (issue 10): its clauses as they are, without variants */
const DEV3 = join(__dirname, "../../corpus/clauses/dev3.json");
/** the fourth development set (issue 10, round 6): its clauses as they are, without variants */
const DEV4 = join(__dirname, "../../corpus/clauses/dev4.json");
const DEV5 = join(__dirname, "../../corpus/clauses/dev5.json");
/** the sixth and seventh development sets (issue 10, round 7) */
const DEV6 = join(__dirname, "../../corpus/clauses/dev6.json");
const DEV7 = join(__dirname, "../../corpus/clauses/dev7.json");
const DEV10 = join(__dirname, "../../corpus/clauses/dev10.json");
const DEV11 = join(__dirname, "../../corpus/clauses/dev11.json");
/** the twelfth and thirteenth development sets (issue 10, round 9) */
const DEV12 = join(__dirname, "../../corpus/clauses/dev12.json");
const DEV13 = join(__dirname, "../../corpus/clauses/dev13.json");
/** the fourteenth and fifteenth development sets (issue 10, round 10) */
const DEV14 = join(__dirname, "../../corpus/clauses/dev14.json");
const DEV15 = join(__dirname, "../../corpus/clauses/dev15.json");

export interface PinInput {
  readonly id: string;
  readonly text: string;
  readonly max?: number;
  readonly period?: Period;
}

export interface PinOutput {
  /** normalizeClause(text) */
  readonly normalized: string;
  /** the lexer's tokens over the clause as parseRule reads it: kind, span, figures, word */
  readonly tokens: string;
  readonly parse: unknown;
  /** the formula of an understood clause for a value in B2 (null: none) */
  readonly formula: string | null;
  readonly section: unknown;
  readonly itemMax: number | null;
}

export interface PinEntry extends PinInput, PinOutput {}

const CN = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
function chinese(n: number): string {
  if (n < 10) return CN[n];
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? "" : CN[tens]}十${n % 10 === 0 ? "" : CN[n % 10]}`;
}

type Rewrite = (s: string, pick: (k: number) => number) => string;

/** metamorphic.test.ts's rewrites (name, rewrite, number of choices) */
const REWRITES: ReadonlyArray<readonly [string, Rewrite, number]> = [
  ["subject", (s, pick) =>
    s.replace(/每(?=[^\d\s扣计得加记奖罚减各,;，；。]{2,4}\s*[\d一二两三四五六七八九十])(?![年季月周天日上下半个降低少超减增高多欠缺差])/g, () => `每${["新", "组织开展", "新增"][pick(3)]}`), 3],
  ["unit", (s, pick) => s.replace(/(\d)名(?![额单次])/g, (_m, d: string) => `${d}${["种", "篇", "户", "台"][pick(4)]}`), 4],
  ["verb", (s, pick) => s.replace(/[计得记](?=\s*\d)/g, () => ["计", "得", "记"][pick(3)]), 3],
  ["fullwidth", (s) => s.replace(/[0-9%]/g, (c) => (c === "%" ? "％" : String.fromCharCode(c.charCodeAt(0) + 0xfee0))), 1],
  ["numerals", (s) =>
    s.replace(/(?<![\d.。．\-—~～至])([1-9]\d?)(?![\d.。．])(?=[名人次个项分起例件户家篇种条])/g, (_m, n: string) => chinese(Number(n))), 1],
  ["punctuation", (s) => s.replace(/,/g, "，").replace(/;/g, "；").replace(/(?<!\d)。|。(?!\d)/g, "；"), 1],
  ["spaces", (s) => s.replace(/(\d+(?:\.\d+)?)/g, " $1 "), 1],
  ["note", (s, pick) => `${s}（${["以台账资料为准", "由考核组核实", "备注：按年度统计"][pick(3)]}）`, 3],
];

interface DevClause {
  readonly id: string;
  readonly clause: string;
  readonly max: number | null;
}

/** The clauses of the pin, before their variants. */
export function baseInputs(): PinInput[] {
  const dev: DevClause[] = existsSync(DEV) ? (JSON.parse(readFileSync(DEV, "utf8")) as { clauses: DevClause[] }).clauses : [];
  return [
    ...dev.map((c) => ({ id: `dev ${c.id}`, text: c.clause, ...(c.max !== null ? { max: c.max } : {}) })),
    ...SEED_CLAUSES.map((c) => ({ id: `seed ${c.id}`, text: c.text, ...(c.max !== undefined ? { max: c.max } : {}), ...(c.period ? { period: c.period } : {}) })),
    ...SEED_SECTION_RULES.map((c) => ({ id: `section ${c.id}`, text: c.text })),
    ...SEED_NOT_UNDERSTOOD.map((c) => ({ id: `not understood ${c.id}`, text: c.text })),
  ];
}

function laterInputs(): PinInput[] {
  const read = (file: string): DevClause[] => (existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as { clauses: DevClause[] }).clauses : []);
  return [
    ...read(DEV2).map((c) => ({ id: `dev2 ${c.id}`, text: c.clause, ...(c.max !== null ? { max: c.max } : {}) })),
    ...read(DEV3).map((c) => ({ id: `dev3 ${c.id}`, text: c.clause, ...(c.max !== null ? { max: c.max } : {}) })),
    ...read(DEV4).map((c) => ({ id: `dev4 ${c.id}`, text: c.clause, ...(c.max !== null ? { max: c.max } : {}) })),
    ...read(DEV5).map((c) => ({ id: `dev5 ${c.id}`, text: c.clause, ...(c.max !== null ? { max: c.max } : {}) })),
    ...read(DEV6).map((c) => ({ id: `dev6 ${c.id}`, text: c.clause, ...(c.max !== null ? { max: c.max } : {}) })),
    ...read(DEV7).map((c) => ({ id: `dev7 ${c.id}`, text: c.clause, ...(c.max !== null ? { max: c.max } : {}) })),
    ...read(DEV10).map((c) => ({ id: `dev10 ${c.id}`, text: c.clause, ...(c.max !== null ? { max: c.max } : {}) })),
    ...read(DEV11).map((c) => ({ id: `dev11 ${c.id}`, text: c.clause, ...(c.max !== null ? { max: c.max } : {}) })),
    ...read(DEV12).map((c) => ({ id: `dev12 ${c.id}`, text: c.clause, ...(c.max !== null ? { max: c.max } : {}) })),
    ...read(DEV13).map((c) => ({ id: `dev13 ${c.id}`, text: c.clause, ...(c.max !== null ? { max: c.max } : {}) })),
    ...read(DEV14).map((c) => ({ id: `dev14 ${c.id}`, text: c.clause, ...(c.max !== null ? { max: c.max } : {}) })),
    ...read(DEV15).map((c) => ({ id: `dev15 ${c.id}`, text: c.clause, ...(c.max !== null ? { max: c.max } : {}) })),
  ];
}

/** Every base clause and each distinct reworded variant of it, then dev2's … dev7's, dev10's … dev15's clauses. */
export function pinInputs(): PinInput[] {
  const out: PinInput[] = [];
  const seen = new Set<string>();
  const add = (p: PinInput): void => {
    const key = `${p.text}\u0000${p.max ?? ""}\u0000${p.period ?? ""}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(p);
  };
  for (const base of baseInputs()) {
    add(base);
    for (const [name, rewrite, choices] of REWRITES) {
      for (let k = 0; k < choices; k++) {
        const text = rewrite(base.text, () => k);
        add({ ...base, id: `${base.id} [${name} ${k}]`, text });
      }
    }
  }
  for (const c of laterInputs()) add(c);
  return out;
}

function tokenText(s: string): string {
  return lex(s)
    .map((t) => `${t.k}${t.s}-${t.e}${t.n !== undefined ? `:${t.n}` : ""}${t.hi !== undefined ? `~${t.hi}` : ""}${t.unit !== undefined ? `/${t.unit}` : ""}${t.w !== undefined ? `"${t.w}` : ""}${t.half !== undefined ? `h${t.half ? 1 : 0}` : ""}`)
    .join(" ");
}

/** JSON round trip: what the pin file can hold (undefined fields dropped) */
const plain = (x: unknown): unknown => (x === undefined ? null : JSON.parse(JSON.stringify(x)));

export function pinOutput(p: PinInput): PinOutput {
  const parsed = parseRule(p.text, p.max !== undefined ? { max: p.max } : {});
  let formula: string | null = null;
  if (parsed.understood) formula = ruleFormula(parsed.rule, "B2", parsed.max ?? p.max, p.period ? { period: p.period } : {});
  const normalized = normalizeClause(p.text);
  return {
    normalized,
    tokens: tokenText(joinNumbers(normalizeClause(p.text.trim().replace(ENUMERATION, "")))),
    parse: plain(parsed),
    formula,
    section: plain(parseSectionRule(p.text)),
    itemMax: maxFromItemText(p.text) ?? null,
  };
}
