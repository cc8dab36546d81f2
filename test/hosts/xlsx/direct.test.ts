/**
 * The direct reader (src/hosts/xlsx/direct.ts) gives exactly the snapshot ExcelJS + read.ts
 * give — on every workbook the tests build, every table of the development corpus, a package
 * written by hand the way Excel writes one (shared formulas, dates, rich and phonetic texts,
 * entities, merges over typed cells, hidden rows and columns, indents, the 1904 date system)
 * and hostile packages (fast-check, the fuzz test's mutations): where it cannot say the same,
 * it says nothing (null) and the caller loads the file with ExcelJS.
 */
import * as fc from "fast-check";
import JSZip from "jszip";
import { join } from "path";
import { inspectPackage } from "../../../src/hosts/xlsx/inspect";
import { readDirect, readXlsxSnapshot, slideFormula } from "../../../src/hosts/xlsx/direct";
import { BUILT_IN_FORMATS, isDateFmt } from "../../../src/hosts/xlsx/directParts";
import { readXlsx, type ReadOptions } from "../../../src/hosts/xlsx/read";
import { allFixtures, buildLargeWorkbook, buildSampleWorkbook, fixtureBytes } from "../../fixtures";
import { generateCorpus } from "../../corpus/tables/generate";
import { baseWorkbook, bytesOf, mutate, type Base, type Mutation } from "../../fuzz/hostile";

/** both readers on the same bytes: the direct snapshot (null when it declines) and ExcelJS's (or its error) */
async function both(bytes: Uint8Array, options: ReadOptions = {}) {
  let viaExcelJS: unknown;
  let failed: string | undefined;
  try {
    viaExcelJS = (await readXlsx(bytes, options)).snapshot;
  } catch (e) {
    failed = (e as Error).message;
  }
  let direct: unknown = null;
  let directFailed: string | undefined;
  try {
    const inspected = await inspectPackage(bytes);
    direct = await readDirect(inspected, options);
  } catch (e) {
    directFailed = (e as Error).message;
  }
  return { viaExcelJS, failed, direct, directFailed };
}

async function expectSame(bytes: Uint8Array, options: ReadOptions = {}): Promise<boolean> {
  const r = await both(bytes, options);
  if (r.failed !== undefined) {
    // ExcelJS refuses it: the direct reader either declines or refuses it at the inspection (same error)
    expect(r.direct).toBeNull();
    if (r.directFailed !== undefined) expect(r.directFailed).toBe(r.failed);
    return false;
  }
  expect(r.directFailed).toBeUndefined();
  if (r.direct === null) return false;
  const { snapshot } = await readXlsxSnapshot(bytes, options);
  expect(snapshot).toStrictEqual(r.viaExcelJS);
  return true;
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`;

/** A package as Excel writes one, with the constructs the direct reader must read as ExcelJS does. */
async function handWritten(opts: { date1904?: boolean; sheet1?: (xml: string) => string } = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", CONTENT_TYPES);
  zip.file("_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  zip.file("xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`);
  zip.file("xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr${opts.date1904 ? ' date1904="1"' : ""} defaultThemeVersion="164011"/><bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews><sheets><sheet name="考核 &amp; 评分" sheetId="3" r:id="rId1"/><sheet name="隐藏" sheetId="1" state="hidden" r:id="rId2"/></sheets><calcPr calcId="191029"/></workbook>`);
  zip.file("xl/styles.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="3"><numFmt numFmtId="176" formatCode="yyyy\\-mm\\-dd"/><numFmt numFmtId="177" formatCode="0.0%"/><numFmt numFmtId="178" formatCode="&quot;第&quot;0&quot;名&quot;"/></numFmts><fonts count="1"><font><sz val="11"/><name val="等线"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0"><alignment indent="3"/></xf></cellStyleXfs><cellXfs count="7"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="176" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="177" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment horizontal="left" indent="2"/></xf><xf numFmtId="178" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0"><alignment indent="1"/></xf></cellXfs><cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/></styleSheet>`);
  zip.file("xl/sharedStrings.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="8" uniqueCount="8"><si><t>单位</t></si><si><t xml:space="preserve">  合计 &lt;全县&gt; </t></si><si><r><rPr><b/><sz val="11"/></rPr><t>加</t></r><r><t xml:space="preserve">粗 </t></r></si><si><t>行一\r\n行二_x000D_</t></si><si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh><phoneticPr fontId="1"/></si><si><t/></si><si><t>&#x4e2d;&#20013;&quot;&apos;</t></si><si><t>其中:男</t></si></sst>`);
  let sheet1 = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"><dimension ref="A1:H12"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="14.25" x14ac:dyDescent="0.2"/><cols><col min="6" max="7" width="0" hidden="1" customWidth="1"/><col min="2" max="3" width="9" customWidth="1"/><col min="3" max="4" hidden="true"/></cols><sheetData>
<row r="1" spans="1:8"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s" s="4"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c><c r="G1" t="s" s="4"><v>6</v></c></row>
<row r="2" spans="1:8" hidden="1"><c r="A2" s="4" t="s"><v>7</v></c><c r="B2"><v>10</v></c><c r="C2"><v>2.5E-3</v></c><c r="D2" s="1"><v>45292</v></c><c r="E2" s="2"><v>45292.75</v></c><c r="F2" s="3"><v>0.125</v></c><c r="G2" s="5"><v>3</v></c><c r="H2" s="6" t="s"><v>7</v></c></row>
<row r="3"><c r="A3" t="inlineStr" s="4"><is><t>内联 &amp; 文本</t></is></c><c r="B3"><f>SUM(B2:C2)</f><v>10.0025</v></c><c r="C3"><f t="shared" ref="C3:C6" si="0">B3*$B$2+C$2</f><v>100</v></c><c r="D3" t="str"><f>"a"&amp;"b"</f><v>a&amp;amp;b</v></c><c r="E3" t="b"><f>B2&gt;1</f><v>1</v></c><c r="F3" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="G3" s="1"><f>D2+1</f><v>45293</v></c><c r="H3" s="2" t="str"><f>TEXT(D2,"yyyy")</f><v>2024</v></c></row>
<row r="4"><c r="A4" t="b"><v>0</v></c><c r="B4" t="e"><v>#N/A</v></c><c r="C4"><f t="shared" si="0"/><v>101</v></c><c r="D4" t="str"><v>plain &amp;lt;str&amp;gt;</v></c><c r="E4" s="3"/><c r="F4"/><c r="G4"><f>""</f><v></v></c></row>
<row r="5"><c r="A5"><v> 7 </v></c><c r="B5"><v>1e309</v></c><c r="C5"><f t="shared" si="0"/><v>0</v></c><c r="D5"><f t="array" ref="D5:D6">B2:B3*2</f><v>20</v></c><c r="E5" t="s"><v>1</v></c></row>
<row r="6"><c r="C6"><f t="shared" si="0"/></c><c r="D6"><v>20.005</v></c><c r="E6" t="s"><v>0</v></c><c r="F6"><v>99</v></c></row>
<row r="8" ht="20" customHeight="1"><c r="A8" t="s"><v>1</v></c><c r="B8"><f t="shared" ref="B8:C8" si="1">SUM(A1:A7)+'考核 &amp; 评分'!B2</f><v>1</v></c><c r="C8"><f t="shared" si="1"/><v>2</v></c></row>
<row r="10" hidden="1"/>
<row r="12"><c r="A12"><v>12</v></c><c r="B12"><v>13</v></c></row>
</sheetData><mergeCells count="3"><mergeCell ref="E5:F6"/><mergeCell ref="A12:B12"/><mergeCell ref="H5:H5"/></mergeCells><!-- a comment --><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="portrait"/></worksheet>`;
  if (opts.sheet1) sheet1 = opts.sheet1(sheet1);
  zip.file("xl/worksheets/sheet1.xml", sheet1);
  zip.file("xl/worksheets/sheet2.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>5</v></c></row></sheetData></worksheet>`);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

describe("the direct reader", () => {
  it("reads a package written as Excel writes one exactly as ExcelJS does (both date systems)", async () => {
    for (const date1904 of [false, true]) {
      const bytes = await handWritten({ date1904 });
      expect(await expectSame(bytes)).toBe(true);
      // cut to a few rows and columns: the truncation, merges and hidden rows left out alike
      expect(await expectSame(bytes, { maxRows: 4, maxCols: 3 })).toBe(true);
    }
    // what it read is what the file says (not only "the same as ExcelJS")
    const { snapshot } = await readXlsxSnapshot(await handWritten());
    const s = snapshot.sheets[0];
    expect(snapshot.sheets.map((x) => [x.name, x.hidden ?? false])).toEqual([["考核 & 评分", false], ["隐藏", true]]);
    expect(s.values[0]).toEqual(["单位", "  合计 <全县> ", "加粗 ", "行一\n行二\r", "漢字", "", "中中\"'"]);
    expect(s.formulas?.[3]?.[2]).toBe("=B4*$B$2+C$2");
    expect(s.formulas?.[7]?.[2]).toBe("=SUM(B1:B7)+'考核 & 评分'!C2");
    expect(s.values[1][3]).toBe(45292);
    expect(s.merges).toEqual([{ top: 4, left: 4, bottom: 5, right: 5 }, { top: 4, left: 7, bottom: 4, right: 7 }, { top: 11, left: 0, bottom: 11, right: 1 }]);
    expect(s.values[5]).toEqual([null, null, null, 20.005]); // F6 is covered by E5:F6: its 99 is not read, as in ExcelJS
    expect(s.hiddenRows).toEqual([1, 9]);
    expect(s.hiddenCols).toEqual([3, 5, 6]); // C is in two <col> ranges: ExcelJS takes the first (not hidden)
    expect(s.indents?.[0]?.[3]).toBe(2);
  });

  it("declines what it does not copy ExcelJS on, and ExcelJS then reads it", async () => {
    const variants: ((x: string) => string)[] = [
      (x) => x.replace('<c r="A12"><v>12</v></c>', '<c r="A12"><v>12</v></c><c r="A12"><v>14</v></c>'), // a cell twice
      (x) => x.replace('<row r="12">', '<row r="11"><c r="A11"><v>1</v></c></row><row r="11">').replace('<c r="A12">', '<c r="A11">').replace('<c r="B12">', '<c r="B11">'), // a row twice
      (x) => x.replace('<c r="B12">', '<c r="B13">'), // a cell outside its row
      (x) => x.replace("</mergeCells>", '</mergeCells><hyperlinks><hyperlink ref="A1" r:id="rId9"/></hyperlinks>'),
      (x) => x.replace("<is><t>内联 &amp; 文本</t></is>", "<is><r><t>内联</t></r></is>"),
      (x) => x.replace("<v>10</v>", "<v>&nbsp;10</v>"),
      (x) => x.replace('<row r="3">', "<row>"),
      (x) => x.replace('<c r="B12">', "<c>"),
      (x) => x.replace('ref="B8:C8" si="1">SUM(A1:A7)+\'考核 &amp; 评分\'!B2', 'ref="B8:C8" si="1">'), // a master without its formula
      (x) => x.replace("<sheetData>", "<sheetData><![CDATA[x]]>"),
      (x) => x.replace("<worksheet ", "<x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" ").replace("</worksheet>", "</x:worksheet>"),
    ];
    for (const [i, v] of variants.entries()) {
      const bytes = await handWritten({ sheet1: v });
      const r = await both(bytes);
      expect([i, r.direct]).toEqual([i, null]);
      if (r.failed === undefined) expect((await readXlsxSnapshot(bytes)).snapshot).toStrictEqual(r.viaExcelJS);
      else await expect(readXlsxSnapshot(bytes)).rejects.toThrow(r.failed);
    }
  });

  it("reads every fixture workbook and the development table corpus as ExcelJS does", async () => {
    const fixtures = [...allFixtures(), buildSampleWorkbook({ planted: false }), buildSampleWorkbook({ planted: "statistics" }), buildSampleWorkbook({ planted: true })];
    let read = 0;
    for (const f of fixtures) if (await expectSame(await fixtureBytes(f))) read++;
    expect(read).toBe(fixtures.length);
    const large = new Uint8Array((await buildLargeWorkbook(3000).xlsx.writeBuffer()) as ArrayBuffer);
    expect(await expectSame(large)).toBe(true);
    expect(await expectSame(large, { maxRows: 1000 })).toBe(true);
    const corpus = await generateCorpus(join(__dirname, "..", "..", "corpus", "tables", "dev"));
    expect(corpus.workbooks.size).toBeGreaterThanOrEqual(40);
    let corpusRead = 0;
    for (const bytes of corpus.workbooks.values()) if (await expectSame(bytes)) corpusRead++;
    expect(corpusRead).toBe(corpus.workbooks.size);
  }, 120_000);

  it("on hostile packages: the same snapshot or none (fast-check over the fuzz test's mutations)", async () => {
    const bases = new Map<Base, Uint8Array>();
    for (const b of ["scoring", "scoring-blank", "statistics", "summary-detail"] as Base[]) bases.set(b, await bytesOf(baseWorkbook(b)));
    const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
      fc.tuple(fc.constantFrom("A", "B", "C", "D", "XFD"), fc.integer({ min: 1, max: 30 }), fc.constantFrom("B", "C", "E"), fc.integer({ min: 1, max: 30 }))
        .map(([a, b, c, d]) => ({ kind: "merge" as const, ref: `${a}${b}:${c}${d}` })),
      fc.constantFrom("B2:A1", "A1:", "$A$1:$C$3", "A0:B1").map((ref) => ({ kind: "merge" as const, ref })),
      fc.tuple(fc.oneof(fc.integer({ min: 1, max: 40 }), fc.constant(1_048_577)), fc.string({ maxLength: 12 })).map(([row, value]) => ({ kind: "row" as const, row, value })),
      fc.integer({ min: 1, max: 16 }).map((row) => ({ kind: "duplicate-row" as const, row })),
      fc.constant({ kind: "drop-shared-strings" as const }),
      fc.tuple(fc.constantFrom("A1", "B3", "C5", "D9"), fc.integer({ min: -1, max: 60 })).map(([cell, index]) => ({ kind: "shared-index" as const, cell, index })),
      fc.tuple(fc.constantFrom("A2", "C4", "E7", "L20"), fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom("第一行\r\n第二行", "_x000D_", "a&b<c>", "\r"))).map(([cell, text]) => ({ kind: "text" as const, cell, text })),
      fc.tuple(fc.constantFrom("B2", "C6", "D10"), fc.constantFrom("1e309", "-0", "abc", " 12 ", "4.9e-324", "1E3")).map(([cell, digits]) => ({ kind: "number" as const, cell, digits })),
      fc.tuple(fc.constantFrom("B2", "E5", "F12"), fc.constantFrom("SUM(A1:B2)", "1/0", "\"x\"&\"y\"", "")).map(([cell, formula]) => ({ kind: "formula" as const, cell, formula })),
    );
    let same = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom<Base>("scoring", "scoring-blank", "statistics", "summary-detail"), fc.array(mutationArb, { minLength: 1, maxLength: 4 }), async (base, mutations) => {
        if (await expectSame(await mutate(bases.get(base)!, mutations))) same++;
      }),
      { numRuns: 150, seed: 20261207 },
    );
    // most hostile packages are still read directly (the test is not vacuous)
    expect(same).toBeGreaterThan(30);
  }, 120_000);

  it("copies ExcelJS's built-in formats, date test and shared-formula sliding", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const builtIn = require("exceljs/lib/xlsx/defaultnumformats.js") as Record<string, { f: string }>;
    expect(Object.fromEntries(Object.entries(builtIn).map(([k, v]) => [k, v.f]))).toEqual(Object.fromEntries(Object.entries(BUILT_IN_FORMATS).map(([k, v]) => [k, v])));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const utils = require("exceljs/lib/utils/utils.js") as { isDateFmt: (f: string) => boolean };
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const shared = require("exceljs/lib/utils/shared-formula.js") as { slideFormula: (f: string, a: string, b: string) => string };
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom("yyyy-mm-dd", "[Red]0.0", '"d"0', "0.00%", "h:mm", "[$-804]aaaa")), (f) => {
        expect(isDateFmt(f)).toBe(utils.isDateFmt(f));
      }),
    );
    const refs = fc.tuple(fc.constantFrom("", "$"), fc.constantFrom("A", "B", "Z", "AA", "XFD"), fc.constantFrom("", "$"), fc.integer({ min: 1, max: 999 })).map(([a, c, b, r]) => `${a}${c}${b}${r}`);
    fc.assert(
      fc.property(fc.array(fc.oneof(refs, fc.constantFrom("+", "SUM(", ")", ",", "Sheet1!", "'表 1'!", ":", "LOG10(", "2")), { maxLength: 8 }), fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 5 }), (parts, row, col) => {
        const formula = parts.join("");
        const to = { row: row + 3, col: col + 2 };
        const address = (p: { row: number; col: number }) => `${String.fromCharCode(64 + p.col)}${p.row}`;
        let expected: string | Error;
        try {
          expected = shared.slideFormula(formula, address({ row, col }), address(to));
        } catch (e) {
          expected = e as Error;
        }
        if (expected instanceof Error) expect(() => slideFormula(formula, { row, col }, to)).toThrow();
        else expect(slideFormula(formula, { row, col }, to)).toBe(expected);
      }),
    );
  });
});
