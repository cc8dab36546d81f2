/**
 * Weights: weighted parts (市级考核占60%, 县级考核占40%; 按60%计算) add up to 100%. A table whose
 * weights do not is flagged on the header cell of its first weighted part.
 */
import { cellAddress } from "../address";
import { type SheetSnapshot, labelAt, mergeAt } from "../grid";
import type { Finding } from "../findings";
import type { Table } from "../layout/model";
import { clean, nearlyEqual, num } from "./figure";

export function checkWeights(sheet: SheetSnapshot, table: Table): Finding[] {
  const weighted = table.columns.filter((c) => c.weight !== undefined).sort((a, b) => a.col - b.col);
  // one weighted column alone is not a set of weights we can add up
  if (weighted.length < 2) return [];
  const sum = clean(weighted.reduce((s, c) => s + c.weight!, 0));
  if (nearlyEqual(sum, 100)) return [];
  const cells = weighted.map((c) => headerCell(sheet, table, c.col, c.weight!));
  const off = num(Math.abs(clean(sum - 100)));
  const parts = weighted.map((c) => `${num(c.weight!)}%`).join(" + ");
  return [{
    kind: "weight-sum-mismatch", severity: "error", sheet: sheet.name, cell: cells[0],
    related: [...new Set(cells.slice(1))],
    expected: 100, actual: sum,
    message: `权重 ${parts} = ${num(sum)}%,不等于 100%(相差 ${off} 个百分点)`,
    messageEn: `Weights ${parts} = ${num(sum)}%, not 100% (off by ${off} percentage points)`,
  }];
}

/** The header cell that states a column's weight ("市考核(60%)"), its merge's top-left cell. */
function headerCell(sheet: SheetSnapshot, table: Table, col: number, weight: number): string {
  const w = String(weight);
  for (let r = table.headerTop; r <= table.headerBottom; r++) {
    const m = mergeAt(sheet, r, col);
    const [mr, mc] = m ? [m.top, m.left] : [r, col];
    const text = labelAt(sheet, mr, mc).normalize("NFKC");
    if (text.includes(`${w}%`) || text.includes(w)) return cellAddress(mr, mc);
  }
  return cellAddress(table.headerTop, col);
}
