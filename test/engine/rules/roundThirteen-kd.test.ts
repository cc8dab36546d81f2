/**
 * Issue 10, round 13 (kd): several kinds counted apart (round 10 convention), still refused by earlier guards.
 * - A kind's deduction verb with whose points between it and the points (扣除当月绩效考核3分, 扣本人考核分2分): the
 *   round-6 guard refused different points so said as "several figures"; round 10 settled kinds counted apart as
 *   scorable, one count per kind in the clause's order, so they are read like 每次扣3分,…每次扣1分.
 */
import { parseRule, scoreRule } from "../../../src/engine/rules";

const parsed = (text: string, max?: number) => parseRule(text, max !== undefined ? { max } : {});
const score = (text: string, value: string, max?: number): number | null => {
  const p = parsed(text, max);
  return p.understood ? scoreRule(p.rule, value, max).score : null;
};
type Case = [string, number | undefined, Array<[string, number]>];

describe("kinds counted apart whose verb names whose points (扣除当月绩效考核3分)", () => {
  it.each([
    ["迟到者每次扣除本人当月考核分2分,旷工者每次扣除本人当月考核分5分", undefined, [["0,0", 0], ["1,0", -2], ["2,1", -9]]],
    ["值日生未拖地的每次扣该班量化积分1分;窗台积灰的每次扣该班量化积分0.5分;门窗未关的每次扣该班量化积分2分", undefined,
      [["0,0,0", 0], ["1,2,0", -2], ["0,0,3", -6]]],
    ["车辆未入库每辆次扣驾驶员月度考核4分,油料超耗每辆次扣驾驶员月度考核1分", 20, [["0,0", 20], ["2,3", 9], ["5,1", 0]]],
    ["会议无故缺席的每人扣除所在科室年度考评3分,会议中途离场的每人扣除所在科室年度考评1分,会议中接打电话的每人扣除所在科室年度考评0.5分", 10,
      [["0,0,0", 10], ["1,1,2", 5], ["3,2,0", 0]]],
  ] as Case[])("%s", (text, max, cases) => {
    expect(parsed(text, max).understood).toBe(true);
    for (const [value, expected] of cases) expect(score(text, value, max)).toBe(expected);
  });

  it("scores as the same kinds said without whose points", () => {
    const plain = "迟到者每次扣2分,旷工者每次扣5分";
    const whose = "迟到者每次扣除本人当月考核分2分,旷工者每次扣除本人当月考核分5分";
    for (const value of ["0,0", "1,0", "0,3", "4,2"]) expect(score(whose, value, 20)).toBe(score(plain, value, 20));
  });

  it("an earned kind beside a deducted one, or one count for kinds of different points, stays unscored", () => {
    expect(parsed("主动清扫者每次奖励当月绩效考核3分,清扫不彻底的每次扣除当月绩效考核1分;").understood).toBe(false);
    // (one figure for two kinds of different points is no count of either)
    expect(score("迟到者每次扣除本人当月考核分2分,旷工者每次扣除本人当月考核分5分", "3", 20)).toBeNull();
  });
});

describe("the floor said again after each kind (…扣完为止。…扣完为止) is the item's one floor", () => {
  it.each([
    ["病历每缺一份扣2分,扣完为止。处方每错一张扣0.5分,扣完为止。", 10, [["0,0", 10], ["2,4", 4], ["4,6", 0]]],
    ["每漏报一户扣1分,扣完本项分为止;每迟报一天扣0.5分,扣完本项分为止;每错报一处扣2分,扣完本项分为止", 8,
      [["0,0,0", 8], ["1,2,1", 4], ["3,0,3", 0]]],
    ["宿舍每发现一名晚归学生扣0.5分,扣完为止;每发现一次违规用电扣3分,扣完为止", 6, [["0,0", 6], ["2,1", 2], ["0,2", 0]]],
  ] as Case[])("%s", (text, max, cases) => {
    expect(parsed(text, max).understood).toBe(true);
    for (const [value, expected] of cases) expect(score(text, value, max)).toBe(expected);
  });

  it("scores as the same kinds with the floor said once", () => {
    const once = "病历每缺一份扣2分;处方每错一张扣0.5分,扣完为止。";
    const twice = "病历每缺一份扣2分,扣完为止。处方每错一张扣0.5分,扣完为止。";
    for (const value of ["0,0", "1,1", "3,3", "5,0"]) expect(score(twice, value, 10)).toBe(score(once, value, 10));
  });

  it("a floor after each kind beside an earned part stays refused", () => {
    expect(parsed("每少开一次会扣3分,扣完为止;每缺一份记录扣1分,扣完为止;会议达到要求的加1分", 10).understood).toBe(false);
  });
});

describe("a cap joined to the last of kinds parted by ; or 。 may be that kind's own: refused, not taken for the whole", () => {
  it.each([
    "缺席每人扣2分;迟到每人次扣1分,最多扣3分",
    "台账每缺一本扣1分。报表每迟报一次扣0.5分,最多扣2分",
    "每发现一处积水扣0.5分;每发现一处垃圾扣1分,此项最多扣4分",
  ])("%s", (text) => {
    expect(parsed(text, 10).understood).toBe(false);
  });

  it("a cap said after kinds all parted by commas, or in a part of its own, stays the whole's", () => {
    expect(score("缺席每人扣2分,迟到每人次扣1分,最多扣3分", "2,2", 10)).toBe(7);
    expect(score("缺席每人扣2分;迟到每人次扣1分;最多扣3分", "0,1", 10)).toBe(9);
    expect(score("缺席每人扣2分;迟到每人次扣1分;最多扣3分", "2,2", 10)).toBe(7);
  });
});
