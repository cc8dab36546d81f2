/**
 * Writing the engine's plan into the workbook, and 撤销 (undo).
 *
 * applyWrites, in this order of syncs:
 *   1      the worksheets (do the target sheets still exist? is there an undo sheet?)
 *   2…     re-read every target cell (and where the undo sheet's records end); refuse, writing
 *          nothing, if any cell changed since the plan was made
 *   …      the undo record, into the very hidden sheet, before any cell is touched
 *   …      the writes, in batches under 5 MB, with calculation and screen updating suspended
 *   last   one recalculation (calculation was suspended while writing)
 * If Excel refuses a write batch part way, the cells already written are put back from the record.
 * For a plan that fits one request that is 5 syncs, whatever its size; larger plans take one more
 * sync per ~4 MB. Office.js empties Excel's own undo stack when an add-in writes, so this record is
 * the clerk's only way back.
 */
import { parseCellAddress, cellAddress } from "../../engine/address";
import type { CellContent, CellWrite } from "../../engine/plan";
import type { Progress } from "../host";
import { queueRunWrite, sameContent, toContent } from "./cells";
import { SYNC_BUDGET_BYTES, excelApi, jsonBytes } from "./limits";
import { writePayload } from "./valueWrite";
import { UNDO_CHUNK_CHARS, UNDO_SHEET, decodeUndoRecord, encodeUndoRecord, type UndoEntry } from "./undoStore";

export interface WriteOptions {
  /** bytes one sync may carry (tests lower it) */
  readonly budgetBytes?: number;
}

/** A target cell no longer holds what the plan was made from: nothing was written. */
export class ApplyConflictError extends Error {
  readonly cells: ReadonlyArray<string>;
  constructor(cells: ReadonlyArray<string>, reason?: string) {
    const list = cells.slice(0, 10).join("、") + (cells.length > 10 ? ` 等 ${cells.length} 处` : "");
    super(
      reason ??
        `以下单元格在检查之后已被修改,未写入任何内容,请重新检查:${list} / ` +
          `These cells changed since the check; nothing was written, please check again: ${cells.slice(0, 10).join(", ")}`,
    );
    this.name = "ApplyConflictError";
    this.cells = cells;
  }
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** fixed cost of one cell command on the wire, besides its content */
const BYTES_PER_CELL_COMMAND = 400;
/** bytes of one record cell on the wire: ≤ 3 UTF-8 bytes per character, plus quoting */
const BYTES_PER_RECORD_CELL = UNDO_CHUNK_CHARS * 3 + 64;

interface Target {
  readonly sheet: string;
  readonly cell: string;
  readonly row: number;
  readonly col: number;
  readonly write: CellWrite;
}

function sheetIndex(names: ReadonlyArray<string>): Map<string, string> {
  return new Map(names.map((n) => [n.toLowerCase(), n]));
}

/** cut items into batches whose estimated bytes stay under the budget */
function batches<T>(items: ReadonlyArray<T>, cost: (t: T) => number, budget: number): T[][] {
  const out: T[][] = [];
  let cur: T[] = [];
  let used = 0;
  for (const it of items) {
    const c = cost(it);
    if (cur.length && used + c > budget) {
      out.push(cur);
      cur = [];
      used = 0;
    }
    cur.push(it);
    used += c;
  }
  if (cur.length) out.push(cur);
  return out;
}

/** Consecutive cells of one column of one sheet, in the order given (sort first). */
function columnRuns<T extends { readonly sheet: string; readonly row: number; readonly col: number }>(xs: ReadonlyArray<T>): T[][] {
  const out: T[][] = [];
  for (const x of xs) {
    const run = out[out.length - 1];
    const last = run?.[run.length - 1];
    if (last && last.sheet === x.sheet && last.col === x.col && last.row === x.row - 1) run.push(x);
    else out.push([x]);
  }
  return out;
}

function bySheetColumnRow<T extends { readonly sheet: string; readonly row: number; readonly col: number }>(a: T, b: T): number {
  return a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : a.col - b.col || a.row - b.row;
}

function runRange<T extends { readonly sheet: string; readonly row: number; readonly col: number }>(
  sheetOf: (name: string) => Excel.Worksheet,
  run: ReadonlyArray<T>,
): Excel.Range {
  return sheetOf(run[0].sheet).getRangeByIndexes(run[0].row, run[0].col, run.length, 1);
}

function sheetCache(context: Excel.RequestContext) {
  const cache = new Map<string, Excel.Worksheet>();
  return (name: string) => {
    let ws = cache.get(name);
    if (!ws) cache.set(name, (ws = context.workbook.worksheets.getItem(name)));
    return ws;
  };
}

function contentBytes(c: CellContent | CellWrite): number {
  return jsonBytes([c.formula ?? null, c.value ?? null]) + (("numberFormat" in c && c.numberFormat?.length) || 0);
}

/** Write the plan's cells; keep in the workbook what undoLastApply needs to put them back. */
export async function applyWrites(
  context: Excel.RequestContext,
  writes: ReadonlyArray<CellWrite>,
  onProgress?: (p: Progress) => void,
  options: WriteOptions = {},
): Promise<void> {
  if (writes.length === 0) return;
  const budget = options.budgetBytes ?? SYNC_BUDGET_BYTES;
  const report = (fraction: number) => onProgress?.({ phase: "write", fraction });

  // 1: the sheets
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const names = sheetIndex(worksheets.items.map((w) => w.name));
  const missing = [...new Set(writes.map((w) => w.sheet))].filter((s) => !names.has(s.toLowerCase()));
  if (missing.length)
    throw new ApplyConflictError(
      missing,
      `工作表不存在,未写入任何内容:${missing.join("、")} / No such worksheet, nothing was written: ${missing.join(", ")}`,
    );
  const hasUndoSheet = names.has(UNDO_SHEET.toLowerCase());

  // one target per cell; the first write's `previous` is what the plan saw, the last write wins
  const byCell = new Map<string, Target>();
  for (const w of writes) {
    const sheet = names.get(w.sheet.toLowerCase())!;
    const { row, col } = parseCellAddress(w.cell);
    const cell = cellAddress(row, col);
    const key = `${sheet}\u0000${cell}`;
    const prev = byCell.get(key);
    byCell.set(key, { sheet, cell, row, col, write: prev ? { ...w, previous: prev.write.previous } : w });
  }
  // runs of adjacent cells are read and written as one range: few commands, whatever the size
  const targets = [...byCell.values()].sort(bySheetColumnRow);
  const sheetOf = sheetCache(context);

  // 2…: what the target cells hold now
  const current = new Map<Target, CellContent>();
  let nextUndoColumn = 0;
  const readBatches = batches(targets, (t) => BYTES_PER_CELL_COMMAND + 2 * contentBytes(t.write.previous), budget);
  for (let b = 0; b < readBatches.length; b++) {
    const runs = columnRuns(readBatches[b]).map((run) => {
      const r = runRange(sheetOf, run);
      r.load("values,formulas,numberFormat,valueTypes");
      return { run, r };
    });
    let undoUsed: Excel.Range | undefined;
    if (b === 0 && hasUndoSheet) {
      undoUsed = sheetOf(names.get(UNDO_SHEET.toLowerCase())!).getUsedRangeOrNullObject(true);
      undoUsed.load("columnIndex,columnCount");
    }
    await context.sync();
    for (const { run, r } of runs)
      run.forEach((t, i) => current.set(t, toContent(r.values[i][0], r.formulas[i][0], r.numberFormat[i][0], r.valueTypes[i][0])));
    if (undoUsed && !undoUsed.isNullObject) nextUndoColumn = undoUsed.columnIndex + undoUsed.columnCount;
  }
  const changed = targets.filter((t) => !sameContent(current.get(t)!, t.write.previous));
  if (changed.length) throw new ApplyConflictError(changed.map((t) => `${t.sheet}!${t.cell}`));
  report(0.2);

  // the undo record, before any cell changes
  const entries: UndoEntry[] = targets.map((t) => ({ sheet: t.sheet, cell: t.cell, content: current.get(t)! }));
  try {
    await writeUndoRecord(context, entries, hasUndoSheet, nextUndoColumn, budget);
  } catch (e) {
    throw new Error(
      `无法在工作簿中保存撤销记录(工作簿结构可能受保护),未写入任何内容 / ` +
        `Could not keep the undo record in the workbook (is its structure protected?); nothing was written: ${messageOf(e)}`,
    );
  }
  report(0.4);

  // the writes; if Excel refuses one part way, put back what was already written
  try {
    await writeCells(
      context,
      targets.map((t) => ({
        sheet: t.sheet,
        row: t.row,
        col: t.col,
        payload: writePayload(t.write),
        currentFormat: current.get(t)!.numberFormat,
      })),
      budget,
      (f) => report(0.4 + 0.6 * f),
    );
  } catch (e) {
    let rolledBack = false;
    try {
      rolledBack = await undoLastApply(context, undefined, options);
    } catch {
      rolledBack = false;
    }
    throw new Error(
      rolledBack
        ? `写入失败,已恢复原状 / Writing failed and every cell was put back: ${messageOf(e)}`
        : `写入失败,请点击“撤销”恢复 / Writing failed; use Undo to put the cells back: ${messageOf(e)}`,
    );
  }
  report(1);
}

interface CellCommand {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly payload: { formula?: string | null; value?: CellContent["value"]; numberFormat?: string | null };
  /** undefined: not known */
  readonly currentFormat: string | null | undefined;
}

async function writeCells(
  context: Excel.RequestContext,
  commands: ReadonlyArray<CellCommand>,
  budget: number,
  progress: (fraction: number) => void,
  /** queued with the closing recalculation */
  finish?: () => void,
): Promise<void> {
  const sheetOf = sheetCache(context);
  const screen = excelApi(9);
  const parts = batches([...commands].sort(bySheetColumnRow), (c) => BYTES_PER_CELL_COMMAND + 3 * contentBytes({ ...c.payload, numberFormat: c.payload.numberFormat ?? null } as CellContent), budget);
  for (let b = 0; b < parts.length; b++) {
    context.workbook.application.suspendApiCalculationUntilNextSync();
    if (screen) context.workbook.application.suspendScreenUpdatingUntilNextSync();
    for (const run of columnRuns(parts[b])) queueRunWrite(runRange(sheetOf, run), run);
    await context.sync();
    progress((b + 1) / parts.length);
  }
  // calculation was suspended: bring every dependent formula up to date once
  context.workbook.application.calculate("Recalculate" as Excel.CalculationType);
  finish?.();
  await context.sync();
}

async function writeUndoRecord(
  context: Excel.RequestContext,
  entries: ReadonlyArray<UndoEntry>,
  sheetExists: boolean,
  column: number,
  budget: number,
): Promise<void> {
  const chunks = encodeUndoRecord(entries);
  const rowsPerSync = Math.max(1, Math.floor(budget / BYTES_PER_RECORD_CELL));
  let ws: Excel.Worksheet;
  if (sheetExists) ws = context.workbook.worksheets.getItem(UNDO_SHEET);
  else {
    ws = context.workbook.worksheets.add(UNDO_SHEET);
    ws.visibility = "VeryHidden" as Excel.SheetVisibility;
  }
  for (let r0 = 0; r0 < chunks.length; r0 += rowsPerSync) {
    const part = chunks.slice(r0, r0 + rowsPerSync);
    const range = ws.getRangeByIndexes(r0, column, part.length, 1);
    range.numberFormat = part.map(() => ["@"]); // JSON text stays text
    range.values = part.map((c) => [c]);
    await context.sync();
  }
}

interface UndoLocation {
  readonly sheet: Excel.Worksheet;
  readonly rows: number;
  readonly column: number;
  /** this record is the only one: remove the whole sheet with it */
  readonly only: boolean;
}

/** 2 syncs: is there an undo sheet, and where does its last record sit. */
async function locateUndoRecord(context: Excel.RequestContext): Promise<{ loc: UndoLocation | null; names: Map<string, string> }> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const names = sheetIndex(worksheets.items.map((w) => w.name));
  const undoName = names.get(UNDO_SHEET.toLowerCase());
  if (!undoName) return { loc: null, names };
  const sheet = worksheets.getItem(undoName);
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex,rowCount,columnIndex,columnCount");
  await context.sync();
  if (used.isNullObject) return { loc: null, names };
  return {
    loc: {
      sheet,
      rows: used.rowIndex + used.rowCount,
      column: used.columnIndex + used.columnCount - 1,
      only: used.columnCount === 1 && used.columnIndex === 0,
    },
    names,
  };
}

/** Is there an apply to undo? (2 syncs) */
export async function hasUndoRecord(context: Excel.RequestContext): Promise<boolean> {
  return (await locateUndoRecord(context)).loc !== null;
}

/**
 * Put back exactly what the last applyWrites replaced (values, formulas, number formats) and
 * remove its record. Returns false when there is nothing to undo.
 */
export async function undoLastApply(
  context: Excel.RequestContext,
  onProgress?: (p: Progress) => void,
  options: WriteOptions = {},
): Promise<boolean> {
  const budget = options.budgetBytes ?? SYNC_BUDGET_BYTES;
  const report = (fraction: number) => onProgress?.({ phase: "undo", fraction });
  const { loc, names } = await locateUndoRecord(context);
  if (!loc) return false;
  report(0.1);

  // the record's text, a few hundred cells per sync
  const rowsPerSync = Math.max(1, Math.floor(budget / BYTES_PER_RECORD_CELL));
  const chunks: unknown[] = [];
  for (let r0 = 0; r0 < loc.rows; r0 += rowsPerSync) {
    const range = loc.sheet.getRangeByIndexes(r0, loc.column, Math.min(rowsPerSync, loc.rows - r0), 1);
    range.load("values");
    await context.sync();
    for (const row of range.values) chunks.push(row[0]);
  }
  const entries = decodeUndoRecord(chunks);
  const missing = [...new Set(entries.map((e) => e.sheet))].filter((s) => !names.has(s.toLowerCase()));
  if (missing.length)
    throw new Error(
      `工作表已不存在,未撤销任何内容:${missing.join("、")} / Worksheet no longer exists, nothing was undone: ${missing.join(", ")}`,
    );
  report(0.3);

  await writeCells(
    context,
    entries.map((e) => ({
      sheet: names.get(e.sheet.toLowerCase())!,
      ...parseCellAddress(e.cell),
      payload: { formula: e.content.formula, value: e.content.value, numberFormat: e.content.numberFormat ?? "General" },
      currentFormat: undefined,
    })),
    budget,
    (f) => report(0.3 + 0.7 * f),
    // the record goes only once the cells are back
    () => {
      if (loc.only) {
        // Excel will not delete a very hidden sheet (InvalidOperation): make it merely hidden first
        loc.sheet.visibility = "Hidden" as Excel.SheetVisibility;
        loc.sheet.delete();
      }
      else loc.sheet.getRangeByIndexes(0, loc.column, loc.rows, 1).clear("All" as Excel.ClearApplyTo);
    },
  );
  report(1);
  return true;
}
