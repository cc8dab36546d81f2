/**
 * A standard that is only points ("1分/项") in a column headed 扣分标准: the heading says the points
 * are taken, as dev2 E16 (a 市容环境卫生 check list, test/corpus/clauses/dev2.json) publishes it —
 * read the same in the workbook as `assess rule --item` reads it.
 */
import { analyzeWorkbook } from "../../../src/engine";
import type { CellValue } from "../../../src/engine/grid";

function scored(standardHeader: string): { scores: Array<[string, number | null]>; unparsed: string[] } {
  const values: CellValue[][] = [
    ["环卫保洁考核表"],
    ["序号", "考核项目", "分值", standardHeader, "检查情况", "得分"],
    [1, "清扫保洁人员没有在岗在位", 10, "1分/项", "3项", null],
    [2, "路面有积尘、泥沙、烟头等垃圾", 10, "2分/项", "1项", null],
    ["", "合计", 20, null, null, null],
  ];
  const a = analyzeWorkbook({ sheets: [{ name: "考核表", values }] }, { values: false });
  return {
    scores: (a.scores ?? []).map((s) => [s.cell, s.value] as [string, number | null]),
    unparsed: a.findings.filter((f) => f.kind === "unparsed-rule").map((f) => f.cell),
  };
}

describe("the standard column's heading gives a points-only standard its sign", () => {
  it("under 扣分标准, 1分/项 with 3项 is 10 − 3 = 7, 2分/项 with 1项 is 8, the total 15", () => {
    expect(scored("扣分标准")).toEqual({ scores: [["F3", 7], ["F4", 8], ["F5", 15]], unparsed: [] });
  });
  it("under 评分标准 (no sign) the same cells are not understood, and nothing is guessed", () => {
    const r = scored("评分标准");
    expect(r.unparsed).toEqual(["D3", "D4"]);
    expect(r.scores.filter(([cell]) => cell === "F3" || cell === "F4")).toEqual([]);
  });
});
