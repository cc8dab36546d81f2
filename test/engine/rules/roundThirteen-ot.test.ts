/**
 * Issue 10, round 13 (ot): rate clauses and other refusals.
 * - a rate's points at a bound, then only a step up (通过率达到40%以上得2分,每提高10个百分点加0.5分; dev13 S28-04
 *   基础分为通过40%,计2分每增加10%,增加0.5分): the bound's points, each step above adds, at most the bonus's own cap;
 *   below the bound nothing is said — 0, as for the bound alone. A step in another unit, or a deduction said as the
 *   step, is no such bonus.
 * - each occasion earned, then who is given the points after a comma (学生每获得一次市级奖励,指导教师加2分; the construct
 *   of dev5 H20-01 宿舍每得一次优,宿舍成员各加0.1分): the count × the points, as 每获得一次…加2分 is. It had been read
 *   as a yes/no (2次 gave the points once: a confident wrong score); a 每 and a verb before a count left unread beside a
 *   yes/no reading now refuse it.
 */
import { parseRule, scoreRule } from "../../../src/engine/rules";

const parsed = (text: string, max?: number) => parseRule(text, max !== undefined ? { max } : {});
const score = (text: string, value: string, max?: number): number | null => {
  const p = parsed(text, max);
  return p.understood ? scoreRule(p.rule, value, p.max ?? max).score : null;
};

describe("a rate's points at a bound, then a step up only", () => {
  it.each([
    // (rewordings of dev13 S28-04 of our own: other subjects, verbs, order, step units, a cap)
    ["志愿者注册比例达到30%的计3分,每增加5个百分点再加1分", undefined, [["30%", 3], ["35%", 4], ["45%", 6], ["20%", 0]]],
    ["及格率在85%以上的记4分;每高出2%加0.5分,加分最多2分", 6, [["85%", 4], ["89%", 5], ["99%", 6], ["80%", 0]]],
    ["优良率超过60%计5分,每提升10%增加1分", undefined, [["70%", 6], ["90%", 8], ["60%", 0]]],
    ["验收合格率达到90%以上得8分,每提高1个百分点加0.5分,最多加2分", 10, [["90%", 8], ["92%", 9], ["100%", 10], ["89%", 0]]],
  ] as Array<[string, number | undefined, Array<[string, number]>]>)("%s", (text, max, cases) => {
    const p = parsed(text, max);
    expect(p.understood && p.rule.kind).toBe("rate-threshold");
    for (const [value, expected] of cases) expect(score(text, value, max)).toBe(expected);
  });

  it("the corpus clause (dev13 S28-04): 增加 said in full as the verb", () => {
    const text = "外语A、B级、四级三者通过率基础分为通过40%,计2分每增加10%,增加0.5分";
    expect(score(text, "40%")).toBe(2);
    expect(score(text, "50%")).toBe(2.5);
    expect(score(text, "70%")).toBe(3.5);
  });

  it("near misses stay refused: a step in another unit, a step up with more words after it", () => {
    expect(parsed("优良率超过60%计5分,每提升10人增加1分").understood).toBe(false);
    expect(parsed("通过率达到40%以上得2分,每增加10名学生加0.5分").understood).toBe(false);
    expect(parsed("通过率达到40%以上得2分,每提高10个百分点加0.5分,由考核组酌情确定").understood).toBe(false);
  });
});

describe("each occasion earned, the recipient named after a comma", () => {
  it.each([
    ["学生每获得一次市级奖励,指导教师加2分", [["0", 0], ["1次", 2], ["3次", 6]]],
    ["每评上一次先进,该班加1分", [["2次", 2], ["无", 0]]],
    ["团队每荣获一项省级荣誉,全体队员加3分", [["1项", 3], ["2项", 6]]],
    ["每举办一场讲座,主讲教师奖励0.5分", [["4场", 2], ["1场", 0.5]]],
  ] as Array<[string, Array<[string, number]>]>)("%s", (text, cases) => {
    const p = parsed(text);
    expect(p.understood && p.rule.kind).toBe("per-unit-capped");
    for (const [value, expected] of cases) expect(score(text, value)).toBe(expected);
  });

  it("near misses: a condition after the comma stays a yes/no; a recipient the reader cannot tell from a condition is refused, never once", () => {
    const cond = parsed("每村1名后备干部,配齐的得2分", 2);
    expect(cond.understood && cond.rule).toEqual({ kind: "all-or-nothing", points: 2 });
    expect(parsed("每有一篇稿件被采用,作者加1分").understood).toBe(false);
    expect(parsed("每参加一次培训,考试合格的加1分").understood).toBe(false);
  });
});
