/**
 * The same figure everywhere: one group, unit or indicator (same period) shown in several
 * places must have one value. Every cell that disagrees with another is flagged, each
 * with the cells it disagrees with.
 */
import { cellAddress, formatReference } from "../address";
import type { WorkbookSnapshot } from "../grid";
import type { Finding } from "../findings";
import type { SheetCellRef, WorkbookRelation } from "../layout/model";
import { type Figure, clean, display, figureRange, num, overlaps, readFigure } from "./figure";

/** 'Sheet'!A1, as docs/contract.md writes a related cell on another sheet */
export function sheetCell(ref: SheetCellRef): string {
  return formatReference(ref.sheet, cellAddress(ref.row, ref.col));
}

/** 节育措施表!B3, for a clerk's message */
export function sheetCellText(ref: SheetCellRef): string {
  return `${ref.sheet}!${cellAddress(ref.row, ref.col)}`;
}

export function figureIn(snapshot: WorkbookSnapshot, ref: SheetCellRef): Figure | undefined {
  const sheet = snapshot.sheets.find((s) => s.name === ref.sheet);
  if (!sheet) return undefined;
  const r = readFigure(sheet, ref);
  return r.kind === "number" && !r.figure.approximate ? r.figure : undefined;
}

/** Two shown figures can be the same exact figure (each rounded or truncated as shown). */
export function sameFigure(a: Figure, b: Figure, label = ""): boolean {
  if (a.unit !== b.unit && a.unit !== "" && b.unit !== "") return false;
  const exact = a.isCount && b.isCount;
  if (overlaps(figureRange(a, exact), figureRange(b, exact))) return true;
  // penalties (减分/扣分) are entered as −2 on one sheet and 2 on another: the same deduction
  if (PENALTY_LABEL.test(label) && Math.sign(a.value) === -Math.sign(b.value)) {
    return overlaps(figureRange({ ...a, value: Math.abs(a.value) }, exact), figureRange({ ...b, value: Math.abs(b.value) }, exact));
  }
  return false;
}

const PENALTY_LABEL = /减分|扣分|扣减/;

export function checkSameFigures(snapshot: WorkbookSnapshot, relations: ReadonlyArray<WorkbookRelation>): Finding[] {
  const out: Finding[] = [];
  for (const rel of relations) {
    if (rel.kind !== "same-figure") continue;
    const figs = rel.cells.map((c) => ({ ref: c, fig: figureIn(snapshot, c) }));
    const present = figs.filter((x): x is { ref: SheetCellRef; fig: Figure } => x.fig !== undefined);
    if (present.length < 2) continue;
    for (const x of present) {
      const others = present.filter((y) => y !== x && !sameFigure(x.fig, y.fig, rel.label));
      if (others.length === 0) continue;
      const other = others[0];
      const off = num(Math.abs(clean(x.fig.value - other.fig.value)));
      const where = others.map((y) => sheetCell(y.ref));
      const whereText = sheetCellText(other.ref);
      const label = rel.label || "同一数字";
      out.push({
        kind: "cross-sheet-mismatch", severity: "error", sheet: x.ref.sheet, cell: cellAddress(x.ref.row, x.ref.col),
        related: where, expected: other.fig.value, actual: x.fig.value,
        message: `${label} ${display(x.fig)} 与 ${whereText} 的 ${display(other.fig)} 不一致(相差 ${off})`,
        messageEn: `${label} ${display(x.fig)} differs from ${display(other.fig)} in ${whereText} (off by ${off})`,
      });
    }
  }
  return out;
}
