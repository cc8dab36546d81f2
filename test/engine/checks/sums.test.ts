import { checkSums } from "../../../src/engine/checks/sums";
import { checkRelationValues } from "../../../src/engine/checks/values";
import type { CellValue } from "../../../src/engine/grid";
import { err, rel, sheet } from "./builder";

/** 已婚育龄妇女 182 = 上环105 + 工具27 + 结扎14 + 绝经16 + 不孕5 + 待孕10 + 现孕5 (seed 001), total on top */
function married(total: CellValue, parts: CellValue[] = [105, 27, 14, 16, 5, 10, 5]) {
  const names = ["上环", "工具", "结扎", "绝经", "不孕", "待孕", "现孕"];
  return sheet("统计表", [
    ["项目", "人数"],
    ["已婚育龄妇女", total],
    ...names.map((n, i) => [`其中:${n}`, parts[i] ?? null]),
  ]);
}
const marriedSum = rel.sum("B2", ["B3:B9"], true, "已婚育龄妇女合计");

describe("sums: total = sum of its parts (合计/小计)", () => {
  it("flags a total off by 2 on the total's cell, with parts, expected, actual and the gap", () => {
    const f = checkSums(married(180), [marriedSum]);
    expect(f).toEqual([
      expect.objectContaining({
        kind: "sum-mismatch", severity: "error", sheet: "统计表", cell: "B2", related: ["B3:B9"], expected: 182, actual: 180,
      }),
    ]);
    expect(f[0].message).toBe("已婚育龄妇女合计 180 与分项之和 182 不一致(相差 2)");
    expect(f[0].messageEn).toMatch(/off by 2/);
  });

  it("is silent on 182 = 105+27+14+16+5+10+5", () => {
    expect(checkSums(married(182), [marriedSum])).toEqual([]);
  });

  it("compares integer counts exactly: 183 is not 182", () => {
    expect(checkSums(married(183), [marriedSum])).toHaveLength(1);
  });

  it("reads full-width digits and text numbers with units (“１８２”, “182人”, “105人”)", () => {
    const texts = ["105人", "27人", "14人", "16人", "5人", "10人", "5人"];
    expect(checkSums(married("１８２"), [marriedSum])).toEqual([]);
    expect(checkSums(married("182人", texts), [marriedSum])).toEqual([]);
    expect(checkSums(married("１８０", texts), [marriedSum])).toEqual([
      expect.objectContaining({ kind: "sum-mismatch", expected: 182, actual: 180 }),
    ]);
  });

  it("counts parts in hidden rows, as Excel's SUM does", () => {
    const rows: CellValue[][] = [["项目", "人数"], ["合计", 182], ...[105, 27, 14, 16, 5, 10, 5].map((v) => ["", v])];
    const hidden = sheet("统计表", rows, { hiddenRows: [5, 6] });
    expect(checkSums(hidden, [marriedSum])).toEqual([]);
    const wrong = sheet("统计表", rows.map((r, i) => (i === 1 ? ["合计", 166] : r)), { hiddenRows: [5, 6] });
    expect(checkSums(wrong, [marriedSum])).toEqual([expect.objectContaining({ expected: 182, actual: 166 })]);
  });

  it("65669 = 26907 + 26910 + 8759 + 3093 (已婚育妇 by 一孩/二孩/多孩/无孩) is silent; 65670 is flagged by 1", () => {
    const s = (total: number) => sheet("表", [["已婚育妇", total], ["一孩", 26907], ["二孩", 26910], ["多孩", 8759], ["无孩", 3093]]);
    const r = rel.sum("B1", ["B2:B5"], true, "已婚育妇");
    expect(checkSums(s(65669), [r])).toEqual([]);
    const f = checkSums(s(65670), [r]);
    expect(f).toEqual([expect.objectContaining({ cell: "B1", related: ["B2:B5"], expected: 65669, actual: 65670 })]);
    expect(f[0].message).toContain("相差 1");
  });

  it("allows the rounding of parts shown with decimals (12.35 + 7.46 shown 19.8)", () => {
    const s = (total: CellValue) => sheet("表", [["合计", total], ["a", 12.35], ["b", 7.46]]);
    const r = rel.sum("B1", ["B2:B3"], true);
    expect(checkSums(s(19.8), [r])).toEqual([]);
    expect(checkSums(s(19.81), [r])).toEqual([]);
    expect(checkSums(s(20.5), [r])).toHaveLength(1);
  });

  it("reads a total computed to more decimals than its format shows as the figure shown", () => {
    const s = sheet("表", [["合计", 19.8049], ["a", 12.35], ["b", 7.45]], { formats: { B1: "0.0" } });
    expect(checkSums(s, [rel.sum("B1", ["B2:B3"], true)])).toEqual([]);
  });

  describe("empty, not-applicable and unreadable parts", () => {
    it("a row of all-empty parts is no relation", () => {
      expect(checkSums(married(182, [null, null, null, null, null, null, null]), [marriedSum])).toEqual([]);
    });

    it("“—” is not zero: a part marked — leaves the total unverifiable, not wrong", () => {
      expect(checkSums(married(182, [105, 27, 14, 16, 5, 10, "—"]), [marriedSum])).toEqual([]);
      expect(checkSums(married(182, [105, 27, 14, 16, 5, 10, null]), [marriedSum])).toEqual([]);
    });

    it("filled-in parts that already exceed the total are flagged even with a blank part", () => {
      const f = checkSums(married(170, [105, 27, 14, 16, 5, 10, null]), [marriedSum]);
      expect(f).toEqual([expect.objectContaining({ kind: "sum-mismatch", expected: 177, actual: 170 })]);
      expect(f[0].message).toContain("已填分项之和 177");
    });

    it("a text or error part is a bad-value on that cell and the sum is not guessed", () => {
      const s = married(180, [105, 27, 14, "见附表", 5, 10, err("#REF!")]);
      expect(checkSums(s, [marriedSum])).toEqual([]);
      const bad = checkRelationValues(s, [marriedSum]);
      expect(bad).toEqual([
        expect.objectContaining({ kind: "bad-value", severity: "warning", cell: "B6" }),
        expect.objectContaining({ kind: "bad-value", severity: "error", cell: "B9" }),
      ]);
      expect(bad[0].message).toContain("见附表");
      expect(bad[1].message).toContain("#REF!");
    });

    it("an empty total is nothing to compare", () => {
      expect(checkSums(married(null), [marriedSum])).toEqual([]);
    });
  });
});

describe("sums: partial breakdown (其中) never exceeds its total", () => {
  /** 长效节育措施3571例,其中:结扎953例,上环2618例 (seed 000) */
  const s = (total: CellValue, tie: CellValue = 953, iud: CellValue = 2618) =>
    sheet("表", [["长效节育措施", total], ["其中:结扎", tie], ["上环", iud]]);
  const r = rel.sum("B1", ["B2:B3"], false, "长效节育措施");

  it("is silent when the parts make the total exactly", () => {
    expect(checkSums(s(3571), [r])).toEqual([]);
  });

  it("never flags the remainder a partial breakdown leaves (四术4044, 其中 3571)", () => {
    expect(checkSums(s(4044), [r])).toEqual([]);
  });

  it("flags a total smaller than its parts, as an error on the total", () => {
    const f = checkSums(s(3500), [r]);
    expect(f).toEqual([
      expect.objectContaining({
        kind: "part-exceeds-total", severity: "error", cell: "B1", related: ["B2:B3"], expected: 3571, actual: 3500,
      }),
    ]);
    expect(f[0].message).toBe("长效节育措施 3500 小于其中各项之和 3571(相差 71)");
  });

  it("reads text figures with units (“3571例”, “953例”)", () => {
    expect(checkSums(s("3571例", "953例", "2618例"), [r])).toEqual([]);
    expect(checkSums(s("3517例", "953例", "2618例"), [r])).toHaveLength(1);
  });
});

describe("sums: nested 其中 and breakdowns across a row", () => {
  /** 长效节育措施3571, 其中 结扎953 (其中 二女扎246), 上环2618 (seed 000) */
  const s = (twoGirls: CellValue) =>
    sheet("表", [["长效节育措施", 3571], ["其中:结扎", 953], ["其中:二女扎", twoGirls], ["上环", 2618]]);
  const outer = rel.sum("B1", ["B2", "B4"], false, "长效节育措施");
  const inner = rel.sum("B2", ["B3"], false, "结扎");

  it("is silent on 3571 ⊇ 953 + 2618 and 953 ⊇ 246", () => {
    expect(checkSums(s(246), [outer, inner])).toEqual([]);
  });

  it("flags only the inner total when 二女扎 exceeds 结扎", () => {
    expect(checkSums(s(995), [outer, inner])).toEqual([
      expect.objectContaining({ kind: "part-exceeds-total", cell: "B2", related: ["B3"], expected: 995, actual: 953 }),
    ]);
  });

  it("names a row of parts as one range (出生 合计 | 政策内 | 政策外 across columns)", () => {
    const row = sheet("出生", [["镇", "合计", "政策内", "政策外"], ["北关镇", 212, 204, 6]]);
    expect(checkSums(row, [rel.sum("B2", ["C2:D2"], true, "北关镇出生合计")])).toEqual([
      expect.objectContaining({ kind: "sum-mismatch", cell: "B2", related: ["C2:D2"], expected: 210, actual: 212 }),
    ]);
  });
});

describe("sums: totals written in 万", () => {
  it("a total “6.6万” is about 65669 (to the nearest thousand), not 6.6 and not exactly 66000", () => {
    const s = (total: CellValue) => sheet("表", [["已婚育妇", total], ["一孩", 26907], ["二孩", 26910], ["多孩", 8759], ["无孩", 3093]]);
    const r = rel.sum("B1", ["B2:B5"], true, "已婚育妇");
    expect(checkSums(s("6.6万"), [r])).toEqual([]);
    expect(checkSums(s("6.5万"), [r])).toEqual([]); // truncated
    expect(checkSums(s("7.6万"), [r])).toEqual([expect.objectContaining({ kind: "sum-mismatch", expected: 65669, actual: 76000 })]);
  });
});
