/**
 * The Excel host on the in-memory Excel (test/support/fakeExcel.ts): time, round trips and
 * payload bytes to snapshot a 20,000-row, 10-sheet workbook, and to apply 5,000 writes and undo
 * them. Round trips and bytes are what Excel on the web would see; times are the host's own work
 * plus the fake's (no network).
 */
import { readWorkbookSnapshot } from "../src/hosts/excel/snapshot";
import { applyWrites, undoLastApply } from "../src/hosts/excel/apply";
import { cellAt, formulaAt, numberFormatAt } from "../src/engine/grid";
import type { CellWrite } from "../src/engine/plan";
import { createFakeExcel, type FakeCellInit, type FakeExcel } from "../test/support/fakeExcel";

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

export async function run(): Promise<void> {
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
