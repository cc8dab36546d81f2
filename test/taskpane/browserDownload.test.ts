/**
 * 下载结果 in a plain browser: the saved copy carries the marks (fills and notes, with the record
 * 清除标记 reads), the report sheet 校验报告 (settled findings last, marked as such) and the clerk's
 * settings (settled findings included); the workbook in memory stays as it was.
 */
import * as ExcelJS from "exceljs";
import { createBrowserHost } from "../../src/hosts/browser";
import { analyzeWorkbook } from "../../src/engine";
import { settle } from "../../src/engine/settled";
import { reportScores } from "../../src/engine/report";
import { parseSettings, joinChunks } from "../../src/engine/settings";
import { buildScoringWorkbook, fixtureBytes } from "../fixtures";
import { MARK_PREFIX } from "../../src/hosts/excel/marks";

it("writes marks, the report and the settings into the downloaded copy only", async () => {
  const bytes = await fixtureBytes(buildScoringWorkbook({ planted: true }));
  const host = await createBrowserHost(bytes.slice().buffer as ArrayBuffer, "考核表.xlsx");
  const snapshot = await host.readSnapshot();
  const a = analyzeWorkbook(snapshot);
  expect(a.findings.length).toBeGreaterThan(2);
  const settledOne = a.findings[0];
  await host.saveSettings({ ...(await host.loadSettings()), settled: settle(undefined, settledOne, "ignored", "上级已知") });
  const b = analyzeWorkbook(await host.readSnapshot());
  expect(b.findings.filter((f) => f.settled)).toHaveLength(1);

  const out = await host.toXlsx({ findings: b.findings, sheets: b.sheets, lang: "zh", scores: reportScores(b) });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(out.slice().buffer as ArrayBuffer);
  const report = wb.getWorksheet("校验报告")!;
  expect(report).toBeDefined();
  const all: string[][] = [];
  report.eachRow((r, n) => n > 3 && all.push((r.values as unknown[]).slice(1).map((v) => (v && typeof v === "object" && "text" in (v as object) ? String((v as { text: string }).text) : String(v ?? "")))));
  // the findings, then (after a blank row) what was checked and how each score comes about
  const rows = all.slice(0, all.findIndex((r) => r.every((v) => v === "")));
  expect(rows).toHaveLength(b.findings.length);
  const titles = all.filter((r) => r[0] && r.slice(1).every((v) => v === "")).map((r) => r[0]);
  expect(titles).toEqual(["检查范围", "得分说明"]);
  const explained = all.slice(all.findIndex((r) => r[0] === "得分说明") + 2);
  expect(explained).toHaveLength(b.scores.filter((s) => s.explain).length);
  const g5 = b.scores.find((s) => s.sheet === "考核评分表" && s.cell === "G5")!;
  expect(explained.map((r) => r.slice(1, 7))).toContainEqual(["考核评分表", "G5", "加强机构、队伍建设(配备人员)", "", g5.explain, String(g5.value)]);
  // the settled one last, with its mark and note
  expect(rows[rows.length - 1][4]).toBe("已忽略");
  expect(rows[rows.length - 1][5]).toContain("(备注:上级已知)");
  expect(String(report.getCell("A2").value)).toContain(`发现问题 ${b.findings.length - 1} 处`);

  // marks: the open findings' cells filled, with a note, and the record
  const open = b.findings.filter((f) => !f.settled);
  const ws = wb.getWorksheet(open[0].sheet)!;
  const cell = ws.getCell(open[0].cell);
  expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb).toMatch(/^FF(FFC7CE|FFEB9C|DDEBF7)$/);
  expect(String(cell.note)).toContain(MARK_PREFIX);
  expect(wb.getWorksheet("_assess_marks")?.state).toBe("veryHidden");
  const settings = parseSettings(joinChunks((wb.getWorksheet("_assess_settings")!.getSheetValues() as unknown[][]).slice(1).map((r) => [r?.[1]])));
  expect(settings.settled).toEqual([expect.objectContaining({ cell: settledOne.cell, status: "ignored", note: "上级已知" })]);

  // the workbook in memory is the clerk's: no report, no marks
  const plain = new ExcelJS.Workbook();
  await plain.xlsx.load((await host.toXlsx()).slice().buffer as ArrayBuffer);
  expect(plain.getWorksheet("校验报告")).toBeUndefined();
  expect(plain.getWorksheet("_assess_marks")).toBeUndefined();
  expect(plain.getWorksheet(open[0].sheet)!.getCell(open[0].cell).note).toBeUndefined();
});

it("the downloaded copy after 应用 holds the values made numbers with their formats and the score formulas reading them", async () => {
  const bytes = await fixtureBytes(buildScoringWorkbook({ assessedBlank: true }));
  const host = await createBrowserHost(bytes.slice().buffer as ArrayBuffer, "考核表.xlsx");
  const plan = analyzeWorkbook(await host.readSnapshot());
  const made = plan.writes.filter((w) => w.kind === "normalise-value");
  expect(made.length).toBeGreaterThan(0);
  await host.applyWrites(plan.writes);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await host.toXlsx()).slice().buffer as ArrayBuffer);
  for (const w of made) {
    const ws = wb.getWorksheet(w.sheet)!;
    expect([w.cell, ws.getCell(w.cell).value, ws.getCell(w.cell).numFmt ?? "General"]).toEqual([w.cell, w.value, w.numberFormat]);
    const score = ws.getCell(w.readBy!).value as ExcelJS.CellFormulaValue;
    expect([w.readBy, score.formula?.includes(w.cell)]).toEqual([w.readBy, true]);
  }
  // 撤销, then download: the clerk's text and format again
  await host.undo();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load((await host.toXlsx()).slice().buffer as ArrayBuffer);
  for (const w of made) expect([w.cell, back.getWorksheet(w.sheet)!.getCell(w.cell).value]).toEqual([w.cell, w.original]);
});
