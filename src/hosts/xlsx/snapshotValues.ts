/**
 * What the two ways of reading an .xlsx share (read.ts through ExcelJS, direct.ts from the
 * sheet XML): the options, the first look at the bytes, ExcelJS's values mapped to snapshot
 * values, the inspection's warnings put on their sheets. No ExcelJS here: the CLI's read-only
 * path loads ExcelJS only when a workbook needs it (direct.ts).
 */
import type { CellValue, RangeRef, SheetSnapshot, WorkbookSnapshot } from "../../engine/grid";
import type { ReadWarning } from "./inspect";
import { XlsxReadError } from "./read-error";

export interface ReadOptions {
  /** rows kept per sheet; beyond it the sheet is cut and marked `truncated` */
  readonly maxRows?: number;
  /** columns kept per sheet */
  readonly maxCols?: number;
}

export const DEFAULT_MAX_ROWS = 50_000;
export const DEFAULT_MAX_COLS = 512;

const MS_PER_DAY = 86_400_000;
/** Excel's day 0 (1900 system, with its 1900-02-29 quirk folded in): 1899-12-30 */
export const EPOCH_1900 = Date.UTC(1899, 11, 30);
export const EPOCH_1904 = Date.UTC(1904, 0, 1);

export function toBytes(data: ArrayBuffer | Uint8Array): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

/** Refuse what is clearly not an .xlsx before handing it to the zip reader. */
export function sniff(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new XlsxReadError("the file is empty, not an .xlsx workbook");
  const b = bytes;
  if (b.length >= 4 && b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0) {
    throw new XlsxReadError(
      "this is an old .xls (Excel 97-2003) file or an encrypted workbook; save it as .xlsx and try again",
    );
  }
  if (!(b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 0x03 || b[2] === 0x05))) {
    throw new XlsxReadError("not an .xlsx workbook (the file is not a zip archive)");
  }
}

export function withReadWarnings(snapshot: WorkbookSnapshot, warnings: ReadonlyMap<string, ReadWarning[]>): WorkbookSnapshot {
  return {
    ...snapshot,
    sheets: snapshot.sheets.map((s) => {
      const w = warnings.get(s.name);
      return w ? { ...s, readWarnings: [...(s.readWarnings ?? []), ...w] } : s;
    }),
  };
}

/** Excel serial day number of a date ExcelJS decoded (it decodes serials as UTC). */
export function dateToSerial(d: Date, epoch = EPOCH_1900): number {
  return (d.getTime() - epoch) / MS_PER_DAY;
}

function richTextOf(v: { richText: ReadonlyArray<{ text: string }> }): string {
  return v.richText.map((r) => r.text ?? "").join("");
}

/** Map one ExcelJS value (a cell's value or a formula's result) to a snapshot value. */
export function mapValue(v: unknown, epoch = EPOCH_1900): CellValue {
  if (v === null || v === undefined) return null;
  // a number beyond a double's range (a damaged file's 1e309) is not a value: Excel's #NUM!
  if (typeof v === "number") return Number.isFinite(v) ? v : { error: "#NUM!" };
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : dateToSerial(v, epoch);
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (typeof o.error === "string") return { error: o.error };
    if (Array.isArray(o.richText)) return richTextOf(o as { richText: { text: string }[] });
    if ("text" in o && "hyperlink" in o) return mapValue(o.text, epoch);
    if ("formula" in o || "sharedFormula" in o) return mapValue(o.result, epoch);
    if ("result" in o) return mapValue(o.result, epoch);
  }
  return null;
}

/** What a reader gathered from one sheet, before it is a snapshot. */
export interface GatheredSheet {
  readonly name: string;
  readonly hidden: boolean;
  readonly values: (CellValue | undefined)[][];
  readonly formulas: (string | null)[][];
  readonly numberFormats: (string | null)[][];
  readonly indents: (number | null)[][];
  readonly hiddenRows: number[];
  readonly hiddenCols: number[];
  /** merged ranges over the whole sheet (those outside the kept part are left out here) */
  readonly merges: RangeRef[];
  readonly anyFormula: boolean;
  readonly anyFormat: boolean;
  /** the sheet's full extent: last row and column holding a value */
  readonly fullRows: number;
  readonly fullCols: number;
  readonly maxRows: number;
  readonly maxCols: number;
}

/**
 * One sheet's snapshot, as both readers (direct.ts and read.ts) give it: dense outer arrays (a
 * row with nothing is an empty array), holes inside a row null, at most `maxRows` rows; optional
 * parts only when present; `truncated` with the full extent when the sheet was cut, so the UI
 * can say how much was left out.
 */
export function sheetSnapshot(g: GatheredSheet): SheetSnapshot {
  const { values, fullRows, fullCols, maxRows, maxCols } = g;
  const keptRows = Math.min(fullRows, maxRows);
  for (let r = 0; r < keptRows; r++) {
    const row = values[r];
    if (!row) values[r] = [];
    else for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = null;
  }
  values.length = keptRows;
  const merges = g.merges.filter((m) => m.top < maxRows && m.left < maxCols);
  const truncated = fullRows > maxRows || fullCols > maxCols ? { rows: fullRows, cols: fullCols } : undefined;
  return {
    name: g.name,
    values: values as CellValue[][],
    ...(g.anyFormula ? { formulas: g.formulas } : {}),
    ...(g.anyFormat ? { numberFormats: g.numberFormats } : {}),
    ...(merges.length ? { merges } : {}),
    ...(g.indents.length ? { indents: g.indents } : {}),
    ...(g.hiddenRows.length ? { hiddenRows: g.hiddenRows } : {}),
    ...(g.hiddenCols.length ? { hiddenCols: g.hiddenCols } : {}),
    ...(g.hidden ? { hidden: true } : {}),
    ...(truncated ? { truncated } : {}),
  };
}
