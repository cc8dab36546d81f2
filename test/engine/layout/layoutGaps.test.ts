/**
 * Layout gaps of issue 11, each a general rule with a fixture that stays silent on the
 * consistent original and fires exactly once on a planted contradiction. The real tables come
 * from the development corpus (test/corpus/tables/dev, source addresses kept there), built into
 * .xlsx and read back as `assess check` reads them.
 */
import { join } from "path";
import { analyzeWorkbook } from "../../../src/engine";
import type { CellValue } from "../../../src/engine/grid";
import { readXlsx } from "../../../src/hosts/xlsx/read";
import { loadCorpus, withCell, type CorpusTable } from "../../corpus/tables/format";
import { buildWorkbook } from "../../corpus/tables/generate";
import { sheet } from "./build";

const DEV = join(__dirname, "..", "..", "corpus", "tables", "dev");
const corpus = loadCorpus(DEV);
function table(id: string): CorpusTable {
  const t = corpus.find((x) => x.table.id === id)?.table;
  if (!t) throw new Error(`no corpus table ${id}`);
  return t;
}

async function findings(t: CorpusTable): Promise<string[]> {
  const { snapshot } = await readXlsx(await buildWorkbook(t));
  return analyzeWorkbook(snapshot, { values: false })
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.kind} ${f.sheet}!${f.cell}`);
}

async function checked(t: CorpusTable): Promise<Record<string, number>> {
  const { snapshot } = await readXlsx(await buildWorkbook(t));
  const s = analyzeWorkbook(snapshot, { values: false }).sheets[0];
  return Object.fromEntries(Object.entries(s.checked?.relations ?? {}).map(([k, n]) => [k, n ?? 0]));
}

describe("中山 2022 镇街人口: # rows under a unit row, 男/女 and 乡村/城镇 columns splitting 户籍人口", () => {
  const zs = table("zhongshan-2022-towns-population");
  const S = "镇街人口";

  it("is read and checked (was: nothing placed), and stays silent as published", async () => {
    expect(await checked(zs)).toEqual({ "part-exceeds-total": 6, "sum-mismatch": 12 });
    expect(await findings(zs)).toEqual([]);
  });
  it("the # rows are a 其中 of 火炬统筹区: their 常住人口 above the unit's is one finding on the unit", async () => {
    // #民众街道 119776 → 419776: 419776 + 288982 > 408758
    expect(await findings(withCell(zs, S, "C5", 419776))).toEqual([`part-exceeds-total ${S}!C4`]);
  });
  it("男性人口 + 女性人口 = 户籍人口: one off is one finding on 户籍人口", async () => {
    expect(await findings(withCell(zs, S, "E7", 48694))).toEqual([`sum-mismatch ${S}!D7`]);
  });
  it("乡村人口 + 城镇人口 = 户籍人口 too", async () => {
    expect(await findings(withCell(zs, S, "H8", 192030))).toEqual([`sum-mismatch ${S}!D8`]);
  });
  it("a # row is not a part of the column's total: a 全市 row over the unit rows only stays silent", async () => {
    // the copy read has no 全市 row; one written over the four unit rows (not the two # rows under 火炬)
    const copy = JSON.parse(JSON.stringify(zs)) as CorpusTable & { sheets: { rows: CellValue[][]; merges: string[] }[] };
    const rows = copy.sheets[0].rows;
    const units = [2, 3, 6, 7];
    const total: CellValue[] = [null, "全市合计"];
    for (let c = 2; c < 8; c++) total.push(units.reduce((n, r) => n + (rows[r][c] as number), 0));
    rows.splice(2, 0, total);
    copy.sheets[0].merges = ["A1:H1", "A10:H10"]; // the note row moved down one
    expect(await findings(copy)).toEqual([]);
    // and it is checked as their total: one off is one finding
    const off = withCell(copy, S, "C3", (total[2] as number) + 1);
    expect(await findings(off)).toEqual([`sum-mismatch ${S}!C3`]);
  });
});

describe("2015年1%人口抽样调查主要数据: a 增减 column in 2015年 | 比重 | 2010年 | 增减 | 增长%", () => {
  const ns = table("national-2015-sample-survey");
  const S = ns.sheets[0].name;

  it("比六普增减 is a change (not a ratio for its 比); 增减 = 2015年 − 2010年 is checked and holds", async () => {
    expect(await checked(ns)).toMatchObject({ "difference-mismatch": 1 });
    expect(await findings(ns)).toEqual([]);
  });
  it("a 增减 one off is one finding on it", async () => {
    expect(await findings(withCell(ns, S, "E4", 3378))).toEqual([`difference-mismatch ${S}!E4`]);
  });
});

describe("block totals numbered in Arabic digits (第3片合计, 1组小计)", () => {
  // a township's villages kept in blocks (片), each closed by its 第N片合计; the second block's
  // villages in 组 with a 小计 per 组 (figures made up; no real table of this kind was found)
  const rows: CellValue[][] = [
    ["单位", "户数", "人口"],
    ["东村", 120, 415],
    ["西村", 98, 362],
    ["第1片合计", 218, 777],
    ["南村1组", 40, 151],
    ["南村2组", 35, 130],
    ["1组小计", 75, 281],
    ["北村1组", 52, 190],
    ["北村2组", 47, 168],
    ["2组小计", 99, 358],
    ["第2片合计", 174, 639],
  ];
  const found = (cells: Record<string, CellValue> = {}) => {
    const copy = rows.map((r) => [...r]);
    for (const [a1, v] of Object.entries(cells)) copy[Number(a1.slice(1)) - 1]["ABC".indexOf(a1[0])] = v;
    return analyzeWorkbook({ sheets: [sheet("片区", copy)] }).findings.map((f) => `${f.kind} ${f.cell}`);
  };
  it("each is read as the total of its block: silent when they add up", () => {
    expect(found()).toEqual([]);
    const a = analyzeWorkbook({ sheets: [sheet("片区", rows)] });
    expect(a.sheets[0].checked?.relations).toMatchObject({ "sum-mismatch": 8 });
  });
  it("a 第N片合计 one off is one finding", () => {
    expect(found({ C4: 778 })).toEqual(["sum-mismatch C4"]);
  });
  it("a village one off under a N组小计 is one finding on the 小计 (the 第2片合计 counts through its 小计s)", () => {
    expect(found({ B5: 41 })).toEqual(["sum-mismatch B7"]);
  });
});

describe("a sheet where nothing was placed is never said to have no problems", () => {
  it("each such sheet is reported as not checked, with the reason", () => {
    const a = analyzeWorkbook({
      sheets: [
        sheet("名单", [["村名", "村主任", "电话"], ["东村", "张", "138"], ["西村", "李", "139"]]),
        sheet("说明", [["本表说明"], ["填表人:张三"]]),
        sheet("有数无关系", [["村", "人口", "户数"], ["东村", 100, 30], ["西村", 200, 60]]),
      ],
    });
    expect(a.findings).toEqual([]);
    for (const s of a.sheets) {
      expect([s.name, s.checked]).toEqual([s.name, { relations: {}, scores: 0 }]);
      expect(s.note).toMatch(/未作(任何)?核对/);
    }
  });
});

describe("第三次农业普查 1-3-2-13: a 合计 broken down several ways under 按…分 headings", () => {
  const t = table("nbs-agri3-1-3-2-13-labour-by-village-type");
  const S = t.sheets[0].name;
  it("each group is a partial breakdown of 合计 (groups 二 to 六 fall short of it in the original): silent", async () => {
    expect(await findings(t)).toEqual([]);
    expect(await checked(t)).toEqual({ "sum-mismatch": 24, "part-exceeds-total": 36 });
  });
  it("a group above 合计 fires on 合计 (and the row's own 合计 column on the row)", async () => {
    // 平原 + 59122: 平原 + 丘陵 + 山区 exceeds 合计 by 1
    const broken = withCell(t, S, "B9", 256825853 + 59122);
    expect(await findings(broken)).toEqual([`part-exceeds-total ${S}!B4`, `sum-mismatch ${S}!B9`]);
  });
});

describe("卫健委 2021年3月底 表1: 一、医院 broken down 按登记注册类型分, a 增减数 column, periods 2020年3月底", () => {
  const t = table("nhc-2021-03-health-institutions");
  const S = t.sheets[0].name;
  it("is read (the period headers are a header) and stays silent", async () => {
    expect(await checked(t)).toEqual({ "part-exceeds-total": 3, "difference-mismatch": 3 });
    expect(await findings(t)).toEqual([]);
  });
  it("民营医院 2020 one more: above 医院 and off its 增减数", async () => {
    expect(await findings(withCell(t, S, "B6", 22434))).toEqual([`part-exceeds-total ${S}!B3`, `difference-mismatch ${S}!D6`]);
  });
});

describe("重庆统计年鉴2008 18-5: per-capita rows are never summed", () => {
  const t = table("chongqing-2008-18-5-health-personnel");
  const S = t.sheets[0].name;
  it("每万人口拥有卫生技术人员 under the kinds is not a part of 总计: silent, whatever its figure", async () => {
    expect(await findings(t)).toEqual([]);
    expect(await findings(withCell(t, S, "B16", 2490))).toEqual([]);
  });
  it("a kind of 卫生技术人员 one off is one finding on 卫生技术人员", async () => {
    expect(await findings(withCell(t, S, "B7", 27251))).toEqual([`sum-mismatch ${S}!B6`]);
  });
});
