/**
 * The hand-over of the inspected package to ExcelJS (load.ts): in Node, ExcelJS reads the
 * sheets' text inspect.ts inflated (never the bytes again); ExcelJS's browser build, with its
 * own JSZip, reads the bytes (the patched copy when something was left out); and reading
 * through the hand-over gives the same snapshot as a plain ExcelJS load.
 */
import * as ExcelJS from "exceljs";
import JSZip from "jszip";
import { inspectPackage } from "../../../src/hosts/xlsx/inspect";
import { loadInspected } from "../../../src/hosts/xlsx/load";
import { readXlsx, snapshotWorkbook } from "../../../src/hosts/xlsx/read";
import { buildScoringWorkbook, buildStatisticsWorkbook } from "../../fixtures";

async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

function oneCell(value: number): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("表").getCell("B2").value = value;
  return wb;
}

describe("loadInspected", () => {
  it("gives ExcelJS the inspected text of each sheet, once, without asking for the bytes", async () => {
    const inspected = await inspectPackage(await bytesOf(oneCell(1)));
    const [path] = [...inspected.sheets.keys()];
    // the text differs from the file's: what ExcelJS shows can only have come from the hand-over
    inspected.sheets.set(path, inspected.sheets.get(path)!.replace("<v>1</v>", "<v>42</v>"));
    const bytes = jest.fn(inspected.bytes);
    const wb = await loadInspected(new ExcelJS.Workbook(), { ...inspected, bytes });
    expect(wb.getWorksheet("表")!.getCell("B2").value).toBe(42);
    expect(bytes).not.toHaveBeenCalled();
    // no copy of the text is kept once handed over
    expect(inspected.sheets.size).toBe(0);
    // JSZip is as it was
    const again = await JSZip.loadAsync(await bytesOf(oneCell(7)));
    expect(Object.keys(again.files)).toContain("xl/worksheets/sheet1.xml");
  });

  it("ExcelJS's browser build (its own JSZip) reads the bytes: the patched copy when inspect left something out", async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Browser = require("exceljs/dist/exceljs.min.js") as typeof ExcelJS;
    const zip = await JSZip.loadAsync(await bytesOf(oneCell(5)));
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    // a cell beyond Excel's last column: inspect leaves it out and patches the sheet
    zip.file("xl/worksheets/sheet1.xml", xml.replace("</row>", '<c r="XFE2"><v>9</v></c></row>'));
    const inspected = await inspectPackage(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
    expect([...inspected.warnings.values()].flat().some((w) => /XFE2/.test(w.messageEn))).toBe(true);
    const bytes = jest.fn(inspected.bytes);
    const wb = await loadInspected(new Browser.Workbook(), { ...inspected, bytes });
    expect(bytes).toHaveBeenCalledTimes(1);
    const ws = wb.getWorksheet("表")!;
    expect(ws.getCell("B2").value).toBe(5);
    expect(ws.actualColumnCount).toBe(1);
  });

  it("reading through the hand-over gives the snapshot a plain ExcelJS load gives", async () => {
    for (const wb of [buildStatisticsWorkbook({ planted: true }).workbook, buildScoringWorkbook({ planted: true }).workbook]) {
      const bytes = await bytesOf(wb);
      const plain = new ExcelJS.Workbook();
      await plain.xlsx.load(bytes.slice().buffer as ArrayBuffer);
      expect((await readXlsx(bytes)).snapshot).toEqual(snapshotWorkbook(plain));
    }
  });
});
