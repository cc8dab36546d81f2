/**
 * Understanding a 20,000-row workbook: a statistics sheet of 20,000 village rows under 小计/合计
 * rows with a merged two-row header, rate and ratio columns, and a 20,000-row scoring sheet.
 * Prints the time to understand it next to the time ExcelJS takes to load the same file
 * (issue: under a tenth of it).
 */
import * as ExcelJS from "exceljs";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../src/engine/grid";
import { understandWorkbook } from "../src/engine/layout";
import { snapshotWorkbook } from "../src/hosts/xlsx/read";
import { buildLargeWorkbook } from "../test/fixtures/builders";

const ROWS = 20000;

export function statistics(): SheetSnapshot {
  const values: CellValue[][] = [
    ["2016年各村人口计生情况统计表"],
    ["单位", "总人口", "出生人数", null, null, "出生率(‰)", "出生人口性别比", "签约率(%)", "人群总数", "已签约人数"],
    [null, null, "合计", "男", "女"],
  ];
  let town = 0;
  for (let i = 0; values.length < ROWS + 3; i++) {
    if (i % 20 === 19) {
      values.push([`第${++town}镇小计`, 20000, 200, 104, 96, 10, 108.33, 97.5, 400, 390]);
      continue;
    }
    values.push([`村${i}`, 1000, 10, 5, 5, 10, 100, 97.5, 20, 19.5]);
  }
  values.push(["合计", 1, 1, 1, 1, 1, 1, 1, 1, 1]);
  return {
    name: "统计", values,
    merges: [
      { top: 0, left: 0, bottom: 0, right: 9 }, { top: 1, left: 0, bottom: 2, right: 0 }, { top: 1, left: 1, bottom: 2, right: 1 },
      { top: 1, left: 2, bottom: 1, right: 4 }, { top: 1, left: 5, bottom: 2, right: 5 }, { top: 1, left: 6, bottom: 2, right: 6 },
      { top: 1, left: 7, bottom: 2, right: 7 }, { top: 1, left: 8, bottom: 2, right: 8 }, { top: 1, left: 9, bottom: 2, right: 9 },
    ],
  };
}

export function scoring(): SheetSnapshot {
  const values: CellValue[][] = [["序号", "考核项目", "分值", "评分标准", "完成情况", "自评分", "考核得分"]];
  for (let i = 0; values.length < ROWS; i++) {
    values.push([`(${"一二三四五六七八九"[i % 9]})`, `考核项目${i}`, 30, null, null, null, null]);
    for (let j = 1; j <= 3; j++) values.push([String(j), `子项目${i}-${j}`, 10, "每配备1名计3分,计满10分为止", "3人", 9, null]);
  }
  values.push([null, "合计", 1000]);
  return { name: "考核表", values };
}

async function xlsxBuffer(snapshot: WorkbookSnapshot): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  for (const s of snapshot.sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const row of s.values) ws.addRow(row.map((v) => (v === null || typeof v === "object" ? null : v)));
    for (const m of s.merges ?? []) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
}

function seconds(since: bigint): number {
  return Number(process.hrtime.bigint() - since) / 1e9;
}

interface Measured {
  understand: number;
  /** understanding right after an ExcelJS load, as a one-shot CLI run does it */
  afterLoad: number;
  load: number;
  relations: number;
  items: number;
}

/**
 * Best-of-five ExcelJS load and understanding times, each warmed up and measured in its own
 * run of repetitions. Not interleaved: ExcelJS's load runs hundreds of garbage collections, and
 * V8 drops the compiled code of functions that did not run meanwhile, so the first
 * understanding after a load pays for compiling the engine again. That figure is printed too
 * (`after a load`), for what a one-shot run sees.
 */
async function measure(snapshot: WorkbookSnapshot, buffer: ArrayBuffer): Promise<Measured> {
  let load = Infinity;
  await new ExcelJS.Workbook().xlsx.load(buffer);
  for (let i = 0; i < 5; i++) {
    const t0 = process.hrtime.bigint();
    await new ExcelJS.Workbook().xlsx.load(buffer);
    load = Math.min(load, seconds(t0));
  }
  let t0 = process.hrtime.bigint();
  understandWorkbook(snapshot);
  const afterLoad = seconds(t0);
  for (let i = 0; i < 3; i++) understandWorkbook(snapshot);
  let understand = Infinity;
  let relations = 0;
  let items = 0;
  for (let i = 0; i < 5; i++) {
    t0 = process.hrtime.bigint();
    const layout = understandWorkbook(snapshot);
    understand = Math.min(understand, seconds(t0));
    relations = layout.sheets.reduce((n, s) => n + s.relations.length, 0);
    items = layout.sheets.reduce((n, s) => n + s.trees.reduce((m, t) => m + t.items.length, 0), 0);
  }
  return { understand, afterLoad, load, relations, items };
}

function report(what: string, rows: number, kb: number, m: Measured): string {
  return (
    `${what}: ${rows} rows, ${m.relations} relations, ${m.items} items: understandWorkbook ${(m.understand * 1000).toFixed(0)} ms ` +
    `(${(m.afterLoad * 1000).toFixed(0)} ms right after a load); ` +
    `ExcelJS load (${kb.toFixed(0)} KB) ${(m.load * 1000).toFixed(0)} ms; ratio ${(m.understand / m.load).toFixed(3)} (target < 0.1)\n`
  );
}

export async function run(): Promise<void> {
  // the project's 20,000-row county sheet (test/fixtures): one row per village, a 合计 row of SUM formulas
  // (the ExcelJS workbooks are let go before timing: their object graph is not what is measured)
  const largeBuffer = (await buildLargeWorkbook(ROWS).xlsx.writeBuffer()) as ArrayBuffer;
  const largeSnapshot = snapshotWorkbook(await new ExcelJS.Workbook().xlsx.load(largeBuffer));
  const a = await measure(largeSnapshot, largeBuffer);
  process.stdout.write(report("fixture 村级统计", largeSnapshot.sheets[0].values.length, largeBuffer.byteLength / 1024, a));
  // a heavier one: merged group headers, 小计/合计, rates, ratios and coverage on every row, plus a 20,000-row scoring sheet
  const snapshot: WorkbookSnapshot = { sheets: [statistics(), scoring()] };
  const buffer = await xlsxBuffer(snapshot);
  const b = await measure(snapshot, buffer);
  const rows = snapshot.sheets.reduce((n, s) => n + s.values.length, 0);
  process.stdout.write(report("statistics + scoring sheets", rows, buffer.byteLength / 1024, b));
}
