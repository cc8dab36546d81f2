import type { RangeRef } from "./grid";

/** 0 → "A", 25 → "Z", 26 → "AA" */
export function columnName(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "A" → 0, "AA" → 26 */
export function columnIndex(name: string): number {
  let n = 0;
  for (const ch of name.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) throw new Error(`not a column name: ${name}`);
    n = n * 26 + (code - 64);
  }
  return n - 1;
}

/** (row 0, col 2) → "C1" */
export function cellAddress(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

export function parseCellAddress(a1: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1.trim());
  if (!m) throw new Error(`not an A1 address: ${a1}`);
  return { row: parseInt(m[2], 10) - 1, col: columnIndex(m[1]) };
}

export function rangeAddress(r: RangeRef): string {
  const a = cellAddress(r.top, r.left);
  const b = cellAddress(r.bottom, r.right);
  return a === b ? a : `${a}:${b}`;
}

export function parseRangeAddress(s: string): RangeRef {
  const [a, b] = s.split(":");
  const p = parseCellAddress(a);
  const q = b ? parseCellAddress(b) : p;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

/**
 * Compress a list of cells into A1 ranges: contiguous runs in one column or one row
 * become "C5:C11"; anything else is listed cell by cell.
 */
export function compressCells(cells: ReadonlyArray<{ row: number; col: number }>): string[] {
  if (cells.length === 0) return [];
  const sameCol = cells.every((c) => c.col === cells[0].col);
  const sameRow = cells.every((c) => c.row === cells[0].row);
  const out: string[] = [];
  if (sameCol || sameRow) {
    const key = (c: { row: number; col: number }) => (sameCol ? c.row : c.col);
    const sorted = [...cells].sort((x, y) => key(x) - key(y));
    let start = sorted[0];
    let prev = sorted[0];
    const flush = () => {
      out.push(
        rangeAddress({
          top: Math.min(start.row, prev.row),
          left: Math.min(start.col, prev.col),
          bottom: Math.max(start.row, prev.row),
          right: Math.max(start.col, prev.col),
        }),
      );
    };
    for (let i = 1; i < sorted.length; i++) {
      const c = sorted[i];
      if (key(c) === key(prev) + 1) {
        prev = c;
        continue;
      }
      flush();
      start = c;
      prev = c;
    }
    flush();
    return out;
  }
  return cells.map((c) => cellAddress(c.row, c.col));
}

/** Quote a sheet name for a formula reference when needed: 'My Sheet'!A1 */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** How the clerk's settings name a cell: "Sheet!A1", the sheet unquoted, the cell without $ and upper-cased. */
export function cellKey(sheet: string, cell: string): string {
  return `${sheet}!${cell.replace(/\$/g, "").toUpperCase()}`;
}

/** A stored key ("'Sheet'!$d$12") in cellKey's form ("Sheet!D12"); null when it names no sheet. */
export function normalCellKey(key: string): string | null {
  const i = key.lastIndexOf("!");
  return i > 0 ? cellKey(key.slice(0, i).replace(/^'(.*)'$/, "$1"), key.slice(i + 1)) : null;
}
