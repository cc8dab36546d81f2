/**
 * The one interface between the task pane and wherever the workbook lives: Excel (Office.js)
 * or a file opened in a plain browser (ExcelJS). The engine never sees a host.
 */
import type { WorkbookSnapshot } from "../engine/grid";
import type { CellWrite } from "../engine/plan";

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
}
