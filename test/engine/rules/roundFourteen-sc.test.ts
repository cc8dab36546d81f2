/**
 * Issue 10, round 14 (sc): sub-clauses whose figures were taken for a count the points depend on.
 * - a count that announces the parts listed after it (dev2 E29-05 考查…的5项预期效益指标的完成情况。其中:A2分、B2分…):
 *   the count equals the number of parts and a list opens after it (其中, a colon, 如下, a full stop) — the parts
 *   are scored as sub-clauses (yes/no each; with equal points a count of those done). A count that does not
 *   match the parts, or a count with nothing opening a list after it, is still a count.
 * - a year names what a failing misses (dev18 C13-03 缺1999年表的扣5分): no count of years.
 * - a tier of bodies named with 各/所有/全部 (dev14 T02-02 分解到各二层机构): every one of them, no count.
 */
import { parseRule, scoreRule } from "../../../src/engine/rules";

const parsed = (text: string, max?: number) => parseRule(text, max !== undefined ? { max } : {});
const kindOf = (text: string, max?: number): string | null => {
  const p = parsed(text, max);
  return p.understood ? p.rule.kind : null;
};
const score = (text: string, value: string, max?: number): number | null => {
  const p = parsed(text, max);
  return p.understood ? scoreRule(p.rule, value, p.max ?? max).score : null;
};

describe("a count that announces the parts listed after it", () => {
  it.each([
    // (rewordings of our own: other subjects, measure words, openers, order)
    ["检查以下3项工作:建立台账2分、落实专人2分、按时上报2分。", 6, [["2项", 4], ["3项", 6], ["是,否,是", 4], ["0", 0]]],
    ["评估四个方面的落实情况。其中:制度健全3分,台账完整3分,人员到位2分,经费保障2分。", 10, [["是,是,否,否", 6], ["否,否,是,是", 4], ["是,是,是,是", 10]]],
    ["共三条要求,具体如下:有方案得2分;有总结得2分;有记录得1分。", 5, [["是,是,否", 4], ["否,否,是", 1]]],
    ["对村级组织考核2个部分:换届选举按期完成4分、班子成员无违纪4分", 8, [["1项", 4], ["2项", 8]]],
  ] as Array<[string, number, Array<[string, number]>]>)("%s", (text, max, cases) => {
    const p = parsed(text, max);
    expect(p.understood && p.rule.kind).toBe("sub-clauses");
    for (const [value, expected] of cases) expect(score(text, value, max)).toBe(expected);
  });

  it("the corpus clause (dev2 E29-05): five parts of 2, the value how many were done", () => {
    const text = "考查改善农业生产条件的5项预期效益指标的完成情况,按实现程度计分。其中:提高灌溉水利用系数2分、新增和改善节水灌溉面积2分、新增和改善高效节水灌溉面积2分、提高圩区防洪除涝能力2分、建立完善小型农田水利设施运行管理维护机制2分,每完成1项取得该项分数,未完成项不得分。";
    expect(score(text, "5项", 10)).toBe(10);
    expect(score(text, "3项", 10)).toBe(6);
    expect(score(text, "0", 10)).toBe(0);
  });

  it("near misses stay refused: a count that is not the number of parts, a count with no list opened after it", () => {
    expect(parsed("检查以下4项工作:建立台账2分、落实专人2分、按时上报2分。", 6).understood).toBe(false);
    expect(parsed("推广2篇,得2分;推广1篇,得1分", 3).understood).toBe(false);
    expect(kindOf("完成3项工作得3分;完成2项工作得2分;完成1项工作得1分", 3)).not.toBe("sub-clauses");
  });
});

describe("a year names what a failing misses", () => {
  it.each([
    ["缺2022年度总结的扣2分;缺2023年工作计划的扣3分", 5, [["是,否", 2], ["否,是", 3], ["否,否", 0], ["是,是", 5]]],
    ["少2021年台账扣4分,少2020年台账扣1分", 5, [["是,否", 4], ["否,是", 1]]],
    ["缺 1999 年表的扣5 分；缺 1988 年表的扣 3 分", 5, [["是,否", 2], ["是,是", 5], ["否,是", 0]]],
  ] as Array<[string, number, Array<[string, number]>]>)("%s", (text, max, cases) => {
    for (const [value, expected] of cases) expect(score(text, value, max)).toBe(expected);
  });

  it("near miss: years counted (缺3年台账) stay a count", () => {
    expect(parsed("缺3年台账的扣5分;缺1年台账的扣3分", 5).understood).toBe(false);
  });
});

describe("a tier of bodies named with 各/所有/全部", () => {
  it.each([
    ["将与县政府签订的环保目标责任分解到各二层机构、部门、企业、厂矿,记3分;并检查、考核记2分。", 5, [["是,否", 3], ["否,是", 2], ["是,是", 5]]],
    ["把任务分解到各三层科室,得4分;有检查记录的得1分", 5, [["是,否", 4], ["否,是", 1]]],
    ["有督查记录的得2分;通知下发到所有二层单位的得3分", 5, [["是,否", 2], ["否,是", 3]]],
  ] as Array<[string, number, Array<[string, number]>]>)("%s", (text, max, cases) => {
    for (const [value, expected] of cases) expect(score(text, value, max)).toBe(expected);
  });

  it("near miss: a count of floors with no 各 stays a count", () => {
    expect(kindOf("完成2层装修得3分;完成1层装修得2分", 5)).not.toBe("sub-clauses");
  });
});

describe("a length of time with 内 (之内) before what it takes is a bound (以内)", () => {
  it.each([
    // (the construct of dev16 A24-01 and A15-04 迟到、早退10分钟内扣…: other subjects, units, 之内, 的)
    ["开会迟到5分钟之内的扣1分,超过5分钟的扣3分", [["3分钟", -1], ["5分钟", -1], ["6分钟", -3]]],
    ["值班脱岗30分钟内扣2分,超过30分钟扣4分", [["20分钟", -2], ["31分钟", -4]]],
    ["接警后出警1小时内扣1分,超过1小时扣2分", [["1小时", -1], ["2小时", -2]]],
  ] as Array<[string, Array<[string, number]>]>)("%s", (text, cases) => {
    expect(kindOf(text)).toBe("rate-tiers");
    for (const [value, expected] of cases) expect(score(text, value)).toBe(expected);
  });

  it("near misses: a deadline in days, and 内 before another verb, are no bound of a length", () => {
    expect(kindOf("3日内上报的得2分")).not.toBe("rate-tiers");
    expect(kindOf("接到报警后15分钟内可到达现场的得2分")).not.toBe("rate-tiers");
  });
});
