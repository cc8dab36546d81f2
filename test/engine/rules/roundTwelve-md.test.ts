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

describe("an act, then its points in parentheses, under a heading that takes points (…扣分), with no max", () => {
  // (dev16 A18-01 …熄灯后说话的。(1分) under …考核中扣分: read as the item's max and scored +1)
  it.each<[string, string, string, number]>([
    ["3、在教室内吃零食的。(2分)", "违反下列课堂纪律者,在班级量化中扣分", "1次", -2],
    ["3、在教室内吃零食的。(2分)", "违反下列课堂纪律者,在班级量化中扣分", "3次", -6],
    ["3、在教室内吃零食的。(2分)", "违反下列课堂纪律者,在班级量化中扣分", "0", 0],
    ["(4)上课时间玩手机、看课外书(1分)", "课堂常规扣分细则", "2次", -2],
    ["(4)上课时间玩手机、看课外书(1分)", "课堂常规扣分细则", "否", 0],
    ["私自留宿外来人员(5分)", "宿舍管理 扣减操行分", "1次", -5],
    ["私自留宿外来人员(5分)", "宿舍管理 扣减操行分", "2次", -10],
  ])("%s under %s: %s → %s", (text, item, value, expected) => {
    expect(score(text, value, undefined, item)).toBe(expected);
  });

  it("a heading that gives points, or an item with its own max, is not this", () => {
    expect(score("3、在教室内吃零食的。(2分)", "2次", undefined, "加分项目")).not.toBe(-4);
    expect(score("3、在教室内吃零食的。(2分)", "2次", undefined, "纪律扣分(10分)")).not.toBe(-4);
    // (a verb of its own says what the points are)
    expect(score("在教室内吃零食的加(2分)", "2次", undefined, "违纪扣分")).not.toBe(-4);
  });
});

describe("points left to the assessor (视情扣, 相应积分) and multiples of the wage are not scored", () => {
  // (dev16 A17-03 视情扣13分, A21-02 给予相应积分, A15-06 旷工按1:3倍工资扣除 were scored)
  it.each<[string, number | undefined]>([
    ["宿舍卫生不达标的每次扣1分,乱拉电线的视情扣2分", undefined],
    ["值班记录不全者视情减3分", 10],
    ["主动上报安全隐患的,经核实按隐患大小给予相应积分", undefined],
    ["提出合理化建议被采纳的,记相应分值", undefined],
    ["无故缺勤按2倍工资扣除", undefined],
    ["早退半天按1:1.5倍日工资扣发", undefined],
  ])("%s: refused", (text, max) => {
    expect(score(text, "1次", max)).toBeNull();
    expect(score(text, "是", max)).toBeNull();
  });

  it("a multiple of the points is still read (按3倍扣分), and the same counts without 视情 are scored", () => {
    expect(parseRule("按3倍扣分").understood).toBe(true);
    expect(parseRule("以上各项发现弄虚作假的,加倍扣分").understood).toBe(true);
    expect(score("宿舍卫生不达标的每次扣1分", "2次")).toBe(-2);
    expect(score("值班记录不全者减3分", "否", 3)).toBe(0);
  });
});
