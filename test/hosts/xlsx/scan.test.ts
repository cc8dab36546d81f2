/**
 * The quick count (scan.ts) against inspect's careful pass: wherever the quick count answers,
 * it answers exactly what the careful pass gives (cells, shared texts, rows, extent, warnings),
 * and it does answer for the sheets spreadsheet programs write, so the fast path is taken.
 */
import * as fc from "fast-check";
import * as ExcelJS from "exceljs";
import JSZip from "jszip";
import { quickCount } from "../../../src/hosts/xlsx/scan";
import { boundRows, EXCEL_MAX_COLS, EXCEL_MAX_ROWS, type SheetScan } from "../../../src/hosts/xlsx/inspect";
import { buildScoringWorkbook, buildStatisticsWorkbook } from "../../fixtures";

function both(xml: string) {
  const quick: SheetScan = { xml, changed: false, warnings: [], cells: 0, sharedTexts: 0 };
  const careful: SheetScan = { xml, changed: false, warnings: [], cells: 0, sharedTexts: 0 };
  const q = boundRows(quick);
  const c = boundRows(careful, true);
  return { quick: { ...quick, extent: q }, careful: { ...careful, extent: c } };
}

async function sheetXml(wb: ExcelJS.Workbook): Promise<string[]> {
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const paths = Object.keys(zip.files).filter((p) => /^xl\/worksheets\/[^/]+\.xml$/.test(p));
  return Promise.all(paths.map((p) => zip.file(p)!.async("string")));
}

const EXCEL_LIKE = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"><dimension ref="A1:C4"/><cols><col min="1" max="1" width="12.5" customWidth="1"/></cols><sheetData><row r="1" spans="1:3" x14ac:dyDescent="0.25"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"/><c r="C1" t="s"><v>1</v></c></row><row r="2" spans="1:3" ht="20.25" customHeight="1"><c r="A2" t="inlineStr"><is><t>第一村</t></is></c><c r="B2"><v>12</v></c><c r="C2"><f>B2*2</f><v>24</v></c></row>
<row r="4" hidden="1"><c r="A4" t="str"><f>"合"&amp;"计"</f><v>合计</v></c><c r="$B$4"><v>1</v></c><c r="c4" t="b"><v>1</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells><rowBreaks count="1" manualBreakCount="1"><brk id="3" max="16383" man="1"/></rowBreaks></worksheet>`;

describe("quickCount", () => {
  it("answers for sheets ExcelJS writes and for an Excel-like sheet, with the careful pass's figures", async () => {
    const sheets = [
      ...(await sheetXml(buildStatisticsWorkbook({ planted: true }).workbook)),
      ...(await sheetXml(buildScoringWorkbook({ planted: true }).workbook)),
      EXCEL_LIKE,
    ];
    for (const xml of sheets) {
      expect(quickCount(xml, EXCEL_MAX_ROWS, EXCEL_MAX_COLS)).not.toBeNull();
      const { quick, careful } = both(xml);
      expect(quick).toEqual(careful);
    }
    const excel = quickCount(EXCEL_LIKE, EXCEL_MAX_ROWS, EXCEL_MAX_COLS)!;
    expect(excel).toEqual({ cells: 9, rows: 3, sharedTexts: 2, lastRow: 4, lastCol: 3, disordered: 0 });
  });

  it("leaves to the careful pass what must be left out, and what it does not read plainly", () => {
    const row = (attrs: string, cells = '<c r="A1"><v>1</v></c>') => `<sheetData><row${attrs}>${cells}</row></sheetData>`;
    for (const xml of [
      row(' r="2000000000"'),
      row(' r="0"'),
      row(" r='1'"),
      row(' r="&#49;"'),
      row(' r="1"', '<c r="XFE1"><v>1</v></c>'),
      row(' r="1"', '<c r="A1048577"><v>1</v></c>'),
      row(' r="1"', '<c r="A1"><v>1</v>'),
      '<sheetData><row r="1"><c r="A1"/>',
    ]) {
      expect([xml, quickCount(xml, EXCEL_MAX_ROWS, EXCEL_MAX_COLS)]).toEqual([xml, null]);
    }
  });

  it("counts rows numbered out of order as the careful pass does (a warning, nothing left out)", () => {
    const xml = '<sheetData><row r="2"><c r="A2"/></row><row r="1"><c r="A1" t="s"><v>0</v></c></row><row><c/></row></sheetData>';
    const { quick, careful } = both(xml);
    expect(quickCount(xml, EXCEL_MAX_ROWS, EXCEL_MAX_COLS)).toMatchObject({ disordered: 1, rows: 3, cells: 3, sharedTexts: 1 });
    expect(quick).toEqual(careful);
    expect(quick.warnings).toHaveLength(1);
  });

  // pieces of sheet XML, ordinary and odd, put together at random
  // mostly ordinary, now and then odd: each odd piece sends the whole sheet to the careful pass
  const usually = <T,>(ordinary: fc.Arbitrary<T>, odd: fc.Arbitrary<T>) => fc.oneof({ weight: 25, arbitrary: ordinary }, { weight: 1, arbitrary: odd });
  const ws = usually(fc.constantFrom(" ", "  ", "\n", "\r\n", "\t"), fc.constant("\u00a0"));
  const quote = usually(fc.constant('"'), fc.constant("'"));
  const rowNumber = usually(fc.integer({ min: 1, max: 40 }).map(String), fc.constantFrom("0", "1048576", "1048577", "99999999999999", "1a", "", " 3", "&#51;", "0003"));
  const cellRef = usually(
    fc.tuple(fc.constantFrom("A", "B", "c", "$A", "AA", "xfd", "XFD"), fc.constantFrom("1", "7", "$7", "0", "1048576", "12")).map(([c, r]) => c + r),
    fc.constantFrom("XFE1", "ZZZZ1", "ABCDE1", "1", "$", "A1048577", "A", "A1 ", "&#65;1", "A1/", "A12x"),
  );
  const attr = (name: string, value: fc.Arbitrary<string>) =>
    fc.tuple(ws, quote, value, usually(fc.constant("="), fc.constantFrom(" = ", "=\n"))).map(([w, q, v, eq]) => `${w}${name}${eq}${q}${v}${q}`);
  const cellAttrs = fc
    .tuple(
      fc.option(attr("r", cellRef), { nil: "", freq: 8 }),
      fc.option(attr("t", usually(fc.constantFrom("s", "str", "inlineStr", "b", "n", "S", "ss"), fc.constant("&#115;"))), { nil: "" }),
      fc.option(attr("s", usually(fc.constantFrom("1", "12"), fc.constantFrom("a=b", 'x r="B9"'))), { nil: "" }),
    )
    .chain(([r, t, s]) => fc.shuffledSubarray([r, t, s], { minLength: 0, maxLength: 3 }).map((parts) => parts.join("")));
  const cellEnd = usually(fc.constantFrom("/>", "><v>1</v></c>", "><is><t>3人</t></is></c>", "><f>SUM(A1:A2)</f><v>3</v></c>"), fc.constantFrom("><v>1</v>", " />", "/ >"));
  const cell = fc.tuple(cellAttrs, cellEnd).map(([a, body]) => `<c${a}${body}`);
  const rowAttrs = fc
    .tuple(fc.option(attr("r", rowNumber), { nil: "" }), fc.option(attr("spans", fc.constantFrom("1:3", "1:1")), { nil: "" }), fc.option(attr("x14ac:dyDescent", fc.constant("0.25")), { nil: "" }))
    .map((parts) => parts.join(""));
  const row = fc.oneof(
    { weight: 6, arbitrary: fc.tuple(rowAttrs, fc.array(cell, { maxLength: 4 })).map(([a, cs]) => `<row${a}>${cs.join("")}</row>`) },
    { weight: 1, arbitrary: rowAttrs.map((a) => `<row${a}/>`) },
    { weight: 1, arbitrary: fc.constantFrom("<rowBreaks count=\"1\"><brk id=\"1\"/></rowBreaks>", "<cols><col min=\"1\" max=\"2\"/></cols>", '<c r="A9"><v>1</v></c>', "<row r=\"5\">", "</row>", "<row", "<c") },
  );
  const sheet = fc.array(row, { maxLength: 8 }).map((rows) => `<worksheet><sheetData>${rows.join("")}</sheetData></worksheet>`);

  it("wherever it answers, answers what the careful pass gives (random sheets)", () => {
    let answered = 0;
    fc.assert(
      fc.property(sheet, (xml) => {
        const q = quickCount(xml, EXCEL_MAX_ROWS, EXCEL_MAX_COLS);
        if (q === null) return;
        answered++;
        const { quick, careful } = both(xml);
        expect(quick).toEqual(careful);
        expect(careful.changed).toBe(false);
      }),
      { numRuns: 3000, seed: 20261206 },
    );
    // the property is not vacuous: about a third of the random sheets are read quickly
    expect(answered).toBeGreaterThan(600);
  });
});
