/**
 * Issue 10, round 11, `np`: clauses refused as "no points found", with values not read, or as needing several
 * figures where one count per kind gives the score — each construct read however it is said, with rewordings of
 * our own (in no corpus file) scored on several values, and a near miss that must stay refused or score differently.
 */
import { parseRule, scoreRule } from "../../../src/engine/rules";

const score = (text: string, value: string, max?: number): number | null => {
  const p = parseRule(text, max !== undefined ? { max } : {});
  return p.understood ? scoreRule(p.rule, value, max).score : null;
};

describe("每X每次: each thing scored again each time — one figure, the X-times, also for several kinds counted apart", () => {
  // (dev7 L06-01 迟到每人每次扣2分,旷会每人每次扣5分; dev12 R21-03 每个单位每次扣1分)
  it.each<[string, number | undefined, string, number]>([
    ["上课玩手机每人每次扣1分,顶撞老师每人每次扣3分", undefined, "2,1", -5],
    ["上课玩手机每人每次扣1分,顶撞老师每人每次扣3分", undefined, "0,0", 0],
    ["卫生检查中乱堆杂物的每项每次扣0.5分;私拉电线的每项每次扣2分", 10, "2,1", 7],
    ["卫生检查中乱堆杂物的每项每次扣0.5分;私拉电线的每项每次扣2分", 10, "0,6", 0],
    ["会议无故缺席的,每人每次扣2分;中途离会的,每人每次扣1分。", undefined, "1,3", -5],
    ["各村上报数据不及时的,每村每次扣0.5分", 5, "4次", 3],
    ["各村上报数据不及时的,每村每次扣0.5分", 5, "0", 5],
    ["对督办件逾期未办结的,每个部门每次扣2分,扣完为止", 10, "3次", 4],
    ["对督办件逾期未办结的,每个部门每次扣2分,扣完为止", 10, "6次", 0],
    ["每班每次集会迟到扣1分", 6, "2次", 4],
    ["每班每次集会迟到扣1分", 6, "无", 6],
  ])("%s (max %s) %s → %s", (text, max, value, expected) => {
    expect(score(text, value, max)).toBe(expected);
  });

  it("a count within each unit (每班每超5人) stays several figures; kinds not all said per X and time stay refused", () => {
    expect(score("每班每超5人扣1分", "6人", 5)).toBeNull();
    expect(parseRule("迟到每人每次扣2分,旷会每人扣5分").understood).toBe(false);
  });
});
