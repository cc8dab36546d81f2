/**
 * `npm run bench checks`: time to run every check over a 20,000-row statistics sheet
 * (已婚育龄妇女 = 上环 + 结扎 + 其他 on each row, 签约率 = 已签约 / 人群总数, 已签约 ≤ 人群总数,
 * and a 合计 row over all 20,000 rows), against the time ExcelJS takes to load the same
 * sheet from .xlsx (the budget: a tenth of that).
 */
import { loadavg } from "os";
import ExcelJS from "exceljs";
import { runChecks } from "../src/engine/checks";
import type { CellValue, SheetSnapshot } from "../src/engine/grid";
import type { Relation, WorkbookLayout } from "../src/engine/layout/model";

const ROWS = 20_000;

export function build(): { sheet: SheetSnapshot; layout: WorkbookLayout; planted: number } {
  const values: CellValue[][] = [["单位", "已婚育龄妇女", "上环", "结扎", "其他", "人群总数", "已签约", "签约率"]];
  const numberFormats: (string | null)[][] = [[]];
  const relations: Relation[] = [];
  let planted = 0;
  let total = 0;
  for (let i = 0; i < ROWS; i++) {
    const r = i + 1;
    const iud = 100 + (i % 37);
    const tie = 20 + (i % 11);
    const other = 5 + (i % 7);
    let married = iud + tie + other;
    const base = 150 + (i % 50);
    const signed = base - (i % 9);
    const exact = (signed / base) * 100;
    let rate: CellValue = i % 2 ? `${exact.toFixed(2)}%` : signed / base;
    if (i % 1000 === 500) { married += 2; planted++; }
    if (i % 1000 === 700) { rate = `${(exact - 3).toFixed(2)}%`; planted++; }
    total += married;
    values.push([`单位${i + 1}`, married, iud, tie, other, base, signed, rate]);
    numberFormats.push(i % 2 ? [] : [null, null, null, null, null, null, null, "0.00%"]);
    relations.push({ kind: "sum", total: { row: r, col: 1 }, parts: [2, 3, 4].map((col) => ({ row: r, col })), exhaustive: true, label: "已婚育龄妇女" });
    relations.push({ kind: "rate", rate: { row: r, col: 7 }, numerator: { row: r, col: 6 }, denominator: { row: r, col: 5 }, scale: 100, label: "签约率" });
    relations.push({ kind: "coverage", count: { row: r, col: 6 }, base: { row: r, col: 5 }, label: "已签约" });
  }
  values.push(["合计", total]);
  relations.push({
    kind: "sum", total: { row: ROWS + 1, col: 1 },
    parts: Array.from({ length: ROWS }, (_, i) => ({ row: i + 1, col: 1 })), exhaustive: true, label: "合计",
  });
  const sheet: SheetSnapshot = { name: "统计表", values, numberFormats };
  return {
    sheet,
    layout: { sheets: [{ name: "统计表", kind: "statistics", tables: [], trees: [], relations }], relations: [] },
    planted,
  };
}

/** best of five warm ExcelJS loads of the sheet written as .xlsx */
async function excelJsLoadMs(sheet: SheetSnapshot): Promise<number> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet.name);
  sheet.values.forEach((row, r) => {
    const xr = ws.getRow(r + 1);
    row.forEach((v, c) => {
      if (v === null || typeof v === "object") return;
      const cell = xr.getCell(c + 1);
      cell.value = v;
      const fmt = sheet.numberFormats?.[r]?.[c];
      if (fmt) cell.numFmt = fmt;
    });
  });
  const buffer = (await wb.xlsx.writeBuffer()) as ArrayBuffer;
  await new ExcelJS.Workbook().xlsx.load(buffer); // warm-up
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    await new ExcelJS.Workbook().xlsx.load(buffer);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

export async function run(): Promise<void> {
  const { sheet, layout, planted } = build();
  const relations = layout.sheets[0].relations.length;
  // the checks warmed up and measured in their own run, then ExcelJS's loads (interleaving them
  // would charge the checks for recompiling: V8 drops code that did not run during ExcelJS's GCs)
  const fresh = () => ({ sheets: [{ ...sheet }] });
  for (let i = 0; i < 3; i++) runChecks(fresh(), layout); // warm-up (JIT)
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let findings = 0;
  for (let i = 0; i < 5; i++) {
    const snapshot = fresh();
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    findings = runChecks(snapshot, layout).length;
    const cpu = process.cpuUsage(c0);
    times.push(performance.now() - t0);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  const median = times[2];
  const load = await excelJsLoadMs(sheet);
  process.stdout.write(
    `${ROWS} rows, ${relations} relations: runChecks median ${median.toFixed(1)} ms wall (min ${times[0].toFixed(1)}, max ${times[4].toFixed(1)}; ` +
    `median CPU ${cpuTimes[2].toFixed(1)} ms, load average ${loadavg()[0].toFixed(1)}), ` +
    `${findings} findings (${planted} planted)\n` +
    `ExcelJS load of the same sheet (best of 5): ${load.toFixed(0)} ms; checks (median) = ${((median / load) * 100).toFixed(1)}% of it (budget 10%)\n`,
  );
}
