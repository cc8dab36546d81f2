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

describe("parts that each end in a grade of one scale are one grade a unit has, not parts that add up", () => {
  // (kb, round 8: 年度考核评为甲等的得5分,乙等的得3分 gave 8 for 是 with no max)
  it.each<[string, number | undefined, Array<[string, number | null]>]>([
    ["年度考核评为甲等的得5分,乙等的得3分", undefined, [["甲等", 5], ["乙等", 3], ["是", null], ["丙等", null]]],
    ["年度考核评为甲等的得5分,乙等的得3分", 5, [["甲等", 5], ["乙等", 3]]],
    ["评为优秀的计3分,良好的计2分,合格的计1分", 3, [["优秀", 3], ["良好", 2], ["合格", 1], ["是", null]]],
    ["被评为A级的得10分,B级的得6分,C级的得3分", undefined, [["A级", 10], ["B级", 6], ["C级", 3]]],
    ["验收评定为一等的加4分;二等的加2分", undefined, [["一等", 4], ["二等", 2]]],
  ])("%s (max %s)", (text, max, cases) => {
    expect((parseRule(text, max !== undefined ? { max } : {}) as { construct?: string }).construct).toBe("grade-tiers");
    for (const [value, expected] of cases) expect(score(text, value, max)).toBe(expected);
  });

  it("parts out of the scale's order, or not each worth less, stay parts", () => {
    expect(rule("评为乙等的得3分,甲等的得5分")).not.toHaveProperty("kind", "grade-tiers");
    expect(rule("评为甲等的得3分,乙等的得3分")).not.toHaveProperty("kind", "grade-tiers");
    expect(rule("建立制度的得2分,台账完整的得3分")).toHaveProperty("kind", "sub-clauses");
  });
});

describe("a rate measured from an average set elsewhere is not a threshold of its own", () => {
  // (qa, round 8: 及格率高于全县平均水平的5%得3分 was read as ≥ 5%)
  it.each([
    "及格率高于全县平均水平的5%得3分",
    "增长率高于全市平均水平2个百分点以上的得5分",
    "優良率高於全縣平均水平的10%得3分",
    "人均收入达到全省平均水平的80%以上得3分",
    "合格率低于全区平均值5%的扣2分",
  ])("%s: refused (figure-elsewhere)", (text) => {
    expect(rule(text, 5)).toBe("not understood: figure-elsewhere");
  });

  it("an average in the standard's description, scored by a count, keeps its reading (dev D13-08)", () => {
    const text = "单个内设机构实际人员配置数不低于内设机构人员平均数的1/2，得1.5分；每有1个内设机构实际人员配置数达不到要求的，扣0.5分";
    expect(score(text, "1个", 1.5)).toBe(1);
  });

  it("above the average with no figure of its own is a yes/no (高于全县平均水平得3分)", () => {
    expect(score("及格率高于全县平均水平得3分", "是", 3)).toBe(3);
    expect(score("及格率达到95%得3分", "96%", 3)).toBe(3);
  });
});
