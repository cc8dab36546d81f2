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
import { batches, bySheetColumnRow, columnRuns, excelApi, jsonBytes, messageOf, putBack, syncBudget, type BudgetOptions } from "./limits";
import { UNDO_SHEET, locateUndoRecord, queueUndoRecordRemoval, readUndoRecord, writeUndoRecord, type UndoEntry } from "./records";
import { loadSheetNames, runRange, sheetCache } from "./sheets";
import { writePayload } from "./valueWrite";

export { hasUndoRecord } from "./records";

export type WriteOptions = BudgetOptions;

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

/** fixed cost of one cell command on the wire, besides its content */
const BYTES_PER_CELL_COMMAND = 400;

interface Target {
  readonly sheet: string;
  readonly cell: string;
  readonly row: number;
  readonly col: number;
  readonly write: CellWrite;
}

function contentBytes(c: CellContent | CellWrite): number {
  return jsonBytes([c.formula ?? null, c.value ?? null]) + (("numberFormat" in c && c.numberFormat?.length) || 0);
}

/** Write the plan's cells; keep in the workbook what undoLastApply needs to put them back. */
export async function applyWrites(
  context: Excel.RequestContext, writes: ReadonlyArray<CellWrite>,
  onProgress?: (p: Progress) => void, options: WriteOptions = {},
): Promise<void> {
  if (writes.length === 0) return;
  const { budget, report } = syncBudget(options, "write", onProgress);

  // 1: the sheets
  const names = await loadSheetNames(context);
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
    const rolledBack = await putBack(() => undoLastApply(context, undefined, options));
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

/**
 * Put back exactly what the last applyWrites replaced (values, formulas, number formats) and
 * remove its record. Returns false when there is nothing to undo.
 */
export async function undoLastApply(
  context: Excel.RequestContext, onProgress?: (p: Progress) => void,
  options: WriteOptions = {},
): Promise<boolean> {
  const { budget, report } = syncBudget(options, "undo", onProgress);
  const { loc, names } = await locateUndoRecord(context);
  if (!loc) return false;
  report(0.1);

  // the record's text, a few hundred cells per sync
  const entries = await readUndoRecord(context, loc, budget);
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
    () => queueUndoRecordRemoval(loc),
  );
  report(1);
  return true;
}
