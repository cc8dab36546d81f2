/**
 * What checking a workbook gives, as check.ts, batch.ts (and its workers) and summary.ts pass
 * it on: here, apart from all of them, so that none imports another for a type.
 */
import type { Plan } from "../engine/plan";
import type { Finding } from "../engine/findings";
import type { ValueWriteReport } from "../engine/valueWrite";
import type { Lang } from "./i18n";

/** The contract's (docs/contract.md) per-file JSON object. */
export interface FileReport {
  readonly file: string;
  readonly sheets: Plan["sheets"];
  readonly findings: Array<Omit<Finding, "messageEn"> & { messageEn?: string }>;
  readonly scores: Plan["scores"];
  readonly totals: Plan["totals"];
  /** values typed as text made numbers so the score formulas read them (--write writes them) */
  readonly valueWrites?: ReadonlyArray<ValueWriteReport>;
}

/** What checking one file gave: its report, or why it could not be read. */
export interface FileOutcome {
  readonly file: string;
  readonly report?: FileReport;
  /** 被考核单位/填报单位 of the workbook, or its file name */
  readonly unit: string;
  /** the one-line reason the file could not be read or checked */
  readonly error?: string;
}

export interface CheckFileOptions {
  readonly values: boolean;
  readonly lang: Lang;
  /** with one input file: write the recalculated workbook here */
  readonly write?: string;
  /** with write: also replace the numbers the clerk typed that differ (kept by default) */
  readonly overwrite?: boolean;
  /** check the workbook as it stands, without the settings stored in it */
  readonly ignoreSettings?: boolean;
}
