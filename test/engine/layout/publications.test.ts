/**
 * Tables laid out as publications and clerks lay them out (issue 11, item 2), each built in
 * code from real figures (seed 000: 已婚育妇65669, 其中一孩26907…; 四术4044, 长效节育措施3571,
 * 其中结扎953 上环2618; 出生2647, 出生率8.47‰, 计生率94.75%, 性别比108.26). Each layout stays
 * silent as published and fires exactly once on a planted contradiction.
 */
import { analyzeWorkbook } from "../../../src/engine";
import type { CellValue, SheetSnapshot } from "../../../src/engine/grid";
import { sheet } from "./build";

function found(...sheets: SheetSnapshot[]): string[] {
  return analyzeWorkbook({ sheets }).findings.map((f) => `${f.kind} ${f.sheet}!${f.cell}`);
}

/** rows with some cells replaced: { "C5": 65668 } */
function plant(rows: CellValue[][], cells: Record<string, CellValue> = {}): CellValue[][] {
  const out = rows.map((r) => [...r]);
  for (const [a1, v] of Object.entries(cells)) {
    const m = /^([A-Z])(\d+)$/.exec(a1)!;
    out[parseInt(m[2], 10) - 1][m[1].charCodeAt(0) - 65] = v;
  }
  return out;
}

describe("seed 000 laid out as a clerk keeps it: 其中:一孩 first under 已婚育龄妇女, a merged 其中:长效节育措施 group with 小计", () => {
  const rows: CellValue[][] = [
    ["XX县人口计生基本情况统计表", null, null, null],
    ["单位:人", null, null, null],
    ["项目", null, "人数", "占比(%)"],
    ["总人口", null, 312388, null],
    ["已婚育龄妇女", null, 65669, 100],
    ["其中:一孩", null, 26907, 40.97],
    ["二孩", null, 26910, 40.98],
    ["多孩", null, 8759, 13.3],
    ["无孩", null, 3093, 4.7],
    ["落实四术", null, 4044, null],
    ["其中:长效节育措施", "小计", 3571, null],
    [null, "结扎", 953, null],
    [null, "上环", 2618, null],
  ];
  const merges = ["A1:D1", "A3:B3", "A4:B4", "A5:B5", "A6:B6", "A7:B7", "A8:B8", "A9:B9", "A10:B10", "A11:A13"];
  const s = (cells?: Record<string, CellValue>) => sheet("基本情况", plant(rows, cells), { merges });

  it("gives no finding as published", () => {
    expect(found(s())).toEqual([]);
  });
  it("其中 as the first part: 已婚育龄妇女 smaller than 一孩+二孩+多孩+无孩 is one finding", () => {
    expect(found(s({ C5: 65668 }))).toEqual(["part-exceeds-total 基本情况!C5"]);
  });
  it("the 小计 inside the merged 其中 group is the sum of 结扎 and 上环: off by one is one finding", () => {
    expect(found(s({ C11: 3572 }))).toEqual(["sum-mismatch 基本情况!C11"]);
  });
  it("the shares of the 其中 breakdown (not the 100 of the whole) add to 100", () => {
    expect(found(s({ D6: 41.97 }))).toEqual(["share-sum-mismatch 基本情况!D6"]);
  });
  it("the 其中 group is a part of 落实四术: 小计 above 四术 is one finding", () => {
    expect(found(s({ C10: 3570 }))).toEqual(["part-exceeds-total 基本情况!C10"]);
  });
});

describe("several 其中 groups, each with its own parent (出生 by sex, then by policy)", () => {
  const rows: CellValue[][] = [
    ["项目", "人数"],
    ["出生人数", 2647],
    ["其中:男", 1376],
    ["女", 1271],
    ["其中:政策内", 2508],
    ["政策外", 139],
  ];
  it("is silent as published (the second group is not attached to 女)", () => {
    expect(found(sheet("出生", rows))).toEqual([]);
  });
  it("fires once when 政策内 + 政策外 exceed 出生", () => {
    expect(found(sheet("出生", plant(rows, { B5: 2509 })))).toEqual(["part-exceeds-total 出生!B2"]);
  });
  it("fires once when 男 + 女 exceed 出生", () => {
    expect(found(sheet("出生", plant(rows, { B4: 1272 })))).toEqual(["part-exceeds-total 出生!B2"]);
  });
});

describe("# and △ marks", () => {
  it("# rows are parts of the unmarked row above them", () => {
    const rows: CellValue[][] = [["项目", "例数"], ["落实四术", 4044], ["长效节育措施", 3571], ["#结扎", 953], ["#上环", 2618], ["人工流产", 473]];
    expect(found(sheet("四术", rows))).toEqual([]);
    expect(found(sheet("四术", plant(rows, { B5: 2619 })))).toEqual(["part-exceeds-total 四术!B3"]);
  });
  it("a △ subset row is no part of the 合计", () => {
    const rows: CellValue[][] = [["项目", "例数"], ["合计", 3571], ["结扎", 953], ["△二女扎", 246], ["上环", 2618]];
    expect(found(sheet("长效", rows))).toEqual([]);
    expect(found(sheet("长效", plant(rows, { B2: 3572 })))).toEqual(["sum-mismatch 长效!B2"]);
  });
});

describe("grouped two-row headers with a 小计 inside the group", () => {
  const rows: CellValue[][] = [
    ["单位", "落实四术", "其中:长效节育措施", null, null],
    [null, null, "小计", "结扎", "上环"],
    ["全县", 4044, 3571, 953, 2618],
  ];
  const merges = ["A1:A2", "B1:B2", "C1:E1"];
  it("is silent as published (小计 and its parts are not all added into 落实四术)", () => {
    expect(found(sheet("四术", rows, { merges }))).toEqual([]);
  });
  it("fires once on a 小计 off by one", () => {
    expect(found(sheet("四术", plant(rows, { C3: 3572 }), { merges }))).toEqual(["sum-mismatch 四术!C3"]);
  });
  it("fires once when the 小计 exceeds its parent", () => {
    expect(found(sheet("四术", plant(rows, { B3: 3570 }), { merges }))).toEqual(["part-exceeds-total 四术!B3"]);
  });
});

describe("hierarchy from indentation: a row totals the rows indented under it; only the outer rows make the 合计", () => {
  // seed 000's 已婚育妇 by 孩次 and the 长效节育措施 by kind, one under the other
  const rows = (pad: (name: string) => string): CellValue[][] => [
    ["项目", "人数"],
    ["合计", 69240],
    ["已婚育龄妇女", 65669],
    [pad("一孩"), 26907],
    [pad("二孩"), 26910],
    [pad("多孩"), 8759],
    [pad("无孩"), 3093],
    ["长效节育措施", 3571],
    [pad("结扎"), 953],
    [pad("上环"), 2618],
  ];
  const layouts: Array<[string, (n: string) => string, ((s: CellValue[][]) => SheetSnapshot)]> = [
    ["leading spaces", (n) => `  ${n}`, (r) => sheet("表", r)],
    ["full-width spaces", (n) => `\u3000${n}`, (r) => sheet("表", r)],
    ["alignment indent", (n) => n, (r) => ({ ...sheet("表", r), indents: r.map((row, i) => (i >= 3 && i !== 7 ? [1] : [])) })],
  ];
  it.each(layouts)("%s: silent as laid out", (_name, pad, make) => {
    expect(found(make(rows(pad)))).toEqual([]);
  });
  it.each(layouts)("%s: the 合计 off by one is one finding", (_name, pad, make) => {
    expect(found(make(plant(rows(pad), { B2: 69241 })))).toEqual(["sum-mismatch 表!B2"]);
  });
  it.each(layouts)("%s: an inner part off by one is one finding, on its own total", (_name, pad, make) => {
    expect(found(make(plant(rows(pad), { B9: 954 })))).toEqual(["sum-mismatch 表!B8"]);
  });
  it("without indentation the same rows are all parts of the 合计 (no hierarchy is guessed)", () => {
    expect(found(sheet("表", rows((n) => n)))).toEqual(["sum-mismatch 表!B2"]);
  });
});

describe("a list that names only some of the parts (a copy that leaves out 其他) is partial", () => {
  // 福建 2019 卫生机构 (专业公共卫生机构 lists four of its kinds): short in every column
  const rows: CellValue[][] = [
    ["项目", "卫生机构(个)", "卫生技术人员(人)", "#医生"],
    ["专业公共卫生机构", 420, 16934, 6452],
    ["\u3000疾病预防控制中心", 96, 3597, 2036],
    ["\u3000专科疾病防治院", 24, 870, 351],
    ["\u3000妇幼保健院、所、站", 91, 9945, 3767],
    ["\u3000急救中心", 11, 369, 140],
  ];
  it("is silent", () => {
    expect(found(sheet("17-5", rows))).toEqual([]);
  });
  it("still fires when the listed parts exceed the total", () => {
    expect(found(sheet("17-5", plant(rows, { B3: 300 })))).toEqual(["part-exceeds-total 17-5!B2"]);
  });
  it("a # column is a part of the column left of it: 医生 above 卫生技术人员 is one finding", () => {
    expect(found(sheet("17-5", plant(rows, { C3: 2035 })))).toEqual(["part-exceeds-total 17-5!C3"]);
  });
});

describe("a vertical indicator table: indicators in rows with their unit in brackets, periods in columns, 增减", () => {
  // seed 000: 总人口 312388, 出生 2647 (8.47‰), 计生率 94.75% (2508 of 2647), 性别比 108.26 (1376/1271);
  // the year before: the seed's figures less a year's change, made consistent here
  const rows: CellValue[][] = [
    ["XX县人口计生主要指标"],
    ["指标", "2016年", "2015年", "增减"],
    ["总人口(人)", 312388, 311020, 1368],
    ["出生人数(人)", 2647, 2702, -55],
    ["  其中:男(人)", 1376, 1409, -33],
    ["        女(人)", 1271, 1293, -22],
    ["  政策内出生(人)", 2508, 2551, -43],
    ["出生率(‰)", 8.47, 8.69, -0.22],
    ["计划生育率(%)", 94.75, 94.41, 0.34],
    ["出生人口性别比", 108.26, 108.97, -0.71],
  ];
  const s = (cells?: Record<string, CellValue>) => sheet("主要指标", plant(rows, cells), { merges: ["A1:D1"] });
  it("is silent as published", () => {
    expect(found(s())).toEqual([]);
  });
  // a wrong rate also makes its 增减 wrong: both are said
  it("出生率 known by name: 出生人数 / 总人口 × 1000", () => {
    expect(found(s({ B8: 9.47 }))).toEqual(["rate-mismatch 主要指标!B8", "difference-mismatch 主要指标!D8"]);
  });
  it("计划生育率 known by name: 政策内出生 / 出生人数 × 100", () => {
    expect(found(s({ C9: 95.41 }))).toEqual(["rate-mismatch 主要指标!C9", "difference-mismatch 主要指标!D9"]);
  });
  it("出生人口性别比 known by name: 男 / 女 × 100", () => {
    expect(found(s({ B10: 107.26 }))).toEqual(["ratio-mismatch 主要指标!B10", "difference-mismatch 主要指标!D10"]);
  });
  it("增减 = this period − last", () => {
    expect(found(s({ D3: 1369 }))).toEqual(["difference-mismatch 主要指标!D3"]);
  });
  it("the rates are not paired across the 增减 column (a change of a rate is no rate)", () => {
    const l = analyzeWorkbook({ sheets: [s()] }).layout.sheets[0];
    expect(l.relations.filter((r) => r.kind === "rate" && r.rate.col === 3)).toEqual([]);
  });
  it("operands in 万人 scale the rate: 出生人数(人) over 户籍人口(万人)", () => {
    const t = (rate: number) => sheet("户籍", [["指标", "2022年"], ["户籍人口(万人)", 71.79], ["出生人数(人)", 3888], ["出生率(‰)", rate]]);
    expect(found(t(5.42))).toEqual([]);
    expect(found(t(6.42))).toEqual(["rate-mismatch 户籍!B4"]);
  });
});

describe("indicators a workbook adds (the clerk's own, from its settings) are checked by name", () => {
  const rows: CellValue[][] = [["指标", "数值"], ["孕前检查目标人数", 200], ["已检查人数", 186], ["孕检率(%)", 93]];
  const mine = [{ name: "孕检率", kind: "rate" as const, rate: ["孕检率"], num: ["已检查"], den: ["目标人数"], scale: 100, coverage: true }];
  it("a rate the built-in indicators do not know is not checked", () => {
    expect(found(sheet("孕检", plant(rows, { B4: 90 })))).toEqual([]);
  });
  it("the workbook's indicator finds its operands by name", () => {
    const plan = (cells?: Record<string, CellValue>) =>
      analyzeWorkbook({ sheets: [sheet("孕检", plant(rows, cells))] }, { indicators: mine }).findings.map((f) => `${f.kind} ${f.cell}`);
    expect(plan()).toEqual([]);
    expect(plan({ B4: 90 })).toEqual(["rate-mismatch B4"]);
  });
});

describe("share columns: the whole's 100 left out, each share its count over the whole's; row-wise shares", () => {
  // 七普 平利县 表2-1 (the first four towns and the rest as one row, so the figures still add)
  const rows: CellValue[][] = [
    ["地区", "人口数", "比重(%)"],
    ["全县", 181286, 100],
    ["城关镇", 63573, 35.1],
    ["兴隆镇", 8515, 4.7],
    ["老县镇", 13105, 7.2],
    ["其他镇", 96093, 53.0],
  ];
  it("is silent as published", () => {
    expect(found(sheet("表2-1", rows))).toEqual([]);
  });
  it("a share that is not its count over the whole's is one finding", () => {
    expect(found(sheet("表2-1", plant(rows, { B4: 9515 })))).toContain("rate-mismatch 表2-1!C4");
  });
  it("row-wise shares: each row adds to 100 across, not down the columns", () => {
    const byRow: CellValue[][] = [["地区", "城乡构成(%)", null], [null, "城镇", "乡村"], ["城关镇", 81.2, 18.8], ["兴隆镇", 23.5, 76.5], ["老县镇", 31.0, 69.0]];
    const merges = ["A1:A2", "B1:C1"];
    expect(found(sheet("城乡", byRow, { merges }))).toEqual([]);
    expect(found(sheet("城乡", plant(byRow, { C4: 75.5 }), { merges }))).toEqual(["share-sum-mismatch 城乡!B4"]);
  });
});

describe("schemes with a points column and no score column", () => {
  const list: CellValue[][] = [["序号", "考核指标", "分数"], ["(一)", "村两委重视", 20], ["(二)", "人口方案执行", 180]];
  const detail: CellValue[][] = [
    ["序号", "考核项目", "分值", "评分标准"],
    ["(一)", "村两委重视(20分)", 20, null],
    ["1", "配齐配全村计生专干", 8, "配齐配全村计生专干的计8分"],
    ["2", "每月及时参加专干例会", 12, "每月及时参加专干例会记12分,每缺席一次例会扣3分"],
    ["(二)", "人口方案执行(180分)", 180, null],
    ["1", "人口方案(60分)", 60, "控制在3个以内计60分"],
    ["2", "出生及时准确率上报(120分)", 120, "按上报出生比例计分"],
  ];
  it("the same section's points on the list and in the detail agree: silent", () => {
    expect(found(sheet("分数设定", list), sheet("评分标准", detail))).toEqual([]);
  });
  it("a section given other points on the list than in the detail: each cell flagged", () => {
    expect(found(sheet("分数设定", plant(list, { C3: 80 })), sheet("评分标准", detail))).toEqual([
      "cross-sheet-mismatch 分数设定!C3", "cross-sheet-mismatch 评分标准!C5",
    ]);
  });
  it("section points against their items: a child's points off is one finding on the section", () => {
    expect(found(sheet("评分标准", plant(detail, { C3: 9 })))).toEqual(["max-sum-mismatch 评分标准!C2"]);
  });
  it("an excerpt (items numbered from 2) and a bonus sub-item (+10分) are not summed into their parent", () => {
    const excerpt: CellValue[][] = [
      ["序号", "考核内容", "分值"],
      ["(三)", "系统线(1000分)", 1000],
      ["2", "出生性别比(50分)", 50],
      ["①", "总出生性别比准确率(10分)", 10],
      ["②", "一孩性别比准确率(20分)", 20],
      ["③", "二孩性别比准确率(20分)", 20],
      ["④", "查处“两非”案件(+10分)", "+10"],
      ["3", "宣传教育(60分)", 60],
      ["①", "省级以上媒体发稿数(30分)", 30],
      ["②", "县级人口网站的更新率(30分)", 30],
    ];
    expect(found(sheet("考核内容", excerpt))).toEqual([]);
    expect(found(sheet("考核内容", plant(excerpt, { C5: 21 })))).toEqual(["max-sum-mismatch 考核内容!C3"]);
  });
});

describe("wholes and parts known by name: 卫生技术人员 ⊇ 执业(助理)医师 + 注册护士", () => {
  // 山东 2013 19-3 (2012): 医院, 门诊部
  const rows: CellValue[][] = [
    ["医疗机构分类", "卫生技术人员(人)", "执业(助理)医师", "注册护士"],
    ["医院", 311203, 110541, 136332],
    ["门诊部", 7200, 5863, 1290],
  ];
  it("is silent where the parts fit", () => {
    expect(found(sheet("19-3", rows))).toEqual([]);
  });
  it("fires where they do not (山东 门诊部 as published: 2604 < 5863 + 1290)", () => {
    expect(found(sheet("19-3", plant(rows, { B3: 2604 })))).toEqual(["part-exceeds-total 19-3!B3"]);
  });
});

describe("summary sheets: the header's (N分) is each column's max; summary ↔ detail by the 被考核单位 line", () => {
  const summary = (cells?: Record<string, CellValue>) => sheet("汇总表", plant([
    ["2016年度计划生育目标管理考核汇总表"],
    ["单位", "稳定低生育水平(20分)", "综合治理(30分)", "总分", "名次"],
    ["城关镇", 18, 21, 39, 2],
    ["构林镇", 20, 28, 48, 1],
  ], cells), { merges: ["A1:E1"] });
  it("is silent when every figure is within its column's max", () => {
    expect(found(summary())).toEqual([]);
  });
  it("a 21 under 稳定低生育水平(20分) is one finding", () => {
    expect(found(summary({ B4: 21, D4: 49 }))).toEqual(["score-over-max 汇总表!B4"]);
  });
  const detail = (total: number) => sheet("表一", [
    ["2016年度计划生育目标管理考核评分表"],
    ["被考核单位:城关镇"],
    ["序号", "考核项目", "分值", "评分标准", "得分"],
    ["一", "稳定低生育水平", 20, null, 18],
    ["二", "综合治理", 30, null, 21],
    [null, "合计", 50, null, total],
  ], { merges: ["A1:E1", "A2:E2"] });
  it("the unit's total on the summary agrees with its own sheet, found by its 被考核单位 line", () => {
    expect(found(summary(), detail(39)).filter((f) => f.startsWith("summary-detail"))).toEqual([]);
    const plan = analyzeWorkbook({ sheets: [summary(), detail(39)] });
    expect(plan.layout.relations.some((r) => r.kind === "summary-detail" && r.detail.sheet === "表一")).toBe(true);
  });
  it("a summary total that differs from the unit's own sheet is flagged on the summary", () => {
    expect(found(summary({ D3: 40, B3: 19 }), detail(39))).toContain("summary-detail-mismatch 汇总表!D3");
  });
});

describe("hierarchy from numbering: 一、 heads the (一) rows under it", () => {
  // 山东 2013 19-3 (2012) 机构数: 医院 1549 ⊇ 综合 1016, 中医 158, 专科 360 (15 others not shown: made whole here)
  const rows: CellValue[][] = [
    ["项目", "机构数(个)", "床位数(张)"],
    ["合计", 1564, 1000],
    ["一、医院", 1549, 900],
    ["(一)综合医院", 1031, 600],
    ["(二)中医医院", 158, 200],
    ["(三)专科医院", 360, 100],
    ["二、疗养院", 15, 100],
  ];
  it("is silent when every level adds up", () => {
    expect(found(sheet("机构", rows))).toEqual([]);
  });
  it("an inner part off is one finding on its own total", () => {
    expect(found(sheet("机构", plant(rows, { B5: 159 })))).toEqual(["sum-mismatch 机构!B3"]);
  });
  it("the 合计 adds only the 一、 rows", () => {
    expect(found(sheet("机构", plant(rows, { B2: 1565 })))).toEqual(["sum-mismatch 机构!B2"]);
  });
});
