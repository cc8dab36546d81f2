/**
 * Issue 10, round 9, `np`: refusals that were neither unread scoring text nor a quantity — each reading
 * a shape other documents share, with paraphrases another township/school/hospital would write and
 * their hand-worked scores, and the cases that must stay refused.
 */
import { parseRule, scoreRule } from "../../../src/engine/rules";
import { valueCellFor } from "../../../src/engine/rules/cell";
import { ruleFormula } from "../../../src/engine/rules/formula";

const parsed = (text: string, max?: number) => {
  const p = parseRule(text, max !== undefined ? { max } : {});
  if (!p.understood) throw new Error(`not understood: ${text} (${p.reason})`);
  return p.rule;
};
const score = (text: string, value: string, max?: number): number | null => {
  const p = parseRule(text, max !== undefined ? { max } : {});
  return p.understood ? scoreRule(p.rule, value, max).score : null;
};
const ruleFormulaOf = (text: string, max?: number): string | null => ruleFormula(parsed(text, max), "B2", max);
/** the cell the formula reads (the value made a number, shown as typed) scores as the typed value does */
const cellAgrees = (text: string, value: string, max?: number): void => {
  const rule = parsed(text, max);
  const cell = valueCellFor(rule, value);
  expect(cell).not.toBeNull();
  expect(cell?.numberFormat).toBe(`"${value}"`);
  expect(scoreRule(rule, cell?.value ?? null, max).score).toBe(scoreRule(rule, value, max).score);
};

describe("the standard met, typed as the answer, on a count of failings whose full points the clause states", () => {
  // (dev6 K11-01, dev10 P08-02, P28-01, P25-01: 是 / 全部完成 / 达到年度任务书要求 → the full points)
  it.each<[string, number, string, number]>([
    ["制度健全的记 5 分,缺少一项扣 1 分。", 5, "是", 5],
    ["制度健全的记5分,缺少一项扣1分", 5, "√", 5],
    ["制度健全的记5分,缺少一项扣1分", 5, "缺2项", 3],
    ["各项资料齐全的得10分,每缺一项扣2分", 10, "齐全", 10],
    ["各项资料齐全的得10分,每缺一项扣2分", 10, "全部齐全", 10],
    ["各项资料齐全的得10分,每缺一项扣2分", 10, "缺3项", 4],
    ["按时上报的计4分,迟报一次扣1分,扣完为止", 4, "是", 4],
    ["按时上报的计4分,迟报一次扣1分,扣完为止", 4, "按时完成", 4],
    ["按时上报的计4分,迟报一次扣1分,扣完为止", 4, "2次", 2],
    ["檔案資料規範完整的得6分,每發現一處不規範扣2分。", 6, "是", 6],
    ["檔案資料規範完整的得6分,每發現一處不規範扣2分。", 6, "2處", 2],
    ["达到要求的,得8分;每少1人扣2分", 8, "达到要求", 8],
    ["达到要求的,得8分;每少1人扣2分", 8, "全部完成", 8],
    ["达到要求的,得8分;每少1人扣2分", 8, "少1人", 6],
  ])("%s (max %d) %s → %d", (text, max, value, want) => {
    expect(score(text, value, max)).toBe(want);
  });

  it("the formula reads the answer made 0 (no failing), shown as typed", () => {
    for (const v of ["是", "√", "全部完成", "达到要求"]) cellAgrees("达到要求的,得8分;每少1人扣2分", v, 8);
  });

  it.each<[string, number, string]>([
    // 有 says nothing of the standard (有 what?); 否/未完成 say it is not met but not how many failed
    ["制度健全的记5分,缺少一项扣1分", 5, "有"],
    ["制度健全的记5分,缺少一项扣1分", 5, "否"],
    ["制度健全的记5分,缺少一项扣1分", 5, "未完成"],
    ["制度健全的记5分,缺少一项扣1分", 5, "未全部完成"],
    // no full points stated: what 是 answers is not said
    ["每缺一项扣1分", 5, "是"],
    ["每缺一项扣1分", 5, "完成"],
  ])("%s (max %d) %s stays refused", (text, max, value) => {
    expect(score(text, value, max)).toBeNull();
  });
});

describe("是/有 on points per unit where one unit is all the points", () => {
  // (dev10 P21-04: 委员反映一条社情民意信息并被…采用的,计 10 分, item worth 10)
  it.each<[string, number, string, number]>([
    ["委员反映一条社情民意信息并被市政协信息载体采用的,计 10 分。", 10, "是", 10],
    ["每发表1篇论文计10分", 10, "是", 10],
    ["每发表1篇论文计10分", 10, "有", 10],
    ["每发表1篇论文计10分", 10, "否", 0],
    ["被市级以上媒体采用1条计5分", 5, "√", 5],
    ["每獲得一項專利得3分,最多得3分", 10, "是", 3],
  ])("%s (max %d) %s → %d", (text, max, value, want) => {
    expect(score(text, value, max)).toBe(want);
    if (want > 0) cellAgrees(text, value, max);
  });

  it("one unit short of the most: how many is not said by 是", () => {
    expect(score("每发表1篇论文计10分", "是", 20)).toBeNull();
    expect(score("每篇加2分,最多加6分", "是", 10)).toBeNull();
    expect(score("每篇加2分,最多加6分", "有")).toBeNull();
  });
});

describe("marks of one scale listed with their word said once (一、二、三等奖分别加6、4、2分)", () => {
  // (dev11 Q10-05)
  it.each<[string, number | undefined, string, number]>([
    ["积极参加学校活动,在学校比赛中获一、二、三等奖分别加6、4、2分;校级以上的另定。", undefined, "一等奖", 6],
    ["积极参加学校活动,在学校比赛中获一、二、三等奖分别加6、4、2分;校级以上的另定。", undefined, "三等奖", 2],
    ["在省级比赛中获一、二、三等奖的,分别计10、8、6分", 10, "二等奖", 8],
    ["在省级比赛中获一、二、三等奖的,分别计10、8、6分", 10, "一等奖", 10],
    ["年度考核评为A、B、C级的分别得10、8、6分", 10, "C级", 6],
    ["年度考核评为A、B、C级的分别得10、8、6分", 10, "A级", 10],
    ["獲市級一、二、三等獎分別加5、3、1分", undefined, "二等奖", 3],
    ["被评为甲、乙、丙级的,分别计6分、4分、2分", 6, "乙级", 4],
  ])("%s (max %s) %s → %d", (text, max, value, want) => {
    expect(score(text, value, max)).toBe(want);
  });

  it.each<[string, string[]]>([
    // not the marks of one scale in order, or no 分别/依次 pairing them: the marks are not given the word
    ["获三、二、一等奖分别加6、4、2分", ["三等奖", "二等奖", "一等奖"]],
    ["获一、三等奖分别加6、2分", ["一等奖", "三等奖"]],
    ["获一、二、三等奖加6、4、2分", ["一等奖", "二等奖", "三等奖"]],
  ])("%s: not read as the grades %j", (text, expanded) => {
    const p = parseRule(text);
    const labels = p.understood && p.rule.kind === "grade-tiers" ? p.rule.grades.map((g) => g.label) : [];
    expect(labels).not.toEqual(expanded);
  });
});

describe("无 for awards that each earn points: no award, nothing earned", () => {
  // (dev11 Q20-01/Q20-03)
  it.each<[string, number | undefined]>([
    ["(1)县级:一等奖5分,二等奖3分,三等奖1分。", undefined],
    ["获一、二、三等奖分别加6、4、2分", undefined],
    ["市级比赛获一等奖得6分,二等奖得4分,三等奖得2分", 6],
    ["(3)省級及以上級:一等獎10分,二等獎8分,三等獎5分。", undefined],
  ])("%s (max %s): 无 → 0, formula alike", (text, max) => {
    expect(score(text, "无", max)).toBe(0);
    expect(ruleFormulaOf(text, max)).toContain('IF(B2="无",0,NA())');
  });

  it("other grades: 无 is not said (of 严重…不严重 it would be the best; of grades that take points, no fault?)", () => {
    const severity = "群众对吸毒贩毒现象的评价按严重、比较严重、一般、不大严重、不严重5档划分,计分标准为1分、2分、3分、4分、5分。";
    expect(score(severity, "无", 5)).toBeNull();
    expect(ruleFormulaOf(severity, 5)).not.toContain('"无"');
    expect(score("优秀加5分,良好加4分,合格加3分,不合格扣5分", "无")).toBeNull();
    expect(score("绿化程度属好、中、差,分别扣0、3、5分", "无", 5)).toBeNull();
    expect(score("考核等次为优秀的得10分,良好的得8分,合格的得6分", "无", 10)).toBeNull();
  });
});

describe("the requirements unmet, named as the clause words them, on deductions that are each a requirement", () => {
  // (dev10 P29-01, P29-06: 底数不清 / 未完成组建任务,底数不清,未登记建档 / 全部做到 / 建制率不达标)
  it.each<[string, number, string, number]>([
    ["未完成组建任务的扣5分,底数不清扣2分,未登记建档扣2分", 10, "底数不清", 8],
    ["未完成组建任务的扣5分,底数不清扣2分,未登记建档扣2分", 10, "未完成组建任务,底数不清,未登记建档", 1],
    ["未完成组建任务的扣5分,底数不清扣2分,未登记建档扣2分", 10, "全部做到", 10],
    ["职代会和厂务公开建制率不达标扣2分,未召开职代会扣2分", 4, "建制率不达标", 2],
    ["职代会和厂务公开建制率不达标扣2分,未召开职代会扣2分", 4, "建制率不达标,未召开职代会", 0],
    ["未建立台账的扣3分,资料不全的扣2分,未按时上报的扣1分", 6, "资料不全", 4],
    ["未建立台账的扣3分,资料不全的扣2分,未按时上报的扣1分", 6, "未建立台账,未按时上报", 2],
    ["未建立台账的扣3分,资料不全的扣2分,未按时上报的扣1分", 6, "全部完成", 6],
    ["制度未上墙扣1分,台帐不健全扣2分", 3, "台帐不健全", 1],
    ["制度未上墙扣1分,台帐不健全扣2分", 3, "制度未上墙、台帐不健全", 0],
    ["未建立檔案的扣2分,資料不全的扣1分", 3, "資料不全", 2],
  ])("%s (max %d) %s → %d", (text, max, value, want) => {
    expect(score(text, value, max)).toBe(want);
    // the formula reads the answers as a list (否 for each requirement named), shown as typed
    const rule = parsed(text, max);
    const cell = valueCellFor(rule, value);
    expect(cell?.numberFormat).toBe(`;;;"${value}"`);
    expect(scoreRule(rule, cell?.value ?? null, max).score).toBe(want);
  });

  it.each<[string, number, string]>([
    // the requirement itself (no failing word): is it met or is it the failing? not said
    ["未建立台账的扣3分,资料不全的扣2分,未按时上报的扣1分", 6, "建立台账"],
    ["未建立台账的扣3分,资料不全的扣2分,未按时上报的扣1分", 6, "按时上报"],
    ["职代会和厂务公开建制率不达标扣2分,未召开职代会扣2分", 4, "召开职代会"],
    // a part named twice, or words naming no part
    ["未建立台账的扣3分,资料不全的扣2分,未按时上报的扣1分", 6, "资料不全、资料不全"],
    ["未建立台账的扣3分,资料不全的扣2分,未按时上报的扣1分", 6, "未开会"],
  ])("%s (max %d) %s stays refused", (text, max, value) => {
    expect(score(text, value, max)).toBeNull();
  });
});

describe("the share of the task done, spelled out (按实际完成值占目标值的比重计算得分), is 按完成比例得分", () => {
  // (dev10 P13-03)
  it.each<[string, number, string, number]>([
    ["完成或超额完成目标值得基本分;没有完成的,按实际完成值占目标值的比重计算得分,最低为零分。", 15, "80%", 12],
    ["完成或超额完成目标值得基本分;没有完成的,按实际完成值占目标值的比重计算得分,最低为零分。", 15, "120%", 15],
    ["完成或超额完成目标值得基本分;没有完成的,按实际完成值占目标值的比重计算得分,最低为零分。", 15, "50%", 7.5],
    ["未完成的,按实际完成数占目标任务数的比例计算得分", 10, "60%", 6],
    ["按实际完成量占计划的比重计分", 20, "50%", 10],
    ["完成目标任务的得满分;未完成的按完成任务的比例计分", 10, "70%", 7],
    ["按實際完成值佔目標值的比重計算得分,最低為零分", 15, "80%", 12],
  ])("%s (max %d) %s → %d", (text, max, value, want) => {
    expect(score(text, value, max)).toBe(want);
    expect(parsed(text, max)).toEqual(parsed("按完成比例得分", max));
  });

  it.each([
    // a share of another figure (money in place, a first place's score), or no verb of the whole: not the task done
    "按实际到位资金占目标值的比重计算得分",
    "按第1名得分的比重计算得分",
    "按实际完成值占目标值的比重",
  ])("%s: not read as the task's share", (text) => {
    const p = parseRule(text, { max: 10 });
    expect(p.understood && p.rule.kind === "rate-per-point-to-zero").toBe(false);
  });
});

describe("points per unit with the lose verb after them (按每人0.1分扣除, 每床0.5分扣分)", () => {
  // (dev13 S06-02, S06-03, S25-02)
  it.each<[string, number | undefined, string, number]>([
    ["单节内动作错误的,按每人0.1分扣除,扣完为止。", 2, "5人", 1.5],
    ["单节内动作错误的,按每人0.1分扣除,扣完为止。", 2, "25人", 0],
    ["手掌面不清洁的,指甲未剪短均按每人0.1扣除。扣完为止。", 1, "4人", 0.6],
    ["不整齐桉每床0.5分扣分。", 3, "2床", 2],
    ["卫生不合格的,按每处0.5分扣减", 5, "3处", 3.5],
    ["未佩戴胸卡者按每人次1分扣除", 10, "3人次", 7],
    ["寢室不整潔的每間0.5分扣除", 2, "2间", 1],
    ["按每人0.1分扣除", undefined, "5人", -0.5],
  ])("%s (max %s) %s → %d", (text, max, value, want) => {
    expect(score(text, value, max)).toBeCloseTo(want, 10);
  });

  it("reads as the verb said first does", () => {
    expect(parsed("单节内动作错误的,按每人0.1分扣除,扣完为止", 2)).toEqual(parsed("单节内动作错误的,每人扣0.1分,扣完为止", 2));
    expect(parsed("每床0.5分扣分", 3)).toEqual(parsed("每床扣0.5分", 3));
  });

  it("points with no verb at all stay as they were (每人0.1分: earned, or the heading's sign)", () => {
    expect(parsed("每人0.1分", 2)).toEqual(parsed("每人计0.1分", 2));
  });
});

describe("a count in Chinese numerals before more measure words (一顶, 一科目, 一盏, 一堂), and a failing word after the subject", () => {
  // (dev13 S15-02, S31-01, S31-02)
  it.each<[string, number, string, number]>([
    ["安全帽不符合标准的每发现一顶,扣1分", 20, "2顶", 18],
    ["安全帽不符合标准的每发现一顶,扣1分", 20, "0", 20],
    ["现场查看和查阅资料,少一科目扣0.5分。", 2, "少1科", 1.5],
    ["现场查看和查阅资料,少一科目扣0.5分。", 2, "少5科", 0],
    ["每发现一盏路灯不亮扣0.5分", 5, "3盏", 3.5],
    ["缺一堂课扣1分", 5, "2堂", 3],
    ["现场查看,一种设备达不到扣0.5分。", 2, "2种", 1],
    ["现场查看,一种设备达不到扣0.5分。", 2, "6种", 0],
    ["1台设备达不到要求扣1分", 4, "2台", 2],
    ["一项指标未达标扣2分", 10, "3项", 4],
  ])("%s (max %d) %s → %d", (text, max, value, want) => {
    expect(score(text, value, max)).toBe(want);
  });

  it("words that only begin with such a numeral stay text (一把手, 一对一, 一票否决)", () => {
    expect(parseRule("坚持党政一把手亲自抓,未落实的扣2分", { max: 2 })).toEqual(parseRule("坚持党政主要领导亲自抓,未落实的扣2分", { max: 2 }));
    expect(parseRule("开展一对一帮扶,未开展的扣1分", { max: 1 })).toEqual(parseRule("开展结对帮扶,未开展的扣1分", { max: 1 }));
  });
});

describe("a rank within a top share (排名前10%, 考核成绩在前20%): the share at most, 前8% typed as the clause says it", () => {
  // (dev7 L18-03, dev13 S07-01/S07-02: read as ≥ 10% before — 8% gave 0 and 25% the best tier)
  const l18 = "一级学科排名进入国内同类学科排名前10%加40分,进入国内同类学科排名前20%加15分,进入国内同类学科排名前30%加5分。";
  it.each<[string, number | undefined, string, number]>([
    [l18, undefined, "前8%", 40],
    [l18, undefined, "8%", 40],
    [l18, undefined, "前15%", 15],
    [l18, undefined, "25%", 5],
    [l18, undefined, "前40%", 0],
    ["1、考核成绩在前20%的学生会干部加5分;2、考核成绩在前40%的学生会干部加4分;3、考核成绩在前60%的学生会干部加3分。", undefined, "前40%", 4],
    ["1、考核成绩在前20%的学生会干部加5分;2、考核成绩在前40%的学生会干部加4分;3、考核成绩在前60%的学生会干部加3分。", undefined, "前80%", 0],
    ["综合排名位列前10%的加5分", undefined, "前5%", 5],
    ["综合排名位列前10%的加5分", undefined, "前12%", 0],
    ["考核名次前30%的得10分,前60%的得6分", 10, "前50%", 6],
    ["考核名次前30%的得10分,前60%的得6分", 10, "前30%", 10],
  ])("%s (max %s) %s → %d", (text, max, value, want) => {
    expect(score(text, value, max)).toBe(want);
  });

  it("the formula reads 前8% made 0.08, shown 前8%", () => {
    const rule = parsed(l18);
    const cell = valueCellFor(rule, "前8%");
    expect(cell).toEqual({ value: 0.08, numberFormat: '"前"0%' });
    expect(scoreRule(rule, cell?.value ?? null).score).toBe(40);
  });

  it("前 of time (年底前, 3月前) is no rank: the rate is reached as before", () => {
    expect(score("年底前90%的村完成的得5分", "95%", 5)).toBe(5);
    expect(score("年底前90%的村完成的得5分", "80%", 5)).toBe(0);
  });
});

describe("parts listed each with its points in parentheses, adding up to the item's max", () => {
  // (dev13 S03-01, S03-04: read as one yes/no before, a list of answers refused)
  it.each<[string, number, string, number]>([
    ["1.做好本班活动室(2分)、寝室(1分)、盥洗室(1分)、走廊(1分)的清洁工作。共5分", 5, "否,是,是,是", 3],
    ["1.做好本班活动室(2分)、寝室(1分)、盥洗室(1分)、走廊(1分)的清洁工作。共5分", 5, "是", 5],
    ["12.每天离园前做好关水(2分)、关电(2分)、关窗(2分)、关门(2分)、开紫外线灯(2分)工作。共10分", 10, "否,是,是,是,否", 6],
    ["建立值班制度(1分)、巡查制度(1分)、台账制度(1分)", 3, "是,否,是", 2],
    ["按时上报月报（2分）、季报（2分）、年报（1分）。", 5, "是,是,否", 4],
    ["建立健全會議記錄(1分)、工作臺賬(2分)", 3, "否,是", 2],
  ])("%s (max %d) %s → %d", (text, max, value, want) => {
    expect(score(text, value, max)).toBe(want);
    expect(parsed(text, max)).toMatchObject({ kind: "sub-clauses", sign: 1 });
  });

  it("the points not adding up to the max, or a total that is not the max: not read so", () => {
    for (const [text, max] of [["建立值班制度(1分)、巡查制度(1分)、台账制度(1分)", 5], ["做好关水(2分)、关电(2分)工作。共5分", 4]] as Array<[string, number]>) {
      const p = parseRule(text, { max });
      expect(p.understood && p.rule.kind === "sub-clauses" && p.rule.parts.length === text.split("(").length - 1 && p.rule.parts.every((x) => !x.label.startsWith("、"))).toBe(false);
    }
  });
});

describe("a deduction announced (进行扣分, 予以扣分), then how much at once", () => {
  // (dev12 R29-01)
  it.each<[string, number | undefined, string, number]>([
    ["1、围绕每年度政务公开工作要点推进政务公开,按照未完成事项进行扣分,每项扣5分。", undefined, "2项", -10],
    ["按照未完成事项进行扣分,每项扣5分", 20, "2项", 10],
    ["对未按时上报的予以扣分,每次扣2分", undefined, "3次", -6],
    ["未完成的进行扣分,每项扣1分,扣完为止", 5, "2项", 3],
    ["资料不全的进行扣分,每缺一项扣1分", 5, "缺2项", 3],
  ])("%s (max %s) %s → %d", (text, max, value, want) => {
    expect(score(text, value, max)).toBe(want);
  });

  it("announced with no amount after it, or a second 扣分: still how much is not said", () => {
    expect(parseRule("未完成的进行扣分", { max: 5 })).toMatchObject({ understood: false, reasonCode: "vague-deduction" });
    expect(parseRule("未完成的进行扣分,每项扣1分,其他情况酌情扣分", { max: 5 }).understood).toBe(false);
  });
});

describe("是/√ on a count with one bound: the bound reached", () => {
  // (dev12 R03-05)
  it.each<[string, number, string, number]>([
    ["4、每年2月至9月期間,至少組織開展6次以上踏查工作,6分", 6, "是", 6],
    ["4、每年2月至9月期間,至少組織開展6次以上踏查工作,6分", 6, "√", 6],
    ["4、每年2月至9月期間,至少組織開展6次以上踏查工作,6分", 6, "否", 0],
    ["年内召开专题会议2次以上的得4分", 4, "是", 4],
    ["年内召开专题会议2次以上的得4分", 4, "1次", 0],
  ])("%s (max %d) %s → %d", (text, max, value, want) => {
    expect(score(text, value, max)).toBe(want);
    if (want > 0) cellAgrees(text, value, max);
  });

  it("有 (how many?) and steps of several bounds stay unanswered by yes", () => {
    expect(score("年内召开专题会议2次以上的得4分", "有", 4)).toBeNull();
    expect(score("召开1-2次会议计5分(1次计3分,计满5为止)", "是", 5)).toBeNull();
  });
});

describe("hours counted with 个 (4个小时) are hours, in the clause and in the value", () => {
  // (dev11 Q23-02: the tiers' unit was 个, so 3小时 was refused)
  const q23 = "大型志愿者活动:志愿服务单次时长达4个小时—1分;单次时长达8个小时—1.5分;单次时长达16个小时,加2分。";
  it.each<[string, number | undefined, string, number]>([
    [q23, undefined, "3小时", 0],
    [q23, undefined, "4小时", 1],
    [q23, undefined, "10小时", 1.5],
    [q23, undefined, "9个小时", 1.5],
    [q23, undefined, "16个小时", 2],
    ["值班时长每天不少于8个小时,每少1个小时扣1分", 5, "6小时", 3],
    ["值班时长每天不少于8个小时,每少1个小时扣1分", 5, "8个小时", 5],
  ])("%s (max %s) %s → %d", (text, max, value, want) => {
    expect(score(text, value, max)).toBe(want);
  });

  it("reads as 4小时 does", () => {
    expect(parsed(q23)).toEqual(parsed(q23.replace(/个小时/g, "小时")));
  });
});

describe("levels listed after 按照, then 分别 and their points each with 分 (奖励 too)", () => {
  it.each<[string, string, number]>([
    ["获奖按照省级、市级、县级,分别加5分、3分、1分", "市级", 3],
    ["按国家级、省级、市级分别计6分、4分、2分", "省级", 4],
    ["按照国家级、省级、市级分别奖励8分、6分、4分", "市级", 4],
  ])("%s %s → %d", (text, value, want) => {
    expect(score(text, value)).toBe(want);
    const rule = parsed(text);
    expect(rule.kind === "grade-tiers" && rule.grades[0].label).toBe(text.includes("国家级") ? "国家级" : "省级");
  });
});
