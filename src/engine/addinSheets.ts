/**
 * Sheets the add-in itself writes into a workbook: its undo record, marks record, the clerk's
 * settings and the printable report. They are not the clerk's data: the engine neither checks
 * nor scores them (a report lists figures that would otherwise look like "the same figure with
 * two values"). `_assess_layout` (the clerk's corrections) is read by the layout, not listed here.
 */
export const ADDIN_SHEETS: ReadonlyArray<string> = ["_assess_undo", "_assess_marks", "_assess_settings", "校验报告", "Check report"];

const NAMES = new Set(ADDIN_SHEETS.map((s) => s.toLowerCase()));

export function isAddinSheet(name: string): boolean {
  return NAMES.has(name.trim().toLowerCase());
}
