/**
 * Paraphrases another document would use for wordings the reader already knows (issue 10, round 7):
 * each group is one rule said several ways, with scores worked by hand; near-misses that must stay
 * refused are beside them. The same rewrites are properties over every corpus clause in
 * metamorphic.test.ts; found with scripts/probe-rewrites.ts.
 */
import { normalizeClause, parseRule, scoreRule, type ScoringRule } from "../../../src/engine/rules";

function scored(text: string, max: number | undefined, value: string | number): number | null {
  const p = parseRule(text, max !== undefined ? { max } : {});
  if (!p.understood) throw new Error(`not understood: ${text}: ${p.reason}`);
  return scoreRule(p.rule as ScoringRule, value, max).score;
}

describe("a bound that is in, said as 以上, 及以上, (含)以上, (含N)以上 or 以上(含N)", () => {
  it.each([
    "培训合格率达到95%以上得2分,低于95%不得分",
    "培训合格率达到95%及以上得2分,低于95%不得分",
    "培训合格率达到95%(含)以上得2分,低于95%不得分",
    "培训合格率达到95%（含）以上的,得2分;低于95%的不得分",
    "培训合格率达到95%(含95%)以上得2分,低于95%不得分",
    "培训合格率95%以上(含95%)的得2分,不足95%的不得分",
  ])("%s: 95%% gives 2, 94.9%% nothing", (text) => {
    expect(scored(text, 2, "95%")).toBe(2);
    expect(scored(text, 2, "98%")).toBe(2);
    expect(scored(text, 2, "94.9%")).toBe(0);
  });
  it.each([
    "全年开展宣传活动3次(含)以上得3分,每少1次扣1分,扣完为止",
    "全年开展宣传活动3次(含3次)以上得3分,每少1次扣1分,扣完为止",
    "全年开展宣传活动3次以上(含3次)的得3分;每少一次扣1分,扣完为止。",
  ])("%s: a count bound too", (text) => {
    expect(scored(text, 3, "3次")).toBe(3);
    expect(scored(text, 3, "5次")).toBe(3);
    expect(scored(text, 3, "2次")).toBe(2);
    expect(scored(text, 3, "0")).toBe(0);
  });
  it.each([
    "完成率90%(含)以上得3分,80%(含)以上得2分,80%以下不得分",
    "完成率90%（含）以上的得3分;80%（含）以上的得2分;80%以下的不得分",
    "完成率90%(含90%)以上得3分,80%(含80%)以上得2分,80%以下不得分",
    "完成率90%以上(含90%)得3分,80%以上(含80%)得2分,80%以下不得分",
  ])("%s: tiers, and (含) puts 80%% in the band above 80%%以下", (text) => {
    expect(scored(text, 3, "90%")).toBe(3);
    expect(scored(text, 3, "85%")).toBe(2);
    expect(scored(text, 3, "80%")).toBe(2);
    expect(scored(text, 3, "79.5%")).toBe(0);
  });
  it("(含)以下 beside 以上 of the same bound moves the bound into the band below: not read as 以下 (refused)", () => {
    expect(parseRule("增长率5%以上的得1分,5%(含)以下得0.5分", { max: 1 }).understood).toBe(false);
  });
  it("(含) naming another figure than the bound is not the bound said again (refused)", () => {
    expect(parseRule("培训合格率达到95%(含90%)以上得2分,低于95%不得分", { max: 2 }).understood).toBe(false);
  });
});

describe("the floor 直至不得分 with any zero word", () => {
  it.each([
    "重大天气预警信号每漏报1次扣1分,直至不得分。",
    "重大天气预警信号每漏报1次扣1分,直至不计分。",
    "重大天气预警信号每漏报1次扣1分,直至得0分。",
    "重大天气预警信号每漏报1次扣1分,直至计0分",
    "预警信号每漏报一次扣1分,直至该项不得分",
    "预警信号每漏报一次的,扣1分,直到不计分",
  ])("%s", (text) => {
    expect(scored(text, 3, "0")).toBe(3);
    expect(scored(text, 3, "2次")).toBe(1);
    expect(scored(text, 3, "5次")).toBe(0);
  });
});

describe("a zero said 给0分, and 累计扣 ending the clause", () => {
  it.each(["有就得满分,没有得0分", "有就得满分,没有给0分", "有的得满分,没有的不给分"])("%s", (text) => {
    expect(scored(text, 3, "有")).toBe(3);
    expect(scored(text, 3, "无")).toBe(0);
  });
  it.each(["无事故得5分,发生一次扣5分,二次及以上累计扣。", "无事故得5分,发生一次扣5分,二次及以上累计扣"])("%s: how much more the second takes is not said (refused)", (text) => {
    expect(parseRule(text, { max: 5 }).understood).toBe(false);
  });
});

describe("a 的 closing the failing before the verb of a count", () => {
  it.each([
    "土地承包清册,见一个组未交乡代管扣1分,扣完为止。",
    "土地承包清册,见一个组未交乡代管的扣1分,扣完为止。",
    "发现1个村未按时上报的,扣1分,扣完为止",
    "每发现一个组未交乡代管的扣1分,扣完为止",
  ])("%s", (text) => {
    expect(scored(text, 4, "0")).toBe(4);
    expect(scored(text, 4, "3个")).toBe(1);
    expect(scored(text, 4, "6个")).toBe(0);
  });
});

describe("the standard not met, in other words (不达标, 未达标, 达不到要求, 未达到要求)", () => {
  it.each([
    "投放准确率不达标,每降低1%扣2分。",
    "投放准确率未达标,每降低1%,扣2分",
    "投放准确率达不到要求的,每降低1%扣2分",
    "投放准确率未达到要求, 每降低1%,扣2分。",
  ])("%s: 100%% is the target", (text) => {
    expect(scored(text, 10, "100%")).toBe(10);
    expect(scored(text, 10, "98%")).toBe(6);
    expect(scored(text, 10, "90%")).toBe(0);
  });
  it.each([
    "1.贫困户100%纳入低保。 2.老人100%享受养老保险待遇。 以上指标,每项1.5分,不达标不得分。",
    "1.贫困户100%纳入低保。 2.老人100%享受养老保险待遇。 以上指标,每项1.5分,不达标的不得分。",
    "1.贫困户100%纳入低保。 2.老人100%享受养老保险待遇。 以上指标,每项1.5分,达不到要求的,不得分。",
  ])("%s: each requirement answered", (text) => {
    expect(scored(text, 3, "是,是")).toBe(3);
    expect(scored(text, 3, "是,否")).toBe(1.5);
    expect(scored(text, 3, "否,否")).toBe(0);
  });
  it("a failing of many words before the zero is not one of the requirements' (refused)", () => {
    expect(parseRule("1.贫困户100%纳入低保。 2.老人100%享受养老保险待遇。 以上指标,每项1.5分,其中任何一户未落实到位且经核实的不得分。", { max: 3 }).understood).toBe(false);
  });
});

describe("a list written with commas instead of 、", () => {
  it.each([
    "绿化程度在本省属好、中、差,分别扣0、3、5分;",
    "绿化程度在本省属好、中、差,分别扣0,3,5分;",
    "绿化程度在本省属好、中、差,分别扣0，3，5分",
  ])("%s: points of grades", (text) => {
    expect(scored(text, 5, "好")).toBe(5);
    expect(scored(text, 5, "中")).toBe(2);
    expect(scored(text, 5, "差")).toBe(0);
  });
  it.each([
    "其中,卫生计生、公安、教育、民政、统计等5部门各计4分。",
    "其中,卫生计生,公安,教育,民政,统计等5部门各计4分。",
    "卫生计生，公安，教育，民政，统计等5个部门各计4分",
  ])("%s: listed parts, as many as the count says", (text) => {
    expect(scored(text, 20, "卫生计生、公安")).toBe(8);
    expect(scored(text, 20, "5")).toBe(20);
  });
  it.each(["其中,公安,教育等5部门各计4分。", "卫生计生,公安各计4分"])("%s: parts with commas and no count to say which, not read (was 4 points once)", (text) => {
    expect(parseRule(text, { max: 20 }).understood).toBe(false);
  });
  it("a thousands separator is no list: 1,000分 stays one figure", () => {
    expect(normalizeClause("扣5,3分")).toBe("扣5、3分");
    expect(normalizeClause("超过1,000分的")).toBe("超过1,000分的");
  });
});

describe("points by how the work went with only the zero said, the zero in any words", () => {
  it.each([
    "签订管护合同,落实管护责任。按落实情况计分,不落实管护主体不得分。",
    "签订管护合同,落实管护责任。按落实情况计分,不落实管护主体得0分。",
    "签订管护合同,落实管护责任。按落实情况计分,不落实管护主体的计0分",
    "签订管护合同,落实管护责任。根据落实情况评分,未落实管护主体的不计分",
  ])("%s: the assessor's (refused)", (text) => {
    const p = parseRule(text, { max: 4 });
    expect(p.understood).toBe(false);
    if (!p.understood) expect(p.reasonCode).toBe("discretion");
  });
});

describe("a vague number of cases before any deduction verb", () => {
  it.each(["节约用水,一些次未关扣10分。", "节约用水,一些次未关扣除10分。", "若干次未按时上报扣减2分"])("%s: refused", (text) => {
    const p = parseRule(text, { max: 10 });
    expect(p.understood).toBe(false);
    if (!p.understood) expect(p.reasonCode).toBe("vague-count");
  });
});
