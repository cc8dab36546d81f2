/**
 * The fake workbook's state: sheets and cells as Excel holds them, built from a plain
 * description, and the typing rules Excel applies to text written through `values`.
 * Part of the in-memory Excel of ../fakeExcel.ts (see there).
 */
import { cellAddress, parseRangeAddress } from "../../../src/engine/address";
import type { RangeRef } from "../../../src/engine/grid";

export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** A constant as Excel holds it; errors are `{ error: "#N/A" }`. */
export type FakeValue = number | string | boolean | { error: string };

/** A cell's background (absent = no fill). Colours are "#RRGGBB", upper case, as Excel reports them. */
export interface FakeFill {
  color: string;
  /** Excel.FillPattern: "Solid", "Gray50", … ("None" is no fill, never stored) */
  pattern: string;
  patternColor?: string;
  tintAndShade?: number;
}

export interface FakeHyperlink {
  address?: string;
  documentReference?: string;
  textToDisplay?: string;
  screenTip?: string;
}

export interface FakeComment {
  readonly id: string;
  readonly sheet: FakeSheet;
  readonly row: number;
  readonly col: number;
  content: string;
}

export interface FakeCell {
  value: FakeValue | null;
  formula: string | null;
  numberFormat: string;
}

export type FakeCellInit =
  | number
  | string
  | boolean
  | null
  | undefined
  | { value?: FakeValue | null; formula?: string; numberFormat?: string; error?: string };

export interface FakeSheetInit {
  name: string;
  visibility?: "Visible" | "Hidden" | "VeryHidden";
  /** rows of cells starting at A1 (constants are stored as given, not typed) */
  rows?: FakeCellInit[][];
  /** or cells by A1 address */
  cells?: Record<string, FakeCellInit>;
  /** A1 ranges, e.g. "A1:C1" */
  merges?: string[];
  /** 0-based */
  hiddenRows?: number[];
  hiddenCols?: number[];
  /** fills by A1 address: a colour ("#FFC000", solid) or a whole fill */
  fills?: Record<string, string | FakeFill>;
  /** notes (ExcelApi 1.18) by A1 address */
  notes?: Record<string, string>;
}

export interface FakeWorkbookInit {
  name?: string;
  url?: string;
  /** highest ExcelApi 1.x minor version supported, default 17 */
  apiMinor?: number;
  sheets: FakeSheetInit[];
  /** the per-sync payload limit (default 5 MB, as Excel on the web); tests may lower it */
  payloadLimitBytes?: number;
  /** value of a formula written through the API (the fake does not calculate) */
  calc?: (sheet: string, address: string, formula: string) => FakeValue | null;
  /** threaded comments already in the workbook */
  comments?: Array<{ sheet: string; cell: string; content: string }>;
}

export interface SyncRecord {
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly commands: number;
  readonly error?: string;
}

export interface FakeStats {
  syncs: number;
  log: SyncRecord[];
  maxRequestBytes: number;
  maxResponseBytes: number;
  calcSuspensions: number;
  screenSuspensions: number;
  calculations: number;
  runs: number;
  reset(): void;
}

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export class FakeOfficeError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
  }
}

/** UTF-8 byte length without Node's Buffer. */
export function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

// ---------------------------------------------------------------- workbook state

export const KEY = (r: number, c: number) => r * MAX_COLS + c;

export class FakeSheet {
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  /** values[r][c]; undefined/null = empty */
  values: Array<Array<FakeValue | null | undefined> | undefined> = [];
  formulas = new Map<number, string>();
  formats = new Map<number, string>();
  merges: RangeRef[] = [];
  hiddenRows = new Set<number>();
  hiddenCols = new Set<number>();
  /** (cell, formula) → the value it had: the fake's stand-in for recalculation */
  formulaMemory = new Map<number, Map<string, FakeValue | null>>();
  /** backgrounds; absent = no fill */
  fills = new Map<number, FakeFill>();
  /** notes (ExcelApi 1.18) */
  notes = new Map<number, string>();
  hyperlinks = new Map<number, FakeHyperlink>();
  /** column widths in points; absent = the default width */
  columnWidths = new Map<number, number>();
  fonts = new Map<number, { bold?: boolean; size?: number; color?: string }>();
  wrapText = new Set<number>();
  /** rows frozen at the top (ExcelApi 1.7 freezePanes) */
  frozenRows = 0;
  pageLayout: { orientation: string; printTitleRows: string | null; fitToPagesWide: number | null } = {
    orientation: "Portrait",
    printTitleRows: null,
    fitToPagesWide: null,
  };

  constructor(name: string, visibility: FakeSheet["visibility"] = "Visible") {
    this.name = name;
    this.visibility = visibility;
  }

  cell(r: number, c: number): FakeCell {
    const v = this.values[r]?.[c];
    return {
      value: v === undefined ? null : v,
      formula: this.formulas.get(KEY(r, c)) ?? null,
      numberFormat: this.formats.get(KEY(r, c)) ?? "General",
    };
  }

  setCell(r: number, c: number, cell: Partial<FakeCell>): void {
    if ("value" in cell) {
      const row = this.values[r] ?? (this.values[r] = []);
      row[c] = cell.value ?? undefined;
    }
    if ("formula" in cell) {
      if (cell.formula) this.formulas.set(KEY(r, c), cell.formula);
      else this.formulas.delete(KEY(r, c));
    }
    if (cell.numberFormat !== undefined) {
      if (cell.numberFormat === "General") this.formats.delete(KEY(r, c));
      else this.formats.set(KEY(r, c), cell.numberFormat);
    }
    const f = this.formulas.get(KEY(r, c));
    if (f) {
      const m = this.formulaMemory.get(KEY(r, c)) ?? new Map();
      m.set(f, this.cell(r, c).value);
      this.formulaMemory.set(KEY(r, c), m);
    }
  }

  isEmpty(r: number, c: number): boolean {
    const v = this.values[r]?.[c];
    return (v === undefined || v === null || v === "") && !this.formulas.has(KEY(r, c));
  }

  /** bounding box of cells with a value or formula (Excel's used range with valuesOnly) */
  usedRange(valuesOnly: boolean): RangeRef | null {
    let top = Infinity, left = Infinity, bottom = -1, right = -1;
    const take = (r: number, c: number) => {
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    };
    this.values.forEach((row, r) => {
      if (!row) return;
      row.forEach((v, c) => {
        if (v !== undefined && v !== null && v !== "") take(r, c);
      });
    });
    for (const k of this.formulas.keys()) take(Math.floor(k / MAX_COLS), k % MAX_COLS);
    if (!valuesOnly) for (const k of this.formats.keys()) take(Math.floor(k / MAX_COLS), k % MAX_COLS);
    return bottom < 0 ? null : { top, left, bottom, right };
  }
}

export interface FakeState {
  name: string;
  url: string;
  apiMinor: number;
  payloadLimitBytes: number;
  sheets: FakeSheet[];
  activeSheet: string | null;
  selection: { sheet: string; address: string } | null;
  calc?: FakeWorkbookInit["calc"];
  /** threaded comments (ExcelApi 1.10), in the order added */
  comments: FakeComment[];
  nextCommentId: number;
  sheet(name: string): FakeSheet;
  /** A1 address on a sheet → its cell */
  cell(sheet: string, a1: string): FakeCell;
  /** every non-empty cell of every sheet (or of the sheets given), for comparisons */
  dump(filter?: (sheet: FakeSheet) => boolean): Record<string, Record<string, FakeCell>>;
}

export function findSheet(state: FakeState, name: string): FakeSheet | undefined {
  const lower = name.toLowerCase();
  return state.sheets.find((s) => s.name.toLowerCase() === lower);
}

function initCell(sheet: FakeSheet, r: number, c: number, init: FakeCellInit): void {
  if (init === undefined || init === null) return;
  if (typeof init !== "object") {
    sheet.setCell(r, c, { value: init });
    return;
  }
  if (init.error !== undefined) sheet.setCell(r, c, { value: { error: init.error } });
  else if (init.value !== undefined) sheet.setCell(r, c, { value: init.value });
  if (init.numberFormat !== undefined) sheet.setCell(r, c, { numberFormat: init.numberFormat });
  if (init.formula !== undefined) sheet.setCell(r, c, { formula: init.formula });
}

export function buildState(init: FakeWorkbookInit): FakeState {
  const state: FakeState = {
    name: init.name ?? "Book1.xlsx",
    url: init.url ?? `https://example.invalid/${init.name ?? "Book1.xlsx"}`,
    apiMinor: init.apiMinor ?? 17,
    payloadLimitBytes: init.payloadLimitBytes ?? PAYLOAD_LIMIT_BYTES,
    sheets: [],
    activeSheet: null,
    selection: null,
    calc: init.calc,
    comments: [],
    nextCommentId: 1,
    sheet(name) {
      const s = findSheet(state, name);
      if (!s) throw new Error(`no sheet ${name}`);
      return s;
    },
    cell(sheet, a1) {
      const { top, left } = parseRangeAddress(a1);
      return state.sheet(sheet).cell(top, left);
    },
    dump(filter) {
      const out: Record<string, Record<string, FakeCell>> = {};
      for (const s of state.sheets) {
        if (filter && !filter(s)) continue;
        const cells: Record<string, FakeCell> = {};
        const keys = new Set<number>([...s.formulas.keys(), ...s.formats.keys()]);
        s.values.forEach((row, r) => row?.forEach((v, c) => v !== undefined && v !== null && keys.add(KEY(r, c))));
        for (const k of [...keys].sort((a, b) => a - b)) {
          const r = Math.floor(k / MAX_COLS), c = k % MAX_COLS;
          cells[cellAddress(r, c)] = s.cell(r, c);
        }
        out[s.name] = cells;
      }
      return out;
    },
  };
  for (const si of init.sheets) {
    const s = new FakeSheet(si.name, si.visibility);
    si.rows?.forEach((row, r) => row.forEach((cell, c) => initCell(s, r, c, cell)));
    for (const [a1, cell] of Object.entries(si.cells ?? {})) {
      const { top, left } = parseRangeAddress(a1);
      initCell(s, top, left, cell);
    }
    s.merges = (si.merges ?? []).map(parseRangeAddress);
    si.hiddenRows?.forEach((r) => s.hiddenRows.add(r));
    si.hiddenCols?.forEach((c) => s.hiddenCols.add(c));
    for (const [a1, f] of Object.entries(si.fills ?? {})) {
      const { top, left } = parseRangeAddress(a1);
      s.fills.set(KEY(top, left), typeof f === "string" ? { color: normalizeColor(f), pattern: "Solid" } : { ...f, color: normalizeColor(f.color) });
    }
    for (const [a1, text] of Object.entries(si.notes ?? {})) {
      const { top, left } = parseRangeAddress(a1);
      s.notes.set(KEY(top, left), text);
    }
    state.sheets.push(s);
  }
  for (const c of init.comments ?? []) {
    const s = state.sheet(c.sheet);
    const { top, left } = parseRangeAddress(c.cell);
    state.comments.push({ id: `c${state.nextCommentId++}`, sheet: s, row: top, col: left, content: c.content });
  }
  state.activeSheet = state.sheets.find((s) => s.visibility === "Visible")?.name ?? null;
  return state;
}

// ---------------------------------------------------------------- typing rules

const ERROR_LITERALS = new Set([
  "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA",
  "#SPILL!", "#CALC!", "#FIELD!", "#BUSY!", "#CONNECT!", "#BLOCKED!", "#UNKNOWN!",
]);

/** What Excel stores when `s` is written through `values` into a cell formatted `fmt`. */
export function typeAsExcel(s: string, fmt: string): { value: FakeValue | null; formula: string | null } {
  if (fmt === "@") return { value: s === "" ? null : s, formula: null };
  if (s === "") return { value: null, formula: null };
  if (s.startsWith("'")) return { value: s.slice(1) === "" ? null : s.slice(1), formula: null };
  const t = s.trim();
  if (/^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?%?$/.test(t) && /\d/.test(t)) {
    const pct = t.endsWith("%");
    const n = Number(t.replace(/,/g, "").replace(/%$/, ""));
    if (Number.isFinite(n)) return { value: pct ? n / 100 : n, formula: null };
  }
  if (s.length > 1 && (s.startsWith("=") || s.startsWith("+") || s.startsWith("-")))
    return { value: null, formula: s.startsWith("=") ? s : `=${s}` };
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === "true", formula: null };
  if (ERROR_LITERALS.has(t.toUpperCase())) return { value: { error: t.toUpperCase() }, formula: null };
  return { value: s, formula: null };
}

export function runs(indices: number[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const i of indices) {
    const last = out[out.length - 1];
    if (last && last[1] === i - 1) last[1] = i;
    else out.push([i, i]);
  }
  return out;
}

const NAMED_COLORS: Record<string, string> = { white: "#FFFFFF", black: "#000000", red: "#FF0000", yellow: "#FFFF00", orange: "#FFA500" };

/** "#ffc7ce" / "ffc7ce" / "red" → "#FFC7CE", as Excel reports colours */
export function normalizeColor(c: string): string {
  const named = NAMED_COLORS[c.toLowerCase()];
  if (named) return named;
  const m = /^#?([0-9a-f]{6})$/i.exec(c.trim());
  if (!m) throw new FakeOfficeError("InvalidArgument", `bad colour ${c}`);
  return `#${m[1].toUpperCase()}`;
}
