/**
 * Workbook, application, worksheet collection, worksheet and page layout proxies.
 * Part of the in-memory Excel of ../fakeExcel.ts (see there).
 */
import { parseRangeAddress } from "../../../src/engine/address";
import type { RangeRef } from "../../../src/engine/grid";
import { FakeCommentCollection, FakeNoteCollection } from "./annotations";
import { ClientObject, apiError, requireApi, splitProps, type Resolved } from "./client";
import type { FakeRequestContext } from "./context";
import { FakeRange, FakeRangeAreas } from "./range";
import { FakeSheet, MAX_COLS, MAX_ROWS, findSheet } from "./state";

export class FakeApplication extends ClientObject {
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

export class FakeWorkbook extends ClientObject {
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
