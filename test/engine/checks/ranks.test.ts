import { checkRanks, competitionRank } from "../../../src/engine/checks/ranks";
import type { CellValue } from "../../../src/engine/grid";
import { column, sheet, table } from "./builder";

/** 综合考核得分表: 单位, 稳定低生育水平(20分), 加分, 减分, 总分, 名次 */
function summary(rows: [string, number, CellValue, CellValue][]) {
  return sheet("汇总表", [
    ["单位", "稳定低生育水平(20分)", "总分", "名次"],
    ...rows.map(([u, c, t, r]) => [u, c, t, r]),
  ]);
}
const t = (last: number) =>
  table(1, 2, last, [column("A", "unit", "单位"), column("B", "category", "稳定低生育水平(20分)", { max: 20 }), column("C", "total", "总分"), column("D", "rank", "名次")]);

describe("ranks (名次): competition ranks, ties share (1, 2, 2, 4)", () => {
  it("ranks like Excel's RANK", () => {
    const totals = [955, 929, 929, 912.5];
    expect(totals.map((v) => competitionRank(v, totals))).toEqual([1, 2, 2, 4]);
  });

  it("is silent on 1, 2, 2, 4 for 955, 929, 929, 912.5 in any row order, with a 合计 row without rank", () => {
    const s = summary([["构林镇", 19, 929, 2], ["城关镇", 20, 955, 1], ["穰东镇", 18, 912.5, 4], ["彭桥镇", 19, 929, "2"], ["合计", 76, 3725.5, null]]);
    expect(checkRanks(s, t(6))).toEqual([]);
  });

  it("flags a tie ranked 2 and 3 on the rank cell, expected 2", () => {
    const s = summary([["城关镇", 20, 955, 1], ["构林镇", 19, 929, 2], ["彭桥镇", 19, 929, 3], ["穰东镇", 18, 912.5, 4]]);
    const f = checkRanks(s, t(5));
    expect(f).toEqual([
      expect.objectContaining({ kind: "rank-mismatch", severity: "error", sheet: "汇总表", cell: "D4", related: ["C4", "C2:C3", "C5"], expected: 2, actual: 3 }),
    ]);
    expect(f[0].message).toBe("名次 3 与总分 929 的排名 2 不一致(同分同名次,按从高到低排)");
  });

  it("flags ranks given lowest first", () => {
    const s = summary([["城关镇", 20, 955, 3], ["构林镇", 19, 929, 2], ["穰东镇", 18, 912.5, 1]]);
    expect(checkRanks(s, t(4)).map((f) => [f.cell, f.expected, f.actual])).toEqual([["D2", 1, 3], ["D4", 3, 1]]);
  });

  it("leaves out a unit without a rank (一票否决 “—”) and never flags without ranks", () => {
    const s = summary([["城关镇", 20, 955, 1], ["构林镇", 0, 0, "—"], ["穰东镇", 18, 912.5, 2]]);
    expect(checkRanks(s, t(4))).toEqual([]);
    expect(checkRanks(summary([["城关镇", 20, 955, null], ["穰东镇", 18, 912.5, null]]), t(3))).toEqual([]);
  });
});
