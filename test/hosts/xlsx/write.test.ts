import * as ExcelJS from "exceljs";
import { readXlsx, snapshotWorkbook } from "../../../src/hosts/xlsx/read";
import { applyPlanToWorkbook, writeXlsx } from "../../../src/hosts/xlsx/write";
import type { CellWrite } from "../../../src/engine/plan";
import { cellAt, formulaAt } from "../../../src/engine/grid";
import { buildSampleWorkbook, buildScoringWorkbook } from "../../fixtures";

async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  return wb;
}

interface Dump {
  sheets: Array<{ name: string; state: string }>;
  cells: Map<string, string>;
  merges: Map<string, string[]>;
  widths: Map<string, Array<number | undefined>>;
  rows: Map<string, Array<[number, number | undefined, boolean]>>;
}

/** Everything the clerk could see of a workbook, keyed by 'sheet!A1'. */
function dump(wb: ExcelJS.Workbook): Dump {
  const d: Dump = { sheets: [], cells: new Map(), merges: new Map(), widths: new Map(), rows: new Map() };
  for (const ws of wb.worksheets) {
    d.sheets.push({ name: ws.name, state: ws.state });
    d.merges.set(ws.name, [...(ws.model.merges as string[])].sort());
    d.widths.set(ws.name, (ws.columns ?? []).map((c) => c.width));
    const rows: Array<[number, number | undefined, boolean]> = [];
    ws.eachRow({ includeEmpty: true }, (row, rn) => {
      rows.push([rn, row.height, row.hidden]);
      row.eachCell({ includeEmpty: true }, (cell) => {
        d.cells.set(`${ws.name}!${cell.address}`, JSON.stringify({ v: cell.value, s: cell.style, t: cell.type }));
      });
    });
    d.rows.set(ws.name, rows);
  }
  return d;
}

const blank = { value: null, formula: null, numberFormat: null };
function w(cell: string, value: number, formula?: string, sheet = "考核评分表"): CellWrite {
  return { sheet, cell, value, ...(formula ? { formula } : {}), previous: blank };
}

// hand-computed 考核得分 of the scoring fixture (see test/fixtures/builders.ts)
const WRITES: CellWrite[] = [
  w("G5", 9, "=MIN(10,3*3)"),
  w("G4", 49, "=MIN(60,SUM(G5:G7))"),
  w("G8", 35, "=MIN(40,SUM(G9:G10))"),
  w("G3", 84, "=MIN(100,G4+G8)"),
  w("G15", 85, "=G3+MIN(5,G11)+G13"),
];

describe("applyPlanToWorkbook + writeXlsx", () => {
  let original: Uint8Array;
  beforeAll(async () => {
    original = await bytesOf(buildSampleWorkbook({ planted: false }).workbook);
  });

  it("writes formulas with their computed value cached, and changes nothing else", async () => {
    const { workbook } = await readXlsx(original);
    const before = dump(await load(original));
    applyPlanToWorkbook(workbook, WRITES);
    const after = dump(await load(await writeXlsx(workbook)));

    for (const x of WRITES) {
      const v = JSON.parse(after.cells.get(`考核评分表!${x.cell}`)!).v;
      expect(v).toEqual({ formula: x.formula!.slice(1), result: x.value });
    }
    expect(after.sheets).toEqual(before.sheets);
    expect(after.merges).toEqual(before.merges);
    expect(after.widths).toEqual(before.widths);
    expect(after.rows).toEqual(before.rows);
    const written = new Set(WRITES.map((x) => `考核评分表!${x.cell}`));
    let compared = 0;
    for (const [key, was] of before.cells) {
      const now = after.cells.get(key);
      if (written.has(key)) {
        // the style of a written cell is kept too
        expect(JSON.parse(now!).s).toEqual(JSON.parse(was).s);
        continue;
      }
      expect([key, now]).toEqual([key, was]);
      compared++;
    }
    expect(compared).toBeGreaterThan(200); // every sheet of the sample, not a vacuous loop
    for (const key of after.cells.keys()) {
      if (!before.cells.has(key)) expect(written.has(key)).toBe(true);
    }
  });

  it("reads back through readXlsx as formula + cached value", async () => {
    const { workbook } = await readXlsx(original);
    applyPlanToWorkbook(workbook, WRITES);
    const { snapshot } = await readXlsx(await writeXlsx(workbook));
    const s = snapshot.sheets.find((x) => x.name === "考核评分表")!;
    expect(formulaAt(s, 14, 6)).toBe("=G3+MIN(5,G11)+G13");
    expect(cellAt(s, 14, 6)).toBe(85);
    expect(formulaAt(s, 3, 6)).toBe("=MIN(60,SUM(G5:G7))");
    expect(cellAt(s, 3, 6)).toBe(49);
  });

  it("writes plain values with { values: true }", async () => {
    const { workbook } = await readXlsx(original);
    applyPlanToWorkbook(workbook, WRITES, { values: true });
    const out = await load(await writeXlsx(workbook));
    const ws = out.getWorksheet("考核评分表")!;
    expect(ws.getCell("G15").value).toBe(85);
    expect(ws.getCell("G4").value).toBe(49);
    expect(ws.getCell("G4").formula).toBeUndefined();
  });

  it("does not modify the input bytes", async () => {
    const copy = original.slice();
    const { workbook } = await readXlsx(original);
    applyPlanToWorkbook(workbook, WRITES);
    await writeXlsx(workbook);
    expect(Buffer.from(original).equals(Buffer.from(copy))).toBe(true);
  });

  it("keeps the cells that share an overwritten shared formula", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("表");
    [105, 0, 14].forEach((n, i) => (ws.getCell(`A${i + 1}`).value = n));
    ws.getCell("B1").value = { formula: "A1*2", result: 210, shareType: "shared", ref: "B1:B3" } as unknown as ExcelJS.CellFormulaValue;
    ws.getCell("B2").value = { sharedFormula: "B1", result: 0 } as ExcelJS.CellSharedFormulaValue;
    ws.getCell("B3").value = { sharedFormula: "B1", result: 28 } as ExcelJS.CellSharedFormulaValue;
    const { workbook } = await readXlsx(await bytesOf(wb));
    applyPlanToWorkbook(workbook, [w("B1", 105, "=A1", "表")]);
    const s = snapshotWorkbook(await load(await writeXlsx(workbook))).sheets[0];
    expect([formulaAt(s, 0, 1), formulaAt(s, 1, 1), formulaAt(s, 2, 1)]).toEqual(["=A1", "=A2*2", "=A3*2"]);
    expect([cellAt(s, 0, 1), cellAt(s, 1, 1), cellAt(s, 2, 1)]).toEqual([105, 0, 28]);
  });

  it("refuses a write to a missing sheet; leaves out a write inside a merged area and writes the rest", async () => {
    const { workbook } = await readXlsx(await bytesOf(buildScoringWorkbook().workbook));
    expect(() => applyPlanToWorkbook(workbook, [w("A1", 1, undefined, "没有这个表")])).toThrow(/no such sheet/);
    // A1:H1 is the title merge: C1 is covered, A1 (its top-left cell) is not
    const title = workbook.worksheets[0].getCell("A1").value;
    const result = applyPlanToWorkbook(workbook, [w("C1", 1), w("J5", 7)]);
    expect(result.written).toBe(1);
    expect(result.skipped.map((s) => [s.write.cell, s.reason])).toEqual([["C1", "covered by the merged area starting at A1"]]);
    const s = snapshotWorkbook(await load(await writeXlsx(workbook))).sheets[0];
    expect(cellAt(s, 0, 0)).toEqual(title);
    expect(cellAt(s, 0, 2)).toBeNull();
    expect(cellAt(s, 4, 9)).toBe(7);
  });
});

describe("falsy cached results (ExcelJS's value setter drops 0 and \"\")", () => {
  it("writes and reads back a formula whose computed value is 0", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("减分");
    ws.getCell("A1").value = 0; // 违法生育 0起
    const { workbook } = await readXlsx(await bytesOf(wb));
    applyPlanToWorkbook(workbook, [w("B1", 0, "=MAX(0,2*A1)", "减分")]);
    const bytes = await writeXlsx(workbook);
    // the sheet XML carries the cached 0, so any spreadsheet program shows it
    const JSZip = (await import("jszip")).default;
    const xml = await (await JSZip.loadAsync(bytes)).file("xl/worksheets/sheet1.xml")!.async("string");
    expect(xml).toMatch(/<c r="B1"[^>]*><f>MAX\(0,2\*A1\)<\/f><v>0<\/v><\/c>/);
    const s = (await readXlsx(bytes)).snapshot.sheets[0];
    expect(formulaAt(s, 0, 1)).toBe("=MAX(0,2*A1)");
    expect(cellAt(s, 0, 1)).toBe(0);
  });
});
