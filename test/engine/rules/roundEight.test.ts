/**
 * Readings that running every metamorphic property over dev10/dev11 (issue 10, round 8) showed to
 * depend on wording only, each with paraphrases another document would use:
 * - a deduction verb before 每 (扣每桌次12分) was left in the subject text, and the points after the
 *   unit read as earned (扣每项2分 gave +2 per item): now the verb is unread and the clause refused;
 * - a cap said with 奖/奖励 (最多奖励8分) was not a cap, as 最多加8分 is;
 * - a count in a sentence before the full points' own (由值日班级4名学生、1名干部于每天检查。) was taken
 *   for the target of the shortfall after it.
 */
import { parseRule, scoreRule } from "../../../src/engine/rules";

const rule = (text: string, max?: number): unknown => {
  const p = parseRule(text, max !== undefined ? { max } : {});
  return p.understood ? p.rule : `not understood: ${p.reasonCode}`;
};
const score = (text: string, value: string, max?: number): number | null => {
  const p = parseRule(text, max !== undefined ? { max } : {});
  return p.understood ? scoreRule(p.rule, value, max).score : null;
};

describe("a deduction verb before 每 is not left as subject text", () => {
  it.each([
    "扣每项2分",
    "卫生打扫不彻底,扣每桌次12分",
    "未按时上报的,扣每次1分",
    "迟到早退的减每人0.5分",
    "违规停放车辆的罚每辆3分",
    "资料不全的,扣除每项1分",
  ])("%s: refused, never points earned", (text) => {
    expect(rule(text)).toBe("not understood: unread-words");
    expect(rule(text, 10)).toBe("not understood: unread-words");
  });

  it("the verb after the unit still reads (每项扣2分 is a deduction per item)", () => {
    expect(score("每项扣2分", "3项")).toBe(-6);
    expect(score("每桌次扣2分", "1桌次")).toBe(-2);
  });

  it("a verb earning before 每 is unchanged (加每篇1分 keeps its reading)", () => {
    expect(rule("加每篇1分")).toEqual(rule("每篇加1分"));
  });
});

describe("a cap said with 奖/奖励 is a cap", () => {
  it.each<[string, string]>([
    ["凡具备以上条件之一的每项加 2 分,最多加 8 分。", "凡具备以上条件之一的每项奖励 2 分,最多奖励 8 分。"],
    ["每项加2分,最多加8分", "每项奖2分,最多奖8分"],
    ["每篇加1分,最高加3分", "每篇奖励1分,最高奖励3分"],
    ["每获一次表彰加2分,最多加6分", "每获一次表彰奖励2分,最多奖励6分"],
  ])("%s ≡ %s", (a, b) => {
    expect(typeof rule(a)).toBe("object");
    expect(rule(b)).toEqual(rule(a));
  });

  it("scores to the cap (dev11 Q21-02: 2 per condition met, at most 8)", () => {
    const text = "凡具备以上条件之一的每项奖励 2 分,最多奖励 8 分。";
    expect(score(text, "0")).toBe(0);
    expect(score(text, "1项")).toBe(2);
    expect(score(text, "4项")).toBe(8);
    expect(score(text, "5项")).toBe(8);
  });
});

describe("a count in a sentence before the full points' own is not their target", () => {
  it.each<[string, number, Array<[string, number]>]>([
    // dev11 Q17-03, the hand-worked cases
    ["由值日班级4名学生、1名干部于每天检查。全班认真参与并做得标准的得10分,不做1人扣1分,扣完为止。", 10, [["0", 10], ["2人", 8], ["10人", 0], ["11人", 0]]],
    ["由2名教师于每周检查。全部做到的得6分,缺1人扣1分,扣完为止。", 6, [["0", 6], ["1人", 5], ["7人", 0]]],
    ["每天安排3名学生干部巡查;全员参加的计5分,缺席1人扣0.5分,扣完为止", 5, [["0", 5], ["4人", 3], ["10人", 0]]],
  ])("%s", (text, max, cases) => {
    for (const [value, expected] of cases) expect(score(text, value, max)).toBe(expected);
  });

  it("a count in the full points' own sentence is still the target (参加5人以上的得5分,少1人扣1分)", () => {
    expect(score("参加5人以上的得5分,少1人扣1分", "少2人", 5)).toBe(3);
  });

  it("the same counts in the one sentence still need two figures (who checks, or the target?)", () => {
    expect(rule("由值日班级4名学生、1名干部每天检查,全班认真参与并做得标准的得10分,不做1人扣1分,扣完为止。", 10)).toBe("not understood: several-counts");
  });
});

describe("否 on a count of failings out of an item's points says the standard is not met, not how many failed", () => {
  // (kb, round 8: 否/× counted as 0 failings gave the full points)
  it.each<[string, number]>([
    ["制度健全的记5分,缺少一项扣1分", 5],
    ["每发现一起违规扣2分", 10],
    ["资料不全的,每缺一项扣0.5分,扣完为止", 3],
    ["未按时上报的,每次扣1分", 4],
  ])("%s (max %d): 否, ×, 未完成 refused; 无 and counts scored", (text, max) => {
    for (const v of ["否", "×", "未完成", "不合格"]) expect(score(text, v, max)).toBeNull();
    expect(score(text, "无", max)).toBe(max);
    expect(score(text, "0", max)).toBe(max);
    expect(score(text, "1项", max)).not.toBeNull();
  });

  it("with no points of the item's own (max null), 否 still says the event did not happen", () => {
    expect(score("每发现一起违规扣2分", "否")).toBe(0);
    expect(score("每发现一起违规扣2分", "2起")).toBe(-4);
  });
});
