/**
 * Corrections a clerk made to what the add-in understood (a column read as the wrong role, an
 * item on the wrong level, a sheet of the wrong kind). They are kept in the workbook itself, in
 * a hidden sheet the host writes, so the next check of the same file reads them back:
 *
 *   | sheet  | what   | where | value |
 *   | 城关镇 | column | G     | score |
 *   | 城关镇 | level  | 12    | 2     |   (sheet row 12 is an item of level 2)
 *   | 统计   | kind   |       | statistics |
 */
import { columnIndex, columnName } from "../address";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../grid";
import { SHEET_KINDS, type SheetKind } from "../plan";
import { COLUMN_ROLES, type ColumnRole } from "./model";

/** The hidden sheet that holds the corrections. */
export const CORRECTIONS_SHEET = "_assess_layout";

export type Correction =
  | { readonly sheet: string; readonly what: "column"; readonly col: number; readonly role: ColumnRole }
  | { readonly sheet: string; readonly what: "level"; readonly row: number; readonly level: number }
  | { readonly sheet: string; readonly what: "kind"; readonly kind: SheetKind };

const ROLES: ReadonlySet<string> = new Set<ColumnRole>(COLUMN_ROLES);
const KINDS: ReadonlySet<string> = new Set<SheetKind>(SHEET_KINDS);

/** Corrections for one sheet, as the layout applies them. */
export interface SheetCorrections {
  readonly kind?: SheetKind;
  readonly roles: ReadonlyMap<number, ColumnRole>;
  readonly levels: ReadonlyMap<number, number>;
}

export const NO_CORRECTIONS: SheetCorrections = { roles: new Map(), levels: new Map() };

/** Read the corrections sheet of a workbook as typed corrections; rows that do not make sense are ignored. */
export function correctionsFromSheet(snapshot: WorkbookSnapshot): Correction[] {
  const out: Correction[] = [];
  const sheet = snapshot.sheets.find((s) => s.name === CORRECTIONS_SHEET);
  if (!sheet) return out;
  for (const row of sheet.values) {
    const [name, what, where, value] = [0, 1, 2, 3].map((i) => (row[i] === null || row[i] === undefined ? "" : String(row[i]).trim()));
    if (!name) continue;
    if (what === "column" && /^[A-Za-z]{1,3}$/.test(where) && ROLES.has(value)) out.push({ sheet: name, what, col: columnIndex(where), role: value as ColumnRole });
    else if (what === "level" && /^\d+$/.test(where) && /^[0-4]$/.test(value)) out.push({ sheet: name, what, row: parseInt(where, 10) - 1, level: parseInt(value, 10) });
    else if (what === "kind" && KINDS.has(value)) out.push({ sheet: name, what, kind: value as SheetKind });
  }
  return out;
}

/**
 * Typed corrections grouped by sheet, as the layout applies them (a later one for the same column,
 * row or sheet wins); one that does not make sense (a role or kind not known, a level outside
 * 0–4, a negative row or column) is ignored, as a row of the corrections sheet would be.
 */
export function groupCorrections(list: ReadonlyArray<Correction>): Map<string, SheetCorrections> {
  type Entry = { kind?: SheetKind; roles: Map<number, ColumnRole>; levels: Map<number, number> };
  const out = new Map<string, Entry>();
  const index = (n: unknown): n is number => typeof n === "number" && Number.isInteger(n) && n >= 0;
  for (const c of list) {
    const name = typeof c.sheet === "string" ? c.sheet.trim() : "";
    if (!name) continue;
    const entry: Entry = out.get(name) ?? { roles: new Map(), levels: new Map() };
    if (c.what === "column" && index(c.col) && c.col < 18_278 && ROLES.has(c.role)) entry.roles.set(c.col, c.role);
    else if (c.what === "level" && index(c.row) && index(c.level) && c.level <= 4) entry.levels.set(c.row, c.level);
    else if (c.what === "kind" && KINDS.has(c.kind)) entry.kind = c.kind;
    else continue;
    out.set(name, entry);
  }
  return out;
}

/** The corrections sheet of a workbook, grouped by sheet. */
export function readCorrections(snapshot: WorkbookSnapshot): Map<string, SheetCorrections> {
  return groupCorrections(correctionsFromSheet(snapshot));
}

/** The rows a host writes into the corrections sheet (header first). */
export function correctionRows(corrections: ReadonlyArray<Correction>): CellValue[][] {
  const rows: CellValue[][] = [["sheet", "what", "where", "value"]];
  for (const c of corrections) {
    switch (c.what) {
      case "column":
        rows.push([c.sheet, "column", columnName(c.col), c.role]);
        break;
      case "level":
        rows.push([c.sheet, "level", String(c.row + 1), String(c.level)]);
        break;
      case "kind":
        rows.push([c.sheet, "kind", "", c.kind]);
        break;
    }
  }
  return rows;
}

export function isCorrectionsSheet(sheet: SheetSnapshot): boolean {
  return sheet.name === CORRECTIONS_SHEET;
}
