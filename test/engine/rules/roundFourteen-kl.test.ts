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

describe("kinds named in a list (、 和 及), then 分别 and as many points: each kind counted apart, in order", () => {
  it.each([
    ["区级、市级示范校分别加1分、3分", undefined, [["0,0", 0], ["2,1", 5], ["4,1", 7]]],
    ["发表在校刊和区刊的文章分别加1分、2分", undefined, [["0,0", 0], ["2,1", 4], ["0,3", 6]]],
    ["迟报一次扣0.5分;被乡、县及县以上检查通报的,每项分别扣1分、2分、3分", 10, [["0,0,0,0", 10], ["2,1,0,0", 8], ["0,1,1,1", 4]]],
  ] as Case[])("%s", (text, max, cases) => {
    expect(parsed(text, max).understood).toBe(true);
    for (const [value, expected] of cases) expect(score(text, value, max)).toBe(expected);
  });

  it("kinds and points not as many, grades or states, an occurrence's order, or one figure for all stay unscored", () => {
    expect(parsed("省、市、县级表彰分别加3分、2分").understood).toBe(false);
    expect(parsed("优秀、良好分别加2分、1分").understood).toBe(false);
    expect(parsed("第一次、第二次分别扣1分、2分", 10).understood).toBe(false);
    expect(score("区级、市级示范校分别加1分、3分", "3")).toBeNull();
  });
});
