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

/**
 * - points by the level reached, each tier at or above its own level (and award): 省级(含)以上20分地(市)级(含)以上10分;
 *   the value names the level (and award) reached, 国家级 above 省级, 一等奖 above 三等奖; one meeting no tier scores 0.
 */
describe("points by the level reached, each tier with (含)以上", () => {
  it.each([
    // [clause, max, [value, score]...]
    ["国家级二等奖及以上得10分,省级二等奖及以上得6分,市级二等奖及以上得3分", 10,
      [["国家级一等奖", 10], ["省级二等奖", 6], ["省级一等奖", 6], ["市级一等奖", 3], ["无", 0]]],
    ["全国一等奖(含)以上记12分,省级一等奖(含)以上记6分", 12, [["国家级一等奖", 12], ["省级一等奖", 6], ["无", 0]]],
    ["县级以上计4分、市级以上计8分、省级以上计15分", 15, [["省级", 15], ["国家级", 15], ["市级", 8], ["县级", 4], ["无", 0]]],
    ["省(含)以上6分县(市、区)级(含)以上2分", null, [["国家级", 6], ["省级", 6], ["市级", 2], ["县(市、区)级", 2]]],
  ] as Array<[string, number | null, Array<[string, number]>]>)("%s", (text, max, cases) => {
    const p = parsed(text, max ?? undefined);
    expect(p.understood && p.rule.kind).toBe("grade-tiers");
    for (const [value, expected] of cases) expect(score(text, value, max ?? undefined)).toBe(expected);
  });

  it("a level below the lowest tier, an award below every tier's, or an award where the tiers name one and the value none, is no answer", () => {
    expect(score("国家级二等奖及以上得10分,省级二等奖及以上得6分", "省级三等奖", 10)).toBeNull();
    const text = "省级三等奖(含)以上20分地(市)级三等奖(含)以上10分";
    expect(score(text, "县级一等奖", 20)).toBeNull();
    expect(score(text, "省级", 20)).toBeNull();
    expect(score(text, "校级一等奖", 20)).toBeNull();
  });

  it("stays refused when the points rise as the level falls, or only some tiers name an award", () => {
    expect(parsed("省级以上2分,市级以上6分", 6).understood).toBe(false);
    expect(parsed("省级一等奖以上20分,市级以上10分", 20).understood).toBe(false);
    // 以上 on no tier: not this construct (what a 国家级 value gets is not said)
    const p = parsed("省级20分,市级10分", 20);
    expect(p.understood && p.rule.kind === "grade-tiers" && p.rule.grades.some((g) => g.label === "国家级")).toBe(false);
  });
});
