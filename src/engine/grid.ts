/**
 * Plain grid snapshots: what every host (Excel, ExcelJS, a test) hands the engine.
 * Coordinates are 0-based (row 0 = sheet row 1, col 0 = column A); the grid always
 * starts at A1 so an address never needs an offset.
 */

/** An error value as Excel shows it: "#REF!", "#DIV/0!", "#N/A", … */
export interface CellError {
  readonly error: string;
}

/** What a cell holds: a number, text, a boolean, an error, or nothing. */
export type CellValue = number | string | boolean | CellError | null;

export interface RangeRef {
  /** inclusive, 0-based */
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface SheetSnapshot {
  readonly name: string;
  /** values[r][c]; rows may be shorter than colCount (missing cells are empty). */
  readonly values: ReadonlyArray<ReadonlyArray<CellValue>>;
  /** formulas[r][c] with the leading "=", or null/undefined where the cell has none. Sparse. */
  readonly formulas?: ReadonlyArray<ReadonlyArray<string | null | undefined> | undefined>;
  /** number formats (Excel codes such as "0.00%"), sparse like formulas. */
  readonly numberFormats?: ReadonlyArray<ReadonlyArray<string | null | undefined> | undefined>;
  readonly merges?: ReadonlyArray<RangeRef>;
  /** alignment indent levels (Excel's format.indentLevel) of text cells, sparse like formulas */
  readonly indents?: ReadonlyArray<ReadonlyArray<number | null | undefined> | undefined>;
  readonly hiddenRows?: ReadonlyArray<number>;
  readonly hiddenCols?: ReadonlyArray<number>;
  readonly hidden?: boolean;
  /** set when the host cut the sheet because its used range was too large */
  readonly truncated?: { readonly rows: number; readonly cols: number };
  /** what the host left out when reading the sheet (an oversized merge, rows beyond Excel's grid), said on its cell */
  readonly readWarnings?: ReadonlyArray<{ readonly cell: string; readonly message: string; readonly messageEn: string }>;
}

export interface WorkbookSnapshot {
  readonly sheets: ReadonlyArray<SheetSnapshot>;
}

export function isCellError(v: unknown): v is CellError {
  return typeof v === "object" && v !== null && typeof (v as CellError).error === "string";
}

const ERROR_TEXTS = new Set([
  "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA",
  "#SPILL!", "#CALC!", "#FIELD!", "#BUSY!", "#CONNECT!", "#BLOCKED!", "#UNKNOWN!", "#PYTHON!",
]);

/** True when a text is exactly an Excel error literal (hosts that report errors as text). */
export function isErrorText(s: string): boolean {
  return ERROR_TEXTS.has(s.trim().toUpperCase());
}

export function rowCount(sheet: SheetSnapshot): number {
  return sheet.values.length;
}

export function colCount(sheet: SheetSnapshot): number {
  let n = 0;
  for (const row of sheet.values) if (row.length > n) n = row.length;
  return n;
}

export function cellAt(sheet: SheetSnapshot, r: number, c: number): CellValue {
  const row = sheet.values[r];
  if (!row) return null;
  const v = row[c];
  return v === undefined ? null : v;
}

export function formulaAt(sheet: SheetSnapshot, r: number, c: number): string | null {
  const v = sheet.formulas?.[r]?.[c];
  return v ? v : null;
}

export function numberFormatAt(sheet: SheetSnapshot, r: number, c: number): string | null {
  const v = sheet.numberFormats?.[r]?.[c];
  return v ? v : null;
}

/** The alignment indent level of a cell (0 where the host gave none). */
export function indentAt(sheet: SheetSnapshot, r: number, c: number): number {
  const v = sheet.indents?.[r]?.[c];
  return typeof v === "number" && v > 0 ? v : 0;
}

/** Text of a cell as a label: trimmed, inner spaces removed ("合 计" → "合计"). */
export function labelAt(sheet: SheetSnapshot, r: number, c: number): string {
  const v = cellAt(sheet, r, c);
  if (typeof v !== "string") return "";
  return v.replace(/[\s\u3000]+/g, "");
}

export function isEmptyValue(v: CellValue): boolean {
  return v === null || (typeof v === "string" && v.trim() === "");
}

/** The merge a cell belongs to, if any. */
export function mergeAt(sheet: SheetSnapshot, r: number, c: number): RangeRef | undefined {
  return sheet.merges?.find((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right);
}
