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
    // several wholes in one column (男, 女 then 城镇, 乡村: 200%) or no one whole at all
    const wholes = Math.round(sum / whole);
    if (wholes >= 2) {
      // not near a multiple of the whole (each row a share of its own base, 占同龄人口比重): not the shares of one whole, not checked
      // (a column splits one whole two or three ways at most: 男/女, 城镇/乡村, 户籍/流动)
      if (wholes > 3 || Math.abs(sum - wholes * whole) > 0.02 * whole) continue;
      if (splitsIntoWholes(shares, whole)) continue;
    }
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

/** Do the shares, in order, fall into two or more consecutive runs that each make the whole? */
function splitsIntoWholes(shares: ReadonlyArray<Figure>, whole: number): boolean {
  let runs = 0;
  let from = 0;
  for (let i = 0; i < shares.length; i++) {
    const run = sumRange(shares.slice(from, i + 1).map((f) => ({ range: figureRange(f, false), sign: 1 as const })));
    if (overlaps(run, [whole, whole])) {
      runs++;
      from = i + 1;
    }
  }
  return runs >= 2 && from === shares.length;
}
