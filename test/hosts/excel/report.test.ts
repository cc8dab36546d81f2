/**
 * writeReport on the in-memory Excel: the 校验报告 sheet's title, summary line, headings, rows in
 * sheet/row order, hyperlinks to each cell, widths and print settings; English; replaced on
 * re-run without touching other sheets; 5,000 findings under 5 MB per request.
 */
import { REPORT_HEADER_ROWS, REPORT_SHEET, formatCheckTime, writeReport } from "../../../src/hosts/excel/report";
import type { Finding } from "../../../src/engine/findings";
import type { SheetSummary } from "../../../src/engine/plan";
import { cellAddress } from "../../../src/engine/address";
import { PAYLOAD_LIMIT_BYTES, type FakeExcel } from "../../support/fakeExcel";
import { fake, run } from "./helpers";

const SHEETS: SheetSummary[] = [
  { name: "考核表", kind: "scoring", tables: 1 },
  { name: "汇总表", kind: "summary", tables: 1 },
  { name: "2024 统计", kind: "statistics", tables: 1 },
];

const FINDINGS: Finding[] = [
  {
    kind: "summary-detail-mismatch", severity: "error", sheet: "汇总表", cell: "C3", related: ["'考核表'!G5"],
    expected: 29, actual: 30, message: "城关镇 综合得分 30 与 考核表 的 29 不一致(相差 1)",
    messageEn: "城关镇 total 30 differs from 29 on 考核表 (by 1)",
  },
  {
    kind: "sum-mismatch", severity: "error", sheet: "考核表", cell: "G5", related: ["G2:G4"],
    expected: 30, actual: 29, message: "合计 29 与 G2:G4 之和 30 不一致(相差 1)", messageEn: "Total 29 ≠ sum of G2:G4, 30 (by 1)",
  },
  {
    kind: "unparsed-rule", severity: "info", sheet: "考核表", cell: "D3", related: [],
    message: "评分标准“达到95%得满分”未能理解", messageEn: "Scoring standard not understood",
  },
  {
    kind: "rate-mismatch", severity: "warning", sheet: "2024 统计", cell: "E12", related: ["C12", "D12"],
    expected: 0.4615, actual: 0.46, message: "政策符合率 46% 与 6/13 = 46.15% 不一致", messageEn: "Rate 46% ≠ 6/13 = 46.15%",
  },
];

const AT = new Date(2026, 10, 22, 8, 30);

function book(apiMinor = 17): FakeExcel {
  return fake({
    name: "城关镇考核表.xlsx",
    apiMinor,
    sheets: [
      { name: "考核表", cells: { A1: "序号", G5: 29 }, fills: { G5: "#FFFF00" } },
      { name: "汇总表", cells: { A3: "城关镇", C3: 30 } },
      { name: "2024 统计", cells: { E12: 0.46 } },
    ],
  });
}

/** the report sheet's rows as values, top-left from A1 */
function rowsOf(fx: FakeExcel, name: string): unknown[][] {
  const s = fx.state.sheet(name);
  const used = s.usedRange(true)!;
  const out: unknown[][] = [];
  for (let r = 0; r <= used.bottom; r++) {
    const row: unknown[] = [];
    for (let c = 0; c < 8; c++) row.push(s.cell(r, c).value);
    out.push(row);
  }
  return out;
}

const others = (fx: FakeExcel) => fx.state.dump((s) => !Object.values(REPORT_SHEET).includes(s.name));

describe("writeReport", () => {
  let restore: (() => void) | undefined;
  const open = (fx: FakeExcel) => {
    restore = fx.install();
    return fx;
  };
  afterEach(() => {
    restore?.();
    restore = undefined;
  });

  test("zh: title, summary line, headings, one row per finding in sheet order, links to each cell; 2 syncs", async () => {
    const fx = open(book());
    const before = others(fx);
    fx.stats.reset();
    const result = await run(fx, (c) => writeReport(c, FINDINGS, SHEETS, "zh", { at: AT }));
    expect(fx.stats.syncs).toBe(2);
    expect(result).toEqual({ sheet: "校验报告", rows: 4 });
    const rows = rowsOf(fx, "校验报告");
    expect(rows[0][0]).toBe("校验报告");
    expect(rows[1][0]).toBe(
      `工作簿:城关镇考核表.xlsx  检查时间:${formatCheckTime(AT)}  检查工作表 3 个,发现问题 4 处(错误 2,警告 1,提示 1)`,
    );
    expect(formatCheckTime(AT)).toBe("2026-11-22 08:30");
    expect(rows[2]).toEqual(["序号", "工作表", "单元格", "类型", "严重程度", "说明", "应为", "实为"]);
    expect(rows.slice(REPORT_HEADER_ROWS)).toEqual([
      [1, "考核表", "D3", "评分标准未能识别", "提示", "评分标准“达到95%得满分”未能理解", null, null],
      [2, "考核表", "G5", "合计不符", "错误", "合计 29 与 G2:G4 之和 30 不一致(相差 1)", 30, 29],
      [3, "汇总表", "C3", "汇总与明细不符", "错误", "城关镇 综合得分 30 与 考核表 的 29 不一致(相差 1)", 29, 30],
      [4, "2024 统计", "E12", "比率不符", "警告", "政策符合率 46% 与 6/13 = 46.15% 不一致", 0.4615, 0.46],
    ]);
    const s = fx.state.sheet("校验报告");
    const link = (r: number) => s.hyperlinks.get(r * 16384 + 2);
    expect(link(3)).toMatchObject({ documentReference: "'考核表'!D3", textToDisplay: "D3" });
    expect(link(5)).toMatchObject({ documentReference: "'汇总表'!C3", textToDisplay: "C3" });
    expect(link(6)).toMatchObject({ documentReference: "'2024 统计'!E12", textToDisplay: "E12" });
    expect(s.hyperlinks.size).toBe(4);
    // printable: landscape, one page wide, headings on every page, widths and wrapped text
    expect(s.pageLayout).toEqual({ orientation: "Landscape", printTitleRows: "$3:$3", fitToPagesWide: 1 });
    expect(s.frozenRows).toBe(3);
    expect(s.columnWidths.get(5)).toBeGreaterThan(300);
    expect([...Array(8).keys()].every((c) => s.columnWidths.has(c))).toBe(true);
    expect(s.wrapText.has(3 * 16384 + 5)).toBe(true);
    expect(s.fonts.get(2 * 16384 + 0)?.bold).toBe(true);
    // the clerk's sheets are as they were; the report is last and shown
    expect(others(fx)).toEqual(before);
    expect(fx.state.sheets.map((x) => x.name)).toEqual(["考核表", "汇总表", "2024 统计", "校验报告"]);
    expect(fx.state.activeSheet).toBe("校验报告");
  });

  test("en: English headings, severities, kinds and messages, sheet 'Check report'", async () => {
    const fx = open(book());
    await run(fx, (c) => writeReport(c, FINDINGS, SHEETS, "en", { at: AT, activate: false }));
    const rows = rowsOf(fx, "Check report");
    expect(rows[0][0]).toBe("Check report");
    expect(rows[1][0]).toBe(
      "Workbook: 城关镇考核表.xlsx  Checked: 2026-11-22 08:30  3 sheet(s) checked, 4 finding(s) (2 error(s), 1 warning(s), 1 info)",
    );
    expect(rows[2]).toEqual(["No.", "Sheet", "Cell", "Type", "Severity", "Description", "Expected", "Actual"]);
    expect(rows[4]).toEqual([2, "考核表", "G5", "Total ≠ sum of parts", "Error", "Total 29 ≠ sum of G2:G4, 30 (by 1)", 30, 29]);
    expect(fx.state.activeSheet).toBe("考核表");
  });

  test("re-run replaces the report (either language), never leaves rows of the earlier one", async () => {
    const fx = open(book());
    const before = others(fx);
    await run(fx, (c) => writeReport(c, FINDINGS, SHEETS, "zh", { at: AT }));
    await run(fx, (c) => writeReport(c, [FINDINGS[1]], SHEETS, "zh", { at: AT }));
    expect(fx.state.sheets.map((x) => x.name)).toEqual(["考核表", "汇总表", "2024 统计", "校验报告"]);
    expect(rowsOf(fx, "校验报告")).toHaveLength(REPORT_HEADER_ROWS + 1);
    expect(fx.state.sheet("校验报告").hyperlinks.size).toBe(1);
    await run(fx, (c) => writeReport(c, [], SHEETS, "en", { at: AT }));
    expect(fx.state.sheets.map((x) => x.name)).toEqual(["考核表", "汇总表", "2024 统计", "Check report"]);
    expect(rowsOf(fx, "Check report")[REPORT_HEADER_ROWS][0]).toBe("No problems found");
    expect(others(fx)).toEqual(before);
  });

  test("no findings: 未发现问题", async () => {
    const fx = open(book());
    const r = await run(fx, (c) => writeReport(c, [], SHEETS, "zh", { at: AT }));
    expect(r.rows).toBe(0);
    const rows = rowsOf(fx, "校验报告");
    expect(rows[1][0]).toContain("发现问题 0 处(错误 0,警告 0,提示 0)");
    expect(rows[REPORT_HEADER_ROWS][0]).toBe("未发现问题");
  });

  test("sheet names and cells that look like numbers stay text; ExcelApi 1.8 prints without page setup", async () => {
    const fx = open(fake({ apiMinor: 8, sheets: [{ name: "2024", cells: { B2: 5 } }] }));
    const f: Finding = { kind: "bad-value", severity: "warning", sheet: "2024", cell: "B2", related: [], message: "“5人”无法识别", messageEn: "cannot read" };
    await run(fx, (c) => writeReport(c, [f], [{ name: "2024", kind: "other", tables: 0 }], "zh", { at: AT }));
    const rows = rowsOf(fx, "校验报告");
    expect(rows[3].slice(0, 3)).toEqual([1, "2024", "B2"]);
    expect(fx.state.sheet("校验报告").hyperlinks.get(3 * 16384 + 2)?.documentReference).toBe("'2024'!B2");
    expect(fx.state.sheet("校验报告").pageLayout.orientation).toBe("Portrait");
  });

  test("5,000 findings: every request under 5 MB, every row linked", async () => {
    const fx = open(fake({ sheets: [{ name: "统计报表", cells: { A1: 1 } }] }));
    const many: Finding[] = Array.from({ length: 5000 }, (_, i) => ({
      kind: "sum-mismatch", severity: "error", sheet: "统计报表", cell: cellAddress(i + 1, 3), related: [], expected: i + 1, actual: i,
      message: `城关镇 第 ${i + 2} 行 出生人数 ${i} 与 分项之和 ${i + 1} 不一致(相差 1);请核对户籍登记与上报数据是否一致`,
      messageEn: `row ${i + 2}: ${i} ≠ ${i + 1}`,
    }));
    fx.stats.reset();
    const r = await run(fx, (c) => writeReport(c, many, [{ name: "统计报表", kind: "statistics", tables: 1 }], "zh", { at: AT }));
    expect(r.rows).toBe(5000);
    expect(fx.stats.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(fx.stats.log.every((l) => !l.error)).toBe(true);
    expect(fx.stats.syncs).toBeLessThanOrEqual(4);
    const s = fx.state.sheet("校验报告");
    expect(s.hyperlinks.size).toBe(5000);
    expect(s.cell(REPORT_HEADER_ROWS + 4999, 2).value).toBe("D5001");
  });

  test("the same 2 syncs for 3 findings as for 800", async () => {
    const syncs: number[] = [];
    for (const n of [3, 800]) {
      const fx = open(fake({ sheets: [{ name: "数据", cells: { A1: 1 } }] }));
      const fs: Finding[] = Array.from({ length: n }, (_, i) => ({
        kind: "score-over-max", severity: "error", sheet: "数据", cell: `G${i + 2}`, related: [], expected: 10, actual: 12,
        message: `第 ${i + 1} 项 得分 12 超过上限 10 分(多 2)`, messageEn: "over max",
      }));
      fx.stats.reset();
      await run(fx, (c) => writeReport(c, fs, [], "zh", { at: AT }));
      syncs.push(fx.stats.syncs);
      restore?.();
      restore = undefined;
    }
    expect(syncs).toEqual([2, 2]);
  });

  test("a small budget: more syncs, none over the limit, same sheet", async () => {
    const fx = open(fake({ payloadLimitBytes: 40 * 1024, sheets: [{ name: "数据", cells: { A1: 1 } }] }));
    const many: Finding[] = Array.from({ length: 200 }, (_, i) => ({
      kind: "sum-mismatch", severity: "warning", sheet: "数据", cell: `B${i + 2}`, related: [], message: `第 ${i + 2} 行 不一致`, messageEn: "x",
    }));
    await run(fx, (c) => writeReport(c, many, [], "zh", { at: AT, budgetBytes: 30 * 1024 }));
    expect(fx.stats.log.every((l) => !l.error)).toBe(true);
    expect(fx.stats.syncs).toBeGreaterThan(2);
    expect(rowsOf(fx, "校验报告")).toHaveLength(REPORT_HEADER_ROWS + 200);
  });
});
