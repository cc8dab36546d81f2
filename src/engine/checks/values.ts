/**
 * Unreadable inputs (bad-value): a figure a relation needs that cannot be read as a number
 * — text such as "见附表", or an error value such as #REF! or #DIV/0! — is a finding on that
 * cell, and the relation is not compared (never a silent zero). Errors in cells that no
 * relation uses are none of the checks' business.
 */
import { cellAddress } from "../address";
import type { SheetSnapshot, WorkbookSnapshot } from "../grid";
import type { Finding } from "../findings";
import type { CellRef, ItemTree, Relation, SheetCellRef, Table, WorkbookLayout, WorkbookRelation } from "../layout/model";
import { relationCells } from "../layout/model";
import { a1, isBadFigure, readFigure } from "./figure";
import { scoreColumns } from "./scoreTree";
import { sheetCell } from "./crossSheet";

function isBad(sheet: SheetSnapshot, c: CellRef): boolean {
  return isBadFigure(sheet, c);
}

/** No closure here: this runs once per relation. */
function anyBad(s: SheetSnapshot, rel: Relation): boolean {
  switch (rel.kind) {
    case "rate": return isBad(s, rel.rate) || isBad(s, rel.numerator) || isBad(s, rel.denominator);
    case "coverage": return isBad(s, rel.count) || isBad(s, rel.base);
    case "difference": return isBad(s, rel.difference) || isBad(s, rel.base) || isBad(s, rel.count);
    case "ratio": return isBad(s, rel.ratio) || isBad(s, rel.numerator) || isBad(s, rel.denominator);
    case "natural-increase": return isBad(s, rel.result) || isBad(s, rel.birthRate) || isBad(s, rel.deathRate);
    case "sum": return isBad(s, rel.total) || rel.parts.some((c) => isBad(s, c));
    case "shares": return rel.shares.some((c) => isBad(s, c));
  }
}

function workbookRelationCells(rel: WorkbookRelation): SheetCellRef[] {
  switch (rel.kind) {
    case "same-figure": return [...rel.cells];
    case "summary-detail": return [rel.summary, rel.detail];
  }
}

function badValue(sheet: string, cell: string, related: string[], shown: string, isError: boolean, label: string): Finding {
  const what = label ? `“${label}”` : "相关数字";
  const whatEn = label ? `"${label}"` : "the related figures";
  return isError
    ? {
      kind: "bad-value", severity: "error", sheet, cell, related,
      message: `单元格是错误值 ${shown},无法核对${what}`,
      messageEn: `The cell holds the error ${shown}, so ${whatEn} cannot be checked`,
    }
    : {
      kind: "bad-value", severity: "warning", sheet, cell, related,
      message: `“${shown}”不能读成数字,无法核对${what}`,
      messageEn: `"${shown}" cannot be read as a number, so ${whatEn} cannot be checked`,
    };
}

export function checkRelationValues(sheet: SheetSnapshot, relations: ReadonlyArray<Relation>): Finding[] {
  const out: Finding[] = [];
  for (const rel of relations) {
    // the common case allocates nothing: most relations have no bad cell
    if (!anyBad(sheet, rel)) continue;
    const all = relationCells(rel);
    for (const ref of all) {
      const r = readFigure(sheet, ref);
      if (r.kind !== "bad") continue;
      const cell = a1(ref);
      const related = all.filter((c) => c !== ref).map(a1).filter((c) => c !== cell).slice(0, 8);
      out.push(badValue(sheet.name, cell, related, r.shown, r.isError, rel.label));
    }
  }
  return out;
}

/** Score and max cells of a tree holding an Excel error (text there may be a veto or a note). */
export function checkTreeValues(sheet: SheetSnapshot, tree: ItemTree): Finding[] {
  const out: Finding[] = [];
  const cols = [...scoreColumns(tree), ...(tree.maxCol !== undefined ? [tree.maxCol] : [])];
  for (const item of tree.items) {
    for (const col of cols) {
      const r = readFigure(sheet, { row: item.row, col });
      if (r.kind !== "bad" || !r.isError) continue;
      const related = item.parent !== undefined ? [cellAddress(item.parent, col)] : [];
      out.push(badValue(sheet.name, cellAddress(item.row, col), related, r.shown, true, item.name));
    }
  }
  return out;
}

/** Cross-sheet cells holding an Excel error (text there may be a unit's veto). */
export function checkWorkbookValues(snapshot: WorkbookSnapshot, relations: ReadonlyArray<WorkbookRelation>): Finding[] {
  const out: Finding[] = [];
  for (const rel of relations) {
    const cells = workbookRelationCells(rel);
    for (const ref of cells) {
      const sheet = snapshot.sheets.find((s) => s.name === ref.sheet);
      if (!sheet) continue;
      const r = readFigure(sheet, ref);
      if (r.kind !== "bad" || !r.isError) continue;
      const related = cells.filter((c) => c !== ref).map(sheetCell);
      out.push(badValue(ref.sheet, cellAddress(ref.row, ref.col), related, r.shown, true, rel.label));
    }
  }
  return out;
}

/** Total and rank cells of a ranked summary table holding an Excel error. */
export function checkRankValues(sheet: SheetSnapshot, table: Table): Finding[] {
  const rank = table.columns.find((c) => c.role === "rank");
  if (!rank) return [];
  const totals = table.columns.filter((c) => c.role === "total");
  const out: Finding[] = [];
  for (let row = table.firstRow; row <= table.lastRow; row++) {
    for (const col of [...totals.map((c) => c.col), rank.col]) {
      const r = readFigure(sheet, { row, col });
      if (r.kind !== "bad" || !r.isError) continue;
      const related = col === rank.col ? totals.map((t) => cellAddress(row, t.col)) : [cellAddress(row, rank.col)];
      out.push(badValue(sheet.name, cellAddress(row, col), related, r.shown, true, col === rank.col ? "名次" : "总分与名次"));
    }
  }
  return out;
}

/** Every bad value any relation of the layout needs. */
export function checkBadValues(snapshot: WorkbookSnapshot, layout: WorkbookLayout): Finding[] {
  const out: Finding[] = [];
  for (const sl of layout.sheets) {
    const sheet = snapshot.sheets.find((s) => s.name === sl.name);
    if (!sheet) continue;
    out.push(...checkRelationValues(sheet, sl.relations));
    for (const tree of sl.trees) out.push(...checkTreeValues(sheet, tree));
    for (const table of sl.tables) out.push(...checkRankValues(sheet, table));
  }
  out.push(...checkWorkbookValues(snapshot, layout.relations));
  return out;
}
