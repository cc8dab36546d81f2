/**
 * A requirement with only its points (the item's max), the settled convention "a task with only its
 * points": done gives the max, not done 0. Words that contain 分, 按 or 评 as subject words (分管领导,
 * 按时, 按要求, 评估报告 …, dev6 K25-01) do not say how points are found; 按…评分, 打分, 分值, 得分 do,
 * and such a clause stays refused.
 */
import { parseRule, scoreRule } from "../../../src/engine/rules";

function score(text: string, value: string, max: number): number | null {
  const p = parseRule(text, { max });
  if (!p.understood) throw new Error(`${text}: ${p.reason}`);
  return scoreRule(p.rule, value, max).score;
}

describe("a requirement with only the item's points, worded with subject words that hold 分/按/评", () => {
  it.each<[string, number]>([
    ["街道重视文化旅游工作,明确分管领导,文化旅游工作经费纳入财政预算。", 1],
    ["明确分管领导和具体工作人员,落实专人负责。", 2],
    ["按时报送统计报表和年度工作总结", 3],
    ["按要求建立垃圾分类工作台账", 2],
    ["完成年度安全评估报告并报县应急局备案", 4],
    ["建立健全部分重点行业监管制度", 2],
  ])("%s (max %d): done → max, not done → 0", (text, max) => {
    expect(score(text, "是", max)).toBe(max);
    expect(score(text, "√", max)).toBe(max);
    expect(score(text, "否", max)).toBe(0);
  });

  it.each<[string, number]>([
    ["按分项打分", 5],
    ["按考核组观摩评分为准", 5],
    ["按工作完成情况评定等次", 5],
    ["依据年终考核结果计分", 5],
    ["分值按实际完成情况确定", 5],
    ["得分详见附表", 5],
  ])("how the points are found said elsewhere stays refused: %s", (text, max) => {
    expect(parseRule(text, { max }).understood).toBe(false);
  });

  it("without the item's max it is not read (the points are nowhere)", () => {
    expect(parseRule("街道重视文化旅游工作,明确分管领导,文化旅游工作经费纳入财政预算。").understood).toBe(false);
  });
});

describe("a requirement with the item's points said beside it (满分N分)", () => {
  it.each<[string, number]>([
    ["(1)园区、镇街住建局是否协助 参加开展建设工程抗震设防要求 检查工作,满分4分。", 4],
    ["是否建立健全工作台账,满分2分", 2],
    ["建立工作台账(满分2分)", 2],
    ["按时报送年度工作总结。满分 3 分", 3],
    ["是否明确分管领导;满分1分", 1],
  ])("%s (max %d): done → max, not done → 0", (text, max) => {
    expect(score(text, "是", max)).toBe(max);
    expect(score(text, "否", max)).toBe(0);
  });
  it("a 满分 other than the item's max is not taken for it", () => {
    expect(parseRule("建立工作台账,满分3分", { max: 2 }).understood).toBe(false);
  });
  it("with other scoring words beside it, it is not a requirement only", () => {
    const p = parseRule("建立工作台账,满分2分,每缺一项扣1分", { max: 2 });
    expect(p.understood && p.rule.kind).not.toBe("all-or-nothing");
  });
});
