/**
 * Office.js → WorkbookSnapshot in a constant number of round trips:
 *   sync 1  the worksheets (names, visibility);
 *   sync 2  every sheet's used range (position, size, whether its rows/columns are hidden);
 *   sync 3  merged areas and visible cells of every sheet, and the cell contents of as many
 *           row chunks of as many sheets as fit under the 5 MB limit of Excel on the web.
 * A workbook whose cells do not fit one response takes further syncs, one per ~4 MB of cells,
 * however many sheets it has.
 */
import type { CellValue, RangeRef, SheetSnapshot, WorkbookSnapshot } from "../../engine/grid";
import type { Progress } from "../host";
import { toCellValue, toFormula } from "./cells";
import {
  MAX_CELLS_PER_SHEET,
  MAX_CELLS_PER_WORKBOOK,
  SYNC_BUDGET_BYTES,
  excelApi,
  isPayloadLimitError,
  jsonBytes,
} from "./limits";
import { UNDO_SHEET } from "./records";

export interface ReadOptions {
  readonly maxCellsPerSheet?: number;
  readonly maxCellsPerWorkbook?: number;
  /** bytes one sync may carry (tests lower it) */
  readonly budgetBytes?: number;
}

/**
 * First guess of the JSON bytes one cell costs in the first data sync (values, number formats and,
 * until the formula areas are known, formulas): 19–24 bytes measured on clerk-like sheets. A
 * workbook that fits one response at the lower figure is read in one go (a 20,000-row, 10-sheet
 * workbook: 3 syncs in all); a larger one is cut at the higher figure, since it takes several
 * syncs anyway and a refused batch would cost one more. A guess still too low is corrected by the
 * host refusing the batch (split and read again); after each sync the measured cost is used.
 */
const SMALL_WORKBOOK_BYTES_PER_CELL = 20;
const INITIAL_BYTES_PER_CELL = 24;
const MAX_RETRIES = 12;
/** formula areas in one chunk beyond which the chunk's whole formulas array is cheaper */
const MAX_FORMULA_CLIPS = 64;
/** rows per getMergedAreas call when the whole used range has too many merges */
const MERGE_BAND_ROWS = 64;

interface SheetPlan {
  readonly name: string;
  readonly hidden: boolean;
  readonly sheet: Excel.Worksheet;
  readonly used: { top: number; left: number; rows: number; cols: number } | null;
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
}

interface Chunk {
  readonly plan: SheetPlan;
  readonly r0: number;
  readonly n: number;
  readonly range: Excel.Range;
  /** formulas loaded with the chunk (else from `clips`, or the chunk has none) */
  readonly withFormulas: boolean;
  /** lean reading: the chunk's formula cells, read on their own */
  readonly clips: ReadonlyArray<{ readonly rect: RangeRef; readonly range: Excel.Range }>;
}

interface Extras {
  readonly plan: SheetPlan;
  readonly merges?: Excel.RangeAreas[];
  readonly visible?: Excel.RangeAreas;
  readonly errors?: Excel.RangeAreas[];
  readonly formulaCells?: Excel.RangeAreas;
}

/**
 * Read every worksheet (except the add-in's own undo sheet) into a plain snapshot. The grid
 * starts at A1 whatever the used range; a sheet with more cells than the limits allow is cut
 * after whole rows and marked `truncated` with its full extent.
 */
export async function readWorkbookSnapshot(
  context: Excel.RequestContext,
  onProgress?: (p: Progress) => void,
  options: ReadOptions = {},
): Promise<WorkbookSnapshot> {
  const budget = options.budgetBytes ?? SYNC_BUDGET_BYTES;
  const perSheet = options.maxCellsPerSheet ?? MAX_CELLS_PER_SHEET;
  let workbookLeft = options.maxCellsPerWorkbook ?? MAX_CELLS_PER_WORKBOOK;
  const report = (fraction: number) => onProgress?.({ phase: "read", fraction: Math.min(1, fraction) });

  // sync 1: the sheets
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility");
  await context.sync();
  const sheets = worksheets.items.filter((ws) => ws.name !== UNDO_SHEET);

  // sync 2: used ranges
  const used = sheets.map((ws) => {
    const r = ws.getUsedRangeOrNullObject(true);
    r.load("rowIndex,columnIndex,rowCount,columnCount,rowHidden,columnHidden");
    return r;
  });
  await context.sync();
  report(0.05);

  const plans: SheetPlan[] = sheets.map((ws, i) => {
    const u = used[i];
    const base = {
      name: ws.name,
      hidden: ws.visibility !== "Visible",
      sheet: ws,
      values: [] as CellValue[][],
      formulas: [] as Array<Array<string | null> | undefined>,
      numberFormats: [] as Array<Array<string | null> | undefined>,
      merges: [] as RangeRef[],
      hiddenRows: [] as number[],
      hiddenCols: [] as number[],
      errorAreas: [] as RangeRef[],
      formulaAreas: null as RangeRef[] | null,
      nextRow: 0,
    };
    if (u.isNullObject) return { ...base, used: null, rowHidden: false, columnHidden: false, readRows: 0 };
    const dims = { top: u.rowIndex, left: u.columnIndex, rows: u.rowCount, cols: u.columnCount };
    const allowed = Math.max(0, Math.min(perSheet, workbookLeft));
    const readRows = Math.min(dims.rows, Math.floor(allowed / dims.cols));
    workbookLeft -= readRows * dims.cols;
    return { ...base, used: dims, rowHidden: u.rowHidden, columnHidden: u.columnHidden, readRows };
  });

  const totalCells = plans.reduce((n, p) => n + (p.used ? p.readRows * p.used.cols : 0), 0);
  let cellsRead = 0;
  let bytesPerCell =
    totalCells * SMALL_WORKBOOK_BYTES_PER_CELL <= budget ? SMALL_WORKBOOK_BYTES_PER_CELL : INITIAL_BYTES_PER_CELL;
  // Excel refuses getMergedAreas over more than 512 merged areas: then ask again band by band,
  // and as a last resort go without merges rather than without a snapshot
  let mergeMode: "whole" | "bands" | "none" = excelApi(13) ? "whole" : "none";
  let canVisible = excelApi(9);
  // lean reading (ExcelApi 1.9): where the errors and the formulas are comes from special cells,
  // so the chunks need neither valueTypes nor a formulas array that repeats every constant
  let lean = excelApi(9);
  const AREA_PROPS = "items/rowIndex,items/columnIndex,items/rowCount,items/columnCount";
  let extrasPending = plans.some((p) => p.used);
  const pendingRows = () => plans.some((p) => p.used && p.nextRow < p.readRows);

  // sync 3…: merges, visible cells, and row chunks batched across sheets
  let retries = 0;
  while (extrasPending || pendingRows()) {
    const extras: Extras[] = [];
    if (extrasPending) {
      for (const p of plans) {
        if (!p.used) continue;
        const whole = p.sheet.getRangeByIndexes(p.used.top, p.used.left, p.used.rows, p.used.cols);
        let merges: Excel.RangeAreas[] | undefined;
        let visible: Excel.RangeAreas | undefined;
        if (mergeMode !== "none") {
          const parts =
            mergeMode === "whole"
              ? [whole]
              : Array.from({ length: Math.ceil(p.readRows / MERGE_BAND_ROWS) }, (_, b) =>
                  p.sheet.getRangeByIndexes(
                    p.used!.top + b * MERGE_BAND_ROWS,
                    p.used!.left,
                    Math.min(MERGE_BAND_ROWS, p.readRows - b * MERGE_BAND_ROWS),
                    p.used!.cols,
                  ),
                );
          merges = parts.map((part) => {
            const m = part.getMergedAreasOrNullObject();
            m.areas.load(AREA_PROPS);
            return m;
          });
        }
        if (canVisible && (p.rowHidden === null || p.columnHidden === null)) {
          visible = whole.getSpecialCellsOrNullObject("Visible");
          visible.areas.load(AREA_PROPS);
        }
        let errors: Excel.RangeAreas[] | undefined;
        let formulaCells: Excel.RangeAreas | undefined;
        if (lean) {
          errors = [whole.getSpecialCellsOrNullObject("Constants", "Errors"), whole.getSpecialCellsOrNullObject("Formulas", "Errors")];
          for (const e of errors) e.areas.load(AREA_PROPS);
          formulaCells = whole.getSpecialCellsOrNullObject("Formulas");
          formulaCells.areas.load(AREA_PROPS);
        }
        extras.push({ plan: p, merges, visible, errors, formulaCells });
      }
    }
    const chunks: Chunk[] = [];
    let left = budget;
    // after two refusals with the extras aboard, send the extras on their own
    const extrasAlone = extrasPending && retries >= 2;
    for (const p of extrasAlone ? [] : plans) {
      if (!p.used) continue;
      while (p.nextRow < p.readRows) {
        const rowBytes = p.used.cols * bytesPerCell;
        let n = Math.min(p.readRows - p.nextRow, Math.floor(left / rowBytes));
        if (n < 1) {
          if (chunks.length > 0) break; // next sync
          n = 1; // a single row always goes
        }
        const top = p.used.top + p.nextRow;
        const range = p.sheet.getRangeByIndexes(top, p.used.left, n, p.used.cols);
        let clipRects: RangeRef[] = [];
        if (lean && p.formulaAreas) {
          for (const a of p.formulaAreas)
            if (a.top <= top + n - 1 && a.bottom >= top)
              clipRects.push({ ...a, top: Math.max(a.top, top), bottom: Math.min(a.bottom, top + n - 1) });
        }
        // scattered formulas: one formulas array for the chunk costs less than many small ranges
        const withFormulas = !lean || p.formulaAreas === null || clipRects.length > MAX_FORMULA_CLIPS;
        if (withFormulas) clipRects = [];
        range.load(lean ? (withFormulas ? "values,formulas,numberFormat" : "values,numberFormat") : "values,formulas,numberFormat,valueTypes");
        const clips = clipRects.map((rect) => {
          const r = p.sheet.getRangeByIndexes(rect.top, rect.left, rect.bottom - rect.top + 1, rect.right - rect.left + 1);
          r.load("formulas");
          return { rect, range: r };
        });
        chunks.push({ plan: p, r0: p.nextRow, n, range, withFormulas, clips });
        p.nextRow += n;
        left -= n * rowBytes;
        for (const c of clipRects) left -= (c.bottom - c.top + 1) * (c.right - c.left + 1) * bytesPerCell;
      }
      if (left < p.used.cols * bytesPerCell && chunks.length > 0) break;
    }

    try {
      await context.sync();
    } catch (e) {
      if (!isPayloadLimitError(e) && extrasPending && mergeMode !== "none") {
        for (const c of chunks) c.plan.nextRow = Math.min(c.plan.nextRow, c.r0);
        mergeMode = mergeMode === "whole" ? "bands" : "none";
        continue;
      }
      if (!isPayloadLimitError(e) || retries >= MAX_RETRIES || (chunks.length === 1 && chunks[0].n === 1 && !extras.length))
        throw e;
      retries++;
      if (extrasPending && retries === 3) lean = false; // the error/formula areas are too many
      if (extrasPending && retries === 4) {
        canVisible = false;
        mergeMode = "none";
      }
      // put the rows back and try again with smaller chunks
      for (const c of chunks) c.plan.nextRow = Math.min(c.plan.nextRow, c.r0);
      bytesPerCell *= 4;
      continue;
    }
    retries = 0;

    if (extrasPending) {
      for (const x of extras) collectExtras(x);
      extrasPending = false;
    }
    let observed = 0;
    let observedCells = 0;
    for (const c of chunks) {
      const { values, numberFormat } = c.range;
      const formulas = c.withFormulas ? c.range.formulas : undefined;
      const valueTypes = lean ? undefined : c.range.valueTypes;
      // measure a sample of rows: exact enough, and cheap on big chunks
      const step = Math.max(1, Math.floor(c.n / 64));
      let sampled = 0;
      for (let i = 0; i < c.n; i += step) {
        observed += jsonBytes([values[i], formulas?.[i] ?? null, numberFormat[i], valueTypes?.[i] ?? null]);
        sampled++;
      }
      observedCells += sampled * c.plan.used!.cols;
      cellsRead += c.n * c.plan.used!.cols;
      storeRows(c, values, formulas, numberFormat, valueTypes);
      for (const clip of c.clips) storeFormulas(c.plan, clip.rect, clip.range.formulas);
    }
    if (observedCells > 0) {
      // learn the real cost per cell; keep a margin for rows heavier than these
      bytesPerCell = Math.max(4, (observed / observedCells) * 1.25);
    }
    report(0.05 + 0.95 * (totalCells ? cellsRead / totalCells : 1));
  }

  report(1);
  return { sheets: plans.map(toSheetSnapshot) };
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

function collectExtras(x: Extras): void {
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

function storeFormulas(p: SheetPlan, rect: RangeRef, formulas: unknown[][]): void {
  const width = p.used!.left + p.used!.cols;
  for (let r = rect.top; r <= rect.bottom; r++) {
    for (let c = rect.left; c <= rect.right; c++) {
      const f = formulas[r - rect.top][c - rect.left];
      // these cells are known to hold formulas: no need to tell "=x" text apart
      if (typeof f === "string" && f.startsWith("=")) (p.formulas[r] ??= new Array(width).fill(null))[c] = f;
    }
  }
}

function storeRows(
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

function toSheetSnapshot(p: SheetPlan): SheetSnapshot {
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
