import { checkShares } from "../../../src/engine/checks/shares";
import type { CellValue } from "../../../src/engine/grid";
import { rel, sheet } from "./builder";

/** 已婚育妇65669人: 一孩26907 占40.97%, 二孩26910 占40.98%, 多孩8759 占13.3%, 无孩3093 占4.7% (seed 000) */
const s = (shares: CellValue[], formats: Record<string, string> = {}) =>
  sheet("表", [["一孩", 26907, shares[0]], ["二孩", 26910, shares[1]], ["多孩", 8759, shares[2]], ["无孩", 3093, shares[3]]], { formats });
const r = rel.shares(["C1:C4"], "已婚育妇构成");

describe("shares of one whole add up to 100%", () => {
  it("40.97 + 40.98 + 13.3 + 4.7 = 99.95 is 100 within the rounding of the shares", () => {
    expect(checkShares(s(["40.97%", "40.98%", "13.3%", "4.7%"]), [r])).toEqual([]);
    expect(checkShares(s([40.97, 40.98, 13.3, 4.7]), [r])).toEqual([]);
  });

  it("reads percent-formatted numbers and fractions", () => {
    const pct = { C1: "0.00%", C2: "0.00%", C3: "0.0%", C4: "0.0%" };
    expect(checkShares(s([0.4097, 0.4098, 0.133, 0.047], pct), [r])).toEqual([]);
    expect(checkShares(s([0.4097, 0.4098, 0.133, 0.047]), [r])).toEqual([]);
  });

  it("flags shares that add to 101.95% on the first share, with all shares related", () => {
    const f = checkShares(s(["40.97%", "40.98%", "13.3%", "6.7%"]), [r]);
    expect(f).toEqual([
      expect.objectContaining({
        kind: "share-sum-mismatch", severity: "error", cell: "C1", related: ["C1:C4"], expected: 100, actual: 101.95,
      }),
    ]);
    expect(f[0].message).toBe("已婚育妇构成各项之和 101.95% 不等于 100%(相差 1.95)");
  });

  it("flags 99.5 from shares with two decimals (beyond their rounding)", () => {
    expect(checkShares(s([40.47, 40.98, 13.35, 4.7]), [r])).toHaveLength(1);
  });

  it("never flags when a share is missing", () => {
    expect(checkShares(s(["40.97%", "40.98%", "13.3%", null]), [r])).toEqual([]);
  });
});

describe("a share column holding several wholes, or none", () => {
  /** a 公报's 人口构成: 男/女 then 城镇/乡村, each pair a whole of 100% (200% down the column) */
  const two = (shares: CellValue[]) =>
    sheet("构成", [["男", 72334, shares[0]], ["女", 68841, shares[1]], ["城镇", 91425, shares[2]], ["乡村", 49750, shares[3]]]);
  const r2 = rel.shares(["C1:C4"], "占总人口比重");

  it("stays silent when each consecutive group makes 100% (51.24 + 48.76, 64.76 + 35.24)", () => {
    expect(checkShares(two([51.24, 48.76, 64.76, 35.24]), [r2])).toEqual([]);
  });

  it("flags a group that does not make its 100% (城镇 64.76 + 乡村 36.24 = 101)", () => {
    const f = checkShares(two([51.24, 48.76, 64.76, 36.24]), [r2]);
    expect(f).toEqual([expect.objectContaining({ kind: "share-sum-mismatch", cell: "C1", actual: 201 })]);
  });

  it("does not add up a column of shares each of its own base (占同龄人口比重: 373.81%, no multiple of 100)", () => {
    const own = sheet("独生子女", [["0岁", 1, 95.12], ["1-4岁", 2, 98.3], ["5-9岁", 3, 90.4], ["10-14岁", 4, 89.99]]);
    expect(checkShares(own, [rel.shares(["C1:C4"], "占同龄人口比重")])).toEqual([]);
  });

  it("still flags one whole that misses by less than half of it (145%: a mistyped share)", () => {
    expect(checkShares(two([51.24, 48.76, 40, 5]), [r2])).toEqual([expect.objectContaining({ actual: 145 })]);
  });
});
