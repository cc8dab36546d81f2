import { checkSummaryDetail } from "../../../src/engine/checks/summaryDetail";
import type { CellValue } from "../../../src/engine/grid";
import { on, rel, sheet, workbook } from "./builder";

/** 汇总表: one row per township; each township's own sheet has its 合计 */
const book = (summaryTotal: CellValue, detailTotal: CellValue = 929) =>
  workbook(
    sheet("汇总表", [["单位", "稳定低生育水平(720分)", "总分"], ["城关镇", 690, summaryTotal], ["构林镇", 700, 955]]),
    sheet("城关镇", [["序号", "考核项目", "分值", "考核得分"], ["", "合计", 1000, detailTotal]]),
  );
const r = rel.summaryDetail(on("汇总表", "C2"), on("城关镇", "D2"), "城关镇总分");

describe("summary vs detail", () => {
  it("is silent when the summary shows the unit's own total (929; 929.0 formatted)", () => {
    expect(checkSummaryDetail(book(929), [r])).toEqual([]);
    expect(checkSummaryDetail(book("929分"), [r])).toEqual([]);
  });

  it("flags the summary cell only when it says 939 and the unit's sheet 929", () => {
    const f = checkSummaryDetail(book(939), [r]);
    expect(f).toEqual([
      expect.objectContaining({
        kind: "summary-detail-mismatch", severity: "error", sheet: "汇总表", cell: "C2", related: ["'城关镇'!D2"], expected: 929, actual: 939,
      }),
    ]);
    expect(f[0].message).toBe("汇总表中城关镇总分 939 与明细表 城关镇!D2 的 929 不一致(相差 10)");
  });

  it("allows a detail total with a half point shown rounded on the summary (912.5 → 913)", () => {
    expect(checkSummaryDetail(book(913, 912.5), [r])).toEqual([]);
    expect(checkSummaryDetail(book(914, 912.5), [r])).toHaveLength(1);
  });

  it("never flags when the detail is missing", () => {
    expect(checkSummaryDetail(book(939, null), [r])).toEqual([]);
  });
});

describe("summary vs detail: penalties entered with either sign", () => {
  const book = (summaryPenalty: CellValue, detailPenalty: CellValue) =>
    workbook(sheet("汇总表", [["单位", "减分"], ["城关镇", summaryPenalty]]), sheet("城关镇", [["减分", detailPenalty]]));
  const r = rel.summaryDetail(on("汇总表", "B2"), on("城关镇", "B1"), "城关镇 减分");
  it("减分 1 on the summary is the unit sheet's −1", () => {
    expect(checkSummaryDetail(book(1, -1), [r])).toEqual([]);
  });
  it("减分 2 on the summary is not the unit sheet's −1", () => {
    expect(checkSummaryDetail(book(2, -1), [r])).toEqual([expect.objectContaining({ cell: "B2", expected: -1, actual: 2 })]);
  });
  it("a figure that is not a penalty keeps its sign: 总分 1 is not −1", () => {
    const t = rel.summaryDetail(on("汇总表", "B2"), on("城关镇", "B1"), "城关镇 总分");
    expect(checkSummaryDetail(book(1, -1), [t])).toHaveLength(1);
  });
});
