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
