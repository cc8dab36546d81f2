/**
 * A vertical indicator table whose figures take their unit from a group heading (二、城乡人口(万人)
 * above 城镇人口, 乡村人口) while the denominator states its own (总人口(万人)): the rate is
 * checked with the operands in the same unit (it was checked as 城镇人口 in 人 over 总人口 in 万人,
 * and every correct 城镇化率 was flagged with an expected 0.00%). Where the unstated operand really
 * is in 人 (出生人数 over 总人口(万人)), the conversion still applies. Both directions: silent on
 * the consistent table, exactly one finding on a planted error.
 */
import { analyzeWorkbook } from "../../../src/engine";
import type { CellValue } from "../../../src/engine/grid";
import { sheet } from "./build";

function table(urbanRate: CellValue, birthRate: CellValue) {
  return sheet("基本情况", [
    ["人口基本情况", null, null],
    [null, "2010年", "2020年"],
    ["总人口(万人)", 240.0, 250.0],
    ["出生人数", 26400, 25000],
    ["出生率(‰)", birthRate, 10.0],
    ["二、城乡人口(万人)", null, null],
    ["城镇人口", 96.0, 125.0],
    ["乡村人口", 144.0, 125.0],
    ["城镇化率(%)", urbanRate, 50.0],
  ], { formats: { B3: "0.00", C3: "0.00", B7: "0.00", C7: "0.00", B8: "0.00", C8: "0.00", B9: "0.00", C9: "0.00", B5: "0.00", C5: "0.00" } });
}

function rateFindings(urbanRate: CellValue, birthRate: CellValue): string[] {
  return analyzeWorkbook({ sheets: [table(urbanRate, birthRate)] }, { values: false })
    .findings.filter((f) => f.severity !== "info" && /rate|ratio/.test(f.kind))
    .map((f) => `${f.kind} ${f.cell} expected ${f.expected}`);
}

describe("rates whose operand takes its unit from a group heading", () => {
  it("stays silent when 城镇化率 = 城镇人口 / 总人口 (both 万人) and 出生率 = 出生人数 (人) / 总人口 (万人)", () => {
    // 96 / 240 = 40.00%; 26400 / 2,400,000 = 11.00‰
    expect(rateFindings(40.0, 11.0)).toEqual([]);
  });

  it("flags a wrong 城镇化率 once, with the expected figure in the group's unit", () => {
    expect(rateFindings(44.0, 11.0)).toEqual(["rate-mismatch B9 expected 40"]);
  });

  it("flags a wrong 出生率 once, the 人 over 万人 conversion still applied", () => {
    expect(rateFindings(40.0, 12.0)).toEqual(["rate-mismatch B5 expected 11"]);
  });
});
