/**
 * Confident wrong scores of round 7 (issue 10): clauses of dev2–dev5 the reader scored though a
 * careful person could not, or scored against the hand-worked answer. Each general cause is tested
 * with paraphrases another document would use (written for this test, not taken from the corpus)
 * and the near-misses that must keep their reading.
 */
import { parseRule, scoreRule, type ScoringRule } from "../../../src/engine/rules";

function refused(text: string, max?: number): string {
  const p = parseRule(text, max !== undefined ? { max } : {});
  if (p.understood) throw new Error(`understood: ${text}: ${JSON.stringify(p.rule)}`);
  return p.reasonCode ?? "";
}

function scored(text: string, max: number | undefined, value: string | number): number | null {
  const p = parseRule(text, max !== undefined ? { max } : {});
  if (!p.understood) throw new Error(`not understood: ${text}: ${p.reason}`);
  return scoreRule(p.rule as ScoringRule, value, max).score;
}

describe("a veto with no points of its own that one yes/no does not answer", () => {
  it.each([
    "实行一票否决工程:1.发生综治、平安生产案件;2.违反计划生育政策;3.单位及职工被党政纪处分。",
    "有下列情形之一的,实行一票否决:1、发生重大安全事故;2、发生群体性事件;3、发生违法生育",
    "發生下列情形之一的實行一票否決:(1)發生重大事故;(2)發生群體性事件",
    "有下列情况之一的为不合格单位,实行一票否决。1.年度内被通报批评2次的;2.发生食物中毒10人以上事故1起的",
  ])("several numbered conditions: one row each — %s", (text) => {
    expect(refused(text)).toBe("veto-list");
  });
  it.each([
    "监测2周,首页栏目无信息更新的,即单项否决。",
    "网站连续1个月未更新的,实行单项否决",
    "該項實行單項否決",
    "发生重大安全事故的,本项单项一票否决",
  ])("单项否决 (the item, or the unit on this item): %s", (text) => {
    expect(refused(text)).toBe("item-veto");
  });
  it.each([
    "(三)考核项中加“*”号的为必须符合项,对不符合安全管理要求的单位实行“一票否决”,考核结果为“不合格”。",
    "标★号的指标为否决指标,有一项不达标的实行一票否决",
    "带*的项目未达到要求的,予以一票否决",
    "考核表中注▲的内容有一条不符合的,实行一票否决",
  ])("the condition is other items' results (marked items): %s", (text) => {
    expect(refused(text)).toBe("veto-of-marked");
  });
  it.each([
    ["出现重大责任事故或未按规定及时上报的予以“一票否决”。"],
    ["发生1起以上重大安全事故的实行一票否决"],
    ["(1)发生重大事故的实行一票否决"],
  ])("one condition stays a veto: %s", (text) => {
    const p = parseRule(text);
    if (!p.understood) throw new Error(`not understood: ${text}: ${p.reason}`);
    expect(p.rule).toEqual({ kind: "veto" });
    expect(scoreRule(p.rule, "是")).toMatchObject({ score: null, vetoed: true });
    expect(scoreRule(p.rule, "否").score).toBe(0);
  });
});

describe("points by how the work went (根据…情况得分) are the assessor's", () => {
  it.each([
    ["每季度,根据工作开展情况得分(0.3分),满分1.2分。", 1.2],
    ["视工作完成情况给分,最高5分", 5],
    ["按照整改落实情况评分(3分)", 3],
    ["依据活动开展效果计分,满分2分", 2],
    ["根據工作開展情況得分(2分)", 2],
  ])("%s", (text, max) => {
    expect(refused(text, max)).toBe("discretion");
  });
  it("a method stated after it is read: 按完成情况计分:全部完成得5分,未完成不得分", () => {
    const text = "按完成情况计分:全部完成得5分,未完成不得分";
    expect(scored(text, 5, "是")).toBe(5);
    expect(scored(text, 5, "否")).toBe(0);
  });
  it("a count after it is read: 根据检查情况,每发现一处问题扣1分", () => {
    expect(scored("根据检查情况,每发现一处问题扣1分", 5, "2处")).toBe(3);
    expect(scored("根据检查情况,每发现一处问题扣1分", 5, "0")).toBe(5);
  });
});

describe("a vague number of cases before the points (一些次, 若干次)", () => {
  it.each([
    "4、节约用水,离开宿舍要关好水龙头,一些次未关扣10分。",
    "若干次未按时上报扣2分",
    "有些次未关灯扣5分",
    "幾次未關扣10分",
  ])("%s", (text) => {
    expect(refused(text)).toBe("vague-count");
  });
  it("每次 is a count: 每次未关扣10分", () => {
    expect(scored("每次未关扣10分", undefined, "2次")).toBe(-20);
  });
  it("repeated reminders are the condition of one failing: 经多次督促仍未整改的扣2分", () => {
    expect(scored("经多次督促仍未整改的扣2分", undefined, "是")).toBe(-2);
  });
});

describe("a later part whose points hang on a further condition (若…则…)", () => {
  it.each([
    "(3)校公寓报投稿,原创投稿个人加1分,摘抄投稿个人加0.5分,班级不加分;若发表,则投稿人各人加3分,班级加5分。",
    "参加市级比赛加2分,如果获奖,则加5分",
    "每篇信息加0.5分;倘若被省级采用,则每篇加2分",
    "被县级采用的加1分;若被市级采用則加3分",
  ])("%s", (text) => {
    expect(refused(text)).toBe("conditional-part");
  });
  it("a condition that opens the clause is its condition: 若未按时上报,则扣2分", () => {
    expect(scored("若未按时上报,则扣2分", undefined, "是")).toBe(-2);
    expect(scored("若未按时上报,则扣2分", undefined, "否")).toBe(0);
  });
});

describe("missing parts that take the whole item (缺项扣4分) are counted", () => {
  it.each([
    "查文件,缺项扣4分",
    "资料缺件的,扣4分",
    "查资料,有缺項的扣4分",
    "台账缺少项扣4分",
  ])("%s (max 4): none missing 4, any missing 0", (text) => {
    expect(scored(text, 4, "无")).toBe(4);
    expect(scored(text, 4, "0")).toBe(4);
    expect(scored(text, 4, text.includes("件") ? "缺1件" : "缺1项")).toBe(0);
    expect(scored(text, 4, text.includes("件") ? "缺3件" : "缺3项")).toBe(0);
  });
  it("a standard unmet, not parts missing, is still answered yes/no: 资料不规范的扣4分", () => {
    expect(scored("资料不规范的扣4分", 4, "是")).toBe(4);
    expect(scored("资料不规范的扣4分", 4, "否")).toBe(0);
  });
  it("fewer points than the item's are still refused (how the rest is earned is not said)", () => {
    expect(refused("缺项扣2分", 4)).toBe("rest-unsaid");
  });
});

// ---------------------------------------------------------------- dev6 and dev7 (round 7), after their first figures

describe("a lose verb with whose points before them (扣除该成员5分) takes them off", () => {
  it.each([
    ["成员无故旷勤,扣除该成员5分;", -5],
    ["无故缺席例会的,扣除该同志2分", -2],
    ["值班脱岗的,扣当班人员考核分3分", -3],
    ["未按时交回钥匙的,扣除該責任人1分", -1],
  ])("%s (no max): 是 → %d, 否 → 0", (text, points) => {
    expect(scored(text, undefined, "是")).toBe(points);
    expect(scored(text, undefined, "否")).toBe(0);
  });
  it.each([
    "一人次扣该当班教师考核分0.5分。",
    "幼儿园查出孩子携带危险物品入园的,一人次扣该当班教师考核分0.5分。",
    "每人次扣除该班级考核分0.5分",
  ])("per person: %s", (text) => {
    expect(scored(text, undefined, "1人次")).toBe(-0.5);
    expect(scored(text, undefined, "4人次")).toBe(-2);
    expect(scored(text, undefined, "0")).toBe(0);
  });
  it("two such deductions with different points for different acts are kinds counted apart (round 10; was several figures)", () => {
    const p = parseRule("如未清扫者每次扣除当月绩效考核3分,清扫不彻底的每次扣除当月绩效考核1分;");
    if (!p.understood) throw new Error(p.reason);
    expect(scoreRule(p.rule, "2,3").score).toBe(-9);
  });
});

describe("points per case with no verb under a deduction heading (纪律扣分细则) are taken off", () => {
  const under = (text: string, item: string, value: string): number | null => {
    const p = parseRule(text, { itemText: item });
    if (!p.understood) throw new Error(`not understood: ${text}: ${p.reason}`);
    return scoreRule(p.rule, value).score;
  };
  it.each([
    ["寝室的门窗、电灯不关好,每次5分。", "【纪律扣分细则】"],
    ["不按时熄灯,每次5分", "宿舍管理扣分标准"],
    ["乱扔垃圾每次5分", "減分項目"],
  ])("%s under %s: 2次 → -10", (text, item) => {
    expect(under(text, item, "2次")).toBe(-10);
    expect(under(text, item, "0")).toBe(0);
  });
  it("under a bonus heading, or none, they are given", () => {
    expect(under("每篇5分", "信息宣传加分", "2篇")).toBe(10);
    expect(scored("每篇5分", undefined, "2篇")).toBe(10);
  });
});

describe("a requirement with one count bound and its points in parentheses compares the count", () => {
  it.each([
    ["分析研究安全生产不少于4次(4分);", 4, "次"],
    ["俱乐部配有专项的体育教师或体育教练员4名以上。(3分)", 3, "名"],
    ["每年组织应急演练2次以上(2分)", 2, "次"],
    ["全年召开會議不少於四次(4分)", 4, "次"],
  ])("%s", (text, points, unit) => {
    const bound = Number(/(\d)[次名]/.exec(text)?.[1] ?? 4);
    expect(scored(text, points, `${bound}${unit}`)).toBe(points);
    expect(scored(text, points, `${bound + 2}${unit}`)).toBe(points);
    expect(scored(text, points, `${bound - 1}${unit}`)).toBe(0);
    expect(scored(text, points, "0")).toBe(0);
  });
  it("a count said with no comparator (要进行一次培训) stays a yes/no", () => {
    expect(scored("各村级应急扑火队要进行一次安全扑火培训。(1分)", 1, "是")).toBe(1);
  });
});

describe("points per unit written after them (加0.5分/人)", () => {
  it.each([
    ["拾到校章者,加0.5分/人,并登记表扬", "2人", 1],
    ["好人好事加1分/次", "3次", 3],
    ["獲獎的計2分/篇", "2篇", 4],
  ])("%s: %s → %d", (text, value, score) => {
    expect(scored(text, undefined, value)).toBe(score);
    expect(scored(text, undefined, "0")).toBe(0);
  });
});

describe("counts in parts that a yes/no per part does not give", () => {
  it.each([
    ["总量200条得8分,未完成扣2分;", 8, [["200条", 8], ["260条", 8], ["199条", 6], ["50条", 6]]],
    ["全年发稿30篇得5分,未完成的扣2分", 5, [["30篇", 5], ["29篇", 3], ["0", 3]]],
  ] as const)("full points for a count reached, a deduction below it: %s", (text, max, cases) => {
    // (refused as count-in-part in round 7, never the old yes/no reading that took 200条 for 200 parts
    // unmet; round 8 reads the count against its target: met → the points, short → less the deduction)
    for (const [value, score] of cases) expect(scored(text, max, value)).toBe(score);
  });
  it.each([
    ["- 一年内召开5次及以上,得3分; - 一年内召开3次及以上,得2分; - 一年内召开1次及以上,得1分。", 3, [["5次", 3], ["4次", 2], ["1次", 1], ["0", 0]]],
    ["-全年开展活动6次及以上,得3分;-全年开展活动4次及以上,得2分;-全年开展活动2次及以上,得1分", 3, [["6次", 3], ["5次", 2], ["2次", 1], ["1次", 0]]],
  ] as const)("tiers of one count are not parts (3 = 2 + 1 is no item total), but tiers of the count: %s", (text, max, cases) => {
    // (refused as count-in-part when this branch was written; the measured-quantity reading merged
    // from kinds-a reads them as the tiers they are, as the same tiers without bullets below)
    for (const [value, score] of cases) expect(scored(text, max, value)).toBe(score);
  });
  it("the same tiers without the bullets are read as tiers: 开展活动6次以上得3分;4次以上得2分;2次以上得1分", () => {
    const text = "开展活动6次以上得3分;4次以上得2分;2次以上得1分";
    expect(["6次", "5次", "2次", "1次"].map((x) => scored(text, 3, x))).toEqual([3, 2, 1, 0]);
  });
  it("parts with a frequency that is their requirement stay yes/no: 每月召开1次例会得2分;建立台账得1分", () => {
    expect(scored("每月召开1次例会得2分;建立台账得1分", 3, "是,否")).toBe(2);
  });
});

describe("points by how the work went, with only the zero said", () => {
  it.each([
    "按落实情况计分,不落实管护主体不得分。",
    "根据完成情况给分,未完成的不得分",
    "视开展情况评分,未开展不得分。",
  ])("%s", (text) => {
    expect(refused(text, 15)).toBe("discretion");
  });
});

describe("both failings at once priced on their own (若…同时…)", () => {
  it.each([
    "值班期间出现迟到或者早退的现象,扣除该成员2分;若某成员同时存在迟到和早退的现象,扣除该成员4分;",
    "迟到扣1分,早退扣1分;如同时迟到早退的扣3分",
  ])("%s", (text) => {
    expect(refused(text)).toBe("conditional-part");
  });
});

describe("places, not counts (第一名加3分、第二名加2分)", () => {
  it.each([
    ["指導學生參加本校金華獎競賽，第一名加3分、第二名加2分、第三名加1分。", [3, 2, 1]],
    ["获得第一名的加5分,第二名加3分,第三名加1分", [5, 3, 1]],
    ["競賽獲第一名者加2分;第二名者加1分", [2, 1]],
  ])("%s", (text, points) => {
    expect(scored(text, undefined, "第一名")).toBe(points[0]);
    expect(scored(text, undefined, "第2名")).toBe(points[1]);
    // a bonus for the first places gives a later place nothing (第四名 was read as "3 or more")
    expect(scored(text, undefined, "第四名")).toBe(0);
    expect(scored(text, undefined, "无")).toBe(0);
  });
  it("earned places out of a max do not say what a later place gets", () => {
    expect(scored("第1名得10分;第2名得8分;第3名得6分", 10, "第2名")).toBe(8);
    expect(scored("第1名得10分;第2名得8分;第3名得6分", 10, "第4名")).toBeNull();
  });
});

describe("refused rather than guessed", () => {
  it.each([
    // (…的,一分钟扣1分 is read since round 8, per minute in 分钟 alone: measured-paraphrases.ts)
    ["超时1小时扣2分", "per-duration"],
    ["迟到5分钟扣1分", "per-duration"],
    ["(1)出勤人数,每班最多缺席3人,超过3人的,扣0.5分/人", "unread-words"],
    ["缺席超过3人的,每人扣0.5分", "unread-words"],
    ["睡觉钟响后不进寝室,每人次扣05分;", "unusable-number"],
    ["发现一次扣08分", "unusable-number"],
    ["找到兼职并实施的,一次加5-10分。", "points-range"],
    ["每发现一起加2-3分", "points-range"],
    ["第一次违规扣除当月绩效考核5分,第二次罚款100元;", "repeat-steps"],
    ["第一次未做到者扣5分,第二次扣10分", "repeat-steps"],
    ["第1次迟到扣1分,第2次迟到扣3分", "repeat-steps"],
  ])("%s → %s", (text, code) => {
    expect(refused(text)).toBe(code);
  });
  it.each([
    ["列入预算且有凭证的得1分。", 2],
    ["建立台账得1分", 2],
  ])("a yes/no worth less than the item (%s, max %d): how the rest is earned is not said", (text, max) => {
    expect(refused(text, max)).toBe("max-unreached");
  });
  it("the same yes/no worth the item is read", () => {
    expect(scored("列入预算且有凭证的得2分。", 2, "是")).toBe(2);
  });
});

describe("one case of a kind bounded by 以下 (发生一次B类以下质量事故扣6分) is counted", () => {
  it.each([
    "1、发生一次 B 类以下质量事故扣 6 分。",
    "发生一次C級以下事故扣6分",
    "每发生一起B类以下事故扣6分",
  ])("%s", (text) => {
    expect(scored(text, undefined, "1次")).toBe(-6);
    expect(scored(text, undefined, "2次")).toBe(-12);
    expect(scored(text, undefined, "0")).toBe(0);
  });
});

describe("points per unit with their cap, and the item's total said after them (dev6 K25, dev7 L01)", () => {
  it.each([
    ["积极配合文旅体相关信息约稿、素材提供,加0.1分/次,累计不超过1分。", [["0", 0], ["3次", 0.3], ["10次", 1], ["15次", 1]]],
    ["列入示范点的,加0.2分/个。累计不超过3分。", [["1个", 0.2], ["15个", 3], ["20个", 3]]],
    ["新增限上企业,加0.2分/家,最多加1分", [["2家", 0.4], ["8家", 1]]],
    ["好人好事加1分/次,最高5分", [["3次", 3], ["9次", 5]]],
  ] as const)("%s", (text, cases) => {
    for (const [value, score] of cases) expect(scored(text, undefined, value)).toBe(score);
  });
  it.each([
    ["〔每份0.5分,总分2分〕", 2, [["1份", 0.5], ["4份", 2], ["6份", 2], ["0", 0]]],
    ["〔每次会议0.5分,总分3分〕", 3, [["2次", 1], ["9次", 3]]],
    ["每篇0.5分,總分2分", 2, [["3篇", 1.5], ["5篇", 2]]],
  ] as const)("%s (max %d)", (text, max, cases) => {
    for (const [value, score] of cases) expect(scored(text, max, value)).toBe(score);
  });
  it("a total that is not the item's max is not read as it", () => {
    expect(refused("每份0.5分,总分3分", 2)).toBe("unread-words");
  });
});
