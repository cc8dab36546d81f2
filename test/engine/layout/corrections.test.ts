/**
 * Corrections a clerk made, kept in the workbook's hidden corrections sheet and applied on the
 * next reading: a column role, an item's level, a sheet's kind.
 */
import { CORRECTIONS_SHEET, correctionRows, understandWorkbook } from "../../../src/engine/layout";
import { sheet, shown } from "./build";

const scoring = sheet("考核表", [
  ["序号", "考核项目", "分值", "评分标准", "得分情况"],
  ["一", "组织领导", 30, null, 28],
  ["1", "成立领导小组", 10, "有正式文件计10分,否则不计分", 10],
  [null, "召开专题会议", 20, "召开1-2次会议计5分", 18],
]);
const stats = sheet("统计", [
  ["单位", "男", "女", "合计"],
  ["城关镇", 450, 408, 858],
]);

describe("corrections remembered in the workbook", () => {
  it("without corrections the unknown column stays 'other' and the unnumbered row is a sibling", () => {
    const wb = understandWorkbook({ sheets: [scoring, stats] });
    const tree = wb.sheets[0].trees[0];
    expect(wb.sheets[0].tables[0].columns[4].role).toBe("other");
    expect(tree.scoreCol).toBeUndefined();
    expect(tree.items.map((i) => [i.row + 1, i.level, i.parent === undefined ? null : i.parent + 1])).toEqual([[2, 0, null], [3, 2, 2], [4, 2, 2]]);
    expect(shown(wb.sheets[1].relations)).toEqual(["sum D2 = B2:C2"]);
  });

  it("applies a column role, an item level and a sheet kind from the corrections sheet", () => {
    const rows = correctionRows([
      { sheet: "考核表", what: "column", col: 4, role: "score" },
      { sheet: "考核表", what: "level", row: 3, level: 3 },
      { sheet: "统计", what: "kind", kind: "other" },
    ]);
    expect(rows).toEqual([
      ["sheet", "what", "where", "value"],
      ["考核表", "column", "E", "score"],
      ["考核表", "level", "4", "3"],
      ["统计", "kind", "", "other"],
    ]);
    const wb = understandWorkbook({ sheets: [scoring, stats, { ...sheet(CORRECTIONS_SHEET, rows), hidden: true }] });
    const tree = wb.sheets[0].trees[0];
    expect(tree.scoreCol).toBe(4);
    expect(tree.items.map((i) => [i.row + 1, i.level, i.parent === undefined ? null : i.parent + 1])).toEqual([[2, 0, null], [3, 2, 2], [4, 3, 3]]);
    expect(wb.sheets[1].kind).toBe("other");
    expect(wb.sheets[1].relations).toEqual([]);
    expect(wb.sheets[2]).toMatchObject({ name: CORRECTIONS_SHEET, kind: "other", tables: [] });
  });
});
