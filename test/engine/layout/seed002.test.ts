/**
 * Seed 002 (市政府人口和计划生育工作会议讲话) laid out as a clerk keeps it: the year's targets
 * (人口自然增长率控制在7以内; 政策符合率92%以上; 村民自治率75%以上; 落实率90%以上) and the
 * 自治模范村 targets by class of township (优质服务乡镇、街道 4个, 合格村率80%; 一类乡镇、街道
 * 1个, 合格村率75%) with the clerk's 合计. Silent as laid out; a 合计 off by one is one finding.
 */
import { analyzeWorkbook } from "../../../src/engine";
import type { CellValue } from "../../../src/engine/grid";
import { sheet } from "./build";

const rows = (total: CellValue): CellValue[][] => [
  ["20xx年全市人口计生工作目标", null, null],
  ["指标", "目标", null],
  ["人口自然增长率(‰)", "7以内", null],
  ["出生人口政策符合率(%)", "92%以上", null],
  ["村民自治率(%)", "75%以上", null],
  ["群众对计划生育的落实率(%)", "90%以上", null],
  [null, null, null],
  ["乡镇类别", "自治模范村(个)", "合格村率(%)"],
  ["优质服务乡镇、街道", 4, 80],
  ["一类乡镇、街道", 1, 75],
  ["合计", total, null],
];
const found = (total: CellValue) =>
  analyzeWorkbook({ sheets: [sheet("目标", rows(total), { merges: ["A1:C1"] })] }).findings.filter((f) => f.severity !== "info").map((f) => `${f.kind} ${f.cell}`);

describe("seed 002's targets laid out as a clerk keeps them", () => {
  it("give no finding (targets written as 7以内 / 92%以上 are not figures to add up)", () => {
    expect(found(5)).toEqual([]);
  });
  it("a 合计 of the 自治模范村 off by one gives exactly one finding", () => {
    expect(found(6)).toEqual(["sum-mismatch B11"]);
  });
});
