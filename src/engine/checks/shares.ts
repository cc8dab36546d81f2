/**
 * Shares of one whole (占40.97%, 占40.98%, 占13.3%, 占4.7%) add up to 100%, allowing the
 * rounding each share was shown with: 99.95 is 100 when four rounded shares make it.
 * The first share is the cell flagged; all shares are related.
 */
import { compressCells } from "../address";
import type { SheetSnapshot } from "../grid";
import type { Finding } from "../findings";
import type { Relation } from "../layout/model";
import { type Figure, a1, clean, figureRange, num, overlaps, readFigure, sumRange } from "./figure";

export function checkShares(sheet: SheetSnapshot, relations: ReadonlyArray<Relation>): Finding[] {
  const out: Finding[] = [];
  for (const rel of relations) {
    if (rel.kind !== "shares" || rel.shares.length < 2) continue;
    const shares: Figure[] = [];
    for (const ref of rel.shares) {
      const r = readFigure(sheet, ref);
      if (r.kind !== "number" || r.figure.approximate) break;
      shares.push(r.figure);
    }
    if (shares.length < rel.shares.length) continue; // a share missing or unreadable: not guessed
    const sum = clean(shares.reduce((s, f) => s + f.value, 0));
    // shares typed as fractions (0.4097) make a whole of 1
    const whole = shares.every((f) => f.unit === "") && sum <= 1.5 ? 1 : 100;
    const range = sumRange(shares.map((f) => ({ range: figureRange(f, false), sign: 1 as const })));
    if (overlaps(range, [whole, whole])) continue;
    const off = num(Math.abs(sum - whole));
    const unit = whole === 100 ? "%" : "";
    const label = rel.label || "构成比";
    out.push({
      kind: "share-sum-mismatch", severity: "error", sheet: sheet.name, cell: a1(rel.shares[0]),
      related: compressCells(rel.shares), expected: whole, actual: sum,
      message: `${label}各项之和 ${num(sum)}${unit} 不等于 ${whole === 100 ? "100%" : "1"}(相差 ${off})`,
      messageEn: `${label}: the shares add up to ${num(sum)}${unit}, not ${whole === 100 ? "100%" : "1"} (off by ${off})`,
    });
  }
  return out;
}
