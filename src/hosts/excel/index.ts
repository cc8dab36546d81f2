/**
 * The Excel host: the task pane's WorkbookHost over Office.js. Every Office.js call lives in a
 * small function of its own (snapshot, select, apply); this file only opens Excel.run around them.
 */
import type { ExcelHost } from "../host";
export type { ExcelHost } from "../host";
import { applyWrites, hasUndoRecord, undoLastApply } from "./apply";
import { selectCell } from "./select";
import { readWorkbookSnapshot } from "./snapshot";
import { clearMarks, hasMarks, markFindings } from "./marks";
import { writeReport } from "./report";
import { loadSettings, saveSettings } from "./records";

export { applyWrites, hasUndoRecord, undoLastApply, ApplyConflictError } from "./apply";
export { readWorkbookSnapshot } from "./snapshot";
export { selectCell } from "./select";
export { UNDO_SHEET } from "./records";
export { MARKS_SHEET, clearMarks, hasMarks, markFindings, type MarkResult } from "./marks";
export { REPORT_SHEET, writeReport } from "./report";
export { SETTINGS_SHEET, EMPTY_SETTINGS, loadSettings, saveSettings, type WorkbookSettings } from "./records";

/** The workbook's file name from its URL or path ("…/考核表.xlsx" → "考核表.xlsx"). */
export function fileNameFromUrl(url: string | undefined | null): string {
  if (!url) return "";
  const path = url.split(/[?#]/)[0];
  const last = path.split(/[\\/]/).filter(Boolean).pop() ?? "";
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

export function createExcelHost(): ExcelHost {
  return {
    kind: "excel",
    async title() {
      const fromUrl = fileNameFromUrl(globalThis.Office?.context?.document?.url);
      if (fromUrl) return fromUrl;
      return Excel.run(async (context) => {
        const wb = context.workbook;
        wb.load("name");
        await context.sync();
        return wb.name;
      });
    },
    readSnapshot: (onProgress) => Excel.run((context) => readWorkbookSnapshot(context, onProgress)),
    select: (sheet, address) => Excel.run((context) => selectCell(context, sheet, address)),
    applyWrites: (writes, onProgress) => Excel.run((context) => applyWrites(context, writes, onProgress)),
    undo: (onProgress) => Excel.run((context) => undoLastApply(context, onProgress)),
    canUndo: () => Excel.run((context) => hasUndoRecord(context)),
    markFindings: (findings, onProgress) => Excel.run((context) => markFindings(context, findings, onProgress)),
    clearMarks: (onProgress) => Excel.run((context) => clearMarks(context, onProgress)),
    hasMarks: () => Excel.run((context) => hasMarks(context)),
    writeReport: (findings, sheets, lang, onProgress, scores) => Excel.run((context) => writeReport(context, findings, sheets, lang, { onProgress, scores })),
    loadSettings: () => Excel.run((context) => loadSettings(context)),
    saveSettings: (s) => Excel.run((context) => saveSettings(context, s)),
  };
}
