/**
 * Issue 10, round 11, `pr`: confident readings of clauses a careful person could not score — each cause
 * refused however it is said (rewordings of our own, in no corpus file), with a near miss that still scores.
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

describe("a figure lost in copying: a bound with no number before its measure word, a verb with no points", () => {
  // (dev14 T27-02 每年至少新建家, T27-03 每年至少篇; dev11 Q25-03 没有损坏记; beside 记10分)
  it.each<[string, number | undefined]>([
    ["按时报送统计月报,全年不少于份),完成的得4分,未完成不得分。", 4],
    ["每季度至少召开次党员大会,召开的计3分,否则不计分", 3],
    ["网格员培训每年不少于期;按时完成的得5分", 5],
    ["台账完整记;宣传栏按月更新的记6分,否则每次扣1分", 6],
    ["设施维护良好的计;按时上报维护记录计4分。", 4],
  ])("%s is refused as a lost figure", (text, max) => {
    expect(reason(text, max)).toBe("figure-lost");
  });

  it.each<[string, number, string, number]>([
    ["按时报送统计月报,全年不少于12份,完成的得4分,未完成不得分。", 4, "是", 4],
    ["按时报送统计月报,全年不少于12份,完成的得4分,未完成不得分。", 4, "否", 0],
    ["台账完整记2分;宣传栏按月更新的记4分", 6, "是,是", 6],
    ["台账完整记2分;宣传栏按月更新的记4分", 6, "否,是", 4],
  ])("with the figure there, %s (max %s) %s → %s", (text, max, value, expected) => {
    expect(score(text, value, max)).toBe(expected);
  });

  it("words ending in 记/计/得 (笔记, 登记, 合计) and a bound with its number are not lost figures", () => {
    expect(reason("每次学习要有学习笔记;缺1篇扣2分", undefined)).not.toBe("figure-lost");
    expect(reason("来访必须登记;未登记的每次扣1分,登记完整的计5分", 5)).not.toBe("figure-lost");
    expect(reason("每年至少开展2次,少1次扣1分,扣完为止", 3)).not.toBe("figure-lost");
    expect(score("每年至少开展2次,少1次扣1分,扣完为止", "少1次", 3)).toBe(2);
  });
});
