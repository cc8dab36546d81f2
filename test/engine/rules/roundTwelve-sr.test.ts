/**
 * Round 12 (issue 10), `sr`: sub-items scored by a count, excess over a base. Each construct is read however it is
 * said: the wordings below are this file's own (other subjects, measure words, verbs, order), none of them in a
 * corpus file, each scored on two values or more, with a near miss that must stay refused or score otherwise.
 */
import { parseRule, scoreRule } from "../../../src/engine/rules";

const refused = (text: string, max?: number): string | null => {
  const p = parseRule(text, max !== undefined ? { max } : {});
  return p.understood ? null : p.reasonCode;
};
const score = (text: string, value: string, max?: number): number | null => {
  const p = parseRule(text, max !== undefined ? { max } : {});
  return p.understood ? scoreRule(p.rule, value, max).score : null;
};
type Case = [string, number | null];
const scores = (text: string, max: number | undefined, cases: ReadonlyArray<Case>): void => {
  for (const [value, expected] of cases) expect([value, score(text, value, max)]).toEqual([value, expected]);
};

describe("a base of one with its own points, each one more adding past the item's max (dev10 P17-02/03): the base and none are said, more is not", () => {
  it.each<[string, number, Case[]]>([
    ["每季度组织1次安全检查(6分),每多组织1次加2分。", 6, [["0", 0], ["1次", 6], ["2次", null], ["3次", null]]],
    ["村里配备1名兼职信息员(4分),每增加1名另加1分", 4, [["0", 0], ["1名", 4], ["2名", null]]],
    ["班组提交1篇改进建议(5分),每多1篇奖励3分。", 5, [["0", 0], ["1篇", 5], ["4篇", null]]],
    // the base below the item's max, the first step past it
    ["年内举办1期培训班得8分,每增加1期加5分", 10, [["0", 0], ["1期", 8], ["2期", null]]],
  ])("%s", (text, max, cases) => scores(text, max, cases));

  it("a base larger than one: what fewer give is not said (refused), the base is scored", () => {
    scores("开展2次宣传活动(8分),每增加1次加3分。", 8, [["0", null], ["1次", null], ["2次", 8], ["3次", null]]);
  });

  it("near miss: no points of the base's own (从第2件起) with a step past the max stays refused", () => {
    expect(refused("从第2件起,每增加1件奖励15分", 10)).not.toBeNull();
  });
});
