/**
 * Issue 10, round 13 (mz): money per case said in other ways (test/corpus/clauses/README.md, "Conventions settled
 * (round 12)": no max → the count × the amount in 元, negative for fines). The money reading takes the construct
 * however it is said:
 * - the verb as a class: what takes money (扣 with what it does — 扣除, 扣发, 扣处, 扣减, 扣回; 反扣, 倒扣; 罚, 处罚,
 *   罚款; 核减, 减发) and what gives it (奖, 奖励, 奖给);
 * - who pays or what is paid in, between the verb and the amount (处罚该村计生专干100元, 扣处现金50元, 奖励人民币500元);
 * - the fund it is taken from before the verb (在当月奖励工资中扣发30元, 从…工资总额中扣除500元), per case said
 *   there (按例扣除…10元, 在…中每篇扣发20元);
 * - the amount before the verb as a standard (按每对200元的标准对该村进行处罚);
 * - the amount in 万元 (一次性奖励3万元: 30000元; 一次性 a lump sum, not a count).
 * None of the clauses below is in a corpus file; every one is worded anew.
 */
import { parseRule, scoreRule } from "../../../src/engine/rules";

const parsed = (text: string, max?: number) => parseRule(text, max !== undefined ? { max } : {});
const score = (text: string, value: string, max?: number): number | null => {
  const p = parsed(text, max);
  return p.understood ? scoreRule(p.rule, value, p.max ?? max).score : null;
};
const expectScores = (text: string, cases: Array<[string, number]>): void => {
  const p = parsed(text);
  expect(p.understood).toBe(true);
  if (p.understood) expect((p.rule as { currency?: string }).currency).toBe("元");
  for (const [value, expected] of cases) expect([value, score(text, value)]).toEqual([value, expected]);
};

describe("the money verbs as a class, with who pays or what is paid in before the amount", () => {
  it.each([
    // 扣发 / 扣处 / 反扣 / 核减: taking money, whatever the second character
    ["值班脱岗的,每人次扣发值班人员80元", [["0", 0], ["2人次", -160], ["5人次", -400]]],
    ["车辆未按规定停放的,每辆扣处驾驶员现金20元", [["1辆", -20], ["3辆", -60], ["无", 0]]],
    ["擅自离开考场一次反扣监考费60元", [["1次", -60], ["4次", -240]]],
    ["台账缺页的每页核减经办人15元", [["2页", -30], ["0", 0]]],
    // 处罚 + a payer of more than four characters (a place and a post)
    ["逾期未报送的街道,每例处罚该社区网格员50元。", [["1例", -50], ["6例", -300], ["0", 0]]],
    // 奖给 / 獎勵 + 人民币 (traditional characters too)
    ["群众举报属实的,每宗奖给举报人人民币300元", [["1宗", 300], ["2宗", 600], ["0", 0]]],
    ["每協助抓獲逃犯1名獎勵人民幣800元", [["1名", 800], ["3名", 2400]]],
  ] as Array<[string, Array<[string, number]>]>)("%s", (text, cases) => expectScores(text, cases));

  it("a cap on the amount said with the verb again (最高奖励…元) stops the total", () => {
    const text = "每提供有效线索1条奖励现金200元,每年最高奖励1000元。";
    expectScores(text, [["1条", 200], ["5条", 1000], ["8条", 1000], ["0", 0]]);
    // (每人每年最高…: a cap per person over a count of clues from many people is refused — cw's per-holder cap, round 13)
    expect(parsed("每提供有效线索1条奖励现金200元,每人每年最高奖励1000元。").understood).toBe(false);
  });

  it("kinds counted apart, each with its own verb of the class and payer", () => {
    const text = "无故缺勤者网格员每次扣处现金40元;迟到者,网格员每次扣处现金15元。";
    expectScores(text, [["0,0", 0], ["1,0", -40], ["0,2", -30], ["2,2", -110]]);
  });
});

describe("the fund the money is taken from, and per case, said before the verb", () => {
  it.each([
    ["未按时上交月报的,每份从季度考核奖金中扣除100元", [["1份", -100], ["3份", -300], ["0", 0]]],
    ["每發現一次,在當月績效工資中扣發人民幣50元", [["1次", -50], ["2次", -100]]],
    ["查实漏报一户的,按户扣除包片干部补贴20元", [["1户", -20], ["4户", -80]]],
    ["巡查中发现垃圾乱倒的,在年终奖励工资中每处扣发10元", [["3处", -30], ["0", 0], ["7处", -70]]],
  ] as Array<[string, Array<[string, number]>]>)("%s", (text, cases) => expectScores(text, cases));
});

describe("the amount before the verb, as a standard", () => {
  it.each([
    ["未完成的按每人100元的标准对该单位进行处罚", [["1人", -100], ["3人", -300], ["0", 0]]],
    ["超额完成的以每户50元的标准给予奖励", [["2户", 100], ["10户", 500]]],
    ["漏登的照每条30元的标准扣除", [["1条", -30], ["5条", -150]]],
  ] as Array<[string, Array<[string, number]>]>)("%s", (text, cases) => expectScores(text, cases));
});

describe("an amount in 万元 is 元 × 10000; 一次性 is a lump sum, not a count", () => {
  it.each([
    ["凡提前完成全年招商任务的,一次性奖励2万元。", [["是", 20000], ["否", 0]]],
    ["年度考核获评先进的村一次性奖励1.5万元", [["是", 15000], ["否", 0]]],
    ["发生重大安全事故的,每起处罚责任单位1万元", [["1起", -10000], ["2起", -20000], ["0", 0]]],
  ] as Array<[string, Array<[string, number]>]>)("%s", (text, cases) => expectScores(text, cases));
});

describe("near-misses stay refused", () => {
  it.each([
    // money by a share of the pay: the amount is not in the clause
    "迟到一次扣发当月绩效工资的10%",
    // money down to a figure not in the sheet
    "每少一天,从当月津补贴中扣除100元,直至扣完为止",
    // the pay itself, no amount
    "每缺一次扣除当月工资",
    // a slot that reckons rather than names who pays
    "每少报一人扣除包村干部当日工资的50元",
    // points and money for the same act
    "每次扣处现金50元并扣2分",
    // two payers, two amounts, one act
    "每例处罚该村200元,处罚村专干100元。",
    "发现一例扣发驻村干部工资30元,扣发村专干工资20元",
    // money by a rate of the money recovered
    "按挽回损失金额的5%给予奖励",
    // no amount: the standard is named, not said
    "按相关标准对该村进行处罚",
  ])("%s", (text) => {
    expect(parsed(text).understood).toBe(false);
  });

  it("with a max in points, money is no score (the item is not counted in 元)", () => {
    expect(parsed("每例处罚该村200元", 10).understood).toBe(false);
  });
});

// (merged with th, round 13: at or past the count the dismissal decides and the value is refused — a dismissal said
// as "may" (可直接辞退, dev17 B16-01) leaves the money standing at every count)
describe("a dismissal once the acts pass a count is no amount: the money per case stands below the count (dev16 A25-02, dev17 B16-01 as worked)", () => {
  it.each([
    ["值班时睡岗的,每次罚款60元。睡岗累计5次以上的,予以解聘。", [["0", 0], ["1次", -60], ["4次", -240], ["5次", null]]],
    ["工作群内发布不当言论,每发现一条扣发人民币30元,超过4次的开除。", [["2条", -60], ["0", 0], ["6条", -180]]],
    ["卫生区未打扫的每天扣清洁员10元;连续3天以上者,作辞退处理。", [["1天", -10], ["2天", -20], ["4天", null]]],
    ["卫生区未打扫的每天扣清洁员10元;连续3天以上者,可作辞退处理。", [["1天", -10], ["4天", -40]]],
  ] as Array<[string, Array<[string, number | null]>]>)("%s", (text, cases) => expectScores(text, cases as Array<[string, number]>));

  it("kinds counted apart keep their amounts when a dismissal past a count closes the clause", () => {
    const text = "与顾客争吵的,每次扣款8元,动手打人的罚款50元,超过两次予以辞退。";
    expectScores(text, [["0,0", 0], ["1,0", -8], ["0,1", -50], ["1,1", -58]]);
    expect(score(text, "3,1")).toBeNull();
  });

  it.each([
    // a fine and a dismissal for the same act: the amount is not the whole outcome
    "每次罚款100元并予以辞退",
    "发现偷盗物资的罚款200元,同时予以开除",
    "予以辞退并罚款500元",
    "每次扣处现金100元,并予以解聘",
  ])("a fine and a dismissal for the same act stays refused: %s", (text) => {
    const p = parsed(text);
    expect(p.understood).toBe(false);
    if (!p.understood) expect(p.reasonCode).toBe("fine-with-dismissal");
  });
});

describe("money by a rate's tier, its verb said in other words or one tier alone (money tiers, DOMAIN.md), no max", () => {
  it.each([
    ["参合率低于85%的,处罚该村村医200元;参合率达到98%以上的,奖励该村村医300元。", [["80%", -200], ["85%", 0], ["97.9%", 0], ["98%", 300]]],
    ["月度考勤率不足90%的,从当月绩效奖金中扣发150元", [["89%", -150], ["90%", 0], ["100%", 0]]],
    ["建档率达到95%的村,奖给村卫生室人民币1000元", [["95%", 1000], ["94.5%", 0]]],
    ["卫生检查合格率低于60‰的,罚款该班300元", [["59‰", -300], ["60‰", 0]]],
  ] as Array<[string, Array<[string, number]>]>)("%s", (text, cases) => {
    const p = parsed(text);
    expect(p.understood).toBe(true);
    if (p.understood) expect(p.rule.kind).toBe("money-tiers");
    for (const [value, expected] of cases) expect([value, score(text, value)]).toEqual([value, expected]);
  });

  it.each([
    // money by a share (of the excess, of the pay): no amount of its own
    "完成率达到90%的,按超额部分的5%奖励",
    "出勤率低于80%的扣发当月绩效工资的10%",
    // bounds in 万元, a scale the tiers do not keep
    "招商到位资金完成500万元以上的奖励2000元",
    // money per rate point: not a tier
    "收费率每提高1%奖励村干部50元",
  ])("refused: %s", (text) => {
    expect(parsed(text).understood).toBe(false);
  });

  it("with a max in points, a rate's tier in 元 is no score", () => {
    expect(parsed("建档率达到95%的村,奖给村卫生室人民币1000元", 10).understood).toBe(false);
  });
});
