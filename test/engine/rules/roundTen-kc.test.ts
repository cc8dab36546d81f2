/**
 * Issue 10, round 10 (kc): kinds earned apart, each a count of one right before its own points
 * (学生投稿1篇,计5分,教职工投稿1篇,计8分; 每采用1条计10分;…每采用1条计0.5分; 认定每家得2分,授权每件0.5分。本项最高5分) —
 * round 10's convention for kinds counted apart (test/corpus/clauses/README.md): one count per kind in the
 * clause's order, the points summed, at most the cap said after them. Rewordings of the construct in no
 * corpus file (other subjects, measure words, verbs, 每 or a count of one, caps), and near-misses that stay
 * refused or are not read as kinds.
 */
import { parseRule, scoreRule, valueCellFor } from "../../../src/engine/rules";
import { ruleFormula } from "../../../src/engine/rules/formula";

function rule(text: string, max?: number) {
  const p = parseRule(text, max !== undefined ? { max } : {});
  if (!p.understood) throw new Error(`not understood: ${text}: ${p.reason}`);
  return p;
}

const EARNED: ReadonlyArray<readonly [string, number | undefined, ReadonlyArray<readonly [string, number | null]>]> = [
  ["在国家级期刊发表论文1篇计6分,在省级期刊发表论文1篇计3分", undefined, [["1,2", 12], ["0,0", 0], ["无", 0], ["0,3", 9], ["2篇,1篇", 15]]],
  ["每培育市级示范户一户得4分;每培育县级示范户一户得2分,本项最多得10分", 10, [["1,1", 6], ["3,0", 10], ["0,2", 4], ["0", 0]]],
  ["举办专题讲座每场记3分,组织现场观摩每场记1.5分", undefined, [["2场,2场", 9], ["1,0", 3], ["0、1", 1.5]]],
  ["被省级媒体报道1次加2分,被市级媒体报道1次加1分,累计不超过5分", 5, [["1,1", 3], ["2,3", 5], ["0,0", 0]]],
  ["志愿服务:带队组织活动的,每次得2分;参与活动的,每次得0.5分;", undefined, [["1,4", 4], ["3,0", 6]]],
];

describe("kinds earned apart: one count per kind, in the clause's order, summed and capped", () => {
  it.each(EARNED.flatMap(([text, max, cases]) => cases.map(([v, s]) => [text, max, v, s] as const)))("%s (max %s) ← %s → %s", (text, max, v, s) => {
    const p = rule(text, max);
    expect(p.construct).toBe("per-unit-capped");
    expect(scoreRule(p.rule, v, max).score).toBe(s);
  });

  it("one count with no word of which kind, or a count of a kind missing, is refused", () => {
    const p = rule("在国家级期刊发表论文1篇计6分,在省级期刊发表论文1篇计3分");
    expect(scoreRule(p.rule, "2").score).toBeNull();
    expect(scoreRule(p.rule, "2篇").score).toBeNull();
    expect(scoreRule(p.rule, "1,2,3").score).toBeNull();
    expect(scoreRule(p.rule, "1,-2").score).toBeNull();
  });

  it("the value cell and the formula: a list with count words becomes the list the formula splits", () => {
    const p = rule("举办专题讲座每场记3分,组织现场观摩每场记1.5分");
    expect(valueCellFor(p.rule, "2场,2场")).toEqual({ value: "2,2", numberFormat: ';;;"2场,2场"' });
    expect(valueCellFor(p.rule, "1、0")).toEqual({ value: "1,0" });
    const f = ruleFormula(p.rule, "B2");
    expect(f).toContain("SUMPRODUCT");
    expect(f).toContain("{3,1.5}");
  });

  it("near-misses: the same points for every kind, a condition on a kind, another figure, a deduction among them, periods", () => {
    // the same points: one count of them all, not kinds (left to the other readers)
    const same = parseRule("在国家级期刊发表论文1篇计3分,在省级期刊发表论文1篇计3分");
    expect(same.understood && same.rule.kind === "per-unit-capped" && (same.rule.categories ?? []).length > 0).toBe(false);
    for (const text of [
      "影响因子大于2的每篇计10分,其他论文每篇计5分",
      "全年投稿20篇,每篇计0.5分,被采用的每篇计2分",
      "每月计2分,每季度计5分",
      "每月开展活动1次计2分,每季度开展培训1次计5分",
    ]) {
      expect(parseRule(text).understood).toBe(false);
    }
    // (round 11, sk: a deduction among earned kinds, with no max, is a signed kind — roundEleven-sk.test.ts; with a max refused)
    expect(parseRule("每发表1篇计5分,未按时提交的每次扣1分", { max: 20 }).understood).toBe(false);
  });
});

describe("kinds taken off apart, each its points per the unit said after them (扣15分/批次, 扣0.5分/例)", () => {
  const TAKEN: ReadonlyArray<readonly [string, number | undefined, ReadonlyArray<readonly [string, number | null]>]> = [
    ["上课玩手机的扣1分/人次,顶撞老师的扣3分/人次", undefined, [["2,1", -5], ["0,0", 0], ["1人次,0人次", -1]]],
    ["食堂检查:餐具未消毒扣2分/处,生熟不分扣1分/处,扣完为止", 8, [["1,3", 3], ["4,1", 0], ["无", 8]]],
    ["擅自离岗扣0.5分/次;私自换班扣1分/次。", 5, [["2,2", 2], ["0,1", 4]]],
  ];
  it.each(TAKEN.flatMap(([text, max, cases]) => cases.map(([v, s]) => [text, max, v, s] as const)))("%s (max %s) ← %s → %s", (text, max, v, s) => {
    const p = rule(text, max);
    expect(p.construct).toBe("per-case");
    expect(scoreRule(p.rule, v, max).score).toBe(s);
  });

  it("near-misses: a count within each case, a time for a unit, earned beside taken, one count alone, the same points", () => {
    expect(parseRule("迟到1次扣1分/次,迟到3次及以上扣5分/次").understood).toBe(false);
    expect(parseRule("早退扣2分/次,加班超时扣1分/小时").understood).toBe(false);
    // (round 11, sk: earned beside taken, with no max, are signed kinds — roundEleven-sk.test.ts; with a max they stay refused)
    expect(parseRule("值班计2分/次,缺勤扣1分/次", { max: 10 }).understood).toBe(false);
    expect(parseRule("(2)、发生伤残事故:重伤1人扣15分/次;重伤2人及以上扣30分/次;轻伤1人扣10分/次", { max: 60 }).understood).toBe(false);
    const p = rule("上课玩手机的扣1分/人次,顶撞老师的扣3分/人次");
    expect(scoreRule(p.rule, "3").score).toBeNull();
    const same = rule("上课玩手机的扣2分/人次,顶撞老师的扣2分/人次", 10);
    expect(same.rule).toMatchObject({ kind: "per-case", categories: [] });
    expect(scoreRule(same.rule, "3", 10).score).toBe(4);
  });
});

describe("the item's points, then its whole standard of deductions in parentheses (5分(缺席一次扣2分,迟到一次扣1分))", () => {
  const READ: ReadonlyArray<readonly [string, number | undefined, string, number]> = [
    ["6分(脱岗一次扣1分,睡岗一次扣3分)", undefined, "1,1", 2],
    ["6分(脱岗一次扣1分,睡岗一次扣3分)", 6, "0,3", 0],
    ["6分(脱岗一次扣1分,睡岗一次扣3分)", 6, "0,0", 6],
    ["10分(每缺一项扣2分)", 10, "2", 6],
    ["10分(每缺一项扣2分)", undefined, "0", 10],
    ["4分(每迟交一次扣0.5分)。", 4, "2次", 3],
  ];
  it.each(READ)("%s (max %s) ← %s → %s", (text, max, v, s) => {
    const p = rule(text, max);
    expect(scoreRule(p.rule, v, p.max).score).toBe(s);
  });
  it("points before parentheses that are not the item's max are not read as it", () => {
    expect(parseRule("5分(缺席一次扣2分,迟到一次扣1分)", { max: 10 }).understood).toBe(false);
  });
});
