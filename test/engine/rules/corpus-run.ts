/**
 * The clause corpus (test/corpus/clauses/*.json, format in its README) measured through the
 * same entry point users have: `assess rule --text CLAUSE [--max M] [--value V] [--period half]
 * [--item ITEM] --json` (src/cli/main.ts). The clause's `item` is passed as `--item`, as a workbook
 * gives the parser the item's name and heading. Used by corpus.test.ts and by scripts/clause-corpus.ts.
 */
import { readFileSync } from "fs";
import { main, type CliIO } from "../../../src/cli/main";

export interface CorpusCase {
  readonly value: string;
  readonly score: number;
  readonly period?: "half" | "full";
}
export interface CorpusClause {
  readonly id: string;
  readonly doc: string;
  readonly item?: string;
  readonly clause: string;
  readonly max: number | null;
  readonly cases?: ReadonlyArray<CorpusCase>;
  readonly not_scorable?: string;
}
export interface Corpus {
  readonly documents: ReadonlyArray<{ readonly id: string; readonly title: string; readonly source: string }>;
  readonly clauses: ReadonlyArray<CorpusClause>;
}

export interface RuleOutput {
  readonly understood: boolean;
  readonly construct: string | null;
  readonly rule: unknown;
  readonly score: number | null;
  readonly formula: string | null;
  readonly reason?: string;
}

export interface Miss {
  readonly id: string;
  readonly clause: string;
  readonly value: string | null;
  readonly expected: number | "not scorable";
  readonly got: number | null | "understood";
  readonly reason?: string;
  readonly construct?: string | null;
}

export interface CorpusResult {
  readonly clauses: number;
  readonly documents: number;
  /** cases counted for accuracy: each case, and one per not_scorable clause */
  readonly cases: number;
  readonly correct: number;
  readonly accuracy: number;
  readonly misses: Miss[];
  /** the formula of each understood, scorable clause (as `assess rule --max M` prints it) */
  readonly formulas: string[];
  /** understood clauses (with their rule), for further checks */
  readonly understood: Array<{ clause: CorpusClause; out: RuleOutput }>;
}

export function loadCorpus(file: string): Corpus {
  return JSON.parse(readFileSync(file, "utf8")) as Corpus;
}

/** `assess rule … --json`, as a user runs it. */
export async function assessRule(text: string, max: number | null, value?: string, period?: string, item?: string): Promise<RuleOutput> {
  let out = "";
  let err = "";
  const io: CliIO = { stdout: (s) => { out += s; }, stderr: (s) => { err += s; } };
  const argv = ["rule", "--text", text, "--json"];
  if (max !== null) argv.push("--max", String(max));
  if (value !== undefined) argv.push("--value", value);
  if (period !== undefined) argv.push("--period", period);
  if (item !== undefined && item.trim() !== "") argv.push("--item", item);
  const code = await main(argv, io);
  if (code === 2) throw new Error(`assess rule refused its arguments: ${err.trim()}`);
  return JSON.parse(out) as RuleOutput;
}

const close = (a: number, b: number): boolean => Math.abs(a - b) < 1e-6;

export async function runCorpus(corpus: Corpus): Promise<CorpusResult> {
  let cases = 0;
  let correct = 0;
  const misses: Miss[] = [];
  const formulas: string[] = [];
  const understood: Array<{ clause: CorpusClause; out: RuleOutput }> = [];
  for (const c of corpus.clauses) {
    const plain = await assessRule(c.clause, c.max, undefined, undefined, c.item);
    if (plain.understood) understood.push({ clause: c, out: plain });
    if (c.not_scorable !== undefined || !c.cases) {
      cases += 1;
      if (!plain.understood) correct += 1;
      else misses.push({ id: c.id, clause: c.clause, value: null, expected: "not scorable", got: "understood", construct: plain.construct });
      continue;
    }
    if (plain.understood && plain.formula) formulas.push(plain.formula);
    for (const k of c.cases) {
      cases += 1;
      const out = await assessRule(c.clause, c.max, k.value, k.period, c.item);
      if (out.understood && out.score !== null && close(out.score, k.score)) correct += 1;
      else misses.push({ id: c.id, clause: c.clause, value: k.value, expected: k.score, got: out.score, reason: out.reason, construct: out.construct });
    }
  }
  return {
    clauses: corpus.clauses.length,
    documents: new Set(corpus.clauses.map((c) => c.doc)).size,
    cases, correct, accuracy: cases === 0 ? 0 : correct / cases, misses, formulas, understood,
  };
}

export function median(xs: ReadonlyArray<number>): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * The figures a clause states with a scoring unit — 3分, 46%, 5‰, 500元 (an independent,
 * crude reading: digits, full-width digits, 0。5 for 0.5, nothing else; 0分 is "no points"). Each must appear in the rule the
 * parser gave, or be the item's max, or the clause was scored without reading all of it.
 */
export function statedFigures(clause: string): number[] {
  const s = clause.normalize("NFKC").replace(/(\d)\s*[。.]\s*(?=\d)/g, "$1.");
  const out: number[] = [];
  for (const m of s.matchAll(/(\d+(?:\.\d+)?)(?:\s*[-—~至]\s*(\d+(?:\.\d+)?))?\s*(?:分(?!之|钟|鐘|别|类|管|析|解|配|为|成|工|项|期|批|组|级|区|局|站|所|院|校|公司|布)|%|‰|元)/g)) {
    // money is a figure to read when paid, fined or compared (奖村500元, 罚300元, 达5000元以上),
    // not when it is what the subject is about (按人均2元的标准投入)
    if (m[0].endsWith("元") && !isMoneyScored(s, m.index ?? 0, (m.index ?? 0) + m[0].length)) continue;
    // 0分 says "no points" (不得分), not a figure to read
    if (Number(m[1]) !== 0) out.push(Number(m[1]));
    if (m[2] !== undefined) out.push(Number(m[2]));
  }
  return out;
}

function isMoneyScored(s: string, start: number, end: number): boolean {
  const before = s.slice(Math.max(0, start - 6), start).replace(/\s/g, "").slice(-4);
  return /[奖罚扣计得加减励款达超低高足各]/.test(before) || /^\s*(?:\(含\))?(?:以上|以下)/.test(s.slice(end));
}

/** Every number in a parsed rule (deep). */
export function ruleNumbers(rule: unknown, into: Set<number> = new Set()): Set<number> {
  // a deduction's points are read with their sign (扣0.1分 → -0.1)
  if (typeof rule === "number") into.add(rule).add(Math.abs(rule));
  else if (Array.isArray(rule)) for (const x of rule) ruleNumbers(x, into);
  else if (rule && typeof rule === "object") for (const x of Object.values(rule)) ruleNumbers(x, into);
  return into;
}

/** A rule's figures only (numbers, booleans, nulls; label and unit texts left out): what a rewording must not change. */
export function ruleFigures(x: unknown): unknown {
  if (typeof x === "number" || typeof x === "boolean" || x === null) return x;
  if (Array.isArray(x)) return x.map(ruleFigures).filter((y) => y !== undefined);
  if (typeof x === "object") return Object.fromEntries(Object.entries(x as object).map(([k, y]) => [k, ruleFigures(y)]).filter(([, y]) => y !== undefined));
  return undefined;
}
