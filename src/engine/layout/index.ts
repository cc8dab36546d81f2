/**
 * Understanding a workbook as it is: the tables on each sheet, what each column is, the
 * item tree of scoring sheets, and the relations the layout implies between cells.
 * Layout says which cells relate; the checks say whether their figures agree.
 */
import type { SheetSnapshot, WorkbookSnapshot } from "../grid";
import { SHEET_KINDS, type SheetKind } from "../plan";
import type { Column, ItemTree, Relation, SheetLayout, Table, Unplaced, WorkbookLayout } from "./model";
import { classifyTable, columnRoles } from "./roles";
import { SheetGrid } from "./sheetgrid";
import { statisticsRelations } from "./stats";
import { findTables, type FoundTable } from "./tables";
import { columnTotals, rowLabel, rowTotals } from "./totals";
import { buildItemTree } from "./tree";
import { totalWord } from "./text";
import { workbookRelations } from "./workbook";
import { addRelationCells, CellSet, unplacedIn } from "./unplaced";
import { type IndicatorDef, indicatorSpecs } from "./indicators";
import { columnSplits } from "./columnSplits";
import type { SheetUnderstanding } from "./understanding";
import { type Correction, type SheetCorrections, NO_CORRECTIONS, groupCorrections, isCorrectionsSheet, readCorrections } from "./corrections";

const KIND_ORDER: ReadonlyArray<SheetKind> = SHEET_KINDS;

/** 总分 = the category columns + 加分 (− 减分 when the sheet enters penalties as negative figures). */
function summaryTotals(g: SheetGrid, t: FoundTable, columns: ReadonlyArray<Column>, out: Relation[]): void {
  const total = columns.find((c) => c.role === "total");
  if (!total || columns.some((c) => c.role === "weighted")) return;
  const cats = columns.filter((c) => c.role === "category" && c.col !== total.col);
  const bonus = columns.filter((c) => c.role === "bonus");
  const penalty = columns.filter((c) => c.role === "penalty");
  if (cats.length < 2) return;
  let negativePenalty = true;
  for (const p of penalty) {
    for (const r of t.dataRows) {
      const rd = g.reading(r, p.col);
      if (rd.kind === "number" && rd.value > 0) negativePenalty = false;
    }
  }
  if (!negativePenalty) return;
  const parts = [...cats, ...bonus, ...penalty].map((c) => c.col);
  const unitCol = columns.find((c) => c.role === "unit")?.col;
  for (const r of t.dataRows) {
    if (!g.isFigure(r, total.col)) continue;
    if (unitCol !== undefined && totalWord(g.key(r, unitCol))) continue;
    out.push({ kind: "sum", total: { row: r, col: total.col }, parts: parts.map((c) => ({ row: r, col: c })), exhaustive: true, label: total.header });
  }
}

export type { SheetUnderstanding } from "./understanding";

export function understandSheetIn(
  sheet: SheetSnapshot, corrections: SheetCorrections = NO_CORRECTIONS, indicators: ReadonlyArray<IndicatorDef> = [],
): SheetUnderstanding {
  const g = new SheetGrid(sheet);
  const found = isCorrectionsSheet(sheet) ? [] : findTables(g);
  const tables: Table[] = [];
  const trees: ItemTree[] = [];
  const relations: Relation[] = [];
  const kinds: SheetKind[] = [];
  const unplaced: Unplaced[] = [];
  // the cells the sheet's relations read, grown as each table adds its relations (not rebuilt
  // from all of them per table: that was tables × relations)
  const used = new CellSet();
  let usedUpTo = 0;
  for (const ft of found) {
    const kind = corrections.kind ?? classifyTable(g, ft);
    kinds.push(kind);
    const columns = columnRoles(g, ft, kind).map((c) => {
      const role = corrections.roles.get(c.col);
      return role && role !== c.role ? { ...c, role } : c;
    });
    const rels = relations;
    let totalRows: number[] = [];
    let figuresIn: "columns" | "rows" | undefined;
    // a sheet the clerk marked "other" is not checked
    if (kind === "statistics" || kind === "summary" || (kind === "other" && corrections.kind !== "other")) {
      const { marked, plainExcluded, groups, inner } = rowTotals(g, ft, columns, rels);
      totalRows = marked;
      if (kind !== "summary") {
        columnSplits(g, ft, columns, columnTotals(g, ft, columns, rels), rels);
        figuresIn = statisticsRelations(g, ft, columns, plainExcluded, rels, groups, indicatorSpecs(indicators), inner);
        // rates and totals no relation reads: said in the sheet's note, never passed over
        if (kind === "statistics") {
          addRelationCells(used, rels, usedUpTo);
          usedUpTo = rels.length;
          unplaced.push(...unplacedIn(g, ft, columns, figuresIn, used));
        }
      } else summaryTotals(g, ft, columns, rels);
    }
    const table: Table = {
      headerTop: ft.headerTop, headerBottom: ft.headerBottom, firstRow: ft.firstRow, lastRow: ft.lastRow, columns, kind,
      ...(ft.title ? { title: ft.title } : {}),
      ...(ft.context.length ? { context: ft.context } : {}),
      ...(ft.notes.length ? { notes: ft.notes } : {}),
      ...(totalRows.length ? { totalRows } : {}),
      ...(figuresIn ? { figuresIn } : {}),
      ...(ft.headerless ? { headerless: true } : {}),
    };
    tables.push(table);
    if (kind === "scoring") trees.push(buildItemTree(g, ft, table, corrections.levels));
  }
  let kind: SheetKind = "other";
  for (const k of KIND_ORDER) if (kinds.includes(k)) { kind = k; break; }
  return { layout: { name: sheet.name, kind, tables, trees, relations, ...(unplaced.length ? { unplaced } : {}) }, grid: g, found };
}

/** What one sheet is, its tables, item trees and the relations within it. */
export function understandSheet(sheet: SheetSnapshot): SheetLayout {
  return understandSheetIn(sheet).layout;
}

/** Every sheet, and the relations across sheets (summary ↔ the unit's own sheet, the same figure twice). */
/** `indicators`: the workbook's own indicators (from its settings), over the built-in ones. */
/**
 * What a workbook holds. `corrections`: the clerk's corrections as typed data (the engine passes
 * them so); without them, those kept in the snapshot's corrections sheet are read.
 */
export function understandWorkbook(
  snapshot: WorkbookSnapshot,
  indicators: ReadonlyArray<IndicatorDef> = [],
  typed?: ReadonlyArray<Correction>,
): WorkbookLayout {
  const corrections = typed ? groupCorrections(typed) : readCorrections(snapshot);
  const sheets = snapshot.sheets.map((s) => understandSheetIn(s, corrections.get(s.name), indicators));
  return { sheets: sheets.map((s) => s.layout), relations: workbookRelations(sheets) };
}

export { rowLabel };
export { CORRECTIONS_SHEET, correctionRows, correctionsFromSheet, groupCorrections, readCorrections, type Correction } from "./corrections";
export { describeSheet, describeWorkbook } from "./describe";
export type * from "./model";
export { BUILTIN_INDICATORS, type IndicatorDef } from "./indicators";
