/**
 * The Excel host on the in-memory Excel (test/support/fakeExcel.ts). First 检查 phase by phase
 * (read, engine, marks, report) on a 20,000-row, 10-sheet workbook; then time, round trips and
 * payload bytes to snapshot a 20,000-row, 10-sheet workbook, and to apply 5,000 writes and undo
 * them. Round trips and bytes are what Excel on the web would see; times are the host's own work
 * plus the fake's (no network).
 */
import { readWorkbookSnapshot } from "../src/hosts/excel/snapshot";
import { applyWrites, undoLastApply } from "../src/hosts/excel/apply";
import { cellAt, formulaAt, numberFormatAt } from "../src/engine/grid";
import type { CellWrite } from "../src/engine/plan";
import { createFakeExcel, type FakeCellInit, type FakeExcel } from "../test/support/fakeExcel";
import { markFindings } from "../src/hosts/excel/marks";
import { writeReport } from "../src/hosts/excel/report";
import { analyzeWorkbook } from "../src/engine";
import { buildLargeWorkbook } from "../test/fixtures/builders";
import { toFakeWorkbook } from "../test/e2e/excel/workbook";

const ROWS = 20000;
const SHEETS = 10;
const WRITES = 5000;

function mb(n: number): string {
  return `${(n / 1048576).toFixed(2)} MB`;
}

function line(label: string, fx: FakeExcel, ms: number): void {
  const total = fx.stats.log.reduce((n, l) => n + l.responseBytes, 0);
  const sent = fx.stats.log.reduce((n, l) => n + l.requestBytes, 0);
  process.stdout.write(
    `${label.padEnd(34)} ${ms.toFixed(0).padStart(6)} ms  ${String(fx.stats.syncs).padStart(3)} syncs  ` +
      `sent ${mb(sent)} (max ${mb(fx.stats.maxRequestBytes)})  received ${mb(total)} (max ${mb(fx.stats.maxResponseBytes)})\n`,
  );
}

/**
 * What 检查 does in Excel, phase by phase, on a 20,000-row, 10-sheet workbook (2,000 villages a
 * sheet, one planted error each): read the snapshot, run the engine, mark the findings, write
 * the report sheet.
 */
async function checkPhases(): Promise<void> {
  const one = toFakeWorkbook(buildLargeWorkbook(2000), "村级统计.xlsx");
  const base = one.sheets[0];
  const sheets = Array.from({ length: SHEETS }, (_, i) => {
    const cells = { ...(base.cells as Record<string, FakeCellInit>) };
    // each sheet a different township's villages (the same names would be "the same figure" across sheets)
    for (const [k, v] of Object.entries(cells)) if (/^B\d+$/.test(k) && typeof v === "string" && v.startsWith("第")) cells[k] = `${i + 1}乡${v}`;
    cells[`C${5 + i}`] = 99999; // 已婚育妇 ≠ 一孩+二孩+多孩+无孩
    return { ...base, name: `村级统计${i + 1}`, cells };
  });
  const fx = createFakeExcel({ ...one, sheets });
  const restore = fx.install();
  const ctx = (c: unknown) => c as unknown as Excel.RequestContext;
  try {
    let t = performance.now();
    const snap = await fx.Excel.run((c) => readWorkbookSnapshot(ctx(c)));
    line(`check: read ${snap.sheets.reduce((n, s) => n + s.values.length, 0)} rows, ${SHEETS} sheets`, fx, performance.now() - t);
    t = performance.now();
    const plan = analyzeWorkbook(snap);
    process.stdout.write(`${"check: analyze (engine)".padEnd(34)} ${(performance.now() - t).toFixed(0).padStart(6)} ms  ${plan.findings.length} findings\n`);
    fx.stats.reset();
    t = performance.now();
    await fx.Excel.run((c) => markFindings(ctx(c), plan.findings));
    line(`check: mark ${plan.findings.length} findings`, fx, performance.now() - t);
    fx.stats.reset();
    t = performance.now();
    await fx.Excel.run((c) => writeReport(ctx(c), plan.findings, plan.sheets, "zh"));
    line("check: report sheet 校验报告", fx, performance.now() - t);
  } finally {
    restore();
  }
}

export async function run(): Promise<void> {
  await checkPhases();
  const rows: FakeCellInit[][] = Array.from({ length: ROWS }, (_, r) =>
    r === 0
      ? ["序号", "单位", "指标", "实际值", "得分", "满分", "备注", "合计"]
      : [r, `单位${r}`, "出生人数", 832 + (r % 50), { formula: `=MIN(10,3*D${r + 1})`, value: 10, numberFormat: "0.0" }, 10, r % 7 ? "" : "核实", 858],
  );
  const fx = createFakeExcel({ sheets: Array.from({ length: SHEETS }, (_, i) => ({ name: `表${i + 1}`, rows })) });
  const restore = fx.install();
  try {
    let t = performance.now();
    const snap = await fx.Excel.run((c) => readWorkbookSnapshot(c as unknown as Excel.RequestContext));
    line(`snapshot ${ROWS}×8 × ${SHEETS} sheets`, fx, performance.now() - t);

    const s = snap.sheets[0];
    const writes: CellWrite[] = Array.from({ length: WRITES }, (_, i) => {
      const r = i + 1;
      return {
        sheet: s.name,
        cell: `E${r + 1}`,
        formula: `=MIN(10,3*D${r + 1})+0`,
        value: 10,
        previous: { value: cellAt(s, r, 4), formula: formulaAt(s, r, 4), numberFormat: numberFormatAt(s, r, 4) },
      };
    });
    fx.stats.reset();
    t = performance.now();
    await fx.Excel.run((c) => applyWrites(c as unknown as Excel.RequestContext, writes));
    line(`apply ${WRITES} writes`, fx, performance.now() - t);
    fx.stats.reset();
    t = performance.now();
    await fx.Excel.run((c) => undoLastApply(c as unknown as Excel.RequestContext));
    line(`undo ${WRITES} writes`, fx, performance.now() - t);
  } finally {
    restore();
  }
}
