/**
 * An independent engine agrees with what the writer caches: a workbook written by
 * applyPlanToWorkbook/writeXlsx is recalculated by headless LibreOffice (a profile that
 * always recalculates OOXML on load), and each recalculated value equals the cached one.
 * Skipped (with the install command) where soffice is absent, a failure under CI=true.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { describeWith } from "../../support/system";
import { convertWithLibreOffice, recalcToCsv, soffice } from "./recalc";
import { readXlsxSnapshot } from "../../../src/hosts/xlsx/direct";
import { cellAt, formulaAt } from "../../../src/engine/grid";
import { buildSampleWorkbook, buildScoringWorkbook } from "../../fixtures/builders";
import { readXlsx } from "../../../src/hosts/xlsx/read";
import { applyPlanToWorkbook, writeXlsx } from "../../../src/hosts/xlsx/write";
import type { CellWrite } from "../../../src/engine/plan";
import { parseCellAddress } from "../../../src/engine/address";

const blank = { value: null, formula: null, numberFormat: null };
const w = (cell: string, formula: string, value: number): CellWrite => ({ sheet: "考核评分表", cell, formula, value, previous: blank });

// formulas over the sheet's own cells, with the hand-computed values of test/fixtures/builders.ts
const WRITES: CellWrite[] = [
  w("G5", "=MIN(C5,3*3)", 9),
  w("G6", "=IF(46>=50,C6,IF(46<30,0,C6-2.5*(50-46)))", 20),
  w("G7", "=C7", 20),
  w("G4", "=MIN(C4,SUM(G5:G7))", 49),
  w("G9", "=C9", 20),
  w("G10", "=MAX(0,C10-5*1)", 15),
  w("G8", "=MIN(C8,SUM(G9:G10))", 35),
  w("G3", "=MIN(C3,G4+G8)", 84),
  w("G12", "=2*3", 6),
  w("G11", "=MIN(5,G12)", 5),
  w("G14", "=-2*2", -4),
  w("G13", "=MAX(-15,G14)", -4),
  w("G15", "=G3+G11+G13", 85),
];

describeWith(soffice)("LibreOffice recalculates what writeXlsx cached", () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), "assess-lo-"));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("every written formula recalculates to its cached value; a wrong cache would be caught", async () => {
    const bytes = new Uint8Array(
      (await buildScoringWorkbook({ assessedBlank: true }).workbook.xlsx.writeBuffer()) as ArrayBuffer,
    );
    const { workbook } = await readXlsx(bytes);
    // control: a formula cached with a wrong value proves LibreOffice really recalculates
    const control: CellWrite = { sheet: "考核评分表", cell: "I2", formula: "=1+1", value: 5, previous: blank };
    applyPlanToWorkbook(workbook, [...WRITES, control]);
    const path = join(work, "recalc.xlsx");
    writeFileSync(path, await writeXlsx(workbook));

    const rows = recalcToCsv(path, work);
    const at = (a1: string) => {
      const { row, col } = parseCellAddress(a1);
      return Number(rows[row]?.[col]);
    };
    expect(at("I2")).toBe(2);
    const recalculated = Object.fromEntries(WRITES.map((x) => [x.cell, at(x.cell)]));
    const cached = Object.fromEntries(WRITES.map((x) => [x.cell, x.value]));
    expect(recalculated).toEqual(cached);
  }, 200_000);

  it("reads a workbook saved by another program (LibreOffice) the same way", async () => {
    const wb = buildSampleWorkbook().workbook;
    wb.getWorksheet("统计表")!.getCell("E12").value = { formula: "SUM(C5:C11)-C12", result: 2 };
    const src = join(work, "sample-for-lo.xlsx");
    writeFileSync(src, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    const resaved = convertWithLibreOffice(src, work, "xlsx");
    const ours = (await readXlsx(readFileSync(src))).snapshot;
    const theirs = (await readXlsx(readFileSync(resaved))).snapshot;
    expect(theirs.sheets.map((s) => s.name)).toEqual(ours.sheets.map((s) => s.name));
    for (const [i, s] of ours.sheets.entries()) {
      const t = theirs.sheets[i];
      expect([s.name, t.merges]).toEqual([s.name, s.merges]);
      for (let r = 0; r < s.values.length; r++) {
        for (let c = 0; c < (s.values[r]?.length ?? 0); c++) {
          expect([s.name, r, c, cellAt(t, r, c)]).toEqual([s.name, r, c, cellAt(s, r, c)]);
        }
      }
    }
    // the read-only path of `assess check` (direct.ts) reads LibreOffice's package itself, the same way
    const direct = await readXlsxSnapshot(readFileSync(resaved));
    expect(direct.direct).toBe(true);
    expect(direct.snapshot).toStrictEqual(theirs);
    const stat = theirs.sheets[0];
    expect(formulaAt(stat, 11, 4)).toBe("=SUM(C5:C11)-C12");
    expect(cellAt(stat, 11, 4)).toBe(2);
  }, 200_000);
});
