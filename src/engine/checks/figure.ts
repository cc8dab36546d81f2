/**
 * Figures as the checks see them: what a cell shows (its value at the decimals it is shown
 * or typed with), and the range of exact values that could have been shown that way.
 * docs/domain.md's rounding rule: a shown figure is the exact value rounded or truncated to its
 * decimals, so 45 (shown) may stand for anything in [44.5, 46); integer counts are exact.
 */
import { cellAddress } from "../address";
import { type SheetSnapshot, cellAt, numberFormatAt } from "../grid";
import type { CellRef } from "../layout/model";
import { type Unit, formatDecimals, isPercentFormat, readCell, round, typedDecimals } from "../values";
import { formatNumber } from "../findings";

export interface Figure {
  readonly row: number;
  readonly col: number;
  /** the figure as shown: 96.97 for 0.969696… formatted "0.00%"; 182 for "182人" */
  readonly value: number;
  /** the stored value (before display rounding), in the same unit as `value` */
  readonly raw: number;
  readonly decimals: number;
  readonly unit: Unit;
  readonly approximate: boolean;
  /** "107:100" → 100 */
  readonly ratioBase?: number;
  /** a whole number with no unit shown to the unit: a head count, which is compared exactly */
  readonly isCount: boolean;
}

export type FigureRead =
  | { readonly kind: "number"; readonly figure: Figure }
  /** empty, "—", "/", 是/否: no figure here, nothing to compare (never a silent zero) */
  | { readonly kind: "missing" }
  /** text or an error value where a figure is needed: values.ts reports it as bad-value */
  | { readonly kind: "bad"; readonly shown: string; readonly isError: boolean };

/** Decimals beyond this are float noise of a stored formula result, not a display choice. */
const MAX_DECIMALS = 10;

/**
 * Sheets are immutable snapshots: each text cell is parsed once however many relations use it.
 * Number cells are read afresh (a few field copies): keeping 100,000s of their readings alive
 * costs the garbage collector more than reading them again.
 */
const cache = new WeakMap<SheetSnapshot, (FigureRead | undefined)[][]>();
const MISSING: FigureRead = { kind: "missing" };

export function readFigure(sheet: SheetSnapshot, ref: CellRef): FigureRead {
  if (typeof sheet.values[ref.row]?.[ref.col] === "number") return readUncached(sheet, ref);
  let rows = cache.get(sheet);
  if (!rows) cache.set(sheet, (rows = []));
  const row = rows[ref.row] ?? (rows[ref.row] = []);
  let r = row[ref.col];
  if (!r) row[ref.col] = r = readUncached(sheet, ref);
  return r;
}

interface FormatInfo {
  readonly decimals: number | undefined;
  readonly percent: boolean;
}
const formats = new Map<string, FormatInfo>();
function formatInfo(fmt: string): FormatInfo {
  let f = formats.get(fmt);
  if (!f) formats.set(fmt, (f = { decimals: formatDecimals(fmt), percent: isPercentFormat(fmt) }));
  return f;
}

/** Display rounding of a stored number to the decimals its format shows. */
function shownAt(v: number, decimals: number): number {
  if (Number.isInteger(v)) return v;
  const f = Math.pow(10, decimals);
  const r = Math.round(v * f) / f;
  return Number.isFinite(r) ? r : v;
}

/** One object per figure read: the reading and the figure are the same object. */
class NumberRead implements Figure {
  readonly kind = "number" as const;
  readonly isCount: boolean;
  constructor(
    readonly row: number, readonly col: number, readonly value: number, readonly raw: number,
    readonly decimals: number, readonly unit: Unit, readonly approximate: boolean, readonly ratioBase?: number,
  ) {
    // a whole number shown to the unit (not "31.2万", which is rounded to the thousand)
    this.isCount = Number.isInteger(raw) && decimals >= 0 && unit === "" && !approximate && ratioBase === undefined;
  }
  get figure(): Figure {
    return this;
  }
}

function numberFigure(ref: CellRef, value: number, raw: number, decimals: number, unit: Unit, approximate: boolean, ratioBase?: number): FigureRead {
  return new NumberRead(ref.row, ref.col, value, raw, decimals, unit, approximate, ratioBase);
}

/** "97.89%", "182", "45%": plain ASCII figures read without the general parser (same result). */
const PLAIN_TEXT = /^(\d{1,15})(?:\.(\d{1,10}))?(%?)$/;

function readUncached(sheet: SheetSnapshot, ref: CellRef): FigureRead {
  const raw = cellAt(sheet, ref.row, ref.col);
  if (raw === null) return MISSING;
  if (typeof raw === "number") {
    // the common case, read without the general parser: a stored number and its format
    if (!Number.isFinite(raw)) return { kind: "bad", shown: "#NUM!", isError: true };
    const fmt = numberFormatAt(sheet, ref.row, ref.col);
    const info = fmt ? formatInfo(fmt) : undefined;
    if (info?.percent) {
      const v = Math.round(raw * 1e12) / 1e10; // ×100 without float noise (0.9789 → 97.89)
      const d = Math.min(info.decimals ?? typedDecimals(v), MAX_DECIMALS);
      return numberFigure(ref, shownAt(v, d), v, d, "%", false);
    }
    const d = Math.min(info?.decimals ?? typedDecimals(raw), MAX_DECIMALS);
    return numberFigure(ref, shownAt(raw, d), raw, d, "", false);
  }
  if (typeof raw === "string") {
    const m = PLAIN_TEXT.exec(raw);
    if (m) {
      const value = parseFloat(m[2] === undefined ? m[1] : `${m[1]}.${m[2]}`);
      return numberFigure(ref, value, value, m[2]?.length ?? 0, m[3] === "%" ? "%" : "", false);
    }
  }
  const reading = readCell(raw, numberFormatAt(sheet, ref.row, ref.col));
  switch (reading.kind) {
    case "number": {
      const decimals = Math.min(reading.decimals, MAX_DECIMALS);
      const value = reading.fromText ? reading.value : round(reading.value, decimals);
      // "31.2万" arrives from readCell as 312000 with decimals −3
      return numberFigure(ref, value, reading.value, decimals, reading.unit, reading.approximate, reading.ratioBase);
    }
    case "empty":
    case "not-applicable":
    case "bool":
      return MISSING;
    case "error":
      return { kind: "bad", shown: reading.error, isError: true };
    case "text":
      return { kind: "bad", shown: reading.text.trim(), isError: false };
  }
}

/** Whether the cell is text or an error where a figure is needed (a stored number never is, unless infinite). */
export function isBadFigure(sheet: SheetSnapshot, ref: CellRef): boolean {
  const v = sheet.values[ref.row]?.[ref.col];
  if (typeof v === "number") return !Number.isFinite(v);
  if (v === null || v === undefined) return false;
  return readFigure(sheet, ref).kind === "bad";
}

/** The figure at `ref`, or undefined when there is none or it is unreadable. */
export function figureAt(sheet: SheetSnapshot, ref: CellRef): Figure | undefined {
  const r = readFigure(sheet, ref);
  return r.kind === "number" ? r.figure : undefined;
}

export type Interval = readonly [number, number];

/** One unit of the figure's last shown decimal: 0.01 for 97.89, 1 for 45. */
export function unitOf(f: Figure): number {
  return Math.pow(10, -f.decimals);
}

/**
 * The exact values a shown figure may stand for: rounded (±½ unit) or truncated towards
 * zero (up to one unit more in magnitude). `exact` figures stand for themselves.
 */
export function rangeOf(value: number, decimals: number, exact: boolean): Interval {
  if (exact) return [value, value];
  const u = Math.pow(10, -decimals);
  // truncation never reaches the next unit: 45.6 truncates to 45.6, not to 45.5
  const open = Math.max(u * 1e-4, 4 * epsFor(value));
  return value >= 0 ? [value - u / 2, value + u - open] : [value - u + open, value + u / 2];
}

export function figureRange(f: Figure, exact: boolean): Interval {
  return rangeOf(f.value, f.decimals, exact);
}

/** Range of a signed sum of shown figures (each with its own rounding). */
export function sumRange(terms: ReadonlyArray<{ readonly range: Interval; readonly sign: 1 | -1 }>): Interval {
  let lo = 0;
  let hi = 0;
  for (const t of terms) {
    if (t.sign === 1) {
      lo += t.range[0];
      hi += t.range[1];
    } else {
      lo -= t.range[1];
      hi -= t.range[0];
    }
  }
  return [lo, hi];
}

/** Float tolerance for comparing sums of decimals (0.1 + 0.2 is 0.30000000000000004). */
export function epsFor(a: number, b = 0, c = 0, d = 0): number {
  return Math.max(1, Math.abs(a), Math.abs(b), Math.abs(c), Math.abs(d)) * 1e-9;
}

export function overlaps(a: Interval, b: Interval): boolean {
  const eps = epsFor(a[0], a[1], b[0], b[1]);
  return a[0] <= b[1] + eps && b[0] <= a[1] + eps;
}

/** Within float noise of each other. */
export function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= epsFor(a, b);
}

/** A figure as the clerk sees it: "97.89%", "182", "8.47‰". */
export function display(f: Figure): string {
  return `${f.value.toFixed(Math.max(0, f.decimals))}${f.unit}`;
}

/** A computed number for a message: no float noise. */
export function num(n: number): string {
  return formatNumber(n);
}

/** A computed number at given decimals for a message ("97.89"). */
export function fixed(n: number, decimals: number): string {
  const r = round(n, decimals);
  return (Object.is(r, -0) ? 0 : r).toFixed(decimals);
}

/** Round away float noise before a number is reported as expected/actual. */
export function clean(n: number): number {
  const r = Math.round(n * 1e9) / 1e9;
  return Object.is(r, -0) ? 0 : r;
}

export function a1(ref: CellRef): string {
  return cellAddress(ref.row, ref.col);
}

/** "百分点" for %, "千分点" for ‰, nothing for plain figures. */
export function pointWord(unit: Unit | "%" | "‰"): { zh: string; en: string } {
  if (unit === "%") return { zh: " 个百分点", en: " percentage points" };
  if (unit === "‰") return { zh: " 个千分点", en: " per-mille points" };
  return { zh: "", en: "" };
}
