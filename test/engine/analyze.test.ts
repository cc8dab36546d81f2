/**
 * analyzeWorkbook's own duties beyond layout, checks and scoring: the add-in's sheets are not
 * the clerk's data, and a locked cell is never written whichever table computed it.
 */
import { analyzeWorkbook, isAddinSheet } from "../../src/engine";
import type { SheetSnapshot, WorkbookSnapshot } from "../../src/engine/grid";
import { snapshotWorkbook } from "../../src/hosts/xlsx/read";
import { buildScoringWorkbook, buildStatisticsWorkbook } from "../fixtures";

/** A report sheet as the add-in writes it: findings' figures that disagree with each other. */
const REPORT: SheetSnapshot = {
  name: "校验报告",
  values: [
    ["校验报告"],
    ["sample.xlsx · 2026-12-01 · 1 个错误"],
    ["工作表", "单元格", "严重程度", "类型", "说明", "应为", "实为", "相关单元格"],
    ["统计表", "C12", "错误", "sum-mismatch", "合计 180 与各项之和 182 不一致", 182, 180, "C5:C11"],
    ["合计", "", "", "", "", 182, 180, ""],
  ],
};

describe("analyzeWorkbook", () => {
  it("knows the add-in's own sheets by name (and no others)", () => {
    for (const n of ["_assess_undo", "_assess_marks", "_assess_settings", "校验报告", "Check report", "check report"]) expect(isAddinSheet(n)).toBe(true);
    for (const n of ["_assess_layout", "统计表", "考核评分表", "报告"]) expect(isAddinSheet(n)).toBe(false);
  });

  it("neither checks nor lists the report sheet or the add-in's records", () => {
    const snap = snapshotWorkbook(buildStatisticsWorkbook({ planted: false }).workbook);
    const alone = analyzeWorkbook({ sheets: [REPORT] });
    expect(alone.findings).toEqual([]);
    expect(alone.sheets).toEqual([]);
    // the report's 合计 row (182 ≠ 180) would be a sum-mismatch were it data
    const withReport: WorkbookSnapshot = {
      sheets: [...snap.sheets, REPORT, { name: "_assess_marks", values: [["{\"version\":1}"]], hidden: true }],
    };
    const plain = analyzeWorkbook(snap);
    const a = analyzeWorkbook(withReport);
    expect(a.findings).toEqual(plain.findings);
    expect(a.sheets.map((s) => s.name)).toEqual(snap.sheets.map((s) => s.name));
  });

  it("drops the writes of locked cells and keeps every other write", () => {
    const snap = snapshotWorkbook(buildScoringWorkbook().workbook);
    const all = analyzeWorkbook(snap);
    expect(all.writes.length).toBeGreaterThan(1);
    const target = all.writes[all.writes.length - 1];
    const locked = analyzeWorkbook(snap, { lockedCells: [`${target.sheet}!${target.cell}`] });
    expect(locked.writes.find((w) => w.sheet === target.sheet && w.cell === target.cell)).toBeUndefined();
    expect(locked.writes.length).toBe(all.writes.length - 1);
  });

  it("applies the settings the workbook keeps (_assess_settings): locked cells and the score column, as the next clerk opens it", () => {
    const snap = snapshotWorkbook(buildScoringWorkbook().workbook);
    const all = analyzeWorkbook(snap);
    const target = all.writes[0];
    const json = JSON.stringify({ version: 1, corrections: [], ruleOverrides: {}, lockedCells: [`${target.sheet}!${target.cell}`] });
    // cut into cells as the Excel host keeps it
    const stored: SheetSnapshot = { name: "_assess_settings", hidden: true, values: [[json.slice(0, 10)], [json.slice(10)]] };
    const kept = analyzeWorkbook({ sheets: [...snap.sheets, stored] });
    expect(kept.writes.find((w) => w.sheet === target.sheet && w.cell === target.cell)).toBeUndefined();
    expect(kept.writes.length).toBe(all.writes.length - 1);
    expect(kept.sheets.map((s) => s.name)).not.toContain("_assess_settings");
  });

  it("ignores damaged settings rather than failing the check", () => {
    const snap = snapshotWorkbook(buildScoringWorkbook().workbook);
    const damaged: SheetSnapshot = { name: "_assess_settings", values: [["{\"version\":1,"]] };
    expect(analyzeWorkbook({ sheets: [...snap.sheets, damaged] }).writes).toEqual(analyzeWorkbook(snap).writes);
  });

  it("applies corrections passed by a host that cannot write the workbook, as if kept in _assess_layout", () => {
    const snap = snapshotWorkbook(buildScoringWorkbook().workbook);
    const all = analyzeWorkbook(snap);
    const sheet = all.writes[0].sheet;
    expect(all.sheets.find((s) => s.name === sheet)?.kind).toBe("scoring");
    const corrected = analyzeWorkbook(snap, { corrections: [{ sheet, what: "kind", kind: "other" }] });
    expect(corrected.sheets.find((s) => s.name === sheet)?.kind).toBe("other");
    expect(corrected.writes.filter((w) => w.sheet === sheet)).toEqual([]);
  });

  it("says when a sheet was read only in part (a huge used range), on the first cell left out", () => {
    const sheet: SheetSnapshot = { name: "明细", values: [["村名", "人数"], ["一村", 3], ["二村", 4]], truncated: { rows: 1048576, cols: 2 } };
    const a = analyzeWorkbook({ sheets: [sheet] });
    const f = a.findings.find((x) => x.kind === "bad-value" && x.sheet === "明细");
    expect(f).toMatchObject({ severity: "warning", cell: "A4" });
    expect(f?.message).toContain("只检查了前 3 行、2 列(共 1048576 行、2 列)");
    expect(analyzeWorkbook({ sheets: [{ ...sheet, truncated: undefined }] }).findings).toEqual([]);
  });
});
