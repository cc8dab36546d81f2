import { checkBadValues } from "../../../src/engine/checks/values";
import { runChecks } from "../../../src/engine/checks";
import type { CellValue } from "../../../src/engine/grid";
import { column, err, layout, on, rel, sheet, sheetLayout, table, workbook } from "./builder";
import { scoringSheet, scoringTree } from "./scoringSheet";

/** 签约: 人群总数 190, 已签约 186, 签约率, and an unrelated 备注 column (E) */
const stats = (signed: CellValue, rate: CellValue, note: CellValue = "") =>
  sheet("统计表", [["人群总数", "已签约", "签约率", "", "备注"], [190, signed, rate, "", note]]);
const relations = [rel.rate("C2", "B2", "A2", 100, "签约率"), rel.coverage("B2", "A2", "已签约")];

describe("bad-value: a figure a relation needs that cannot be read as a number", () => {
  it("#DIV/0! in a cell no relation uses is not a finding", () => {
    const book = workbook(stats(186, "97.89%", err("#DIV/0!")));
    expect(runChecks(book, layout([sheetLayout("统计表", { relations })]))).toEqual([]);
  });

  it("#DIV/0! in the rate is one bad-value error on that cell (not a silent zero, not a rate-mismatch)", () => {
    const book = workbook(stats(186, err("#DIV/0!")));
    const f = runChecks(book, layout([sheetLayout("统计表", { relations })]));
    expect(f).toEqual([
      expect.objectContaining({ kind: "bad-value", severity: "error", sheet: "统计表", cell: "C2", related: ["B2", "A2"] }),
    ]);
    expect(f[0].message).toBe("单元格是错误值 #DIV/0!,无法核对“签约率”");
  });

  it("text where a count is needed (“见附表”) is a bad-value warning, once, though two relations use the cell", () => {
    const f = runChecks(workbook(stats("见附表", "97.89%")), layout([sheetLayout("统计表", { relations })]));
    expect(f).toEqual([expect.objectContaining({ kind: "bad-value", severity: "warning", cell: "B2" })]);
    expect(f[0].message).toContain("“见附表”不能读成数字");
  });

  it("figures clerks type are not bad values: “186人”, “９７.８９％”, “—”, empty", () => {
    for (const [signed, rate] of [["186人", "９７.８９％"], ["—", "—"], [null, null]] as CellValue[][]) {
      expect(runChecks(workbook(stats(signed, rate)), layout([sheetLayout("统计表", { relations })]))).toEqual([]);
    }
  });

  it("an error in a score or max cell of a scoring sheet is reported; text there (a note) is not", () => {
    const s = scoringSheet({ G8: err("#REF!"), F8: "见说明" });
    const f = checkBadValues(workbook(s), layout([sheetLayout("考核表", { kind: "scoring", trees: [scoringTree()] })]));
    expect(f).toEqual([expect.objectContaining({ kind: "bad-value", severity: "error", cell: "G8", related: ["G2"] })]);
  });

  it("an error in a cell compared across sheets is reported on that sheet", () => {
    const book = workbook(sheet("甲", [[182]]), sheet("乙", [[err("#REF!")]]));
    const f = checkBadValues(book, layout([], [rel.same("已婚育龄妇女", on("甲", "A1"), on("乙", "A1"))]));
    expect(f).toEqual([expect.objectContaining({ kind: "bad-value", sheet: "乙", cell: "A1", related: ["'甲'!A1"] })]);
  });
});

describe("bad-value in a ranked summary table", () => {
  it("an error in a total or rank cell is reported; an empty rank (合计 row) is not", () => {
    const s = sheet("汇总表", [["单位", "总分", "名次"], ["城关镇", 94, 1], ["北关镇", err("#REF!"), 2], ["南关镇", 92, err("#N/A")], ["合计", 186, null]]);
    const t = table(1, 2, 5, [column("A", "unit", "单位"), column("B", "total", "总分"), column("C", "rank", "名次")]);
    const f = runChecks(workbook(s), layout([sheetLayout("汇总表", { kind: "summary", tables: [t] })]));
    expect(f).toEqual([
      expect.objectContaining({ kind: "bad-value", severity: "error", cell: "B3", related: ["C3"] }),
      expect.objectContaining({ kind: "bad-value", severity: "error", cell: "C4", related: ["B4"] }),
    ]);
  });
});
