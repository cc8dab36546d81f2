/**
 * What one planned write puts into its cell in Excel: a score's formula or value, or — for a
 * value typed as text the score's formula cannot read ("4次", engine/valueWrite.ts) — the number
 * with the number format that shows the same text (4 as `0"次"`). The cell's number format is
 * kept by every other write. 撤销 puts back the text and its format from the undo record.
 */
import type { CellWrite } from "../../engine/plan";
import type { CellPayload } from "./cells";

export function writePayload(w: CellWrite): CellPayload {
  if (w.kind === "normalise-value") return { value: w.value, ...(w.numberFormat !== undefined ? { numberFormat: w.numberFormat } : {}) };
  return w.formula ? { formula: w.formula } : { value: w.value };
}
