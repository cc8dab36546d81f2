/**
 * Issue 10, round 12, `md`: dev16's refusals other than money, read by construct — rewordings of our own
 * (in no corpus file), each scored on several values, with a near miss that stays refused or scores otherwise.
 */
import { parseRule, scoreRule } from "../../../src/engine/rules";

const score = (text: string, value: string, max?: number, itemText?: string): number | null => {
  const opts: { max?: number; itemText?: string } = {};
  if (max !== undefined) opts.max = max;
  if (itemText !== undefined) opts.itemText = itemText;
  const p = parseRule(text, opts);
  return p.understood ? scoreRule(p.rule, value, max).score : null;
};

describe("a scoring verb with its object before the points (扣罚当事人5分, 奖励所在班级4分)", () => {
  // (dev16 A24-03 每次扣罚当事人5分 was scored +5: the object read as subject text before points with no verb)
  it.each<[string, string, number]>([
    ["值班时脱岗的,每次扣罚值班人员3分。", "0", 0],
    ["值班时脱岗的,每次扣罚值班人员3分。", "1次", -3],
    ["值班时脱岗的,每次扣罚值班人员3分。", "3次", -9],
    ["发现违章作业一起,罚责任班组2分", "1起", -2],
    ["发现违章作业一起,罚责任班组2分", "4起", -8],
    ["宿舍内使用违章电器,每件扣罚寝室长2分", "2件", -4],
    ["宿舍内使用违章电器,每件扣罚寝室长2分", "无", 0],
    ["学生拾金不昧的,每人次奖励所在班级4分", "1人次", 4],
    ["学生拾金不昧的,每人次奖励所在班级4分", "3人次", 12],
  ])("%s: %s → %s", (text, value, expected) => {
    expect(score(text, value)).toBe(expected);
  });

  it("with the item's max the same verb takes off the max, down to zero", () => {
    expect(score("值班时脱岗的,每次扣罚值班人员3分。", "1次", 10)).toBe(7);
    expect(score("值班时脱岗的,每次扣罚值班人员3分。", "4次", 10)).toBe(0);
  });

  it("a range after the object stays refused; an object holding a verb of its own is no object", () => {
    expect(score("每次罚当事人1-3分", "1次")).toBeNull();
    // 未获奖者加1分: 加 is the verb, 奖 is no verb with an object
    expect(score("参赛获奖的加3分,未获奖者加1分", "否,是")).not.toBe(-1);
  });
});
