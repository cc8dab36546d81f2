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

describe("the standard met in full first, with the item's max and no figure, then bands of a count where the fewer the more (dev11 Q01-01's shape): 0 is the first sentence", () => {
  it.each<[string, number, Case[]]>([
    ["无人违纪得10分,有2人以下违纪得7分,有5人以下违纪得4分", 10, [["0", 10], ["1人", 7], ["2人", 7], ["4人", 4]]],
    ["车辆全部年检的计6分;1辆以下未年检计4分;3辆以下未年检计2分", 6, [["0", 6], ["1辆", 4], ["3辆", 2]]],
    ["全部按时上交得5分;迟交2次以下得3分;迟交3次以上得1分", 5, [["0", 5], ["1次", 3], ["2次", 3], ["4次", 1]]],
    ["①全班按规定佩戴校徽、胸卡得8分;②有2人以下(含2人)未佩戴得6分;③有5人以下(含5人)未佩戴得3分;④有6人以上(含6人)未佩戴得0分。", 8, [["0", 8], ["2人", 6], ["3人", 3], ["6人", 0]]],
  ])("%s", (text, max, cases) => scores(text, max, cases));

  it("near miss: the first sentence below the item's max is no such standard (0 is not its points)", () => {
    expect(score("全部按时上交得4分;迟交2份以下得3分;迟交5份以下得1分", "0", 5)).not.toBe(4);
  });

  it("near miss: a rate's bands are not a count of failings (合格率90%以下得6分 after 全部达标得10分 gives no tier at 0)", () => {
    const p = parseRule("全部达标得10分;合格率90%以下得6分;合格率80%以下得3分", { max: 10 });
    expect(p.understood && p.rule.kind === "rate-tiers" ? p.rule.tiers.some((t) => t.bound === 0) : false).toBe(false);
  });
});

describe("steps of a count earned (1次得2分,3次以上得5分): 超过N is N+1 or more; where more gives fewer points (a count of failings) no steps are read", () => {
  it.each<[string, number, Case[]]>([
    ["召开1次会议得2分,超过2次得5分", 5, [["0", 0], ["1次", 2], ["2次", 2], ["3次", 5]]],
    ["上报1条信息计1分,超过3条计3分", 3, [["1条", 1], ["3条", 1], ["4条", 3]]],
    ["组织1场演练得3分,超过1场得6分", 6, [["1场", 3], ["2场", 6]]],
  ])("%s", (text, max, cases) => scores(text, max, cases));

  it.each<[string, number]>([
    ["地面有1件杂物给2分,超过2件给1分。", 3],
    ["发现1处垃圾得4分,3处以上得2分", 5],
    ["台账缺1本得3分,缺4本以上得1分", 4],
  ])("the more, the fewer points: none is not the lowest step's 0 — refused (%s)", (text, max) => {
    expect(score(text, "0", max)).toBeNull();
  });
});
