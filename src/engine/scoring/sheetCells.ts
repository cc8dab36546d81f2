/**
 * Small readings of a scoring sheet's cells and formulas that the scoring (score.ts) needs: the
 * sign the sheet uses for penalties, a deduction formula as a positive figure, and the veto words.
 */
import { cellAt, type SheetSnapshot } from "../grid";
import type { ItemTree, ScoringItem } from "../layout/model";

/**
 * Penalties entered as negative numbers (−2) rather than positive deductions (2). The sheet's
 * own entries decide; with none entered, deductions are positive figures under 减分, as in
 * docs/domain.md's total = base + bonus − penalty.
 */
export function penaltyNegative(sheet: SheetSnapshot, tree: ItemTree, col: number): boolean {
  const rows = tree.items.filter((i) => i.section === "penalty").map((i) => i.row);
  // the computed column first; when it is still blank, the other score column shows the habit
  const cols = [col, tree.selfScoreCol, tree.scoreCol].filter((c, i, a): c is number => c !== undefined && a.indexOf(c) === i);
  for (const c of cols) {
    let negative = false;
    let positive = false;
    for (const r of rows) {
      const v = cellAt(sheet, r, c);
      if (typeof v === "number" && v > 0) positive = true;
      if (typeof v === "number" && v < 0) negative = true;
    }
    if (positive) return false;
    if (negative) return true;
  }
  return false;
}

/** `=IF(E5="","",-(2*E5))` → `=IF(E5="","",2*E5)`: a rule's signed deduction as a positive figure. */
export function negateFormula(formula: string, valueRef: string): string {
  const guard = `=IF(${valueRef}="","",`;
  let inner = formula.startsWith(guard) && formula.endsWith(")") ? formula.slice(guard.length, -1) : formula.slice(1);
  const wrapped = formula.startsWith(guard);
  if (inner.startsWith("-(") && inner.endsWith(")") && balanced(inner.slice(2, -1))) inner = inner.slice(2, -1);
  else inner = `-(${inner})`;
  return wrapped ? `${guard}${inner})` : `=${inner}`;
}

function balanced(s: string): boolean {
  let depth = 0;
  let inString = false;
  for (const ch of s) {
    if (ch === '"') inString = !inString;
    if (inString) continue;
    if (ch === "(") depth++;
    if (ch === ")" && --depth < 0) return false;
  }
  return depth === 0;
}

const VETO_WORDS = ["是", "有", "发生", "出现", "√"];

export function vetoCondition(a1: string): string {
  return VETO_WORDS.map((w) => `${a1}="${w}"`).join(",");
}

export function vetoHit(sheet: SheetSnapshot, tree: ItemTree, item: ScoringItem): boolean {
  const col = item.measuredCol ?? tree.measuredCol;
  if (col === undefined) return false;
  const v = cellAt(sheet, item.row, col);
  return typeof v === "string" && VETO_WORDS.includes(v.trim());
}
