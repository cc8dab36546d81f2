/**
 * Differences: 未签约 = 人群总数 − 已签约 (the rest of a base after a count). The difference
 * is the figure flagged.
 */
import type { SheetSnapshot } from "../grid";
import type { Finding } from "../findings";
import type { Relation } from "../layout/model";
import { a1, clean, display, figureRange, num, overlaps, readFigure, sumRange } from "./figure";

export function checkDifferences(sheet: SheetSnapshot, relations: ReadonlyArray<Relation>): Finding[] {
  const out: Finding[] = [];
  for (const rel of relations) {
    if (rel.kind !== "difference") continue;
    const d = readFigure(sheet, rel.difference);
    const b = readFigure(sheet, rel.base);
    const c = readFigure(sheet, rel.count);
    if (d.kind !== "number" || b.kind !== "number" || c.kind !== "number") continue;
    const [diffFig, base, count] = [d.figure, b.figure, c.figure];
    if (diffFig.approximate || base.approximate || count.approximate) continue;
    const exact = diffFig.isCount && base.isCount && count.isCount;
    const expectedRange = sumRange([
      { range: figureRange(base, exact), sign: 1 },
      { range: figureRange(count, exact), sign: -1 },
    ]);
    if (overlaps(figureRange(diffFig, exact), expectedRange)) continue;
    const expected = clean(base.value - count.value);
    const off = num(Math.abs(diffFig.value - expected));
    const label = rel.label || "差额";
    out.push({
      kind: "difference-mismatch", severity: "error", sheet: sheet.name, cell: a1(rel.difference),
      related: [a1(rel.base), a1(rel.count)], expected, actual: diffFig.value,
      message: `${label} ${display(diffFig)} 与 ${display(base)} − ${display(count)} = ${num(expected)} 不一致(相差 ${off})`,
      messageEn: `${label} ${display(diffFig)} does not match ${display(base)} − ${display(count)} = ${num(expected)} (off by ${off})`,
    });
  }
  return out;
}
