/** The pane's small pure helpers (no React): what a click on a finding selects, which sheets count. */
import { isAddinSheet } from "../../engine/addinSheets";
import { parseReference } from "../../engine/address";
import type { Finding } from "../../engine/findings";
import type { WorkbookSnapshot } from "../../engine/grid";
import { CORRECTIONS_SHEET } from "../../engine/layout/corrections";

/** Let React paint (the progress bar) before a long synchronous step. */
export function yieldToUi(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function sameFinding(a: Finding, b: Finding): boolean {
  return a.kind === b.kind && a.sheet === b.sheet && a.cell === b.cell;
}

/**
 * The cells a click on a finding shows: its own cell, and (for the preview grid) the related
 * cells on the same sheet ("C4:C11", "'统计表'!C4:C11"; cells on other sheets are left out).
 */
export function relatedOnSheet(f: Finding): string[] {
  const out: string[] = [];
  for (const r of f.related) {
    const { sheet, address } = parseReference(r);
    if (sheet === null || sheet === f.sheet) out.push(address);
  }
  return out;
}

/** The clerk's own sheets: not the add-in's records, report or corrections. */
export function clerkSheets(snapshot: WorkbookSnapshot): number {
  return snapshot.sheets.filter((s) => !isAddinSheet(s.name) && s.name !== CORRECTIONS_SHEET).length;
}
