/**
 * Issue 10, round 14, `cw`: confident wrong readings refused (or read) by construct — rewordings of our own (in no
 * corpus file), each on several values, with near misses that keep their reading.
 */
import { parseRule, scoreRule } from "../../../src/engine/rules";

const score = (text: string, value: string | number, max?: number): number | null => {
  const p = parseRule(text, max !== undefined ? { max } : {});
  return p.understood ? scoreRule(p.rule, value, max).score : null;
};
const reason = (text: string, max?: number): string | undefined => {
  const p = parseRule(text, max !== undefined ? { max } : {});
  return p.understood ? "understood" : p.reasonCode;
};

describe("a run or a bound reached (连续3次, 累计2个月, 3次…的) is met once, not a step per so many", () => {
  it.each<[string, number, string, string]>([
    ["连续3次检查不合格的扣5分", 10, "3次", "6次"],
    ["台账连续两个月未更新的,扣4分", 10, "2个月", "4个月"],
    ["安全例会累计缺席三次者扣2分", 8, "3次", "6次"],
    ["同一隐患连续被督查组通报两次的扣3分。", 6, "2次", "5次"],
    ["值班人员四天未到岗的扣6分", 12, "4天", "8天"],
    ["被上级点名批评2次的,扣1分", 5, "2次", "4次"],
  ])("%s (max %s) → refused bound-not-step", (text, max, a, b) => {
    expect(reason(text, max)).toBe("bound-not-step");
    expect(score(text, a, max)).toBeNull();
    expect(score(text, b, max)).toBeNull();
  });

  it("near misses: a step said with 每 (每3次, 每两次) or a count of one keep their reading", () => {
    expect(score("每3次不合格扣5分", "3次", 10)).toBe(5);
    expect(score("每3次不合格扣5分", "6次", 10)).toBe(0);
    expect(score("会议缺席者,每两次扣1分", "4次", 6)).toBe(4);
    expect(score("会议缺席者,每两次扣1分", "2次", 6)).toBe(5);
    expect(score("检查不合格一次扣2分,扣完为止", "2次", 10)).toBe(6);
    expect(score("检查不合格一次扣2分,扣完为止", "6次", 10)).toBe(0);
  });
});
