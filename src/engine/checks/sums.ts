/**
 * Totals and breakdowns: a 合计/小计 (total/subtotal) equals the sum of its parts; a 其中
 * ("of which") breakdown never exceeds its total. A partial breakdown may leave a
 * remainder, which is never flagged.
 */
import { compressCells } from "../address";
import type { SheetSnapshot } from "../grid";
import type { Finding } from "../findings";
import type { Relation } from "../layout/model";
import { type Interval, a1, display, clean, figureRange, num, overlaps, readFigure, epsFor } from "./figure";

type SumRelation = Extract<Relation, { kind: "sum" }>;

export function checkSums(sheet: SheetSnapshot, relations: ReadonlyArray<Relation>): Finding[] {
  const out: Finding[] = [];
  for (const rel of relations) {
    if (rel.kind !== "sum") continue;
    const f = checkSum(sheet, rel);
    if (f) out.push(f);
  }
  return out;
}

function checkSum(sheet: SheetSnapshot, rel: SumRelation): Finding | undefined {
  const t = readFigure(sheet, rel.total);
  if (t.kind !== "number" || t.figure.approximate) return undefined;
  const total = t.figure;
  // one pass, no allocation: a 合计 row may have thousands of parts
  let present = 0;
  let allCounts = total.isCount;
  let anyNegative = false;
  let sumRaw = 0;
  for (const p of rel.parts) {
    const r = readFigure(sheet, p);
    if (r.kind === "bad") return undefined; // reported as bad-value; no guessing
    if (r.kind !== "number") continue;
    if (r.figure.approximate) return undefined;
    present++;
    allCounts &&= r.figure.isCount;
    anyNegative ||= r.figure.value < 0;
    sumRaw += r.figure.value;
  }
  if (present === 0) return undefined; // a row of empty parts is no relation
  const missing = present < rel.parts.length;
  // integer counts compare exactly; anything shown with decimals may be rounded or truncated
  const exact = allCounts;
  const sum = clean(sumRaw);
  let partsRange: Interval = [sum, sum];
  if (!exact) {
    let lo = 0;
    let hi = 0;
    for (const p of rel.parts) {
      const r = readFigure(sheet, p);
      if (r.kind !== "number") continue;
      const [a, b] = figureRange(r.figure, false);
      lo += a;
      hi += b;
    }
    partsRange = [lo, hi];
  }
  const totalRange = figureRange(total, exact);
  // the parts alone (blank ones unknown, never negative) already exceed the total
  const partsExceed = partsRange[0] > totalRange[1] + epsFor(partsRange[0], totalRange[1]) && !anyNegative;
  if (!rel.exhaustive && !partsExceed) return undefined;
  if (rel.exhaustive && (missing ? !partsExceed : overlaps(partsRange, totalRange))) return undefined;

  const label = rel.label || (rel.exhaustive ? "合计" : "总数");
  const related = compressCells(rel.parts);
  const base = { severity: "error" as const, sheet: sheet.name, cell: a1(rel.total), related, expected: sum, actual: total.value };
  const diff = num(Math.abs(total.value - sum));
  if (!rel.exhaustive) {
    return {
      ...base, kind: "part-exceeds-total",
      message: `${label} ${display(total)} 小于其中各项之和 ${num(sum)}(相差 ${diff})`,
      messageEn: `${label} ${display(total)} is smaller than the sum of its "of which" parts ${num(sum)} (off by ${diff})`,
    };
  }
  const what = missing ? "已填分项之和" : "分项之和";
  const whatEn = missing ? "the sum of the filled-in parts" : "the sum of its parts";
  return {
    ...base, kind: "sum-mismatch",
    message: `${label} ${display(total)} 与${what} ${num(sum)} 不一致(相差 ${diff})`,
    messageEn: `${label} ${display(total)} does not match ${whatEn} ${num(sum)} (off by ${diff})`,
  };
}
