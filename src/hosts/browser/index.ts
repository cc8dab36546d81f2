/**
 * The plain-browser host: an .xlsx file read with ExcelJS (through the xlsx host), shown by
 * the page's own preview grid. ExcelJS is imported dynamically so that it is fetched only
 * when this host is used, never by the pane running inside Excel.
 *
 * 重新计算 writes into the ExcelJS workbook in memory (the file on disk is never touched; 下载结果
 * saves a copy); what each apply replaced is kept in memory for 撤销. The clerk's settings are
 * kept in memory too (read first from the file's `_assess_settings`, if the Excel add-in left
 * one); once saved here they reach the engine as the snapshot's `_assess_settings` and
 * `_assess_layout` sheets, exactly where the Excel host keeps them. The preview grid's
 * `snapshot` never shows those sheets.
 */
import type * as ExcelJS from "exceljs";
import type { SheetSnapshot, WorkbookSnapshot } from "../../engine/grid";
import { CORRECTIONS_SHEET, correctionRows } from "../../engine/layout/corrections";
import type { CellWrite } from "../../engine/plan";
import type { CellsRecord } from "../xlsx/write";
import type { Progress } from "../host";
import { EMPTY_SETTINGS, joinChunks, parseSettings, SETTINGS_SHEET, SETTINGS_VERSION, type WorkbookSettings } from "../../engine/settings";
import { chunkText } from "../../engine/addinSheets";
import { MAX_SHEET_ROWS } from "../../engine/limits";
import { parseSelectionAreas, SelectionStore, type PreviewableHost } from "./selection";

export type { PreviewableHost, SheetSelection } from "./selection";
export { isDownloadable, type DownloadableHost, type DownloadExtras } from "../host";
import type { DownloadExtras, DownloadableHost, SettingsHost, WritingHost } from "../host";

/** A file shown in the page, with the clerk's settings (capabilities typed in ../host.ts). */
export type BrowserWorkbookHost = PreviewableHost & SettingsHost & {
  /** the file name the workbook was opened from */
  readonly name: string;
};

/** A browser host over a workbook it can change: 重新计算, 撤销 and 下载结果 (see DownloadExtras). */
export type EditableBrowserHost = BrowserWorkbookHost & WritingHost & DownloadableHost;

/**
 * `read`: how the file becomes a snapshot when not in the page (the pane: readInWorker.ts, a
 * worker 取消 can stop). The ExcelJS workbook that 重新计算, 撤销 and 下载结果 change is then read
 * in the page on first use, from the same bytes (already inspected within the budgets).
 */
export async function createBrowserHost(
  file: ArrayBuffer,
  name: string,
  read?: (bytes: ArrayBuffer) => Promise<WorkbookSnapshot>,
): Promise<EditableBrowserHost> {
  if (read) {
    const snapshot = await read(file);
    let workbook: Promise<ExcelJS.Workbook> | null = null;
    const load = () => {
      workbook ??= import(/* webpackChunkName: "xlsx" */ "../xlsx/read").then((m) => m.readXlsx(file, { maxRows: MAX_SHEET_ROWS })).then((r) => r.workbook);
      workbook.catch(() => (workbook = null)); // a failed load is tried again on the next action
      return workbook;
    };
    return editableHost(load, snapshot, name);
  }
  const { readXlsx } = await import(/* webpackChunkName: "xlsx" */ "../xlsx/read");
  // as many rows as the CLI reads (one stated limit): a finding on row 100,000 is shown here too
  const { snapshot, workbook } = await readXlsx(file, { maxRows: MAX_SHEET_ROWS });
  return editableHost(async () => workbook, snapshot, name);
}

/** What one apply replaced: each cell's ExcelJS value and style as they were. */
type UndoRecord = CellsRecord;

function editableHost(loadWorkbook: () => Promise<ExcelJS.Workbook>, initial: WorkbookSnapshot, name: string): EditableBrowserHost {
  let snapshot = initial;
  const undoStack: UndoRecord[] = [];
  const base = browserHostFromSnapshot(initial, name, () => snapshot);

  async function resnapshot(workbook: ExcelJS.Workbook): Promise<void> {
    const { snapshotWorkbook } = await import(/* webpackChunkName: "xlsx" */ "../xlsx/read");
    snapshot = snapshotWorkbook(workbook, { maxRows: MAX_SHEET_ROWS });
  }

  return Object.assign(base, {
    async applyWrites(writes: ReadonlyArray<CellWrite>, onProgress?: (p: Progress) => void) {
      const { applyPlanToWorkbook, recordCells, restoreCells } = await import(/* webpackChunkName: "xlsx-write" */ "../xlsx/write");
      onProgress?.({ phase: "write", fraction: 0 });
      const workbook = await loadWorkbook();
      // values and number formats (a value made a number gets a format showing its text)
      const record = recordCells(workbook, writes);
      try {
        applyPlanToWorkbook(workbook, writes);
      } catch (e) {
        restoreCells(workbook, record); // a refused write leaves nothing half-written
        throw e;
      }
      undoStack.push(record);
      await resnapshot(workbook);
      onProgress?.({ phase: "write", fraction: 1 });
    },
    async undo(onProgress?: (p: Progress) => void) {
      const record = undoStack.pop();
      if (!record) return false;
      onProgress?.({ phase: "undo", fraction: 0 });
      const workbook = await loadWorkbook();
      const { restoreCells } = await import(/* webpackChunkName: "xlsx-write" */ "../xlsx/write");
      restoreCells(workbook, record);
      await resnapshot(workbook);
      onProgress?.({ phase: "undo", fraction: 1 });
      return true;
    },
    async canUndo() {
      return undoStack.length > 0;
    },
    async toXlsx(extras?: DownloadExtras) {
      const { writeXlsx } = await import(/* webpackChunkName: "xlsx-write" */ "../xlsx/write");
      const settings = await base.loadSettings();
      const bytes = await writeXlsx(await loadWorkbook());
      if (!extras && settings === EMPTY_SETTINGS) return bytes;
      // the marks, the report and the settings go into a copy: the workbook in memory stays the clerk's
      const { readXlsx } = await import(/* webpackChunkName: "xlsx" */ "../xlsx/read");
      const x = await import(/* webpackChunkName: "xlsx-write" */ "./extras");
      const copy = (await readXlsx(bytes)).workbook;
      if (settings !== EMPTY_SETTINGS) x.writeSettings(copy, settings);
      if (extras) {
        x.writeMarks(copy, extras.findings);
        x.writeReportSheet(copy, name, extras.findings, extras.sheets, extras.lang, new Date(), extras.scores);
      }
      return writeXlsx(copy);
    },
  });
}

/**
 * The sheets through which the engine reads the clerk's settings, as the Excel host keeps them:
 * `_assess_settings` (the JSON) and `_assess_layout` (the corrections).
 */
function settingsSheets(settings: WorkbookSettings): SheetSnapshot[] {
  const json = JSON.stringify({ ...settings, version: SETTINGS_VERSION });
  const out: SheetSnapshot[] = [{ name: SETTINGS_SHEET, values: chunkText(json).map((c) => [c]), hidden: true }];
  if (settings.corrections.length) out.push({ name: CORRECTIONS_SHEET, values: correctionRows(settings.corrections), hidden: true });
  return out;
}

const isSettingsSheet = (name: string) => {
  const n = name.toLowerCase();
  return n === SETTINGS_SHEET.toLowerCase() || n === CORRECTIONS_SHEET.toLowerCase();
};

/**
 * A browser host over a snapshot already read (also what tests use): read and select only,
 * settings in memory. `current` gives the snapshot as it is now (after writes, for the editable host).
 */
export function browserHostFromSnapshot(
  snapshot: WorkbookSnapshot,
  name: string,
  current: () => WorkbookSnapshot = () => snapshot,
): BrowserWorkbookHost {
  const selection = new SelectionStore();
  /** null until loaded from the file's `_assess_settings` sheet (written by the Excel add-in) or saved */
  let settings: WorkbookSettings | null = null;
  let saved = false;
  return {
    kind: "browser",
    name,
    get snapshot() {
      return current();
    },
    async title() {
      return name;
    },
    async readSnapshot(onProgress?: (p: Progress) => void) {
      onProgress?.({ phase: "read", fraction: 1 });
      const now = current();
      // settings saved here replace those the file came with
      if (!saved || !settings) return now;
      return { ...now, sheets: [...now.sheets.filter((s) => !isSettingsSheet(s.name)), ...settingsSheets(settings)] };
    },
    /** A cell or range; with more areas ("C12,C5:C11") the first is selected, the rest shown as related. */
    async select(sheet: string, address: string) {
      if (!current().sheets.some((s) => s.name === sheet)) throw new Error(`no sheet named ${sheet}`);
      const [range, ...related] = parseSelectionAreas(address);
      if (!range) throw new Error(`no cell to select in "${address}"`);
      selection.set({ sheet, range, ...(related.length ? { related } : {}) });
    },
    selection: () => selection.get(),
    subscribe: (listener) => selection.subscribe(listener),
    async loadSettings() {
      if (!settings) {
        const stored = current().sheets.find((s) => s.name.toLowerCase() === SETTINGS_SHEET.toLowerCase());
        settings = stored ? parseSettings(joinChunks(stored.values)) : EMPTY_SETTINGS;
      }
      return settings;
    },
    async saveSettings(s: WorkbookSettings) {
      settings = s;
      saved = true;
    },
  };
}
