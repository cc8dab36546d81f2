/**
 * Snapshots and relations built by hand, as plain objects, so the checks are tested
 * without the layout: rows of values as the clerk typed them, formats and hidden rows by
 * A1 address, relations by A1 addresses ("C5:C11" expands to its cells).
 */
import { parseCellAddress, parseRangeAddress } from "../../../src/engine/address";
import type { CellValue, RangeRef, SheetSnapshot, WorkbookSnapshot } from "../../../src/engine/grid";
import type {
  CellRef, Column, ColumnRole, ItemSection, ItemTree, Relation, ScoringItem, SheetCellRef, SheetLayout, Table,
  WorkbookLayout, WorkbookRelation,
} from "../../../src/engine/layout/model";

export interface SheetOptions {
  /** number formats by A1 address: { C4: "0.00%" } */
  readonly formats?: Record<string, string>;
  /** hidden rows by sheet row number (1-based, as the clerk sees them) */
  readonly hiddenRows?: number[];
  readonly merges?: string[];
}

export function sheet(name: string, rows: CellValue[][], opts: SheetOptions = {}): SheetSnapshot {
  const numberFormats: (string | null)[][] = [];
  for (const [a, fmt] of Object.entries(opts.formats ?? {})) {
    const { row, col } = parseCellAddress(a);
    (numberFormats[row] ??= [])[col] = fmt;
  }
  for (let r = 0; r < numberFormats.length; r++) numberFormats[r] ??= [];
  return {
    name,
    values: rows,
    numberFormats,
    hiddenRows: (opts.hiddenRows ?? []).map((r) => r - 1),
    merges: (opts.merges ?? []).map(parseRangeAddress),
  };
}

export function workbook(...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { sheets };
}

export const err = (error: string): CellValue => ({ error });

/** "C5" → {row: 4, col: 2} */
export function at(a1: string): CellRef {
  return parseCellAddress(a1);
}

/** "C5:C7", "D3" → every cell, in order */
export function cells(...specs: string[]): CellRef[] {
  const out: CellRef[] = [];
  for (const s of specs) {
    const r: RangeRef = parseRangeAddress(s);
    for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push({ row, col });
  }
  return out;
}

export function on(sheetName: string, a1: string): SheetCellRef {
  return { sheet: sheetName, ...at(a1) };
}

export const rel = {
  sum: (total: string, parts: string[], exhaustive: boolean, label = "合计"): Relation =>
    ({ kind: "sum", total: at(total), parts: cells(...parts), exhaustive, label }),
  rate: (rate: string, numerator: string, denominator: string, scale: number, label: string): Relation =>
    ({ kind: "rate", rate: at(rate), numerator: at(numerator), denominator: at(denominator), scale, label }),
  coverage: (count: string, base: string, label: string): Relation =>
    ({ kind: "coverage", count: at(count), base: at(base), label }),
  difference: (difference: string, base: string, count: string, label: string): Relation =>
    ({ kind: "difference", difference: at(difference), base: at(base), count: at(count), label }),
  ratio: (ratio: string, numerator: string, denominator: string, scale: number, label: string): Relation =>
    ({ kind: "ratio", ratio: at(ratio), numerator: at(numerator), denominator: at(denominator), scale, label }),
  naturalIncrease: (result: string, birthRate: string, deathRate: string, label = "自然增长率"): Relation =>
    ({ kind: "natural-increase", result: at(result), birthRate: at(birthRate), deathRate: at(deathRate), label }),
  shares: (shares: string[], label: string): Relation => ({ kind: "shares", shares: cells(...shares), label }),
  same: (label: string, ...refs: SheetCellRef[]): WorkbookRelation => ({ kind: "same-figure", cells: refs, label }),
  summaryDetail: (summary: SheetCellRef, detail: SheetCellRef, label: string): WorkbookRelation =>
    ({ kind: "summary-detail", summary, detail, label }),
};

export function column(col: string, role: ColumnRole, header: string, extra: Partial<Column> = {}): Column {
  return { col: at(`${col}1`).col, role, header, ...extra };
}

/** rows are sheet row numbers (1-based) */
export function table(headerRow: number, firstRow: number, lastRow: number, columns: Column[], headerBottom = headerRow): Table {
  return { headerTop: headerRow - 1, headerBottom: headerBottom - 1, firstRow: firstRow - 1, lastRow: lastRow - 1, columns };
}

export interface ItemSpec {
  /** sheet row number (1-based) */
  readonly row: number;
  readonly level: number;
  readonly name: string;
  readonly max?: number;
  readonly section?: ItemSection;
  readonly maxFrom?: "column" | "text";
}

/** Items in sheet order; parents and children follow from the levels. */
export function items(specs: ItemSpec[]): ScoringItem[] {
  const out: { -readonly [K in keyof ScoringItem]: ScoringItem[K] }[] = [];
  const stack: typeof out = [];
  for (const s of specs) {
    const section = s.section ?? "item";
    while (stack.length && stack[stack.length - 1].level >= s.level) stack.pop();
    const parent = section === "total" ? undefined : stack[stack.length - 1];
    const item = {
      row: s.row - 1, level: s.level, name: s.name, section, children: [] as number[],
      ...(s.max !== undefined ? { max: s.max, maxFrom: s.maxFrom ?? ("column" as const) } : {}),
      ...(parent ? { parent: parent.row } : {}),
    };
    if (parent) (parent.children as number[]).push(item.row);
    out.push(item);
    if (section !== "total") stack.push(item);
  }
  return out;
}

export function layout(sheets: SheetLayout[], relations: WorkbookRelation[] = []): WorkbookLayout {
  return { sheets, relations };
}

export function sheetLayout(name: string, parts: Partial<Omit<SheetLayout, "name">>): SheetLayout {
  return { name, kind: parts.kind ?? "statistics", tables: parts.tables ?? [], trees: parts.trees ?? [], relations: parts.relations ?? [] };
}

export type { ItemTree };
