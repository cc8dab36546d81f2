/**
 * The batch summary: one row per workbook (unit, errors, warnings, total score, veto, why it
 * could not be read), printed at the end of a batch and written by `--summary FILE.xlsx|.csv`
 * for a supervisor to open in Excel: Chinese headers (English with --lang en), plain values,
 * no link to anything outside the file.
 */
import { writeFile } from "fs/promises";
import type { FileOutcome } from "./outcome";
import { tr, type Lang } from "./i18n";

export interface SummaryRow {
  readonly file: string;
  readonly unit: string;
  readonly errors: number | null;
  readonly warnings: number | null;
  readonly infos: number | null;
  /** the grand total score(s); several scoring sheets give several */
  readonly total: number | string | null;
  /** true when a 一票否决 (veto) item applies */
  readonly veto: boolean | null;
  readonly problem?: string;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

export function summaryRow(o: FileOutcome): SummaryRow {
  const r = o.report;
  if (!r) return { file: o.file, unit: o.unit, errors: null, warnings: null, infos: null, total: null, veto: null, problem: o.error ?? "" };
  const open = r.findings.filter((f) => !f.settled); // settled (已核实/忽略) findings are not counted
  const errors = open.filter((f) => f.severity === "error").length;
  const warnings = open.filter((f) => f.severity === "warning").length;
  // the grand totals of the scoring sheets (a 汇总表's totals are other units' scores); a
  // sheet whose totals are not marked grand gives its last total
  const scoring = new Set(r.sheets.filter((s) => s.kind === "scoring").map((s) => s.name));
  const own = r.totals.filter((t) => scoring.has(t.sheet));
  const grand = own.filter((t) => t.grand);
  const totals = grand.length ? grand : lastPerSheet(own);
  const values = totals.filter((t) => t.value !== null);
  const total = values.length === 0 ? null : values.length === 1 ? round(values[0].value!) : values.map((t) => `${t.sheet}: ${round(t.value!)}`).join("; ");
  const veto = own.length ? own.some((t) => t.veto) : null;
  return { file: o.file, unit: o.unit, errors, warnings, infos: open.length - errors - warnings, total, veto };
}

function lastPerSheet<T extends { sheet: string }>(xs: ReadonlyArray<T>): T[] {
  const m = new Map<string, T>();
  for (const x of xs) m.set(x.sheet, x);
  return [...m.values()];
}

interface Column {
  readonly zh: string;
  readonly en: string;
  readonly width: number;
  readonly get: (r: SummaryRow, lang: Lang) => string | number | null;
}

const yesNo = (v: boolean | null, lang: Lang) => (v === null ? null : v ? tr(lang, "是", "yes") : tr(lang, "否", "no"));

const COLUMNS: ReadonlyArray<Column> = [
  { zh: "单位", en: "Unit", width: 24, get: (r) => r.unit },
  { zh: "文件", en: "File", width: 40, get: (r) => r.file },
  { zh: "错误", en: "Errors", width: 8, get: (r) => r.errors },
  { zh: "警告", en: "Warnings", width: 8, get: (r) => r.warnings },
  { zh: "提示", en: "Notes", width: 8, get: (r) => r.infos },
  { zh: "总分", en: "Total score", width: 12, get: (r) => r.total },
  { zh: "一票否决", en: "Veto", width: 10, get: (r, lang) => yesNo(r.veto, lang) },
  { zh: "无法读取的原因", en: "Why it could not be read", width: 50, get: (r) => r.problem ?? null },
];

/** The summary as text (end of a batch's output). */
export function formatSummary(rows: ReadonlyArray<SummaryRow>, lang: Lang): string {
  const bad = rows.filter((r) => r.problem !== undefined);
  const good = rows.filter((r) => r.problem === undefined);
  const withErrors = good.filter((r) => (r.errors ?? 0) > 0).length;
  const lines = [
    "",
    tr(lang,
      `汇总: ${rows.length} 个工作簿, ${withErrors} 个有错误, ${bad.length} 个无法读取`,
      `Summary: ${rows.length} workbooks, ${withErrors} with errors, ${bad.length} unreadable`),
  ];
  for (const r of good) {
    const total = r.total === null ? "" : tr(lang, `, 总分 ${r.total}`, `, total ${r.total}`);
    const veto = r.veto ? tr(lang, ", 一票否决", ", vetoed") : "";
    lines.push(
      tr(lang,
        `  ${r.unit}  ${r.file}: ${r.errors} 个错误, ${r.warnings} 个警告${total}${veto}`,
        `  ${r.unit}  ${r.file}: ${r.errors} errors, ${r.warnings} warnings${total}${veto}`),
    );
  }
  if (bad.length) {
    lines.push(tr(lang, "无法读取:", "Could not be read:"));
    for (const r of bad) lines.push(`  ${r.problem}`);
  }
  return lines.join("\n") + "\n";
}

/** A CSV field; text that Excel would take for a formula (=, +, -, @) is kept as text. */
function csvField(v: string | number | null): string {
  if (v === null) return "";
  if (typeof v === "number") return String(v);
  const t = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
}

/** The summary as CSV: UTF-8 with a BOM (so Excel reads the Chinese), CRLF lines. */
export function summaryCsv(rows: ReadonlyArray<SummaryRow>, lang: Lang): string {
  const head = COLUMNS.map((c) => csvField(lang === "en" ? c.en : c.zh)).join(",");
  const body = rows.map((r) => COLUMNS.map((c) => csvField(c.get(r, lang))).join(","));
  return "\uFEFF" + [head, ...body].join("\r\n") + "\r\n";
}

/** The summary as an .xlsx workbook (one sheet, a header row frozen and filtered). */
export async function summaryXlsx(rows: ReadonlyArray<SummaryRow>, lang: Lang): Promise<Uint8Array> {
  const ExcelJS = await import("exceljs");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(tr(lang, "汇总", "Summary"), { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = COLUMNS.map((c) => ({ header: lang === "en" ? c.en : c.zh, width: c.width }));
  for (const r of rows) ws.addRow(COLUMNS.map((c) => c.get(r, lang)));
  ws.getRow(1).font = { bold: true };
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
  const buf = await wb.xlsx.writeBuffer();
  return buf instanceof Uint8Array ? buf : new Uint8Array(buf as ArrayBuffer);
}

export async function writeSummary(path: string, rows: ReadonlyArray<SummaryRow>, lang: Lang): Promise<void> {
  if (/\.csv$/i.test(path)) await writeFile(path, summaryCsv(rows, lang), "utf8");
  else await writeFile(path, await summaryXlsx(rows, lang));
}
