/**
 * What 下载结果 adds to the copy it saves (ExcelJS, in a plain browser): the clerk's settings
 * (`_assess_settings`, `_assess_layout`: settled findings, rules stated by hand… as the Excel
 * add-in keeps them), the open findings' cells marked as the Excel host marks them (fill and a
 * note; the fills they had kept in `_assess_marks`, so 清除标记 in Excel puts them back), and the
 * report sheet 校验报告 with the same rows as in Excel. Only the copy is changed.
 */
import type * as ExcelJS from "exceljs";
import type { Finding } from "../../engine/findings";
import type { SheetSummary } from "../../engine/plan";
import { CORRECTIONS_SHEET, correctionRows } from "../../engine/layout/corrections";
import { chunkText, MARK_COLORS, MARK_PREFIX, MARKS_SHEET } from "../../engine/addinSheets";
import { HEADINGS, REPORT_HEADER_ROWS, REPORT_SHEET, noProblemsText, reportRows, reportTail, summaryLine, type ReportScore } from "../../engine/report";
import { SETTINGS_SHEET, SETTINGS_VERSION, type WorkbookSettings } from "../../engine/settings";

const WIDTHS = [6, 14, 9, 18, 9, 60, 10, 10];

function replaceSheet(wb: ExcelJS.Workbook, name: string, state: "visible" | "veryHidden"): ExcelJS.Worksheet {
  for (const ws of [...wb.worksheets]) if (ws.name.toLowerCase() === name.toLowerCase()) wb.removeWorksheet(ws.id);
  return wb.addWorksheet(name, { state });
}

/** The settings, as the Excel host keeps them (JSON cut into cells of column A; corrections as rows). */
export function writeSettings(wb: ExcelJS.Workbook, settings: WorkbookSettings): void {
  const json = JSON.stringify({ ...settings, version: SETTINGS_VERSION });
  const ws = replaceSheet(wb, SETTINGS_SHEET, "veryHidden");
  chunkText(json).forEach((c, i) => (ws.getCell(i + 1, 1).value = c));
  if (settings.corrections.length) {
    const layout = replaceSheet(wb, CORRECTIONS_SHEET, "veryHidden");
    correctionRows(settings.corrections).forEach((r) => layout.addRow(r as unknown[]));
  }
}

function argbOf(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}

/**
 * Fill each open finding's cell (the worst severity wins) and add a note where the cell has none.
 * A cell whose fill cannot be written back exactly (a theme colour, a gradient) is left as it is.
 * Returns the number of cells marked.
 */
export function writeMarks(wb: ExcelJS.Workbook, findings: ReadonlyArray<Finding>): number {
  const order = { error: 0, warning: 1, info: 2 } as const;
  const byCell = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.settled) continue;
    const k = `${f.sheet}\u0000${f.cell}`;
    byCell.set(k, [...(byCell.get(k) ?? []), f]);
  }
  const record: Array<{ s: string; a: string; f: { c: string } | null; n?: 1; l?: number }> = [];
  for (const list of byCell.values()) {
    const { sheet, cell } = list[0];
    const ws = wb.getWorksheet(sheet);
    if (!ws) continue;
    const c = ws.getCell(cell);
    const fill = c.fill as ExcelJS.FillPattern | undefined;
    let saved: { c: string } | null;
    if (!fill || (fill.type === "pattern" && fill.pattern === "none")) saved = null;
    else if (fill.type === "pattern" && fill.pattern === "solid" && fill.fgColor?.argb) saved = { c: `#${fill.fgColor.argb.slice(-6)}` };
    else continue;
    const worst = [...list].sort((a, b) => order[a.severity] - order[b.severity])[0];
    c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argbOf(MARK_COLORS[worst.severity]) } };
    const entry: (typeof record)[number] = { s: sheet, a: cell, f: saved };
    if (!c.note) {
      const text = `${MARK_PREFIX}${list.map((f) => f.message).join("\n")}`.slice(0, 1000);
      c.note = text;
      entry.n = 1;
      entry.l = text.length;
    }
    record.push(entry);
  }
  if (record.length) {
    const ws = replaceSheet(wb, MARKS_SHEET, "veryHidden");
    chunkText(JSON.stringify({ assessMarks: 1, at: new Date().toISOString(), cells: record })).forEach((t, i) => (ws.getCell(i + 1, 1).value = t));
  }
  return record.length;
}

/**
 * The report sheet, with the rows the Excel host writes (settled findings last, marked as such;
 * then what was checked on each sheet and, given the scores, how each comes about).
 */
export function writeReportSheet(
  wb: ExcelJS.Workbook, workbookName: string, findings: ReadonlyArray<Finding>, sheets: ReadonlyArray<SheetSummary>, lang: "zh" | "en", at = new Date(),
  scores: ReadonlyArray<ReportScore> = [],
): number {
  for (const n of Object.values(REPORT_SHEET)) {
    const old = wb.worksheets.find((w) => w.name.toLowerCase() === n.toLowerCase());
    if (old) wb.removeWorksheet(old.id);
  }
  const ws = wb.addWorksheet(REPORT_SHEET[lang], { views: [{ state: "frozen", ySplit: REPORT_HEADER_ROWS }] });
  ws.getCell("A1").value = lang === "zh" ? "校验报告" : "Check report";
  ws.getCell("A1").font = { bold: true, size: 14 };
  ws.getCell("A2").value = summaryLine(workbookName, at, findings, sheets.length, lang);
  const head = ws.getRow(3);
  HEADINGS[lang].forEach((h, i) => {
    const c = head.getCell(i + 1);
    c.value = h;
    c.font = { bold: true };
    c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9D9D9" } };
  });
  WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const rows = reportRows(findings, sheets, lang);
  if (!rows.length) ws.getCell(REPORT_HEADER_ROWS + 1, 1).value = noProblemsText(sheets, lang);
  const line = (at: number, cells: ReadonlyArray<string | number>, link: boolean) => {
    const row = ws.getRow(at);
    cells.forEach((v, j) => (row.getCell(j + 1).value = v));
    if (link) row.getCell(3).value = { text: String(cells[2]), hyperlink: `#'${String(cells[1]).replace(/'/g, "''")}'!${cells[2]}` };
    row.getCell(6).alignment = { wrapText: true, vertical: "top" };
    return row;
  };
  rows.forEach((r, i) => line(REPORT_HEADER_ROWS + 1 + i, r, true));
  const first = REPORT_HEADER_ROWS + 1 + Math.max(rows.length, 1);
  reportTail(sheets, scores, lang).forEach((t, i) => {
    const row = line(first + i, t.cells, !!t.link);
    if (t.strong) row.font = { bold: true };
  });
  return rows.length;
}
