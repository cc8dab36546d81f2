/**
 * Kinds of wording first met on dev4's documents (issue 10, round 6), each with paraphrases
 * another document would use (written for this test) and the near-misses that must stay refused.
 */
import { parseRule, scoreRule, type ScoringRule } from "../../../src/engine/rules";

function scored(text: string, max: number | undefined, value: string | number): number | null {
  const p = parseRule(text, max !== undefined ? { max } : {});
  if (!p.understood) throw new Error(`not understood: ${text}: ${p.reason}`);
  return scoreRule(p.rule as ScoringRule, value, max).score;
}

describe("a zero said for a negative rate beside rate tiers", () => {
  const clauses = [
    "正订正技巧5%以上的得1分,正技巧在5%以下得0.5分,负技巧的不得分。",
    "增长率5%以上的得1分;5%以下得0.5分;负增长不得分。",
    "增长率5%以上的得1分,5%以下得0.5分,增长率为负的,不得分",
  ];
  it.each(clauses)("%s: below 0 gives nothing, 0–5%% half, 5%% and above all", (text) => {
    expect(scored(text, 1, "-2%")).toBe(0);
    expect(scored(text, 1, "-0.5%")).toBe(0);
    expect(scored(text, 1, "3%")).toBe(0.5);
    expect(scored(text, 1, "0")).toBe(0.5);
    expect(scored(text, 1, "6%")).toBe(1);
  });
  it("a zero for another condition (负责人未签字的不得分) is not a tier: refused, not dropped", () => {
    const p = parseRule("增长率5%以上的得1分,5%以下得0.5分,负责人未签字的不得分", { max: 1 });
    expect(p.understood).toBe(false);
  });
});

describe("rate bands closed at their top by (含), and a rate of exactly 0 before them", () => {
  it.each([
    ["预算调整率=0,计3分;0-10%(含),计2分;10-20%(含),计1分;20-30%(含),计0.5分;大于30%不得分。", 3],
    ["调整率为0的,得3分;0-10%(含)的,得2分;10-20%(含)的,得1分;20-30%(含)的,得0.5分;超过30%的不得分", 3],
  ])("%s", (text, max) => {
    expect(scored(text, max, "0")).toBe(3);
    expect(scored(text, max, "5%")).toBe(2);
    expect(scored(text, max, "10%")).toBe(2);
    expect(scored(text, max, "15%")).toBe(1);
    expect(scored(text, max, "20%")).toBe(1);
    expect(scored(text, max, "25%")).toBe(0.5);
    expect(scored(text, max, "35%")).toBe(0);
  });
  it("without (含) a band's top is not its own: 10% is in 10-20%", () => {
    expect(scored("调整率0-10%,计2分;10-20%,计1分;20-30%,计0.5分;大于30%不得分", 2, "10%")).toBe(1);
  });
  it("bands closed at their top with a gap between them are refused", () => {
    const p = parseRule("调整率0-10%(含),计2分;15-20%(含),计1分;大于20%不得分", { max: 2 });
    expect(p.understood).toBe(false);
  });
});

describe("a share of failings, each point of it taking points", () => {
  it.each([
    "超审限未结案件占未结案件总数每一个百分点扣0.4分。",
    "超审限未结案件占未结案件总数每1个百分点扣0.4分,扣完为止",
    "不合格户数占检查总户数的比例每1个百分点扣0.4分",
  ])("%s: 4 less 0.4 a point, not below 0", (text) => {
    expect(scored(text, 4, "0")).toBe(4);
    expect(scored(text, 4, "1%")).toBeCloseTo(3.6, 9);
    expect(scored(text, 4, "5%")).toBeCloseTo(2, 9);
    expect(scored(text, 4, "10%")).toBe(0);
    expect(scored(text, 4, "12%")).toBe(0);
  });
  it("a rate named with a point of its shortfall keeps the shortfall from 100% (审限内结案率…每一个百分点扣0.4分)", () => {
    expect(scored("正常审限内结案率(4分),超审限案件每一个百分点扣0.4分。", 4, "98%")).toBeCloseTo(3.2, 9);
  });
  it("each point above an unsaid bound (差错率每超过1个百分点扣0.4分) is refused, not read as a shortfall from 100%", () => {
    expect(parseRule("差错率每超过1个百分点扣0.4分,扣完为止", { max: 4 }).understood).toBe(false);
  });
});

describe("one count step worth less than the item", () => {
  it.each([
    ["年内召开专题会议1次以上记0.3分(以会议记录为准);", 3, 0.3],
    ["全年开展培训2次以上的得1分", 5, 1],
  ])("%s (max %d): how the rest is earned is not said — refused; with the max its points, read", (text, max, pts) => {
    const p = parseRule(text, { max });
    expect(p.understood).toBe(false);
    if (!p.understood) expect(p.reasonCode).toBe("max-unreached");
    expect(parseRule(text, { max: pts }).understood).toBe(true);
  });
});

describe("points for no fault, nothing only after several cases", () => {
  it.each([
    "完成全年全国天气会商,在会商中不出现故障或差错的得1分,在全国会商检查通报中被三次通报的不得分。",
    "全年无安全事故的得1分,被通报2次及以上的不得分",
    "信息报送无差错的计1分,被退回3件以上的不计分",
  ])("%s: what one case gives is not said — refused", (text) => {
    const p = parseRule(text, { max: 1 });
    expect(p.understood).toBe(false);
    if (!p.understood) expect(p.reasonCode).toBe("count-in-part");
  });
  it("a zero after one case stays a count of events (发生1起事故的不得分)", () => {
    expect(scored("全年无安全事故的得2分,发生1起事故的不得分", 2, "无")).toBe(2);
    expect(scored("全年无安全事故的得2分,发生1起事故的不得分", 2, "1起")).toBe(0);
  });
});

describe("a count in Chinese numerals before a bed, a room, a vehicle, a tree, a building", () => {
  it.each([
    ["一床不按要求扣5分,扣完15分止;", "床"],
    ["一辆车未年检扣5分,扣完为止", "辆"],
    ["一间宿舍不整洁扣5分,扣完为止", "间"],
    ["一棵树未成活扣5分,扣完为止", "棵"],
    ["一栋楼道不整洁扣5分,扣完为止", "栋"],
  ])("%s: each one takes the points, down to 0", (text, unit) => {
    expect(scored(text, 15, 0)).toBe(15);
    expect(scored(text, 15, `1${unit}`)).toBe(10);
    expect(scored(text, 15, `3${unit}`)).toBe(0);
    expect(scored(text, 15, `4${unit}`)).toBe(0);
  });
});
