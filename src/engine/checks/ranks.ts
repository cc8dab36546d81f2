/**
 * Ranks (名次/排名) on a summary sheet: competition ranks as Excel's RANK gives them — the
 * highest total is 1 and ties share a rank (1, 2, 2, 4). Only rows that carry both a total
 * and a rank take part (a 合计 row or a vetoed unit without a rank does not).
 */
import { cellAddress, compressCells } from "../address";
import type { SheetSnapshot } from "../grid";
import type { Finding } from "../findings";
import type { CellRef, Table } from "../layout/model";
import { type Figure, display, epsFor, readFigure } from "./figure";

export interface RankedRow {
  readonly total: CellRef;
  readonly rank: CellRef;
}

/** Competition rank of `value` among `values`, highest first. */
export function competitionRank(value: number, values: ReadonlyArray<number>): number {
  let higher = 0;
  for (const v of values) if (v > value + epsFor(v, value)) higher++;
  return higher + 1;
}

export function checkRanks(sheet: SheetSnapshot, table: Table): Finding[] {
  const rankCol = table.columns.find((c) => c.role === "rank");
  const totals = table.columns.filter((c) => c.role === "total");
  if (!rankCol || totals.length === 0) return [];
  // the total the rank follows: the last total column before the rank column, else the last one
  const before = totals.filter((c) => c.col < rankCol.col);
  const ordered = [...(before.length ? before : totals)].reverse();
  const rowsFor = (col: number): RankedRow[] => {
    const rows: RankedRow[] = [];
    for (let r = table.firstRow; r <= table.lastRow; r++) rows.push({ total: { row: r, col }, rank: { row: r, col: rankCol.col } });
    return rows;
  };
  // silent when the ranks follow any of the total columns
  const results = ordered.map((c) => checkRankCells(sheet, rowsFor(c.col), lastHeader(c.header) || "总分"));
  return results.find((r) => r.length === 0) ?? results[0];
}

function lastHeader(h: string): string {
  const parts = h.split("/");
  return parts[parts.length - 1];
}

export function checkRankCells(sheet: SheetSnapshot, rows: ReadonlyArray<RankedRow>, totalLabel = "总分"): Finding[] {
  const read = (ref: CellRef): Figure | undefined => {
    const r = readFigure(sheet, ref);
    return r.kind === "number" && !r.figure.approximate ? r.figure : undefined;
  };
  const entries = rows.map((row) => ({ row, total: read(row.total), rank: read(row.rank) }));
  const ranked = entries.filter((e) => e.total && e.rank) as { row: RankedRow; total: Figure; rank: Figure }[];
  if (ranked.length < 2) return [];
  const rankedTotals = ranked.map((e) => e.total.raw);
  const allTotals = entries.filter((e) => e.total).map((e) => e.total!.raw);
  const out: Finding[] = [];
  for (const e of ranked) {
    const expected = competitionRank(e.total.raw, rankedTotals);
    if (e.rank.value === expected) continue;
    // a unit that has a total but no rank may still be in the clerk's RANK range
    if (e.rank.value === competitionRank(e.total.raw, allTotals)) continue;
    const totalCell = cellAddress(e.row.total.row, e.row.total.col);
    out.push({
      kind: "rank-mismatch", severity: "error", sheet: sheet.name, cell: cellAddress(e.row.rank.row, e.row.rank.col),
      related: [totalCell, ...compressCells(ranked.filter((o) => o !== e).map((o) => o.row.total))],
      expected, actual: e.rank.value,
      message: `名次 ${display(e.rank)} 与${totalLabel} ${display(e.total)} 的排名 ${expected} 不一致(同分同名次,按从高到低排)`,
      messageEn: `Rank ${display(e.rank)} does not match the rank ${expected} of ${totalLabel} ${display(e.total)} (highest first, ties share a rank)`,
    });
  }
  return out;
}
