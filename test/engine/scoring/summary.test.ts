/** Summary sheets (汇总表): row totals, weighted totals and ranks, with hand-computed answers. */
import type { CellValue, SheetSnapshot } from "../../../src/engine/grid";
import type { Column, Table } from "../../../src/engine/layout/model";
import { scoreSummaryTable } from "../../../src/engine/scoring/summary";

const col = (c: number, role: Column["role"], header: string, extra: Partial<Column> = {}): Column => ({ col: c, role, header, ...extra });

describe("汇总表: 总分 = categories + 加分 − 减分, 名次 by RANK", () => {
  const values: CellValue[][] = [
    ["单位", "稳定低生育水平(40分)", "依法行政(30分)", "优质服务(30分)", "加分", "减分", "总分", "名次"],
    ["城关镇", 38, 27, 28, 2, 1, 94, 1],
    ["北关镇", 36, 28, 27, 1, 0, 92, 2],
    ["南关镇", 37, 26, 29, 0, 0, 91, 2],
    ["东关镇", 35, 25, 26, 3, 2, 87, 4],
    ["合计", 146, 106, 110, 6, 3, 365, null],
  ];
  const sheet: SheetSnapshot = { name: "汇总表", values };
  const table: Table = {
    headerTop: 0, headerBottom: 0, firstRow: 1, lastRow: 5, kind: "summary",
    columns: [
      col(0, "unit", "单位"), col(1, "category", "稳定低生育水平(40分)", { max: 40 }), col(2, "category", "依法行政(30分)", { max: 30 }),
      col(3, "category", "优质服务(30分)", { max: 30 }), col(4, "bonus", "加分"), col(5, "penalty", "减分"), col(6, "total", "总分"), col(7, "rank", "名次"),
    ],
  };
  const r = scoreSummaryTable(sheet, table);

  it("computes each unit's total as a live formula (38+27+28+2−1 = 94; 37+26+29 = 92)", () => {
    expect(r.scores.find((s) => s.cell === "G2")).toMatchObject({ value: 94, formula: "=B2+C2+D2+E2-F2" });
    expect(r.scores.find((s) => s.cell === "G4")).toMatchObject({ value: 92 });
    expect(r.scores.find((s) => s.cell === "G5")).toMatchObject({ value: 87 });
  });

  it("does not write into the 合计 row", () => {
    expect(r.writes.some((w) => w.cell.endsWith("6"))).toBe(false);
  });

  it("ranks like Excel's RANK: ties share, the next rank skips (1, 2, 2, 4)", () => {
    const ranks = ["H2", "H3", "H4", "H5"].map((c) => r.scores.find((s) => s.cell === c));
    expect(ranks.map((x) => x?.value)).toEqual([1, 2, 2, 4]);
    expect(ranks[0]?.formula).toBe("=RANK(G2,$G$2:$G$5)");
  });

  it("flags the entered total that is not the sum (南关镇 91 ≠ 92)", () => {
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ kind: "sum-mismatch", cell: "G4", expected: 92, actual: 91 });
  });
});

describe("综合得分 = 市考核 × 60% + 县考核 × 40%", () => {
  const values: CellValue[][] = [
    ["单位", "市考核(60%)", "县考核(40%)", "综合得分", "名次"],
    ["城关镇", 90, 95, 92, null],
    ["北关镇", 88, 80, 84.8, null],
    ["南关镇", 95, 85, 91, null],
  ];
  const table: Table = {
    headerTop: 0, headerBottom: 0, firstRow: 1, lastRow: 3, kind: "summary",
    columns: [col(0, "unit", "单位"), col(1, "weighted", "市考核(60%)", { weight: 60 }), col(2, "weighted", "县考核(40%)", { weight: 40 }), col(3, "total", "综合得分"), col(4, "rank", "名次")],
  };
  const r = scoreSummaryTable({ name: "综合", values }, table);

  it("weights the parts: 0.6×90 + 0.4×95 = 92; 0.6×88 + 0.4×80 = 84.8; 0.6×95 + 0.4×85 = 91", () => {
    expect(r.scores.find((s) => s.cell === "D2")).toMatchObject({ value: 92, formula: "=B2*0.6+C2*0.4" });
    expect(r.scores.find((s) => s.cell === "D3")?.value).toBe(84.8);
    expect(r.scores.find((s) => s.cell === "D4")?.value).toBe(91);
    expect(r.findings).toEqual([]);
  });

  it("ranks the weighted totals", () => {
    expect(["E2", "E3", "E4"].map((c) => r.scores.find((s) => s.cell === c)?.value)).toEqual([1, 3, 2]);
  });

  it("computes nothing when the weights do not add to 100% (the checks report that)", () => {
    const bad: Table = { ...table, columns: table.columns.map((c) => (c.col === 2 ? { ...c, weight: 30 } : c)) };
    expect(scoreSummaryTable({ name: "综合", values }, bad).scores).toEqual([]);
  });
});
