/**
 * Natural increase: 自然增长率 (自增率) = 出生率 − 死亡率, all three rates (usually ‰), each
 * shown rounded or truncated. The derived rate is the figure flagged, as a rate-mismatch.
 */
import type { SheetSnapshot } from "../grid";
import type { Finding } from "../findings";
import type { Relation } from "../layout/model";
import { a1, clean, display, figureRange, fixed, num, overlaps, pointWord, readFigure, sumRange } from "./figure";

export function checkNaturalIncrease(sheet: SheetSnapshot, relations: ReadonlyArray<Relation>): Finding[] {
  const out: Finding[] = [];
  for (const rel of relations) {
    if (rel.kind !== "natural-increase") continue;
    const r = readFigure(sheet, rel.result);
    const b = readFigure(sheet, rel.birthRate);
    const d = readFigure(sheet, rel.deathRate);
    if (r.kind !== "number" || b.kind !== "number" || d.kind !== "number") continue;
    const [result, birth, death] = [r.figure, b.figure, d.figure];
    if (result.approximate || birth.approximate || death.approximate) continue;
    const units = new Set([result.unit, birth.unit, death.unit].filter((u) => u !== ""));
    if (units.size > 1) continue; // ‰ against %: not the same scale, not guessed
    const expectedRange = sumRange([
      { range: figureRange(birth, false), sign: 1 },
      { range: figureRange(death, false), sign: -1 },
    ]);
    if (overlaps(figureRange(result, false), expectedRange)) continue;
    const decimals = Math.max(birth.decimals, death.decimals);
    const expected = clean(Number(fixed(birth.value - death.value, decimals)));
    const unit = [...units][0] ?? "";
    const pts = pointWord(unit);
    const off = num(Math.abs(result.value - expected));
    const label = rel.label || "自然增长率";
    out.push({
      kind: "rate-mismatch", severity: "error", sheet: sheet.name, cell: a1(rel.result),
      related: [a1(rel.birthRate), a1(rel.deathRate)], expected, actual: result.value,
      message: `${label} ${display(result)} 与 出生率 ${display(birth)} − 死亡率 ${display(death)} = ${fixed(expected, decimals)}${unit} 不一致(相差 ${off}${pts.zh})`,
      messageEn: `${label} ${display(result)} does not match birth rate ${display(birth)} − death rate ${display(death)} = ${fixed(expected, decimals)}${unit} (off by ${off}${pts.en})`,
    });
  }
  return out;
}
