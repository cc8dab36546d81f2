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
