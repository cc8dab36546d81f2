/**
 * A faithful in-memory Excel for tests: exactly the subset of the Office.js Excel API the add-in
 * uses, with the semantics that matter to it:
 *  - proxies queue commands; nothing happens until `context.sync()`;
 *  - a property is readable only after `load` AND `sync` (else a PropertyNotLoaded error);
 *  - `*OrNullObject` methods give objects whose `isNullObject` is readable after a sync;
 *  - 2-D arrays set on a range must match its shape (or be a single value for all cells);
 *  - text written through `values` is typed as a clerk's typing would be ("0123" → 123,
 *    "=x" → formula, "'x" → text "x", "#N/A" → error) unless the cell's format is "@";
 *  - each sync's request (JSON of the queued commands) and response (JSON of the returned
 *    data) are measured in UTF-8 bytes; over 5 MB either way the sync fails with
 *    RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded, as Excel on the web does;
 *  - methods newer than the configured ExcelApi version fail at sync with ApiNotFound.
 * It does not calculate: a formula cell's value is the one given at construction, or what
 * `calc` returns when a formula is written, or the value the cell last had with that same
 * formula (what Excel's recalculation of unchanged inputs would give), or null.
 *
 * No Node-only imports: the task pane's browser tests load it too.
 */
import { cellAddress, parseRangeAddress } from "../../src/engine/address";
import type { RangeRef } from "../../src/engine/grid";

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

const MAX_ROWS = 1048576;
const MAX_COLS = 16384;

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

const KEY = (r: number, c: number) => r * MAX_COLS + c;

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

function findSheet(state: FakeState, name: string): FakeSheet | undefined {
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

// ---------------------------------------------------------------- proxies

type Resolved = unknown;

interface Op {
  readonly wire: unknown;
  run(resp: unknown[], commits: Array<() => void>): void;
}

function quoteSheet(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function apiError(code: string, message: string): FakeOfficeError {
  return new FakeOfficeError(code, message);
}

function notLoaded(prop: string): FakeOfficeError {
  return apiError(
    "PropertyNotLoaded",
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

function splitProps(props?: string | string[] | Record<string, unknown>): string[] | undefined {
  if (props === undefined) return undefined;
  if (typeof props === "string") return props.split(",").map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(props)) return props.flatMap((p) => splitProps(p) ?? []);
  throw apiError("InvalidArgument", "the fake supports load(string | string[]) only");
}

abstract class ClientObject {
  readonly context: FakeRequestContext;
  protected readonly _path: string;
  protected _loaded: Record<string, unknown> = {};
  private _resolved = false;
  private _target: Resolved | null = null;
  private _nullKnown: boolean | undefined;

  constructor(context: FakeRequestContext, path: string) {
    this.context = context;
    this._path = path;
  }

  protected abstract _resolveTarget(): Resolved | null;
  protected abstract _readProp(target: Resolved, prop: string): unknown;
  protected abstract readonly _scalarProps: string[];

  /** resolve once, at the first command that needs the object (its place in the queue) */
  _target_(): Resolved | null {
    if (!this._resolved) {
      this._target = this._resolveTarget();
      this._resolved = true;
      this.context._afterSync.push(() => (this._nullKnown = this._target === null));
    }
    return this._target;
  }

  /** for ops that require a real object */
  _require(): Resolved {
    const t = this._target_();
    if (t === null) throw apiError("ItemNotFound", `The requested resource doesn't exist (${this._path}).`);
    return t;
  }

  /** *OrNullObject methods: the object is looked up at its place in the queue, so that
   * `isNullObject` is known after the next sync even when nothing else touches it */
  _instantiate(): this {
    this._queue({ p: this._path, m: "instantiate" }, () => void this._target_());
    return this;
  }

  get isNullObject(): boolean {
    if (this._nullKnown === undefined) throw notLoaded("isNullObject");
    return this._nullKnown;
  }

  protected _get(prop: string): unknown {
    if (!(prop in this._loaded)) throw notLoaded(prop);
    return this._loaded[prop];
  }

  protected _queue(wire: unknown, run: Op["run"]): void {
    this.context._enqueue({ wire, run });
  }

  protected _set(prop: string, value: unknown, apply: (target: Resolved) => void): void {
    this._queue({ p: this._path, set: prop, v: value }, () => apply(this._require()));
  }

  load(props?: string | string[]): this {
    const list = splitProps(props) ?? this._scalarProps;
    this._queue({ p: this._path, load: list }, (resp, commits) => {
      const t = this._target_();
      if (t === null) {
        resp.push({ p: this._path, null: true });
        return;
      }
      const data: Record<string, unknown> = {};
      for (const p of list) data[p] = this._readProp(t, p);
      resp.push(data);
      commits.push(() => Object.assign(this._loaded, data));
    });
    return this;
  }

  toJSON(): Record<string, unknown> {
    return { ...this._loaded };
  }
}

function requireApi(ctx: FakeRequestContext, minor: number, what: string): void {
  if (ctx._state.apiMinor < minor) throw apiError("ApiNotFound", `${what} needs ExcelApi 1.${minor}`);
}

class FakeApplication extends ClientObject {
  protected readonly _scalarProps = ["calculationMode"];
  protected _resolveTarget() {
    return this.context._state;
  }
  protected _readProp(_t: Resolved, p: string) {
    if (p === "calculationMode") return "Automatic";
    throw apiError("InvalidArgument", `unknown property ${p}`);
  }
  suspendApiCalculationUntilNextSync(): void {
    this._queue({ p: this._path, m: "suspendApiCalculationUntilNextSync" }, () => {
      requireApi(this.context, 6, "suspendApiCalculationUntilNextSync");
      this.context._stats.calcSuspensions++;
    });
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this._queue({ p: this._path, m: "suspendScreenUpdatingUntilNextSync" }, () => {
      requireApi(this.context, 9, "suspendScreenUpdatingUntilNextSync");
      this.context._stats.screenSuspensions++;
    });
  }
  calculate(type: string): void {
    this._queue({ p: this._path, m: "calculate", a: [type] }, () => {
      this.context._stats.calculations++;
    });
  }
}

class FakeWorkbook extends ClientObject {
  protected readonly _scalarProps = ["name"];
  readonly worksheets: FakeWorksheetCollection;
  readonly application: FakeApplication;
  constructor(ctx: FakeRequestContext) {
    super(ctx, "workbook");
    this.worksheets = new FakeWorksheetCollection(ctx, "workbook.worksheets");
    this.application = new FakeApplication(ctx, "workbook.application");
  }
  private _comments?: FakeCommentCollection;
  /** threaded comments (ExcelApi 1.10) */
  get comments(): FakeCommentCollection {
    return (this._comments ??= new FakeCommentCollection(this.context, "workbook.comments"));
  }
  protected _resolveTarget() {
    return this.context._state;
  }
  protected _readProp(_t: Resolved, p: string) {
    if (p === "name") return this.context._state.name;
    throw apiError("InvalidArgument", `unknown property ${p}`);
  }
  get name(): string {
    return this._get("name") as string;
  }
}

class FakeWorksheetCollection extends ClientObject {
  protected readonly _scalarProps = ["items"];
  protected _resolveTarget() {
    return this.context._state.sheets;
  }
  protected _readProp(): unknown {
    throw apiError("InvalidArgument", "load items/...");
  }
  get items(): FakeWorksheet[] {
    return this._get("items") as FakeWorksheet[];
  }
  override load(props?: string | string[]): this {
    const list = (splitProps(props) ?? ["items/name", "items/visibility", "items/position"]).map((p) =>
      p.replace(/^items\//, ""),
    );
    this._queue({ p: this._path, load: list }, (resp, commits) => {
      const sheets = [...this.context._state.sheets];
      const items = sheets.map((s, i) => {
        const ws = new FakeWorksheet(this.context, `${this._path}.getItem(${JSON.stringify(s.name)})`, () => s);
        const data: Record<string, unknown> = {};
        for (const p of list) data[p] = ws._readPublic(s, p, i);
        resp.push(data);
        commits.push(() => ws._commit(data));
        return ws;
      });
      commits.push(() => (this._loaded.items = items));
    });
    return this;
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, `${this._path}.getItem(${JSON.stringify(name)})`, () => {
      const s = findSheet(this.context._state, name);
      if (!s) throw apiError("ItemNotFound", `The requested resource doesn't exist (worksheet ${name}).`);
      return s;
    });
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return this._orNull(new FakeWorksheet(this.context, `${this._path}.getItemOrNullObject(${JSON.stringify(name)})`, () => {
      requireApi(this.context, 4, "getItemOrNullObject");
      return findSheet(this.context._state, name) ?? null;
    }));
  }
  private _orNull<T extends ClientObject>(o: T): T {
    return o._instantiate();
  }
  add(name: string): FakeWorksheet {
    let created: FakeSheet | undefined;
    const ws = new FakeWorksheet(this.context, `${this._path}.add(${JSON.stringify(name)})`, () => {
      if (!created) throw apiError("InvalidOperation", "sheet not yet added");
      return created;
    });
    this._queue({ p: this._path, m: "add", a: [name] }, () => {
      if (findSheet(this.context._state, name))
        throw apiError("ItemAlreadyExists", `A worksheet named ${name} already exists.`);
      if (/[\\/?*[\]:]/.test(name) || name.length > 31 || name.trim() === "")
        throw apiError("InvalidArgument", `bad sheet name ${name}`);
      created = new FakeSheet(name);
      this.context._state.sheets.push(created);
    });
    return ws;
  }
}

class FakeWorksheet extends ClientObject {
  protected readonly _scalarProps = ["name", "visibility", "position"];
  private readonly _resolver: () => FakeSheet | null;
  constructor(ctx: FakeRequestContext, path: string, resolver: () => FakeSheet | null) {
    super(ctx, path);
    this._resolver = resolver;
  }
  protected _resolveTarget() {
    return this._resolver();
  }
  _readPublic(s: FakeSheet, p: string, index?: number): unknown {
    switch (p) {
      case "name":
        return s.name;
      case "visibility":
        return s.visibility;
      case "position":
        return index ?? this.context._state.sheets.indexOf(s);
      default:
        throw apiError("InvalidArgument", `the fake does not model Worksheet.${p}`);
    }
  }
  protected _readProp(t: Resolved, p: string) {
    return this._readPublic(t as FakeSheet, p);
  }
  /** an item of a loaded collection: its data arrived, and it is known to exist */
  _commit(data: Record<string, unknown>): void {
    Object.assign(this._loaded, data);
    this._target_();
  }
  get name(): string {
    return this._get("name") as string;
  }
  get visibility(): string {
    return this._get("visibility") as string;
  }
  set visibility(v: string) {
    this._set("visibility", v, (t) => {
      if (v !== "Visible" && v !== "Hidden" && v !== "VeryHidden") throw apiError("InvalidArgument", v);
      (t as FakeSheet).visibility = v;
    });
  }
  get position(): number {
    return this._get("position") as number;
  }
  _sheetNow(): FakeSheet {
    return this._require() as FakeSheet;
  }
  private _sheet(): FakeSheet {
    return this._require() as FakeSheet;
  }
  /** Worksheet.getRanges (ExcelApi 1.9): "C12, C5:C11" */
  getRanges(address: string): FakeRangeAreas {
    return new FakeRangeAreas(this.context, `${this._path}.getRanges(${JSON.stringify(address)})`, () => {
      requireApi(this.context, 9, "getRanges");
      const s = this._sheet();
      const rects = address.split(/\s*,\s*/).map((a) => {
        const bare = a.includes("!") ? a.slice(a.lastIndexOf("!") + 1) : a;
        try {
          return parseRangeAddress(bare.replace(/\$/g, ""));
        } catch {
          throw apiError("InvalidArgument", `bad address ${address}`);
        }
      });
      return { sheet: s, rects };
    });
  }

  getRange(address: string): FakeRange {
    return new FakeRange(this.context, `${this._path}.getRange(${JSON.stringify(address)})`, () => {
      const s = this._sheet();
      const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
      let rect: RangeRef;
      try {
        rect = parseRangeAddress(bare.replace(/\$/g, ""));
      } catch {
        throw apiError("InvalidArgument", `bad address ${address}`);
      }
      return { sheet: s, rect };
    });
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(
      this.context,
      `${this._path}.getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`,
      () => {
        requireApi(this.context, 7, "getRangeByIndexes");
        const s = this._sheet();
        if (startRow < 0 || startColumn < 0 || rowCount < 1 || columnCount < 1 ||
            startRow + rowCount > MAX_ROWS || startColumn + columnCount > MAX_COLS)
          throw apiError("InvalidArgument", "range outside the sheet");
        return {
          sheet: s,
          rect: { top: startRow, left: startColumn, bottom: startRow + rowCount - 1, right: startColumn + columnCount - 1 },
        };
      },
    );
  }
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return (new FakeRange(this.context, `${this._path}.getUsedRangeOrNullObject(${valuesOnly})`, () => {
      requireApi(this.context, 4, "getUsedRangeOrNullObject");
      const s = this._require() as FakeSheet;
      const rect = s.usedRange(valuesOnly);
      return rect ? { sheet: s, rect } : null;
    }))._instantiate();
  }
  activate(): void {
    this._queue({ p: this._path, m: "activate" }, () => {
      const s = this._sheet();
      if (s.visibility !== "Visible") throw apiError("InvalidOperation", "cannot activate a hidden sheet");
      this.context._state.activeSheet = s.name;
    });
  }
  delete(): void {
    this._queue({ p: this._path, m: "delete" }, () => {
      const st = this.context._state;
      const s = this._sheet();
      if (s.visibility === "VeryHidden")
        throw apiError("InvalidOperation", "a very hidden worksheet cannot be deleted; make it hidden or visible first");
      if (s.visibility === "Visible" && st.sheets.filter((x) => x.visibility === "Visible").length === 1)
        throw apiError("InvalidOperation", "a workbook must keep one visible sheet");
      st.sheets.splice(st.sheets.indexOf(s), 1);
      st.comments = st.comments.filter((c) => c.sheet !== s);
    });
  }
  set position(p: number) {
    this._set("position", p, (t) => {
      const st = this.context._state;
      const s = t as FakeSheet;
      if (!Number.isInteger(p) || p < 0 || p >= st.sheets.length) throw apiError("InvalidArgument", `bad position ${p}`);
      st.sheets.splice(st.sheets.indexOf(s), 1);
      st.sheets.splice(p, 0, s);
    });
  }
  private _notes?: FakeNoteCollection;
  /** the sheet's notes (ExcelApi 1.18) */
  get notes(): FakeNoteCollection {
    return (this._notes ??= new FakeNoteCollection(this.context, `${this._path}.notes`, () => this._require() as FakeSheet));
  }
  /** ExcelApi 1.7: only freezeRows is modelled */
  get freezePanes(): { freezeRows(count?: number): void } {
    return {
      freezeRows: (count = 1) =>
        this._queue({ p: `${this._path}.freezePanes`, m: "freezeRows", a: [count] }, () => {
          requireApi(this.context, 7, "freezePanes");
          (this._require() as FakeSheet).frozenRows = count;
        }),
    };
  }
  private _pageLayout?: FakePageLayout;
  /** ExcelApi 1.9 */
  get pageLayout(): FakePageLayout {
    return (this._pageLayout ??= new FakePageLayout(this.context, `${this._path}.pageLayout`, () => this._require() as FakeSheet));
  }
}

interface RangeTarget {
  sheet: FakeSheet;
  rect: RangeRef;
}

function rectAddress(sheet: FakeSheet, r: RangeRef): string {
  const a = cellAddress(r.top, r.left);
  const b = cellAddress(r.bottom, r.right);
  return `${quoteSheet(sheet.name)}!${a === b ? a : `${a}:${b}`}`;
}

function cellsOf<T>(t: RangeTarget, f: (r: number, c: number) => T): T[][] {
  const out: T[][] = [];
  for (let r = t.rect.top; r <= t.rect.bottom; r++) {
    const row: T[] = [];
    for (let c = t.rect.left; c <= t.rect.right; c++) row.push(f(r, c));
    out.push(row);
  }
  return out;
}

function wireValue(v: FakeValue | null): number | string | boolean {
  if (v === null) return "";
  if (typeof v === "object") return v.error;
  return v;
}

function runs(indices: number[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const i of indices) {
    const last = out[out.length - 1];
    if (last && last[1] === i - 1) last[1] = i;
    else out.push([i, i]);
  }
  return out;
}

class FakeRange extends ClientObject {
  protected readonly _scalarProps = [
    "address", "values", "formulas", "numberFormat", "valueTypes", "text",
    "rowIndex", "columnIndex", "rowCount", "columnCount", "rowHidden", "columnHidden", "cellCount",
  ];
  private readonly _resolver: () => RangeTarget | null;
  constructor(ctx: FakeRequestContext, path: string, resolver: () => RangeTarget | null) {
    super(ctx, path);
    this._resolver = resolver;
  }
  protected _resolveTarget() {
    return this._resolver();
  }
  protected _readProp(target: Resolved, p: string): unknown {
    const t = target as RangeTarget;
    const s = t.sheet;
    const { top, left, bottom, right } = t.rect;
    switch (p) {
      case "address":
        return rectAddress(s, t.rect);
      case "rowIndex":
        return top;
      case "columnIndex":
        return left;
      case "rowCount":
        return bottom - top + 1;
      case "columnCount":
        return right - left + 1;
      case "cellCount":
        return (bottom - top + 1) * (right - left + 1);
      case "values":
        return cellsOf(t, (r, c) => wireValue(s.values[r]?.[c] ?? null));
      case "text":
        return cellsOf(t, (r, c) => String(wireValue(s.values[r]?.[c] ?? null)));
      case "formulas":
        return cellsOf(t, (r, c) => s.formulas.get(KEY(r, c)) ?? wireValue(s.values[r]?.[c] ?? null));
      case "numberFormat":
        return cellsOf(t, (r, c) => s.formats.get(KEY(r, c)) ?? "General");
      case "valueTypes":
        return cellsOf(t, (r, c) => {
          const v = s.values[r]?.[c] ?? null;
          if (v === null || v === "") return "Empty";
          if (typeof v === "object") return "Error";
          if (typeof v === "number") return "Double";
          if (typeof v === "boolean") return "Boolean";
          return "String";
        });
      case "hyperlink": {
        const h = s.hyperlinks.get(KEY(top, left));
        return h ? { ...h } : null;
      }
      case "rowHidden":
      case "columnHidden": {
        const set = p === "rowHidden" ? s.hiddenRows : s.hiddenCols;
        const [a, b] = p === "rowHidden" ? [top, bottom] : [left, right];
        let hidden = 0;
        for (let i = a; i <= b; i++) if (set.has(i)) hidden++;
        return hidden === 0 ? false : hidden === b - a + 1 ? true : null;
      }
      default:
        throw apiError("InvalidArgument", `the fake does not model Range.${p}`);
    }
  }
  private _format?: FakeRangeFormat;
  get format(): FakeRangeFormat {
    return (this._format ??= new FakeRangeFormat(this.context, `${this._path}.format`, () => this._target_() as RangeTarget | null));
  }
  /** ExcelApi 1.7: the top-left cell's hyperlink (null when none) */
  get hyperlink(): FakeHyperlink | null { return this._get("hyperlink") as FakeHyperlink | null; }
  set hyperlink(h: FakeHyperlink | null) {
    this._set("hyperlink", h, (target) => {
      requireApi(this.context, 7, "Range.hyperlink");
      const t = target as RangeTarget;
      for (let r = t.rect.top; r <= t.rect.bottom; r++)
        for (let c = t.rect.left; c <= t.rect.right; c++) {
          if (h && (h.address || h.documentReference)) t.sheet.hyperlinks.set(KEY(r, c), { ...h });
          else t.sheet.hyperlinks.delete(KEY(r, c));
        }
      if (h?.textToDisplay !== undefined)
        t.sheet.setCell(t.rect.top, t.rect.left, { value: h.textToDisplay === "" ? null : h.textToDisplay, formula: null });
    });
  }
  _targetNow(): RangeTarget {
    return this._require() as RangeTarget;
  }
  get address(): string { return this._get("address") as string; }
  get rowIndex(): number { return this._get("rowIndex") as number; }
  get columnIndex(): number { return this._get("columnIndex") as number; }
  get rowCount(): number { return this._get("rowCount") as number; }
  get columnCount(): number { return this._get("columnCount") as number; }
  get cellCount(): number { return this._get("cellCount") as number; }
  get rowHidden(): boolean | null { return this._get("rowHidden") as boolean | null; }
  get columnHidden(): boolean | null { return this._get("columnHidden") as boolean | null; }
  get valueTypes(): string[][] { return this._get("valueTypes") as string[][]; }
  get text(): string[][] { return this._get("text") as string[][]; }
  get values(): unknown[][] { return this._get("values") as unknown[][]; }
  set values(v: unknown[][]) {
    this._set("values", v, (t) => this._write(t as RangeTarget, v, "values"));
  }
  get formulas(): unknown[][] { return this._get("formulas") as unknown[][]; }
  set formulas(v: unknown[][]) {
    this._set("formulas", v, (t) => this._write(t as RangeTarget, v, "formulas"));
  }
  get numberFormat(): string[][] { return this._get("numberFormat") as string[][]; }
  set numberFormat(v: string[][]) {
    this._set("numberFormat", v, (t) => this._write(t as RangeTarget, v, "numberFormat"));
  }

  private _write(t: RangeTarget, v: unknown, what: "values" | "formulas" | "numberFormat"): void {
    const rows = t.rect.bottom - t.rect.top + 1;
    const cols = t.rect.right - t.rect.left + 1;
    const single = !Array.isArray(v);
    if (!single) {
      const arr = v as unknown[];
      if (arr.length !== rows || arr.some((row) => !Array.isArray(row) || row.length !== cols))
        throw apiError(
          "InvalidArgument",
          `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}×${cols}).`,
        );
    }
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        const x = single ? v : (v as unknown[][])[i][j];
        const r = t.rect.top + i, c = t.rect.left + j;
        if (x === null || x === undefined) continue; // null leaves a cell unchanged, as in Office.js
        this._writeCell(t.sheet, r, c, x, what);
      }
    }
  }

  private _writeCell(s: FakeSheet, r: number, c: number, x: unknown, what: "values" | "formulas" | "numberFormat"): void {
    if (what === "numberFormat") {
      if (typeof x !== "string") throw apiError("InvalidArgument", "numberFormat must be text");
      s.setCell(r, c, { numberFormat: x === "" ? "General" : x }); // "" resets to General
      return;
    }
    const fmt = s.cell(r, c).numberFormat;
    let next: { value: FakeValue | null; formula: string | null };
    if (typeof x === "number") {
      if (!Number.isFinite(x)) throw apiError("InvalidArgument", "not a finite number");
      next = { value: x, formula: null };
    } else if (typeof x === "boolean") next = { value: x, formula: null };
    else if (typeof x === "string") {
      if (x.length > 32767) throw apiError("InvalidArgument", "a cell holds at most 32,767 characters");
      next = typeAsExcel(x, fmt);
    }
    else throw apiError("InvalidArgument", `cannot write ${typeof x}`);
    if (next.formula !== null) {
      const memory = s.formulaMemory.get(KEY(r, c))?.get(next.formula);
      const computed = this.context._state.calc
        ? this.context._state.calc(s.name, cellAddress(r, c), next.formula)
        : memory !== undefined ? memory : null;
      s.setCell(r, c, { value: computed, formula: next.formula });
    } else {
      s.setCell(r, c, { value: next.value, formula: null });
    }
  }

  _loadNow(t: RangeTarget, list: string[]): Record<string, unknown> {
    const data: Record<string, unknown> = {};
    for (const p of list) data[p] = this._readProp(t, p);
    return data;
  }

  _commitData(data: Record<string, unknown>): void {
    Object.assign(this._loaded, data);
    this._target_();
  }

  select(): void {
    this._queue({ p: this._path, m: "select" }, () => {
      const t = this._require() as RangeTarget;
      const st = this.context._state;
      if (st.activeSheet !== t.sheet.name) throw apiError("InvalidSelection", "select on an inactive sheet");
      st.selection = { sheet: t.sheet.name, address: rectAddress(t.sheet, t.rect).split("!").pop()! };
    });
  }

  clear(applyTo: string = "All"): void {
    this._queue({ p: this._path, m: "clear", a: [applyTo] }, () => {
      const t = this._require() as RangeTarget;
      for (let r = t.rect.top; r <= t.rect.bottom; r++)
        for (let c = t.rect.left; c <= t.rect.right; c++) {
          if (applyTo === "All" || applyTo === "Contents") t.sheet.setCell(r, c, { value: null, formula: null });
          if (applyTo === "All" || applyTo === "Formats") {
            t.sheet.setCell(r, c, { numberFormat: "General" });
            t.sheet.fills.delete(KEY(r, c));
            t.sheet.fonts.delete(KEY(r, c));
            t.sheet.wrapText.delete(KEY(r, c));
          }
          if (applyTo === "All" || applyTo === "Hyperlinks") t.sheet.hyperlinks.delete(KEY(r, c));
        }
    });
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return (new FakeRangeAreas(this.context, `${this._path}.getMergedAreasOrNullObject()`, () => {
      requireApi(this.context, 13, "getMergedAreasOrNullObject");
      const t = this._require() as RangeTarget;
      const { top, left, bottom, right } = t.rect;
      const hits = t.sheet.merges.filter((m) => m.top <= bottom && m.bottom >= top && m.left <= right && m.right >= left);
      if (hits.length > 512) throw apiError("GeneralException", "more than 512 merged areas");
      return hits.length ? { sheet: t.sheet, rects: hits } : null;
    }))._instantiate();
  }

  getSpecialCellsOrNullObject(cellType: string, cellValueType?: string): FakeRangeAreas {
    return (new FakeRangeAreas(
      this.context,
      `${this._path}.getSpecialCellsOrNullObject(${JSON.stringify(cellType)},${JSON.stringify(cellValueType ?? null)})`,
      () => {
        requireApi(this.context, 9, "getSpecialCellsOrNullObject");
        const t = this._require() as RangeTarget;
        if (cellType === "Constants" || cellType === "Formulas")
          return specialCells(t, cellType === "Formulas", cellValueType ?? "All");
        if (cellType !== "Visible") throw apiError("NotImplemented", `the fake does not model ${cellType} special cells`);
        const rows: number[] = [];
        const cols: number[] = [];
        for (let r = t.rect.top; r <= t.rect.bottom; r++) if (!t.sheet.hiddenRows.has(r)) rows.push(r);
        for (let c = t.rect.left; c <= t.rect.right; c++) if (!t.sheet.hiddenCols.has(c)) cols.push(c);
        const rects: RangeRef[] = [];
        for (const [top, bottom] of runs(rows))
          for (const [left, right] of runs(cols)) rects.push({ top, bottom, left, right });
        return rects.length ? { sheet: t.sheet, rects } : null;
      },
    ))._instantiate();
  }
}

/** Constants / Formulas special cells, as rectangles: runs along rows, joined down when equal. */
function specialCells(t: RangeTarget, formulas: boolean, valueType: string): AreasTarget | null {
  const all = valueType === "All";
  const want = (v: FakeValue | null): boolean => {
    if (all) return true;
    if (v !== null && typeof v === "object") return valueType.includes("Error");
    if (typeof v === "boolean") return valueType.includes("Logical");
    if (typeof v === "number") return valueType.includes("Number");
    if (typeof v === "string" && v !== "") return valueType.includes("Text");
    return false;
  };
  const s = t.sheet;
  type Rect = { top: number; left: number; bottom: number; right: number };
  const rects: Rect[] = [];
  let open: Rect[] = [];
  for (let r = t.rect.top; r <= t.rect.bottom; r++) {
    const rowRuns: Array<[number, number]> = [];
    for (let c = t.rect.left; c <= t.rect.right; c++) {
      const hasFormula = s.formulas.has(KEY(r, c));
      const v = s.values[r]?.[c] ?? null;
      const match = formulas ? hasFormula && want(v) : !hasFormula && v !== null && v !== "" && want(v);
      if (!match) continue;
      const last = rowRuns[rowRuns.length - 1];
      if (last && last[1] === c - 1) last[1] = c;
      else rowRuns.push([c, c]);
    }
    const next: Rect[] = [];
    for (const [left, right] of rowRuns) {
      const above = open.find((o) => o.left === left && o.right === right && o.bottom === r - 1);
      if (above) {
        above.bottom = r;
        next.push(above);
      } else {
        const rect = { top: r, bottom: r, left, right };
        rects.push(rect);
        next.push(rect);
      }
    }
    open = next;
  }
  return rects.length ? { sheet: s, rects } : null;
}

interface AreasTarget {
  sheet: FakeSheet;
  rects: RangeRef[];
}

class FakeRangeAreas extends ClientObject {
  protected readonly _scalarProps = ["address", "areaCount", "cellCount"];
  private readonly _resolver: () => AreasTarget | null;
  readonly areas: FakeRangeCollection;
  constructor(ctx: FakeRequestContext, path: string, resolver: () => AreasTarget | null) {
    super(ctx, path);
    this._resolver = resolver;
    this.areas = new FakeRangeCollection(ctx, `${path}.areas`, () => {
      const t = this._target_() as AreasTarget | null;
      return t ? t.rects.map((rect) => ({ sheet: t.sheet, rect })) : null;
    });
  }
  protected _resolveTarget() {
    return this._resolver();
  }
  protected _readProp(target: Resolved, p: string): unknown {
    const t = target as AreasTarget;
    switch (p) {
      case "address":
        return t.rects.map((r) => rectAddress(t.sheet, r)).join(", ");
      case "areaCount":
        return t.rects.length;
      case "cellCount":
        return t.rects.reduce((n, r) => n + (r.bottom - r.top + 1) * (r.right - r.left + 1), 0);
      default:
        throw apiError("InvalidArgument", `the fake does not model RangeAreas.${p}`);
    }
  }
  get address(): string { return this._get("address") as string; }
  get areaCount(): number { return this._get("areaCount") as number; }

  /** RangeAreas.select (ExcelApi 1.18): the areas become the selection, the first one's cell active */
  select(): void {
    this._queue({ p: this._path, m: "select" }, () => {
      requireApi(this.context, 18, "RangeAreas.select");
      const t = this._require() as AreasTarget;
      const st = this.context._state;
      if (st.activeSheet !== t.sheet.name) throw apiError("InvalidSelection", "select on an inactive sheet");
      st.selection = { sheet: t.sheet.name, address: t.rects.map((r) => rectAddress(t.sheet, r).split("!").pop()!).join(",") };
    });
  }
}

class FakeRangeCollection extends ClientObject {
  protected readonly _scalarProps = ["items"];
  private readonly _resolver: () => RangeTarget[] | null;
  constructor(ctx: FakeRequestContext, path: string, resolver: () => RangeTarget[] | null) {
    super(ctx, path);
    this._resolver = resolver;
  }
  protected _resolveTarget() {
    return this._resolver();
  }
  protected _readProp(): unknown {
    throw apiError("InvalidArgument", "load items/...");
  }
  get items(): FakeRange[] {
    return this._get("items") as FakeRange[];
  }
  override load(props?: string | string[]): this {
    const list = (splitProps(props) ?? ["items/address"]).map((p) => p.replace(/^items\//, ""));
    this._queue({ p: this._path, load: list }, (resp, commits) => {
      const targets = this._target_() as RangeTarget[] | null;
      if (!targets) {
        resp.push({ p: this._path, null: true });
        return;
      }
      const items = targets.map((t, i) => {
        const range = new FakeRange(this.context, `${this._path}.getItemAt(${i})`, () => t);
        const data = range._loadNow(t, list);
        resp.push(data);
        commits.push(() => range._commitData(data));
        return range;
      });
      commits.push(() => (this._loaded.items = items));
    });
    return this;
  }
}

// ---------------------------------------------------------------- context and run

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  readonly _state: FakeState;
  readonly _stats: FakeStats;
  _queueOps: Op[] = [];
  _afterSync: Array<() => void> = [];
  readonly trackedObjects = { add(): void {}, remove(): void {} };

  constructor(state: FakeState, stats: FakeStats) {
    this._state = state;
    this._stats = stats;
    this.workbook = new FakeWorkbook(this);
  }

  get application(): FakeApplication {
    return this.workbook.application;
  }

  _enqueue(op: Op): void {
    this._queueOps.push(op);
  }

  get _pending(): number {
    return this._queueOps.length;
  }

  async sync(): Promise<void> {
    const ops = this._queueOps;
    this._queueOps = [];
    const stats = this._stats;
    stats.syncs++;
    const requestBytes = utf8Bytes(JSON.stringify(ops.map((o) => o.wire)));
    const resp: unknown[] = [];
    const commits: Array<() => void> = [];
    const finish = (responseBytes: number, error?: string) => {
      stats.log.push({ requestBytes, responseBytes, commands: ops.length, ...(error ? { error } : {}) });
      stats.maxRequestBytes = Math.max(stats.maxRequestBytes, requestBytes);
      stats.maxResponseBytes = Math.max(stats.maxResponseBytes, responseBytes);
    };
    await Promise.resolve();
    if (requestBytes > this._state.payloadLimitBytes) {
      finish(0, "RequestPayloadSizeLimitExceeded");
      this._afterSync = [];
      throw apiError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    }
    try {
      for (const op of ops) op.run(resp, commits);
    } catch (e) {
      finish(0, (e as FakeOfficeError).code ?? "GeneralException");
      this._afterSync = [];
      throw e instanceof FakeOfficeError ? e : apiError("GeneralException", String(e));
    }
    const responseBytes = utf8Bytes(JSON.stringify(resp));
    if (responseBytes > this._state.payloadLimitBytes) {
      finish(responseBytes, "ResponsePayloadSizeLimitExceeded");
      this._afterSync = [];
      throw apiError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
    }
    finish(responseBytes);
    for (const c of commits) c();
    for (const f of this._afterSync) f();
    this._afterSync = [];
  }
}

export interface FakeExcel {
  /** install as globalThis.Excel */
  readonly Excel: {
    run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T>;
    RequestContext: new () => FakeRequestContext;
    ErrorCodes: Record<string, string>;
  };
  /** install as globalThis.Office */
  readonly Office: {
    context: {
      document: { url: string };
      displayLanguage: string;
      requirements: { isSetSupported(name: string, version?: string): boolean };
    };
    onReady(cb?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }>;
    HostType: { Excel: string };
  };
  readonly state: FakeState;
  readonly stats: FakeStats;
  /** put Excel/Office on globalThis; returns a function that removes them */
  install(): () => void;
}

export function createFakeExcel(init: FakeWorkbookInit, opts: { displayLanguage?: string } = {}): FakeExcel {
  const state = buildState(init);
  const stats: FakeStats = {
    syncs: 0,
    log: [],
    maxRequestBytes: 0,
    maxResponseBytes: 0,
    calcSuspensions: 0,
    screenSuspensions: 0,
    calculations: 0,
    runs: 0,
    reset() {
      stats.syncs = 0;
      stats.log = [];
      stats.maxRequestBytes = 0;
      stats.maxResponseBytes = 0;
      stats.calcSuspensions = 0;
      stats.screenSuspensions = 0;
      stats.calculations = 0;
      stats.runs = 0;
    },
  };
  const Excel: FakeExcel["Excel"] = {
    async run(batch) {
      stats.runs++;
      const ctx = new FakeRequestContext(state, stats);
      const result = await batch(ctx);
      if (ctx._pending > 0) await ctx.sync(); // Excel.run flushes what is still queued
      return result;
    },
    RequestContext: class extends FakeRequestContext {
      constructor() {
        super(state, stats);
      }
    },
    ErrorCodes: {
      itemNotFound: "ItemNotFound",
      invalidArgument: "InvalidArgument",
      responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
      apiNotFound: "ApiNotFound",
    },
  };
  const info = { host: "Excel", platform: "OfficeOnline" };
  const Office: FakeExcel["Office"] = {
    context: {
      document: {
        get url() {
          return state.url;
        },
      },
      displayLanguage: opts.displayLanguage ?? "zh-CN",
      requirements: {
        isSetSupported(name: string, version?: string) {
          if (name !== "ExcelApi") return false;
          const minor = version ? Number(version.split(".")[1] ?? 0) : 1;
          return minor <= state.apiMinor;
        },
      },
    },
    onReady(cb) {
      cb?.(info);
      return Promise.resolve(info);
    },
    HostType: { Excel: "Excel" },
  };
  const g = globalThis as Record<string, unknown>;
  return {
    Excel,
    Office,
    state,
    stats,
    install() {
      const before = { Excel: g.Excel, Office: g.Office };
      g.Excel = Excel;
      g.Office = Office;
      return () => {
        g.Excel = before.Excel;
        g.Office = before.Office;
      };
    },
  };
}


// ---------------------------------------------------------------- formats, notes, comments, page layout

const NAMED_COLORS: Record<string, string> = { white: "#FFFFFF", black: "#000000", red: "#FF0000", yellow: "#FFFF00", orange: "#FFA500" };

/** "#ffc7ce" / "ffc7ce" / "red" → "#FFC7CE", as Excel reports colours */
export function normalizeColor(c: string): string {
  const named = NAMED_COLORS[c.toLowerCase()];
  if (named) return named;
  const m = /^#?([0-9a-f]{6})$/i.exec(c.trim());
  if (!m) throw apiError("InvalidArgument", `bad colour ${c}`);
  return `#${m[1].toUpperCase()}`;
}

/** a range's cells' property: its value when uniform, else null (as Office.js reports mixed ranges) */
function uniform<T>(t: RangeTarget, f: (key: number) => T): T | null {
  let first: T | undefined;
  let set = false;
  for (let r = t.rect.top; r <= t.rect.bottom; r++)
    for (let c = t.rect.left; c <= t.rect.right; c++) {
      const v = f(KEY(r, c));
      if (!set) {
        first = v;
        set = true;
      } else if (JSON.stringify(v) !== JSON.stringify(first)) return null;
    }
  return first ?? null;
}

function eachCell(t: RangeTarget, f: (key: number, r: number, c: number) => void): void {
  for (let r = t.rect.top; r <= t.rect.bottom; r++) for (let c = t.rect.left; c <= t.rect.right; c++) f(KEY(r, c), r, c);
}

class FakeRangeFormat extends ClientObject {
  protected readonly _scalarProps = ["columnWidth", "wrapText"];
  private readonly _resolver: () => RangeTarget | null;
  readonly fill: FakeRangeFill;
  readonly font: FakeRangeFont;
  constructor(ctx: FakeRequestContext, path: string, resolver: () => RangeTarget | null) {
    super(ctx, path);
    this._resolver = resolver;
    this.fill = new FakeRangeFill(ctx, `${path}.fill`, resolver);
    this.font = new FakeRangeFont(ctx, `${path}.font`, resolver);
  }
  protected _resolveTarget() {
    return this._resolver();
  }
  protected _readProp(target: Resolved, p: string): unknown {
    const t = target as RangeTarget;
    if (p === "columnWidth") {
      let w: number | null | undefined;
      for (let c = t.rect.left; c <= t.rect.right; c++) {
        const x = t.sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH;
        if (w === undefined) w = x;
        else if (w !== x) return null;
      }
      return w ?? null;
    }
    if (p === "wrapText") return uniform(t, (k) => t.sheet.wrapText.has(k));
    throw apiError("InvalidArgument", `the fake does not model RangeFormat.${p}`);
  }
  get columnWidth(): number { return this._get("columnWidth") as number; }
  set columnWidth(w: number) {
    this._set("columnWidth", w, (target) => {
      const t = target as RangeTarget;
      if (!(w >= 0)) throw apiError("InvalidArgument", "bad column width");
      for (let c = t.rect.left; c <= t.rect.right; c++) t.sheet.columnWidths.set(c, w);
    });
  }
  get wrapText(): boolean { return this._get("wrapText") as boolean; }
  set wrapText(on: boolean) {
    this._set("wrapText", on, (target) => {
      const t = target as RangeTarget;
      eachCell(t, (k) => (on ? t.sheet.wrapText.add(k) : t.sheet.wrapText.delete(k)));
    });
  }
  autofitRows(): void {
    this._queue({ p: this._path, m: "autofitRows" }, () => void this._require());
  }
}

/** Excel's default column width, in points */
export const DEFAULT_COLUMN_WIDTH = 48;

class FakeRangeFill extends ClientObject {
  protected readonly _scalarProps = ["color"];
  private readonly _resolver: () => RangeTarget | null;
  constructor(ctx: FakeRequestContext, path: string, resolver: () => RangeTarget | null) {
    super(ctx, path);
    this._resolver = resolver;
  }
  protected _resolveTarget() {
    return this._resolver();
  }
  protected _readProp(target: Resolved, p: string): unknown {
    const t = target as RangeTarget;
    const fill = (k: number) => t.sheet.fills.get(k);
    switch (p) {
      case "color": // a cell without fill reads as white, as in Excel
        return uniform(t, (k) => fill(k)?.color ?? "#FFFFFF");
      case "pattern":
        requireApi(this.context, 9, "RangeFill.pattern");
        return uniform(t, (k) => fill(k)?.pattern ?? "None");
      case "patternColor":
        requireApi(this.context, 9, "RangeFill.patternColor");
        return uniform(t, (k) => fill(k)?.patternColor ?? "#000000");
      case "tintAndShade":
        requireApi(this.context, 9, "RangeFill.tintAndShade");
        return uniform(t, (k) => fill(k)?.tintAndShade ?? 0);
      default:
        throw apiError("InvalidArgument", `the fake does not model RangeFill.${p}`);
    }
  }
  private _each(f: (sheet: FakeSheet, key: number) => void): (target: Resolved) => void {
    return (target) => {
      const t = target as RangeTarget;
      eachCell(t, (k) => f(t.sheet, k));
    };
  }
  get color(): string { return this._get("color") as string; }
  set color(c: string) {
    const color = normalizeColor(c);
    this._set("color", c, this._each((s, k) => {
      const f = s.fills.get(k);
      s.fills.set(k, f ? { ...f, color } : { color, pattern: "Solid" });
    }));
  }
  get pattern(): string { return this._get("pattern") as string; }
  set pattern(p: string) {
    this._set("pattern", p, this._each((s, k) => {
      requireApi(this.context, 9, "RangeFill.pattern");
      if (p === "None") s.fills.delete(k);
      else s.fills.set(k, { ...(s.fills.get(k) ?? { color: "#FFFFFF" }), pattern: p });
    }));
  }
  get patternColor(): string { return this._get("patternColor") as string; }
  set patternColor(c: string) {
    const color = normalizeColor(c);
    this._set("patternColor", c, this._each((s, k) => {
      requireApi(this.context, 9, "RangeFill.patternColor");
      const f = s.fills.get(k);
      if (f) s.fills.set(k, { ...f, patternColor: color });
    }));
  }
  get tintAndShade(): number { return this._get("tintAndShade") as number; }
  set tintAndShade(x: number) {
    this._set("tintAndShade", x, this._each((s, k) => {
      requireApi(this.context, 9, "RangeFill.tintAndShade");
      if (!(x >= -1 && x <= 1)) throw apiError("InvalidArgument", "tintAndShade is between -1 and 1");
      const f = s.fills.get(k);
      if (f) s.fills.set(k, { ...f, tintAndShade: x });
    }));
  }
  clear(): void {
    this._queue({ p: this._path, m: "clear" }, () => this._each((s, k) => s.fills.delete(k))(this._require()));
  }
}

class FakeRangeFont extends ClientObject {
  protected readonly _scalarProps = ["bold", "size", "color"];
  private readonly _resolver: () => RangeTarget | null;
  constructor(ctx: FakeRequestContext, path: string, resolver: () => RangeTarget | null) {
    super(ctx, path);
    this._resolver = resolver;
  }
  protected _resolveTarget() {
    return this._resolver();
  }
  protected _readProp(target: Resolved, p: string): unknown {
    const t = target as RangeTarget;
    const font = (k: number) => t.sheet.fonts.get(k) ?? {};
    if (p === "bold") return uniform(t, (k) => font(k).bold ?? false);
    if (p === "size") return uniform(t, (k) => font(k).size ?? 11);
    if (p === "color") return uniform(t, (k) => font(k).color ?? "#000000");
    throw apiError("InvalidArgument", `the fake does not model RangeFont.${p}`);
  }
  private _put(prop: "bold" | "size" | "color", v: unknown): void {
    this._set(prop, v, (target) => {
      const t = target as RangeTarget;
      eachCell(t, (k) => t.sheet.fonts.set(k, { ...(t.sheet.fonts.get(k) ?? {}), [prop]: prop === "color" ? normalizeColor(String(v)) : v }));
    });
  }
  get bold(): boolean { return this._get("bold") as boolean; }
  set bold(b: boolean) { this._put("bold", b); }
  get size(): number { return this._get("size") as number; }
  set size(n: number) { this._put("size", n); }
  get color(): string { return this._get("color") as string; }
  set color(c: string) { this._put("color", c); }
}

/** the single cell a note or comment is put on: a Range proxy, or an address ("A1", "Sheet!A1") */
function oneCell(ctx: FakeRequestContext, where: unknown, sheet?: FakeSheet): { sheet: FakeSheet; row: number; col: number } {
  let t: RangeTarget;
  if (where instanceof FakeRange) t = where._targetNow();
  else if (typeof where === "string") {
    const bang = where.lastIndexOf("!");
    let s = sheet;
    if (bang >= 0) {
      const name = where.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
      s = findSheet(ctx._state, name);
    }
    if (!s) throw apiError("InvalidArgument", `no sheet in ${where}`);
    let rect: RangeRef;
    try {
      rect = parseRangeAddress(where.slice(bang + 1).replace(/\$/g, ""));
    } catch {
      throw apiError("InvalidArgument", `bad address ${where}`);
    }
    t = { sheet: s, rect };
  } else throw apiError("InvalidArgument", "a cell address or a Range");
  if (t.rect.top !== t.rect.bottom || t.rect.left !== t.rect.right) throw apiError("InvalidArgument", "a single cell");
  return { sheet: t.sheet, row: t.rect.top, col: t.rect.left };
}

/** a cell holds a note or a threaded comment, never both, and at most one of each */
function requireFreeCell(st: FakeState, cell: { sheet: FakeSheet; row: number; col: number }): void {
  if (cell.sheet.notes.has(KEY(cell.row, cell.col)) || st.comments.some((c) => c.sheet === cell.sheet && c.row === cell.row && c.col === cell.col))
    throw apiError("InvalidOperation", `${cell.sheet.name}!${cellAddress(cell.row, cell.col)} already has a note or a comment`);
}

interface NoteTarget {
  sheet: FakeSheet;
  key: number;
}

class FakeNote extends ClientObject {
  protected readonly _scalarProps = ["content", "authorName"];
  private readonly _resolver: () => NoteTarget | null;
  constructor(ctx: FakeRequestContext, path: string, resolver: () => NoteTarget | null) {
    super(ctx, path);
    this._resolver = resolver;
  }
  protected _resolveTarget() {
    requireApi(this.context, 18, "notes");
    return this._resolver();
  }
  protected _readProp(target: Resolved, p: string): unknown {
    const t = target as NoteTarget;
    if (p === "content") return t.sheet.notes.get(t.key) ?? "";
    if (p === "authorName") return "Fake User";
    throw apiError("InvalidArgument", `the fake does not model Note.${p}`);
  }
  get content(): string { return this._get("content") as string; }
  set content(c: string) {
    this._set("content", c, (target) => {
      const t = target as NoteTarget;
      t.sheet.notes.set(t.key, c);
    });
  }
  delete(): void {
    this._queue({ p: this._path, m: "delete" }, () => {
      const t = this._require() as NoteTarget;
      if (!t.sheet.notes.delete(t.key)) throw apiError("ItemNotFound", "the note was already deleted");
    });
  }
}

class FakeNoteCollection extends ClientObject {
  protected readonly _scalarProps = ["items"];
  private readonly _sheet: () => FakeSheet;
  constructor(ctx: FakeRequestContext, path: string, sheet: () => FakeSheet) {
    super(ctx, path);
    this._sheet = sheet;
  }
  protected _resolveTarget() {
    requireApi(this.context, 18, "notes");
    return this._sheet();
  }
  protected _readProp(): unknown {
    throw apiError("InvalidArgument", "the fake does not load the notes collection");
  }
  add(cellAddress: unknown, content: string): FakeNote {
    let key: NoteTarget | null = null;
    this._queue({ p: this._path, m: "add", a: [cellAddress instanceof FakeRange ? "range" : cellAddress, content] }, () => {
      requireApi(this.context, 18, "notes.add");
      const cell = oneCell(this.context, cellAddress, this._sheet());
      requireFreeCell(this.context._state, cell);
      if (typeof content !== "string") throw apiError("InvalidArgument", "note content must be text");
      cell.sheet.notes.set(KEY(cell.row, cell.col), content);
      key = { sheet: cell.sheet, key: KEY(cell.row, cell.col) };
    });
    return new FakeNote(this.context, `${this._path}.add()`, () => key);
  }
  getItemOrNullObject(address: string): FakeNote {
    return new FakeNote(this.context, `${this._path}.getItemOrNullObject(${JSON.stringify(address)})`, () => {
      const cell = oneCell(this.context, address, this._sheet());
      const key = KEY(cell.row, cell.col);
      return cell.sheet.notes.has(key) ? { sheet: cell.sheet, key } : null;
    })._instantiate();
  }
  getItem(address: string): FakeNote {
    return new FakeNote(this.context, `${this._path}.getItem(${JSON.stringify(address)})`, () => {
      const cell = oneCell(this.context, address, this._sheet());
      const key = KEY(cell.row, cell.col);
      if (!cell.sheet.notes.has(key)) throw apiError("ItemNotFound", `no note at ${address}`);
      return { sheet: cell.sheet, key };
    });
  }
}

class FakeCommentObject extends ClientObject {
  protected readonly _scalarProps = ["id", "content", "authorName"];
  private readonly _resolver: () => FakeComment | null;
  constructor(ctx: FakeRequestContext, path: string, resolver: () => FakeComment | null) {
    super(ctx, path);
    this._resolver = resolver;
  }
  protected _resolveTarget() {
    requireApi(this.context, 10, "comments");
    return this._resolver();
  }
  _readNow(c: FakeComment, p: string): unknown {
    return this._readProp(c, p);
  }
  _commitData(data: Record<string, unknown>): void {
    Object.assign(this._loaded, data);
    this._target_();
  }
  protected _readProp(target: Resolved, p: string): unknown {
    const c = target as FakeComment;
    if (p === "id") return c.id;
    if (p === "content") return c.content;
    if (p === "authorName") return "Fake User";
    throw apiError("InvalidArgument", `the fake does not model Comment.${p}`);
  }
  get id(): string { return this._get("id") as string; }
  /** the comment's cell */
  getLocation(): FakeRange {
    return new FakeRange(this.context, `${this._path}.getLocation()`, () => {
      const c = this._require() as FakeComment;
      return { sheet: c.sheet, rect: { top: c.row, bottom: c.row, left: c.col, right: c.col } };
    });
  }
  get content(): string { return this._get("content") as string; }
  set content(text: string) {
    this._set("content", text, (t) => void ((t as FakeComment).content = text));
  }
  delete(): void {
    this._queue({ p: this._path, m: "delete" }, () => {
      const c = this._require() as FakeComment;
      const st = this.context._state;
      const i = st.comments.indexOf(c);
      if (i < 0) throw apiError("ItemNotFound", "the comment was already deleted");
      st.comments.splice(i, 1);
    });
  }
}

class FakeCommentCollection extends ClientObject {
  protected readonly _scalarProps = ["items"];
  protected _resolveTarget() {
    requireApi(this.context, 10, "comments");
    return this.context._state.comments;
  }
  protected _readProp(): unknown {
    throw apiError("InvalidArgument", "load items/...");
  }
  get items(): FakeCommentObject[] {
    return this._get("items") as FakeCommentObject[];
  }
  override load(props?: string | string[]): this {
    const list = (splitProps(props) ?? ["items/id"]).map((p) => p.replace(/^items\//, ""));
    this._queue({ p: this._path, load: list }, (resp, commits) => {
      requireApi(this.context, 10, "comments");
      const items = [...this.context._state.comments].map((c) => {
        const obj = new FakeCommentObject(this.context, `${this._path}.getItem(${JSON.stringify(c.id)})`, () => c);
        const data: Record<string, unknown> = {};
        for (const p of list) data[p] = obj._readNow(c, p);
        resp.push(data);
        commits.push(() => obj._commitData(data));
        return obj;
      });
      commits.push(() => (this._loaded.items = items));
    });
    return this;
  }
  add(cellAddress: unknown, content: string): FakeCommentObject {
    let created: FakeComment | null = null;
    this._queue({ p: this._path, m: "add", a: [cellAddress instanceof FakeRange ? "range" : cellAddress, content] }, () => {
      requireApi(this.context, 10, "comments.add");
      const st = this.context._state;
      const cell = oneCell(this.context, cellAddress);
      requireFreeCell(st, cell);
      if (typeof content !== "string") throw apiError("InvalidArgument", "comment content must be text");
      created = { id: `c${st.nextCommentId++}`, ...cell, content };
      st.comments.push(created);
    });
    return new FakeCommentObject(this.context, `${this._path}.add()`, () => created);
  }
  getItemOrNullObject(id: string): FakeCommentObject {
    return new FakeCommentObject(this.context, `${this._path}.getItemOrNullObject(${JSON.stringify(id)})`, () =>
      this.context._state.comments.find((c) => c.id === id) ?? null,
    )._instantiate();
  }
  getItem(id: string): FakeCommentObject {
    return new FakeCommentObject(this.context, `${this._path}.getItem(${JSON.stringify(id)})`, () => {
      const c = this.context._state.comments.find((x) => x.id === id);
      if (!c) throw apiError("ItemNotFound", `no comment ${id}`);
      return c;
    });
  }
}

class FakePageLayout extends ClientObject {
  protected readonly _scalarProps = ["orientation"];
  private readonly _sheet: () => FakeSheet;
  constructor(ctx: FakeRequestContext, path: string, sheet: () => FakeSheet) {
    super(ctx, path);
    this._sheet = sheet;
  }
  protected _resolveTarget() {
    requireApi(this.context, 9, "pageLayout");
    return this._sheet();
  }
  protected _readProp(target: Resolved, p: string): unknown {
    if (p === "orientation") return (target as FakeSheet).pageLayout.orientation;
    throw apiError("InvalidArgument", `the fake does not model PageLayout.${p}`);
  }
  get orientation(): string { return this._get("orientation") as string; }
  set orientation(o: string) {
    this._set("orientation", o, (t) => {
      if (o !== "Portrait" && o !== "Landscape") throw apiError("InvalidArgument", o);
      (t as FakeSheet).pageLayout.orientation = o;
    });
  }
  set zoom(z: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) {
    this._set("zoom", z, (t) => void ((t as FakeSheet).pageLayout.fitToPagesWide = z.horizontalFitToPages ?? null));
  }
  setPrintTitleRows(rows: string): void {
    this._queue({ p: this._path, m: "setPrintTitleRows", a: [rows] }, () => {
      const s = this._require() as FakeSheet;
      if (!/^\$?\d+:\$?\d+$/.test(rows)) throw apiError("InvalidArgument", `bad rows ${rows}`);
      s.pageLayout.printTitleRows = rows;
    });
  }
}
