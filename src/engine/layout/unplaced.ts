/**
 * What a statistics table shows but the layout could not relate, said rather than skipped
 * (issue 11, honest coverage): a rate (出生率, 城镇化率, 比重) whose numerator or denominator
 * was not found, a 合计 whose parts were not found. Each becomes part of the sheet's note
 * (`sheets[].note`), so "no problems" is never said of a figure nobody checked.
 */
import { relationCells, type Column, type Relation, type Unplaced } from "./model";
import type { SheetGrid } from "./sheetgrid";
import type { FoundTable } from "./tables";
import { labelColumns, rowLabel } from "./totals";
import { headerWord, totalWord } from "./text";

/** a name that states a rate or a share (出生率, 比重, 性别比, 占…%) */
const RATE_NAME = /率|比重|性别比|构成|[%‰]/;
/** said once per sheet at most this many times; the rest counted */
const MAX_SAID = 4;

/**
 * A set of cells, one byte per row in each column that has any: a set of string keys ("row,col"),
 * or even of numbers (beyond 2^31 they are boxed), made the set of a 100,000-row sheet's cells
 * cost more than all the rest of its analysis.
 */
export class CellSet {
  private readonly cols = new Map<number, Uint8Array>();

  add(row: number, col: number): void {
    let bits = this.cols.get(col);
    if (!bits || bits.length <= row) {
      const grown = new Uint8Array(Math.max(row + 1, (bits?.length ?? 0) * 2, 64));
      if (bits) grown.set(bits);
      bits = grown;
      this.cols.set(col, bits);
    }
    bits[row] = 1;
  }

  has(row: number, col: number): boolean {
    const bits = this.cols.get(col);
    return bits !== undefined && row < bits.length && bits[row] === 1;
  }
}

/** Every cell the relations from index `from` on read or flag, added to `out`. */
export function addRelationCells(out: CellSet, relations: ReadonlyArray<Relation>, from = 0): CellSet {
  for (let i = from; i < relations.length; i++) for (const c of relationCells(relations[i])) out.add(c.row, c.col);
  return out;
}

/** Some of the cells (rows of a column, or columns of a row) hold a figure, and no relation reads any of them. */
function figuresNoneUsed(cells: ReadonlyArray<number>, isFigure: (i: number) => boolean, isUsed: (i: number) => boolean): boolean {
  let any = false;
  for (const i of cells) {
    if (!isFigure(i)) continue;
    if (isUsed(i)) return false;
    any = true;
  }
  return any;
}

/** The rates and totals of a statistics table that no relation reads. */
export function unplacedIn(
  g: SheetGrid, t: FoundTable, columns: ReadonlyArray<Column>, figuresIn: "columns" | "rows" | undefined, used: CellSet,
): Unplaced[] {
  const rates: string[] = [];
  const totals: string[] = [];
  const figureCols = columns.filter((c) => c.role !== "label" && c.role !== "unit" && c.role !== "item" && c.role !== "number" && c.role !== "remark");
  if (figuresIn === "rows") {
    // indicators in rows: a row named as a rate or a total whose figures no relation reads
    const labels = labelColumns(columns);
    for (const r of t.dataRows) {
      const lab = rowLabel(g, labels, r);
      if (!lab) continue;
      if (!figuresNoneUsed(figureCols.map((c) => c.col), (col) => g.isFigure(r, col), (col) => used.has(r, col))) continue;
      const name = headerWord(lab.text);
      if (totalWord(name)) totals.push(name);
      else if (RATE_NAME.test(lab.text)) rates.push(name);
    }
  } else {
    // figures in columns: a column headed as a rate or a total that no relation reads
    for (const c of figureCols) {
      if (!figuresNoneUsed(t.dataRows, (r) => g.isFigure(r, c.col), (r) => used.has(r, c.col))) continue;
      const leaf = c.header.split("/").pop() ?? c.header;
      const name = headerWord(leaf) || leaf;
      if (totalWord(name)) totals.push(c.header);
      else if (RATE_NAME.test(c.header) || c.role === "rate" || c.role === "share" || c.role === "ratio") rates.push(c.header);
    }
  }
  const out: Unplaced[] = [];
  const list = (names: string[]) => {
    const shown = names.slice(0, MAX_SAID).map((n) => `“${n}”`).join("、");
    return names.length > MAX_SAID ? `${shown} 等 ${names.length} 项` : shown;
  };
  const listEn = (names: string[]) => {
    const shown = names.slice(0, MAX_SAID).map((n) => `"${n}"`).join(", ");
    return names.length > MAX_SAID ? `${shown} and ${names.length - MAX_SAID} more` : shown;
  };
  if (rates.length) {
    out.push({
      zh: `${list(rates)}未找到其分子或分母,未核对`,
      en: `${listEn(rates)}: numerator or denominator not found, not checked`,
    });
  }
  if (totals.length) {
    out.push({ zh: `${list(totals)}未找到其分项,未核对`, en: `${listEn(totals)}: parts not found, not checked` });
  }
  return out;
}
