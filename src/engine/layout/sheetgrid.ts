/**
 * A sheet prepared for reading its layout: keys of text cells (on demand), merges indexed by cell
 * (a covered cell knows its master), and readings of figures on demand. Built once per sheet
 * once, so understanding a 20,000-row sheet stays linear.
 */
import { type CellValue, type RangeRef, type SheetSnapshot, cellAt, colCount, indentAt, isCellError, numberFormatAt } from "../grid";
import { type Reading, readCell } from "../values";
import { key } from "./text";

export class SheetGrid {
  readonly rows: number;
  readonly cols: number;
  private readonly masters = new Map<number, RangeRef>();
  /** keys of text cells that needed folding (most keys are the text itself) */
  private readonly folded = new Map<number, string>();

  constructor(readonly sheet: SheetSnapshot) {
    this.rows = sheet.values.length;
    this.cols = colCount(sheet);
    for (const m of sheet.merges ?? []) {
      if (m.bottom - m.top > 2000 || m.right - m.left > 200) continue;
      for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) this.masters.set(r * 65536 + c, m);
    }
  }

  value(r: number, c: number): CellValue {
    return cellAt(this.sheet, r, c);
  }

  /** key of a text cell ("" for numbers and empty cells); covered cells of a merge are "" */
  key(r: number, c: number): string {
    const v = this.sheet.values[r]?.[c];
    if (typeof v !== "string") return "";
    const at = r * 65536 + c;
    let k = this.folded.get(at);
    if (k === undefined) {
      k = key(v);
      if (k !== v) this.folded.set(at, k);
    }
    return k;
  }

  /** key of the cell, or of its merge's master when it is covered */
  mergedKey(r: number, c: number): string {
    const m = this.masters.get(r * 65536 + c);
    return m ? this.key(m.top, m.left) : this.key(r, c);
  }

  raw(r: number, c: number): string {
    const v = this.value(r, c);
    return typeof v === "string" ? v : "";
  }

  /** the alignment indent level of a cell (0 where none) */
  indent(r: number, c: number): number {
    return indentAt(this.sheet, r, c);
  }

  merge(r: number, c: number): RangeRef | undefined {
    return this.masters.get(r * 65536 + c);
  }

  /** the merge master of a cell (the cell itself when not merged) */
  master(r: number, c: number): { row: number; col: number } {
    const m = this.masters.get(r * 65536 + c);
    return m ? { row: m.top, col: m.left } : { row: r, col: c };
  }

  private readonly readings = new Map<number, Reading>();
  private readonly memos: { cols: ReadonlyArray<number>; rows: unknown[] }[] = [];

  /** a per-sheet cache by row (undefined = not yet known) for facts derived from a set of columns (row labels) */
  memoFor<T>(cols: ReadonlyArray<number>): (T | undefined)[] {
    for (const m of this.memos) {
      if (m.cols === cols || (m.cols.length === cols.length && m.cols.every((c, i) => c === cols[i]))) return m.rows as (T | undefined)[];
    }
    const rows: unknown[] = new Array(this.rows);
    this.memos.push({ cols: [...cols], rows });
    return rows as (T | undefined)[];
  }

  reading(r: number, c: number): Reading {
    const v = this.value(r, c);
    const fmt = numberFormatAt(this.sheet, r, c);
    if (typeof v !== "string") return readCell(v, fmt);
    const k = r * 65536 + c;
    let rd = this.readings.get(k);
    if (!rd) {
      rd = readCell(v, fmt);
      this.readings.set(k, rd);
    }
    return rd;
  }

  isEmpty(r: number, c: number): boolean {
    const v = this.value(r, c);
    return v === null || (typeof v === "string" && v.trim() === "");
  }

  /** a figure: a number cell, a formula/error cell, or text that reads as a number */
  isFigure(r: number, c: number): boolean {
    const v = this.value(r, c);
    if (typeof v === "number") return true;
    if (isCellError(v)) return true;
    if (typeof v === "string") return this.reading(r, c).kind === "number";
    return false;
  }

  /** non-empty cells of a row that are not covered by another cell's merge */
  private readonly filledRows: (number[] | undefined)[] = [];

  filled(r: number, from = 0, to = this.cols - 1): number[] {
    const whole = from === 0 && to === this.cols - 1;
    if (whole) {
      const cached = this.filledRows[r];
      if (cached) return cached;
    }
    const out = this.scan(r, from, to);
    if (whole && r >= 0) this.filledRows[r] = out;
    return out;
  }

  private scan(r: number, from: number, to: number): number[] {
    const out: number[] = [];
    const row = this.sheet.values[r];
    if (!row) return out;
    const last = Math.min(to, row.length - 1);
    for (let c = from; c <= last; c++) {
      const v = row[c];
      if (v === null || v === undefined || (typeof v === "string" && v.trim() === "")) continue;
      out.push(c);
    }
    return out;
  }

  /** the first non-empty cell of a row at or after `from` (-1: none), without listing the row */
  firstFilled(r: number, from = 0): number {
    const known = this.filledRows[r];
    if (known) {
      for (const c of known) if (c >= from) return c;
      return -1;
    }
    const row = this.sheet.values[r];
    if (!row) return -1;
    for (let c = from; c < row.length && c < this.cols; c++) {
      const v = row[c];
      if (v === null || v === undefined || (typeof v === "string" && v.trim() === "")) continue;
      return c;
    }
    return -1;
  }

  /** 1 = empty, 2 = has a cell; 0 = not yet known (no array per row: most rows are only asked this) */
  private emptyRows: Uint8Array | undefined;

  rowEmpty(r: number): boolean {
    const known = this.filledRows[r];
    if (known) return known.length === 0;
    const flags = (this.emptyRows ??= new Uint8Array(this.rows));
    if (r < 0 || r >= this.rows) return true;
    if (flags[r] === 0) {
      let empty = true;
      const row = this.sheet.values[r];
      if (row) {
        for (let c = 0; c < row.length && c < this.cols; c++) {
          const v = row[c];
          if (v === null || v === undefined || (typeof v === "string" && v.trim() === "")) continue;
          empty = false;
          break;
        }
      }
      flags[r] = empty ? 1 : 2;
    }
    return flags[r] === 1;
  }
}
