/**
 * Summary sheets (汇总表) and relations across sheets: a summary row's unit with its own
 * scoring sheet (summary-detail), and the same indicator of the same unit and period on two
 * sheets (same-figure), never across periods.
 */
import { describeWorkbook, understandSheet, understandWorkbook } from "../../../src/engine/layout";
import type { WorkbookRelation } from "../../../src/engine/layout/model";
import { cellAddress } from "../../../src/engine/address";
import { sheet, shown } from "./build";

function showX(r: WorkbookRelation): string {
  if (r.kind === "summary-detail") {
    return `${r.summary.sheet}!${cellAddress(r.summary.row, r.summary.col)} ~ ${r.detail.sheet}!${cellAddress(r.detail.row, r.detail.col)}`;
  }
  return `same ${r.cells.map((c) => `${c.sheet}!${cellAddress(c.row, c.col)}`).join(" = ")}`;
}

const summary = sheet("汇总表", [
  ["2016年度各乡镇计划生育目标管理考核得分汇总表"],
  ["序号", "单位", "稳定低生育水平(20分)", "基础工作(80分)", "加分", "减分", "总分", "名次"],
  [1, "城关镇", 17, 78, 0, -2, 93, 1],
  [2, "XX乡", 18, 70, 1, 0, 89, 2],
]);

const detail = sheet("城关镇", [
  ["城关镇2016年度计划生育工作考核评分表"],
  ["序号", "考核项目", "标准分", "考核标准", "考核得分"],
  ["一", "稳定低生育水平", 20, null, 17],
  ["1", "出生人口政策符合率", 10, "比例达65%以上计10分,低于65%不计分", 10],
  ["2", "长效节育措施落实率", 10, "达70%以上计10分,否则每少1个比例点扣1分,扣完为止", 7],
  ["二", "基础工作", 80, null, 78],
  ["1", "召开计生专题会议", 5, "召开1-2次会议计5分(1次计3分,计满5为止)", 5],
  ["2", "流动人口管理", 75, "发现1个单位未完成的扣5分,扣完为止", 73],
  ["三", "减分", null, "上述累计减分不超过15分", -2],
  ["1", "统计误差", null, "一、二孩错漏每例扣2分", -2],
  [null, "总分", 100, null, 93],
]);

describe("a summary sheet with categories (20分), 加分, 减分, 总分, 名次", () => {
  const layout = understandSheet(summary);
  it("reads roles and max points from the headers", () => {
    expect(layout.kind).toBe("summary");
    expect(layout.tables[0].columns.map((c) => [c.role, c.max ?? null])).toEqual([
      ["number", null], ["unit", null], ["category", 20], ["category", 80], ["bonus", null], ["penalty", null], ["total", null], ["rank", null],
    ]);
  });
  it("sums 总分 over the categories, 加分 and the negative 减分", () => {
    expect(shown(layout.relations)).toEqual(["sum G3 = C3:F3", "sum G4 = C4:F4"]);
  });
  it("implies no 总分 sum when 减分 is entered as positive figures", () => {
    const positive = sheet("汇总表", [
      ["单位", "稳定低生育水平(20分)", "基础工作(80分)", "加分", "减分", "总分", "名次"],
      ["城关镇", 17, 78, 0, 2, 93, 1],
    ]);
    expect(understandSheet(positive).relations).toEqual([]);
  });
});

describe("a summary with weighted parts", () => {
  const s = sheet("综合得分", [
    ["单位", "市考核", "县考核", "综合得分", "名次"],
    [null, "按60%计算", "按40%计算", null, null],
    ["城关镇", 90, 95, 92, 1],
    ["XX乡", 80, 85, 82, 2],
  ], { merges: ["A1:A2", "D1:D2", "E1:E2"] });
  it("reads the weights and implies no flat sum", () => {
    const layout = understandSheet(s);
    expect(layout.kind).toBe("summary");
    expect(layout.tables[0].columns.map((c) => [c.header, c.role, c.weight ?? null])).toEqual([
      ["单位", "unit", null], ["市考核/按60%计算", "weighted", 60], ["县考核/按40%计算", "weighted", 40], ["综合得分", "total", null], ["名次", "rank", null],
    ]);
    expect(layout.relations).toEqual([]);
  });
  it("reads 市考核(60%) in one header row", () => {
    const one = sheet("综合", [["乡镇", "市考核(60%)", "县考核(40%)", "综合得分", "排名"], ["城关镇", 90, 95, 92, 1]]);
    expect(understandSheet(one).tables[0].columns.map((c) => c.weight ?? null)).toEqual([null, 60, 40, null, null]);
  });
});

describe("summary ↔ the unit's own sheet", () => {
  const wb = understandWorkbook({ sheets: [summary, detail] });
  it("links the unit's total and each category to the detail sheet's rows", () => {
    expect(wb.sheets.map((s) => s.kind)).toEqual(["summary", "scoring"]);
    expect(wb.relations.map(showX).sort()).toEqual([
      "汇总表!C3 ~ 城关镇!E3",
      "汇总表!D3 ~ 城关镇!E6",
      "汇总表!F3 ~ 城关镇!E9",
      "汇总表!G3 ~ 城关镇!E11",
    ]);
  });
  it("describes the workbook", () => {
    const lines = describeWorkbook(wb);
    expect(lines[0]).toBe("汇总表:汇总表,1 个表格");
    expect(lines[lines.length - 1]).toBe("跨表核对:汇总与明细 4 处,同一数字 0 处");
  });
});

describe("the same figure on two sheets, never across periods", () => {
  const people = sheet("人口", [
    ["2016年各乡镇人口情况"],
    ["单位", "总人口", "出生人数"],
    ["城关镇", 65669, 858],
    ["XX乡", 30000, 300],
  ]);
  const births = sheet("出生", [
    ["2016年各乡镇出生情况"],
    ["单位", "出生人数", "出生率(‰)"],
    ["城关镇", 858, 13.07],
    ["XX乡", 301, 10.03],
  ]);
  const lastYear = sheet("2015出生", [
    ["2015年各乡镇出生情况"],
    ["单位", "出生人数", "出生率(‰)"],
    ["城关镇", 800, 12.31],
    ["XX乡", 290, 9.8],
  ]);
  it("relates the same unit's same indicator within one period", () => {
    const wb = understandWorkbook({ sheets: [people, births, lastYear] });
    expect(wb.relations.map(showX).sort()).toEqual([
      "same 人口!C3 = 出生!B3",
      "same 人口!C4 = 出生!B4",
    ]);
  });
});

describe("a summary with a merged group header over the categories", () => {
  const s = sheet("得分汇总", [
    ["2016年度计划生育目标管理责任制考核得分汇总表"],
    ["乡镇(街道)", "考核得分", null, null, "加分", "减分", "总分", "名次"],
    [null, "综合治理责任落实(280分)", "稳定低生育水平(400分)", "基层基础工作(320分)", null, null, null, null],
    ["城关镇", 270, 380, 300, 3, -5, 948, 2],
    ["东城街道", 275, 390, 310, 2, -1, 976, 1],
  ], { merges: ["A1:H1", "A2:A3", "B2:D2", "E2:E3", "F2:F3", "G2:G3", "H2:H3"] });
  it("reads categories with their max under the group and sums 总分", () => {
    const layout = understandSheet(s);
    expect(layout.kind).toBe("summary");
    expect(layout.tables[0].columns.map((c) => [c.header, c.role, c.max ?? null])).toEqual([
      ["乡镇(街道)", "unit", null],
      ["考核得分/综合治理责任落实(280分)", "category", 280],
      ["考核得分/稳定低生育水平(400分)", "category", 400],
      ["考核得分/基层基础工作(320分)", "category", 320],
      ["加分", "bonus", null], ["减分", "penalty", null], ["总分", "total", null], ["名次", "rank", null],
    ]);
    expect(shown(layout.relations)).toEqual(["sum G4 = B4:F4", "sum G5 = B5:F5"]);
  });
});

describe("a scoring table and a statistics table on one sheet", () => {
  const s = sheet("自查", [
    ["一、自查评分"],
    ["序号", "考核项目", "分值", "评分标准", "自评分"],
    ["1", "签订目标管理责任书", 20, R1short(), 20],
    ["2", "加强机构、队伍建设", 10, "每配备1名计3分,计满10分为止", 9],
    [],
    ["二、基本数据"],
    ["指标", "数值"],
    ["出生人数", 858],
    ["其中:政策内", 832],
  ]);
  it("is a scoring sheet with both tables understood", () => {
    const layout = understandSheet(s);
    expect(layout.kind).toBe("scoring");
    expect(layout.tables.map((t) => [t.kind, t.title, t.firstRow + 1, t.lastRow + 1])).toEqual([
      ["scoring", "一、自查评分", 3, 4],
      ["statistics", "二、基本数据", 8, 9],
    ]);
    expect(layout.trees[0].items.map((i) => [i.row + 1, i.number, i.max])).toEqual([[3, "1", 20], [4, "2", 10]]);
    expect(shown(layout.relations)).toEqual(["part B8 = B9"]);
  });
});

function R1short(): string {
  return "村签订的计7分;部门签订的计3分;乡镇签订的计10分";
}
