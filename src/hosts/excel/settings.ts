/**
 * Per-workbook memory of the clerk's choices, so the next person who opens the file gets the
 * same result: one JSON object in a very hidden sheet `_assess_settings` (column A, cut into
 * cells of 8,000 characters).
 *
 * Why a very hidden sheet, and not Office's document settings or a custom XML part: it is the
 * only one of the three that the other hosts see too. The CLI and the plain-browser page read
 * the file with ExcelJS, which keeps hidden sheets (state "veryHidden") but neither the add-in's
 * web-extension settings part nor custom XML parts. It is written inside Excel.run like every
 * other write (no separate saveAsync round trip), Excel on the web supports it (ExcelApi 1.1
 * visibility), and the in-memory Excel models sheets exactly. The engine's own layout
 * corrections live the same way in `_assess_layout` (src/engine/layout/corrections.ts); column
 * corrections saved here are mirrored into that sheet so the next check applies them.
 *
 * Also here: the small helpers the marks record shares (JSON text in a very hidden sheet).
 */
import { SYNC_BUDGET_BYTES } from "./limits";
import { CORRECTIONS_SHEET, correctionRows } from "../../engine/layout/corrections";

export { SETTINGS_SHEET, SETTINGS_VERSION, EMPTY_SETTINGS, parseSettings, joinChunks, type WorkbookSettings } from "../../engine/settings";
import { SETTINGS_SHEET, SETTINGS_VERSION, EMPTY_SETTINGS, parseSettings, joinChunks, type WorkbookSettings } from "../../engine/settings";

// cutting JSON into cells is shared with the browser host, so it lives in the engine
export { STORE_CHUNK_CHARS, chunkText } from "../../engine/addinSheets";
import { STORE_CHUNK_CHARS, chunkText } from "../../engine/addinSheets";

// ---------------------------------------------------------------- JSON text in a hidden sheet

/**
 * Queue the writes that put `chunks` into column A of `ws` (as text: "@" first), and empty the
 * rows an older, longer text used. Two or three commands whatever the size.
 */
export function queueChunkWrite(ws: Excel.Worksheet, chunks: ReadonlyArray<string>, oldRows: number): void {
  if (oldRows > chunks.length) ws.getRangeByIndexes(chunks.length, 0, oldRows - chunks.length, 1).clear("Contents" as Excel.ClearApplyTo);
  if (!chunks.length) return;
  const range = ws.getRangeByIndexes(0, 0, chunks.length, 1);
  range.numberFormat = chunks.map(() => ["@"]);
  range.values = chunks.map((c) => [c]);
}

/**
 * Write `chunks` into column A of `ws`, syncing whenever the rows queued would pass `budget`
 * bytes; what is queued last is left for the caller's next sync. Returns the syncs made.
 */
export async function writeChunks(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  chunks: ReadonlyArray<string>,
  oldRows: number,
  budget: number,
): Promise<number> {
  const perRow = STORE_CHUNK_CHARS * 3 + 64;
  const rowsPerSync = Math.max(1, Math.floor(budget / perRow));
  if (chunks.length <= rowsPerSync) {
    queueChunkWrite(ws, chunks, oldRows);
    return 0;
  }
  let syncs = 0;
  if (oldRows > chunks.length) ws.getRangeByIndexes(chunks.length, 0, oldRows - chunks.length, 1).clear("Contents" as Excel.ClearApplyTo);
  for (let r0 = 0; r0 < chunks.length; r0 += rowsPerSync) {
    const part = chunks.slice(r0, r0 + rowsPerSync);
    const range = ws.getRangeByIndexes(r0, 0, part.length, 1);
    range.numberFormat = part.map(() => ["@"]);
    range.values = part.map((c) => [c]);
    if (r0 + rowsPerSync < chunks.length) {
      await context.sync();
      syncs++;
    }
  }
  return syncs;
}

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

function sheetNames(worksheets: Excel.WorksheetCollection): Map<string, string> {
  return new Map(worksheets.items.map((w) => [w.name.toLowerCase(), w.name]));
}

// ---------------------------------------------------------------- settings

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** The workbook's settings (EMPTY_SETTINGS when it has none). 2 syncs. */
export async function loadSettings(context: Excel.RequestContext): Promise<WorkbookSettings> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const name = sheetNames(worksheets).get(SETTINGS_SHEET.toLowerCase());
  if (!name) return EMPTY_SETTINGS;
  const used = worksheets.getItem(name).getUsedRangeOrNullObject(true);
  used.load("values,columnIndex");
  await context.sync();
  if (used.isNullObject || used.columnIndex !== 0) return EMPTY_SETTINGS;
  return parseSettings(joinChunks(used.values));
}

/**
 * Keep `s` in the workbook, replacing what was there; column-role, level and kind corrections are
 * mirrored into `_assess_layout`, where the engine reads them. 3 syncs.
 */
export async function saveSettings(context: Excel.RequestContext, s: WorkbookSettings): Promise<void> {
  const json = JSON.stringify({ ...s, version: SETTINGS_VERSION });
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const names = sheetNames(worksheets);
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
