/**
 * `assess check` text output says, per sheet, what was checked (relations by kind, scores
 * computed) and what could not be placed with the reason; "no problems" only of what was
 * checked (issue 11, honest coverage). Built from sheets in code, through fileReport and
 * formatReport as the CLI prints them.
 */
import { analyzeWorkbook } from "../../src/engine";
import type { CellValue, SheetSnapshot } from "../../src/engine/grid";
import { fileReport, formatReport } from "../../src/cli/check";
import { sheet } from "../engine/layout/build";

const text = (sheets: SheetSnapshot[], lang: "zh" | "en" = "zh") => formatReport(fileReport("t.xlsx", analyzeWorkbook({ sheets })), lang);

// 中山 主要指标 (2021/2015): 人口净迁移率 has no migration counts beside it
const indicators: CellValue[][] = [
  ["指  标", "2021年", "2015年"],
  ["年末户籍人口", 198.74, 158.68],
  ["#男性户籍人口(万人)", 95.68, 78.64],
  ["女性户籍人口(万人)", 103.07, 80.04],
  ["人口性别比(%)", 92.83, 98.25],
  ["人口出生率(‰)", 9.87, 9.82],
  ["人口死亡率(‰)", 1.82, 2.68],
  ["人口自然增长率(‰)", 8.05, 7.14],
  ["人口净迁移率(‰)", 33.9, 5.7],
];
const nothing: CellValue[][] = [["地区", "备注"], ["城关镇", "已上报"], ["兴隆镇", "未上报"]];

describe("assess check text: coverage per sheet", () => {
  it("names the relations checked by kind, and the rate it could not place with the reason", () => {
    const out = text([sheet("主要指标", indicators)]);
    expect(out).toContain("工作表 主要指标: 统计报表, 1 个表格; 已核对 ");
    expect(out).toMatch(/性别比 2/);
    expect(out).toContain("“人口净迁移率”未找到其分子或分母,未核对");
    expect(out).toContain("已核对部分未发现问题");
    expect(out).not.toContain("自然增长率”未找到");
  });
  it("in English too", () => {
    const out = text([sheet("主要指标", indicators)], "en");
    expect(out).toContain('"人口净迁移率": numerator or denominator not found, not checked');
    expect(out).toContain("no findings in what was checked");
  });
  it("never says no problems of a sheet where nothing was checked", () => {
    const out = text([sheet("说明", nothing)]);
    expect(out).not.toContain("未发现问题");
    expect(out).toContain("不能说没有问题");
  });
  it("with one sheet checked and one not, no problems is said of the checked part only, naming the other", () => {
    const out = text([sheet("主要指标", indicators), sheet("说明", nothing)]);
    expect(out).toContain("已核对部分未发现问题; 未核对: 说明");
  });
  it("a finding is listed, not 'no problems'", () => {
    const planted = indicators.map((r) => [...r]);
    planted[7][1] = 9.05; // 自然增长率 9.05 ≠ 9.87 − 1.82
    const out = text([sheet("主要指标", planted)]);
    expect(out).toContain("主要指标!B8 [rate-mismatch]");
    expect(out).not.toContain("未发现问题");
  });
});
