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
