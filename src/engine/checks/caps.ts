/**
 * Section caps: 以上三项加分不超过5分 (bonus at most 5), 上述累计减分不超过15分 (penalty at most
 * 15). The 加分 / 减分 section row carries the section's score; an entered score beyond the
 * cap is flagged on that row. Penalties may be entered as −18 or 18: both are read, and
 * the finding reports the sign the sheet uses.
 */
import { cellAddress, compressCells } from "../address";
import type { SheetSnapshot } from "../grid";
import type { Finding } from "../findings";
import type { ItemTree } from "../layout/model";
import { clean, display, epsFor, num, readFigure } from "./figure";
import { columnHeader, scoreColumns } from "./scoreTree";

export function checkCaps(sheet: SheetSnapshot, tree: ItemTree): Finding[] {
  const out: Finding[] = [];
  for (const col of scoreColumns(tree)) {
    const header = columnHeader(tree, col, "得分");
    for (const item of tree.items) {
      if (item.parent !== undefined) continue;
      const isBonus = item.section === "bonus";
      const cap = isBonus ? tree.bonusCap : item.section === "penalty" ? tree.penaltyCap : undefined;
      if (cap === undefined) continue;
      const r = readFigure(sheet, { row: item.row, col });
      if (r.kind !== "number" || r.figure.approximate) continue;
      const v = r.figure.value;
      const magnitude = isBonus ? v : Math.abs(v);
      if (magnitude <= cap + epsFor(cap)) continue;
      const expected = isBonus || v >= 0 ? cap : -cap;
      const over = num(clean(magnitude - cap));
      const what = isBonus ? "加分" : "减分";
      const whatEn = isBonus ? "bonus" : "penalty";
      out.push({
        kind: "cap-exceeded", severity: "error", sheet: sheet.name, cell: cellAddress(item.row, col),
        related: compressCells(item.children.map((row) => ({ row, col }))),
        expected, actual: v,
        message: `${what}${header} ${display(r.figure)} 超过上限 ${num(cap)} 分(多 ${over})`,
        messageEn: `${whatEn} ${header} ${display(r.figure)} is beyond its cap of ${num(cap)} points (by ${over})`,
      });
    }
  }
  return out;
}
