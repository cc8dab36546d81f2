/**
 * A 合计 row with its own rows indented under it, then its siblings at its level, all under a
 * 总计 (a yearbook's 卫生机构 table: 总计; 医院合计 → 综合医院, 中医医院, 专科医院 indented; then
 * 妇幼保健所, 门诊部 …): 医院合计 is the total of the indented rows only, and 总计 = 医院合计 + its
 * siblings. It was read as the total of every row below it (a false alarm on each column).
 */
import { analyzeWorkbook } from "../../../src/engine";
import type { CellValue } from "../../../src/engine/grid";
import { sheet } from "./build";

function table(hospitals: CellValue, total: CellValue = 260) {
  return sheet("卫生机构", [
    ["卫生机构数", null, null],
    ["类别", "机构数(个)", "人员数(人)"],
    ["总计", total, 5000],
    ["医院合计", hospitals, 3000],
    ["  综合医院", 30, 2000],
    ["  中医医院", 6, 600],
    ["  专科医院", 4, 400],
    ["妇幼保健所", 20, 500],
    ["门诊部", 200, 1500],
  ]);
}

function sums(hospitals: CellValue, total?: CellValue) {
  const a = analyzeWorkbook({ sheets: [table(hospitals, total)] }, { values: false });
  return {
    findings: a.findings.filter((f) => f.severity !== "info").map((f) => `${f.kind} ${f.cell} expected ${f.expected}`),
    checked: a.sheets[0].checked?.relations?.["sum-mismatch"] ?? 0,
  };
}

describe("a 合计 heading its indented rows, then its siblings", () => {
  it("stays silent on the consistent table and checks both totals in both columns", () => {
    const r = sums(40);
    expect(r.findings).toEqual([]);
    expect(r.checked).toBe(4);
  });

  it("flags a wrong 医院合计 against its indented rows only (40, not 260)", () => {
    // 医院合计 41 breaks both its own sum (30+6+4) and 总计's (41+20+200 = 261)
    expect(sums(41, 261).findings).toEqual(["sum-mismatch B4 expected 40"]);
  });

  it("flags a wrong 总计 against 医院合计 and its siblings", () => {
    expect(sums(40, 270).findings).toEqual(["sum-mismatch B3 expected 260"]);
  });
});
