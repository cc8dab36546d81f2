/**
 * Issue 10, round 10 (cx): scoring text left unread in clauses made of sentences the reader understands.
 * - requirements each with their own points, one of them stating a figure to reach (建造率达100%(3分),
 *   报酬达负责人的80%以上的计2分,未达到的计0分): parts answered yes/no, the figure what meeting the part is.
 */
import { parseRule, scoreRule } from "../../../src/engine/rules";

const rule = (text: string, max?: number): unknown => {
  const p = parseRule(text, max !== undefined ? { max } : {});
  return p.understood ? p.rule : `not understood: ${p.reasonCode}`;
};
const score = (text: string, value: string, max?: number): number | null => {
  const p = parseRule(text, max !== undefined ? { max } : {});
  return p.understood ? scoreRule(p.rule, value, max).score : null;
};

describe("parts with their own points, one stating a figure to reach", () => {
  it.each([
    // [clause, max, [value, score]...]
    ["建立健全巡查台账得3分,群众满意率达到90%以上的得2分", 5, [["是,是", 5], ["否,是", 2], ["是,否", 3]]],
    ["污水处理设施运行正常(4分);年度资金拨付率不低于95%(2分)", 6, [["是,是", 6], ["是,否", 4], ["否,否", 0]]],
    ["配齐专职网格员记1分;网格员每月补助达800元以上的记2分,达不到的记0分。", 3, [["是,是", 3], ["否,是", 2], ["是,否", 1]]],
    ["学生体质测试合格率达85%以上的,计4分,否则不得分;按时上报测试数据,计2分", 6, [["是,是", 6], ["是,否", 4], ["否,是", 2]]],
    ["村集体经营收入达5万元以上计3分,建立三资台账计2分", 5, [["是,否", 3], ["否,是", 2], ["否,否", 0]]],
  ] as Array<[string, number, Array<[string, number]>]>)("%s", (text, max, cases) => {
    expect((rule(text, max) as { kind: string }).kind).toBe("sub-clauses");
    for (const [value, expected] of cases) expect(score(text, value, max)).toBe(expected);
  });

  it("bands of one figure are tiers, not parts (达90%以上计3分,达80%以上计2分)", () => {
    const text = "群众满意率达到90%以上的得3分,满意率达到80%以上的得2分";
    expect((rule(text, 3) as { kind: string }).kind).toBe("rate-tiers");
    expect(score(text, "85%", 3)).toBe(2);
  });

  it("parts whose points do not make the item's stay refused", () => {
    expect(rule("建立台账得3分,群众满意率达到90%以上的得2分", 6)).toMatch(/^not understood/);
    expect(rule("建立台账得3分,群众满意率达到90%以上的得2分")).toMatch(/^not understood/);
  });

  it("a figure that is a band (80%-90%), not a bound to reach, stays refused as parts", () => {
    expect(rule("建立台账得3分,满意率在80%-90%的得2分", 5)).toMatch(/^not understood/);
  });
});
