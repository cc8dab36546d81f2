/**
 * The report sheet 校验报告 ("Check report" in English): every finding on one printable sheet the
 * clerk can hand in, each with a link to its cell. The sheet is replaced on every run; no other
 * sheet is touched.
 *
 *   row 1   title
 *   row 2   workbook, check time, counts
 *   row 3   序号 | 工作表 | 单元格 | 类型 | 严重程度 | 说明 | 应为 | 实为   (repeated on every printed page)
 *   row 4…  one finding per row, in sheet order, then row, column, severity
 *
 * Syncs: 1 (the sheets and the workbook's name) + 1 per ~4 MB of rows (the old sheet removed,
 * the new one added and filled, formats and hyperlinks with them).
 */
import { formatReference } from "../../engine/address";
import type { Finding } from "../../engine/findings";
import type { SheetSummary } from "../../engine/plan";
import { HEADINGS, REPORT_HEADER_ROWS, REPORT_SHEET, WIDTHS, noProblemsText, reportRows, reportTail, summaryLine, type ReportLanguage, type ReportScore, type Row } from "../../engine/report";
export { REPORT_HEADER_ROWS, REPORT_SHEET, formatCheckTime, reportRows, summaryLine, type ReportLanguage } from "../../engine/report";
import type { Progress } from "../host";
import { excelApi, jsonBytes, syncBudget, type BudgetOptions } from "./limits";

export interface ReportOptions extends BudgetOptions {
  /** the check's time (default now) */
  readonly at?: Date;
  /** show the report sheet when done (default true) */
  readonly activate?: boolean;
  readonly onProgress?: (p: Progress) => void;
  /** the computed scores: listed with their explanations after the findings and what was checked */
  readonly scores?: ReadonlyArray<ReportScore>;
}

export interface ReportResult {
  readonly sheet: string;
  /** finding rows written */
  readonly rows: number;
}


/** fixed wire cost of one row's commands (values, formats, hyperlink) besides its text */
const BYTES_PER_ROW = 900;

/**
 * Write the report sheet (replacing an earlier one, in either language) after the last sheet.
 * Returns its name and the number of finding rows.
 */
export async function writeReport(
  context: Excel.RequestContext,
  findings: ReadonlyArray<Finding>,
  sheets: ReadonlyArray<SheetSummary>,
  lang: ReportLanguage,
  options: ReportOptions = {},
): Promise<ReportResult> {
  const { budget, report } = syncBudget(options, "write", options.onProgress);
  const name = REPORT_SHEET[lang];

  // 1: the sheets and the workbook's name
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  const wb = context.workbook;
  wb.load("name");
  await context.sync();
  const reportNames = new Set(Object.values(REPORT_SHEET).map((s) => s.toLowerCase()));
  const old = worksheets.items.filter((w) => reportNames.has(w.name.toLowerCase()));
  const checked = sheets.length;

  const rows = reportRows(findings, sheets, lang);
  // "no problems" only of what was checked; below the findings what was checked and how each score comes about
  const none = noProblemsText(sheets, lang);
  const tail = reportTail(sheets, options.scores ?? [], lang);
  const written: Array<Row | ReadonlyArray<string | number>> = [...rows, ...(rows.length ? [] : [[none, "", "", "", "", "", "", ""]]), ...tail.map((t) => t.cells)];
  /** rows (from the first after the headings) whose column C links to a cell, and those in bold */
  const linked = (i: number) => i < rows.length || !!tail[i - Math.max(rows.length, 1)]?.link;
  const strong = (i: number) => i >= Math.max(rows.length, 1) && !!tail[i - Math.max(rows.length, 1)]?.strong;
  const titleRows: Array<Array<string | number>> = [
    [lang === "zh" ? "校验报告" : "Check report", "", "", "", "", "", "", ""],
    [summaryLine(wb.name, options.at ?? new Date(), findings, checked, lang), "", "", "", "", "", "", ""],
    [...HEADINGS[lang]],
  ];

  // 2…: the old report out, the new one in, rows in batches under the budget
  try {
    for (const w of old) w.delete();
    const ws = worksheets.add(name);
    const textFormats = ["0", "@", "@", "@", "@", "@", "General", "General"];
    const head = ws.getRangeByIndexes(0, 0, REPORT_HEADER_ROWS, 8);
    head.numberFormat = titleRows.map(() => ["@", "@", "@", "@", "@", "@", "@", "@"]);
    head.values = titleRows;
    ws.getRangeByIndexes(0, 0, 1, 1).format.font.bold = true;
    ws.getRangeByIndexes(0, 0, 1, 1).format.font.size = 14;
    const headings = ws.getRangeByIndexes(2, 0, 1, 8);
    headings.format.font.bold = true;
    headings.format.fill.color = "#D9D9D9";
    WIDTHS.forEach((w, c) => (ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = w));

    let start = 0;
    let batch: Array<Row | ReadonlyArray<string | number>> = [];
    let used = 0;
    const flush = async (last: boolean) => {
      if (batch.length) {
        const r0 = REPORT_HEADER_ROWS + start;
        const range = ws.getRangeByIndexes(r0, 0, batch.length, 8);
        range.numberFormat = batch.map(() => textFormats);
        range.values = batch.map((r) => [...r]);
        ws.getRangeByIndexes(r0, 5, batch.length, 1).format.wrapText = true;
        batch.forEach((row, i) => {
          if (strong(start + i)) ws.getRangeByIndexes(r0 + i, 0, 1, 8).format.font.bold = true;
          if (!linked(start + i)) return;
          // a link to the cell: 'Sheet'!C12
          const [sheet, cell] = [String(row[1]), String(row[2])];
          ws.getRangeByIndexes(r0 + i, 2, 1, 1).hyperlink = { documentReference: formatReference(sheet, cell), textToDisplay: cell, screenTip: `${sheet}!${cell}` };
        });
        start += batch.length;
      }
      if (last) {
        ws.freezePanes.freezeRows(REPORT_HEADER_ROWS); // headings stay in view while scrolling
        if (excelApi(9)) {
          ws.pageLayout.orientation = "Landscape" as Excel.PageOrientation;
          ws.pageLayout.setPrintTitleRows(`$${REPORT_HEADER_ROWS}:$${REPORT_HEADER_ROWS}`);
          ws.pageLayout.zoom = { horizontalFitToPages: 1 };
        }
        if (options.activate ?? true) ws.activate();
      }
      await context.sync();
      batch = [];
      used = 0;
      report(written.length ? start / written.length : 1);
    };
    for (const row of written) {
      const cost = BYTES_PER_ROW + 2 * jsonBytes(row);
      if (batch.length && used + cost > budget) await flush(false);
      batch.push(row);
      used += cost;
    }
    await flush(true);
  } catch (e) {
    throw new Error(
      `无法写入${REPORT_SHEET.zh}工作表(工作簿结构可能受保护) / Could not write the report sheet (is the workbook's structure protected?): ${
        e instanceof Error ? e.message : String(e)
      }`,
    );
  }
  return { sheet: name, rows: rows.length };
}
