/**
 * Rates: 率 = numerator / denominator × 100 (%) or × 1000 (‰), e.g. 签约率 = 已签约 / 人群总数,
 * 出生率 = 出生 / 总人口. A rate agrees when it is the exact quotient rounded or truncated to the
 * decimals it is shown with (45.6% may be written 45%).
 */
import type { SheetSnapshot } from "../grid";
import type { Finding } from "../findings";
import type { CellRef, Relation } from "../layout/model";
import {
  type Figure, type Interval, a1, clean, display, figureRange, fixed, num, overlaps, pointWord, readFigure, unitOf,
} from "./figure";

/** The three figures of a quotient (rate or ratio), when all are there and readable. */
export interface Quotient {
  readonly shown: Figure;
  readonly numerator: Figure;
  readonly denominator: Figure;
}

export function readQuotient(sheet: SheetSnapshot, shown: CellRef, numerator: CellRef, denominator: CellRef): Quotient | undefined {
  const s = readFigure(sheet, shown);
  const n = readFigure(sheet, numerator);
  const d = readFigure(sheet, denominator);
  if (s.kind !== "number" || n.kind !== "number" || d.kind !== "number") return undefined;
  if (s.figure.approximate || n.figure.approximate || d.figure.approximate) return undefined;
  if (d.figure.value === 0) return undefined; // no rate of nothing; nothing to compare
  return { shown: s.figure, numerator: n.figure, denominator: d.figure };
}

/** Exact values numerator/denominator × scale can take, given how the two are shown. */
export function quotientRange(q: Quotient, scale: number): Interval {
  const n = figureRange(q.numerator, q.numerator.isCount);
  const d = figureRange(q.denominator, q.denominator.isCount);
  if (d[0] <= 0 && d[1] >= 0) return [-Infinity, Infinity];
  if (n[0] === n[1] && d[0] === d[1]) return [(n[0] / d[0]) * scale, (n[0] / d[0]) * scale];
  const a = (n[0] / d[0]) * scale, b = (n[0] / d[1]) * scale, c = (n[1] / d[0]) * scale, e = (n[1] / d[1]) * scale;
  return [Math.min(a, b, c, e), Math.max(a, b, c, e)];
}

/** Does a figure shown on `shownScale` agree with numerator/denominator × shownScale? */
export function quotientAgrees(q: Quotient, shownValue: Figure, shownScale: number): boolean {
  return overlaps(figureRange(shownValue, false), quotientRange(q, shownScale));
}

export function unitScale(f: Figure, fallback: number): number {
  return f.unit === "%" ? 100 : f.unit === "‰" ? 1000 : fallback;
}

export function scaleSymbol(scale: number): "%" | "‰" | "" {
  return scale === 100 ? "%" : scale === 1000 ? "‰" : "";
}

type RateRelation = Extract<Relation, { kind: "rate" }>;

export function checkRates(sheet: SheetSnapshot, relations: ReadonlyArray<Relation>): Finding[] {
  const out: Finding[] = [];
  for (const rel of relations) {
    if (rel.kind !== "rate") continue;
    const f = checkRate(sheet, rel);
    if (f) out.push(f);
  }
  return out;
}

function checkRate(sheet: SheetSnapshot, rel: RateRelation): Finding | undefined {
  const q = readQuotient(sheet, rel.rate, rel.numerator, rel.denominator);
  if (!q) return undefined;
  const r = q.shown;
  const shownScale = unitScale(r, rel.scale);
  const scale = shownScale * (rel.factor ?? 1);
  if (quotientAgrees(q, r, scale)) return undefined;
  if (rel.altFactor !== undefined && quotientAgrees(q, r, shownScale * rel.altFactor)) return undefined;
  if (rel.approx !== undefined) {
    // a stand-in denominator: agree within the relative tolerance (and the shown figure's last unit)
    const exactValue = (q.numerator.value / q.denominator.value) * scale;
    if (Math.abs(r.value - exactValue) <= rel.approx * Math.abs(exactValue) + unitOf(r)) return undefined;
  }
  // a plain 0.9697 in a % column is the fraction itself
  if (r.unit === "" && scale > 1 && Math.abs(r.value) <= 1 && quotientAgrees(q, r, 1)) return undefined;
  let exact = (q.numerator.value / q.denominator.value) * scale;
  if (rel.altFactor !== undefined) {
    // of the two readings of the unstated unit, state the one nearer the figure shown
    const alt = (q.numerator.value / q.denominator.value) * shownScale * rel.altFactor;
    if (Math.abs(alt - r.value) < Math.abs(exact - r.value)) exact = alt;
  }
  // at the decimals the indicator is published with, where the clerk stated them
  const decimals = rel.decimals ?? Math.max(r.decimals, 2);
  const expected = clean(Number(fixed(exact, decimals)));
  const sym = scaleSymbol(shownScale);
  const pts = pointWord(sym);
  const diff = num(Math.abs(r.value - expected));
  const label = rel.label || "比率";
  return {
    kind: "rate-mismatch", severity: "error", sheet: sheet.name, cell: a1(rel.rate),
    related: [a1(rel.numerator), a1(rel.denominator)],
    expected, actual: r.value,
    message: `${label} ${display(r)} 与 ${display(q.numerator)}/${display(q.denominator)} = ${fixed(exact, decimals)}${sym} 不一致(相差 ${diff}${pts.zh})`,
    messageEn: `${label} ${display(r)} does not match ${display(q.numerator)}/${display(q.denominator)} = ${fixed(exact, decimals)}${sym} (off by ${diff}${pts.en})`,
  };
}
