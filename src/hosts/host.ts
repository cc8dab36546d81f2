/**
 * The one interface between the task pane and wherever the workbook lives: Excel (Office.js)
 * or a file opened in a plain browser (ExcelJS). The engine never sees a host.
 */
import type { WorkbookSnapshot } from "../engine/grid";
import type { CellWrite, SheetSummary } from "../engine/plan";
import type { Finding } from "../engine/findings";
import type { MarkResult } from "./excel/marks";
import type { WorkbookSettings } from "./excel/settings";

export interface Progress {
  readonly phase: "read" | "analyze" | "write" | "undo";
  /** 0..1 */
  readonly fraction: number;
}

export interface WorkbookHost {
  readonly kind: "excel" | "browser";
  /** the workbook's name for the UI */
  title(): Promise<string>;
  /** Read every worksheet into a plain snapshot (constant number of round trips). */
  readSnapshot(onProgress?: (p: Progress) => void): Promise<WorkbookSnapshot>;
  /** Select (and scroll to) a cell or range on a sheet. */
  select(sheet: string, address: string): Promise<void>;
  /** Apply the engine's writes; the host keeps what it needs to undo them. */
  applyWrites?(writes: ReadonlyArray<CellWrite>, onProgress?: (p: Progress) => void): Promise<void>;
  /** Put back exactly what the last applyWrites replaced. Returns false when there is nothing to undo. */
  undo?(onProgress?: (p: Progress) => void): Promise<boolean>;
  /** Whether the workbook holds an undo record (also after the pane was closed and reopened). */
  canUndo?(): Promise<boolean>;
  /** Highlight the findings' cells (fill + note/comment where the host can); earlier marks are cleared first. */
  markFindings?(findings: ReadonlyArray<Finding>, onProgress?: (p: Progress) => void): Promise<MarkResult>;
  /** 清除标记: put every marked cell's fill back exactly, remove the add-in's notes. False when there were none. */
  clearMarks?(onProgress?: (p: Progress) => void): Promise<boolean>;
  /** Whether the workbook holds marks to clear (also after the pane was reopened). */
  hasMarks?(): Promise<boolean>;
  /** Write (or replace) the report sheet 校验报告 ("Check report" in English). */
  writeReport?(
    findings: ReadonlyArray<Finding>,
    sheets: ReadonlyArray<SheetSummary>,
    lang: "zh" | "en",
    onProgress?: (p: Progress) => void,
  ): Promise<{ sheet: string; rows: number }>;
  /** The clerk's choices remembered in the workbook (score column, corrections, rule overrides, locked cells). */
  loadSettings?(): Promise<WorkbookSettings>;
  saveSettings?(s: WorkbookSettings): Promise<void>;
}
