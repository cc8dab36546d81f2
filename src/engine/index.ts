/**
 * The engine's one entry point: a workbook snapshot in, a plan out (what it understood,
 * every finding, every score it computes and the writes that put them in the sheet).
 * Pure: no Office.js, DOM or I/O.
 */
import type { WorkbookSnapshot } from "./grid";
import type { Plan, PlanOptions } from "./plan";

export function analyzeWorkbook(snapshot: WorkbookSnapshot, _options: PlanOptions = {}): Plan {
  return {
    sheets: snapshot.sheets.map((s) => ({ name: s.name, kind: "other", tables: 0 })),
    findings: [],
    scores: [],
    totals: [],
    writes: [],
  };
}

export type { WorkbookSnapshot } from "./grid";
export type { Plan, PlanOptions } from "./plan";
export type { Finding } from "./findings";
