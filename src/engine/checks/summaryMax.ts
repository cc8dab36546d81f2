/**
 * A summary sheet's category column states its max in the header ("稳定低生育水平(20分)"):
 * no unit's figure in it is above that max or below zero. A 合计 row is not a unit.
 */
import { cellAddress } from "../address";
import { type SheetSnapshot, labelAt } from "../grid";
import type { Finding } from "../findings";
import type { Table } from "../layout/model";
import { display, epsFor, num, readFigure } from "./figure";

const TOTAL_ROW = /^(全[县市区镇乡]|总|本[页表])?(合计|总计|小计|平均|平均分)$/;

export function checkSummaryMax(sheet: SheetSnapshot, table: Table): Finding[] {
  if (table.kind !== "summary") return [];
  const unitCol = table.columns.find((c) => c.role === "unit")?.col;
  const out: Finding[] = [];
  for (const c of table.columns) {
    if (c.role !== "category" || c.max === undefined) continue;
    const max = c.max;
    const header = c.header.split("/").pop() ?? c.header;
    for (let r = table.firstRow; r <= table.lastRow; r++) {
      if (unitCol !== undefined && TOTAL_ROW.test(labelAt(sheet, r, unitCol))) continue;
      const f = readFigure(sheet, { row: r, col: c.col });
      if (f.kind !== "number" || f.figure.approximate) continue;
      const v = f.figure.value;
      const unit = unitCol !== undefined ? labelAt(sheet, r, unitCol) : "";
      const base = { severity: "error" as const, sheet: sheet.name, cell: cellAddress(r, c.col), related: [] };
      if (v > max + epsFor(v, max)) {
        out.push({
          ...base, kind: "score-over-max", expected: max, actual: v,
          message: `${unit}“${header}”得分 ${display(f.figure)} 超过该项满分 ${num(max)}`,
          messageEn: `${unit} "${header}": score ${display(f.figure)} is above the column's max ${num(max)}`,
        });
      } else if (v < -epsFor(v)) {
        out.push({
          ...base, kind: "score-below-zero", expected: 0, actual: v,
          message: `${unit}“${header}”得分 ${display(f.figure)} 小于 0`,
          messageEn: `${unit} "${header}": score ${display(f.figure)} is below zero`,
        });
      }
    }
  }
  return out;
}
