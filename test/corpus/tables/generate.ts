/**
 * Builds each corpus table into an .xlsx laid out as a clerk keeps it (merged title, unit line,
 * header rows with merges, indents, number formats, notes) and verifies its truth by arithmetic.
 *
 *   npx tsx test/corpus/tables/generate.ts [DIR] [--out test-output/tables] [--list]
 *
 * prints every truth that does not verify and exits 1 if there is one; with --out it also
 * writes the workbooks there (the jest test builds them in memory only).
 */
import * as ExcelJS from "exceljs";
import { mkdirSync, writeFileSync } from "fs";
import { basename, join } from "path";
import type { CorpusSheet, CorpusTable, LoadedTable } from "./format";
import { loadCorpus } from "./format";
import { cellsOf, parseA1, verifyTable, type Problem } from "./verify";

function applyToCells(ws: ExcelJS.Worksheet, key: string, f: (cell: ExcelJS.Cell) => void): void {
  for (const a1 of cellsOf(key)) f(ws.getCell(a1));
}

function buildSheet(wb: ExcelJS.Workbook, s: CorpusSheet): void {
  const ws = wb.addWorksheet(s.name);
  s.rows.forEach((row, r) => {
    row.forEach((v, c) => {
      if (v === null || v === undefined) return;
      ws.getCell(r + 1, c + 1).value = v;
    });
  });
  for (const [key, fmt] of Object.entries(s.numFmt ?? {})) applyToCells(ws, key, (cell) => (cell.numFmt = fmt));
  for (const m of s.merges ?? []) {
    ws.mergeCells(m);
    const top = parseA1(m.split(":")[0]);
    const master = ws.getCell(top.r + 1, top.c + 1);
    master.alignment = { ...(master.alignment ?? {}), horizontal: "center", vertical: "middle", wrapText: true };
  }
  for (const [key, n] of Object.entries(s.indent ?? {})) {
    applyToCells(ws, key, (cell) => (cell.alignment = { ...(cell.alignment ?? {}), horizontal: "left", indent: n }));
  }
  for (const r of s.hiddenRows ?? []) ws.getRow(r).hidden = true;
  const widths = s.widths ?? [];
  const cols = s.rows.reduce((n, row) => Math.max(n, row.length), 0);
  for (let c = 0; c < cols; c++) ws.getColumn(c + 1).width = widths[c] ?? (c === 0 ? 22 : 12);
  // the title (first row, merged across) in bold, as clerks keep it
  const first = ws.getCell(1, 1);
  if (typeof first.value === "string") first.font = { bold: true, size: 14 };
}

/** The table as an .xlsx workbook (bytes). */
export async function buildWorkbook(table: CorpusTable): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "assess corpus";
  for (const s of table.sheets) buildSheet(wb, s);
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}

export interface GenerateResult {
  readonly tables: LoadedTable[];
  readonly problems: Problem[];
  /** workbooks by table id (bytes) */
  readonly workbooks: Map<string, Uint8Array>;
}

/** Verify every table of a folder and build its workbook; write them to `outDir` when given. */
export async function generateCorpus(dir: string, outDir?: string): Promise<GenerateResult> {
  const tables = loadCorpus(dir);
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const workbooks = new Map<string, Uint8Array>();
  for (const { file, table } of tables) {
    if (seen.has(table.id)) problems.push({ table: table.id, message: "id used twice" });
    seen.add(table.id);
    problems.push(...verifyTable(table, basename(file, ".json")));
    try {
      workbooks.set(table.id, await buildWorkbook(table));
    } catch (e) {
      problems.push({ table: table.id, message: `cannot build the workbook: ${(e as Error).message}` });
    }
  }
  if (outDir) {
    mkdirSync(outDir, { recursive: true });
    for (const [id, bytes] of workbooks) writeFileSync(join(outDir, `${id}.xlsx`), bytes);
  }
  return { tables, problems, workbooks };
}

async function main(argv: string[]): Promise<number> {
  const outAt = argv.indexOf("--out");
  const outDir = outAt >= 0 ? argv[outAt + 1] : undefined;
  const dir = argv.find((a, i) => !a.startsWith("--") && (outAt < 0 || i !== outAt + 1)) ?? join(__dirname, "dev");
  // --list: one line per table (id, document, relations, contradictions, structures)
  const { tables, problems, workbooks } = await generateCorpus(dir, outDir);
  for (const p of problems) process.stderr.write(`${p.table}: ${p.message}\n`);
  if (argv.includes("--list")) {
    for (const { table: t } of tables) {
      const c = t.truth.contradictions;
      process.stdout.write(
        `${t.id}\t${t.doc}\t${t.truth.holds.length} hold\t${c.length ? c.map((x) => `${x.kind} ${x.sheet ?? t.sheets[0].name}!${x.at ?? ("cell" in x && typeof x.cell === "string" ? x.cell : "")}`).join("; ") : "consistent"}\t${(t.structures ?? []).join(",")}\n`,
      );
    }
  }
  const relations = tables.reduce((n, t) => n + t.table.truth.holds.length, 0);
  const contradictions = tables.reduce((n, t) => n + t.table.truth.contradictions.length, 0);
  process.stdout.write(
    `${tables.length} tables, ${workbooks.size} workbooks built${outDir ? ` in ${outDir}` : ""}; ` +
      `${relations} relations that hold, ${contradictions} contradictions; ${problems.length} truth problems\n`,
  );
  return problems.length ? 1 : 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
