/**
 * Issue 10, round 12 (nf): clauses refused as having no points, or points in another scale.
 * - points kept in the sheet's own scale (积点, 积分: 扣除積點1點, 可得積點12點, 扣除3个积分): read as the points
 *   they are, the clause read again as if they were said in 分 — the same reading, the same refusals (a lone
 *   deduction below the max with nothing else said stays refused, as it is with 分). 加分点 / 扣分点, and a scale
 *   with no figure, stay refused.
 */
import { parseRule, scoreRule } from "../../../src/engine/rules";

const parsed = (text: string, max?: number) => parseRule(text, max !== undefined ? { max } : {});
const score = (text: string, value: string, max?: number): number | null => {
  const p = parsed(text, max);
  return p.understood ? scoreRule(p.rule, value, max).score : null;
};

describe("points kept in the sheet's own scale (积点, 积分)", () => {
  it.each([
    // [clause, max, [value, score]...]
    ["夜间擅自外出不归者,扣除其个人积点3点。", null, [["是", -3], ["否", 0], ["有", -3]]],
    ["参加校级志愿活动被评为服务之星的,本人可获5个积分", null, [["是", 5], ["否", 0]]],
    ["值班记录每缺一次扣除积分2分,扣完为止", 10, [["0", 10], ["2次", 6], ["6次", 0]]],
    ["每上交一件拾得物品记积点1.5点", null, [["0", 0], ["2件", 3], ["4件", 6]]],
  ] as Array<[string, number | null, Array<[string, number]>]>)("%s", (text, max, cases) => {
    expect(parsed(text, max ?? undefined).understood).toBe(true);
    for (const [value, expected] of cases) expect(score(text, value, max ?? undefined)).toBe(expected);
  });

  it("reads as the same clause said in 分", () => {
    const pairs: Array<[string, string, number | undefined]> = [
      ["夜间擅自外出不归者,扣除其个人积点3点。", "夜间擅自外出不归者,扣除其个人3分。", undefined],
      ["每上交一件拾得物品记积点1.5点", "每上交一件拾得物品记1.5分", undefined],
      ["值班记录每缺一次扣除积分2分,扣完为止", "值班记录每缺一次扣除2分,扣完为止", 10],
    ];
    for (const [scale, fen, max] of pairs) expect(parsed(scale, max)).toEqual(parsed(fen, max));
  });

  it("stays refused where the same clause in 分 is refused, or the scale has no figure or a sign of its own", () => {
    // a lone deduction below the item's max reads the same in 积点 as in 分 (since lo read the round-11 convention:
    // met the max, not met the max less the points)
    expect(parsed("值班期间擅自离岗的,扣除积点2点", 5)).toEqual(parsed("值班期间擅自离岗的,扣除2分", 5));
    // no figure
    expect(parsed("夜间擅自外出不归者,扣除其个人积点。").understood).toBe(false);
    // a 扣分点 / 加分点 says its own sign: left as it was
    expect(parsed("宿舍内使用违章电器的,记1个扣分点").understood).toBe(false);
  });
});
