/** scoreRule: reading what clerks type, and the with-max / without-max conventions of docs/contract.md. */
import { parseRule, scoreRule, valueCellFor, type ScoringRule } from "../../../src/engine/rules";
import { readText } from "../../../src/engine/values";
import { YES_WORDS, NO_WORDS } from "../../../src/engine/rules/formula";
import { explainRule } from "../../../src/engine/rules/explain";

function rule(text: string): ScoringRule {
  const p = parseRule(text);
  if (!p.understood) throw new Error(p.reason);
  return p.rule;
}

const perUnit = rule("每配备1名计3分,计满10分为止");
const rateRule = rule("到位率达到50%以上计30分,每降低1个百分点扣2.5分,低于30%不计分");
const perCase = rule("每起扣2分");
const fixed = rule("扣6分");
const bonus = rule("为市工作会议提供现场的县、乡均加1分");

describe("values as clerks type them", () => {
  it.each<[unknown, number | null]>([
    [3, 9], ["3人", 9], ["3名", 9], ["三人", 9], ["３人", 9], [" 3 ", 9], ["无", 0], [0, 0], [4, 10], [3.9, 9],
    ["是", null], ["46%", null], [-1, null], ["", null], [null, null], ["—", null], [{ error: "#REF!" }, null], ["约三人", 9],
  ])("per-unit-capped, value %j → %j", (value, expected) => {
    expect(scoreRule(perUnit, value as never, 10).score).toBe(expected);
  });

  it.each<[unknown, number | null]>([
    ["46%", 20], ["４６％", 20], [0.46, 20], ["0.46", 20], [46, 20], ["46", 20], ["46.0%", 20],
    ["50%", 30], [0.5, 30], ["100%", 30], [1, 30], ["49.6%", 29], ["38%", 0], ["29%", 0],
    ["4.6‰", null], ["是", null], ["", null],
  ])("rate rule, value %j → %j", (value, expected) => {
    expect(scoreRule(rateRule, value as never, 30).score).toBe(expected);
  });

  it("a percent-formatted cell holding 1.05 is 105%, not 1.05%", () => {
    const full = rule("全年事业费投入到位率达100%计30分,每降低1个百分点扣2.5分,低于80%不计分");
    expect(scoreRule(full, 1.05, 30, { numberFormat: "0%" }).score).toBe(30);
    expect(scoreRule(full, 0.96, 30, { numberFormat: "0.00%" }).score).toBe(20);
    // without the format a bare 1.05 is read as 1.05 (percent): the host must pass the format
    expect(scoreRule(full, 1.05, 30).score).toBe(0);
  });

  it("a per-mille rule refuses a percentage and reads ‰ and bare numbers", () => {
    const r = rule("出生率低于12‰的计10分,否则不计分");
    expect(scoreRule(r, "11.5‰", 10).score).toBe(10);
    expect(scoreRule(r, 12, 10).score).toBe(0);
    expect(scoreRule(r, "11%", 10)).toMatchObject({ score: null, reason: expect.stringContaining("百分比") });
  });

  it.each(YES_WORDS.map((w) => [w] as const))("the formula's yes word %s is a yes to readText", (w) => {
    expect(readText(w)).toMatchObject({ kind: "bool", value: true });
  });
  it.each(NO_WORDS.map((w) => [w] as const))("the formula's no word %s is a no to readText", (w) => {
    expect(readText(w)).toMatchObject({ kind: "bool", value: false });
  });

  it("an unreadable value gives a reason, never a silent zero", () => {
    const r = scoreRule(rule("有文件计20分,否则不计分"), "待定", 20);
    expect(r.score).toBeNull();
    expect(r.reason).toMatch(/是\/否/);
    expect(scoreRule(perUnit, { error: "#DIV/0!" }, 10).score).toBeNull();
  });
});

describe("with and without max (docs/contract.md)", () => {
  it("a penalty clause alone gives negative points, 0 when it does not apply", () => {
    expect(scoreRule(perCase, "2起").score).toBe(-4);
    expect(scoreRule(perCase, 0).score).toBe(0);
    expect(Object.is(scoreRule(perCase, 0).score, 0)).toBe(true);
    expect(Object.is(scoreRule(fixed, "否").score, 0)).toBe(true);
    expect(scoreRule(fixed, "是").score).toBe(-6);
  });
  it("with max a deduction lowers M, floored at 0", () => {
    expect(scoreRule(perCase, "2起", 15).score).toBe(11);
    expect(scoreRule(perCase, 9, 15).score).toBe(0);
    expect(scoreRule(fixed, "是", 10).score).toBe(4);
    expect(scoreRule(fixed, "是", 5).score).toBe(0);
  });
  it("a bonus clause alone gives positive points", () => {
    expect(scoreRule(bonus, "是").score).toBe(1);
    expect(scoreRule(bonus, "否").score).toBe(0);
  });
  it("earned points are clamped to M", () => {
    expect(scoreRule(perUnit, 4).score).toBe(10);
    expect(scoreRule(rule("每配备1名计3分"), 5).score).toBe(15);
    expect(scoreRule(rule("每配备1名计3分"), 5, 10).score).toBe(10);
  });
  it("a deduction floored against M without a stated full mark needs M, or gives negative points", () => {
    const r = rule("少1人扣3分,扣完为止");
    expect(scoreRule(r, 1, 5).score).toBe(2);
    expect(scoreRule(r, 1).score).toBe(-3);
  });
  it("a deduction with a stated target counts what is short of it", () => {
    const r = rule("全年召开会议4次以上计10分,每少1次扣3分");
    const got = [5, 4, 3, 1, 0].map((n) => scoreRule(r, n).score);
    expect(got).toEqual([10, 10, 7, 1, 0]);
  });
  it("a deduction's own cap", () => {
    expect(scoreRule(rule("每起扣2分,最多扣10分"), 6).score).toBe(-10);
    expect(scoreRule(rule("每起扣2分,最多扣10分"), 6, 15).score).toBe(5);
    expect(scoreRule(rule("每少1人扣2分,最多扣6分"), 5, 10).score).toBe(4);
  });
  it("all-or-nothing without points uses M and says so when there is none", () => {
    const r = rule("达到要求的计满分");
    expect(scoreRule(r, "是", 8).score).toBe(8);
    expect(scoreRule(r, "是")).toMatchObject({ score: null, reason: expect.stringContaining("满分") });
  });
  it("rejects a negative max", () => {
    expect(scoreRule(perUnit, 3, -1).score).toBeNull();
  });
});

describe("constructs with a choice, a period or a veto", () => {
  it("a range per case is the assessor's choice: no score from a count alone", () => {
    // the clause itself is not understood (a range of points); the construct comes from the short form
    expect(scoreRule(rule("每1例-1~3"), 2)).toMatchObject({ score: null, reason: expect.stringContaining("酌定") });
  });
  it("case categories are scored from one count per category", () => {
    const r = rule("平时调查出现节育误差的每例扣2分,出现出生误差的每例扣4分");
    expect(scoreRule(r, "1,2").score).toBe(-10);
    expect(scoreRule(r, "1、2", 20).score).toBe(10);
    expect(scoreRule(r, "1,x").score).toBeNull();
    expect(scoreRule(r, 3)).toMatchObject({ score: null, reason: expect.stringContaining("类别") });
  });
  it("range bonus takes the points given within the range", () => {
    const r = rule("+3~5");
    expect(scoreRule(r, 4).score).toBe(4);
    expect(scoreRule(r, "5分").score).toBe(5);
    expect(scoreRule(r, 6)).toMatchObject({ score: null, reason: expect.stringContaining("3-5") });
    expect(scoreRule(r, "是").score).toBeNull();
    expect(scoreRule(r, "无").score).toBe(0);
  });
  it("a fixed deduction with a veto on the same event scores and says vetoed", () => {
    const r = rule("全年无火灾得10分,发生森林火灾无分,并实行一票否决");
    expect(scoreRule(r, "1起", 10)).toMatchObject({ score: 0, vetoed: true });
    expect(scoreRule(r, "有", 10)).toMatchObject({ score: 0, vetoed: true });
    expect(scoreRule(r, "无", 10)).toEqual({ score: 10 });
    expect(scoreRule(r, 0, 10)).toEqual({ score: 10 });
    expect(explainRule(r, "1起", 10).zh).toBe("1起 → 10 − 10 = 0分,一票否决");
    expect(explainRule(r, "无", 10).zh).not.toContain("否决");
  });
  it("parts whose requirements are met or not: 否 takes a part's points, a number counts unmet parts of equal points", () => {
    const r = rule("未成立禁烧工作小组的,扣2分;未作出禁烧工作部署的,扣3分。");
    const met: ScoringRule = { ...(r as Extract<ScoringRule, { kind: "sub-clauses" }>), met: true };
    expect([scoreRule(met, "是,是", 5).score, scoreRule(met, "是,否", 5).score, scoreRule(met, "否,是", 5).score, scoreRule(met, "否,否", 5).score]).toEqual([5, 2, 3, 0]);
    expect([scoreRule(met, "是", 5).score, scoreRule(met, "否", 5).score, scoreRule(met, "√", 5).score]).toEqual([5, 0, null]);
    expect(scoreRule(met, "1项", 5)).toMatchObject({ score: null, reason: expect.stringContaining("逐项") });
    const same: ScoringRule = { kind: "sub-clauses", sign: -1, met: true, parts: [{ label: "未建立机制", points: 2 }, { label: "未落实举措", points: 2 }] };
    expect([scoreRule(same, 0, 4).score, scoreRule(same, "1项", 4).score, scoreRule(same, "2项", 4).score, scoreRule(same, "5项", 4).score]).toEqual([4, 2, 0, 0]);
    expect([scoreRule(same, "√", 4).score, scoreRule(same, "×", 4).score, scoreRule(same, "无", 4).score]).toEqual([4, 0, 0]);
    expect(scoreRule(same, -1, 4).score).toBeNull();
  });
  it("percentage cut needs the score it cuts", () => {
    const r = rule("出现违规情况扣减20%的考核得分");
    expect(scoreRule(r, "是", 87.5).score).toBe(70);
    expect(scoreRule(r, "否", 87.5).score).toBe(87.5);
    expect(scoreRule(r, "是").score).toBeNull();
    expect(scoreRule(r, "否").score).toBe(0);
  });
  it("a veto flags the unit instead of scoring", () => {
    const r = rule("出现重大责任事故的予以一票否决");
    expect(scoreRule(r, "是")).toEqual({ score: null, vetoed: true, reason: expect.stringContaining("一票否决"), why: { zh: "一票否决", en: "vetoed" } });
    expect(scoreRule(r, "否").score).toBe(0);
    expect(scoreRule(r, "否", 100).score).toBe(100);
  });
  it("by-period needs the period", () => {
    const r = rule("上半年到位率达65%以上计10分,低于65%不计分;全年到位率达70%以上计10分,否则每少1个比例点扣1分,扣完为止");
    expect(scoreRule(r, "66%", 10)).toMatchObject({ score: null, reason: expect.stringContaining("考核时段") });
    expect(scoreRule(r, "66%", 10, { period: "half-year" }).score).toBe(10);
    expect(scoreRule(r, "66%", 10, { period: "full-year" }).score).toBe(6);
  });
  it("period default: M at that period, the standard otherwise", () => {
    const r = rule("报告完成情况计20分,否则不计分。(半年考核时此项均默认为满分)");
    expect(scoreRule(r, "否", 20, { period: "half-year" }).score).toBe(20);
    expect(scoreRule(r, "否", 20, { period: "full-year" }).score).toBe(0);
    expect(scoreRule(r, "否", 20).score).toBe(0);
    const alone = rule("半年考核时此项均默认为满分");
    expect(scoreRule(alone, null, 20).score).toBe(20);
    expect(scoreRule(alone, null, 20, { period: "full-year" }).score).toBeNull();
  });
  it("money tiers: a lookup from rate to amount, not points", () => {
    const r = rule("三查到位率达95%的奖村500元,90%的奖200元,不足90%的罚300元,不足85%的罚800元");
    const cases: Array<[unknown, number]> = [["95%", 500], ["94.9%", 200], ["90%", 200], ["89.9%", -300], ["85%", -300], ["84.9%", -800], [0.87, -300], [100, 500]];
    for (const [v, amount] of cases) expect([v, scoreRule(r, v as never, 10).score]).toEqual([v, amount]);
  });
  it("listed parts: a count, the parts named, or yes for all", () => {
    const r = rule("卫生计生、公安、教育、民政、统计等5部门各计4分");
    expect(scoreRule(r, 3).score).toBe(12);
    expect(scoreRule(r, "公安、民政、财政").score).toBe(8);
    expect(scoreRule(r, "是").score).toBe(20);
    expect(scoreRule(r, 7, 20).score).toBe(20);
    expect(scoreRule(r, "财政").score).toBeNull();
  });
  it("sub-clauses: one answer per sub-clause, or one answer for all", () => {
    const r = rule("村签订的计7分;部门签订的计3分;乡镇签订的计10分");
    expect(scoreRule(r, "是,否,是", 20).score).toBe(17);
    expect(scoreRule(r, "1;0;1", 20).score).toBe(17);
    expect(scoreRule(r, "是", 20).score).toBe(20);
    expect(scoreRule(r, "是,否", 20)).toMatchObject({ score: null, reason: expect.stringContaining("3") });
  });
});

describe("a shortfall typed against a stated target (dev3 F04-02)", () => {
  const target = rule("达到10处以上为合格,每少一处扣2分。");
  it("少3处 is three missing; 7处 is seven there, three missing", () => {
    expect(target).toMatchObject({ kind: "per-unit-deduction-floored", target: 10 });
    expect(["少3处", "7处", "缺3处", "10处", "12处"].map((v) => scoreRule(target, v).score)).toEqual([-6, -6, -6, 0, 0]);
    expect(scoreRule(target, "少3处", 20).score).toBe(14);
  });
  it("more missing than the target is a bad value, not a score", () => {
    expect(scoreRule(target, "少12处").score).toBeNull();
  });
  it("the value cell keeps showing 少3处 while holding what there is, so the formula agrees", () => {
    expect(valueCellFor(target, "少3处")).toEqual({ value: 7, numberFormat: '"少3处"' });
    // without a target the shortfall is the count itself
    expect(valueCellFor(rule("每少1人扣3分,扣完为止"), "少2人")).toEqual({ value: 2, numberFormat: '"少"0"人"' });
  });
});

describe("a word written with a numeral character is no count (一般 is a grade)", () => {
  it.each(["一般", "一致", "十分好"])("%s is neither yes nor a count", (v) => {
    expect(scoreRule(rule("达到标准得2分,否则不得分"), v, 2).score).toBeNull();
    expect(scoreRule(perCase, v).score).toBeNull();
  });
  it("一次, 三人, 两起 are still counts", () => {
    expect(["一次", "三人", "两起"].map((v) => scoreRule(perCase, v).score)).toEqual([-2, -6, -4]);
  });
});

describe("failings of equal points answered by a count (dev2 E31-05)", () => {
  const r = rule("①未及时备案的扣5分;②未及时公开的扣5分;③年度报告与其他单位雷同扣5分。");
  it("a count says how many failings happened; 是/有 all of them, 否 none", () => {
    expect(r).toMatchObject({ kind: "sub-clauses", sign: -1 });
    expect(["0", "1项", "2项", "3项", "是", "否", "是,否,否"].map((v) => scoreRule(r, v, 10).score)).toEqual([10, 5, 0, 0, 0, 10, 5]);
  });
  it("the value cell holds the count the formula reads (有 → 3, shown 有)", () => {
    expect(valueCellFor(r, "有")).toEqual({ value: 3, numberFormat: '"有"' });
    expect(valueCellFor(r, "1项")).toEqual({ value: 1, numberFormat: '0"项"' });
  });
});

describe("a rate rule given a count (dev4 G14-05: 4篇 was read as 4%)", () => {
  const r = rule("合格率达到95%以上得10分,每降低1个百分点扣1分");
  it("a figure with a measure word is not a rate: no score, and the cell is left for the formula to refuse", () => {
    expect(["4篇", "3人", "96次"].map((v) => scoreRule(r, v, 10).score)).toEqual([null, null, null]);
    expect(valueCellFor(r, "4篇")).toBeNull();
  });
  it("a rate in any shape clerks type is still read", () => {
    expect(["96%", "94", "0.94", "约96%", "９６％", "94左右"].map((v) => scoreRule(r, v, 10).score)).toEqual([10, 9, 9, 10, 10, 9]);
  });
});

// (round 7: G28-01's own clause, 缺项扣4分, is now read as missing parts counted — confident.test.ts —
// so a standard unmet of the same shape carries this test)
describe("a shortfall typed for a yes/no rule (dev4 G28-01: 缺1项 scored as a yes)", () => {
  const p = parseRule("查文件,资料不规范扣4分", { max: 4 });
  const r: ScoringRule = p.understood ? p.rule : { kind: "veto" };
  it("is no answer: no score, and the cell is left for the formula to refuse", () => {
    expect(r.kind).toBe("all-or-nothing");
    expect(["缺1项", "少2次"].map((v) => scoreRule(r, v, 4).score)).toEqual([null, null]);
    expect(valueCellFor(r, "缺1项")).toBeNull();
    expect(["是", "否", "√"].map((v) => scoreRule(r, v, 4).score)).toEqual([4, 0, 4]);
  });
});

describe("values typed in traditional characters (dev5 H05-05: 無 was no count)", () => {
  it("無, 沒有, 3個 read as 无, 没有, 3个 — in the engine and in the cell the formula reads", () => {
    const r = rule("每次加三分");
    expect(["無", "3個", "无"].map((v) => scoreRule(r, v).score)).toEqual([0, 9, 0]);
    expect(valueCellFor(r, "無")).toEqual({ value: 0, numberFormat: '"無"' });
    const y = parseRule("有独立的财务帐户得5分,否则不得分", { max: 5 });
    if (!y.understood) throw new Error(y.reason);
    expect(["無", "沒有", "有"].map((v) => scoreRule(y.rule, v, 5).score)).toEqual([0, 0, 5]);
  });
});

describe("無 (none, in traditional characters) is 无 (dev5 H05-03, H05-05: 無 was 'not a count')", () => {
  const rule = (text: string, max?: number): ScoringRule => {
    const p = parseRule(text, max !== undefined ? { max } : {});
    if (!p.understood) throw new Error(p.reason);
    return p.rule;
  };
  it("scores as 无 for a count, a deduction and a yes/no", () => {
    for (const [text, max, none] of [["記小功者,每次加三分。", undefined, 0], ["集會無故缺席者,每二次減一分。", undefined, 0], ["每发现一起扣2分,扣完为止", 10, 10], ["建立工作台账计5分,否则不计分", 5, 0]] as const) {
      const r = rule(text, max);
      expect(scoreRule(r, "無", max)).toEqual(scoreRule(r, "无", max));
      expect(scoreRule(r, "無", max).score).toBe(none);
    }
  });
  it("the formula's cell is made 0, still showing 無", () => {
    expect(valueCellFor(rule("每发现一起扣2分,扣完为止", 10), "無")).toEqual({ value: 0, numberFormat: '"無"' });
  });
});
