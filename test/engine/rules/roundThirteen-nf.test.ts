/**
 * Issue 10, round 13 (nf): clauses refused as having no points.
 * - money paid or fined beside a remark in parentheses that speaks of wages with no figure and no sanction
 *   ((绩效工资实施后纳入考核积分)): the remark pays nothing, the clause is read as it is without it (money per case,
 *   round 12). A remark that takes wages (情节严重的扣发当月工资), or wages outside a remark, stay refused.
 * - a reward in 元 whose every requirement is an absence (无流生奖200元; 全年无安全事故的,奖励800元): a count typed is of
 *   the events (0 earns it), not of the rewards — refused (reward-for-absence) rather than read as a count of rewards
 *   (0 → 0, 1起 → the reward: a confident wrong score). A requirement beside the absence keeps the reading it had.
 */
import { parseRule, scoreRule } from "../../../src/engine/rules";

const parsed = (text: string, max?: number) => parseRule(text, max !== undefined ? { max } : {});
const score = (text: string, value: string, max?: number): number | null => {
  const p = parsed(text, max);
  return p.understood ? scoreRule(p.rule, value, max).score : null;
};

describe("a remark on wages with no figure beside money", () => {
  it.each([
    // [clause, [value, score]...]
    ["被评为年度优秀教师的,奖励500元(实行绩效工资后并入年终考核)", [["是", 500], ["否", 0], ["有", 500]]],
    ["期末教学评比荣获先进教研组的,奖300元。(薪酬调整后按新办法执行)", [["是", 300], ["否", 0]]],
    ["值班期间脱岗的,每次罚款30元(工资另按考勤办法核算)", [["0", 0], ["1次", -30], ["3次", -90]]],
    ["每带教一名实习生奖励80元(不计入基本工资)", [["0", 0], ["2名", 160], ["5名", 400]]],
  ] as Array<[string, Array<[string, number]>]>)("%s", (text, cases) => {
    expect(parsed(text).understood).toBe(true);
    for (const [value, expected] of cases) expect(score(text, value)).toBe(expected);
  });

  it("reads as the same clause without the remark", () => {
    const pairs: Array<[string, string]> = [
      ["被评为年度优秀教师的,奖励500元(实行绩效工资后并入年终考核)", "被评为年度优秀教师的,奖励500元"],
      ["值班期间脱岗的,每次罚款30元(工资另按考勤办法核算)", "值班期间脱岗的,每次罚款30元"],
    ];
    for (const [remark, plain] of pairs) {
      const a = parsed(remark);
      const b = parsed(plain);
      expect(a.understood && b.understood).toBe(true);
      if (a.understood && b.understood) expect(a.rule).toEqual(b.rule);
    }
  });

  it("stays refused where the remark or the clause takes wages", () => {
    // a sanction in the remark: which of the two the value counts is not said
    expect(parsed("上班时间打牌的,每次罚款50元(情节严重者扣发当月工资)").understood).toBe(false);
    // wages outside a remark
    expect(parsed("迟到一次罚款10元,累计三次扣半天工资").understood).toBe(false);
    // a remark with a figure is no remark
    expect(parsed("被评为年度优秀教师的,奖励500元(另发1个月工资)").understood).toBe(false);
  });
});

describe("a reward in 元 for an absence", () => {
  it.each([
    "全年无安全事故的班组,奖励800元",
    "本学期未发生学生流失的班级奖100元",
    "五、年度内未出现安全责任事故者奖励300元(津贴另计)",
  ])("%s: refused, not a count of rewards", (text) => {
    const p = parsed(text);
    expect(p.understood).toBe(false);
    if (!p.understood) expect(p.reasonCode).toBe("reward-for-absence");
  });

  it("keeps its reading where another requirement stands beside the absence, or 无 is a word of its own", () => {
    const beside = "连续两个月出满勤且按时交表,没有请假者,奖励40元";
    expect(score(beside, "是")).toBe(40);
    expect(score(beside, "否")).toBe(0);
    // 无偿 is a word (unpaid), not an absence
    expect(score("参加无偿献血者奖励100元", "是")).toBe(100);
    expect(score("参加无偿献血者奖励100元", "否")).toBe(0);
  });
});

/**
 * - an absence and its points said in one part (全年无违纪现象的奖励5分, 本年度未发生群体性上访事件记6分): the standard is
 *   the absence, as when a comma parts them (…事件的,记6分) — 有 says the thing happened (0), 无 that it did not (round 7);
 *   it had read 有 as the points.
 */
describe("an absence with its points in one part", () => {
  it.each([
    // [clause, max, [value, score]...]
    ["本年度未发生群体性上访事件记6分", 6, [["有", 0], ["无", 6], ["是", 6], ["否", 0]]],
    ["考核期内杜绝乱收费行为奖励3分", null, [["有", 0], ["无", 3], ["是", 3]]],
    ["全年没有发生火灾事故得10分", 10, [["有", 0], ["无", 10], ["×", 0]]],
  ] as Array<[string, number | null, Array<[string, number]>]>)("%s", (text, max, cases) => {
    expect(parsed(text, max ?? undefined).understood).toBe(true);
    for (const [value, expected] of cases) expect(score(text, value, max ?? undefined)).toBe(expected);
  });

  it("reads as the same clause with a comma before the points", () => {
    expect(parsed("本年度未发生群体性上访事件记6分", 6)).toEqual(parsed("本年度未发生群体性上访事件的,记6分", 6));
    expect(parsed("考核期内杜绝乱收费行为奖励3分")).toEqual(parsed("考核期内杜绝乱收费行为,奖励3分"));
  });

  it("a requirement that is no absence keeps 有 as the thing required", () => {
    // 有会议记录 is what is required: 有 gives the points
    expect(score("全年有完整会议记录的得4分", "有", 4)).toBe(4);
    expect(score("全年有完整会议记录的得4分", "无", 4)).toBe(0);
    // 无故 is a word (without reason), not an absence
    expect(parsed("全年无故缺席会议的得4分", 4).understood && (parsed("全年无故缺席会议的得4分", 4) as { rule: { absence?: string } }).rule.absence).toBeFalsy();
  });
});

/**
 * - a line wrap of the page after 每 and its measure word, inside the thing counted before the verb (每方 面扣 1 分,
 *   每份 材料扣1分): no space — read as the clause written without it (it had left 每 with no count: no points found).
 */
describe("a space inside the thing counted after 每", () => {
  it.each([
    // [clause, max, [value, score]...]
    ["台账缺失的 每本 台账扣 2 分 扣完为止", 6, [["0", 6], ["1本", 4], ["4本", 0]]],
    ["宣传栏未更新的,每个 站点减 0.5 分", 2, [["0", 2], ["2个", 1]]],
    ["志愿服务记录完整的,每名 志愿者加 1 分,最多加 3 分", null, [["0", 0], ["2名", 2], ["5名", 3]]],
  ] as Array<[string, number | null, Array<[string, number]>]>)("%s", (text, max, cases) => {
    expect(parsed(text, max ?? undefined).understood).toBe(true);
    for (const [value, expected] of cases) expect(score(text, value, max ?? undefined)).toBe(expected);
  });

  it("reads as the same clause without the space; a figure lost in the wrap stays refused", () => {
    expect(parsed("台账缺失的 每本 台账扣 2 分 扣完为止", 6)).toEqual(parsed("台账缺失的 每本台账扣 2 分 扣完为止", 6));
    // 扣 0 5 0 8 分: the points' own figures lost their decimal points and dash
    expect(parsed("未按要求设立有关活 动室的每个 家 扣 0 5 0 8 分", 4).understood).toBe(false);
  });
});
