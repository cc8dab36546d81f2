/**
 * Scoring sheets (考核评分表) in the layouts clerks use, with the Dengzhou 2016 scheme's real
 * items: the tree (level, parent, max, rule text, section) is stated exactly.
 */
import { describeSheet, understandSheet } from "../../../src/engine/layout";
import type { ItemTree } from "../../../src/engine/layout/model";
import { sheet } from "./build";

/** [sheet row (1-based), numbering, level, name, max, maxFrom, parent row (1-based), section] */
type Row = [number, string | null, number, string, number | null, "column" | "text" | null, number | null, string];

function rows(tree: ItemTree): Row[] {
  return tree.items.map((i) => [
    i.row + 1, i.number ?? null, i.level, i.name, i.max ?? null, i.maxFrom ?? null, i.parent === undefined ? null : i.parent + 1, i.section,
  ]);
}

function childrenOf(tree: ItemTree, row1: number): number[] {
  return (tree.items.find((i) => i.row === row1 - 1)?.children ?? []).map((r) => r + 1);
}

const R1 = "各行政村(社区)与乡(镇、街、区)政府签订目标责任书的计7分;各乡直各部门与乡政府签订目标责任书的计3分;各乡政府与市政府签订目标责任书的计10分";
const R3 = "每配备1名计3分,计满10分为止";
const R5 = "事业费投入到位率达到50%以上计30分,每降低1个百分点扣2.5分,低于30%不计分";

describe("the Dengzhou scoring sheet (numbering in its own column, docs/domain.md's layout)", () => {
  const s = sheet("城关镇", [
    ["2016年邓州市乡镇人口和计划生育目标管理责任制考核评分表"],
    ["填报单位:城关镇", null, null, null, null, null, null, "2016年12月"],
    ["序号", "考核项目", "分值", "评分标准", "完成情况", "自评分", "考核得分", "扣分原因"],
    ["一", "综合治理责任落实", 280],
    ["(一)", "坚持党政一把手亲自抓、负总责", 130],
    ["1", "签订目标管理责任书", 20, R1, "已签订", 20],
    ["2", "坚持计划生育工作领导小组制度", 20, "及时调整领导小组计5分", "是", 20],
    ["3", "加强机构、队伍建设(配备人员)", 10, R3, "3人", 9],
    ["4", "开展计划生育工作专项督查", 50, "每上半年和全年分别对各行政村考核1次计15分", "2次", 50],
    ["5", "事业费投入到位率", 30, R5, "46%", null],
    ["(二)", "坚持部门齐抓共管", 110],
    ["1", "制定经济与社会发展事务时事先征求意见", 20, "有相关会议研究记录或者文件计20分,否则不计分", "有", 20],
    ["2", "相关部门定期互通信息", 90, "卫生计生、公安、教育、民政、统计等5部门各计4分"],
    ["(三)", "村级计划生育工作", 40, "能完成的计40分"],
    [],
    ["二", "加分", null, "以上三项加分不超过5分"],
    ["1", "为市工作会议提供现场的", null, "县、乡均加1分"],
    ["2", "当年在全省考核中综合工作获得表彰的", null, "加3分"],
    ["三", "减分", null, "上述累计减分不超过15分"],
    ["1", "严重违反人口计生工作群众纪律", null, "扣6分;省、市领导批示查实的,加扣2分"],
    ["2", "非法关押或殴打群众的", null, "每起扣2分"],
    ["四", "一票否决", null, "出现重大责任事故的予以一票否决"],
    [null, "合计", 1000],
    ["说明:本表由考核组填写,自评分由乡镇填写。"],
  ], { merges: ["A1:H1"] });
  const layout = understandSheet(s);
  const tree = layout.trees[0];

  it("finds one scoring table under the title and unit/date line", () => {
    expect(layout.kind).toBe("scoring");
    expect(layout.tables).toHaveLength(1);
    const t = layout.tables[0];
    expect([t.headerTop, t.headerBottom, t.firstRow, t.lastRow]).toEqual([2, 2, 3, 22]);
    expect(t.title).toBe("2016年邓州市乡镇人口和计划生育目标管理责任制考核评分表");
    expect(t.context).toEqual(["填报单位:城关镇 2016年12月"]);
    expect(t.notes).toEqual(["说明:本表由考核组填写,自评分由乡镇填写。"]);
    expect(t.columns.map((c) => c.role)).toEqual(["number", "item", "max", "standard", "measured", "selfScore", "score", "reason"]);
  });

  it("builds the item tree with levels, parents, max and sections", () => {
    expect(rows(tree)).toEqual<Row[]>([
      [4, "一", 0, "综合治理责任落实", 280, "column", null, "item"],
      [5, "(一)", 1, "坚持党政一把手亲自抓、负总责", 130, "column", 4, "item"],
      [6, "1", 2, "签订目标管理责任书", 20, "column", 5, "item"],
      [7, "2", 2, "坚持计划生育工作领导小组制度", 20, "column", 5, "item"],
      [8, "3", 2, "加强机构、队伍建设(配备人员)", 10, "column", 5, "item"],
      [9, "4", 2, "开展计划生育工作专项督查", 50, "column", 5, "item"],
      [10, "5", 2, "事业费投入到位率", 30, "column", 5, "item"],
      [11, "(二)", 1, "坚持部门齐抓共管", 110, "column", 4, "item"],
      [12, "1", 2, "制定经济与社会发展事务时事先征求意见", 20, "column", 11, "item"],
      [13, "2", 2, "相关部门定期互通信息", 90, "column", 11, "item"],
      [14, "(三)", 1, "村级计划生育工作", 40, "column", 4, "item"],
      [16, "二", 0, "加分", null, null, null, "bonus"],
      [17, "1", 2, "为市工作会议提供现场的", null, null, 16, "bonus"],
      [18, "2", 2, "当年在全省考核中综合工作获得表彰的", null, null, 16, "bonus"],
      [19, "三", 0, "减分", null, null, null, "penalty"],
      [20, "1", 2, "严重违反人口计生工作群众纪律", null, null, 19, "penalty"],
      [21, "2", 2, "非法关押或殴打群众的", null, null, 19, "penalty"],
      [22, "四", 0, "一票否决", null, null, null, "veto"],
      [23, null, 0, "合计", 1000, "column", null, "total"],
    ]);
    expect(childrenOf(tree, 4)).toEqual([5, 11, 14]);
    expect(childrenOf(tree, 5)).toEqual([6, 7, 8, 9, 10]);
  });

  it("keeps each row's scoring standard, the columns and the caps", () => {
    const rule = (row1: number) => tree.items.find((i) => i.row === row1 - 1)?.ruleText;
    expect(rule(6)).toBe(R1);
    expect(rule(8)).toBe(R3);
    expect(rule(10)).toBe(R5);
    expect(rule(4)).toBeUndefined();
    expect([tree.maxCol, tree.standardCol, tree.measuredCol, tree.selfScoreCol, tree.scoreCol]).toEqual([2, 3, 4, 5, 6]);
    expect(tree.bonusCap).toBe(5);
    expect(tree.penaltyCap).toBe(15);
    expect(tree.totalRow).toBe(22);
  });

  it("implies no flat sums on a scoring sheet (the tree does that)", () => {
    expect(layout.relations).toEqual([]);
  });

  it("describes what it understood", () => {
    expect(describeSheet(layout)).toEqual([
      "城关镇:考核评分表,1 个表格",
      "表 1「2016年邓州市乡镇人口和计划生育目标管理责任制考核评分表」: 表头第 3 行, 第 4–23 行; A=序号 B=项目 C=分值 D=评分标准 E=完成情况 F=自评分 G=考核得分 H=扣分原因",
      "18 个考核项目,3 级,合计在第 23 行;加分上限 5 分,减分上限 15 分",
    ]);
  });
});

describe("numbering glued to the item text, max only in the text, other header words", () => {
  const s = sheet("考核细则", [
    ["计划生育目标管理考核细则"],
    ["考核内容", "计分办法", "实际完成", "得分"],
    ["(一)综合治理责任落实(280分)", null, null, null],
    ["1、坚持党政一把手亲自抓、负总责(130分)", null, null, null],
    ["(1)签订目标管理责任书,明确各级各部门任务(20分)", R1, "已签订", 20],
    ["(2)坚持计划生育工作领导小组制度(20分)", "及时调整领导小组计5分", "是", 15],
    ["⑶加强机构、队伍建设(20分)", "建立健全乡级计划生育办公室(5分)", null, null],
    ["①按常住人口比例配备工作人员(10分)", R3, "3人", 9],
    ["2、坚持部门齐抓共管(110分)", null, null, null],
    ["(1)互通人口出生、入户、性别等信息(50分)", "乡级要求同时有汇总数据和个案信息", null, null],
    ["（二）加分", "县区、乡镇累计加分不超过12分", null, null],
    ["1、为省工作会议提供现场的", "参照省加分情况为县、乡相应加分", null, null],
  ]);
  const layout = understandSheet(s);
  const tree = layout.trees[0];

  it("reads levels from glued numbering and max from the item text", () => {
    expect(layout.kind).toBe("scoring");
    expect(layout.tables[0].columns.map((c) => c.role)).toEqual(["item", "standard", "measured", "score"]);
    expect(rows(tree)).toEqual<Row[]>([
      [3, "(一)", 1, "综合治理责任落实", 280, "text", null, "item"],
      [4, "1", 2, "坚持党政一把手亲自抓、负总责", 130, "text", 3, "item"],
      [5, "(1)", 3, "签订目标管理责任书,明确各级各部门任务", 20, "text", 4, "item"],
      [6, "(2)", 3, "坚持计划生育工作领导小组制度", 20, "text", 4, "item"],
      [7, "⑶", 3, "加强机构、队伍建设", 20, "text", 4, "item"],
      [8, "①", 4, "按常住人口比例配备工作人员", 10, "text", 7, "item"],
      [9, "2", 2, "坚持部门齐抓共管", 110, "text", 3, "item"],
      [10, "(1)", 3, "互通人口出生、入户、性别等信息", 50, "text", 9, "item"],
      [11, "(二)", 1, "加分", null, null, null, "bonus"],
      [12, "1", 2, "为省工作会议提供现场的", null, null, 11, "bonus"],
    ]);
    expect(tree.items[4].ruleText).toBe("建立健全乡级计划生育办公室(5分)");
    expect(tree.bonusCap).toBe(12);
    expect(tree.penaltyCap).toBeUndefined();
    expect([tree.maxCol, tree.standardCol, tree.measuredCol, tree.selfScoreCol, tree.scoreCol]).toEqual([undefined, 1, 2, undefined, 3]);
  });
});

describe("a two-row merged header, hidden and blank rows, caps in the notes", () => {
  // 序号 | 考核项目 | 标准分 | 考核标准 | 得分 (自评分, 考核得分) | 备注
  const s = sheet("自评表", [
    ["XX乡2016年度计划生育工作自查评分表"],
    [],
    ["序号", "考核项目", "标准分", "考核标准", "得分", null, "备注"],
    [null, null, null, null, "自评分", "考核得分", null],
    ["一", "稳定低生育水平", 20, null, 18, 17],
    ["1", "出生人口政策符合率", 10, "比例达65%以上计10分,低于65%不计分", 10, 10],
    ["2", "长效节育措施落实率", 10, "达70%以上计10分,否则每少1个比例点扣1分,扣完为止", 8, 7],
    [],
    ["二", "基础工作", 80, null, 80, 78],
    ["1", "召开计生专题会议", 5, "召开1-2次会议计5分(1次计3分,计满5为止)", 5, 5],
    ["2", "流动人口管理", 75, "发现1个单位未完成的扣5分,扣完为止", 75, 73],
    ["三", "减分", null, null, -2, -2],
    ["1", "统计误差", null, "一、二孩错漏每例扣2分,多孩错漏报每例扣3分", -2, -2],
    ["", "总分", 100, null, 96, 93],
    ["注:累计减分不超过15分,加分不超过5分。"],
  ], { merges: ["A1:G1", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3", "G3:G4"], hiddenRows: [6] });
  const layout = understandSheet(s);
  const tree = layout.trees[0];

  it("joins the header rows top-first and finds both score columns", () => {
    const t = layout.tables[0];
    expect([t.headerTop, t.headerBottom, t.firstRow, t.lastRow]).toEqual([2, 3, 4, 13]);
    expect(t.columns.map((c) => [c.header, c.role])).toEqual([
      ["序号", "number"], ["考核项目", "item"], ["标准分", "max"], ["考核标准", "standard"],
      ["得分/自评分", "selfScore"], ["得分/考核得分", "score"], ["备注", "remark"],
    ]);
    expect([tree.selfScoreCol, tree.scoreCol]).toEqual([4, 5]);
  });

  it("keeps the hidden row and skips the blank separator", () => {
    expect(rows(tree)).toEqual<Row[]>([
      [5, "一", 0, "稳定低生育水平", 20, "column", null, "item"],
      [6, "1", 2, "出生人口政策符合率", 10, "column", 5, "item"],
      [7, "2", 2, "长效节育措施落实率", 10, "column", 5, "item"],
      [9, "二", 0, "基础工作", 80, "column", null, "item"],
      [10, "1", 2, "召开计生专题会议", 5, "column", 9, "item"],
      [11, "2", 2, "流动人口管理", 75, "column", 9, "item"],
      [12, "三", 0, "减分", null, null, null, "penalty"],
      [13, "1", 2, "统计误差", null, null, 12, "penalty"],
      [14, null, 0, "总分", 100, "column", null, "total"],
    ]);
    expect(tree.penaltyCap).toBe(15);
    expect(tree.bonusCap).toBe(5);
    expect(layout.tables[0].notes).toEqual(["注:累计减分不超过15分,加分不超过5分。"]);
  });
});

describe("other header words: 满分 / 评分细则 / 考核情况 / 考核评分, numbering 一、 glued", () => {
  const s = sheet("Sheet1", [
    ["项目", "满分", "评分细则", "考核情况", "自查得分", "考核评分", "扣分", "扣分理由"],
    ["一、组织领导", 30, null],
    ["(一)成立领导小组", 10, "有正式文件计10分,否则不计分", "有", 10, 10, 0],
    ["(二)召开专题会议", 20, "召开1-2次会议计5分", "1次", 20, 15, 5, "只开1次"],
    ["二、宣传教育", 20, "每开展1次计5分,计满20分为止", "4次", 20, 20],
    ["三、加分", null, "以上三项加分不超过5分"],
    ["合 计", 50, null, null, 50, 45, 5],
  ]);
  const layout = understandSheet(s);
  const tree = layout.trees[0];
  it("finds roles and the tree", () => {
    expect(layout.tables[0].columns.map((c) => c.role)).toEqual(["item", "max", "standard", "measured", "selfScore", "score", "deduction", "reason"]);
    expect(rows(tree)).toEqual<Row[]>([
      [2, "一", 0, "组织领导", 30, "column", null, "item"],
      [3, "(一)", 1, "成立领导小组", 10, "column", 2, "item"],
      [4, "(二)", 1, "召开专题会议", 20, "column", 2, "item"],
      [5, "二", 0, "宣传教育", 20, "column", null, "item"],
      [6, "三", 0, "加分", null, null, null, "bonus"],
      [7, null, 0, "合计", 50, "column", null, "total"],
    ]);
    expect(tree.bonusCap).toBe(5);
    expect(tree.totalRow).toBe(6);
  });
});

describe("a weight stated in the sheet's notes", () => {
  it("百分制打分,按60%计算 → weight 60", () => {
    const s = sheet("市考核", [
      ["序号", "考核项目", "分值", "评分标准", "得分"],
      ["1", "签订目标管理责任书", 20, "能完成的计20分", 20],
      ["说明:百分制打分,按60%计算。"],
    ]);
    const tree = understandSheet(s).trees[0];
    expect(tree.weight).toBe(60);
    expect(tree.items.map((i) => [i.row, i.name, i.max, i.ruleText])).toEqual([[1, "签订目标管理责任书", 20, "能完成的计20分"]]);
  });
});

describe("a category column merged beside the item column (考核项目 | 考核内容)", () => {
  it("takes each row's own item from the item column, the category cell is not an item", () => {
    const s = sheet("考核", [
      ["考核项目", "考核内容", "分值", "评分标准", "得分"],
      ["组织领导(30分)", "成立领导小组", 10, "有正式文件计10分", 10],
      [null, "召开专题会议", 20, "召开1-2次会议计5分", 18],
      ["宣传教育(20分)", "开展宣传活动", 20, "每开展1次计5分", 20],
      [null, "合计", 50, null, 48],
    ], { merges: ["A2:A3"] });
    const tree = understandSheet(s).trees[0];
    expect(rows(tree)).toEqual<Row[]>([
      [2, null, 0, "成立领导小组", 10, "column", null, "item"],
      [3, null, 0, "召开专题会议", 20, "column", null, "item"],
      [4, null, 0, "开展宣传活动", 20, "column", null, "item"],
      [5, null, 0, "合计", 50, "column", null, "total"],
    ]);
  });
});
