import { checkSameFigures } from "../../../src/engine/checks/crossSheet";
import type { CellValue } from "../../../src/engine/grid";
import { on, rel, sheet, workbook } from "./builder";

/** 已婚育龄妇女 on the 基本情况表 (C5) and on the 节育措施表 (B3); 签约率 on both */
const book = (a: CellValue, b: CellValue, rateA: CellValue = "97.89%", rateB: CellValue = "97.9%") =>
  workbook(
    sheet("基本情况表", [[], [], [], [], ["", "已婚育龄妇女", a], ["", "签约率", rateA]]),
    sheet("节育措施表", [[], [], ["已婚育龄妇女", b, rateB]]),
  );
const married = rel.same("已婚育龄妇女", on("基本情况表", "C5"), on("节育措施表", "B3"));
const rate = rel.same("签约率", on("基本情况表", "C6"), on("节育措施表", "C3"));

describe("the same figure on two sheets", () => {
  it("is silent when both say 182 (one typed “182人”), and on 97.89% vs 97.9% (the same rate rounded)", () => {
    expect(checkSameFigures(book(182, "182人"), [married, rate])).toEqual([]);
  });

  it("flags each cell when one sheet says 182 and the other 180", () => {
    const f = checkSameFigures(book(182, 180), [married, rate]);
    expect(f).toEqual([
      expect.objectContaining({
        kind: "cross-sheet-mismatch", severity: "error", sheet: "基本情况表", cell: "C5", related: ["'节育措施表'!B3"], expected: 180, actual: 182,
      }),
      expect.objectContaining({
        kind: "cross-sheet-mismatch", severity: "error", sheet: "节育措施表", cell: "B3", related: ["'基本情况表'!C5"], expected: 182, actual: 180,
      }),
    ]);
    expect(f[0].message).toBe("已婚育龄妇女 182 与 节育措施表!B3 的 180 不一致(相差 2)");
  });

  it("flags a rate beyond rounding (97.89% vs 98.9%)", () => {
    expect(checkSameFigures(book(182, 182, "97.89%", "98.9%"), [rate])).toHaveLength(2);
  });

  it("never flags when one of the cells is empty or —", () => {
    expect(checkSameFigures(book(182, null), [married])).toEqual([]);
    expect(checkSameFigures(book("—", 180), [married])).toEqual([]);
  });
});
