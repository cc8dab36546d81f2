/**
 * Issue 10, round 10 (integrator): several kinds of case counted apart, each with its own points
 * (DOMAIN.md: 一、二孩错漏每例扣2分,多孩错漏报每例扣3分), scored from the values a clerk types — one count
 * per kind with its count word ("1人次,2人次", "2次、0次"), and one word that says none of any kind
 * happened ("0", "无", "未发生"). The written formula reads the cell as the engine does (the value cell is
 * made "1,2" shown as typed, or 0 shown as typed); LibreOffice checks it (libreoffice.test.ts value forms).
 */
import { parseRule, scoreRule, valueCellFor } from "../../../src/engine/rules";
import { valueCellPlan } from "../../../src/engine/rules/cell";

function rule(text: string, max?: number) {
  const p = parseRule(text, max !== undefined ? { max } : {});
  if (!p.understood) throw new Error(`not understood: ${text}: ${p.reason}`);
  return p;
}

/** rewordings of the construct in no corpus file: other subjects, measure words, verbs and separators */
const KINDS: ReadonlyArray<readonly [string, number | undefined, ReadonlyArray<readonly [string, number | null]>]> = [
  ["职工上班迟到每人次扣1分,无故旷工每人次扣3分。", undefined, [["1人次,2人次", -7], ["2次、0次", -2], ["0", 0], ["无", 0], ["未发生", 0], ["3,1", -6]]],
  ["每发现违规停放车辆一辆扣0.5分;每发现占道经营一处扣1分,扣完为止。", 5, [["2辆,1处", 3], ["0,0", 5], ["无", 5], ["4,4", 0], ["1,1", 3.5]]],
  ["上报数据每迟报一次扣2分,每错报一次扣4分", 10, [["1次,1次", 4], ["0", 10], ["0,3", 0], ["2,0", 6]]],
  ["宿舍内使用违规电器的每次扣5分,夜不归宿的每次扣3分", undefined, [["1次,2次", -11], ["没有", 0], ["0,2", -6]]],
];

describe("several kinds counted apart: counts with their count words, and none of any kind in one word", () => {
  it.each(KINDS.flatMap(([text, max, cases]) => cases.map(([v, s]) => [text, max, v, s] as const)))("%s (max %s) ← %s → %s", (text, max, v, s) => {
    const p = rule(text, max);
    expect(p.construct).toBe("per-case");
    expect(scoreRule(p.rule, v, max).score).toBe(s);
  });

  it("a list of points, a count of one kind alone, or 否 against the item's points stays refused", () => {
    const p = rule("职工上班迟到每人次扣1分,无故旷工每人次扣3分。");
    expect(scoreRule(p.rule, "1分,2分").score).toBeNull();
    // one count with no word of which kind: not "none"
    expect(scoreRule(p.rule, "2").score).toBeNull();
    expect(scoreRule(p.rule, "2人次").score).toBeNull();
    // 2元 is an amount, not a count of a kind
    expect(scoreRule(p.rule, "2元,1人次").score).toBeNull();
    const q = rule("上报数据每迟报一次扣2分,每错报一次扣4分", 10);
    // 否 with the item's points says its standard is not met, not that nothing happened
    expect(scoreRule(q.rule, "否", 10).score).toBeNull();
  });

  it("the value cell: counts with their words become the list the formula splits, still shown as typed; none words 0 shown as typed; 无 and plain lists as they stand", () => {
    const p = rule("职工上班迟到每人次扣1分,无故旷工每人次扣3分。");
    expect(valueCellFor(p.rule, "1人次,2人次")).toEqual({ value: "1,2", numberFormat: ';;;"1人次,2人次"' });
    expect(valueCellFor(p.rule, "1、0")).toEqual({ value: "1,0" });
    expect(valueCellFor(p.rule, "未发生")).toEqual({ value: 0, numberFormat: '"未发生"' });
    expect(valueCellPlan(p.rule, "无").kind).toBe("as-is");
    expect(valueCellPlan(p.rule, "1,2").kind).toBe("as-is");
  });
});

describe("kinds counted apart without 每 (一次扣1分, 一处扣2分) are read as kinds too; a state beside a count, or a bound on the count in a note, is not", () => {
  const READ: ReadonlyArray<readonly [string, number | undefined, string, number]> = [
    ["值班时脱岗一次扣2分,睡岗一次扣5分。", undefined, "1,1", -7],
    ["台账缺失一本扣1分,记录不全一处扣0.5分", 6, "2,3", 2.5],
    ["被县通报一次扣3分，被镇通报一次扣1分；", 10, "0,0", 10],
    ["被县通报一次扣3分，被镇通报一次扣1分；", 10, "4,0", 0],
    // (parse.test.ts held these as several figures until the convention was settled: dev D08-06, dev2 E15-02)
    ["漏报一项扣5分,迟报一项扣2分,差错一笔扣0.5分", 50, "1,1,2", 42],
    ["日常检查每发现 1 处未及时调整的扣 1 分;年度检查发现 1 处未及时调整的扣 2 分。", 10, "3,2", 3],
  ];
  it.each(READ)("%s (max %s) ← %s → %s", (text, max, v, s) => {
    const p = rule(text, max);
    expect(p.construct).toBe("per-case");
    expect(scoreRule(p.rule, v, max).score).toBe(s);
  });
  it("a state with a figure (绿地不足2㎡扣2分) beside a count of other failings stays refused", () => {
    expect(parseRule("绿地生均不足2㎡扣2分,其他一项达不到扣1分。", { max: 5 }).understood).toBe(false);
    expect(parseRule("场地面积少于200平方米扣3分,其他一项不合格扣1分", { max: 5 }).understood).toBe(false);
  });
  it("a bound on the counted unit said after it in a note (10节以上按此执行) is scoring text: refused, not dropped", () => {
    const p = parseRule("每旷课一节扣3分,每事假一节扣1.5分。(事假10节以上按此执行)");
    expect(p.understood).toBe(false);
    expect(p.understood ? "" : p.reason).toMatch(/10节以上/);
    // (the same clause without the note is read)
    expect(parseRule("每旷课一节扣3分,每事假一节扣1.5分。").understood).toBe(true);
  });
});

describe("a figure typed for parts of different points is no yes to every part", () => {
  it("90≤得分<95扣5分,85≤得分<90扣10分,得分<85扣15分 with 95分 or 89: refused, not −30 (dev15 U24-01)", () => {
    const p = parseRule("90≤得分<95扣5分,85≤得分<90扣10分,得分<85扣15分;");
    if (p.understood) {
      for (const v of ["95分", "89", "85分"]) expect(scoreRule(p.rule, v).score).toBeNull();
    }
  });
  it("parts of different points still take 是/否 lists, and 1/0 as one yes/no", () => {
    const p = rule("未建立台账的扣3分;未开展培训的扣2分", 5);
    expect(scoreRule(p.rule, "是,否", 5).score).toBe(3);
    expect(scoreRule(p.rule, "3", 5).score).toBeNull();
    expect(scoreRule(p.rule, "12分", 5).score).toBeNull();
  });
});

describe("a first part whose points equal the others' sum is still a part when it is a condition or a bonus of its own", () => {
  it.each([
    ["①荣获“全国统计系统先进集体”的加15分;荣获“全省统计系统先进集体”的加10分;荣获“杭州市统计调查先进乡镇”的加5分。", "是,否,否", 15],
    ["获得部级表彰者加6分;获得省级表彰者加4分;获得市级表彰者加2分", "否,是,是", 6],
    ["被评为国家级示范的奖9分;被评为省级示范的奖6分;被评为市级示范的奖3分", "否,否,是", 3],
  ])("%s ← %s → %s (three parts, the first kept)", (text, v, s) => {
    const p = rule(text);
    expect(p.rule.kind === "sub-clauses" && p.rule.parts.length).toBe(3);
    expect(scoreRule(p.rule, v).score).toBe(s);
  });
});
