/**
 * Every string the pane shows, in Chinese (the default: the clerks' language) and English
 * (when Office's display language, or the browser's, is English).
 */
import { formatNumber as fmt } from "../engine/findings";
import type { Severity } from "../engine/findings";
import type { SheetKind } from "../engine/plan";

export type Lang = "zh" | "en";

export interface Strings {
  readonly title: string;
  readonly check: string;
  readonly checking: string;
  readonly reading: string;
  readonly analyzing: string;
  readonly loading: string;
  readonly openFile: string;
  readonly sample: string;
  readonly noFindings: string;
  readonly notChecked: string;
  readonly failed: (reason: string) => string;
  readonly summary: (sheets: number, errors: number, warnings: number, infos: number) => string;
  readonly severity: Record<Severity, string>;
  readonly itemsScored: (n: number) => string;
  readonly filter: string;
  readonly understood: string;
  readonly sheetKind: Record<SheetKind, string>;
  readonly tables: (n: number) => string;
  readonly expectedActual: (expected: number | undefined, actual: number | undefined) => string;
  readonly related: (cells: string) => string;
  readonly goToCell: (sheet: string, cell: string) => string;
  readonly sheetCounts: (errors: number, warnings: number, infos: number) => string;
  readonly preview: string;
  readonly previewSheet: string;
  readonly previewTruncated: (rows: number, cols: number) => string;
}

const zh: Strings = {
  title: "考核表校验",
  check: "检查",
  checking: "正在检查…",
  reading: "正在读取工作簿…",
  analyzing: "正在核对数字…",
  loading: "正在加载…",
  openFile: "打开 .xlsx",
  sample: "示例工作簿",
  noFindings: "没有发现问题:所有合计与分项一致。",
  notChecked: "点击“检查”核对本工作簿的合计、比率与得分。",
  failed: (reason) => `检查失败:${reason}`,
  summary: (sheets, errors, warnings, infos) =>
    `已读取 ${sheets} 张工作表;${errors} 个错误,${warnings} 个警告` + (infos ? `,${infos} 条提示` : ""),
  severity: { error: "错误", warning: "警告", info: "提示" },
  itemsScored: (n) => `;已计分 ${n} 项`,
  filter: "按严重程度筛选",
  understood: "识别结果",
  sheetKind: { scoring: "考核评分表", summary: "汇总表", statistics: "统计报表", other: "其他" },
  tables: (n) => `${n} 个表格`,
  expectedActual: (expected, actual) =>
    [expected !== undefined ? `应为 ${fmt(expected)}` : "", actual !== undefined ? `实为 ${fmt(actual)}` : ""]
      .filter(Boolean)
      .join(","),
  related: (cells) => `对照:${cells}`,
  goToCell: (sheet, cell) => `转到 ${sheet}!${cell}`,
  sheetCounts: (errors, warnings, infos) =>
    [errors ? `${errors} 个错误` : "", warnings ? `${warnings} 个警告` : "", infos ? `${infos} 条提示` : ""]
      .filter(Boolean)
      .join(","),
  preview: "工作表预览",
  previewSheet: "工作表",
  previewTruncated: (rows, cols) => `只显示前 ${rows} 行、${cols} 列`,
};

const en: Strings = {
  title: "Assessment check",
  check: "Check",
  checking: "Checking…",
  reading: "Reading the workbook…",
  analyzing: "Checking the figures…",
  loading: "Loading…",
  openFile: "Open .xlsx",
  sample: "Sample workbook",
  noFindings: "No problems found: every total agrees with its parts.",
  notChecked: "Press “Check” to verify this workbook's totals, rates and scores.",
  failed: (reason) => `The check failed: ${reason}`,
  summary: (sheets, errors, warnings, infos) =>
    `Read ${sheets} ${plural(sheets, "sheet")}; ${errors} ${plural(errors, "error")}, ${warnings} ${plural(warnings, "warning")}` +
    (infos ? `, ${infos} ${plural(infos, "note")}` : ""),
  severity: { error: "Error", warning: "Warning", info: "Note" },
  itemsScored: (n) => `; ${n} ${plural(n, "item")} scored`,
  filter: "Filter by severity",
  understood: "What was recognised",
  sheetKind: { scoring: "scoring sheet", summary: "summary sheet", statistics: "statistics sheet", other: "other" },
  tables: (n) => `${n} ${plural(n, "table")}`,
  expectedActual: (expected, actual) =>
    [expected !== undefined ? `expected ${fmt(expected)}` : "", actual !== undefined ? `actual ${fmt(actual)}` : ""]
      .filter(Boolean)
      .join(", "),
  related: (cells) => `compared with ${cells}`,
  goToCell: (sheet, cell) => `Go to ${sheet}!${cell}`,
  sheetCounts: (errors, warnings, infos) =>
    [
      errors ? `${errors} ${plural(errors, "error")}` : "",
      warnings ? `${warnings} ${plural(warnings, "warning")}` : "",
      infos ? `${infos} ${plural(infos, "note")}` : "",
    ]
      .filter(Boolean)
      .join(", "),
  preview: "Sheet preview",
  previewSheet: "Sheet",
  previewTruncated: (rows, cols) => `Showing the first ${rows} rows and ${cols} columns`,
};

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}

export const STRINGS: Record<Lang, Strings> = { zh, en };

/**
 * The pane's language: an explicit `?lang=en|zh` wins; then Office's display language (in
 * Excel) or the browser's language; English only when that language is English, Chinese
 * otherwise (the clerks' default).
 */
export function pickLanguage(displayLanguage: string | null | undefined, search = ""): Lang {
  const forced = new URLSearchParams(search).get("lang");
  if (forced) return forced.toLowerCase().startsWith("en") ? "en" : "zh";
  return displayLanguage && displayLanguage.toLowerCase().startsWith("en") ? "en" : "zh";
}
