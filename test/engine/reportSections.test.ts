/**
 * The 校验报告's sections below the findings (issue 12): what was checked on each sheet ("no
 * problems" only of what was checked) and every computed score with how it comes about, zh/en.
 */
import * as ExcelJS from "exceljs";
import { analyzeWorkbook } from "../../src/engine";
import type { SheetSummary } from "../../src/engine/plan";
import { coverageText, noProblemsText, reportScores, reportTail } from "../../src/engine/report";
import { snapshotWorkbook } from "../../src/hosts/xlsx/read";
import { addScoringSheet, addStatisticsBottomSheet } from "../fixtures/builders";

const checked = (relations: Record<string, number>, scores = 0): SheetSummary["checked"] => ({ relations, scores });
const STATS: SheetSummary = { name: "统计表", kind: "statistics", tables: 1, checked: checked({ "sum-mismatch": 12, "rate-mismatch": 3 }) };
const SCORING: SheetSummary = { name: "考核表", kind: "scoring", tables: 1, checked: checked({ "max-sum-mismatch": 2 }, 25) };
const NOTHING: SheetSummary = {
  name: "说明", kind: "other", tables: 0, checked: checked({}),
  note: "未找到表格,未作核对", noteEn: "no table found: nothing was checked",
};

describe("coverage text", () => {
  it("says what was checked, in the pane's language, with the engine's note", () => {
    expect(coverageText(STATS, "zh")).toBe("已核对 合计 12 处、比率 3 处");
    expect(coverageText(STATS, "en")).toBe("checked 12 totals, 3 rates");
    expect(coverageText(SCORING, "zh")).toBe("已核对 分值 2 处;计算得分 25 处");
    expect(coverageText(SCORING, "en")).toBe("checked 2 max points; 25 scores computed");
    expect(coverageText(NOTHING, "zh")).toBe("未作核对;未找到表格,未作核对");
    expect(coverageText(NOTHING, "en")).toBe("nothing checked; no table found: nothing was checked");
    expect(coverageText({ name: "x", kind: "other", tables: 0 }, "zh")).toBe("");
  });

  it("says 'no problems' only of what was checked", () => {
    expect(noProblemsText([STATS, SCORING], "zh")).toBe("未发现问题");
    expect(noProblemsText([STATS, NOTHING], "zh")).toBe("已核对部分未发现问题;未核对:说明(见下方“检查范围”)");
    expect(noProblemsText([STATS, NOTHING], "en")).toBe("No problems found in what was checked; not checked: 说明 (see “What was checked” below)");
    expect(noProblemsText([NOTHING], "zh")).toMatch(/^未核对任何关系,不能说没有问题/);
    expect(noProblemsText([NOTHING], "en")).toMatch(/^Nothing could be checked/);
    // without coverage from the engine: the plain wording
    expect(noProblemsText([{ name: "x", kind: "other", tables: 0 }], "en")).toBe("No problems found");
  });
});

describe("report tail", () => {
  function analysis() {
    const wb = new ExcelJS.Workbook();
    addStatisticsBottomSheet(wb);
    addScoringSheet(wb);
    return analyzeWorkbook(snapshotWorkbook(wb));
  }

  it("lists each sheet's coverage, then every explained score with its item, cell and value (links on the score rows)", () => {
    const a = analysis();
    const scores = reportScores(a);
    const tail = reportTail(a.sheets, scores, "zh");
    const titles = tail.filter((r) => r.strong && r.cells.slice(1).every((c) => c === "")).map((r) => r.cells[0]);
    expect(titles).toEqual(["检查范围", "得分说明"]);
    const coverage = tail.slice(3, 3 + a.sheets.length);
    expect(coverage.map((r) => r.cells[1])).toEqual(a.sheets.map((s) => s.name));
    expect(coverage.map((r) => r.cells[5])).toEqual(a.sheets.map((s) => coverageText(s, "zh")));
    expect(coverage.every((r) => !r.link)).toBe(true);
    const lines = tail.filter((r) => r.link);
    expect(lines).toHaveLength(a.scores.filter((s) => s.explain).length);
    expect(lines.length).toBeGreaterThan(5);
    const g5 = a.scores.find((s) => s.cell === "G5")!;
    expect(lines.find((r) => r.cells[2] === "G5")!.cells).toEqual([expect.any(Number), "考核评分表", "G5", "加强机构、队伍建设(配备人员)", "", g5.explain, g5.value, ""]);
    // English: the English explanation
    const en = reportTail(a.sheets, scores, "en").find((r) => r.link && r.cells[2] === "G5")!;
    expect(en.cells[5]).toBe(g5.explainEn);
  });

  it("shows a veto on the total rather than a number", () => {
    const plan = {
      scores: [{ sheet: "表", cell: "G9", value: 80, explain: "合计 = 80分", explainEn: "total = 80" }],
      totals: [{ sheet: "表", cell: "G9", value: 80, veto: true }],
    };
    const [row] = reportTail([], reportScores(plan), "zh").filter((r) => r.link);
    expect(row.cells[6]).toBe("一票否决");
  });

  it("adds nothing without coverage or scores (an older caller)", () => {
    expect(reportTail([{ name: "x", kind: "other", tables: 0 }], [], "zh")).toEqual([]);
  });
});
