/**
 * Round 9 (issue 10), `rt`: clauses where the value is a quantity and the points follow from it, read
 * by shapes other documents share, each with paraphrases another township, school or hospital would use
 * and the scores worked by hand.
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
type Case = [string, number | null];

describe("每人每次: per person and per time is one figure, the person-times (人次)", () => {
  it.each<[string, number | undefined, Case[]]>([
    // dev11 Q29-01/Q29-02, the hand-worked cases
    ["2.凡在上课时间无故留在寝室者,每人每次扣两分。", undefined, [["0", 0], ["1人次", -2], ["3人次", -6]]],
    ["3.如有不配合检查人员工作者,一经查出,每人每次扣五分。", undefined, [["0", 0], ["1人次", -5], ["2人次", -10]]],
    // other wordings: 一 for 1, traditional characters, a floor, a cap, a bonus
    ["上课玩手机的,每人每一次扣1分", undefined, [["4人次", -4], ["0", 0]]],
    ["違反者每人每次罰2分", undefined, [["2人次", -4]]],
    ["值班缺岗每人每次扣0.5分,扣完为止", 5, [["0", 5], ["4人次", 3], ["12人次", 0]]],
    ["参加志愿服务的,每人每次加1分,最多加5分", undefined, [["3人次", 3], ["8人次", 5]]],
  ])("%s", (text, max, cases) => {
    for (const [value, expected] of cases) expect([value, score(text, value, max)]).toEqual([value, expected]);
  });

  it("the rule counts 人次", () => {
    expect(rule("每人每次扣2分")).toMatchObject({ kind: "per-case", unit: "人次", points: 2 });
  });

  it("other units within units still need several figures (每班每次, 每人每天, 每班每超5人)", () => {
    for (const t of ["每班每次扣2分", "每人每天扣2分", "班额超过标准的每班每超5人扣1分", "每村每少1人扣0.5分"]) {
      expect([t, rule(t, 5)]).toEqual([t, "not understood: per-per"]);
    }
  });
});

describe("每人每次 of two kinds with their own points needs two figures", () => {
  it.each(["迟到每人每次扣2分,旷会每人每次扣5分", "迟到每一人每一次扣2分,旷会每一人每一次扣5分", "迟到每人每次扣1分;早退每人每次扣2分"])("%s", (t) => {
    expect(rule(t)).toBe("not understood: per-per");
  });
});

describe("以此类推 (and so on) extends the steps said: a rule that did not read it is refused", () => {
  it.each([
    // dev7 L09-01 (a PDF copy: Kangxi radicals doubling characters, the item's 2. glued to the 1): was 1人 → 10, 6人 → 9
    ["2.1⾄至2⼈人不不做扣0.5分，3⾄至4⼈人不不做扣1分，以此类推。", 10],
    ["缺1次扣1分,缺2次扣3分,以此类推", 10],
    ["发表1篇得2分,2篇得4分,依此类推", 10],
    ["超过1天扣1分,超过2天扣2分,依次类推", 10],
    ["發表1篇得2分,2篇得4分,依此類推", 10],
  ])("%s", (text, max) => {
    expect(rule(text, max)).toBe("not understood: unread-words");
  });

  it("the readers that read it keep their readings", () => {
    expect(score("1.迟到、早退一次各扣0.5分,以此类推,四次(含)以上不得分。", "3次", 10)).toBe(8.5);
    expect(score("完成年度计划目标得10分,完成目标的90%得9分,完成80%得8 分,依次类推。", "70%", 10)).toBe(7);
    expect(score("完成年度计划目标得30分,超额完成10%(含)至20%加1分,超额完成20%(含)至30%加2分,依次类推,最多加5分。", "130%", 35)).toBe(33);
  });
});
