/**
 * Ratios such as 出生人口性别比 (sex ratio at birth) = 男 / 女 × 100, shown as 108.26 or
 * typed "107:100". Agrees at the decimals shown, like a rate.
 */
import type { SheetSnapshot } from "../grid";
import type { Finding } from "../findings";
import type { Relation } from "../layout/model";
import { a1, clean, display, fixed, num } from "./figure";
import { quotientAgrees, readQuotient } from "./rates";

type RatioRelation = Extract<Relation, { kind: "ratio" }>;

export function checkRatios(sheet: SheetSnapshot, relations: ReadonlyArray<Relation>): Finding[] {
  const out: Finding[] = [];
  for (const rel of relations) {
    if (rel.kind !== "ratio") continue;
    const f = checkRatio(sheet, rel);
    if (f) out.push(f);
  }
  return out;
}

function checkRatio(sheet: SheetSnapshot, rel: RatioRelation): Finding | undefined {
  const q = readQuotient(sheet, rel.ratio, rel.numerator, rel.denominator);
  if (!q) return undefined;
  const r = q.shown;
  // "107:100" is 107 per 100 (numerator/denominator × 100); "1.07:1" is the same ratio per 1
  const scale = r.ratioBase ?? rel.scale;
  if (quotientAgrees(q, r, scale)) return undefined;
  const exact = (q.numerator.value / q.denominator.value) * rel.scale;
  const value = r.ratioBase ? (r.value * rel.scale) / r.ratioBase : r.value;
  // at the decimals the indicator is published with, where the clerk stated them
  const decimals = rel.decimals ?? Math.max(r.decimals, 2);
  const expected = clean(Number(fixed(exact, decimals)));
  const shown = r.ratioBase ? `${display(r)}:${num(r.ratioBase)}` : display(r);
  const diff = num(Math.abs(value - expected));
  const label = rel.label || "比";
  return {
    kind: "ratio-mismatch", severity: "error", sheet: sheet.name, cell: a1(rel.ratio),
    related: [a1(rel.numerator), a1(rel.denominator)],
    expected, actual: clean(value),
    message: `${label} ${shown} 与 ${display(q.numerator)}/${display(q.denominator)}×${num(rel.scale)} = ${fixed(exact, decimals)} 不一致(相差 ${diff})`,
    messageEn: `${label} ${shown} does not match ${display(q.numerator)}/${display(q.denominator)}×${num(rel.scale)} = ${fixed(exact, decimals)} (off by ${diff})`,
  };
}
