/**
 * Shares of one whole (占比 / 构成 / 比重), as publications lay them out:
 *  - a share column down the rows, the whole's own row (全县, 合计, a row showing 100) left out;
 *  - a 其中 breakdown whose counts make its parent whole: its parts' shares make 100;
 *  - row-wise shares: each row's share columns add to 100 across (城镇 | 乡村 构成 per unit).
 */
import type { Column, Relation } from "./model";
import { additive } from "./roles";
import type { SheetGrid } from "./sheetgrid";
import type { FoundTable } from "./tables";
import type { OfWhichGroup } from "./ofWhich";
import { labelColumns, rowLabel } from "./totals";

/** A row that names the whole: 全县, 全市, 总体, 合计… */
const WHOLE = /^(全[县市区镇乡省国]|总体|全部|总计|合计|总数|全体)/;

function shown(g: SheetGrid, r: number, c: number): number | undefined {
  const rd = g.reading(r, c);
  return rd.kind === "number" && !rd.approximate ? rd.value : undefined;
}

/** Whether the shares across the row read as fractions of 1 or as percents. */
function rowSum(g: SheetGrid, r: number, cols: ReadonlyArray<Column>): { sum: number; n: number } | undefined {
  let sum = 0;
  for (const c of cols) {
    const v = shown(g, r, c.col);
    if (v === undefined) return undefined;
    sum += v;
  }
  return { sum, n: cols.length };
}

function nearWhole(sum: number, n: number): boolean {
  // each share rounded to at least one decimal: n·0.05 off at most; shares of 1 likewise
  return Math.abs(sum - 100) <= Math.max(0.5, 0.5 * n) || Math.abs(sum - 1) <= 0.005 * n;
}

/** Most rows' share columns add to 100 across, and the columns do not add to 100 down. */
function rowWise(g: SheetGrid, rows: ReadonlyArray<number>, shareCols: ReadonlyArray<Column>): boolean {
  let full = 0;
  let whole = 0;
  for (const r of rows) {
    const s = rowSum(g, r, shareCols);
    if (!s) continue;
    full++;
    if (nearWhole(s.sum, s.n)) whole++;
  }
  if (full < 2 || whole * 3 < full * 2) return false;
  const down = shareCols.every((c) => {
    let sum = 0;
    let n = 0;
    for (const r of rows) {
      const v = shown(g, r, c.col);
      if (v !== undefined) { sum += v; n++; }
    }
    return n >= 2 && nearWhole(sum, n);
  });
  return !down;
}

/** The parts' counts add exactly to the parent's in some summed column: the breakdown is the whole. */
function countsMakeWhole(g: SheetGrid, group: OfWhichGroup, sumCols: ReadonlyArray<Column>): boolean {
  for (const c of sumCols) {
    const whole = shown(g, group.parent, c.col);
    if (whole === undefined || !Number.isInteger(whole)) continue;
    let sum = 0;
    let ok = true;
    for (const p of group.parts) {
      const v = shown(g, p, c.col);
      if (v === undefined || !Number.isInteger(v)) { ok = false; break; }
      sum += v;
    }
    if (ok && sum === whole) return true;
  }
  return false;
}

export function shareRelations(
  g: SheetGrid, t: FoundTable, columns: ReadonlyArray<Column>, excluded: ReadonlyArray<number>,
  groups: ReadonlyArray<OfWhichGroup>, out: Relation[],
): void {
  const shareCols = columns.filter((c) => c.role === "share");
  if (shareCols.length === 0) return;
  const labelCols = labelColumns(columns);
  const label = (r: number) => rowLabel(g, labelCols, r)?.text ?? "";
  if (shareCols.length >= 2 && rowWise(g, t.dataRows, shareCols)) {
    for (const r of t.dataRows) {
      if (!rowSum(g, r, shareCols)) continue;
      out.push({ kind: "shares", shares: shareCols.map((c) => ({ row: r, col: c.col })), label: label(r) || "构成" });
    }
    return;
  }
  const sumCols = columns.filter((c) => additive(c) && !labelCols.includes(c.col));
  const skip = new Set(excluded);
  const inGroup = new Set<number>();
  for (const gr of groups) for (const p of gr.parts) inGroup.add(p);
  for (const c of shareCols) {
    for (const gr of groups) {
      const cells = gr.parts.filter((r) => g.isFigure(r, c.col));
      if (cells.length >= 2 && cells.length === gr.parts.length && countsMakeWhole(g, gr, sumCols)) {
        out.push({ kind: "shares", shares: cells.map((r) => ({ row: r, col: c.col })), label: `${label(gr.parent)}${c.header}` });
      }
    }
    let rows = t.dataRows.filter((r) => !skip.has(r) && !inGroup.has(r) && g.isFigure(r, c.col) && !WHOLE.test(label(r)));
    let whole = t.dataRows.find((r) => WHOLE.test(label(r)) && shown(g, r, c.col) === 100);
    // the whole's own row showing 100, first or last (its label may be a place name: 全县 / XX县)
    const hundred = (r: number) => shown(g, r, c.col) === 100;
    if (rows.length > 2 && hundred(rows[0])) [whole, rows] = [rows[0], rows.slice(1)];
    if (rows.length > 2 && hundred(rows[rows.length - 1])) [whole, rows] = [rows[rows.length - 1], rows.slice(0, -1)];
    // headings without figures (按性别分 / 按年龄分 / 按城乡分) part the rows into breakdowns of their own
    for (const run of splitAtHeadings(g, t, columns, labelCols, rows)) {
      if (run.length >= 2) out.push({ kind: "shares", shares: run.map((r) => ({ row: r, col: c.col })), label: c.header });
    }
    if (whole !== undefined && rows.length >= 2) shareRates(g, c, shareCols, sumCols, whole, rows, out);
  }
}

/** `rows` cut wherever a heading row (a label, no figure in any column) stands between two of them. */
function splitAtHeadings(
  g: SheetGrid, t: FoundTable, columns: ReadonlyArray<Column>, labelCols: ReadonlyArray<number>, rows: ReadonlyArray<number>,
): number[][] {
  const figureCols = columns.filter((c) => !labelCols.includes(c.col));
  const heading = (r: number) => !!rowLabel(g, labelCols, r) && !figureCols.some((c) => g.isFigure(r, c.col));
  const runs: number[][] = [];
  let run: number[] = [];
  let at = 0;
  for (const r of rows) {
    // a heading between the previous row of the run and this one starts a new run
    for (; at < t.dataRows.length && t.dataRows[at] < r; at++) {
      if (run.length && t.dataRows[at] > run[run.length - 1] && heading(t.dataRows[at])) {
        runs.push(run);
        run = [];
      }
    }
    run.push(r);
  }
  if (run.length) runs.push(run);
  return runs;
}

const year = (h: string) => /((?:19|20)\d{2})年?/.exec(h)?.[1];

/**
 * Each share is its row's count over the whole's (比重 = 人口数 / 全县人口数 × 100): where the
 * table has one count column, and the share column is its period's (the only one, or the
 * latest year when the count names none).
 */
function shareRates(
  g: SheetGrid, c: Column, shareCols: ReadonlyArray<Column>, sumCols: ReadonlyArray<Column>, whole: number,
  rows: ReadonlyArray<number>, out: Relation[],
): void {
  if (sumCols.length !== 1) return;
  const count = sumCols[0];
  if (shareCols.length > 1) {
    const years = shareCols.map((x) => year(x.header));
    const cy = year(count.header);
    if (years.some((y) => !y)) return;
    const target = cy ?? years.reduce((a, b) => (a! > b! ? a : b));
    if (year(c.header) !== target) return;
  }
  if (!g.isFigure(whole, count.col)) return;
  for (const r of rows) {
    if (!g.isFigure(r, count.col)) continue;
    out.push({ kind: "rate", rate: { row: r, col: c.col }, numerator: { row: r, col: count.col }, denominator: { row: whole, col: count.col }, scale: 100, label: c.header });
  }
}
