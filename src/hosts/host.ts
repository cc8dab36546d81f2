/**
 * The one interface between the task pane and wherever the workbook lives: Excel (Office.js)
 * or a file opened in a plain browser (ExcelJS). The engine never sees a host.
 */
import type { ReportScore } from "../engine/report";
import type { RangeRef, WorkbookSnapshot } from "../engine/grid";
import type { CellWrite, SheetSummary } from "../engine/plan";
import type { Finding } from "../engine/findings";
import type { WorkbookSettings } from "../engine/settings";

export interface Progress {
  readonly phase: "read" | "analyze" | "write" | "undo";
  /** 0..1 */
  readonly fraction: number;
}

/** What 标记 did (markFindings). */
export interface MarkResult {
  /** cells filled */
  readonly cells: number;
  /** how the messages were attached */
  readonly annotation: "notes" | "comments" | "none";
  /** cells that got a note or comment (cells that already had one keep theirs) */
  readonly annotated: number;
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
    /** the computed scores, listed with their explanations below the findings */
    scores?: ReadonlyArray<ReportScore>,
  ): Promise<{ sheet: string; rows: number }>;
  /** The clerk's choices remembered in the workbook (score column, corrections, rule overrides, locked cells). */
  loadSettings?(): Promise<WorkbookSettings>;
  saveSettings?(s: WorkbookSettings): Promise<void>;
}

// ---------------------------------------------------------------- what a host can do
// Each optional part of WorkbookHost as a capability of its own, so a host states what it
// implements (and the compiler holds it to that) with types from here, never the other way.

/** 应用 and 撤销: writes the host keeps a way back from (also after the pane was reopened). */
export type WritingHost = WorkbookHost & Required<Pick<WorkbookHost, "applyWrites" | "undo" | "canUndo">>;

/** 标记 and 清除标记: the findings' cells highlighted in the workbook, and put back exactly. */
export type MarkingHost = WorkbookHost & Required<Pick<WorkbookHost, "markFindings" | "clearMarks" | "hasMarks">>;

/** The report sheet 校验报告 written into the workbook. */
export type ReportingHost = WorkbookHost & Required<Pick<WorkbookHost, "writeReport">>;

/** The clerk's choices kept in the workbook. */
export type SettingsHost = WorkbookHost & Required<Pick<WorkbookHost, "loadSettings" | "saveSettings">>;

/** Excel itself (Office.js): every capability but the page's own preview and download. */
export type ExcelHost = WritingHost & MarkingHost & ReportingHost & SettingsHost & { readonly kind: "excel" };

// ---------------------------------------------------------------- capabilities of a page host
// Typed here, beside the interface, so the pane tests for them without importing a host
// (the plain-browser host implements both).

export interface SheetSelection {
  readonly sheet: string;
  readonly range: RangeRef;
  /** cells shown beside the selection (a finding's related cells on the same sheet) */
  readonly related?: ReadonlyArray<RangeRef>;
}

/** A host whose workbook the page itself displays (the preview grid). */
export interface PreviewableHost extends WorkbookHost {
  readonly kind: "browser";
  /** the workbook as read, for the preview grid */
  readonly snapshot: WorkbookSnapshot;
  /** the sheet and range last selected, or null before any selection */
  selection(): SheetSelection | null;
  /** called after every selection change; returns the unsubscribe function */
  subscribe(listener: () => void): () => void;
}

export function isPreviewable(host: WorkbookHost | null | undefined): host is PreviewableHost {
  return !!host && host.kind === "browser" && "snapshot" in host && typeof (host as PreviewableHost).subscribe === "function";
}

/** What 下载结果 adds to the saved copy: the last check's findings (marks and 校验报告). */
export interface DownloadExtras {
  readonly findings: ReadonlyArray<Finding>;
  readonly sheets: ReadonlyArray<SheetSummary>;
  readonly lang: "zh" | "en";
  /** the computed scores, for the report's explanation section */
  readonly scores?: ReadonlyArray<ReportScore>;
}

/** A host whose workbook can be saved as a file (the plain-browser host). */
export interface DownloadableHost extends WorkbookHost {
  readonly kind: "browser";
  /** the file name the workbook was opened from */
  readonly name: string;
  /**
   * The workbook as it is now (writes applied), serialised as .xlsx; with `extras`, the findings'
   * cells marked and the report sheet written in the copy (the workbook in memory stays as it is).
   */
  toXlsx(extras?: DownloadExtras): Promise<Uint8Array>;
}

export function isDownloadable(host: WorkbookHost | null | undefined): host is DownloadableHost {
  return !!host && host.kind === "browser" && typeof (host as DownloadableHost).toXlsx === "function";
}
