/**
 * Issue 10, round 10 (cx): scoring text left unread in clauses made of sentences the reader understands.
 * - requirements each with their own points, one of them stating a figure to reach (建造率达100%(3分),
 *   报酬达负责人的80%以上的计2分,未达到的计0分): parts answered yes/no, the figure what meeting the part is;
 * - bands of a rate each followed by its points alone in parentheses (A.30%(含)以上(20分)B.25%(含)-30%(16分)…):
 *   tiers, as with 得N分; an option's letter before the figure (A.30%) no longer makes it .30, and a band whose
 *   lower bound is said to be in it (10%(含)-15%) puts that bound out of 10%以下 beside it;
 * - a note of words only in parentheses between a rate's bound and its points (达100%(按程序报批,…也算)(20分));
 * - a period with its measure word (每个月, 每个季度) is a period of the subject, as 每月 is — not 每 of a count;
 * - points with no verb after a part, the next part's number glued to them (…重点,3分2.试点地区…,2分): earned;
 * - a plus before a bare number, its 分 left out (每份+1, 迟交+0.5), is points given, as a minus is points taken;
 * - failings named with 各 beside a count of the same points (每项扣1分,没有场所或器材的各扣1分), or after it with the
 *   separator lost, are more of what is counted: one count of them all;
 * - levels listed, then 分别 and their points (受到区(县)、市、省、国家…表彰的,分别记2分、3分、5分、10分): a level word with
 *   its alternative in parentheses, a recognition received (受到, 获) as the list's lead, and the words after the last
 *   level (…国家级优秀项目经理的) shared by all, not part of that level;
 * - 限 right before its figure (限20分, 限加2分) is a limit, as 最多 is: 奖5分(每天限20分) was two parts, 5 and 20, answered yes/no.
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

describe("parts with their own points, one stating a figure to reach", () => {
  it.each([
    // [clause, max, [value, score]...]
    ["建立健全巡查台账得3分,群众满意率达到90%以上的得2分", 5, [["是,是", 5], ["否,是", 2], ["是,否", 3]]],
    ["污水处理设施运行正常(4分);年度资金拨付率不低于95%(2分)", 6, [["是,是", 6], ["是,否", 4], ["否,否", 0]]],
    ["配齐专职网格员记1分;网格员每月补助达800元以上的记2分,达不到的记0分。", 3, [["是,是", 3], ["否,是", 2], ["是,否", 1]]],
    ["学生体质测试合格率达85%以上的,计4分,否则不得分;按时上报测试数据,计2分", 6, [["是,是", 6], ["是,否", 4], ["否,是", 2]]],
    ["村集体经营收入达5万元以上计3分,建立三资台账计2分", 5, [["是,否", 3], ["否,是", 2], ["否,否", 0]]],
  ] as Array<[string, number, Array<[string, number]>]>)("%s", (text, max, cases) => {
    expect((rule(text, max) as { kind: string }).kind).toBe("sub-clauses");
    for (const [value, expected] of cases) expect(score(text, value, max)).toBe(expected);
  });

  it("bands of one figure are tiers, not parts (达90%以上计3分,达80%以上计2分)", () => {
    const text = "群众满意率达到90%以上的得3分,满意率达到80%以上的得2分";
    expect((rule(text, 3) as { kind: string }).kind).toBe("rate-tiers");
    expect(score(text, "85%", 3)).toBe(2);
  });

  it("parts whose points do not make the item's stay refused", () => {
    expect(rule("建立台账得3分,群众满意率达到90%以上的得2分", 6)).toMatch(/^not understood/);
    expect(rule("建立台账得3分,群众满意率达到90%以上的得2分")).toMatch(/^not understood/);
  });

  it("a figure that is a band (80%-90%), not a bound to reach, stays refused as parts", () => {
    expect(rule("建立台账得3分,满意率在80%-90%的得2分", 5)).toMatch(/^not understood/);
  });
});

describe("bands with their points in parentheses, options lettered", () => {
  it.each([
    ["A.30%(含)以上(20分)B.25%(含)-30%(16分)C.25%以下(0分)", 20, [["30%", 20], ["27%", 16], ["25%", 16], ["24%", 0]]],
    ["a.签约率达到95%(含)以上(6分);b.90%(含)-95%(4分);c.90%以下(0分)", 6, [["96%", 6], ["92%", 4], ["90%", 4], ["89%", 0]]],
    ["A.出生缺陷发生率5‰以上(3分) B.3‰(含)-5‰(2分) C.3‰以下(1分)", 3, [["6‰", 3], ["3‰", 2], ["2‰", 1]]],
    ["优良率90%以上(10分)、80%-90%(8分)、80%以下(4分)", 10, [["95%", 10], ["85%", 8], ["70%", 4]]],
  ] as Array<[string, number, Array<[string, number]>]>)("%s", (text, max, cases) => {
    expect((rule(text, max) as { kind: string }).kind).toBe("rate-tiers");
    for (const [value, expected] of cases) expect(score(text, value, max)).toBe(expected);
  });

  it("80% itself, in 80%-90% and in 80%以下 alike, is not said: refused", () => {
    expect(score("优良率90%以上(10分)、80%-90%(8分)、80%以下(4分)", "80%", 10)).toBeNull();
  });

  it("a lettered part with no band stays unread (the clause refused, not tiers)", () => {
    expect(rule("A.覆盖率90%以上(10分) B.80%-90%(8分) C.资料齐全(2分)", 10)).toMatch(/^not understood/);
  });

  it("a dot with no letter before it is still a lost leading zero (每发现一处扣.5分)", () => {
    expect(score("每发现一处扣.5分", "1处", 5)).toBe(4.5);
  });
});

describe("a note of words between a rate's bound and its points", () => {
  it.each([
    ["骨灰入墓率达100%(按程序报批,并派专人监督也算入墓率)(20分)", 20, [["100%", 20], ["90%", 0], ["是", 20]]],
    ["垃圾分类覆盖率达到90%(含已签约、未签约的小区,以住建部门统计为准)计5分,否则不得分", 5, [["95%", 5], ["80%", 0]]],
    ["及时办结率不低于98%(以系统记录、抽查核实为准),得4分", 4, [["99%", 4], ["97%", 0]]],
  ] as Array<[string, number, Array<[string, number]>]>)("%s", (text, max, cases) => {
    expect((rule(text, max) as { kind: string }).kind).toBe("rate-threshold");
    for (const [value, expected] of cases) expect(score(text, value, max)).toBe(expected);
  });

  it("a note that scores (未达到的,扣2分) is no note: refused", () => {
    expect(rule("覆盖率达到90%(未达到的,扣2分)计5分", 5)).toMatch(/^not understood/);
  });
});

describe("每个月 / 每个季度 are periods, as 每月 / 每季度", () => {
  it.each([
    ["每个月开展一次团员思想调研活动,无活动扣5分,并有总结,无总结扣3分", 5, [["是,是", 5], ["是,否", 2], ["否,否", 0]]],
    ["每个季度召开一次安委会,未召开的扣3分,无会议记录扣2分", 5, [["是,是", 5], ["是,否", 3], ["否,是", 2]]],
    ["每个年度报送一次自查报告,未报送的扣4分;报告内容不实扣2分", 6, [["是,是", 6], ["否,是", 2]]],
  ] as Array<[string, number, Array<[string, number]>]>)("%s", (text, max, cases) => {
    const points = (r: unknown): unknown => (r as { parts?: Array<{ points: number }> }).parts?.map((x) => x.points);
    expect(points(rule(text, max))).toEqual(points(rule(text.replace("每个", "每"), max)));
    expect((rule(text, max) as { kind: string }).kind).toBe("sub-clauses");
    for (const [value, expected] of cases) expect(score(text, value, max)).toBe(expected);
  });

  it("the period counted, with its points at once, stays a count (每个月扣2分)", () => {
    expect(score("每个月扣2分", "3个月", 10)).toBe(4);
  });

  it("每个 before another word is still 每 of a count (每个人扣2分)", () => {
    expect(score("每个人扣2分", "3人", 10)).toBe(4);
  });
});

describe("numbered parts whose numbers are glued to the points before them", () => {
  it.each([
    ["1.建立工作台账,2分2.按时报送季度报表,3分3.年度总结及时上报,1分", 6, [["是,是,是", 6], ["否,是,否", 3], ["是,否,是", 3]]],
    ["成立领导小组,1分2、制定实施方案,2分", 3, [["是,否", 1], ["否,是", 2]]],
    ["(1)档案柜配置到位,4分2.专人管理档案;2分", 6, [["是,是", 6], ["否,是", 2]]],
  ] as Array<[string, number, Array<[string, number]>]>)("%s", (text, max, cases) => {
    expect((rule(text, max) as { kind: string }).kind).toBe("sub-clauses");
    for (const [value, expected] of cases) expect(score(text, value, max)).toBe(expected);
  });

  it("a number glued to points that is a count, not a part's number (3分2次), is not read so", () => {
    expect(rule("建立台账,3分2次以上不得分", 3)).not.toEqual({ kind: "sub-clauses", parts: expect.anything(), sign: 1 });
    expect((rule("建立台账,3分2次以上不得分", 3) as { kind?: string }).kind).not.toBe("sub-clauses");
  });
});

describe("a plus before a bare number is points given (+1 with 分 left out)", () => {
  it.each([
    ["每发表1篇+2,最高6分", 6, [["2篇", 4], ["4篇", 6]]],
    ["每参加一次志愿服务+0.5,最多2分", 2, [["1次", 0.5], ["5次", 2]]],
    ["每录用1篇信息+3,上限9分", 9, [["2篇", 6], ["4篇", 9]]],
  ] as Array<[string, number, Array<[string, number]>]>)("%s", (text, max, cases) => {
    expect((rule(text, max) as { kind: string }).kind).toBe("per-unit-capped");
    for (const [value, expected] of cases) expect(score(text, value, max)).toBe(expected);
  });

  it("two counts with their own points (按时+1, 迟交+0.5) are refused, not the cap read as the points", () => {
    expect(rule("每按时上交计划1份+1,迟交+0.5,最高分4分", 4)).toMatch(/^not understood/);
    expect(rule("每按时报送1次+1,迟报+0.5,最多3分", 3)).toMatch(/^not understood/);
  });
});

describe("failings of the same points beside a count, with 各 or with the separator lost, are one count", () => {
  it.each([
    ["资料不全的每项扣1分,没有场所或器材的各扣1分", 3, [["0", 3], ["2项", 1], ["4项", 0]]],
    ["台账缺失的每本扣0.5分;无专人管理或无档案柜的各扣0.5分", 2, [["0", 2], ["1本", 1.5], ["3本", 0.5]]],
    ["制度未上墙的每处扣2分 消防通道堵塞的扣2分", 6, [["1处", 4], ["3处", 0]]],
  ] as Array<[string, number, Array<[string, number]>]>)("%s", (text, max, cases) => {
    for (const [value, expected] of cases) expect(score(text, value, max)).toBe(expected);
  });

  it("a failing of other points beside the count stays refused (…各扣2分 beside 每项扣1分)", () => {
    expect(rule("资料不全的每项扣1分,没有场所或器材的各扣2分", 5)).toMatch(/^not understood/);
  });
});

describe("levels listed, then 分别 and as many points", () => {
  it.each([
    ["受到县、市、省、国家有关部门通报表扬的,分别加1分、2分、3分、5分", [["县", 1], ["省", 3], ["国家", 5]]],
    ["被评为乡(镇)、县级、市级优秀网格员的,分别记2分、4分、6分", [["乡(镇)", 2], ["县级", 4], ["市级", 6]]],
    ["获得校级、省级、国家级创新大赛奖励的,分别加1分、3分、5分", [["校级", 1], ["国家级", 5]]],
  ] as Array<[string, Array<[string, number]>]>)("%s", (text, cases) => {
    expect((rule(text) as { kind: string }).kind).toBe("grade-tiers");
    for (const [value, expected] of cases) expect(score(text, value)).toBe(expected);
  });

  it("as many levels as points or not read (three levels, two points)", () => {
    expect(rule("受到县、市、省有关部门通报表扬的,分别加1分、2分")).toMatch(/^not understood/);
  });
});

describe("限 before its figure is a limit on the points", () => {
  it.each([
    ["每发现1处奖5分,限20分", [["2处", 10], ["6处", 20]]],
    ["每起加1分,限加2分", [["1起", 1], ["3起", 2]]],
    ["每推荐1名志愿者计2分,限10分", [["3名", 6], ["8名", 10]]],
  ] as Array<[string, Array<[string, number]>]>)("%s", (text, cases) => {
    expect((rule(text) as { kind: string }).kind).toBe("per-unit-capped");
    for (const [value, expected] of cases) expect(score(text, value)).toBe(expected);
  });

  it("a limit with no step to cap is no second part worth its figure (奖5分(每天限20分) refused)", () => {
    expect(rule("主动提醒邻居戴口罩,奖5分(每天限20分)")).toMatch(/^not understood/);
    expect(rule("出门戴口罩,奖5分(每天限2次)")).toMatch(/^not understood/);
  });

  it("时限, 期限, 限期 are no limit (以秘书处制定时限为准,每次扣1分)", () => {
    expect(score("未按时交资料,以秘书处制定时限为准,每次扣1分", "3次")).toBe(-3);
    expect(score("限期整改,每逾期1天扣1分", "2天", 10)).toBe(8);
  });
});
