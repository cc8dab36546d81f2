/**
 * Scores the engine on the corpus: each table's workbook is read the way `assess check` reads a
 * file (the xlsx host, then analyzeWorkbook with the CLI's default options) and its findings are
 * compared with the truth. A finding of severity error or warning matches a contradiction with
 * the same sheet, cell and kind; any other error or warning is a false alarm (unless the truth
 * tolerates a finding on that cell); info findings do not count.
 */
import { analyzeWorkbook } from "../../../src/engine/index";
import type { Finding } from "../../../src/engine/findings";
import { readXlsx } from "../../../src/hosts/xlsx/read";
import type { CorpusTable } from "./format";
import { sheetOf } from "./format";
import { generateCorpus } from "./generate";
import { expectedFindings, type Problem } from "./verify";

export interface FindingRef {
  readonly sheet: string;
  readonly cell: string;
  readonly kind: string;
  readonly message?: string;
  /** the finding's expected figure, and (for a match) the truth's */
  readonly expected?: number;
  readonly truthExpected?: number;
}

export interface TableScore {
  readonly id: string;
  readonly matched: FindingRef[];
  readonly missed: FindingRef[];
  readonly falseAlarms: FindingRef[];
  /** the engine threw on this workbook (counted as missing every contradiction) */
  readonly failure?: string;
}

export interface CorpusScore {
  readonly tables: TableScore[];
  readonly matched: number;
  readonly missed: number;
  readonly falseAlarms: number;
  /** matched / (matched + false alarms); 1 when the engine reported nothing */
  readonly precision: number;
  /** matched / (matched + missed); 1 when the corpus has no contradiction */
  readonly recall: number;
  /** truths that do not verify: a corpus with problems is not to be trusted */
  readonly problems: Problem[];
}

function counts(f: Finding): boolean {
  return f.severity === "error" || f.severity === "warning";
}

/** Compare one table's findings with its truth. */
export function scoreFindings(table: CorpusTable, findings: ReadonlyArray<Finding>): Omit<TableScore, "id"> {
  const want = expectedFindings(table);
  const tolerated = (table.truth.tolerated ?? []).map((t) => ({ ...t, sheet: sheetOf(table, t.sheet) }));
  const matched: FindingRef[] = [];
  const falseAlarms: FindingRef[] = [];
  const found = new Set<number>();
  for (const f of findings) {
    if (!counts(f)) continue;
    const i = want.findIndex((w, j) => !found.has(j) && w.sheet === f.sheet && w.cell === f.cell && w.kind === f.kind);
    const ref: FindingRef = { sheet: f.sheet, cell: f.cell, kind: f.kind, message: f.message, ...(f.expected !== undefined ? { expected: f.expected } : {}) };
    if (i >= 0) {
      found.add(i);
      matched.push({ ...ref, truthExpected: want[i].expected });
    } else if (tolerated.some((t) => t.sheet === f.sheet && t.cell === f.cell && (!t.kinds || t.kinds.includes(f.kind)))) {
      continue;
    } else if (!want.some((w) => w.sheet === f.sheet && w.cell === f.cell && w.kind === f.kind)) {
      falseAlarms.push(ref);
    }
  }
  const missed = want.filter((_, j) => !found.has(j));
  return { matched, missed, falseAlarms };
}

/** Run the engine on every table of a corpus folder and score it. */
export async function scoreCorpus(dir: string): Promise<CorpusScore> {
  const { tables, problems, workbooks } = await generateCorpus(dir);
  const scores: TableScore[] = [];
  for (const { table } of tables) {
    const bytes = workbooks.get(table.id);
    if (!bytes) continue;
    try {
      const { snapshot } = await readXlsx(bytes);
      const plan = analyzeWorkbook(snapshot, { values: false });
      scores.push({ id: table.id, ...scoreFindings(table, plan.findings) });
    } catch (e) {
      scores.push({ id: table.id, matched: [], missed: expectedFindings(table), falseAlarms: [], failure: (e as Error).message });
    }
  }
  const matched = scores.reduce((n, s) => n + s.matched.length, 0);
  const missed = scores.reduce((n, s) => n + s.missed.length, 0);
  const falseAlarms = scores.reduce((n, s) => n + s.falseAlarms.length, 0);
  return {
    tables: scores,
    matched,
    missed,
    falseAlarms,
    precision: matched + falseAlarms === 0 ? 1 : matched / (matched + falseAlarms),
    recall: matched + missed === 0 ? 1 : matched / (matched + missed),
    problems,
  };
}

/** The score as text: one block per table, then the totals. */
export function formatScore(score: CorpusScore, verbose = true): string {
  const lines: string[] = [];
  const ref = (f: FindingRef) => `${f.sheet}!${f.cell} [${f.kind}]${f.message ? ` ${f.message}` : ""}`;
  for (const t of score.tables) {
    lines.push(`${t.id}: ${t.matched.length} matched, ${t.missed.length} missed, ${t.falseAlarms.length} false${t.failure ? ` (engine failed: ${t.failure})` : ""}`);
    if (!verbose) continue;
    for (const f of t.matched) {
      // matched by sheet, cell and kind; say so when the engine's expected figure is not the truth's
      const off = f.expected !== undefined && f.truthExpected !== undefined && Math.abs(f.expected - f.truthExpected) > 1e-6;
      lines.push(`    found  ${ref(f)}${off ? ` (its expected ${f.expected}, the truth's ${f.truthExpected})` : ""}`);
    }
    for (const f of t.missed) lines.push(`    MISSED ${ref(f)}`);
    for (const f of t.falseAlarms) lines.push(`    FALSE  ${ref(f)}`);
  }
  for (const p of score.problems) lines.push(`truth problem: ${p.table}: ${p.message}`);
  lines.push(
    `tables ${score.tables.length}; contradictions ${score.matched + score.missed}: matched ${score.matched}, missed ${score.missed}; ` +
      `false alarms ${score.falseAlarms}; precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)}`,
  );
  return lines.join("\n") + "\n";
}
