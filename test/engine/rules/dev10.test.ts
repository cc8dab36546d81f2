/**
 * Readings that dev10 (government schemes) showed wrong or refused, each tested on paraphrases another
 * document would use (other subject words, measure words, word orders, traditional characters), with
 * scores worked by hand.
 */
import { parseRule, scoreRule } from "../../../src/engine/rules";

/** the clause's score for the value, or "refused: <reason code>" */
const score = (text: string, max: number | undefined, value: string): number | string => {
  const p = parseRule(text, max !== undefined ? { max } : {});
  if (!p.understood) return `refused: ${p.reasonCode}`;
  const r = scoreRule(p.rule, value, max);
  return r.score ?? `no score: ${r.reason ?? ""}`;
};
const construct = (text: string, max?: number): string => {
  const p = parseRule(text, max !== undefined ? { max } : {});
  return p.understood ? p.construct : `refused: ${p.reasonCode}`;
};

describe("deductions for failings that are late or in disorder, with the item's max: 是 = the requirement met", () => {
  it.each<[string, number, string, number]>([
    ["延期换届的扣1分;资料不全、不规范扣0.5分;分工不明确、工作开展不正常扣1分。", 3, "是,是,是", 3],
    ["延期换届的扣1分;资料不全、不规范扣0.5分;分工不明确、工作开展不正常扣1分。", 3, "否,否,否", 0.5],
    ["延期换届的扣1分;资料不全、不规范扣0.5分;分工不明确、工作开展不正常扣1分。", 3, "是,否,是", 2.5],
    ["逾期换届扣1分;台账不全扣1分", 2, "否,是", 1],
    ["工作滞后的扣2分;未建立台账的扣1分", 3, "否,是", 1],
    ["換屆延期的扣1分;資料不全扣1分", 2, "否,否", 0],
    ["上报超期扣1分,分工混乱扣1分", 2, "是,否", 1],
  ])("%s (max %d) %s → %d", (text, max, value, expected) => {
    expect(score(text, max, value)).toBe(expected);
  });
});

describe("每 + a period word right before the points counts the periods (not a fixed deduction)", () => {
  it.each<[string, string, number]>([
    ["国控断面单月水质反弹为劣V类的,每月次扣3分。", "2月次", -6],
    ["国控断面单月水质反弹为劣V类的,每月次扣3分。", "0", 0],
    ["水质不达标的,每月扣2分", "3个月", -6],
    ["每季度扣5分", "2", -10],
    ["信息报送迟报的,每天扣1分", "3天", -3],
  ])("%s %s → %d", (text, value, expected) => {
    expect(construct(text)).toBe("per-case");
    expect(score(text, undefined, value)).toBe(expected);
  });

  it("a period of the subject stays subject text (每年11月底前报告…)", () => {
    expect(score("每年11月底前报告,未报告扣2分", 2, "是")).toBe(2);
    expect(score("逾期上报的,每天扣0.5分,扣完为止", 5, "2天")).toBe(4);
  });
});

describe("每 + count + a subject holding a bound of its own (…达到III类及以上的) is still per unit", () => {
  it.each<[string, number | undefined, string, number]>([
    ["设置国控断面提升加分项,以2020年度断面水质为基准,2022年度每实现1个国控断面升类并达到III类及以上的,加2分。", undefined, "3个", 6],
    ["设置国控断面提升加分项,以2020年度断面水质为基准,2022年度每实现1个国控断面升类并达到III类及以上的,加2分。", undefined, "无", 0],
    ["每新增1个村达到三星级及以上的,加1分", undefined, "2个", 2],
    ["每培育1家企业评为省级以上的,计0.5分,最高2分", undefined, "5家", 2],
    ["每有1所学校达到市级及以上标准的,奖励1分", undefined, "2所", 2],
    ["每創建1個村獲評市級以上示範村的,加2分", undefined, "3個", 6],
  ])("%s %s → %d", (text, max, value, expected) => {
    expect(score(text, max, value)).toBe(expected);
  });
});

describe("a count with its points, one more adds and one fewer takes (每增减1条增减5分)", () => {
  it.each<[string, number, string, number]>([
    ["书面提出议案建议批评意见3条(10分),每增减1条增减5分。", 10, "3条", 10],
    ["书面提出议案建议批评意见3条(10分),每增减1条增减5分。", 10, "2条", 5],
    ["书面提出议案建议批评意见3条(10分),每增减1条增减5分。", 10, "1条", 0],
    ["书面提出议案建议批评意见3条(10分),每增减1条增减5分。", 10, "0", 0],
    ["提出意见3条得10分,每增减1条增减5分", 10, "2条", 5],
    ["提出意见3条的得10分,每增加1条加5分,每减少1条扣5分", 10, "2条", 5],
    ["报送信息4篇(8分),每增减1篇增减2分", 8, "1篇", 2],
    ["報送信息4篇(8分),每增減1篇增減2分", 8, "3篇", 6],
  ])("%s (max %d) %s → %d", (text, max, value, expected) => {
    expect(score(text, max, value)).toBe(expected);
  });

  it("more than the base would pass the item's max: refused for that value, not capped silently", () => {
    expect(typeof score("书面提出议案建议批评意见3条(10分),每增减1条增减5分。", 10, "5条")).toBe("string");
  });
});

describe("points for each one above a base said before (有1名…(10分),每增加1名加5分; 从第2件起…) are refused, not counted from 0", () => {
  it.each<[string, number | undefined]>([
    ["各代表小组有1名代表作审议发言(10分),每增加1名加5分。", 10],
    ["有1名代表发言的得10分,每增加1名加5分", 10],
    ["1、提交的提案被立案的,从第 2 件起,每增加一件奖励 5 分(累计不超过 20 分)。", undefined],
    ["超过3件的,每增加1件加1分", undefined],
    ["立案提案3件以上的,每增加1件加2分", undefined],
    ["从第3次起,每增加1次加1分", undefined],
  ])("%s", (text, max) => {
    expect(construct(text, max)).toMatch(/^refused: /);
  });

  it("an increase with no base stays per unit (每增加1名加5分, 每新配备1名计3分)", () => {
    expect(score("每增加1名加5分,最多加10分", undefined, "3名")).toBe(10);
    expect(score("每新配备1名计3分,计满10分为止", 10, "2名")).toBe(6);
  });
});

describe("a method named but not given (按成效系数法计算) is no requirement met or not", () => {
  it.each<[string, number]>([
    ["地方一般预算收入增幅(除契税、耕地占用税和财政系统收入),按成效系数法计算。", 35],
    ["以国税、地税实有税源入库数为当年考核实有税源数,以上年实际税源为基数(由国税局、地税局供应具体数据)按成效系数法计算", 20],
    ["招商引资到位资金按功效系数法核算", 20],
    ["固定资产投资增幅按位次法折算", 15],
    ["税收增长率按全市排名计算", 10],
  ])("%s", (text, max) => {
    expect(construct(text, max)).toMatch(/^refused: /);
  });

  it("a requirement with only the item's points stays one (按时上报统计报表)", () => {
    expect(score("按时上报统计报表", 5, "是")).toBe(5);
    expect(score("按时上报统计报表", 5, "否")).toBe(0);
  });
});

describe("a step up with no target (每提高1%加0.5分, 每增加1小时加1分) is no threshold reached once", () => {
  it.each<string>([
    "每提高1%加0.5分",
    "每增加1小时加1分",
    "每增加1次加1分,每减少1次扣1分",
    "从第3次起,每增加1次加1分",
  ])("%s is refused", (text) => {
    expect(construct(text)).toMatch(/^refused: /);
  });
});
