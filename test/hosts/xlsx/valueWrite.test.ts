/**
 * The ExcelJS writer and the value-normalising write: the number goes in with its number format
 * on the cell's own copy of its style; recordCells/restoreCells (the browser host's 撤销) put back
 * the text and the style object exactly; a value cell the writer must leave out (inside a merged
 * area) makes the score that reads it a plain value, never a formula over text it cannot read.
 */
import * as ExcelJS from "exceljs";
import type { CellWrite } from "../../../src/engine/plan";
import { applyPlanToWorkbook, recordCells, restoreCells, writeXlsx } from "../../../src/hosts/xlsx/write";

async function reload(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const b = new ExcelJS.Workbook();
  await b.xlsx.load((await writeXlsx(wb)).slice().buffer as ArrayBuffer);
  return b;
}

/** E2:E4 in one shared style (as a workbook read from a file has them), E2 holding "4次". */
async function sheet(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("考核表");
  for (const r of [2, 3, 4]) ws.getCell(`E${r}`).border = { bottom: { style: "thin" } };
  ws.getCell("E2").value = "4次";
  ws.getCell("E3").value = "5次";
  return reload(wb);
}

const normalise = (cell: string, text: string, value: number, readBy: string): CellWrite => ({
  sheet: "考核表", cell, value, kind: "normalise-value", numberFormat: '0"次"', original: text, readBy,
  previous: { value: text, formula: null, numberFormat: null },
});
const score = (cell: string, value: number, formula: string): CellWrite => ({
  sheet: "考核表", cell, value, formula, previous: { value: null, formula: null, numberFormat: null },
});

describe("the ExcelJS writer and values made numbers", () => {
  it("sets the number and its format on E2 alone; restoreCells puts back the text and the very style object", async () => {
    const wb = await sheet();
    const ws = wb.getWorksheet("考核表")!;
    const shared = ws.getCell("E3").style;
    expect(ws.getCell("E2").style).toBe(shared);
    const writes = [normalise("E2", "4次", 4, "F2"), score("F2", 10, "=MIN(10,3*INT(E2))")];
    const record = recordCells(wb, writes);
    expect(applyPlanToWorkbook(wb, writes)).toEqual({ written: 2, skipped: [] });
    expect([ws.getCell("E2").value, ws.getCell("E2").numFmt]).toEqual([4, '0"次"']);
    expect(ws.getCell("E3").numFmt).toBeUndefined();
    expect(shared.numFmt).toBeUndefined();
    expect(ws.getCell("E2").border).toEqual(ws.getCell("E3").border);
    expect((ws.getCell("F2").value as ExcelJS.CellFormulaValue).formula).toBe("MIN(10,3*INT(E2))");
    const out = (await reload(wb)).getWorksheet("考核表")!;
    expect([out.getCell("E2").value, out.getCell("E2").numFmt, out.getCell("E3").numFmt]).toEqual([4, '0"次"', undefined]);

    restoreCells(wb, record);
    expect([ws.getCell("E2").value, ws.getCell("E2").style, ws.getCell("F2").value]).toEqual(["4次", shared, null]);
    expect(ws.getCell("E2").style).toBe(shared);
  });

  it("a value cell inside a merged area is left out, and the score reading it is written as its value", async () => {
    const wb = await sheet();
    const ws = wb.getWorksheet("考核表")!;
    ws.mergeCells("D3:E3");
    const writes = [normalise("E3", "5次", 5, "F3"), score("F3", 10, "=MIN(10,3*INT(E3))"), normalise("E2", "4次", 4, "F2"), score("F2", 10, "=MIN(10,3*INT(E2))")];
    const r = applyPlanToWorkbook(wb, writes);
    expect(r.skipped.map((s) => s.write.cell)).toEqual(["E3"]);
    expect(ws.getCell("F3").value).toBe(10);
    expect((ws.getCell("F2").value as ExcelJS.CellFormulaValue).formula).toBe("MIN(10,3*INT(E2))");
  });
});
