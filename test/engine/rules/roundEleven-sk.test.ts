/**
 * Issue 10, round 11, `sk`: kinds counted apart with mixed signs — in a points tally with no max, kinds that earn
 * points per case beside kinds that lose points per case (round-10 convention: one count per kind in the clause's
 * order, `2,1`). The rule's categories carry their sign (a lost kind's points negative); the evaluator and the
 * written formula sum signed points × counts. Rewordings of our own, in no corpus file; near misses stay refused.
 */
import { parseRule, ruleFormula, scoreRule } from "../../../src/engine/rules";

const score = (text: string, value: string, max?: number): number | null => {
  const p = parseRule(text, max !== undefined ? { max } : {});
  return p.understood ? scoreRule(p.rule, value, max).score : null;
};

describe("earned and lost kinds counted apart, signed, with no max", () => {
  it.each<[string, string, number]>([
    // 每 and a count word, then the verb (other subjects, measure words and verbs than the corpus)
    ["志愿服务每参加一次记3分,无故缺席一次扣1分", "2,0", 6],
    ["志愿服务每参加一次记3分,无故缺席一次扣1分", "1,2", 1],
    ["志愿服务每参加一次记3分,无故缺席一次扣1分", "0,1", -1],
    ["好人好事每件加2分;违反校规每次扣3分", "3,0", 6],
    ["好人好事每件加2分;违反校规每次扣3分", "1,1", -1],
    // the lost kind first (the order of the parts)
    ["迟到每次扣1分,受到表扬每次加2分", "1,2", 3],
    ["迟到每次扣1分,受到表扬每次加2分", "3,0", -3],
    // the points, then the unit they are per
    ["按时提交作业加1分/次,抄袭作业扣5分/次", "4,1", -1],
    ["按时提交作业加1分/次,抄袭作业扣5分/次", "2,0", 2],
    ["整理内务合格得1分/天;被通报批评减2分/次", "10,3", 4],
    // (round 10's near misses, now read: roundTen-kc.test.ts keeps them refused with a max)
    ["每发表1篇计5分,未按时提交的每次扣1分", "2,3", 7],
    ["值班计2分/次,缺勤扣1分/次", "3,4", 2],
    // a trailing note in parentheses
    ["整理内务合格得1分/天;被通报批评减2分/次(以周记录为准)", "2,1", 0],
    // nothing of any kind
    ["好人好事每件加2分;违反校规每次扣3分", "0", 0],
    ["按时提交作业加1分/次,抄袭作业扣5分/次", "无", 0],
  ])("%s ← %s → %s", (text, value, expected) => {
    expect(score(text, value)).toBe(expected);
  });

  it("the categories carry their sign and the formula is written", () => {
    const p = parseRule("志愿服务每参加一次记3分,无故缺席一次扣1分");
    expect(p.understood).toBe(true);
    if (!p.understood) return;
    expect(p.rule.kind).toBe("per-unit-capped");
    expect(p.rule.kind === "per-unit-capped" && p.rule.categories?.map((c) => c.points)).toEqual([3, -1]);
    expect(ruleFormula(p.rule, "B2", undefined)).not.toBeNull();
  });

  it("one count where a count per kind is needed is no score", () => {
    expect(score("志愿服务每参加一次记3分,无故缺席一次扣1分", "2次")).toBeNull();
  });
});

describe("near misses stay refused", () => {
  it.each<[string, number | undefined]>([
    // with a max: whether the lost points come off the max or off the earned ones is not said
    ["志愿服务每参加一次记3分,无故缺席一次扣1分", 10],
    ["按时提交作业加1分/次,抄袭作业扣5分/次", 20],
    // a cap beside signed kinds: the earned side's, or the sum's?
    ["每完成一篇稿件加3分,迟交一次扣1分,最多加10分", undefined],
    // kinds not named: what each count is of is not said
    ["每次加2分,每次扣1分", undefined],
    // a kind with no verb of its own (扣 misplaced before 每): never read as earned
    ["宿舍物品摆放凌乱,扣每间8分,未关灯,每间扣2分", undefined],
  ])("%s (max %s) is refused", (text, max) => {
    expect(parseRule(text, max !== undefined ? { max } : {}).understood).toBe(false);
  });
});
