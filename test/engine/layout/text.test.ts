import {
  bonusCapFromText, key, maxFromText, parseNumbering, penaltyCapFromText, scoringHeaderRole, sectionOf, summaryHeaderRole,
  totalWord, weightFromText,
} from "../../../src/engine/layout/text";

describe("layout words", () => {
  it.each([
    ["一、综合治理责任落实", false, "一", 0, "综合治理责任落实"],
    ["(一)综合治理责任落实(280分)", false, "(一)", 1, "综合治理责任落实(280分)"],
    ["（一）坚持部门齐抓共管", false, "(一)", 1, "坚持部门齐抓共管"],
    ["1、坚持党政一把手亲自抓、负总责(130分)", false, "1", 2, "坚持党政一把手亲自抓、负总责(130分)"],
    ["2.坚持部门齐抓共管", false, "2", 2, "坚持部门齐抓共管"],
    ["(1)签订目标管理责任书(20分)", false, "(1)", 3, "签订目标管理责任书(20分)"],
    ["⑶加强机构、队伍建设(20分)", false, "⑶", 3, "加强机构、队伍建设(20分)"],
    ["①有正式文件", false, "①", 4, "有正式文件"],
    ["一", true, "一", 0, ""],
    ["（二）", true, "(二)", 1, ""],
    ["12", true, "12", 2, ""],
    ["1.2", true, "1.2", 3, ""],
    ["1.2.3", true, "1.2.3", 4, ""],
    ["2.1 计划生育例会制度", false, "2.1", 3, "计划生育例会制度"],
  ])("numbering of %s", (text, own, number, level, rest) => {
    expect(parseNumbering(text, own)).toEqual({ number, level, rest });
  });

  it.each(["2.5万人口", "3.5倍", "十佳评比", "1000", "合计"])("%s is not numbered item text", (text) => {
    expect(parseNumbering(text, false)).toBeUndefined();
  });

  it.each([
    ["合计", "grand"], ["合 计", "grand"], ["全县合计", "grand"], ["总计", "grand"], ["总数", "grand"], ["城关镇小计", "sub"], ["小计", "sub"],
  ])("%s is a total (%s)", (text, kind) => {
    expect(totalWord(key(text))).toBe(kind);
  });

  it.each([
    ["第3片合计", "grand"], ["1组小计", "sub"], ["第12网格合计", "grand"], ["３组小计", "sub"], ["第2村民小组合计", "grand"],
  ])("a block numbered in Arabic digits, %s, is a total (%s)", (text, kind) => {
    expect(totalWord(key(text))).toBe(kind);
  });

  it.each(["2020年合计", "1-6月合计", "12345合计", "第3季度合计"])("%s (a period, a number) is not read as a block total", (text) => {
    expect(totalWord(key(text))).toBeUndefined();
  });

  it.each(["人群总数", "合计生育率", "其中:结扎"])("%s is not a total label", (text) => {
    expect(totalWord(key(text))).toBeUndefined();
  });

  it.each([
    ["分值", "max"], ["标准分", "max"], ["满分", "max"], ["权重分", "max"], ["得分", "score"], ["实得分", "score"], ["考核评分", "score"],
    ["自评分", "selfScore"], ["自查得分", "selfScore"], ["评分标准", "standard"], ["计分办法", "standard"], ["评分细则", "standard"],
    ["考核标准", "standard"], ["完成情况", "measured"], ["完成值", "measured"], ["考核情况", "measured"], ["扣分", "deduction"],
    ["扣分原因", "reason"], ["备注", "remark"], ["序号", "number"], ["考核内容", "item"], ["考核项目", "item"],
  ])("scoring header %s → %s", (text, role) => {
    expect(scoringHeaderRole(key(text))).toBe(role);
  });

  it.each([["乡镇", "unit"], ["名次", "rank"], ["加分", "bonus"], ["减分", "penalty"], ["总分", "total"], ["综合得分", "total"]])(
    "summary header %s → %s", (text, role) => {
      expect(summaryHeaderRole(key(text))).toBe(role);
    },
  );

  it("reads max points, weights and caps from the sheet's own words", () => {
    expect(maxFromText(key("稳定低生育水平（20分）"))).toBe(20);
    expect(maxFromText(key("签订目标管理责任书"))).toBeUndefined();
    expect(weightFromText(key("市考核(60%)"))).toBe(60);
    expect(weightFromText(key("百分制打分,按60%计算"))).toBe(60);
    expect(weightFromText(key("县级考核占40%"))).toBe(40);
    expect(bonusCapFromText(key("以上三项加分不超过5分。"))).toBe(5);
    expect(bonusCapFromText(key("县区、乡镇累计加分不超过12分"))).toBe(12);
    expect(penaltyCapFromText(key("上述累计减分不超过15分"))).toBe(15);
    expect(penaltyCapFromText(key("以上三项加分不超过5分"))).toBeUndefined();
    expect(sectionOf("加分")).toBe("bonus");
    expect(sectionOf("减分项目")).toBe("penalty");
    expect(sectionOf("一票否决")).toBe("veto");
    expect(sectionOf("总分")).toBe("total");
  });
});
