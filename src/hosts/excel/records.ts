/**
 * The add-in's own records in the workbook, each in a very hidden sheet:
 *
 *   _assess_settings  the clerk's choices, one JSON object in column A (cells of 8,000 characters)
 *   _assess_layout    the column-role, level and kind corrections among them, mirrored as rows
 *                     the engine's layout reads (src/engine/layout/corrections.ts)
 *   _assess_marks     what each marked cell had before 标记 (JSON in column A), for 清除标记
 *   _assess_undo      column k: what the k-th pending apply replaced (JSON), for 撤销
 *
 * Why very hidden sheets, and not Office's document settings or a custom XML part: they are the
 * only one of the three that the other hosts see too. The CLI and the plain-browser page read
 * the file with ExcelJS, which keeps hidden sheets (state "veryHidden") but neither the add-in's
 * web-extension settings part nor custom XML parts. They are written inside Excel.run like every
 * other write (no separate saveAsync round trip), Excel on the web supports them (ExcelApi 1.1
 * visibility), and the in-memory Excel models sheets exactly. A record is written before any
 * clerk's cell changes, so the way back survives closing the pane or Excel.
 */
import type { CellValue } from "../../engine/grid";
import type { CellContent } from "../../engine/plan";
import { CORRECTIONS_SHEET, correctionRows } from "../../engine/layout/corrections";
import { SETTINGS_SHEET, SETTINGS_VERSION, EMPTY_SETTINGS, parseSettings, joinChunks, type WorkbookSettings } from "../../engine/settings";
import { MARKS_SHEET, STORE_CHUNK_CHARS, chunkText } from "../../engine/addinSheets";
import { SYNC_BUDGET_BYTES, messageOf, textRowsPerSync } from "./limits";
import { loadSheetNames, type SheetNames } from "./sheets";

export { SETTINGS_SHEET, SETTINGS_VERSION, EMPTY_SETTINGS, parseSettings, joinChunks, type WorkbookSettings } from "../../engine/settings";
// cutting JSON into cells is shared with the browser host, so it lives in the engine
export { MARKS_SHEET, STORE_CHUNK_CHARS, chunkText } from "../../engine/addinSheets";
export { CORRECTIONS_SHEET } from "../../engine/layout/corrections";

export const UNDO_SHEET = "_assess_undo";
/** characters of JSON per cell of the undo record */
export const UNDO_CHUNK_CHARS = STORE_CHUNK_CHARS;

// ---------------------------------------------------------------- JSON text in a hidden sheet

/** The store sheet (added very hidden when missing). */
export function storeSheet(context: Excel.RequestContext, name: string, exists: boolean): Excel.Worksheet {
  if (exists) return context.workbook.worksheets.getItem(name);
  const ws = context.workbook.worksheets.add(name);
  ws.visibility = "VeryHidden" as Excel.SheetVisibility;
  return ws;
}

/** Queue the deletion of a very hidden store sheet (Excel refuses to delete it while very hidden). */
export function queueStoreDelete(ws: Excel.Worksheet): void {
  ws.visibility = "Hidden" as Excel.SheetVisibility;
  ws.delete();
}

/** Queue the commands that put `chunks` as text ("@" first) into rows `r0`… of one column. */
function queueTextColumn(ws: Excel.Worksheet, chunks: ReadonlyArray<string>, r0: number, column: number): void {
  const range = ws.getRangeByIndexes(r0, column, chunks.length, 1);
  range.numberFormat = chunks.map(() => ["@"]);
  range.values = chunks.map((c) => [c]);
}

/**
 * Queue the writes that put `chunks` into column A of `ws` (as text: "@" first), and empty the
 * rows an older, longer text used. Two or three commands whatever the size.
 */
export function queueChunkWrite(ws: Excel.Worksheet, chunks: ReadonlyArray<string>, oldRows: number): void {
  if (oldRows > chunks.length) ws.getRangeByIndexes(chunks.length, 0, oldRows - chunks.length, 1).clear("Contents" as Excel.ClearApplyTo);
  if (chunks.length) queueTextColumn(ws, chunks, 0, 0);
}

/**
 * Write `chunks` into one column of `ws` (A unless told), syncing whenever the rows queued would
 * pass `budget` bytes; what is queued last is left for the caller's next sync. Returns the syncs made.
 */
export async function writeChunks(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  chunks: ReadonlyArray<string>,
  oldRows: number,
  budget: number,
  column = 0,
): Promise<number> {
  const rowsPerSync = textRowsPerSync(budget, STORE_CHUNK_CHARS);
  if (oldRows > chunks.length) ws.getRangeByIndexes(chunks.length, column, oldRows - chunks.length, 1).clear("Contents" as Excel.ClearApplyTo);
  let syncs = 0;
  for (let r0 = 0; r0 < chunks.length; r0 += rowsPerSync) {
    queueTextColumn(ws, chunks.slice(r0, r0 + rowsPerSync), r0, column);
    if (r0 + rowsPerSync < chunks.length) {
      await context.sync();
      syncs++;
    }
  }
  return syncs;
}

/** 1 sync: the text kept in column A of a store sheet (null when the sheet is empty or holds nothing in A). */
export async function readStoreText(context: Excel.RequestContext, sheetName: string): Promise<string | null> {
  const used = context.workbook.worksheets.getItem(sheetName).getUsedRangeOrNullObject(true);
  used.load("values,columnIndex");
  await context.sync();
  return used.isNullObject || used.columnIndex !== 0 ? null : joinChunks(used.values);
}

// ---------------------------------------------------------------- settings and layout corrections

/** The workbook's settings (EMPTY_SETTINGS when it has none). 2 syncs. */
export async function loadSettings(context: Excel.RequestContext): Promise<WorkbookSettings> {
  const name = (await loadSheetNames(context)).get(SETTINGS_SHEET.toLowerCase());
  if (!name) return EMPTY_SETTINGS;
  const text = await readStoreText(context, name);
  return text === null ? EMPTY_SETTINGS : parseSettings(text);
}

/**
 * Keep `s` in the workbook, replacing what was there; column-role, level and kind corrections are
 * mirrored into `_assess_layout`, where the engine reads them. 3 syncs.
 */
export async function saveSettings(context: Excel.RequestContext, s: WorkbookSettings): Promise<void> {
  const json = JSON.stringify({ ...s, version: SETTINGS_VERSION });
  const names = await loadSheetNames(context);
  const worksheets = context.workbook.worksheets;
  const settingsName = names.get(SETTINGS_SHEET.toLowerCase());
  const layoutName = names.get(CORRECTIONS_SHEET.toLowerCase());
  const usedSettings = settingsName ? worksheets.getItem(settingsName).getUsedRangeOrNullObject(false) : null;
  const usedLayout = layoutName ? worksheets.getItem(layoutName).getUsedRangeOrNullObject(false) : null;
  usedSettings?.load("rowIndex,rowCount");
  usedLayout?.load("rowIndex,rowCount,columnIndex,columnCount");
  await context.sync();
  const oldRows = usedSettings && !usedSettings.isNullObject ? usedSettings.rowIndex + usedSettings.rowCount : 0;

  try {
    await writeChunks(context, storeSheet(context, SETTINGS_SHEET, !!settingsName), chunkText(json), oldRows, SYNC_BUDGET_BYTES);
    const rows = s.corrections.length ? correctionRows(s.corrections) : [];
    if (rows.length || layoutName) {
      const ws = storeSheet(context, CORRECTIONS_SHEET, !!layoutName);
      if (usedLayout && !usedLayout.isNullObject)
        ws.getRangeByIndexes(0, 0, usedLayout.rowIndex + usedLayout.rowCount, usedLayout.columnIndex + usedLayout.columnCount).clear(
          "Contents" as Excel.ClearApplyTo,
        );
      if (rows.length) {
        const range = ws.getRangeByIndexes(0, 0, rows.length, 4);
        range.numberFormat = rows.map(() => ["@", "@", "@", "@"]);
        range.values = rows.map((r) => r.map((v) => (v === null || typeof v === "object" ? "" : String(v))));
      }
    }
    await context.sync();
  } catch (e) {
    throw new Error(
      `无法在工作簿中保存设置(工作簿结构可能受保护) / Could not keep the settings in the workbook (is its structure protected?): ${messageOf(e)}`,
    );
  }
}

// ---------------------------------------------------------------- the marks record

/** a fill as it was; null = no fill */
export interface SavedFill {
  /** colour "#RRGGBB" */
  c: string;
  /** pattern (ExcelApi 1.9), absent = solid */
  p?: string;
  pc?: string;
  t?: number;
}

/** one marked cell */
export interface MarkedCell {
  s: string;
  a: string;
  f: SavedFill | null;
  /** a note was added */
  n?: 1;
  /** id of the comment added ("" while not yet known) */
  k?: string;
  /** characters of the note or comment added */
  l?: number;
}

interface MarksRecord {
  assessMarks: 1;
  at: string;
  cells: MarkedCell[];
}

export function encodeMarksRecord(cells: MarkedCell[]): string[] {
  return chunkText(JSON.stringify({ assessMarks: 1, at: new Date().toISOString(), cells } satisfies MarksRecord), STORE_CHUNK_CHARS);
}

/** 1 sync: the marked cells kept in the marks sheet (none when it is empty). */
export async function readMarksRecord(context: Excel.RequestContext, marksName: string): Promise<MarkedCell[]> {
  const text = await readStoreText(context, marksName);
  if (text === null) return [];
  const parsed = parseRecord<MarksRecord>(text, "marks");
  if (parsed?.assessMarks !== 1 || !Array.isArray(parsed.cells)) throw recordError("marks", "unknown");
  return parsed.cells;
}

const RECORD_TEXTS = {
  marks: { sheet: MARKS_SHEET, damaged: "标记记录已损坏,无法清除标记", unknown: "标记记录无法识别" },
  undo: { sheet: UNDO_SHEET, damaged: "撤销记录已损坏,无法撤销", unknown: "撤销记录无法识别" },
} as const;

function recordError(record: keyof typeof RECORD_TEXTS, why: "damaged" | "unknown"): Error {
  const t = RECORD_TEXTS[record];
  const en = why === "damaged" ? "is damaged" : "is not one this add-in wrote";
  return new Error(`${t[why]} / The ${record} record in sheet ${t.sheet} ${en}`);
}

function parseRecord<T>(text: string, record: keyof typeof RECORD_TEXTS): Partial<T> | null {
  try {
    return JSON.parse(text) as Partial<T> | null;
  } catch {
    throw recordError(record, "damaged");
  }
}

// ---------------------------------------------------------------- the undo record

/** one cell as it was before an apply */
interface UndoCell {
  /** sheet */
  s: string;
  /** A1 address */
  a: string;
  /** formula (with "=") */
  f?: string;
  /** constant value (absent = empty) */
  v?: number | string | boolean;
  /** error constant ("#N/A") */
  e?: string;
  /** number format */
  n: string | null;
}

interface UndoRecordJson {
  assessUndo: 1;
  at: string;
  cells: UndoCell[];
}

export interface UndoEntry {
  readonly sheet: string;
  readonly cell: string;
  readonly content: CellContent;
}

export function encodeUndoRecord(entries: ReadonlyArray<UndoEntry>, at: Date = new Date()): string[] {
  const cells: UndoCell[] = entries.map(({ sheet, cell, content }) => {
    const u: UndoCell = { s: sheet, a: cell, n: content.numberFormat };
    if (content.formula) u.f = content.formula;
    else if (content.value !== null && typeof content.value === "object") u.e = content.value.error;
    else if (content.value !== null) u.v = content.value;
    return u;
  });
  return chunkText(JSON.stringify({ assessUndo: 1, at: at.toISOString(), cells } satisfies UndoRecordJson), UNDO_CHUNK_CHARS);
}

export function decodeUndoRecord(chunks: ReadonlyArray<unknown>): UndoEntry[] {
  const text = chunks.filter((c) => typeof c === "string" && c !== "").join("");
  const parsed = parseRecord<UndoRecordJson>(text, "undo");
  if (parsed?.assessUndo !== 1 || !Array.isArray(parsed.cells)) throw recordError("undo", "unknown");
  return parsed.cells.map((u) => {
    const value: CellValue = u.f ? null : u.e !== undefined ? { error: u.e } : u.v ?? null;
    return { sheet: u.s, cell: u.a, content: { value, formula: u.f ?? null, numberFormat: u.n } };
  });
}

/**
 * Keep what an apply is about to replace, in the next free column of the undo sheet (added
 * very hidden when missing). One sync, and one more per ~4 MB of record.
 */
export async function writeUndoRecord(
  context: Excel.RequestContext,
  entries: ReadonlyArray<UndoEntry>,
  sheetExists: boolean,
  column: number,
  budget: number,
): Promise<void> {
  await writeChunks(context, storeSheet(context, UNDO_SHEET, sheetExists), encodeUndoRecord(entries), 0, budget, column);
  await context.sync();
}

export interface UndoLocation {
  readonly sheet: Excel.Worksheet;
  readonly rows: number;
  readonly column: number;
  /** this record is the only one: remove the whole sheet with it */
  readonly only: boolean;
}

/** 2 syncs: is there an undo sheet, and where does its last record sit. */
export async function locateUndoRecord(context: Excel.RequestContext): Promise<{ loc: UndoLocation | null; names: SheetNames }> {
  const names = await loadSheetNames(context);
  const undoName = names.get(UNDO_SHEET.toLowerCase());
  if (!undoName) return { loc: null, names };
  const sheet = context.workbook.worksheets.getItem(undoName);
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

/** The last record's cells, a few hundred record cells per sync. */
export async function readUndoRecord(context: Excel.RequestContext, loc: UndoLocation, budget: number): Promise<UndoEntry[]> {
  const rowsPerSync = textRowsPerSync(budget, UNDO_CHUNK_CHARS);
  const chunks: unknown[] = [];
  for (let r0 = 0; r0 < loc.rows; r0 += rowsPerSync) {
    const range = loc.sheet.getRangeByIndexes(r0, loc.column, Math.min(rowsPerSync, loc.rows - r0), 1);
    range.load("values");
    await context.sync();
    for (const row of range.values) chunks.push(row[0]);
  }
  return decodeUndoRecord(chunks);
}

/** Queue the removal of the last record (the whole sheet when it was the only one). */
export function queueUndoRecordRemoval(loc: UndoLocation): void {
  if (loc.only) queueStoreDelete(loc.sheet);
  else loc.sheet.getRangeByIndexes(0, loc.column, loc.rows, 1).clear("All" as Excel.ClearApplyTo);
}
