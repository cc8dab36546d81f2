import { runChecks } from "../../../src/engine/checks";
import type { CellValue } from "../../../src/engine/grid";
import { column, err, layout, on, rel, sheet, sheetLayout, table, workbook } from "./builder";
import { scoringRows, scoringTree, withCells } from "./scoringSheet";

/**
 * One workbook of every family: a 统计表 (sums, 其中, rates, coverage, difference, ratio,
 * natural increase, shares), a 考核评分表 (score tree, caps), a 汇总表 (ranks, weights,
 * summary vs detail) and a figure repeated across sheets.
 */
function book(stat: Record<string, CellValue> = {}, score: Record<string, CellValue> = {}, summ: Record<string, CellValue> = {}) {
  const statistics = sheet("统计表", withCells([
    ["项目", "数值", "占比"],
    ["已婚育妇", 65669, null],
    ["一孩", 26907, "40.97%"],
    ["二孩", 26910, "40.98%"],
    ["多孩", 8759, "13.3%"],
    ["无孩", 3093, "4.7%"],
    ["出生", 858, null],
    ["其中:计划内", 832, null],
    ["计划生育率", "96.97%", null],
    ["人群总数", 190, null],
    ["已签约", 186, null],
    ["未签约", 4, null],
    ["签约率", "97.89%", null],
    ["男", 1376, null],
    ["女", 1271, null],
    ["出生人口性别比", "108.26", null],
    ["出生率", "8.47‰", null],
    ["死亡率", "5.39‰", null],
    ["自然增长率", "3.08‰", null],
    ["备注", err("#DIV/0!"), null],
  ], stat), { hiddenRows: [5] });
  const scoring = sheet("城关镇", withCells(scoringRows(), score));
  const summary = sheet("汇总表", withCells([
    ["单位", "市级考核(60%)", "县级考核(40%)", "总分", "名次"],
    ["城关镇", 929, 929, 929, 2],
    ["构林镇", 955, 955, 955, 1],
    ["穰东镇", 912.5, 912.5, 912.5, 3],
  ], summ));
  const statRelations = [
    rel.sum("B2", ["B3:B6"], true, "已婚育妇"),
    rel.shares(["C3:C6"], "已婚育妇构成"),
    rel.sum("B7", ["B8"], false, "出生"),
    rel.rate("B9", "B8", "B7", 100, "计划生育率"),
    rel.coverage("B11", "B10", "已签约"),
    rel.difference("B12", "B10", "B11", "未签约"),
    rel.rate("B13", "B11", "B10", 100, "签约率"),
    rel.ratio("B16", "B14", "B15", 100, "出生人口性别比"),
    rel.naturalIncrease("B19", "B17", "B18"),
    // the same total reached twice (a layout may find it as a row and as a column total)
    rel.sum("B2", ["B3:B6"], true, "已婚育妇"),
  ];
  const summaryTable = table(1, 2, 4, [
    column("A", "unit", "单位"),
    column("B", "weighted", "市级考核(60%)", { weight: 60 }), column("C", "weighted", "县级考核(40%)", { weight: 40 }),
    column("D", "total", "总分"), column("E", "rank", "名次"),
  ]);
  const lay = layout(
    [
      sheetLayout("统计表", { kind: "statistics", relations: statRelations }),
      sheetLayout("城关镇", { kind: "scoring", trees: [scoringTree()] }),
      sheetLayout("汇总表", { kind: "summary", tables: [summaryTable] }),
    ],
    [
      rel.summaryDetail(on("汇总表", "D2"), on("城关镇", "G17"), "城关镇总分"),
      rel.same("签约率", on("统计表", "B13"), on("汇总表", "F2")),
    ],
  );
  return { snapshot: workbook(statistics, scoring, summary), layout: lay };
}

describe("runChecks: every family over one workbook", () => {
  it("finds nothing in a consistent workbook (#DIV/0! in an unrelated cell, a hidden row, rounded shares)", () => {
    const { snapshot, layout } = book();
    expect(runChecks(snapshot, layout)).toEqual([]);
  });

  it("finds each planted contradiction once, sorted by sheet order, row, column", () => {
    const { snapshot, layout } = book(
      { B2: 65670, C6: "6.7%", B9: "97.97%", B12: 5, B16: "107:100" },
      { F3: 120, F11: 7 },
      { D2: 939, E3: 2, B1: "市级考核(60%)" },
    );
    const lay = {
      ...layout,
      sheets: layout.sheets.map((s) =>
        s.name === "汇总表"
          ? { ...s, tables: [{ ...s.tables[0], columns: s.tables[0].columns.map((c) => (c.col === 2 ? { ...c, weight: 30 } : c)) }] }
          : s),
    };
    const found = runChecks(snapshot, lay).map((f) => `${f.sheet}!${f.cell} ${f.kind}`);
    expect(found).toEqual([
      "统计表!B2 sum-mismatch",
      "统计表!C3 share-sum-mismatch",
      "统计表!B9 rate-mismatch",
      "统计表!B12 difference-mismatch",
      "统计表!B16 ratio-mismatch",
      "城关镇!F3 parent-score-mismatch",
      "城关镇!F11 cap-exceeded",
      "汇总表!B1 weight-sum-mismatch",
      "汇总表!D2 summary-detail-mismatch",
      "汇总表!E3 rank-mismatch",
    ]);
  });
});
