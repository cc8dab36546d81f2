/**
 * Yearbook layouts the corpus of round 3 brought in (test/corpus/tables/dev), each rebuilt in
 * code from the published figures: silent as published, one finding on a planted contradiction.
 */
import { analyzeWorkbook } from "../../../src/engine";
import type { CellValue, SheetSnapshot } from "../../../src/engine/grid";
import { sheet } from "./build";

function found(...sheets: SheetSnapshot[]): string[] {
  return analyzeWorkbook({ sheets }).findings.filter((f) => f.severity !== "info").map((f) => `${f.kind} ${f.sheet}!${f.cell}`);
}

function plant(rows: CellValue[][], cells: Record<string, CellValue> = {}): CellValue[][] {
  const out = rows.map((r) => [...r]);
  for (const [a1, v] of Object.entries(cells)) {
    const m = /^([A-Z])(\d+)$/.exec(a1)!;
    out[parseInt(m[2], 10) - 1][m[1].charCodeAt(0) - 65] = v;
  }
  return out;
}

describe("# columns in a two-row header: each group's total is the column it sits under (中国统计年鉴2012 21-5)", () => {
  const rows: CellValue[][] = [
    ["21-5 医疗卫生机构床位", null, null, null, null, null, null, null, null, null, null, null],
    ["年份", "合计", "#医院", null, null, null, "#基层医疗卫生机构", null, null, "#专业公共卫生机构", null, null],
    [null, null, null, "#综合医院", "#中医医院", "#专科医院", null, "#社区卫生服务中心(站)", "#乡镇卫生院", null, "#妇幼保健院(所/站)", "#专科疾病防治院(所/站)"],
    ["2002", 313.61, 222.18, 168.38, 24.67, 26.21, 71.05, 1.20, 67.13, 12.37, 7.98, 3.18],
    ["2003", 316.40, 226.95, 171.34, 26.02, 26.72, 71.05, 1.21, 67.27, 12.61, 8.09, 3.38],
  ];
  const s = (cells?: Record<string, CellValue>) => sheet("21-5", plant(rows, cells), { merges: ["A1:L1", "A2:A3", "B2:B3", "C2:C3", "G2:G3", "J2:J3"] });
  it("is silent as published (#基层 is not a part of #专科医院)", () => {
    expect(found(s())).toEqual([]);
  });
  it("#基层医疗卫生机构 smaller than its own # columns is one finding on it", () => {
    expect(found(s({ G4: 60.05 }))).toEqual(["part-exceeds-total 21-5!G4"]);
  });
  it("合计 smaller than #医院 is one finding on 合计", () => {
    expect(found(s({ B5: 220.4 }))).toEqual(["part-exceeds-total 21-5!B5"]);
  });
});

describe("a # row after a sibling split of the same whole (中山 主要指标: 乡村/城镇户籍人口, then #男性/女性户籍人口)", () => {
  const rows: CellValue[][] = [
    ["指  标", "2021年", "2015年"],
    ["年末户籍人口", 198.74, 158.68],
    ["乡村户籍人口(万人)", 22.03, 37.35],
    ["城镇户籍人口(万人)", 176.71, 121.33],
    ["#男性户籍人口(万人)", 95.68, 78.64],
    ["女性户籍人口(万人)", 103.07, 80.04],
  ];
  it("is silent as published (#男性 is not a part of 城镇户籍人口)", () => {
    expect(found(sheet("主要指标", rows))).toEqual([]);
  });
  it("户籍人口 smaller than 男 + 女 is one finding on it", () => {
    expect(found(sheet("主要指标", plant(rows, { C2: 150.68 })))).toEqual(["part-exceeds-total 主要指标!C2"]);
  });
});

describe("a # breakdown closed by 其他… adds up exactly (城市年鉴2009 14-16)", () => {
  const rows: CellValue[][] = [
    ["指  标", "2008年"],
    ["市卫生机构卫生人员数(人)", 53780],
    ["# 卫生技术人员", 42337],
    ["# 执业医师", 15094],
    ["执业助理医师", 966],
    ["注册护士", 16254],
    ["药剂人员", 2725],
    ["检验人员", 2828],
    ["其他卫生技术人员", 4470],
    ["# 医院卫生人员", 36647],
    ["社区卫生服务中心卫生人员", 7281],
  ];
  const indents = [undefined, undefined, [1], [2], [2], [2], [2], [2], [2], [1], [1]];
  const s = (cells?: Record<string, CellValue>) => ({ ...sheet("14-16", plant(rows, cells)), indents });
  it("is silent as published", () => {
    expect(found(s())).toEqual([]);
  });
  it("卫生技术人员 above the sum of its kinds is one sum-mismatch (not only when it is smaller)", () => {
    expect(found(s({ B3: 42338 }))).toEqual(["sum-mismatch 14-16!B3"]);
  });
  it("the second # group (by place) is its own: 医院 + 社区 above 卫生人员 is one finding", () => {
    expect(found(s({ B11: 17281 }))).toEqual(["part-exceeds-total 14-16!B2"]);
  });
  it("without the 其他 row the kinds are a partial breakdown: a larger total is no finding", () => {
    const partial = rows.slice(0, 8).concat(rows.slice(9));
    const ind = indents.slice(0, 8).concat(indents.slice(9));
    expect(found({ ...sheet("14-16", plant(partial, { B3: 42338 })), indents: ind })).toEqual([]);
  });
});

describe("rates over a revised year-end population (广东统计年鉴2024 3-2: rates over the mean population)", () => {
  const rows: CellValue[][] = [
    ["年份", "常住人口", "出生人数", "出生率", "死亡人数", "死亡率", "自然增长率"],
    ["1988", 6066.84, 122.90, 20.90, 29.81, 5.07, 15.83],
    ["1989", 6204.96, 121.15, 20.27, 34.25, 5.73, 14.54],
  ];
  const s = (cells?: Record<string, CellValue>) =>
    sheet("3-2", [["单位:万人、‰", null, null, null, null, null, null], ...plant(rows, cells)]);
  it("is silent as published (3.8% off the year-end figure)", () => {
    expect(found(s())).toEqual([]);
  });
  it("a birth rate further off than a stand-in population explains is one finding", () => {
    expect(found(s({ D3: 21.9, G3: 16.17 }))).toEqual(["rate-mismatch 3-2!D4"]);
  });
});

describe("城镇化率 known by name (中山 主要指标, 2010)", () => {
  const rows: CellValue[][] = [["指  标", "2021年", "2010年"], ["年末常住人口(万人)", 446.69, 312.2711], ["城镇常住人口(万人)", 388.62, 274.24], ["常住人口城镇化率(%)", 87, 87.82]];
  it("is silent where 城镇 / 常住 agrees", () => {
    expect(found(sheet("主要指标", rows))).toEqual([]);
  });
  it("87.84 for 274.24 / 312.2711 = 87.82% is one finding", () => {
    expect(found(sheet("主要指标", plant(rows, { C4: 87.84 })))).toEqual(["rate-mismatch 主要指标!C4"]);
  });
});

describe("a share column parted by headings, with a partial share and 增减 / 增长% columns (2015年全国1%人口抽样调查公报)", () => {
  const rows: CellValue[][] = [
    ["指标", "2015年", "比重(%)", "2010年(六普)", "比六普增减", "增长(%)"],
    ["全国人口", 137349, null, 133972, 3377, 2.52],
    ["按性别分", null, null, null, null, null],
    ["男性人口", 70356, 51.22, null, null, null],
    ["女性人口", 66993, 48.78, null, null, null],
    ["按年龄分", null, null, null, null, null],
    ["0-14岁人口", 22696, 16.52, null, null, null],
    ["15-59岁人口", 92471, 67.33, null, null, null],
    ["60岁及以上人口", 22182, 16.15, null, null, null],
    ["其中:65岁及以上人口", 14374, 10.47, null, null, null],
    ["按城乡分", null, null, null, null, null],
    ["城镇人口", 76750, 55.88, null, null, null],
  ];
  const indents = [undefined, undefined, [1], [2], [2], [1], [2], [2], [2], [3], [1], [2]];
  const s = (cells?: Record<string, CellValue>) => ({ ...sheet("主要数据", [["单位:万人、%", null, null, null, null, null], ...plant(rows, cells)]), indents: [undefined, ...indents] });
  it("is silent as published (each heading's shares add to 100 on their own; 城镇 and 其中65岁 stand alone)", () => {
    expect(found(s())).toEqual([]);
  });
  it("a share of the sex breakdown off by one point is one finding in that breakdown", () => {
    expect(found(s({ C4: 52.22 }))).toContain("share-sum-mismatch 主要数据!C5");
  });
});
