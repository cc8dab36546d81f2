import type { CellValue, WorkbookSnapshot } from "./grid";
import type { Finding } from "./findings";

/** The kinds of sheet, in the order a sheet whose tables differ takes its kind (layout/index.ts). */
export const SHEET_KINDS = ["scoring", "summary", "statistics", "other"] as const;
export type SheetKind = (typeof SHEET_KINDS)[number];

/** What the engine understood of one sheet (docs/contract.md `sheets[]`). */
export interface SheetSummary {
  readonly name: string;
  readonly kind: SheetKind;
  readonly tables: number;
  /** what was checked: relations by the finding kind they can raise, scores computed */
  readonly checked?: { readonly relations: Partial<Record<string, number>>; readonly scores: number };
  /** why nothing (or only part) could be checked, or that stored corrections changed the reading */
  readonly note?: string;
  readonly noteEn?: string;
}

/** A score, subtotal or total the engine computes, at the cell it writes (or would write). */
export interface ScoreCell {
  readonly sheet: string;
  readonly cell: string;
  readonly value: number | null;
  /** Excel formula with the leading "=" */
  readonly formula?: string;
  /** how the value comes about, the rule's numbers filled in (rules/explain.ts), Chinese */
  readonly explain?: string;
  /** the same in English */
  readonly explainEn?: string;
  /** why the cell gets its plain value rather than a formula (CellWrite.plainReason) */
  readonly plainReason?: string;
  readonly plainReasonEn?: string;
}

export interface TotalCell extends ScoreCell {
  readonly veto: boolean;
  readonly grand?: boolean;
}

/** What a cell held before the add-in wrote to it: enough to put it back exactly. */
export interface CellContent {
  readonly value: CellValue;
  readonly formula: string | null;
  readonly numberFormat: string | null;
}

export interface CellWrite {
  readonly sheet: string;
  readonly cell: string;
  /** formula to write (with "="), or absent to write the plain value */
  readonly formula?: string;
  /** the value the engine computes for the cell */
  readonly value: number | string | null;
  readonly previous: CellContent;
  /** how the value comes about (Chinese / English), as in `ScoreCell` */
  readonly explain?: string;
  readonly explainEn?: string;
  /** the item's name, where the write is a scoring sheet's score */
  readonly label?: string;
  /**
   * The cell holds a number the clerk typed (no formula) that differs from the computed value:
   * writing it replaces the clerk's figure. Hosts leave such writes out unless told otherwise.
   */
  readonly replacesTyped?: boolean;
  /**
   * `normalise-value`: not a score but a value typed as text ("4次") made the number it means
   * (4), with a number format showing the same text (`0"次"`), so the score's formula can read
   * it (valueWrite.ts). Absent for scores.
   */
  readonly kind?: "normalise-value";
  /** the number format the cell gets with the value (normalise-value) */
  readonly numberFormat?: string;
  /** the text the cell held (normalise-value) */
  readonly original?: string;
  /** the score cell whose formula reads this cell (normalise-value) */
  readonly readBy?: string;
  /** why a score is written as its plain value rather than a formula (Chinese / English) */
  readonly plainReason?: string;
  readonly plainReasonEn?: string;
}

/** Everything the engine wants a host to show or do, in one object: findings now, writes later. */
export interface Plan {
  readonly sheets: SheetSummary[];
  readonly findings: Finding[];
  readonly scores: ScoreCell[];
  readonly totals: TotalCell[];
  readonly writes: CellWrite[];
}

export interface PlanOptions {
  /** write plain values instead of formulas */
  readonly values?: boolean;
}

export type { WorkbookSnapshot };
