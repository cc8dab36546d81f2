/**
 * Readings that dev6/dev7 showed to depend on wording only (found by running every metamorphic
 * property over them): points followed by a note, 每一次N分 like 每次N分, 每一人每一次 like 每人每次.
 */
import { parseRule, scoreRule } from "../../../src/engine/rules";

const rule = (text: string, max?: number): unknown => {
  const p = parseRule(text, max !== undefined ? { max } : {});
  return p.understood ? p.rule : `not understood: ${p.reasonCode}`;
};

describe("wording-only differences", () => {
  it.each<[string, string, number]>([
    ["1. 建立组织、队伍。设立婚姻家庭纠纷人民调解委员会。10分", "1. 建立组织、队伍。设立婚姻家庭纠纷人民调解委员会。10分（以台账资料为准）", 10],
    ["建立工作台账,2分", "建立工作台账,2分(备注:按年度统计)", 2],
    ["每次会议0.5分", "每一次会议0.5分", 3],
    ["坚持每季召开工会班子会议1次以上,每次1分。", "坚持每季召开工会班子会议1次以上,每一次1分。", 4],
  ])("%s ≡ %s", (a, b, max) => {
    expect(rule(b, max)).toEqual(rule(a, max));
    expect(typeof rule(a, max)).toBe("object");
  });

  it("a note after points reads as without it: done → the points", () => {
    const p = parseRule("设立调解室。10分（以台账资料为准）", { max: 10 });
    expect(p.understood && scoreRule(p.rule, "是", 10).score).toBe(10);
  });

  it("a mark's bound in parentheses after its points stays a bound (60分(含)以上得2分)", () => {
    const p = parseRule("综合评分60分(含)以上得2分", { max: 2 });
    expect(p.understood && scoreRule(p.rule, "60分", 2).score).toBe(2);
    expect(p.understood && scoreRule(p.rule, "59分", 2).score).toBe(0);
  });

  // (round 11: two kinds of person-times are one count per kind, the round 10 convention)
  it("每一人每一次 reads as 每人每次 does", () => {
    expect(rule("迟到每一人每一次扣2分,旷会每一人每一次扣5分")).toMatchObject({ kind: "per-case", unit: "人次", points: 2, pointsMax: 5 });
    expect(rule("迟到每人每次扣2分,旷会每人每次扣5分")).toMatchObject({ kind: "per-case", unit: "人次", points: 2, pointsMax: 5 });
  });

  it("points alone with a note stay points alone (no heading: not understood)", () => {
    expect(rule("1分（备注：按年度统计）", 1)).toEqual(rule("1分", 1));
  });
});
