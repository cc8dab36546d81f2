/**
 * Round 9 (issue 10), `rt`: clauses where the value is a quantity and the points follow from it, read
 * by shapes other documents share, each with paraphrases another township, school or hospital would use
 * and the scores worked by hand.
 */
import { parseRule, scoreRule } from "../../../src/engine/rules";

const rule = (text: string, max?: number): unknown => {
  const p = parseRule(text, max !== undefined ? { max } : {});
  return p.understood ? p.rule : `not understood: ${p.reasonCode}`;
};
const score = (text: string, value: string, max?: number): number | null => {
  const p = parseRule(text, max !== undefined ? { max } : {});
  return p.understood ? scoreRule(p.rule, value, max).score : null;
};
type Case = [string, number | null];

describe("每人每次: per person and per time is one figure, the person-times (人次)", () => {
  it.each<[string, number | undefined, Case[]]>([
    // dev11 Q29-01/Q29-02, the hand-worked cases
    ["2.凡在上课时间无故留在寝室者,每人每次扣两分。", undefined, [["0", 0], ["1人次", -2], ["3人次", -6]]],
    ["3.如有不配合检查人员工作者,一经查出,每人每次扣五分。", undefined, [["0", 0], ["1人次", -5], ["2人次", -10]]],
    // other wordings: 一 for 1, traditional characters, a floor, a cap, a bonus
    ["上课玩手机的,每人每一次扣1分", undefined, [["4人次", -4], ["0", 0]]],
    ["違反者每人每次罰2分", undefined, [["2人次", -4]]],
    ["值班缺岗每人每次扣0.5分,扣完为止", 5, [["0", 5], ["4人次", 3], ["12人次", 0]]],
    ["参加志愿服务的,每人每次加1分,最多加5分", undefined, [["3人次", 3], ["8人次", 5]]],
  ])("%s", (text, max, cases) => {
    for (const [value, expected] of cases) expect([value, score(text, value, max)]).toEqual([value, expected]);
  });

  it("the rule counts 人次", () => {
    expect(rule("每人每次扣2分")).toMatchObject({ kind: "per-case", unit: "人次", points: 2 });
  });

  // (round 11: 每班每次 is class-times, summed as times like 每人每次 — one figure)
  it("other units within units still need several figures (每人每天, 每班每超5人)", () => {
    expect(rule("每班每次扣2分", 5)).toMatchObject({ kind: "per-case", unit: "次", points: 2 });
    for (const t of ["每人每天扣2分", "班额超过标准的每班每超5人扣1分", "每村每少1人扣0.5分"]) {
      expect([t, rule(t, 5)]).toEqual([t, "not understood: per-per"]);
    }
  });
});

// (round 11: several kinds counted apart are scorable, one count per kind — the round 10 convention; dev7 L06-01)
describe("每人每次 of two kinds with their own points: one count of person-times per kind", () => {
  it.each(["迟到每人每次扣2分,旷会每人每次扣5分", "迟到每一人每一次扣2分,旷会每一人每一次扣5分", "迟到每人每次扣1分;早退每人每次扣2分"])("%s", (t) => {
    expect(rule(t)).toMatchObject({ kind: "per-case", unit: "人次" });
    expect((rule(t) as { categories: unknown[] }).categories).toHaveLength(2);
  });
});

describe("以此类推 (and so on) extends the steps said: a rule that did not read it is refused", () => {
  it.each([
    // (round 14: dev7 L09-01 and 发表1篇得2分,2篇得4分,依此类推 — bands on one line from 1 — are read; see roundFourteen-rt)
    ["缺1次扣1分,缺2次扣3分,以此类推", 10],
    ["超过1天扣1分,超过2天扣2分,依次类推", 10],
  ])("%s", (text, max) => {
    expect(rule(text, max)).toBe("not understood: unread-words");
  });

  it("the readers that read it keep their readings", () => {
    expect(score("1.迟到、早退一次各扣0.5分,以此类推,四次(含)以上不得分。", "3次", 10)).toBe(8.5);
    // (round 14: bands from 1 on one line, continued — a band begun takes its step)
    expect(score("2.1⾄至2⼈人不不做扣0.5分，3⾄至4⼈人不不做扣1分，以此类推。", "6人", 10)).toBe(8.5);
    expect(score("發表1篇得2分,2篇得4分,依此類推", "3篇", 10)).toBe(6);
    expect(score("完成年度计划目标得10分,完成目标的90%得9分,完成80%得8 分,依次类推。", "70%", 10)).toBe(7);
    expect(score("完成年度计划目标得30分,超额完成10%(含)至20%加1分,超额完成20%(含)至30%加2分,依次类推,最多加5分。", "130%", 35)).toBe(33);
  });
});

describe("each one more than a base, to a limit: read from the base (tiers of the count), never from 0", () => {
  it.each<[string, number | undefined, Case[]]>([
    // dev10 P21-05, P17-02, P17-03, the hand-worked cases
    ["1、提交的提案被立案的,从第 2 件起,每增加一件奖励 5 分(累计不超过 20 分)。", undefined, [["1件", 0], ["2件", 5], ["4件", 15], ["5件", 20], ["8件", 20]]],
    // other wordings: 自/开始, Chinese numerals, a cap said with 最多/最高, the item's max as the limit
    ["自第三篇起,每篇加1分,最多加3分", undefined, [["2篇", 0], ["3篇", 1], ["5篇", 3], ["7篇", 3]]],
    ["从第2次开始,每多1次得2分,最高6分", 6, [["1次", 0], ["2次", 2], ["4次", 6], ["5次", 6]]],
    // the item's max reached with no cap said: one more would pass it (that value refused, as a rate's bonus past the max is)
    ["每年有1人获表彰得5分,每增加1人加2分", 9, [["0", 0], ["1人", 5], ["2人", 7], ["3人", 9], ["4人", null]]],
    ["年内有1項成果獲表彰得4分,每增加1項加2分", 8, [["0", 0], ["1項", 4], ["3項", 8], ["4項", null]]],
    // a base of more than one: what fewer give is not said (that value refused)
    ["书面提出意见3条(10分),每增加1条加2分", 14, [["2条", null], ["3条", 10], ["4条", 12], ["5条", 14], ["9条", null]]],
  ])("%s", (text, max, cases) => {
    for (const [value, expected] of cases) expect([value, score(text, value, max)]).toEqual([value, expected]);
  });

  it("with no limit (no cap, no max) it stays refused", () => {
    for (const t of ["从第3次起,每增加1次加1分", "超过3件的,每增加1件加1分", "有1名代表发言的得10分,每增加1名加5分"]) {
      expect([t, rule(t)]).toEqual([t, "not understood: above-base"]);
    }
  });

  it("a base worth the item's max, no step within it: the base and none scored, past the base refused (dev10 P17-02/P17-03: whether the bonus passes the max is not said; round 12 sr)", () => {
    expect([score("各代表小组有1名代表作审议发言(10分),每增加1名加5分。", "1名", 10), score("各代表小组有1名代表作审议发言(10分),每增加1名加5分。", "2名", 10)]).toEqual([10, null]);
    expect([score("全年在主席团会议时作1次发言(15分),每增加1次加5分。", "0", 15), score("全年在主席团会议时作1次发言(15分),每增加1次加5分。", "1次", 15)]).toEqual([0, 15]);
  });

  it("the base in another measure word reads the same (有1种…, 每增加1篇)", () => {
    expect(rule("有1种成果获奖得4分,每增加1篇加2分", 8)).toEqual(rule("有1篇成果获奖得4分,每增加1篇加2分", 8));
  });

  it("a deduction counted from its Nth on is refused, never per unit from the first (从第2次起,每次扣2分 gave 1次 → −2)", () => {
    for (const [t, max] of [["从第2次起,每次扣2分", undefined], ["请假从第3次开始,每次扣1分,扣完为止", 5], ["自第二件起每件扣1分", 10]] as Array<[string, number | undefined]>) {
      expect([t, rule(t, max)]).toEqual([t, "not understood: above-base"]);
    }
  });
});

describe("a rate said just before a step down is its target (…20%每差1%扣5分, 参合率95%,每低1个百分点扣1分)", () => {
  it.each<[string, number | undefined, Case[]]>([
    // dev3 F20-03, the hand-worked cases (a deduction standing alone: signed points)
    ["1、压缩往年陈欠20%每差1%扣5分", undefined, [["20%", 0], ["25%", 0], ["18%", -10], ["15%", -25]]],
    // other wordings: a comma, 百分点, 降低, a floor, traditional characters
    ["参合率95%,每低1个百分点扣1分", 5, [["95%", 5], ["93%", 3], ["90%", 0], ["80%", 0]]],
    ["任务数90%,每差1%扣0.5分,扣完为止", 3, [["88%", 2], ["95%", 3], ["70%", 0]]],
    ["完成率100%,每降低1个百分点扣2分", 10, [["97%", 4], ["100%", 10]]],
    ["入學率98%，每降低1%扣1分", 5, [["96%", 3], ["98%", 5]]],
  ])("%s", (text, max, cases) => {
    for (const [value, expected] of cases) expect([value, score(text, value, max)]).toEqual([value, expected]);
  });

  it("a sample's size, a step up, or points of the rate's own are no such target", () => {
    expect(rule("抽查10%,每少1%扣1分", 5)).toBe("not understood: rate-incomplete");
    expect(typeof rule("差错率5%,每超1个百分点扣1分", 5)).not.toBe("object");
  });
});

describe("前N% (within the first N% of a ranking) is a share from the top: at most N, never at least N", () => {
  it.each<[string, number | undefined, Case[]]>([
    // dev7 L18-03, dev13 S07-01, S07-02, the hand-worked cases
    ["一级学科排名进入国内同类学科排名前10%加40分,进入国内同类学科排名前20%加15分,进入国内同类学科排名前30%加5分。", undefined, [["前8%", 40], ["前15%", 15], ["前25%", 5], ["前40%", 0]]],
    ["1、考核成绩在前20%的学生会干部加5分;2、考核成绩在前40%的学生会干部加4分;3、考核成绩在前60%的学生会干部加3分。", undefined, [["前20%", 5], ["前40%", 4], ["前60%", 3], ["前80%", 0]]],
    ["1、考核成绩在前10%的成员加3分;2、考核成绩在前30%的成员加2分;3、考核成绩在前50%的成员加1分。", undefined, [["前10%", 3], ["前30%", 2], ["前50%", 1], ["前60%", 0]]],
    // other wordings: one threshold with 否则, the share typed bare, full-width, traditional characters
    ["排名进入全市前10%的得5分,否则不得分", 5, [["前5%", 5], ["10%", 5], ["前20%", 0]]],
    ["綜合排名在前15%的加3分,在前30%的加2分", undefined, [["前１２％", 3], ["前30%", 2], ["31%", 0]]],
  ])("%s", (text, max, cases) => {
    for (const [value, expected] of cases) expect([value, score(text, value, max)]).toEqual([value, expected]);
  });

  it("提前 and 目前 before a rate are other words", () => {
    expect(rule("工期提前10%以上完成的得5分", 5)).toMatchObject({ threshold: { cmp: ">=", bound: 10 } });
  });
});

describe("a rate typed as how far below its target (少2%, 差3个百分点) reads as the target less that", () => {
  const scoreItem = (text: string, item: string, value: string, max?: number): number | null => {
    const p = parseRule(text, { ...(max !== undefined ? { max } : {}), itemText: item });
    return p.understood ? scoreRule(p.rule, value, max).score : null;
  };
  it.each<[string, string, number, Case[]]>([
    // dev13 S02-02, S02-03: the target in the item (the standard column), the hand-worked cases
    ["1、积极分子每少 2%扣 0.5 分。", "建立工会积极分子队伍,各种积极分子占 职工总数 25%以上,积极分子登记入册。(3分)", 3, [["少2%", 2.5], ["少6%", 1.5], ["少10%", 0.5], ["少12%", 0]]],
    ["3、职工参与面每少 5%扣 1 分;", "组织开展“我为金融发展作贡献”劳动竞赛 活动,有竞赛方案和办法,职工参与面不 低于 85%。(5分)", 5, [["少5%", 4], ["少15%", 2], ["少25%", 0], ["少30%", 0]]],
  ])("%s", (text, item, max, cases) => {
    for (const [value, expected] of cases) expect([value, scoreItem(text, item, value, max)]).toEqual([value, expected]);
  });

  it.each<[string, number, Case[]]>([
    // the target in the clause; 差/低, 个百分点, full-width, traditional characters; the rate itself still reads
    ["参合率达到95%,每低1个百分点扣1分", 5, [["差2个百分点", 3], ["少1%", 4], ["低5%", 0], ["93%", 3], ["少０％", 5]]],
    ["入學率達到98%,每降低1%扣2分,扣完為止", 10, [["少1%", 8], ["差3%", 4], ["少6%", 0]]],
    ["完成率达到90%以上计20分,每降低1个百分点扣2分,低于80%不计分", 20, [["少2%", 16], ["少10%", 0], ["85%", 10]]],
  ])("%s", (text, max, cases) => {
    for (const [value, expected] of cases) expect([value, score(text, value, max)]).toEqual([value, expected]);
  });

  it("a shortfall is refused where lower is better, or larger than the target itself", () => {
    expect(score("发生率控制在5%以下,每超1个百分点扣1分", "少1%", 5)).toBeNull();
    expect(score("参合率达到20%,每低1个百分点扣1分", "少30%", 5)).toBeNull();
  });
});

describe("in proportion to the rate, with a cut-off said beside it (按比例得分,低于60%的不得分)", () => {
  it.each<[string, number, Case[]]>([
    // dev5 H12-01, the hand-worked cases: a third or more missing is a share done of two thirds or less
    ["达到检查期限内应备节数(课时教案)计满分,不足者按比例折扣,缺课时超过三分之一 (含三分之一)者计 0 分。", 30, [["100%", 30], ["90%", 27], ["70%", 21], ["60%", 0], ["50%", 0]]],
    // other wordings: a cut-off rate with 低于/以下/(含), a missing share without 含 (more than a quarter)
    ["完成任务得满分,未完成的按比例扣分,完成率低于60%的不得分", 10, [["100%", 10], ["80%", 8], ["60%", 6], ["59%", 0]]],
    ["按完成比例得分,完成率低于50%不得分", 20, [["80%", 16], ["50%", 10], ["40%", 0]]],
    ["按比例计分,完成率在60%以下的不得分", 10, [["61%", 6.1], ["60%", 0]]],
    ["按出勤比例计分,缺勤超过四分之一者不得分", 8, [["80%", 6.4], ["75%", 6], ["70%", 0]]],
  ])("%s", (text, max, cases) => {
    for (const [value, expected] of cases) expect([value, score(text, value, max)]).toEqual([value, expected]);
  });

  it("a cut-off beside a proportion to a target below 100%, or a zero for something else, stays refused", () => {
    expect(rule("数量已达行政村数80%的得10分,未达80%的,按比例扣除,低于50%不得分", 10)).toBe("not understood: rate-incomplete");
    expect(rule("按比例得分,缺课超过3次者不得分", 10)).toBe("not understood: rate-incomplete");
  });
});

describe("bands that overlap: a value in both is refused, a value in one band keeps its points", () => {
  it.each<[string, number, Case[]]>([
    // dev4 G08-04, the hand-worked cases (none between 60 and 65), and the values in both bands
    ["-员工满意度调查得分在80 分及以上得10 分。-得分在70 - 80 分得8 分,60 - 70 分得6 分,低于65 分得0 分。", 10, [["85分", 10], ["75分", 8], ["67分", 6], ["55分", 0], ["62分", null], ["60分", null]]],
    // other wordings: rates, 以上/以下, traditional characters
    ["合格率95%以上得10分,90%-95%得8分,低于92%得0分", 10, [["96%", 10], ["93%", 8], ["91%", null], ["89%", 0]]],
    ["測評90分以上得10分,80-90分得8分,低於85分得5分", 10, [["95分", 10], ["87分", 8], ["82分", null], ["75分", 5]]],
  ])("%s", (text, max, cases) => {
    for (const [value, expected] of cases) expect([value, score(text, value, max)]).toEqual([value, expected]);
  });
});

describe("a condition's figure says which occasions are counted (成绩大于等于95分,…每次加0.1分): read, not scored", () => {
  it.each<[string, number | undefined, Case[]]>([
    // dev13 S29-01, S29-02, dev4 G32-02, G32-04, dev5 H15-01, the hand-worked cases
    ["宿舍卫生成绩大于等于95分,宿舍成员综合测评每次加0.1分,上限为1分。", undefined, [["0", 0], ["3次", 0.3], ["10次", 1], ["12次", 1]]],
    ["宿舍卫生成绩小于85分, 宿舍成员综合测评每次扣0.2分,无下限。", undefined, [["0", 0], ["2次", -0.4], ["10次", -2]]],
    ["匝道连续40秒(含)-60秒超速在限速值20%(含)-50%每次-2分", undefined, [["0", 0], ["1次", -2], ["4次", -8]]],
    ["主线连续40秒(含)-60秒超速在限速值10%(含)-30%每次-1分", undefined, [["0", 0], ["1次", -1], ["5次", -5]]],
    ["有黄土裸露,绿化覆盖率低于98%,面积超过10平方米的每处扣1分。", 10, [["1处", 9], ["4处", 6], ["0", 10], ["12处", 0]]],
    // other wordings: 以上/以下, a floor, traditional characters, 每例
    ["卫生检查得分在90分以上的,每次加0.5分,最多加3分", undefined, [["2次", 1], ["8次", 3]]],
    ["抽檢合格率低於90%的,每次扣2分,扣完為止", 6, [["1次", 4], ["5次", 0]]],
  ])("%s", (text, max, cases) => {
    for (const [value, expected] of cases) expect([value, score(text, value, max)]).toEqual([value, expected]);
  });

  it("the figures are kept with the rule", () => {
    expect(rule("宿舍卫生成绩大于等于95分,宿舍成员综合测评每次加0.1分,上限为1分。")).toMatchObject({ kind: "per-unit-capped", described: [95] });
    expect(rule("匝道连续40秒(含)-60秒超速在限速值20%(含)-50%每次-2分")).toMatchObject({ kind: "per-case", described: [20, 50] });
  });

  it("a condition that gates a count of something else, two conditions, or points before the step stay refused", () => {
    for (const [t, max] of [["完成率低于80%的,每少1项扣2分", 10], ["合格率低于90%的每次扣2分,合格率低于80%的每次扣5分", undefined], ["考试成绩低于60分的,每人扣1分", 10], ["扣2分;成绩低于60分的每次扣1分", undefined]] as Array<[string, number | undefined]>) {
      expect([t, typeof rule(t, max)]).toEqual([t, "string"]);
    }
  });
});
