/**
 * Issue 10, round 14 (kx): kinds said without 每, each with its verb and points, beside acts counted by the time —
 * round 10's kinds counted apart (one count per kind in the clause's order), when a shortfall counted in a sentence of
 * its own stands beside them (dev5 H04-02), under the item's points said first as its heading.
 */
import { parseRule, scoreRule } from "../../../src/engine/rules";

const parsed = (text: string, max?: number) => parseRule(text, max !== undefined ? { max } : {});
const score = (text: string, value: string, max?: number): number | null => {
  const p = parsed(text, max);
  return p.understood ? scoreRule(p.rule, value, max).score : null;
};
type Case = [string, number | undefined, Array<[string, number]>];

describe("a bare act in the sentence of an act counted by the time, beside a shortfall counted in its own sentence", () => {
  it.each([
    ["开会迟到每次扣1分,请人代签的扣3分;每月应开展一次安全检查,少一次扣2分", 10, [["0,0,0", 10], ["1,1,1", 4], ["2,0,1", 6]]],
    ["开会迟到每次扣1分,请人代签的扣3分;每月应开展一次安全检查,少一次扣2分", undefined, [["0,0,0", 0], ["1,1,1", -6]]],
    ["值日缺岗每次扣2分,找人顶岗的扣1分。每周须召开一次班会,少开一次扣0.5分", 10, [["0,0,0", 10], ["1,1,1", 6.5], ["2,0,1", 5.5]]],
    ["少交一次周报扣1分;例会缺席一次扣3分,中途离场的扣1分", 10, [["0,0,0", 10], ["1,1,1", 5], ["2,0,1", 7]]],
    ["遵守会议纪律,10分。开会迟到每次扣1分,请人代签的扣3分;少一次扣2分", 10, [["0,0,0", 10], ["1,1,1", 4], ["2,0,1", 6]]],
  ] as Case[])("%s", (text, max, cases) => {
    expect(parsed(text, max).understood).toBe(true);
    for (const [value, expected] of cases) expect(score(text, value, max)).toBe(expected);
  });

  it("a bare act in the shortfall's own sentence (a state of the duty short), or a heading that is not the max, stays unscored", () => {
    expect(parsed("开会迟到每次扣1分;每月应开展一次安全检查,少一次扣2分,未记录的扣1分", 10).understood).toBe(false);
    expect(parsed("遵守会议纪律,8分。开会迟到每次扣1分,请人代签的扣3分;少一次扣2分", 10).understood).toBe(false);
    // one figure for kinds of different points is not read as a total
    expect(score("开会迟到每次扣1分,请人代签的扣3分;每月应开展一次安全检查,少一次扣2分", "3", 10)).toBeNull();
  });
});

describe("acts counted by the time whose words overlap (有垃圾 / 地面有垃圾) are each a kind beside a bare act", () => {
  it.each([
    ["有垃圾每次扣1分。讲台上有垃圾每次扣2分。乱摆放扣3分。", 20, [["0,0,0", 20], ["1,1,1", 14], ["0,2,1", 13]]],
    ["宿舍有异味每次扣2分;走廊有异味每次扣1分;私拉电线的扣5分", undefined, [["0,0,0", 0], ["1,0,1", -7], ["0,3,0", -3]]],
    ["迟到每次扣1分,上课迟到每次扣2分,旷课扣4分", 10, [["0,0,0", 10], ["1,1,1", 3], ["2,1,0", 6]]],
  ] as Case[])("%s", (text, max, cases) => {
    expect(parsed(text, max).understood).toBe(true);
    for (const [value, expected] of cases) expect(score(text, value, max)).toBe(expected);
  });

  it("a bare act whose words are a counted act's stays unscored; the same points beside a bare act stay refused (count-beside-failing)", () => {
    expect(parsed("无请假条者每次扣1分;因故缺席,无请假条者扣2分", 10).understood).toBe(false);
    expect(parsed("有垃圾每次扣1分。讲台上有垃圾每次扣1分。乱摆放扣1分。", 20).understood).toBe(false);
  });
});
