/**
 * @jest-environment jsdom
 *
 * readXlsx/applyPlanToWorkbook/writeXlsx on ExcelJS's BROWSER build (what webpack resolves
 * `exceljs` to through its package.json "browser" field), in a DOM environment: the
 * plain-browser task pane's path. The fixtures are built with the same browser build.
 */
jest.mock("exceljs", () => jest.requireActual("exceljs/dist/exceljs.min.js"));

import * as ExcelJS from "exceljs";
import { readXlsx } from "../../../src/hosts/xlsx/read";
import { applyPlanToWorkbook, writeXlsx } from "../../../src/hosts/xlsx/write";
import { cellAt, formulaAt } from "../../../src/engine/grid";
import { buildSampleWorkbook } from "../../fixtures/builders";

async function sampleBytes(): Promise<ArrayBuffer> {
  const buf = await buildSampleWorkbook().workbook.xlsx.writeBuffer();
  const u8 = buf instanceof Uint8Array ? buf : new Uint8Array(buf as ArrayBuffer);
  return u8.slice().buffer as ArrayBuffer;
}

describe("xlsx host on ExcelJS's browser build", () => {
  it("runs on the browser build, in a DOM", () => {
    expect(typeof window).toBe("object");
    // the Node build has streaming readers/writers; the browser bundle does not
    expect((ExcelJS as unknown as { stream?: unknown }).stream).toBeUndefined();
    expect(typeof ExcelJS.Workbook).toBe("function");
  });

  it("reads the sample workbook from an ArrayBuffer", async () => {
    const { snapshot } = await readXlsx(await sampleBytes());
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["统计表", "孩次构成", "节育措施", "出生情况", "考核评分表", "汇总表"]);
    const s = snapshot.sheets[0];
    expect(cellAt(s, 11, 2)).toBe(180); // the planted 合计
    expect(s.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 3 }]);
  });

  it("applies writes and serialises to bytes that read back", async () => {
    const { workbook } = await readXlsx(await sampleBytes());
    applyPlanToWorkbook(workbook, [
      { sheet: "统计表", cell: "C12", formula: "=SUM(C5:C11)", value: 182, previous: { value: 180, formula: null, numberFormat: null } },
    ]);
    const bytes = await writeXlsx(workbook);
    expect(bytes).toBeInstanceOf(Uint8Array);
    const { snapshot } = await readXlsx(bytes);
    expect(formulaAt(snapshot.sheets[0], 11, 2)).toBe("=SUM(C5:C11)");
    expect(cellAt(snapshot.sheets[0], 11, 2)).toBe(182);
  });

  it("refuses a non-xlsx file with one line", async () => {
    await expect(readXlsx(Uint8Array.from("<html>not a workbook</html>", (ch) => ch.charCodeAt(0)))).rejects.toThrow(/^not an \.xlsx workbook/);
  });
});
