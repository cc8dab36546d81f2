/**
 * Issue 10, round 9 (integrator): a numeral inside a name is no amount; parts worth so much per
 * person are no yes/no; formulas for many parts stay short.
 */
import { parseRule, ruleFormula, scoreRule, yesNo, countOf } from "../../../src/engine/rules";
import { readCell } from "../../../src/engine/values";

function rule(text: string, max?: number) {
  const p = parseRule(text, max !== undefined ? { max } : {});
  if (!p.understood) throw new Error(`not understood: ${text}: ${p.reason}`);
  return p;
}

describe("a numeral inside the name of a prize, a grade or a title is no amount (院级三等奖 is no 3, and no yes)", () => {
  it.each(["三等奖", "院级三等奖", "3等奖", "二等", "十佳", "三星", "3星级", "市级一等奖"])("%s is text to the cell reader, no yes/no and no count", (v) => {
    expect(readCell(v).kind).toBe("text");
    expect(yesNo(v)).toBeNull();
    expect(countOf(v).ok).toBe(false);
  });
  it.each([["3人", 3], ["三次", 3], ["少2项", 2], ["一人", 1], ["两个", 2]])("%s is still a count", (v, n) => {
    const c = countOf(v);
    expect(c.ok && c.n).toBe(n);
  });
  it("第二名 is a rank, not a yes", () => {
    expect(yesNo("第二名")).toBeNull();
    expect(yesNo("2人")).toBe(true);
  });
  it("a rank still reads as a rank where ranks are scored", () => {
    const p = rule("第一名得5分,第二名得3分,第三名得1分", 5);
    expect(p.construct).toBe("rank-tiers");
    expect(scoreRule(p.rule, "第二名", 5).score).toBe(3);
  });
  it("parts named by a prize take that part's points; a prize named in no part, or in several, is refused", () => {
    const p = rule("获一等奖加5分,获二等奖加3分,获三等奖加1分");
    expect(scoreRule(p.rule, "二等奖").score).toBe(3);
    // (before: "院级三等奖" read as the count 3, a yes to every part: 9)
    const q = rule("获得省级一等奖加10分、二等奖加8分;院级一等奖加5分、二等奖加4分");
    expect(scoreRule(q.rule, "院级三等奖").score).toBeNull();
    expect(scoreRule(q.rule, "二等奖").score).toBeNull();
  });
  it("a title with a numeral (十佳) still names its part", () => {
    const p = rule("获得十佳荣誉称号的加10分,获得优秀称号的加6分");
    expect(scoreRule(p.rule, "十佳").score).toBe(10);
  });
});

describe("parts worth so much per person (加10分/人) are no yes/no each", () => {
  it.each([
    "获得省级一等奖加10分/人、二等奖加8分/人,三等奖加6分/人",
    "获国家级奖励加5分/项,省级奖励加3分/项",
    "参加市级比赛加2分/人,参加县级比赛加1分/人",
    "被评为先进个人的加3分/人,受到通报表扬的加1分/人",
  ])("%s is refused, naming the points per person", (text) => {
    const p = parseRule(text);
    expect(p.understood).toBe(false);
    if (!p.understood) expect(p.reason).toMatch(/分\//);
  });
  it("parts without a unit after their points are still parts", () => {
    expect(rule("参加市级比赛加2分,参加县级比赛加1分").construct).toBe("sub-clauses");
  });
});

describe("formulas for many parts stay within 300 characters and score as the engine does", () => {
  const ten = "没有年度学习计划扣1分;没有及时开展政治学习扣1分;未组织开展学习宣传活动扣1分;未开展全民阅读活动扣1分;未参与读书撰文竞赛活动扣1分;在线学习时间达不到要求扣1分;月训周讲未按要求落实扣1分;未组织知识竞赛活动扣1分;未按要求举办道德讲堂扣1分;意识形态工作任务不落实扣1分。";
  it("ten deductions of equal points", () => {
    const p = rule(ten, 10);
    const f = ruleFormula(p.rule, "B2", 10);
    expect(f).not.toBeNull();
    expect((f ?? "").length).toBeLessThanOrEqual(300);
    expect(scoreRule(p.rule, "是,是,否,是,是,是,否,是,是,否", 10).score).toBe(7);
  });
  it("six categories of equal points per case", () => {
    const text = "未建立领导小组的,每例扣0.5分;未建立工作机制的,每例扣0.5分;未完成清理的,每例扣0.5分;未完成流程图编制的,每例扣0.5分;未推进电子政务建设的,每例扣0.5分;发现问题未及时整改的,每例扣0.5分。";
    const p = rule(text, 4);
    const f = ruleFormula(p.rule, "B2", 4) ?? "";
    expect(f.length).toBeLessThanOrEqual(300);
    expect(scoreRule(p.rule, "1,0,2,0,0,1", 4).score).toBe(2);
    // (a minus anywhere in the list is no count, for the evaluator and the formula alike)
    expect(scoreRule(p.rule, "1,0,-2,0,0,1", 4).score).toBeNull();
    expect(f).toContain('FIND("-",B2)');
  });
});

describe("parts in brackets with their total said after them (…(2分)、…(1分)…。共5分)", () => {
  it.each([
    ["1.做好本班活动室(2分)、寝室(1分)、盥洗室(1分)、走廊(1分)的清洁工作。共5分", 5, "否,是,是,是", 3],
    ["做好关水(2分)、关电(2分)、关窗(2分)工作。共6分", 6, "是,否,是", 4],
    ["按时报送计划(1分)、总结(1分)和台账(2分);共计4分", 4, "是,是,否", 2],
    ["做好本班活动室(2分)、寝室(1分)的清洁工作,共3分", undefined, "否,是", 1],
  ])("%s: the parts are scored, the total is their sum", (text, max, value, score) => {
    const p = rule(text, max);
    expect(p.construct).toBe("sub-clauses");
    expect(scoreRule(p.rule, value, max).score).toBe(score);
  });
  it("parts that do not add up to the total said are refused, naming them (before: one yes/no for the total, the parts unread)", () => {
    const p = parseRule("做好A(2分)、B(1分)的工作。共6分");
    expect(p.understood).toBe(false);
    if (!p.understood) expect(p.reason).toContain("2分");
  });
});

describe("a trailing note in brackets leaves the reading unchanged", () => {
  it.each([
    ["仪容不整此项扣1分,无故不参加晨会此项不得分", 5],
    ["4、上课抽烟、接打手机、酒后上课每人次扣2", undefined],
  ])("%s", (text, max) => {
    const base = rule(text, max);
    for (const note of ["（以台账资料为准）", "（备注：按年度统计）", "(由考核组核实)"]) {
      const p = rule(text + note, max);
      expect([p.construct, p.rule]).toEqual([base.construct, base.rule]);
    }
  });
});
