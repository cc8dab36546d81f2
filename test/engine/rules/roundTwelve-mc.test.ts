/**
 * Issue 10, round 12 (mc): money per case and items counted in 元 (test/corpus/clauses/README.md, "Conventions settled
 * (round 12)").
 * - money per case with no max (违者罚款50元, 每迟到一次扣款20元, 每推荐一名学员奖励100元): the count × the amount, 罚/扣
 *   negative, 奖 positive; one event said without 每 is a case too (the value is its count); kinds counted apart each
 *   with their amount, rewards beside penalties.
 * - an item counted in 元 (记50元,…每少一次宣传扣10元 for an item worth 50): the 元 are the item's points — only where the
 *   clause's earned amount or the item's name "(50元)" is the max.
 * - refused as the convention says: points and money for the same act, money that differs by occurrence, a floor at
 *   money not in the sheet, a loss at its cost, money with a max in points.
 */
import { parseRule, scoreRule } from "../../../src/engine/rules";
import { explainRule } from "../../../src/engine/rules/explain";

const parsed = (text: string, max?: number, itemText?: string) =>
  parseRule(text, { ...(max !== undefined ? { max } : {}), ...(itemText !== undefined ? { itemText } : {}) });
const score = (text: string, value: string, max?: number, itemText?: string): number | null => {
  const p = parsed(text, max, itemText);
  return p.understood ? scoreRule(p.rule, value, p.max ?? max).score : null;
};

describe("money per case, no max: the count × the amount", () => {
  it.each([
    ["凡上课使用手机者,每发现一次罚款30元", [["0", 0], ["2次", -60], ["无", 0]]],
    ["仪容不整的员工扣款20元", [["1", -20], ["3次", -60], ["0", 0]]],
    ["每介绍一位新客户奖励200元。", [["0", 0], ["3位", 600]]],
    ["钥匙未按时交回值班室的,每人次罚50元", [["1人次", -50], ["4人次", -200]]],
    ["拾到物品主动上交者,给予奖励80元", [["1", 80], ["2次", 160]]],
  ] as Array<[string, Array<[string, number]>]>)("%s", (text, cases) => {
    const p = parsed(text);
    expect(p.understood).toBe(true);
    if (p.understood) expect((p.rule as { currency?: string }).currency).toBe("元");
    for (const [value, expected] of cases) expect(score(text, value)).toBe(expected);
  });

  it("kinds counted apart, rewards beside penalties, one count per kind in order", () => {
    const text = "擅离岗位一次罚款100元,主动顶岗一次奖励50元";
    expect(score(text, "1,2")).toBe(0);
    expect(score(text, "2,0")).toBe(-200);
    expect(score(text, "0,3")).toBe(150);
    const fines = "迟到1次罚款20元,旷工1次罚款100元";
    expect(score(fines, "1,2")).toBe(-220);
    expect(score(fines, "0,0")).toBe(0);
  });

  it("a one-time yes is one case (with no max 是 says it happened; see below)", () => {
    expect(score("违者扣款40元", "是")).toBe(-40);
  });
});

describe("who pays named between the verb and the amount (扣罚责任人200元): the amount per case all the same", () => {
  it.each([
    ["值班记录缺失的,罚值班员30元", [["0", 0], ["2次", -60]]],
    ["每发现一处乱堆放,扣罚当事人20元。", [["1处", -20], ["3处", -60], ["无", 0]]],
    ["对提出有效改进意见的,奖励建议人100元/条", [["2条", 200], ["0", 0]]],
    ["发现一次私拉电线的,处罚违规者80元", [["1次", -80], ["4次", -320]]],
  ] as Array<[string, Array<[string, number]>]>)("%s", (text, cases) => {
    expect(parsed(text).understood).toBe(true);
    for (const [value, expected] of cases) expect(score(text, value)).toBe(expected);
  });

  it("two payers with their own amounts for one act stay refused (one count cannot say whose)", () => {
    expect(parsed("每次扣罚当事人50元,负责人20元").understood).toBe(false);
    expect(parsed("出现漏检的,罚检查员30元,班长10元").understood).toBe(false);
  });
});

describe("an item counted in 元: the 元 are its points", () => {
  it.each([
    ["按时上报材料记30元,每迟报一次扣5元", 30, undefined, [["0", 30], ["2次", 20], ["7次", 0]]],
    ["资料齐全得40元,缺一份扣8元。", 40, undefined, [["缺1份", 32], ["缺6份", 0], ["0", 40]]],
    ["每少检查一次扣4元", 20, "(二)安全检查(20元)", [["少2次", 12], ["0", 20], ["少9次", 0]]],
  ] as Array<[string, number, string | undefined, Array<[string, number]>]>)("%s", (text, max, item, cases) => {
    expect(parsed(text, max, item).understood).toBe(true);
    for (const [value, expected] of cases) expect(score(text, value, max, item)).toBe(expected);
  });
});

describe("money the convention leaves not scorable stays refused", () => {
  it.each([
    // points and money for the same act
    ["每次扣1分和5元", undefined],
    ["上班玩游戏的扣2分并罚款50元", undefined],
    // money that differs by occurrence
    ["第一次罚款50元,第二次罚款100元", undefined],
    ["旷课一节扣款30元,两节60元,依此类推", undefined],
    // a floor at money not in the sheet
    ["每次扣款50元,扣完当月奖金为止", undefined],
    // a loss at its cost
    ["损坏公物照价赔偿并罚款20元", undefined],
    // a reward lowered per unit with no max: whether the deductions stop at the reward is not said
    ["完成全年任务奖励3000元,每少一项扣300元", undefined],
    // money beside an item worth points
    ["违者罚款50元", 10],
    ["按时上报材料记30元,每迟报一次扣5元", 10],
  ] as Array<[string, number | undefined]>)("%s", (text, max) => {
    expect(parsed(text, max).understood).toBe(false);
  });
});

describe("money said of one event, no max: 是/有 say it happened — one case (round 11: with no max 是 is a count of 1)", () => {
  it.each([
    ["违者罚款100元", [["是", -100], ["有", -100], ["否", 0], ["2", -200]]],
    ["上班时间吸烟的,罚款20元。", [["是", -20], ["无", 0], ["3次", -60]]],
    ["拾金不昧者奖励50元", [["是", 50], ["否", 0], ["2次", 100]]],
  ] as Array<[string, Array<[string, number]>]>)("%s", (text, cases) => {
    for (const [value, expected] of cases) expect(score(text, value)).toBe(expected);
  });
  it("a clause counted per unit (每次) still needs the count; 是 is no count there", () => {
    expect(score("每迟到一次罚款20元", "是")).toBeNull();
    expect(score("每迟到一次罚款20元", "2次")).toBe(-40);
  });
});

describe("the explanation of a money rule says 元 and agrees with the score", () => {
  it.each([
    ["违者罚款50元", "2次", "2 × 50元 → -100元"],
    ["违者罚款50元", "是", "1 × 50元 → -50元"],
    ["拾金不昧者奖励50元", "是", "1 × 50元 = 50元"],
    ["每迟到一次扣款20元", "3次", "3次 × 20元 → -60元"],
  ])("%s ← %s", (text, value, zh) => {
    const p = parsed(text);
    if (!p.understood) throw new Error(p.reason);
    expect(explainRule(p.rule, value, undefined).zh).toBe(zh);
  });
  it("a rule in points keeps 分", () => {
    const p = parsed("违者扣2分");
    if (!p.understood) throw new Error(p.reason);
    expect(explainRule(p.rule, "是", undefined).zh).toContain("2分");
  });
});
