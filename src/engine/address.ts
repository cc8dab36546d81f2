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

/**
 * Quote a sheet name for a formula reference when needed: 'My Sheet'!A1. A plain name that
 * reads as a cell (A1, XFD12) or an R1C1 reference (R, C, R1C1) is quoted as Excel quotes it.
 */
export function quoteSheetName(name: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]?\d*|[Cc]\d*)$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** How the clerk's settings name a cell: "Sheet!A1", the sheet unquoted, the cell without $ and upper-cased. */
export function cellKey(sheet: string, cell: string): string {
  return `${sheet}!${cell.replace(/\$/g, "").toUpperCase()}`;
}

/** A stored key ("'Sheet'!$d$12") in cellKey's form ("Sheet!D12"); null when it names no sheet. */
export function normalCellKey(key: string): string | null {
  const { sheet, address } = parseReference(key);
  return sheet ? cellKey(sheet, address) : null;
}

// ---------------------------------------------------------------- sheet-qualified references
// The one reader and writer of `'Sheet''s name'!$D$12` for every host and the pane: a name
// that is not a plain identifier is quoted, a quote inside it doubled; the address after the
// `!` is kept as written (`$D$12`, `C5:C11`).

/** A reference split into the sheet it names (unquoted, quotes undoubled) and its address. */
export interface SheetReference {
  /** null when the reference names no sheet ("C12") */
  readonly sheet: string | null;
  /** what follows the `!`, as written: "$D$12", "C5:C11" */
  readonly address: string;
}

/** (`Sheet's name`, `$D$12`) → `'Sheet''s name'!$D$12` */
export function formatReference(sheet: string, address: string): string {
  return `${quoteSheetName(sheet)}!${address}`;
}

/**
 * `'Sheet''s name'!$D$12` → { sheet: "Sheet's name", address: "$D$12" }; `统计表!C5` → sheet
 * 统计表; `C12` → no sheet. A quoted name may hold `!`, `,`, spaces and doubled quotes. An
 * unquoted name runs to the last `!` (an address never holds one), which also reads
 * cellKey's form ("It's!D12"). Never throws: a leading quote that does not close a name
 * followed by `!` is read as part of an unquoted name.
 */
export function parseReference(ref: string): SheetReference {
  const s = ref.trim();
  if (s.startsWith("'")) {
    let name = "";
    let i = 1;
    for (;;) {
      const q = s.indexOf("'", i);
      if (q < 0) break;
      name += s.slice(i, q);
      if (s[q + 1] === "'") {
        name += "'";
        i = q + 2;
        continue;
      }
      if (s[q + 1] === "!") return { sheet: name, address: s.slice(q + 2) };
      break;
    }
  }
  const bang = s.lastIndexOf("!");
  return bang < 0 ? { sheet: null, address: s } : { sheet: s.slice(0, bang), address: s.slice(bang + 1) };
}

/** "C12,'A, B'!C5:C11" → ["C12", "'A, B'!C5:C11"]: a list of references split at the commas outside quoted names. */
export function splitReferences(list: string): string[] {
  const out: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const ch = list[i];
    // a doubled quote inside a quoted name turns quoting off and on again
    if (ch === "'") quoted = !quoted;
    else if (ch === "," && !quoted) {
      out.push(list.slice(start, i));
      start = i + 1;
    }
  }
  out.push(list.slice(start));
  return out.map((r) => r.trim()).filter(Boolean);
}
