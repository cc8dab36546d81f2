/**
 * Statistics sheets (统计报表) with real seed figures: totals on top and at the bottom, 合计
 * columns first in their merged group, partitions (男/女, 政策内/政策外), nested 小计, 其中
 * rows and columns, rates, coverage, differences, ratios, natural increase and shares.
 * Every relation the layout implies is stated exactly, and nothing else may appear.
 */
import { describeSheet, understandSheet } from "../../../src/engine/layout";
import { sheet, shown } from "./build";

describe("已婚育龄妇女 182 = 上环105+工具27+结扎14+绝经16+不孕5+待孕10+现孕5: 合计 column first, total row on top", () => {
  const s = sheet("避孕节育", [
    ["2016年XX社区已婚育龄妇女避孕节育情况统计表"],
    ["填报单位:XX社区", null, null, null, null, null, null, null, "2016年12月"],
    ["居民小组", "已婚育龄妇女"],
    [null, "合计", "上环", "工具", "结扎", "绝经", "不孕", "待孕", "现孕"],
    ["合计", 182, 105, 27, 14, 16, 5, 10, 5],
    ["一组", 50, 30, 7, 4, 4, 1, 2, 2],
    ["二组", 45, 25, 8, 3, 4, 2, 2, 1],
    ["三组", 47, 28, 6, 4, 4, 1, 3, 1],
    ["四组", 40, 22, 6, 3, 4, 1, 3, 1],
  ], { merges: ["A1:I1", "A3:A4", "B3:I3"] });
  const layout = understandSheet(s);

  it("reads the two-row header and the sheet kind", () => {
    expect(layout.kind).toBe("statistics");
    const t = layout.tables[0];
    expect([t.headerTop, t.headerBottom, t.firstRow, t.lastRow]).toEqual([2, 3, 4, 8]);
    expect(t.columns.map((c) => c.header)).toEqual([
      "居民小组", "已婚育龄妇女/合计", "已婚育龄妇女/上环", "已婚育龄妇女/工具", "已婚育龄妇女/结扎",
      "已婚育龄妇女/绝经", "已婚育龄妇女/不孕", "已婚育龄妇女/待孕", "已婚育龄妇女/现孕",
    ]);
    expect(t.columns.map((c) => c.role)).toEqual(["label", "value", "value", "value", "value", "value", "value", "value", "value"]);
  });

  it("sums the 合计 column across its group and the 合计 row over the rows below it", () => {
    expect(shown(layout.relations)).toEqual([
      "sum B5 = B6:B9", "sum B5 = C5:I5", "sum B6 = C6:I6", "sum B7 = C7:I7", "sum B8 = C8:I8", "sum B9 = C9:I9",
      "sum C5 = C6:C9", "sum D5 = D6:D9", "sum E5 = E6:E9", "sum F5 = F6:F9", "sum G5 = G6:G9", "sum H5 = H6:H9", "sum I5 = I6:I9",
    ]);
  });
});

describe("出生 858: a three-row header with two partitions, rates and a ratio, total row at the bottom", () => {
  const s = sheet("出生", [
    ["乡镇", "总人口", "出生人数", null, null, null, null, "出生率(‰)", "出生人口性别比", "政策符合率(%)"],
    [null, null, "合计", "按性别", null, "按政策", null],
    [null, null, null, "男", "女", "政策内", "政策外"],
    ["城关镇", 65669, 858, 450, 408, 832, 26, 13.07, 110.29, 96.97],
    ["XX乡", 30000, 300, 160, 140, 290, 10, 10.0, 114.29, 96.67],
    ["合计", 95669, 1158, 610, 548, 1122, 36, 12.1, 111.31, 96.89],
  ], { merges: ["A1:A3", "B1:B3", "C1:G1", "C2:C3", "D2:E2", "F2:G2", "H1:H3", "I1:I3", "J1:J3"] });
  const layout = understandSheet(s);

  it("reads roles and scales", () => {
    const t = layout.tables[0];
    expect([t.headerTop, t.headerBottom]).toEqual([0, 2]);
    expect(t.columns.map((c) => [c.header, c.role, c.scale ?? null])).toEqual([
      ["乡镇", "unit", null], ["总人口", "value", null], ["出生人数/合计", "value", null],
      ["出生人数/按性别/男", "value", null], ["出生人数/按性别/女", "value", null],
      ["出生人数/按政策/政策内", "value", null], ["出生人数/按政策/政策外", "value", null],
      ["出生率(‰)", "rate", 1000], ["出生人口性别比", "ratio", 100], ["政策符合率(%)", "rate", 100],
    ]);
  });

  it("gives one relation per partition, never sums rates, pairs rates by their words", () => {
    expect(shown(layout.relations)).toEqual([
      "coverage F4 <= C4", "coverage F5 <= C5", "coverage F6 <= C6",
      "rate H4 = C4/B4 x1000", "rate H5 = C5/B5 x1000", "rate H6 = C6/B6 x1000",
      "rate J4 = F4/C4 x100", "rate J5 = F5/C5 x100", "rate J6 = F6/C6 x100",
      "ratio I4 = D4/E4 x100", "ratio I5 = D5/E5 x100", "ratio I6 = D6/E6 x100",
      "sum B6 = B4:B5", "sum C4 = D4:E4", "sum C4 = F4:G4", "sum C5 = D5:E5", "sum C5 = F5:G5",
      "sum C6 = C4:C5", "sum C6 = D6:E6", "sum C6 = F6:G6",
      "sum D6 = D4:D5", "sum E6 = E4:E5", "sum F6 = F4:F5", "sum G6 = G4:G5",
    ]);
  });
});

describe("a label | value list with 其中 rows, units in their own column (长效节育措施3571 其中 结扎953 上环2618)", () => {
  const s = sheet("基本情况", [
    ["2016年XX县人口计生基本情况"],
    ["指标", "单位", "数值"],
    ["总人口", "人", 65669],
    ["出生人数", "人", 858],
    ["其中:政策内出生", "人", 832],
    ["　　政策外出生", "人", 26],
    ["出生率", "‰", 13.07],
    ["计划生育率", "%", 96.97],
    ["长效节育措施", "例", 3571],
    ["其中:结扎", "例", 953],
    ["　　上环", "例", 2618],
    ["已婚育龄妇女", "人", 182],
  ]);
  const layout = understandSheet(s);
  it("reads the list and its relations", () => {
    expect(layout.kind).toBe("statistics");
    expect(layout.tables[0].columns.map((c) => c.role)).toEqual(["label", "other", "value"]);
    expect(layout.tables[0].figuresIn).toBe("rows");
    expect(shown(layout.relations)).toEqual([
      "coverage C5 <= C4",
      "part C4 = C5:C6",
      "part C9 = C10:C11",
      "rate C7 = C4/C3 x1000",
      "rate C8 = C5/C4 x100",
    ]);
    const part = layout.relations.find((r) => r.kind === "sum" && r.total.row === 8);
    expect(part).toMatchObject({ exhaustive: false, label: "长效节育措施(其中)" });
  });
});

describe("签约: 人群总数 | 已签约 | 未签约 | 签约率(%), with a 合计 row", () => {
  const s = sheet("签约", [
    ["人群分类", "人群总数", "已签约人数", "未签约人数", "签约率(%)"],
    ["老年人", 190, 186, 4, 97.89],
    ["孕产妇", 50, 50, 0, 100],
    ["合计", 240, 236, 4, 98.33],
  ]);
  const layout = understandSheet(s);
  it("pairs the rate, the coverage and the difference", () => {
    expect(shown(layout.relations)).toEqual([
      "coverage C2 <= B2", "coverage C3 <= B3", "coverage C4 <= B4",
      "difference D2 = B2-C2", "difference D3 = B3-C3", "difference D4 = B4-C4",
      "rate E2 = C2/B2 x100", "rate E3 = C3/B3 x100", "rate E4 = C4/B4 x100",
      "sum B4 = B2:B3", "sum C4 = C2:C3", "sum D4 = D2:D3",
    ]);
  });
});

describe("nested 小计 under a 全县合计, a 序号 column and a hidden row", () => {
  const s = sheet("人口", [
    ["序号", "单位", "总人口", "已婚育龄妇女"],
    [1, "城关镇一村", 1200, 300],
    [2, "城关镇二村", 800, 200],
    [null, "城关镇小计", 2000, 500],
    [3, "XX乡一村", 1000, 250],
    [4, "XX乡二村", 500, 120],
    [null, "XX乡小计", 1500, 370],
    [null, "全县合计", 3500, 870],
  ], { hiddenRows: [2] });
  const layout = understandSheet(s);
  it("sums the 小计s, not the leaves twice, and never the serial numbers", () => {
    expect(layout.tables[0].columns.map((c) => c.role)).toEqual(["number", "unit", "value", "value"]);
    expect(shown(layout.relations)).toEqual([
      "sum C4 = C2:C3", "sum C7 = C5:C6", "sum C8 = C4,C7",
      "sum D4 = D2:D3", "sum D7 = D5:D6", "sum D8 = D4,D7",
    ]);
    expect(layout.tables[0].totalRows).toEqual([3, 6, 7]);
  });
});

describe("小计 rows heading their groups under a 合计 on top", () => {
  const s = sheet("分组", [
    ["单位", "出生人数"],
    ["合计", 1158],
    ["城关镇小计", 858],
    ["一村", 500],
    ["二村", 358],
    ["XX乡小计", 300],
    ["三村", 300],
  ]);
  it("reads the groups downwards", () => {
    expect(shown(understandSheet(s).relations)).toEqual(["sum B2 = B3,B6", "sum B3 = B4:B5", "sum B6 = B7"]);
  });
});

describe("shares of one whole: 65669 = 26907 + 26910 + 8759 + 3093 (40.97/40.98/13.3/4.7)", () => {
  const s = sheet("年龄构成", [
    ["年龄组", "人数", "占总人口比例(%)"],
    ["合计", 65669, 100],
    ["0-14岁", 26907, 40.97],
    ["15-49岁", 26910, 40.98],
    ["50-64岁", 8759, 13.3],
    ["65岁以上", 3093, 4.7],
  ]);
  it("sums the counts, groups the shares, and reads each share as its count over the 合计's", () => {
    const layout = understandSheet(s);
    expect(layout.tables[0].columns.map((c) => c.role)).toEqual(["label", "value", "share"]);
    expect(shown(layout.relations)).toEqual([
      "rate C3 = B3/B2 x100", "rate C4 = B4/B2 x100", "rate C5 = B5/B2 x100", "rate C6 = B6/B2 x100",
      "shares C3:C6", "sum B2 = B3:B6",
    ]);
  });
});

describe("two tables on one sheet, a notes row between them, 其中 columns", () => {
  const s = sheet("出生与节育", [
    ["表一 出生情况"],
    ["乡镇", "出生人数", "其中:政策内"],
    ["城关镇", 858, 832],
    ["XX乡", 300, 290],
    ["注:出生人数含流动人口。"],
    [],
    ["表二 节育措施"],
    ["乡镇", "长效节育措施", "其中", null],
    [null, null, "结扎", "上环"],
    ["全县", 3571, 953, 2618],
  ], { merges: ["C8:D8", "A8:A9", "B8:B9"] });
  const layout = understandSheet(s);
  it("finds both tables with their titles and notes", () => {
    expect(layout.tables.map((t) => [t.title, t.headerTop, t.headerBottom, t.firstRow, t.lastRow, t.notes ?? []])).toEqual([
      ["表一出生情况", 1, 1, 2, 3, ["注:出生人数含流动人口。"]],
      ["表二节育措施", 7, 8, 9, 9, []],
    ]);
  });
  it("treats the 其中 columns as a partial breakdown of the column before them", () => {
    expect(shown(layout.relations)).toEqual(["part B10 = C10:D10", "part B3 = C3", "part B4 = C4"]);
  });
});

describe("性别比 and 自然增长率 in a list with two periods", () => {
  const s = sheet("人口变动", [
    ["指标", "2016年", "2015年"],
    ["总人口", 65669, 65000],
    ["出生人数", 858, 800],
    ["其中:男", 450, 420],
    ["　　女", 408, 380],
    ["死亡人数", 400, 390],
    ["出生率(‰)", 13.07, 12.31],
    ["死亡率(‰)", 6.09, 6.0],
    ["自然增长率(‰)", 6.98, 6.31],
    ["出生人口性别比", 110.29, 110.53],
  ]);
  it("pairs every derived figure in each period column", () => {
    expect(shown(understandSheet(s).relations)).toEqual([
      "increase B9 = B7-B8", "increase C9 = C7-C8",
      "part B3 = B4:B5", "part C3 = C4:C5",
      "rate B7 = B3/B2 x1000", "rate B8 = B6/B2 x1000", "rate C7 = C3/C2 x1000", "rate C8 = C6/C2 x1000",
      "ratio B10 = B4/B5 x100", "ratio C10 = C4/C5 x100",
    ]);
  });
});

describe("a 其中 cell merged down over the sub-rows", () => {
  const s = sheet("节育", [
    ["项目", null, "人数"],
    ["已婚育龄妇女", null, 182],
    ["其中", "上环", 105],
    [null, "工具", 27],
    [null, "结扎", 14],
    [null, "绝经", 16],
    [null, "不孕", 5],
    [null, "待孕", 10],
    [null, "现孕", 5],
  ], { merges: ["A1:B1", "A2:B2", "A3:A9"] });
  it("is a partial breakdown of the row above", () => {
    expect(shown(understandSheet(s).relations)).toEqual(["part C2 = C3:C9"]);
  });
});

describe("sheets with nothing to check", () => {
  it("a page of text is 'other' and implies nothing", () => {
    const layout = understandSheet(sheet("填表说明", [["填表说明"], ["1、本表由乡镇计生办填写。"], ["2、数据截至12月31日。"]]));
    expect(layout.kind).toBe("other");
    expect(layout.relations).toEqual([]);
  });
  it("an empty sheet has no tables", () => {
    const layout = understandSheet(sheet("Sheet3", []));
    expect([layout.kind, layout.tables.length]).toEqual(["other", 0]);
  });
});

describe("variations: 合计 column last, flat headers, 总数 and spaced 合 计 labels, text figures, percent formats", () => {
  it("a flat header with 合计 last sums the figure columns before it", () => {
    const s = sheet("性别", [
      ["单位", "男", "女", "合计"],
      ["城关镇", 450, 408, 858],
      ["合 计", "450人", "408人", "858人"],
    ]);
    expect(shown(understandSheet(s).relations)).toEqual([
      "sum B3 = B2", "sum C3 = C2", "sum D2 = B2:C2", "sum D3 = B3:C3", "sum D3 = D2",
    ]);
  });

  it("a group whose 小计 comes last, and a 总数 row at the bottom", () => {
    const s = sheet("措施", [
      ["村", "节育措施", null, null, "出生率(‰)"],
      [null, "结扎", "上环", "小计", null],
      ["一村", 500, 1300, 1800, 9.5],
      ["二村", 453, 1318, 1771, 10.2],
      ["总数", 953, 2618, 3571, 9.8],
    ], { merges: ["A1:A2", "B1:D1", "E1:E2"] });
    expect(shown(understandSheet(s).relations)).toEqual([
      "sum B5 = B3:B4", "sum C5 = C3:C4", "sum D3 = B3:C3", "sum D4 = B4:C4", "sum D5 = B5:C5", "sum D5 = D3:D4",
    ]);
  });

  it("a rate column formatted as a percentage pairs with scale 100", () => {
    const s = sheet("签约率", [
      ["社区", "人群总数", "已签约人数", "签约率"],
      ["东关", 190, 186, 0.9789],
    ], { formats: { D2: "0.00%" } });
    const layout = understandSheet(s);
    expect(layout.tables[0].columns.map((c) => [c.role, c.scale ?? null])).toEqual([["unit", null], ["value", null], ["value", null], ["rate", 100]]);
    expect(shown(layout.relations)).toEqual(["coverage C2 <= B2", "rate D2 = C2/B2 x100"]);
  });

  it("签约 figures in a list: rate, coverage and difference by row labels", () => {
    const s = sheet("家庭医生签约", [
      ["项目", "数量"],
      ["重点人群总数(人)", 190],
      ["已签约人数(人)", 186],
      ["未签约人数(人)", 4],
      ["签约率(%)", 97.89],
    ]);
    expect(shown(understandSheet(s).relations)).toEqual([
      "coverage B3 <= B2", "difference B4 = B2-B3", "rate B5 = B3/B2 x100",
    ]);
  });

  it("never pairs a rate whose base it cannot name, nor sums rate rows under a 合计", () => {
    const s = sheet("综合", [
      ["指标", "数值"],
      ["早孕发现率(%)", 92.5],
      ["知情选择率(%)", 100],
      ["合计", 192.5],
    ]);
    expect(understandSheet(s).relations).toEqual([]);
  });
});

describe("a label | value list without a header row (社区 633人, 已婚182 其中 上环105 …)", () => {
  const s = sheet("社区", [
    ["XX社区2016年计划生育基本情况"],
    ["总人口", "633人"],
    ["已婚育龄妇女", 182],
    ["其中:上环", 105],
    ["　　工具", 27],
    ["　　结扎", 14],
    ["　　绝经", 16],
    ["　　不孕", 5],
    ["　　待孕", 10],
    ["　　现孕", 5],
    ["出生人数", 3],
  ]);
  const layout = understandSheet(s);
  it("finds the list under its title and its 其中 breakdown", () => {
    const t = layout.tables[0];
    expect([t.headerless, t.headerTop, t.firstRow, t.lastRow, t.title]).toEqual([true, 0, 1, 10, "XX社区2016年计划生育基本情况"]);
    expect(t.columns.map((c) => c.role)).toEqual(["label", "value"]);
    expect(shown(layout.relations)).toEqual(["part B3 = B4:B10"]);
  });
});

describe("guards against relations the layout does not imply", () => {
  it("a group whose words only partly pair (上环, 男扎, 女扎) is one whole", () => {
    const s = sheet("节育", [
      ["单位", "节育措施", null, null, null],
      [null, "合计", "上环", "男扎", "女扎"],
      ["城关镇", 2618, 1665, 12, 941],
    ], { merges: ["A1:A2", "B1:E1"] });
    expect(shown(understandSheet(s).relations)).toEqual(["sum B3 = C3:E3"]);
  });

  it("出生率 uses 年平均人口 when the sheet has it beside 总人口", () => {
    const s = sheet("出生率", [
      ["单位", "年末总人口", "年平均人口", "出生人数", "出生率(‰)"],
      ["城关镇", 65900, 65669, 858, 13.07],
    ]);
    expect(shown(understandSheet(s).relations)).toEqual(["rate E2 = D2/C2 x1000"]);
  });

  it("two candidate numerators make no rate", () => {
    const s = sheet("出生", [
      ["单位", "总人口", "出生人数", "出生缺陷数", "出生率(‰)"],
      ["城关镇", 65669, 858, 3, 13.07],
    ]);
    expect(understandSheet(s).relations).toEqual([]);
  });
});

describe("a 序号 column that numbers the totals and leaves their 其中 rows blank, and a heading row", () => {
  const s = sheet("技术服务", [
    ["XX县1-11月计划生育技术服务情况"],
    ["序号", "项目", "例数"],
    [1, "落实“四术”", 4044],
    [2, "长效节育措施", 3571],
    [null, "其中:结扎", 953],
    [null, "上环", 2618],
    [3, "出生人数", 858],
    [null, "其中:政策内出生", 832],
    [null, "政策外出生", 26],
  ]);
  it("takes the blank-numbered run as the breakdown", () => {
    expect(shown(understandSheet(s).relations)).toEqual(["part C4 = C5:C6", "part C7 = C8:C9"]);
  });
  it("leaves a heading row without figures out of a 合计", () => {
    const t = sheet("统计表", [
      ["序号", "项目", "人数", "备注"],
      ["一", "已婚育龄妇女节育措施", null, null],
      [1, "上环", 105], [2, "使用工具", 27], [3, "结扎", 14], [4, "绝经", 16], [5, "不孕", 5], [6, "待孕", 10], [7, "现孕", 5],
      [null, "合计", 182],
    ]);
    expect(shown(understandSheet(t).relations)).toEqual(["sum C10 = C3:C9"]);
  });
});

describe("the description of a statistics sheet", () => {
  it("names the rate columns and counts what will be checked", () => {
    const s = sheet("签约", [
      ["人群分类", "人群总数", "已签约人数", "未签约人数", "签约率(%)"],
      ["老年人", 190, 186, 4, 97.89],
      ["孕产妇", 50, 50, 0, 100],
      ["合计", 240, 236, 4, 98.33],
    ]);
    expect(describeSheet(understandSheet(s))).toEqual([
      "签约:统计表,1 个表格",
      "表 1: 表头第 1 行, 第 2–4 行; A=指标 E=比率「签约率(%)」,3 个数据列",
      "将核对:合计 3 处,比率 3 处,不超过基数 3 处,差额 3 处",
    ]);
    expect(describeSheet(understandSheet(s), "en")[2]).toBe("Checks: 3 totals, 3 rates, 3 counts within base, 3 differences");
  });
});
