/**
 * Round 11, the integrator's two readings (issue 10): confident scores found on rewordings by the np helper.
 * - A rate of failings named with a step and no direction (不及格率每1个百分点扣1分): each point of that rate takes
 *   the points — it is not a shortfall below 100% (5% had scored −95).
 * - Deductions of different points standing alone (no max), not said as requirements met (被县、市、省通报批评的,
 *   分别扣2分、4分、6分): one 是 does not say which happened — it had scored the sum of all (−12).
 */
import { parseRule, scoreRule } from "../../../src/engine/rules";

const score = (text: string, value: string | number, max?: number): number | null => {
  const p = parseRule(text, max !== undefined ? { max } : {});
  if (!p.understood) throw new Error(`not understood: ${text}: ${p.reason}`);
  return scoreRule(p.rule, value, max).score;
};

describe("a rate of failings with a step and no direction: each point of it takes the points", () => {
  it.each<[string, number | undefined, string, number]>([
    ["不及格率每1个百分点扣1分", 10, "5%", 5],
    ["不及格率每1个百分点扣1分", 10, "0", 10],
    ["不及格率每1个百分点扣1分", 10, "12%", 0],
    ["病历书写差错率每一个百分点扣0.5分", 4, "2%", 3],
    ["病历书写差错率每一个百分点扣0.5分", 4, "0%", 4],
    ["学生辍学率每1个百分点扣2分", undefined, "3%", -6],
    ["学生辍学率每1个百分点扣2分", undefined, "0", 0],
    ["投诉处理不及时率每1个百分点扣0.2分", 2, "5%", 1],
  ])("%s (max %s) ← %s = %s", (text, max, value, expected) => {
    expect(score(text, value, max)).toBe(expected);
  });

  it("a rate of what is done, with no direction, stays a shortfall below 100% (as before)", () => {
    expect(score("合格率每1个百分点扣1分", "95%", 10)).toBe(5);
    expect(score("档案完整率每1个百分点扣0.5分", "98%", 4)).toBe(3);
  });

  it("a rate of failings with a direction said above (每超过) stays refused: above what is not said", () => {
    expect(parseRule("差错率每超过1个百分点扣0.4分", { max: 4 }).understood).toBe(false);
  });
});

describe("deductions of different points, no max: one 是 names none of them", () => {
  it.each<[string, string, number | null]>([
    ["被县、市、省通报批评的,分别扣2分、4分、6分", "是", null],
    ["被县、市、省通报批评的,分别扣2分、4分、6分", "1", null],
    ["被县、市、省通报批评的,分别扣2分、4分、6分", "否", 0],
    ["被县、市、省通报批评的,分别扣2分、4分、6分", "否,是,否", -4],
    ["受到乡、县、市级通报的,分别扣1分、3分、5分", "√", null],
    ["受到乡、县、市级通报的,分别扣1分、3分、5分", "县", -3],
    ["上课迟到扣1分,旷课扣3分", "是", null],
    ["上课迟到扣1分,旷课扣3分", "否,是", -3],
  ])("%s ← %s = %s", (text, value, expected) => {
    expect(score(text, value)).toBe(expected);
  });

  it("parts of equal points: a yes stays a count of them (unchanged)", () => {
    expect(score("上课迟到扣2分,旷课扣2分", "是")).toBe(-4);
    expect(score("上课迟到扣2分,旷课扣2分", "1")).toBe(-2);
  });
});
