/**
 * Finding the tables on a sheet: title rows, unit/date lines, one- to three-row headers with
 * merged group cells, data rows (blank separator rows inside a table are skipped), notes rows
 * under it, and further tables below.
 */
import type { SheetGrid } from "./sheetgrid";
import { isLabelHeader, isNoteText, isUnitDateText, scoringHeaderRole, summaryHeaderRole, totalWord } from "./text";

/** One header cell of a column, at one header row: its text and its merge master. */
export interface HeaderCell {
  readonly text: string;
  readonly row: number;
  readonly col: number;
  /** the columns the header cell spans */
  readonly left: number;
  readonly right: number;
}

export interface FoundColumn {
  readonly col: number;
  /** distinct header cells top-first (a cell merged down over two header rows appears once) */
  readonly cells: ReadonlyArray<HeaderCell>;
  readonly header: string;
  readonly leaf: string;
}

export interface FoundTable {
  readonly headerTop: number;
  readonly headerBottom: number;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly left: number;
  readonly right: number;
  readonly columns: ReadonlyArray<FoundColumn>;
  readonly title?: string;
  readonly context: ReadonlyArray<string>;
  readonly notes: ReadonlyArray<string>;
  /** data rows that hold something (blank separators and notes left out) */
  readonly dataRows: ReadonlyArray<number>;
  /** a label | value list without a header row (headerTop = headerBottom = firstRow − 1) */
  readonly headerless?: boolean;
}

function headerish(k: string): boolean {
  if (k.length > 16) return false;
  return (
    !!scoringHeaderRole(k) || !!summaryHeaderRole(k) || isLabelHeader(k) || !!totalWord(k) ||
    /(人数|人口|数|率|比|合计|情况|\d{4}年|本期|上期|同期|本年|上年|数量|金额|户数|例数|其中|男|女|政策内|政策外|分\))/.test(k) ||
    // a measuring unit in brackets (卫生技术人员(人), 床位数(张)) or a label column's name (医疗机构分类)
    /\((人|个|张|户|例|元|万元|万人|人次|万人次|所|家|床|%|‰)\)$/.test(k) || /(分类|类别|名称)$/.test(k)
  );
}

/** header words a table's header must hold for a row inside a table to start a new one */
function strongWord(k: string): boolean {
  return !!scoringHeaderRole(k) || !!summaryHeaderRole(k) || isLabelHeader(k);
}

/** Row r looks like a header: two or more text cells, no figures (a "2016年" period header is text). */
function headerScore(g: SheetGrid, r: number, strict = false): number {
  const cells = g.filled(r);
  if (cells.length < 2) return 0;
  let words = 0;
  for (const c of cells) {
    const v = g.value(r, c);
    if (typeof v !== "string") return 0;
    const k = g.key(r, c);
    if (isNoteText(k)) return 0;
    if (/^\d{4}年(度|末|底|\d{1,2}月(底|末)?|[上下]半年|[一二三四]季度)?$/.test(k)) {
      words++; // a period column header: 2016年 | 2015年 | 2021年3月底
      continue;
    }
    if (isUnitDateText(k)) return 0;
    if (/\d/.test(k) && g.isFigure(r, c) && !/分\)$|%\)$|‰\)$/.test(k)) return 0; // "633人" is a figure typed as text
    if (/^[-+]?\d+(\.\d+)?%?$/.test(k)) return 0;
    if (strict ? strongWord(k) : headerish(k)) words++;
  }
  return words;
}

/** A row with one text cell (often merged across the table): a title, a unit/date line or a note. */
function singleText(g: SheetGrid, r: number): string | undefined {
  // a data row starts with a number (序号) or has one beside its label: no list needed
  const first = g.firstFilled(r);
  if (first < 0 || typeof g.value(r, first) !== "string") return undefined;
  const next = g.firstFilled(r, first + 1);
  if (next >= 0) return undefined;
  const cells = g.filled(r);
  if (cells.length === 0) return undefined;
  if (cells.some((c) => typeof g.value(r, c) !== "string")) return undefined;
  if (cells.length === 1) return g.key(r, cells[0]);
  return undefined;
}

function isContextRow(g: SheetGrid, r: number): boolean {
  const first = g.firstFilled(r);
  if (first < 0 || typeof g.value(r, first) !== "string" || !isUnitDateText(g.key(r, first))) return false;
  const cells = g.filled(r);
  return cells.length > 0 && cells.every((c) => typeof g.value(r, c) === "string" && isUnitDateText(g.key(r, c)));
}

function isNoteRow(g: SheetGrid, r: number): boolean {
  // most rows are data rows: decide on the first cell before listing the row's cells
  const first = g.firstFilled(r);
  if (first < 0 || typeof g.value(r, first) !== "string" || !isNoteText(g.key(r, first))) return false;
  return g.filled(r).every((c) => typeof g.value(r, c) === "string");
}

function hasFigure(g: SheetGrid, r: number): boolean {
  for (const c of g.filled(r)) if (g.isFigure(r, c) && typeof g.value(r, c) !== "string") return true;
  for (const c of g.filled(r)) if (g.isFigure(r, c)) return true;
  return false;
}

/** Is row r where a new table starts (a header, or a title followed by a header)? */
function startsTable(g: SheetGrid, r: number, strict = true): boolean {
  if (headerScore(g, r, strict) >= 2 && nextHasData(g, r)) return true;
  if (singleText(g, r) !== undefined) {
    let n = r + 1;
    while (n < g.rows && (g.rowEmpty(n) || isContextRow(g, n)) && n - r < 4) n++;
    return n < g.rows && headerScore(g, n, strict) >= 2;
  }
  return false;
}

function nextHasData(g: SheetGrid, r: number): boolean {
  for (let n = r + 1; n < g.rows && n <= r + 6; n++) if (hasFigure(g, n)) return true;
  return false;
}

/** The header goes down as far as its merges reach, and one row below every group header. */
function headerBottom(g: SheetGrid, top: number): number {
  let bottom = top;
  for (let changed = true; changed; ) {
    changed = false;
    for (let h = top; h <= bottom; h++) {
      for (const c of g.filled(h)) {
        const m = g.merge(h, c);
        if (!m || m.top !== h) continue;
        if (m.bottom > bottom && m.bottom - top <= 3) {
          bottom = m.bottom;
          changed = true;
        }
        if (m.right > m.left && h === bottom && bottom + 1 < g.rows && bottom - top < 3) {
          const below = bottom + 1;
          const sub = g.filled(below, m.left, m.right);
          if (sub.length > 0 && !hasFigure(g, below) && sub.every((cc) => typeof g.value(below, cc) === "string")) {
            bottom = below;
            changed = true;
          }
        }
      }
    }
  }
  return bottom;
}

function columnsOf(g: SheetGrid, top: number, bottom: number): { left: number; right: number; columns: FoundColumn[] } {
  let left = Infinity;
  let right = -1;
  for (let h = top; h <= bottom; h++) {
    for (const c of g.filled(h)) {
      const m = g.merge(h, c);
      left = Math.min(left, c);
      right = Math.max(right, m ? m.right : c);
    }
  }
  const columns: FoundColumn[] = [];
  for (let c = left; c <= right; c++) {
    const cells: HeaderCell[] = [];
    for (let h = top; h <= bottom; h++) {
      const m = g.merge(h, c);
      const mr = m ? m.top : h;
      const mc = m ? m.left : c;
      if (mr < top) continue;
      const text = g.key(mr, mc);
      if (!text) continue;
      if (cells.some((x) => x.row === mr && x.col === mc)) continue;
      cells.push({ text, row: mr, col: mc, left: m ? m.left : c, right: m ? m.right : c });
    }
    const header = cells.map((x) => x.text).join("/");
    columns.push({ col: c, cells, header, leaf: cells.length ? cells[cells.length - 1].text : "" });
  }
  return { left, right, columns };
}

function labelAndFigure(g: SheetGrid, r: number): boolean {
  const cells = g.filled(r);
  let label = false;
  let figure = false;
  for (const c of cells) {
    const v = g.value(r, c);
    if (typeof v === "number") figure = true;
    else if (typeof v === "string" && g.isFigure(r, c)) figure = figure || /\d/.test(v);
    else if (typeof v === "string") label = true;
  }
  return label && figure;
}

/** columns of a table without a header: every column that holds something, header text "" */
function bareColumns(g: SheetGrid, rows: ReadonlyArray<number>): { left: number; right: number; columns: FoundColumn[] } {
  let left = Infinity;
  let right = -1;
  for (const r of rows) {
    const cells = g.filled(r);
    if (cells.length === 0) continue;
    left = Math.min(left, cells[0]);
    right = Math.max(right, cells[cells.length - 1]);
  }
  const columns: FoundColumn[] = [];
  for (let c = left; c <= right; c++) columns.push({ col: c, cells: [], header: "", leaf: "" });
  return { left, right, columns };
}

export function findTables(g: SheetGrid): FoundTable[] {
  const tables: FoundTable[] = [];
  let titles: string[] = [];
  let context: string[] = [];
  let r = 0;
  while (r < g.rows) {
    if (g.rowEmpty(r)) {
      r++;
      continue;
    }
    if (isContextRow(g, r)) {
      context.push(g.filled(r).map((c) => g.key(r, c)).join(" "));
      r++;
      continue;
    }
    const header = headerScore(g, r) >= 1 && (headerScore(g, r) >= 2 || nextHasData(g, r)) && nextHasData(g, r);
    // a label | value list without a header row: a text label and a figure on this row and the next
    const headerless = !header && labelAndFigure(g, r) && r + 1 < g.rows && labelAndFigure(g, r + 1);
    if (header || headerless) {
      const top = header ? r : r - 1;
      const bottom = header ? headerBottom(g, top) : r - 1;
      const dataRows: number[] = [];
      const notes: string[] = [];
      let n = bottom + 1;
      let last = bottom;
      for (; n < g.rows; n++) {
        if (g.rowEmpty(n)) {
          let m = n + 1;
          while (m < g.rows && g.rowEmpty(m)) m++;
          if (m >= g.rows || startsTable(g, m, false) || isContextRow(g, m)) break;
          continue;
        }
        if (isNoteRow(g, n)) {
          while (n < g.rows && (isNoteRow(g, n) || g.rowEmpty(n) || (notes.length > 0 && singleText(g, n) !== undefined && !startsTable(g, n, false)))) {
            if (!g.rowEmpty(n)) notes.push(g.filled(n).map((c) => g.key(n, c)).join(" "));
            n++;
          }
          break;
        }
        if (singleText(g, n) !== undefined && startsTable(g, n) && headerScore(g, n) < 2) break;
        if (dataRows.length > 0 && g.rowEmpty(n - 1) && headerScore(g, n) >= 2 && startsTable(g, n)) break;
        if (headerless && dataRows.length > 0 && headerScore(g, n) >= 2 && startsTable(g, n, false)) break;
        dataRows.push(n);
        last = n;
      }
      const { left, right, columns } = header ? columnsOf(g, top, bottom) : bareColumns(g, dataRows);
      if (dataRows.length > 0) {
        tables.push({
          headerTop: top, headerBottom: bottom, firstRow: bottom + 1, lastRow: last, left, right, columns,
          title: titles.length ? titles.join("/") : undefined, context, notes, dataRows,
          ...(headerless ? { headerless: true } : {}),
        });
      }
      titles = [];
      context = [];
      r = Math.max(n, bottom + 1);
      continue;
    }
    const t = singleText(g, r);
    if (t !== undefined) {
      if (isNoteText(t) && tables.length > 0) {
        (tables[tables.length - 1].notes as string[]).push(t);
      } else if (isUnitDateText(t)) context.push(t);
      else titles.push(t);
    } else if (g.filled(r).every((c) => typeof g.value(r, c) === "string")) {
      // a unit/date line written in two cells: 填报单位:城关镇 … 2016年12月
      context.push(g.filled(r).map((c) => g.key(r, c)).join(" "));
    }
    r++;
  }
  return tables;
}
