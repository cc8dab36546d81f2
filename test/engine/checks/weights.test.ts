import { checkWeights } from "../../../src/engine/checks/weights";
import { column, sheet, table } from "./builder";

/** 市级考核占60%, 县级考核占40% (seed 001), a two-row header with the weights in merged group cells */
const s = (city: string, county: string) =>
  sheet("汇总表", [
    ["单位", city, null, county, null, "综合得分"],
    [null, "得分", "折算", "得分", "折算", null],
    ["城关镇", 92, 55.2, 90, 36, 91.2],
  ], { merges: ["B1:C1", "D1:E1"] });
const t = (w1: number, w2: number) =>
  table(1, 3, 3, [
    column("A", "unit", "单位"),
    column("B", "total", "市级考核(60%)/得分"), column("C", "weighted", "市级考核(60%)/折算", { weight: w1 }),
    column("D", "total", "县级考核(40%)/得分"), column("E", "weighted", "县级考核(40%)/折算", { weight: w2 }),
    column("F", "total", "综合得分"),
  ], 2);

describe("weights add up to 100%", () => {
  it("is silent on 60% + 40%", () => {
    expect(checkWeights(s("市级考核(60%)", "县级考核(40%)"), t(60, 40))).toEqual([]);
  });

  it("flags 60% + 30% on the header cell of the first weighted part", () => {
    const f = checkWeights(s("市级考核(60%)", "县级考核(30%)"), t(60, 30));
    expect(f).toEqual([
      expect.objectContaining({ kind: "weight-sum-mismatch", severity: "error", sheet: "汇总表", cell: "B1", related: ["D1"], expected: 100, actual: 90 }),
    ]);
    expect(f[0].message).toBe("权重 60% + 30% = 90%,不等于 100%(相差 10 个百分点)");
  });

  it("says nothing about a single weighted column (its partner may not be labelled)", () => {
    const one = table(1, 3, 3, [column("C", "weighted", "按60%计算", { weight: 60 })], 2);
    expect(checkWeights(s("按60%计算", "县级"), one)).toEqual([]);
  });
});
