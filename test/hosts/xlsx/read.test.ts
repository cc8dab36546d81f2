import * as ExcelJS from "exceljs";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { readXlsx, XlsxReadError } from "../../../src/hosts/xlsx/read";
import { readXlsxFile } from "../../../src/hosts/xlsx/file";
import { cellAt, formulaAt, mergeAt, numberFormatAt } from "../../../src/engine/grid";
import { buildMergedHeaderWorkbook, buildStatisticsWorkbook } from "../../fixtures";

async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** One sheet with a cell of every kind ExcelJS can hand back. */
async function everyKind(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("统计表");
  ws.getCell("A1").value = "已婚育龄妇女";
  ws.getCell("B1").value = 182;
  ws.getCell("C1").value = { richText: [{ text: "合", font: { bold: true } }, { text: " 计" }] };
  ws.getCell("D1").value = true;
  ws.getCell("E1").value = new Date(Date.UTC(2016, 0, 1)); // serial 42370
  ws.getCell("F1").value = { error: "#REF!" } as ExcelJS.CellErrorValue;
  ws.getCell("G1").value = { formula: "B1-2", result: 180 };
  ws.getCell("H1").value = { text: "考核方案", hyperlink: "http://example.org/a" };
  ws.getCell("I1").value = { formula: "B1/0", result: { error: "#DIV/0!" } } as unknown as ExcelJS.CellFormulaValue;
  ws.getCell("A2").value = 0.46;
  ws.getCell("A2").numFmt = "0%";
  ws.getCell("B2").value = 0.4097;
  ws.getCell("B2").numFmt = "0.00%";
  ws.getCell("C2").value = 5.39;
  ws.getCell("C2").numFmt = "0.00";
  // a shared formula over C4:C6 (master C4), as Excel writes a filled-down formula
  ws.getCell("A4").value = 105;
  ws.getCell("A5").value = 27;
  ws.getCell("A6").value = 14;
  ws.getCell("C4").value = { formula: "A4*2", result: 210, shareType: "shared", ref: "C4:C6" } as ExcelJS.CellSharedFormulaValue & { shareType: string; ref: string };
  ws.getCell("C5").value = { sharedFormula: "C4", result: 54 } as ExcelJS.CellSharedFormulaValue;
  ws.getCell("C6").value = { sharedFormula: "C4", result: 28 } as ExcelJS.CellSharedFormulaValue;
  ws.mergeCells("A8:C9");
  ws.getCell("A8").value = "出生人数";
  ws.getCell("A10").value = "隐藏行";
  ws.getRow(10).hidden = true;
  ws.getColumn(4).hidden = true;
  const h = wb.addWorksheet("隐藏表");
  h.state = "hidden";
  h.getCell("A1").value = 1;
  const vh = wb.addWorksheet("深度隐藏");
  vh.state = "veryHidden";
  vh.getCell("A1").value = 2;
  return bytesOf(wb);
}

describe("readXlsx: cell mapping", () => {
  let sheet: Awaited<ReturnType<typeof readXlsx>>["snapshot"]["sheets"][number];
  let all: Awaited<ReturnType<typeof readXlsx>>["snapshot"];

  beforeAll(async () => {
    const { snapshot } = await readXlsx(await everyKind());
    all = snapshot;
    sheet = snapshot.sheets[0];
  });

  it("reads numbers, strings, booleans", () => {
    expect(sheet.name).toBe("统计表");
    expect(cellAt(sheet, 0, 0)).toBe("已婚育龄妇女");
    expect(cellAt(sheet, 0, 1)).toBe(182);
    expect(cellAt(sheet, 0, 3)).toBe(true);
  });

  it("joins rich-text runs", () => {
    expect(cellAt(sheet, 0, 2)).toBe("合 计");
  });

  it("reads dates as Excel serial numbers", () => {
    expect(cellAt(sheet, 0, 4)).toBe(42370);
  });

  it("reads error values and error results as CellError", () => {
    expect(cellAt(sheet, 0, 5)).toEqual({ error: "#REF!" });
    expect(cellAt(sheet, 0, 8)).toEqual({ error: "#DIV/0!" });
    expect(formulaAt(sheet, 0, 8)).toBe("=B1/0");
  });

  it("reads a formula cell as its cached result plus the formula with '='", () => {
    expect(cellAt(sheet, 0, 6)).toBe(180);
    expect(formulaAt(sheet, 0, 6)).toBe("=B1-2");
    expect(formulaAt(sheet, 0, 1)).toBeNull();
  });

  it("gives each cell of a shared formula its own translated formula", () => {
    expect(formulaAt(sheet, 3, 2)).toBe("=A4*2");
    expect(formulaAt(sheet, 4, 2)).toBe("=A5*2");
    expect(formulaAt(sheet, 5, 2)).toBe("=A6*2");
    expect([cellAt(sheet, 3, 2), cellAt(sheet, 4, 2), cellAt(sheet, 5, 2)]).toEqual([210, 54, 28]);
  });

  it("reads a hyperlink as its text", () => {
    expect(cellAt(sheet, 0, 7)).toBe("考核方案");
  });

  it("keeps number formats (percent, decimals) and leaves General out", () => {
    expect(numberFormatAt(sheet, 1, 0)).toBe("0%");
    expect(numberFormatAt(sheet, 1, 1)).toBe("0.00%");
    expect(numberFormatAt(sheet, 1, 2)).toBe("0.00");
    expect(numberFormatAt(sheet, 0, 1)).toBeNull();
    expect(cellAt(sheet, 1, 0)).toBe(0.46);
  });

  it("reports merges as 0-based ranges; only the master holds the value", () => {
    expect(sheet.merges).toEqual([{ top: 7, left: 0, bottom: 8, right: 2 }]);
    expect(cellAt(sheet, 7, 0)).toBe("出生人数");
    expect(cellAt(sheet, 7, 1)).toBeNull();
    expect(cellAt(sheet, 8, 2)).toBeNull();
    expect(mergeAt(sheet, 8, 2)).toEqual({ top: 7, left: 0, bottom: 8, right: 2 });
  });

  it("reports hidden rows and columns", () => {
    expect(sheet.hiddenRows).toEqual([9]);
    expect(sheet.hiddenCols).toEqual([3]);
    expect(cellAt(sheet, 9, 0)).toBe("隐藏行"); // hidden cells are still read
  });

  it("marks hidden and very hidden sheets, not visible ones", () => {
    expect(all.sheets.map((s) => [s.name, s.hidden ?? false])).toEqual([
      ["统计表", false],
      ["隐藏表", true],
      ["深度隐藏", true],
    ]);
  });

  it("keeps rows dense from A1 (empty rows are empty arrays)", () => {
    expect(sheet.values.length).toBe(10);
    expect(sheet.values[2]).toEqual([]);
    expect(sheet.truncated).toBeUndefined();
  });
});

describe("readXlsx: fixtures and limits", () => {
  it("reads the 统计表 fixture: 182 at C12, parts in C5:C11, the title merge", async () => {
    const { snapshot, workbook } = await readXlsx(await bytesOf(buildStatisticsWorkbook().workbook));
    const s = snapshot.sheets[0];
    expect(s.name).toBe("统计表");
    expect(cellAt(s, 11, 2)).toBe(182);
    expect(cellAt(s, 11, 1)).toBe("合计");
    const parts = [4, 5, 6, 7, 8, 9, 10].map((r) => cellAt(s, r, 2));
    expect(parts).toEqual([105, 27, 14, 16, 5, 10, 5]);
    expect(s.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 3 }]);
    expect(workbook.getWorksheet("统计表")).toBeDefined();
  });

  it("reads a two-row merged header: the group label on its master only", async () => {
    const { snapshot } = await readXlsx(await bytesOf(buildMergedHeaderWorkbook().workbook));
    const s = snapshot.sheets[0];
    expect(s.merges).toContainEqual({ top: 1, left: 1, bottom: 1, right: 3 }); // 出生人数 over B2:D2
    expect(s.merges).toContainEqual({ top: 1, left: 0, bottom: 2, right: 0 }); // 单位 over A2:A3
    expect(cellAt(s, 1, 1)).toBe("出生人数");
    expect(cellAt(s, 1, 2)).toBeNull();
    expect([cellAt(s, 2, 1), cellAt(s, 2, 2), cellAt(s, 2, 3)]).toEqual(["合计", "政策内", "政策外"]);
    expect(cellAt(s, 7, 1)).toBe(858);
  });

  it("accepts a Uint8Array view into a larger buffer", async () => {
    const bytes = await bytesOf(buildStatisticsWorkbook().workbook);
    const big = new Uint8Array(bytes.length + 16);
    big.set(bytes, 8);
    const { snapshot } = await readXlsx(big.subarray(8, 8 + bytes.length));
    expect(cellAt(snapshot.sheets[0], 11, 2)).toBe(182);
  });

  it("cuts a huge sheet and says so with `truncated`", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("大表");
    for (let r = 1; r <= 30; r++) ws.getRow(r).values = [r, r * 2, r * 3, r * 4];
    const { snapshot } = await readXlsx(await bytesOf(wb), { maxRows: 10, maxCols: 3 });
    const s = snapshot.sheets[0];
    expect(s.values.length).toBe(10);
    expect(s.values[9]).toEqual([10, 20, 30]);
    expect(s.truncated).toEqual({ rows: 30, cols: 4 });
  });
});

describe("readXlsx: refuses what is not an .xlsx with one line", () => {
  const cases: Array<[string, Uint8Array, RegExp]> = [
    ["plain text", new TextEncoder().encode("序号,项目,人数\n1,上环,105\n"), /not an \.xlsx workbook/],
    ["an empty file", new Uint8Array(0), /empty/],
    ["an old .xls", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /\.xls/],
    ["a corrupt zip", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]), /not a readable \.xlsx/],
  ];
  it.each(cases)("%s", async (_name, bytes, message) => {
    const err = await readXlsx(bytes).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(XlsxReadError);
    const msg = (err as Error).message;
    expect(msg).toMatch(message);
    expect(msg).not.toContain("\n");
  });
});

describe("readXlsxFile", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "assess-read-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reads a fixture from disk", async () => {
    const p = join(dir, "s.xlsx");
    writeFileSync(p, await bytesOf(buildStatisticsWorkbook().workbook));
    const { snapshot } = await readXlsxFile(p);
    expect(cellAt(snapshot.sheets[0], 11, 2)).toBe(182);
  });

  it("names the file and the reason on one line", async () => {
    await expect(readXlsxFile(join(dir, "missing.xlsx"))).rejects.toThrow(/missing\.xlsx: no such file$/);
    await expect(readXlsxFile(dir)).rejects.toThrow(/is a directory/);
    const txt = join(dir, "report.xlsx");
    writeFileSync(txt, "不是工作簿");
    await expect(readXlsxFile(txt)).rejects.toThrow(/report\.xlsx: not an \.xlsx workbook/);
  });
});
