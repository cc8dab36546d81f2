/**
 * One worksheet while the snapshot reads it (snapshot.ts): its used range, what has been read so
 * far, and how what Office.js returned becomes the engine's SheetSnapshot. No round trip here:
 * these functions take what a sync loaded.
 */
import type { CellValue, RangeRef, SheetSnapshot } from "../../engine/grid";
import { toCellValue, toFormula } from "./cells";

export interface UsedArea {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly cols: number;
}

export interface SheetPlan {
  readonly name: string;
  readonly hidden: boolean;
  readonly sheet: Excel.Worksheet;
  readonly used: UsedArea | null;
  readonly rowHidden: boolean | null;
  readonly columnHidden: boolean | null;
  /** rows of the used range that are read (≤ used.rows) */
  readonly readRows: number;
  values: CellValue[][];
  formulas: Array<Array<string | null> | undefined>;
  numberFormats: Array<Array<string | null> | undefined>;
  merges: RangeRef[];
  hiddenRows: number[];
  hiddenCols: number[];
  /** cells holding an error value (lean reading: errors arrive as text in `values`) */
  errorAreas: RangeRef[];
  /** cells holding a formula; null until known */
  formulaAreas: RangeRef[] | null;
  /** next used-range row (relative) not yet requested */
  nextRow: number;
  /** alignment indent levels of the label columns (format.indentLevel), sparse */
  indents: Array<Array<number | null> | undefined>;
}

/** A sheet about to be read: `readRows` of its used range (0 for an empty sheet). */
export function sheetPlan(
  sheet: Excel.Worksheet,
  used: UsedArea | null,
  readRows: number,
  hidden: { rows: boolean | null; columns: boolean | null },
): SheetPlan {
  return {
    name: sheet.name,
    hidden: sheet.visibility !== "Visible",
    sheet,
    used,
    rowHidden: hidden.rows,
    columnHidden: hidden.columns,
    readRows,
    values: [],
    formulas: [],
    numberFormats: [],
    merges: [],
    hiddenRows: [],
    hiddenCols: [],
    errorAreas: [],
    formulaAreas: null,
    nextRow: 0,
    indents: [],
  };
}

/** A band of rows of one sheet requested in one sync. */
export interface Chunk {
  readonly plan: SheetPlan;
  readonly r0: number;
  readonly n: number;
  readonly range: Excel.Range;
  /** formulas loaded with the chunk (else from `clips`, or the chunk has none) */
  readonly withFormulas: boolean;
  /** lean reading: the chunk's formula cells, read on their own */
  readonly clips: ReadonlyArray<{ readonly rect: RangeRef; readonly range: Excel.Range }>;
  /** the indent levels of the chunk's first label columns, read in the same sync (snapshot.ts INDENT_COLS) */
  readonly indents?: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
}

/** What is read once per sheet, with the first cells: merges, visible cells, errors, formulas. */
export interface Extras {
  readonly plan: SheetPlan;
  readonly merges?: Excel.RangeAreas[];
  readonly visible?: Excel.RangeAreas;
  readonly errors?: Excel.RangeAreas[];
  readonly formulaCells?: Excel.RangeAreas;
}

function areasOf(areas: Excel.RangeAreas | undefined): RangeRef[] | null {
  if (!areas || areas.isNullObject) return null;
  return areas.areas.items.map((a) => ({
    top: a.rowIndex,
    left: a.columnIndex,
    bottom: a.rowIndex + a.rowCount - 1,
    right: a.columnIndex + a.columnCount - 1,
  }));
}

export function collectExtras(x: Extras): void {
  const p = x.plan;
  const u = p.used!;
  const seen = new Set<string>();
  p.merges = [];
  for (const part of x.merges ?? [])
    for (const m of areasOf(part) ?? []) {
      const key = `${m.top},${m.left},${m.bottom},${m.right}`;
      if (!seen.has(key)) {
        seen.add(key);
        p.merges.push(m);
      }
    }
  p.merges.sort((a, b) => a.top - b.top || a.left - b.left);
  p.errorAreas = (x.errors ?? []).flatMap((e) => areasOf(e) ?? []);
  if (x.formulaCells) p.formulaAreas = areasOf(x.formulaCells) ?? [];
  const rowsAll = Array.from({ length: p.readRows }, (_, i) => u.top + i);
  const colsAll = Array.from({ length: u.cols }, (_, i) => u.left + i);
  if (p.rowHidden === true) p.hiddenRows = rowsAll;
  if (p.columnHidden === true) p.hiddenCols = colsAll;
  const visible = x.visible ? areasOf(x.visible) : null;
  if (visible) {
    const rows = new Set<number>();
    const cols = new Set<number>();
    for (const a of visible) {
      for (let r = a.top; r <= a.bottom; r++) rows.add(r);
      for (let c = a.left; c <= a.right; c++) cols.add(c);
    }
    if (p.rowHidden === null) p.hiddenRows = rowsAll.filter((r) => !rows.has(r));
    if (p.columnHidden === null) p.hiddenCols = colsAll.filter((c) => !cols.has(c));
  }
}

export function storeFormulas(p: SheetPlan, rect: RangeRef, formulas: unknown[][]): void {
  const width = p.used!.left + p.used!.cols;
  for (let r = rect.top; r <= rect.bottom; r++) {
    for (let c = rect.left; c <= rect.right; c++) {
      const f = formulas[r - rect.top][c - rect.left];
      // these cells are known to hold formulas: no need to tell "=x" text apart
      if (typeof f === "string" && f.startsWith("=")) (p.formulas[r] ??= new Array(width).fill(null))[c] = f;
    }
  }
}

export function storeRows(
  c: Chunk,
  values: unknown[][],
  formulas: unknown[][] | undefined,
  formats: unknown[][],
  types: string[][] | undefined,
): void {
  const p = c.plan;
  const u = p.used!;
  for (let i = 0; i < c.n; i++) {
    const r = u.top + c.r0 + i;
    const row: CellValue[] = new Array(u.left + u.cols).fill(null);
    let frow: Array<string | null> | undefined;
    let nrow: Array<string | null> | undefined;
    for (let j = 0; j < u.cols; j++) {
      const v = values[i][j];
      row[u.left + j] = toCellValue(v, types?.[i][j]);
      const f = formulas ? toFormula(formulas[i][j], v) : null;
      if (f) (frow ??= new Array(u.left + u.cols).fill(null))[u.left + j] = f;
      const n = formats[i][j];
      if (typeof n === "string" && n !== "General") (nrow ??= new Array(u.left + u.cols).fill(null))[u.left + j] = n;
    }
    p.values[r] = row;
    if (frow) p.formulas[r] = frow;
    if (nrow) p.numberFormats[r] = nrow;
  }
}

/** Indent levels of the text cells among a chunk's label columns. */
export function storeIndents(c: Chunk, props: ReadonlyArray<ReadonlyArray<Excel.CellProperties>>): void {
  const p = c.plan;
  const u = p.used!;
  for (let i = 0; i < c.n && i < props.length; i++) {
    const r = u.top + c.r0 + i;
    for (let j = 0; j < props[i].length; j++) {
      const level = props[i][j]?.format?.indentLevel;
      if (typeof level !== "number" || level <= 0 || typeof p.values[r]?.[u.left + j] !== "string") continue;
      (p.indents[r] ??= [])[u.left + j] = level;
    }
  }
}

export function toSheetSnapshot(p: SheetPlan): SheetSnapshot {
  const u = p.used;
  const rows = u ? u.top + p.readRows : 0;
  for (const a of p.errorAreas)
    for (let r = a.top; r <= Math.min(a.bottom, rows - 1); r++)
      for (let c = a.left; c <= a.right; c++) {
        const v = p.values[r]?.[c];
        if (typeof v === "string") p.values[r][c] = { error: v };
      }
  const values: CellValue[][] = [];
  for (let r = 0; r < rows; r++) values.push(p.values[r] ?? []);
  const truncated = u && p.readRows < u.rows ? { rows: u.top + u.rows, cols: u.left + u.cols } : undefined;
  const merges = p.merges.filter((m) => m.top < rows);
  return {
    name: p.name,
    values,
    ...(p.formulas.some(Boolean) ? { formulas: padSparse(p.formulas, rows) } : {}),
    ...(p.numberFormats.some(Boolean) ? { numberFormats: padSparse(p.numberFormats, rows) } : {}),
    ...(p.indents.some(Boolean) ? { indents: padSparse(p.indents, rows) } : {}),
    ...(merges.length ? { merges } : {}),
    ...(p.hiddenRows.length ? { hiddenRows: p.hiddenRows } : {}),
    ...(p.hiddenCols.length ? { hiddenCols: p.hiddenCols } : {}),
    ...(p.hidden ? { hidden: true } : {}),
    ...(truncated ? { truncated } : {}),
  };
}

function padSparse<T>(rows: Array<T | undefined>, n: number): Array<T | undefined> {
  const out: Array<T | undefined> = new Array(n);
  for (let r = 0; r < n; r++) out[r] = rows[r];
  return out;
}
