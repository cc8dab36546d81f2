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

describe("money per one short (or more) beside a money tier is not a tier bounded at 1; tiers in 万元 are refused", () => {
  // (dev14 T22-03 达100%记20元,少签一例扣5元: read as a tier ≥1 → −5, so 99% gave −5 and 0 gave 0)
  it.each<[string, number | null, string]>([
    ["育龄妇女查环查孕到位率达95%奖励300元,每少查1人罚50元", null, "money-per-unit"],
    ["征兵任务完成100%的奖2000元,每少1人扣500元", null, "money-per-unit"],
    ["合同签订率达到100%的奖村干部50元,缺1份扣10元", 50, "money-per-unit"],
    ["招商引资到位资金达到5000万元的奖励10000元,3000万元的奖励5000元,不足1000万元的罚2000元", null, "money-scale"],
    ["固定资产投资完成3亿元的奖励20000元,1亿元的奖励5000元", null, "money-scale"],
  ])("%s is refused (%s)", (text, max, code) => {
    expect(reason(text, max ?? undefined)).toBe(code);
    for (const v of ["100%", "99%", "少1人", "4000"]) expect(score(text, v, max ?? undefined)).toBeNull();
  });

  it.each<[string, string, number]>([
    ["三查到位率达95%的奖村500元,90%的奖200元,不足90%的罚300元,不足85%的罚800元", "96%", 500],
    ["三查到位率达95%的奖村500元,90%的奖200元,不足90%的罚300元,不足85%的罚800元", "80%", -800],
    ["新引进项目5个以上的奖励2000元,3个以上的奖励1000元,不足1个的罚500元", "6个", 2000],
    ["新引进项目5个以上的奖励2000元,3个以上的奖励1000元,不足1个的罚500元", "0", -500],
  ])("money tiers on one scale still read: %s %s → %s", (text, value, expected) => {
    expect(score(text, value)).toBe(expected);
  });
});

describe("a case penalised in money or wages beside cases with points", () => {
  // (dev11 Q11-02 如有跑單現象,實價賠償損失,如給客人記錯賬單扣5分; Q11-06 …算5分,半小時以上扣3天工資)
  it.each<[string, number | undefined]>([
    ["损坏公物的照价赔偿,擅自动用公物的每次扣2分", undefined],
    ["旷工1天扣除当月全勤奖及2天工资,迟到1次扣1分", undefined],
    ["无故缺勤的扣发当月绩效工资,工作时间玩手机的扣3分", undefined],
    ["窗口人员着装不整的扣1分,丢失票据的全额赔偿,服务态度差被投诉的扣2分", 10],
  ])("%s is refused", (text, max) => {
    expect(reason(text, max)).toBe("sanction-not-points");
    for (const v of ["是", "1次", "0"]) expect(score(text, v, max)).toBeNull();
  });

  it.each<[string, string, number]>([
    // the money part with points of its own, or no money at all: still read
    ["擅自动用公物的每次扣2分", "3次", -6],
    ["擅自动用公物的每次扣2分", "0", 0],
    ["私自收受礼品的扣5分", "是", -5],
    ["私自收受礼品的扣5分", "否", 0],
  ])("%s %s → %s", (text, value, expected) => {
    expect(score(text, value)).toBe(expected);
  });

  it("a sanction with its own points, or misconduct named 乱罚款, is not a money penalty beside points", () => {
    expect(reason("旷工1日以上扣除当日工资(扣10分)", undefined)).not.toBe("sanction-not-points");
    expect(score("乱收费、乱罚款的,每起扣1分", "2起")).toBe(-2);
  });
});

describe("kinds counted apart where one kind's points go per several (每100万元, 每2次), not per case", () => {
  // (dev10 P10-02 发生事故每重伤1人扣15分;发生事故经济损失每100万元扣15分: 0,2 gave 70, the 2 read as two cases)
  it.each<[string, number | undefined]>([
    ["每死亡1人扣20分;直接经济损失每50万元扣10分", 100],
    ["火灾每烧毁林地10亩扣3分,每发生1起扣2分", undefined],
    ["每迟报1次扣1分;每漏报2次扣3分", 10],
  ])("%s is refused", (text, max) => {
    expect(reason(text, max)).toBe("per-n-cases");
    for (const v of ["1,0", "0,2", "1,1"]) expect(score(text, v, max)).toBeNull();
  });

  it.each<[string, string, number]>([
    // every kind per one: still kinds counted apart
    ["每死亡1人扣20分;每重伤1人扣10分", "1,0", 80],
    ["每死亡1人扣20分;每重伤1人扣10分", "0,3", 70],
    ["每死亡1人扣20分;每重伤1人扣10分", "1,2", 60],
  ])("%s %s → %s", (text, value, expected) => {
    expect(score(text, value, 100)).toBe(expected);
  });
});

describe("points for both of two requirements, the zero only for neither: one of the two is unsaid", () => {
  // (dev14 T19-02 纳入政府年度重点工作且有专题部署,得4分,没有纳入且没有专题部署的不得分)
  it.each<[string, number]>([
    ["制定实施方案并召开动员会的计3分,既未制定方案也未召开动员会的不计分", 3],
    ["建立台账和档案的得2分,没有台账又无档案的计0分", 2],
    ["专人负责、经费到位的给5分;人员、经费均未落实的不得分", 5],
  ])("%s is refused", (text, max) => {
    expect(reason(text, max)).toBe("one-of-both-unsaid");
    for (const v of ["是", "否"]) expect(score(text, v, max)).toBeNull();
  });

  it.each<[string, string, number]>([
    // the zero for anything short of both (否则, 缺一项): all or nothing
    ["制定实施方案并召开动员会的计3分,否则不计分", "是", 3],
    ["制定实施方案并召开动员会的计3分,否则不计分", "否", 0],
    ["建立台账和档案的得2分,未建立的不得分", "是", 2],
    ["建立台账和档案的得2分,未建立的不得分", "否", 0],
  ])("%s %s → %s", (text, value, expected) => {
    expect(score(text, value, expected === 0 ? (text.includes("3分") ? 3 : 2) : expected)).toBe(expected);
  });
});
