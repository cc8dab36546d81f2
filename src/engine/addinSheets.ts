/**
 * Sheets the add-in itself writes into a workbook: its undo record, marks record, the clerk's
 * settings and the printable report. They are not the clerk's data: the engine neither checks
 * nor scores them (a report lists figures that would otherwise look like "the same figure with
 * two values"). `_assess_layout` (the clerk's corrections) is read by the layout, not listed here.
 *
 * The report's names (校验报告, Check report) are ordinary words a clerk may give a data sheet:
 * a sheet of that name is the add-in's report only when it looks like one (its title in A1 and
 * the report's column headings in row 3, as src/hosts/excel/report.ts writes them); otherwise
 * it is data, and checked.
 */
import type { SheetSnapshot } from "./grid";

const STORE_SHEETS = ["_assess_undo", "_assess_marks", "_assess_settings"];
const REPORT_SHEETS = ["校验报告", "Check report"];

export const ADDIN_SHEETS: ReadonlyArray<string> = [...STORE_SHEETS, ...REPORT_SHEETS];

const NAMES = new Set(ADDIN_SHEETS.map((s) => s.toLowerCase()));
const REPORT_NAMES = new Set(REPORT_SHEETS.map((s) => s.toLowerCase()));
/** headings the report's row 3 always has (both languages; their order changed between versions) */
const REPORT_HEADINGS = [
  ["工作表", "单元格", "说明"],
  ["Sheet", "Cell", "Description"],
];

/** By name alone (a host that has not read the sheet's cells). */
export function isAddinSheet(name: string): boolean {
  return NAMES.has(name.trim().toLowerCase());
}

/** By name and, for the report's names, by content: a data sheet that happens to be called 校验报告 is not skipped. */
export function isAddinSheetSnapshot(sheet: SheetSnapshot): boolean {
  const name = sheet.name.trim().toLowerCase();
  if (!NAMES.has(name)) return false;
  if (!REPORT_NAMES.has(name)) return true;
  const title = sheet.values[0]?.[0];
  const heads = new Set((sheet.values[2] ?? []).slice(0, 12).map((v) => (typeof v === "string" ? v.trim() : v)));
  return (
    typeof title === "string" && REPORT_NAMES.has(title.trim().toLowerCase()) &&
    REPORT_HEADINGS.some((h) => h.every((t) => heads.has(t)))
  );
}

/** characters of JSON per cell (a cell holds at most 32,767) */
export const STORE_CHUNK_CHARS = 8000;

/**
 * Cut text into cells, never splitting a surrogate pair: how the add-in's JSON records
 * (settings, marks, undo) are kept in column A of a very hidden sheet, by every host.
 */
export function chunkText(text: string, size = STORE_CHUNK_CHARS): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    let end = Math.min(text.length, i + size);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    out.push(text.slice(i, end));
    i = end;
  }
  return out;
}

/** The marks record: what each flagged cell had before the add-in filled it (清除标记 reads it). */
export const MARKS_SHEET = "_assess_marks";

/** Excel's own "Bad" / "Neutral" cell-style fills, and a light blue for information */
export const MARK_COLORS: Readonly<Record<"error" | "warning" | "info", string>> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  info: "#DDEBF7",
};

/** every note or comment the add-in writes starts so; only such are ever removed */
export const MARK_PREFIX = "【校验】";
