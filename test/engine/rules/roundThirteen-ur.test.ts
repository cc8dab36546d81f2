/**
 * Issue 10, round 13, `ur`: scoring text left unread, read by construct — rewordings of our own (in no corpus file),
 * each scored on several values, with a near miss that stays refused or scores otherwise.
 */
import { parseRule, scoreRule } from "../../../src/engine/rules";

const score = (text: string, value: string, max?: number): number | null => {
  const p = parseRule(text, max !== undefined ? { max } : {});
  return p.understood ? scoreRule(p.rule, value, max).score : null;
};
const reason = (text: string, max?: number): string | undefined => {
  const p = parseRule(text, max !== undefined ? { max } : {});
  return p.understood ? "understood" : p.reasonCode;
};

describe("a bound on the whole score that is the item's own max (总分最高不超过16分, 最高得分不超过15分)", () => {
  // (dev14 T19-05 …达2亿元,得12分。每增加0.5亿元加1分,…每减少0.5亿元扣1分。总分最高不超过16分: the clamp to the
  // item's max, said — and for a base with a step up, how far the bonus goes)
  const funds = "年度招商引资到位资金达5000万元的得20分,每多1000万元加2分,每少1000万元扣2分,本项得分不得超过24分";
  const hall = "新建村级活动场所面积达500平方米的计5分,每增减50平方米增减1分,总分最高不超过7分";
  const insured = "参保率达到95%得8分,每超过1个百分点加1分,每低1个百分点扣1分,得分最多10分";
  const service = "全年开展志愿服务活动12次的计9分,每增加2次加1分,每减少2次扣1分;该项得分最高不超过12分";
  it.each<[string, string, number, number]>([
    [funds, "5000万元", 24, 20],
    [funds, "7000万元", 24, 24],
    [funds, "9000万元", 24, 24],
    [funds, "3000万元", 24, 16],
    [hall, "500平方米", 7, 5],
    [hall, "600平方米", 7, 7],
    [hall, "800平方米", 7, 7],
    [hall, "400平方米", 7, 3],
    [insured, "95%", 10, 8],
    [insured, "97%", 10, 10],
    [insured, "99%", 10, 10],
    [insured, "90%", 10, 3],
    [service, "12次", 12, 9],
    [service, "18次", 12, 12],
    [service, "30次", 12, 12],
    [service, "8次", 12, 7],
  ])("%s: %s (max %s) → %s", (text, value, max, expected) => {
    expect(score(text, value, max)).toBe(expected);
  });

  it("a bound that is not the item's max, a floor word, no max, or the score after the bonus only: refused", () => {
    // (another figure than the max: which of the two bounds the score is not said)
    expect(reason(hall.replace("7分", "9分"), 7)).toBe("unread-words");
    expect(reason(hall, 9)).toBe("unread-words");
    // (最低 makes it no upper bound)
    expect(reason(hall.replace("最高", "最低"), 7)).not.toBe("understood");
    // (no max to compare with)
    expect(reason(hall)).not.toBe("understood");
    // (加分后得分: not said of the whole score as such)
    expect(reason(hall.replace("总分最高", "加分后得分"), 7)).not.toBe("understood");
  });
});

describe("points per an amount of money (每100元奖10分, 每满200元记2分): the money is a quantity counted in 元", () => {
  // (dev14 T20-03 献爱心捐款,每100元奖10分(每人200分封顶): read as one award of 10 before, whatever the sum)
  const raffle = "爱心募捐每满200元记2分,本项最多记10分";
  const damage = "公物损坏每损失100元扣1分,扣完为止";
  const sale = "义卖所得每500元加1分(每人5分封顶)";
  const blood = "献血捐款每100元奖励2分";
  it.each<[string, string, number | undefined, number]>([
    [raffle, "0", undefined, 0],
    [raffle, "400元", undefined, 4],
    [raffle, "1500元", undefined, 10],
    [damage, "0", 5, 5],
    [damage, "300元", 5, 2],
    [damage, "800元", 5, 0],
    [sale, "1000元", undefined, 2],
    [sale, "4000元", undefined, 5],
    [blood, "300元", undefined, 6],
    [blood, "50元", undefined, 0],
  ])("%s: %s (max %s) → %s", (text, value, max, expected) => {
    expect(score(text, value, max)).toBe(expected);
  });

  it("a yes/no is no amount, and money given beside the points stays unread", () => {
    expect(score(blood, "是")).toBeNull();
    expect(reason("每100元奖10分,另奖50元")).toBe("unread-words");
  });
});

describe("points per an amount in a scaled word (每引进资金100万元加1分): a figure typed in that word is read in it", () => {
  // (3000万元 had been read as a count of thirty million: 每引进资金100万元加1分 gave 300,000 points, and with a
  // max, the max — a confident wrong score)
  const funds = "每引进资金100万元加1分";
  const income = "村集体经济收入每增加1万元加1分";
  const invest = "固定资产投资每完成1亿元计2分,最多计10分";
  it.each<[string, string, number | undefined, number]>([
    [funds, "500万元", undefined, 5],
    [funds, "3000万元", undefined, 30],
    [income, "3万元", 10, 3],
    [income, "15万元", 10, 10],
    [income, "无", 10, 0],
    [invest, "3亿元", undefined, 6],
    [invest, "8亿元", undefined, 10],
  ])("%s: %s (max %s) → %s", (text, value, max, expected) => {
    expect(score(text, value, max)).toBe(expected);
  });

  it("a figure in another word (30000元 for 万元, 1亿元 for 万元) is not converted: refused", () => {
    expect(score(income, "30000元", 10)).toBeNull();
    expect(score(funds, "1亿元")).toBeNull();
  });
});
