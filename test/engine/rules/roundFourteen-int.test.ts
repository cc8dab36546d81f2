/**
 * Issue 10, round 14 (integrator):
 * - periods are not kinds of case counted apart: 每月、每季度、每年不出现安全事故的,每月、每季度、每年分别奖励3分、5分和10分
 *   (dev19 I28-01, not_scorable) was read by the kinds-named-in-a-list reading (kl) as three kinds counted apart. A year
 *   without an accident holds its quarters and months, so a count per period is not a count of separate cases; the
 *   clause is refused. Places and bodies listed before 分别 keep their reading.
 */
import { parseRule, scoreRule } from "../../../src/engine/rules";

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
