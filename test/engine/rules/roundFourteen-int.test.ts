/**
 * Issue 10, round 14 (integrator):
 * - periods are not kinds of case counted apart: 每月、每季度、每年不出现安全事故的,每月、每季度、每年分别奖励3分、5分和10分
 *   (dev19 I28-01, not_scorable) was read by the kinds-named-in-a-list reading (kl) as three kinds counted apart. A year
 *   without an accident holds its quarters and months, so a count per period is not a count of separate cases; the
 *   clause is refused. Places and bodies listed before 分别 keep their reading.
 */
import { parseRule, scoreRule } from "../../../src/engine/rules";
import { INT14_CLAUSES } from "./roundFourteen-int-clauses";

const parsed = (text: string, max?: number) => parseRule(text, max !== undefined ? { max } : {});
const score = (text: string, value: string, max?: number): number | null => {
  const p = parsed(text, max);
  return p.understood ? scoreRule(p.rule, value, max).score : null;
};

describe("periods listed before 分别 are not kinds counted apart", () => {
  it.each([
    // rewordings of my own: other subjects, verbs, periods and points
    "各科室每季度、每年无投诉的,每季度、每年分别加2分、6分",
    "车间每月、每半年未发生质量事故的,每月、每半年分别奖励1分和4分",
    "各村每周、每月按时上报的,每周、每月分别加0.5分、2分",
  ])("%s", (text) => {
    const p = parsed(text);
    expect(p.understood).toBe(false);
  });

  it.each([
    // near misses: bodies and places listed before 分别 are still counted apart, one count per kind in order
    ["市、县现场会在所在地召开分别加3分、1分", "1,2", 5],
    ["受到省级和市级表彰的分别加4分、2分", "2,1", 10],
    ["被乡、县、市通报表扬的,每项分别加1分、2分、3分", "0,1,1", 5],
  ] as Array<[string, string, number]>)("%s", (text, value, expected) => {
    expect(parsed(text).understood).toBe(true);
    expect(score(text, value)).toBe(expected);
    expect(score(text, "0")).toBe(0);
  });
});

/**
 * - deduction bands of a count or a time whose lowest band is said with 以内 (之内, 内) count failings from the first
 *   one on: none (0) takes nothing. 0 fell in the lowest band and was scored as a failing — 迟到10分钟以内扣2分 took 2
 *   points for 0 minutes late (with a max of 5, 0 scored 3). Not where a shortfall is said (以下, 不足, 少于…: 0 is the
 *   worst there).
 */
describe("none within the lowest 以内 band of deductions takes nothing", () => {
  it.each([
    // rewordings of my own: other subjects, measure words, 以内/之内/内, with and without a max
    ["迟到10分钟以内扣2分,超过10分钟扣5分", undefined, [["0", 0], ["5分钟", -2], ["10分钟", -2], ["11分钟", -5]]],
    ["上班迟到15分钟之内的扣1分,超过15分钟的扣3分", 5, [["0", 5], ["15分钟", 4], ["16分钟", 2]]],
    ["病假3天以内扣1分,超过3天扣2分", undefined, [["0", 0], ["2天", -1], ["4天", -2]]],
    ["报送延误2天以内扣0.5分,超过2天扣2分", 4, [["0", 4], ["1天", 3.5], ["3天", 2]]],
  ] as Array<[string, number | undefined, Array<[string, number]>]>)("%s", (text, max, cases) => {
    expect(parsed(text, max).understood).toBe(true);
    for (const [value, expected] of cases) expect(score(text, value, max)).toBe(expected);
  });

  it.each([
    // near misses: a shortfall (不足/以下) keeps 0 in its lowest band
    ["每月开展活动2次以下扣2分,3至4次扣1分", "0", -2],
    ["参训不足10小时扣2分,10至20小时扣1分", "0", -2],
    ["全年培训少于3次扣3分,3至5次扣1分", "0", -3],
  ] as Array<[string, string, number]>)("%s", (text, value, expected) => {
    expect(parsed(text).understood).toBe(true);
    expect(score(text, value)).toBe(expected);
  });
});

/**
 * - a clause that deducts once for a count short of a bound, with no max (开展培训不足3次扣2分), was read as a failing
 *   deducted once: a typed count was taken as failings — 3次 took 2 points and 0 took none, both wrong. Now read as
 *   低于10小时扣1分 already was: below the bound the points are taken, at or past it none. A deduction-once reading
 *   with such a bound in other words is refused.
 */
describe("a count short of a bound deducts below the bound only", () => {
  it.each([
    // rewordings of my own: other subjects, comparators, measure words, 的
    ["开展培训不足3次扣2分", [["0", -2], ["2次", -2], ["3次", 0], ["5次", 0]]],
    ["每月召开例会少于2次的扣1分", [["0", -1], ["1次", -1], ["2次", 0]]],
    ["全年组织演练低于4场扣3分", [["3场", -3], ["4场", 0]]],
  ] as Array<[string, Array<[string, number]>]>)("%s", (text, cases) => {
    expect(parsed(text).understood).toBe(true);
    for (const [value, expected] of cases) expect(score(text, value)).toBe(expected);
  });

  it("a bound already read with a max keeps its reading", () => {
    expect(score("开展培训不足3次扣2分", "2次", 5)).toBe(3);
    expect(score("开展培训不足3次扣2分", "3次", 5)).toBe(5);
  });
});

describe("the round-14 clause list (also run through LibreOffice) scores as listed", () => {
  it.each(INT14_CLAUSES.map((c) => [c.text, c] as const))("%s", (_t, c) => {
    for (const [value, expected] of c.cases) expect(score(c.text, value, c.max ?? undefined)).toBe(expected);
  });
});
