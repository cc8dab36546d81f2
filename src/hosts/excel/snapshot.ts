/**
 * Office.js → WorkbookSnapshot in a constant number of round trips:
 *   sync 1  the worksheets (names, visibility);
 *   sync 2  every sheet's used range (position, size, whether its rows/columns are hidden);
 *   sync 3  merged areas and visible cells of every sheet, and the cell contents of as many
 *           row chunks of as many sheets as fit under the 5 MB limit of Excel on the web.
 * A workbook whose cells do not fit one response takes further syncs, one per ~4 MB of cells,
 * however many sheets it has. Each sync is one function below (listSheets, measureSheets,
 * readBatch); sheetPlan.ts turns what they load into the engine's snapshot.
 */
import type { RangeRef, WorkbookSnapshot } from "../../engine/grid";
import type { Progress } from "../host";
import { MAX_CELLS_PER_SHEET, MAX_CELLS_PER_WORKBOOK, excelApi, isPayloadLimitError, jsonBytes, syncBudget, type BudgetOptions } from "./limits";
import { UNDO_SHEET } from "./records";
import { collectExtras, sheetPlan, storeFormulas, storeIndents, storeRows, toSheetSnapshot, type Chunk, type Extras, type SheetPlan } from "./sheetPlan";

export interface ReadOptions extends BudgetOptions {
  readonly maxCellsPerSheet?: number;
  readonly maxCellsPerWorkbook?: number;
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

/**
 * Label columns whose alignment indent is read (增加缩进: a row indented under another is its
 * part): the first few columns of the used range, where labels are; about 30 bytes a cell.
 */
const INDENT_COLS = 4;
const INDENT_BYTES = 32;

const AREA_PROPS = "items/rowIndex,items/columnIndex,items/rowCount,items/columnCount";

/** How the batched reads go; what Excel refuses changes it (readBatch). */
interface ReadState {
  /** estimated JSON bytes of one cell in a response, learnt after each sync */
  bytesPerCell: number;
  /** Excel refuses getMergedAreas over more than 512 merged areas: then band by band, and as a last resort none */
  mergeMode: "whole" | "bands" | "none";
  canVisible: boolean;
  /**
   * lean reading (ExcelApi 1.9): where the errors and the formulas are comes from special cells,
   * so the chunks need neither valueTypes nor a formulas array that repeats every constant
   */
  lean: boolean;
  /** merges, visible cells, errors and formula areas not yet read */
  extrasPending: boolean;
  /** refusals in a row */
  retries: number;
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
  const { budget, report } = syncBudget(options, "read", onProgress);
  const sheets = await listSheets(context);
  const plans = await measureSheets(context, sheets, options);
  report(0.05);

  const totalCells = plans.reduce((n, p) => n + (p.used ? p.readRows * p.used.cols : 0), 0);
  const state: ReadState = {
    // a workbook that fits one response at the lower figure is read in one go
    bytesPerCell: totalCells * SMALL_WORKBOOK_BYTES_PER_CELL <= budget ? SMALL_WORKBOOK_BYTES_PER_CELL : INITIAL_BYTES_PER_CELL,
    mergeMode: excelApi(13) ? "whole" : "none",
    canVisible: excelApi(9),
    lean: excelApi(9),
    extrasPending: plans.some((p) => p.used),
    retries: 0,
  };
  const pendingRows = () => plans.some((p) => p.used && p.nextRow < p.readRows);
  let cellsRead = 0;
  while (state.extrasPending || pendingRows()) {
    cellsRead += await readBatch(context, plans, state, budget);
    report(0.05 + 0.95 * (totalCells ? cellsRead / totalCells : 1));
  }
  report(1);
  return { sheets: plans.map(toSheetSnapshot) };
}

/** sync 1: the sheets, their names and visibility */
async function listSheets(context: Excel.RequestContext): Promise<Excel.Worksheet[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility");
  await context.sync();
  return worksheets.items.filter((ws) => ws.name !== UNDO_SHEET);
}

/** sync 2: every sheet's used range, and how many of its rows the cell limits let in */
async function measureSheets(context: Excel.RequestContext, sheets: ReadonlyArray<Excel.Worksheet>, options: ReadOptions): Promise<SheetPlan[]> {
  const perSheet = options.maxCellsPerSheet ?? MAX_CELLS_PER_SHEET;
  let workbookLeft = options.maxCellsPerWorkbook ?? MAX_CELLS_PER_WORKBOOK;
  const used = sheets.map((ws) => {
    const r = ws.getUsedRangeOrNullObject(true);
    r.load("rowIndex,columnIndex,rowCount,columnCount,rowHidden,columnHidden");
    return r;
  });
  await context.sync();
  return sheets.map((ws, i) => {
    const u = used[i];
    if (u.isNullObject) return sheetPlan(ws, null, 0, { rows: false, columns: false });
    const dims = { top: u.rowIndex, left: u.columnIndex, rows: u.rowCount, cols: u.columnCount };
    const allowed = Math.max(0, Math.min(perSheet, workbookLeft));
    const readRows = Math.min(dims.rows, Math.floor(allowed / dims.cols));
    workbookLeft -= readRows * dims.cols;
    return sheetPlan(ws, dims, readRows, { rows: u.rowHidden, columns: u.columnHidden });
  });
}

/**
 * sync 3…: one request: the extras while pending, and as many row chunks of as many sheets as the
 * budget lets in. Returns the cells read (0 when Excel refused the batch and it is to be tried again
 * smaller); throws when it cannot be made smaller.
 */
async function readBatch(context: Excel.RequestContext, plans: ReadonlyArray<SheetPlan>, state: ReadState, budget: number): Promise<number> {
  const extras = state.extrasPending ? plans.filter((p) => p.used).map((p) => queueExtras(p, state)) : [];
  // after two refusals with the extras aboard, send the extras on their own
  const extrasAlone = state.extrasPending && state.retries >= 2;
  const chunks = extrasAlone ? [] : queueChunks(plans, state, budget);
  try {
    await context.sync();
  } catch (e) {
    // put the rows back, change how they are asked for, and try again
    for (const c of chunks) c.plan.nextRow = Math.min(c.plan.nextRow, c.r0);
    afterRefusal(e, state, chunks, extras.length > 0);
    return 0;
  }
  state.retries = 0;
  if (state.extrasPending) {
    for (const x of extras) collectExtras(x);
    state.extrasPending = false;
  }
  return storeChunks(chunks, state);
}

/** What one sheet's extras ask for (merges, visible cells, error and formula areas), queued. */
function queueExtras(p: SheetPlan, state: ReadState): Extras {
  const u = p.used!;
  const whole = p.sheet.getRangeByIndexes(u.top, u.left, u.rows, u.cols);
  let merges: Excel.RangeAreas[] | undefined;
  let visible: Excel.RangeAreas | undefined;
  if (state.mergeMode !== "none") {
    const parts =
      state.mergeMode === "whole"
        ? [whole]
        : Array.from({ length: Math.ceil(p.readRows / MERGE_BAND_ROWS) }, (_, b) =>
            p.sheet.getRangeByIndexes(u.top + b * MERGE_BAND_ROWS, u.left, Math.min(MERGE_BAND_ROWS, p.readRows - b * MERGE_BAND_ROWS), u.cols),
          );
    merges = parts.map((part) => {
      const m = part.getMergedAreasOrNullObject();
      m.areas.load(AREA_PROPS);
      return m;
    });
  }
  if (state.canVisible && (p.rowHidden === null || p.columnHidden === null)) {
    visible = whole.getSpecialCellsOrNullObject("Visible");
    visible.areas.load(AREA_PROPS);
  }
  let errors: Excel.RangeAreas[] | undefined;
  let formulaCells: Excel.RangeAreas | undefined;
  if (state.lean) {
    errors = [whole.getSpecialCellsOrNullObject("Constants", "Errors"), whole.getSpecialCellsOrNullObject("Formulas", "Errors")];
    for (const e of errors) e.areas.load(AREA_PROPS);
    formulaCells = whole.getSpecialCellsOrNullObject("Formulas");
    formulaCells.areas.load(AREA_PROPS);
  }
  return { plan: p, merges, visible, errors, formulaCells };
}

/** Row chunks batched across sheets under the budget, queued (a single row always goes). */
function queueChunks(plans: ReadonlyArray<SheetPlan>, state: ReadState, budget: number): Chunk[] {
  const chunks: Chunk[] = [];
  let left = budget;
  for (const p of plans) {
    if (!p.used) continue;
    while (p.nextRow < p.readRows) {
      const rowBytes = p.used.cols * state.bytesPerCell;
      let n = Math.min(p.readRows - p.nextRow, Math.floor(left / rowBytes));
      if (n < 1) {
        if (chunks.length > 0) break; // next sync
        n = 1;
      }
      const chunk = queueChunk(p, n, state.lean);
      chunks.push(chunk);
      p.nextRow += n;
      left -= n * rowBytes + (chunk.indents ? n * Math.min(p.used.cols, INDENT_COLS) * INDENT_BYTES : 0);
      for (const c of chunk.clips) left -= (c.rect.bottom - c.rect.top + 1) * (c.rect.right - c.rect.left + 1) * state.bytesPerCell;
    }
    if (left < p.used.cols * state.bytesPerCell && chunks.length > 0) break;
  }
  return chunks;
}

/** `n` rows of a sheet from its next row: values and formats, and formulas as cheaply as known. */
function queueChunk(p: SheetPlan, n: number, lean: boolean): Chunk {
  const u = p.used!;
  const top = u.top + p.nextRow;
  const range = p.sheet.getRangeByIndexes(top, u.left, n, u.cols);
  let clipRects: RangeRef[] = [];
  if (lean && p.formulaAreas) {
    for (const a of p.formulaAreas)
      if (a.top <= top + n - 1 && a.bottom >= top) clipRects.push({ ...a, top: Math.max(a.top, top), bottom: Math.min(a.bottom, top + n - 1) });
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
  // the label columns' indent, in the same sync (ExcelApi 1.9 getCellProperties; a host library
  // without it, such as the tests' in-memory Excel, gives no indent)
  const labels = excelApi(9) ? p.sheet.getRangeByIndexes(top, u.left, n, Math.min(u.cols, INDENT_COLS)) : undefined;
  const indents = labels && typeof labels.getCellProperties === "function" ? labels.getCellProperties({ format: { indentLevel: true } }) : undefined;
  return { plan: p, r0: p.nextRow, n, range, withFormulas, clips, ...(indents ? { indents } : {}) };
}

/** Excel refused a batch: ask differently next time, or give up (the error goes on). */
function afterRefusal(e: unknown, state: ReadState, chunks: ReadonlyArray<Chunk>, withExtras: boolean): void {
  if (!isPayloadLimitError(e) && state.extrasPending && state.mergeMode !== "none") {
    state.mergeMode = state.mergeMode === "whole" ? "bands" : "none";
    return;
  }
  if (!isPayloadLimitError(e) || state.retries >= MAX_RETRIES || (chunks.length === 1 && chunks[0].n === 1 && !withExtras)) throw e;
  state.retries++;
  if (state.extrasPending && state.retries === 3) state.lean = false; // the error/formula areas are too many
  if (state.extrasPending && state.retries === 4) {
    state.canVisible = false;
    state.mergeMode = "none";
  }
  state.bytesPerCell *= 4;
}

/** Keep the chunks' cells; learn the real cost per cell from a sample. Returns the cells read. */
function storeChunks(chunks: ReadonlyArray<Chunk>, state: ReadState): number {
  let observed = 0;
  let observedCells = 0;
  let cellsRead = 0;
  for (const c of chunks) {
    const { values, numberFormat } = c.range;
    const formulas = c.withFormulas ? c.range.formulas : undefined;
    const valueTypes = state.lean ? undefined : c.range.valueTypes;
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
    if (c.indents) storeIndents(c, c.indents.value);
    for (const clip of c.clips) storeFormulas(c.plan, clip.rect, clip.range.formulas);
  }
  // keep a margin for rows heavier than these
  if (observedCells > 0) state.bytesPerCell = Math.max(4, (observed / observedCells) * 1.25);
  return cellsRead;
}
