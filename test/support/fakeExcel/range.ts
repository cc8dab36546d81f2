/**
 * Range, RangeAreas and RangeCollection proxies: values, formulas, formats, merges, special cells.
 * Part of the in-memory Excel of ../fakeExcel.ts (see there).
 */
import { cellAddress } from "../../../src/engine/address";
import type { RangeRef } from "../../../src/engine/grid";
import { ClientObject, apiError, quoteSheet, requireApi, splitProps, type Resolved } from "./client";
import type { FakeRequestContext } from "./context";
import { FakeRangeFormat } from "./format";
import { FakeSheet, KEY, runs, typeAsExcel, type FakeHyperlink, type FakeValue } from "./state";

export interface RangeTarget {
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

export class FakeRange extends ClientObject {
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

export class FakeRangeAreas extends ClientObject {
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
