/**
 * Coverage: a count of people covered (已签约, 已落实…) never exceeds the base it is part of
 * (人群总数, 应落实…). The count is the figure flagged.
 */
import type { SheetSnapshot } from "../grid";
import type { Finding } from "../findings";
import type { Relation } from "../layout/model";
import { a1, clean, display, epsFor, figureRange, num, readFigure } from "./figure";

export function checkCoverage(sheet: SheetSnapshot, relations: ReadonlyArray<Relation>): Finding[] {
  const out: Finding[] = [];
  for (const rel of relations) {
    if (rel.kind !== "coverage") continue;
    const c = readFigure(sheet, rel.count);
    const b = readFigure(sheet, rel.base);
    if (c.kind !== "number" || b.kind !== "number") continue;
    const count = c.figure;
    const base = b.figure;
    if (count.approximate || base.approximate) continue;
    const exact = count.isCount && base.isCount;
    const cr = figureRange(count, exact);
    const br = figureRange(base, exact);
    if (cr[0] <= br[1] + epsFor(cr[0], br[1])) continue;
    const over = num(clean(count.value - base.value));
    const label = rel.label || "人数";
    out.push({
      kind: "count-exceeds-base", severity: "error", sheet: sheet.name, cell: a1(rel.count),
      related: [a1(rel.base)], expected: base.value, actual: count.value,
      message: `${label} ${display(count)} 大于其基数 ${display(base)}(多 ${over})`,
      messageEn: `${label} ${display(count)} exceeds its base ${display(base)} (by ${over})`,
    });
  }
  return out;
}
