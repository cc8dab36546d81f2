/**
 * Issue 10, round 13, `cw`: confident wrong scores outside the corpus, refused by construct — rewordings of our own (in
 * no corpus file), each on several values, with near misses that keep their reading.
 */
import { parseRule, scoreRule } from "../../../src/engine/rules";

const score = (text: string, value: string | number, max?: number): number | null => {
  const p = parseRule(text, max !== undefined ? { max } : {});
  return p.understood ? scoreRule(p.rule, value, max).score : null;
};
const reason = (text: string, max?: number): string | undefined => {
  const p = parseRule(text, max !== undefined ? { max } : {});
  return p.understood ? "understood" : p.reasonCode;
};

describe("a cap said per holder (每人最多扣4分) over a count of cases is refused, not read as a cap on the whole", () => {
  it.each<[string, number]>([
    ["每发现一人扣2分(每人最多扣4分)", 10],
    ["值班脱岗的,每人次扣1分,每人最多扣3分", 10],
    ["每次迟到扣0.5分,每名教师累计最多扣2分", 8],
    ["住户违规搭建的每户扣3分,每户最高扣6分", 15],
    ["发现违规用餐的每起扣2分,同一单位最多扣6分", 12],
    ["职工获市级表彰的每人次加1分,每人3分封顶", 10],
  ])("%s (max %s) → refused per-holder-cap", (text, max) => {
    expect(reason(text, max)).toBe("per-holder-cap");
    // (a count of 3 or 30 cases over many holders says nothing of each holder's cap)
    expect(score(text, "3人次", max)).toBeNull();
    expect(score(text, 30, max)).toBeNull();
  });

  it("a cap on the whole (最多扣6分, 本项最高扣6分) still reads", () => {
    expect(score("每发现一人脱岗扣2分,最多扣6分", "2人", 10)).toBe(6);
    expect(score("每发现一人脱岗扣2分,最多扣6分", "5人", 10)).toBe(4);
    expect(score("值班脱岗的每人次扣1.5分,本项最多扣6分", "2人次", 10)).toBe(7);
    expect(score("值班脱岗的每人次扣1.5分,本项最多扣6分", "9人次", 10)).toBe(4);
  });

  it("near miss: an amount with a cap per person (a row is one person's amount, dev14 T20-03) keeps its reading", () => {
    const gifts = "义务献血每200毫升奖5分(每人15分封顶)";
    expect(reason(gifts)).not.toBe("per-holder-cap");
    const pay = "捐资助学每500元计2分,每人累计不超过10分";
    expect(score(pay, "1000元")).toBe(4);
    expect(score(pay, "5000元")).toBe(10);
  });

  it("near miss: a bound on the count itself (每班最多缺席2人,超过的每人扣1分) is no cap on points", () => {
    expect(reason("每班最多缺席2人,超过2人的,扣1分/人", 5)).not.toBe("per-holder-cap");
  });
});

describe("a value in a measure word of another quantity than the clause counts in is a bad value, not a count", () => {
  const trees = "每种植10棵树加1分";
  const absent = "缺勤每1天扣1分";
  const staff = "每减少一名工作人员扣2分";
  const tons = "每超额完成5吨加1分,最多加5分";
  it.each<[string, string | number, number | undefined, number | null]>([
    [trees, "100棵", undefined, 10],
    [trees, "50株", undefined, 5],
    [trees, 30, undefined, 3],
    [trees, "100元", undefined, null],
    [trees, "3天", undefined, null],
    [absent, "3天", 10, 7],
    [absent, "2日", 10, 8],
    [absent, "3人", 10, null],
    [absent, "3小时", 10, null],
    [staff, "2名", 10, 6],
    [staff, "2人", 10, 6],
    [staff, "1位", 10, 8],
    [staff, "2天", 10, null],
    [staff, "500元", 10, null],
    [tons, "10吨", 10, 2],
    [tons, "16吨", 10, 3],
    [tons, "10000公斤", 10, null],
    [tons, "5次", 10, null],
  ])("%s ← %s (max %s) → %s", (text, value, max, expected) => {
    expect(score(text, value, max)).toBe(expected);
  });

  it("near miss: count words stay open (次/回/趟, 个/项/件) and money in 万元 converts for a clause in 元", () => {
    expect(score("每开展一次巡查加1分,最多加5分", "3回", 10)).toBe(3);
    expect(score("每开展一次巡查加1分,最多加5分", "2趟", 10)).toBe(2);
    expect(score("每完成一项整改加2分", "2件", 10)).toBe(4);
    expect(score("每筹集资金1000元加1分,最多加5分", "0.2万元", 10)).toBe(2);
  });
});
