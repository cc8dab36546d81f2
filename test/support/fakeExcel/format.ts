/**
 * Range format, fill and font proxies (colours normalised as Excel reports them).
 * Part of the in-memory Excel of ../fakeExcel.ts (see there).
 */
import { ClientObject, apiError, requireApi, type Resolved } from "./client";
import type { FakeRequestContext } from "./context";
import type { RangeTarget } from "./range";
import { FakeSheet, KEY, normalizeColor } from "./state";

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

export class FakeRangeFormat extends ClientObject {
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
