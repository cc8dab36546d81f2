/**
 * Building sheet snapshots in code: rows of values, merges in A1 notation, hidden rows,
 * number formats. Test-only.
 */
import { parseCellAddress, parseRangeAddress } from "../../../src/engine/address";
import type { CellValue, SheetSnapshot } from "../../../src/engine/grid";
import type { CellRef, Relation } from "../../../src/engine/layout/model";
import { cellAddress, compressCells } from "../../../src/engine/address";

export interface SheetOptions {
  merges?: string[];
  hiddenRows?: number[];
  /** "C5" → "0.00%" */
  formats?: Record<string, string>;
}

export function sheet(name: string, rows: CellValue[][], opts: SheetOptions = {}): SheetSnapshot {
  const numberFormats: (string | null)[][] = [];
  for (const [a1, fmt] of Object.entries(opts.formats ?? {})) {
    const { row, col } = parseCellAddress(a1);
    (numberFormats[row] ??= [])[col] = fmt;
  }
  return {
    name,
    values: rows,
    merges: (opts.merges ?? []).map(parseRangeAddress),
    hiddenRows: opts.hiddenRows ?? [],
    numberFormats,
  };
}

const a1 = (c: CellRef) => cellAddress(c.row, c.col);

/** A relation written compactly for exact comparison: "sum C12 = C5:C11", "sum≥ C4 ⊇ C5,C6", "rate D3 = B3/C3 ×100". */
export function show(r: Relation): string {
  switch (r.kind) {
    case "sum":
      return `${r.exhaustive ? "sum" : "part"} ${a1(r.total)} = ${compressCells(r.parts).join(",")}`;
    case "rate":
      return `rate ${a1(r.rate)} = ${a1(r.numerator)}/${a1(r.denominator)} x${r.scale}`;
    case "coverage":
      return `coverage ${a1(r.count)} <= ${a1(r.base)}`;
    case "difference":
      return `difference ${a1(r.difference)} = ${a1(r.base)}-${a1(r.count)}`;
    case "ratio":
      return `ratio ${a1(r.ratio)} = ${a1(r.numerator)}/${a1(r.denominator)} x${r.scale}`;
    case "natural-increase":
      return `increase ${a1(r.result)} = ${a1(r.birthRate)}-${a1(r.deathRate)}`;
    case "shares":
      return `shares ${compressCells(r.shares).join(",")}`;
  }
}

export function shown(rs: ReadonlyArray<Relation>): string[] {
  return rs.map(show).sort();
}
