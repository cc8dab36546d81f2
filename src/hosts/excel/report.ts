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
import { sortFindings, type Finding, type FindingKind, type Severity } from "../../engine/findings";
import type { SheetSummary } from "../../engine/plan";
import type { Progress } from "../host";
import { SYNC_BUDGET_BYTES, excelApi, jsonBytes } from "./limits";

export type ReportLanguage = "zh" | "en";

export const REPORT_SHEET: Readonly<Record<ReportLanguage, string>> = { zh: "校验报告", en: "Check report" };

/** rows above the findings */
export const REPORT_HEADER_ROWS = 3;

const HEADINGS: Readonly<Record<ReportLanguage, readonly string[]>> = {
  zh: ["序号", "工作表", "单元格", "类型", "严重程度", "说明", "应为", "实为"],
  en: ["No.", "Sheet", "Cell", "Type", "Severity", "Description", "Expected", "Actual"],
};

/** column widths in points, for A4 landscape */
const WIDTHS = [36, 90, 54, 110, 54, 380, 60, 60];

const SEVERITY_TEXT: Readonly<Record<Severity, readonly [string, string]>> = {
  error: ["错误", "Error"],
  warning: ["警告", "Warning"],
  info: ["提示", "Info"],
};

const KIND_TEXT: Readonly<Record<FindingKind, readonly [string, string]>> = {
  "sum-mismatch": ["合计不符", "Total ≠ sum of parts"],
  "part-exceeds-total": ["其中项超过总数", "Breakdown exceeds total"],
  "rate-mismatch": ["比率不符", "Rate mismatch"],
  "count-exceeds-base": ["数量超过基数", "Count exceeds base"],
  "difference-mismatch": ["差值不符", "Difference mismatch"],
  "ratio-mismatch": ["比例不符", "Ratio mismatch"],
  "share-sum-mismatch": ["占比合计不为100%", "Shares do not add to 100%"],
  "cross-sheet-mismatch": ["表间数据不一致", "Differs between sheets"],
  "max-sum-mismatch": ["分值合计不符", "Max points ≠ sum of items"],
  "score-over-max": ["得分超过分值", "Score above maximum"],
  "score-below-zero": ["得分小于零", "Score below zero"],
  "parent-score-mismatch": ["上级得分不符", "Parent score ≠ sum of items"],
  "entered-score-mismatch": ["得分与评分标准不符", "Score ≠ scoring standard"],
  "summary-detail-mismatch": ["汇总与明细不符", "Summary ≠ detail sheet"],
  "rank-mismatch": ["名次不符", "Rank mismatch"],
  "weight-sum-mismatch": ["权重合计不为100%", "Weights do not add to 100%"],
  "cap-exceeded": ["超过加减分上限", "Beyond bonus/penalty cap"],
  "unparsed-rule": ["评分标准未能识别", "Scoring standard not understood"],
  "bad-value": ["数值无法识别", "Value cannot be read"],
};

export interface ReportOptions {
  /** the check's time (default now) */
  readonly at?: Date;
  /** show the report sheet when done (default true) */
  readonly activate?: boolean;
  /** bytes one sync may carry (tests lower it) */
  readonly budgetBytes?: number;
  readonly onProgress?: (p: Progress) => void;
}

export interface ReportResult {
  readonly sheet: string;
  /** finding rows written */
  readonly rows: number;
}

/** "2026-11-22 08:30", local time, as the clerk's clock shows it */
export function formatCheckTime(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** The line under the title: workbook, time, counts. */
export function summaryLine(workbook: string, at: Date, findings: ReadonlyArray<Finding>, sheets: number, lang: ReportLanguage): string {
  const n = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const time = formatCheckTime(at);
  return lang === "zh"
    ? `工作簿:${workbook}  检查时间:${time}  检查工作表 ${sheets} 个,发现问题 ${findings.length} 处(错误 ${n("error")},警告 ${n("warning")},提示 ${n("info")})`
    : `Workbook: ${workbook}  Checked: ${time}  ${sheets} sheet(s) checked, ${findings.length} finding(s) (${n("error")} error(s), ${n("warning")} warning(s), ${n("info")} info)`;
}

type Row = [number, string, string, string, string, string, number | string, number | string];

/** The finding rows, in report order. */
export function reportRows(findings: ReadonlyArray<Finding>, sheets: ReadonlyArray<SheetSummary>, lang: ReportLanguage): Row[] {
  const li = lang === "zh" ? 0 : 1;
  return sortFindings([...findings], sheets.map((s) => s.name)).map((f, i) => [
    i + 1,
    f.sheet,
    f.cell,
    KIND_TEXT[f.kind]?.[li] ?? f.kind,
    SEVERITY_TEXT[f.severity][li],
    lang === "zh" ? f.message : f.messageEn || f.message,
    f.expected ?? "",
    f.actual ?? "",
  ]);
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
  const budget = options.budgetBytes ?? SYNC_BUDGET_BYTES;
  const report = (fraction: number) => options.onProgress?.({ phase: "write", fraction });
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
  const none = lang === "zh" ? "未发现问题" : "No problems found";
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
    if (!rows.length) ws.getRangeByIndexes(REPORT_HEADER_ROWS, 0, 1, 1).values = [[none]];

    let start = 0;
    let batch: Row[] = [];
    let used = 0;
    const flush = async (last: boolean) => {
      if (batch.length) {
        const r0 = REPORT_HEADER_ROWS + start;
        const range = ws.getRangeByIndexes(r0, 0, batch.length, 8);
        range.numberFormat = batch.map(() => textFormats);
        range.values = batch;
        ws.getRangeByIndexes(r0, 5, batch.length, 1).format.wrapText = true;
        batch.forEach((row, i) => {
          // a link to the cell: 'Sheet'!C12
          ws.getRangeByIndexes(r0 + i, 2, 1, 1).hyperlink = {
            documentReference: formatReference(row[1], row[2]),
            textToDisplay: row[2],
            screenTip: `${row[1]}!${row[2]}`,
          };
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
      report(rows.length ? start / rows.length : 1);
    };
    for (const row of rows) {
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
