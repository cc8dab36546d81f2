/**
 * Issue 10, round 12, `lo`: conventions settled but not read, and confident wrong scores. Rewordings of our own (in
 * no corpus file), each scored on several values, and near misses that must stay refused or score differently.
 */
import { parseRule, scoreRule } from "../../../src/engine/rules";

const score = (text: string, value: string, max?: number): number | null => {
  const p = parseRule(text, max !== undefined ? { max } : {});
  return p.understood ? scoreRule(p.rule, value, max).score : null;
};
const reason = (text: string, max?: number): string | null => {
  const p = parseRule(text, max !== undefined ? { max } : {});
  return p.understood ? null : p.reasonCode ?? null;
};

describe("a lone deduction below the item's max: met the max, not met the max less the points (round 11 convention)", () => {
  it.each<[string, number, number]>([
    // [clause, max, points]
    ["档案未按年度装订成册的,扣3分", 6, 3],
    ["全年未建立安全巡查台账扣1.5分。", 4, 1.5],
    ["没有制定应急预案,扣 2 分", 10, 2],
    ["宣传栏内容未及时更新的减1分", 3, 1],
  ])("%s (max %d)", (text, max, pts) => {
    expect(score(text, "是", max)).toBe(max);
    expect(score(text, "√", max)).toBe(max);
    expect(score(text, "否", max)).toBe(max - pts);
    expect(score(text, "×", max)).toBe(max - pts);
  });
  it("the whole max is still the item answered yes/no, and with no max it is the signed event", () => {
    expect(score("没有制定应急预案,扣 2 分", "否", 2)).toBe(0);
    expect(score("没有制定应急预案,扣 2 分", "是")).toBe(-2);
  });
  it.each<[string, number, string]>([
    // near misses: something else is said about the rest, or the failing is counted
    ["按优、良、差评分。未建立台账扣2分。", 5, "rest-unsaid"],
    ["台账缺件的扣1分", 4, "rest-unsaid"],
    ["未编制年度计划扣2分;计划未执行的不予得分", 8, "rest-unsaid"],
    ["上午和晚上值班人员不在岗扣1分", 6, "once-or-each"],
    ["平时卫生保洁不到位的扣0.5分", 3, "once-or-each"],
  ])("%s (max %d) stays refused", (text, max, code) => {
    expect(reason(text, max)).toBe(code);
    expect(score(text, "否", max)).toBeNull();
  });
});

describe("a measurement typed for a yes/no rule is no answer (达到2亿元以上的计10分, 1亿元 was scored 10)", () => {
  it.each<[string, number, string, string]>([
    // [clause, max, a measurement below the bound, one at it]
    ["达到2亿元以上的计10分,不足2亿元的不计分", 10, "1亿元", "2亿元"],
    ["全年完成植树造林500亩以上得6分", 6, "300亩", "500亩"],
    ["新修通村公路超过15公里的,记8分", 8, "12公里", "16公里"],
    ["年内招商引资到位资金3000万元及以上的给4分,否则不给分", 4, "800万元", "3000万元"],
  ])("%s: refused for a measurement, 是/否 still answer it", (text, max, below, at) => {
    expect(score(text, below, max)).toBeNull();
    expect(score(text, at, max)).toBeNull();
    expect(score(text, "是", max)).toBe(max);
    expect(score(text, "否", max)).toBe(0);
  });
  it("a count of people or times still says there were some (near miss: not a measurement)", () => {
    expect(score("有专人负责档案管理的得5分", "2人", 5)).toBe(5);
    expect(score("有专人负责档案管理的得5分", "0", 5)).toBe(0);
  });
});
