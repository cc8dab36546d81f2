/**
 * "No typed number replaced unseen": whether a write would replace a number the clerk typed
 * with a different one. Filling an empty cell, replacing a formula, or writing the same figure
 * again (at the precision it was typed with) is not.
 */
import { readCell, agreesAtPrecision } from "../values";
import type { CellContent } from "../plan";

export function replacesTypedNumber(previous: CellContent, value: number | string | null): boolean {
  if (previous.formula) return false;
  const r = readCell(previous.value, previous.numberFormat);
  if (r.kind !== "number") return false;
  if (typeof value !== "number") return true; // a typed number replaced by 一票否决 or nothing
  return !agreesAtPrecision(r.value, value, r.decimals);
}
