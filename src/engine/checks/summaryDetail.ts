/**
 * Summary vs detail: a unit's figure on the summary sheet (汇总表) equals the same figure on
 * the unit's own sheet. The summary cell is the one flagged.
 */
import { cellAddress } from "../address";
import type { WorkbookSnapshot } from "../grid";
import type { Finding } from "../findings";
import type { WorkbookRelation } from "../layout/model";
import { clean, display, num } from "./figure";
import { figureIn, sameFigure, sheetCell, sheetCellText } from "./crossSheet";

export function checkSummaryDetail(snapshot: WorkbookSnapshot, relations: ReadonlyArray<WorkbookRelation>): Finding[] {
  const out: Finding[] = [];
  for (const rel of relations) {
    if (rel.kind !== "summary-detail") continue;
    const s = figureIn(snapshot, rel.summary);
    const d = figureIn(snapshot, rel.detail);
    if (!s || !d || sameFigure(s, d, rel.label)) continue;
    const where = sheetCell(rel.detail);
    const whereText = sheetCellText(rel.detail);
    const off = num(Math.abs(clean(s.value - d.value)));
    const label = rel.label || "汇总数";
    out.push({
      kind: "summary-detail-mismatch", severity: "error", sheet: rel.summary.sheet,
      cell: cellAddress(rel.summary.row, rel.summary.col), related: [where],
      expected: d.value, actual: s.value,
      message: `汇总表中${label} ${display(s)} 与明细表 ${whereText} 的 ${display(d)} 不一致(相差 ${off})`,
      messageEn: `${label} ${display(s)} on the summary sheet differs from ${display(d)} in ${whereText} (off by ${off})`,
    });
  }
  return out;
}
