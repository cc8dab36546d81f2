/**
 * The report sheet 校验报告 ("Check report" in English) as text: its name, headings, the line
 * under the title and one row per finding (open findings first, then those the clerk settled,
 * marked 已核实/已忽略 with their note). Every host writes these same rows (Office.js in Excel,
 * ExcelJS for 下载结果 in a plain browser).
 */
import { sortFindings, type Finding, type FindingKind, type Severity } from "./findings";
import type { SheetSummary } from "./plan";

export type ReportLanguage = "zh" | "en";

export const REPORT_SHEET: Readonly<Record<ReportLanguage, string>> = { zh: "校验报告", en: "Check report" };

/** rows above the findings */
export const REPORT_HEADER_ROWS = 3;

export const HEADINGS: Readonly<Record<ReportLanguage, readonly string[]>> = {
  zh: ["序号", "工作表", "单元格", "类型", "严重程度", "说明", "应为", "实为"],
  en: ["No.", "Sheet", "Cell", "Type", "Severity", "Description", "Expected", "Actual"],
};

/** column widths in points, for A4 landscape */
export const WIDTHS = [36, 90, 54, 110, 54, 380, 60, 60];

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

/** "2026-11-22 08:30", local time, as the clerk's clock shows it */
export function formatCheckTime(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** The line under the title: workbook, time, counts. */
export function summaryLine(workbook: string, at: Date, all: ReadonlyArray<Finding>, sheets: number, lang: ReportLanguage): string {
  // a finding the clerk settled (已核实/忽略) is listed apart, after the open ones, and not counted here
  const findings = all.filter((f) => !f.settled);
  const settled = all.length - findings.length;
  const n = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const time = formatCheckTime(at);
  return lang === "zh"
    ? `工作簿:${workbook}  检查时间:${time}  检查工作表 ${sheets} 个,发现问题 ${findings.length} 处(错误 ${n("error")},警告 ${n("warning")},提示 ${n("info")})` +
        (settled ? `;另有已核实或忽略 ${settled} 处,列在最后` : "")
    : `Workbook: ${workbook}  Checked: ${time}  ${sheets} sheet(s) checked, ${findings.length} finding(s) (${n("error")} error(s), ${n("warning")} warning(s), ${n("info")} info)` +
        (settled ? `; ${settled} verified or ignored, listed last` : "");
}

const SETTLED_TEXT: Readonly<Record<"verified" | "ignored", readonly [string, string]>> = {
  verified: ["已核实", "Verified"],
  ignored: ["已忽略", "Ignored"],
};

export type Row = [number, string, string, string, string, string, number | string, number | string];

/** The finding rows, in report order. */
export function reportRows(findings: ReadonlyArray<Finding>, sheets: ReadonlyArray<SheetSummary>, lang: ReportLanguage): Row[] {
  const li = lang === "zh" ? 0 : 1;
  const sorted = sortFindings([...findings], sheets.map((s) => s.name));
  // open findings first; the settled ones after them, their mark in the severity column, the note after the message
  const ordered = [...sorted.filter((f) => !f.settled), ...sorted.filter((f) => f.settled)];
  return ordered.map((f, i) => {
    const message = lang === "zh" ? f.message : f.messageEn || f.message;
    const note = f.settled?.note ? (lang === "zh" ? `(备注:${f.settled.note})` : ` (note: ${f.settled.note})`) : "";
    return [
      i + 1,
      f.sheet,
      f.cell,
      KIND_TEXT[f.kind]?.[li] ?? f.kind,
      f.settled ? SETTLED_TEXT[f.settled.status][li] : SEVERITY_TEXT[f.severity][li],
      message + note,
      f.expected ?? "",
      f.actual ?? "",
    ];
  });
}

