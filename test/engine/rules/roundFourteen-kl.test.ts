/**
 * Issue 10, round 14 (kl): several kinds, each with its own points, said in a list — round 10's kinds counted apart
 * (one count per kind in the clause's order, `1,2`), however the kinds are listed.
 */
import { parseRule, scoreRule } from "../../../src/engine/rules";

const parsed = (text: string, max?: number) => parseRule(text, max !== undefined ? { max } : {});
const score = (text: string, value: string, max?: number): number | null => {
  const p = parsed(text, max);
  return p.understood ? scoreRule(p.rule, value, max).score : null;
};
type Case = [string, number | undefined, Array<[string, number]>];

describe("a noun ending in 奖 right before a kind's verb (评奖扣2分/次) is the kind's words, not an earning verb", () => {
  it.each([
    ["冒领奖扣5分/次,迟交申报材料扣1分/次", 10, [["0,0", 10], ["1,2", 3], ["2,0", 0]]],
    ["擅自颁奖每次扣3分;颁奖仪式无故缺席每次扣1分", 10, [["0,0", 10], ["1,2", 5], ["0,4", 6]]],
    ["班级参与评奖弄虚作假的扣4分/次;评奖材料迟交的扣1分/次;", 10, [["0,0", 10], ["1,2", 4], ["3,0", 0]]],
    ["违规评奖扣2分/次,报表迟交扣1分/次", undefined, [["0,0", 0], ["1,1", -3], ["2,0", -4]]],
  ] as Case[])("%s", (text, max, cases) => {
    expect(parsed(text, max).understood).toBe(true);
    for (const [value, expected] of cases) expect(score(text, value, max)).toBe(expected);
  });

  it("奖 with its own amount stays the earning verb", () => {
    expect(score("获评优秀班级奖2分", "是", 2)).toBe(2);
    expect(score("擅自颁奖每次扣3分;颁奖仪式无故缺席每次扣1分", "3", 10)).toBeNull();
  });
});
