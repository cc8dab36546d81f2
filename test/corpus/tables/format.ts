/**
 * The corpus of real published tables (issue 11): the shape of one table file and its reading.
 * Plain data (JSON) so that the generator, the scorer and anyone reading the corpus agree on it;
 * README.md beside this file documents every field.
 */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";

export type Cell = string | number | null;

export interface CorpusSheet {
  readonly name: string;
  /** rows from A1 down, cells from column A across; null = empty (or covered by a merge) */
  readonly rows: ReadonlyArray<ReadonlyArray<Cell>>;
  /** merged ranges, A1 style ("A1:H1") */
  readonly merges?: ReadonlyArray<string>;
  /** alignment indent (Excel's 增加缩进) by cell or range */
  readonly indent?: Readonly<Record<string, number>>;
  /** number formats by cell or range ("0.00", "0.0%") */
  readonly numFmt?: Readonly<Record<string, string>>;
  /** 1-based row numbers that are hidden */
  readonly hiddenRows?: ReadonlyArray<number>;
  /** column widths in characters, from column A */
  readonly widths?: ReadonlyArray<number>;
}

/** A cell whose points are stated inside its text ("(一)村两委重视(20分)"): the number is given. */
export interface PointsRef {
  readonly cell: string;
  readonly points: number;
}

export type Ref = string | PointsRef;

interface Base {
  /** the sheet the cells are on; the table's first sheet when absent */
  readonly sheet?: string;
  /** why this relation is there, where it is not obvious */
  readonly why?: string;
}

/** Every relation a truth can state; each one is checked by arithmetic (verify.ts). */
export type Relation =
  | (Base & { readonly relation: "sum"; readonly cell: string; readonly parts: ReadonlyArray<string>; readonly tolerance?: number })
  | (Base & { readonly relation: "part-of"; readonly cell: string; readonly parts: ReadonlyArray<string> })
  | (Base & { readonly relation: "within"; readonly cell: string; readonly base: string })
  | (Base & { readonly relation: "rate"; readonly cell: string; readonly numerator: string; readonly denominator: string; readonly scale: 100 | 1000 })
  | (Base & { readonly relation: "ratio"; readonly cell: string; readonly numerator: string; readonly denominator: string; readonly scale?: number })
  | (Base & { readonly relation: "difference"; readonly cell: string; readonly minuend: string; readonly subtrahend: string; readonly tolerance?: number })
  | (Base & { readonly relation: "natural-increase"; readonly cell: string; readonly birthRate: string; readonly deathRate: string })
  | (Base & { readonly relation: "share-sum"; readonly parts: ReadonlyArray<string>; readonly total?: number; readonly cell?: string })
  | (Base & { readonly relation: "max-sum"; readonly cell: Ref; readonly parts: ReadonlyArray<Ref> })
  | (Base & { readonly relation: "weight-sum"; readonly parts: ReadonlyArray<string>; readonly total?: number; readonly cell?: string })
  | (Base & { readonly relation: "parent-score"; readonly cell: string; readonly parts: ReadonlyArray<string> })
  | (Base & { readonly relation: "score-within-max"; readonly cells: string; readonly max: number; readonly header?: string })
  | (Base & { readonly relation: "rank"; readonly ranks: string; readonly totals: string })
  | (Base & { readonly relation: "summary-detail"; readonly cell: string; readonly detail: string })
  | (Base & { readonly relation: "same"; readonly cell: string; readonly other: string });

export type RelationName = Relation["relation"];

/** A contradiction of the original: the finding the checker must give, and the relation that fails. */
export type Contradiction = Relation & {
  readonly kind: string;
  /** the cell the finding is about (for share-sum, rank and score-within-max: which one) */
  readonly at?: string;
  readonly expected: number;
  readonly actual: number;
};

/** Findings on these cells count neither as found nor as false alarms (published rounding, say). */
export interface Tolerated {
  readonly sheet?: string;
  readonly cell: string;
  readonly kinds?: ReadonlyArray<string>;
  readonly why: string;
}

export interface CorpusTable {
  readonly id: string;
  readonly title: string;
  /** the public document the table comes from */
  readonly doc: string;
  /** its address */
  readonly source: string;
  readonly notes?: string;
  /** the structures of issue 11 this table shows (README.md lists the tags) */
  readonly structures?: ReadonlyArray<string>;
  readonly sheets: ReadonlyArray<CorpusSheet>;
  readonly truth: {
    readonly holds: ReadonlyArray<Relation>;
    readonly contradictions: ReadonlyArray<Contradiction>;
    readonly tolerated?: ReadonlyArray<Tolerated>;
  };
}

export interface LoadedTable {
  readonly file: string;
  readonly table: CorpusTable;
}

/** Every `*.json` table of a corpus folder, sorted by file name. */
export function loadCorpus(dir: string): LoadedTable[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => ({ file: join(dir, f), table: JSON.parse(readFileSync(join(dir, f), "utf8")) as CorpusTable }));
}

/** The sheet a relation or finding is on. */
export function sheetOf(table: CorpusTable, sheet: string | undefined): string {
  return sheet ?? table.sheets[0].name;
}

/**
 * A deep copy of a table with one cell replaced: plant a contradiction in a consistent original
 * (a 合计 off by one) to see a check fire where it stayed silent. The truth is copied unchanged.
 */
export function withCell(table: CorpusTable, sheet: string, a1: string, value: Cell): CorpusTable {
  const m = /^([A-Z]{1,3})(\d+)$/.exec(a1.toUpperCase());
  if (!m) throw new Error(`bad cell address '${a1}'`);
  let c = 0;
  for (const ch of m[1]) c = c * 26 + (ch.charCodeAt(0) - 64);
  const r = Number(m[2]) - 1;
  const copy = JSON.parse(JSON.stringify(table)) as { sheets: Array<{ name: string; rows: Cell[][] }> };
  const s = copy.sheets.find((x) => x.name === sheet);
  if (!s) throw new Error(`no sheet '${sheet}'`);
  while (s.rows.length <= r) s.rows.push([]);
  const row = s.rows[r];
  while (row.length < c) row.push(null);
  row[c - 1] = value;
  return copy as unknown as CorpusTable;
}
