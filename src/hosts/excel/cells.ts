/**
 * One cell as Office.js reports it (values / formulas / numberFormat / valueTypes) ↔ the engine's
 * CellContent, and the commands that write a cell back exactly.
 */
import type { CellValue } from "../../engine/grid";
import type { CellContent } from "../../engine/plan";

/** Office.js `values` + `valueTypes` → the engine's CellValue (errors as CellError, empty as null). */
export function toCellValue(value: unknown, valueType: string | undefined): CellValue {
  if (valueType === "Empty") return null;
  if (valueType === "Error") return { error: String(value) };
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "string") return value;
  return String(value);
}

/**
 * Office.js `formulas` gives a constant's value for a cell without a formula, so text such as
 * "=abc" stored as text looks like a formula. A formula never evaluates to its own text, so an
 * entry equal to the cell's value is a constant.
 */
export function toFormula(formula: unknown, value: unknown): string | null {
  if (typeof formula !== "string" || formula.length < 2 || formula[0] !== "=") return null;
  if (formula === value) return null;
  return formula;
}

export function toContent(value: unknown, formula: unknown, numberFormat: unknown, valueType: string | undefined): CellContent {
  return {
    value: toCellValue(value, valueType),
    formula: toFormula(formula, value),
    numberFormat: typeof numberFormat === "string" ? numberFormat : null,
  };
}

/** Same content for the purpose of "did the clerk change this cell since the plan was made". */
export function sameContent(now: CellContent, before: CellContent): boolean {
  if ((now.formula ?? null) !== (before.formula ?? null)) return false;
  if (now.formula) return true; // a formula's value moves with its inputs
  return sameValue(now.value, before.value);
}

export function sameValue(a: CellValue, b: CellValue): boolean {
  const emptyA = a === null || a === "";
  const emptyB = b === null || b === "";
  if (emptyA || emptyB) return emptyA && emptyB;
  if (typeof a === "object" || typeof b === "object")
    return typeof a === "object" && typeof b === "object" && a.error.toUpperCase() === b.error.toUpperCase();
  if (typeof a === "number" && typeof b === "number") return a === b || (Number.isNaN(a) && Number.isNaN(b));
  return a === b;
}

/** What to put into a cell. `formula` wins over `value`. */
export interface CellPayload {
  readonly formula?: string | null;
  readonly value?: CellValue;
  /** set the number format to this afterwards (undo); absent = keep the cell's format */
  readonly numberFormat?: string | null;
}

/**
 * Queue the commands that put `cells` into a one-column run of cells (top to bottom), `range`.
 * Text is written under the "@" format so Excel stores it as typed ("0123", "=x", "TRUE" stay
 * text: cell text is never turned into a formula or a number); a number, boolean, error or
 * formula going into a "@" cell (or a cell whose format is not known) is written under "General"
 * so it is not stored as text. Each cell's format is put back (or set to its `numberFormat`)
 * afterwards. Three commands for the whole run, whatever its length; `null` in a 2-D array
 * leaves that cell's property alone.
 */
export function queueRunWrite(
  range: Excel.Range,
  cells: ReadonlyArray<{ readonly payload: CellPayload; readonly currentFormat: string | null | undefined }>,
): void {
  const before: Array<[string | null]> = [];
  const content: Array<[string | number | boolean]> = [];
  const after: Array<[string | null]> = [];
  let anyFormula = false;
  for (const { payload: p, currentFormat } of cells) {
    const finalFormat = p.numberFormat ?? currentFormat ?? "General";
    const isText = !p.formula && typeof p.value === "string" && p.value !== "";
    const temp = isText ? "@" : currentFormat === "@" || currentFormat === undefined ? "General" : null;
    if (temp !== null) {
      before.push([temp]);
      after.push([temp !== finalFormat ? finalFormat : null]);
    } else {
      before.push([p.numberFormat && p.numberFormat !== currentFormat ? p.numberFormat : null]);
      after.push([null]);
    }
    if (p.formula) anyFormula = true;
    content.push([p.formula ? p.formula : wireValue(p.value ?? null)]);
  }
  if (before.some((x) => x[0] !== null)) range.numberFormat = before as string[][];
  if (anyFormula) range.formulas = content;
  else range.values = content;
  if (after.some((x) => x[0] !== null)) range.numberFormat = after as string[][];
}

function wireValue(v: CellValue): string | number | boolean {
  if (v === null) return "";
  if (typeof v === "object") return v.error;
  return v;
}
