/**
 * Totals (合计/小计/总计) and partial breakdowns (其中): which cells must equal, or must not be
 * smaller than, the sum of which others. Rows labelled 合计 close the rows above them or head
 * the rows below them (Chinese tables often put the total right under the header); a 合计 over
 * 小计 rows sums the 小计s; a 合计 column sums the columns beside it under the same group
 * header, one relation per partition (男/女, 政策内/政策外); 其中 rows and columns are partial.
 */
import type { CellRef, Column, Relation, RowLabel } from "./model";
import { additive } from "./roles";
import type { SheetGrid } from "./sheetgrid";
import type { FoundColumn, FoundTable } from "./tables";
import { isNonAdditive, startsWithOfWhich, totalWord } from "./text";
import { type OfWhichGroup, ofWhichGroups } from "./ofWhich";
import { indentHierarchy } from "./hierarchy";
import { classifiedGroups } from "./classified";

export type { RowLabel } from "./model";

/** The label of a data row: the first text in the label columns (or the first text of the row). */
export function rowLabel(g: SheetGrid, labelCols: ReadonlyArray<number>, r: number): RowLabel | undefined {
  // totals, statistics and cross-sheet matching all ask for the same labels: read each once
  const memo = g.memoFor<RowLabel | null>(labelCols);
  const known = memo[r];
  if (known !== undefined) return known ?? undefined;
  const lab = readRowLabel(g, labelCols, r);
  memo[r] = lab ?? null;
  return lab;
}

function readRowLabel(g: SheetGrid, labelCols: ReadonlyArray<number>, r: number): RowLabel | undefined {
  const first = labelCols[0] ?? 0;
  const cols = labelCols.length ? labelCols : g.filled(r).filter((c) => typeof g.value(r, c) === "string").slice(0, 1);
  for (const c of cols) {
    const k = g.key(r, c);
    if (!k) continue;
    const raw = g.raw(r, c);
    let spaces = 0;
    for (const ch of raw) {
      if (ch === " ") spaces++;
      else if (ch === "\u3000") spaces += 2;
      else break;
    }
    const level = spaces + 2 * g.indent(r, c);
    return { text: k, col: c, indent: level + 4 * (c - first), level };
  }
  return undefined;
}

/** Label columns of a table: the columns named label/unit/item, else the text columns left of the first figure column. */
export function labelColumns(columns: ReadonlyArray<Column>): number[] {
  const out: number[] = [];
  for (const c of columns) {
    if (c.role === "label" || c.role === "unit" || c.role === "item") out.push(c.col);
  }
  return out;
}

function figureCol(g: SheetGrid, r: number, c: number): boolean {
  return g.isFigure(r, c);
}

function relationsForRows(
  g: SheetGrid,
  cols: ReadonlyArray<Column>,
  total: number,
  parts: ReadonlyArray<number>,
  exhaustive: boolean,
  label: string,
  out: Relation[],
): void {
  if (parts.length === 0) return;
  // parts short of the total in several columns: the table lists only some of the parts (a copy
  // that leaves out 其他), which is a partial breakdown, not a contradiction in every column
  const partial = exhaustive && allShort(g, cols, total, parts);
  for (const c of cols) {
    if (!figureCol(g, total, c.col)) continue;
    if (!parts.some((p) => figureCol(g, p, c.col))) continue;
    out.push({
      kind: "sum",
      total: { row: total, col: c.col },
      parts: parts.map((p) => ({ row: p, col: c.col })),
      exhaustive: exhaustive && !partial,
      label,
    });
  }
}

/**
 * The parts (all figures) add to less than the total in two or more columns: the table lists
 * only some of the parts (one wrong figure makes one column short). Parts above the total are
 * still flagged, as a partial breakdown's are.
 */
function allShort(g: SheetGrid, cols: ReadonlyArray<Column>, total: number, parts: ReadonlyArray<number>): boolean {
  let n = 0;
  for (const c of cols) {
    const t = g.reading(total, c.col);
    if (t.kind !== "number") continue;
    // a column with a blank part neither confirms nor denies (its blanks may be zeros)
    let sum = 0;
    let all = true;
    for (const p of parts) {
      const v = g.reading(p, c.col);
      if (v.kind === "number") sum += v.value;
      else all = false;
    }
    if (!all) continue;
    if (sum < t.value - Math.max(1, Math.abs(t.value)) * 1e-9) n++;
  }
  return n >= 2;
}

/**
 * Row totals and 其中 rows. Returns the rows that are totals or breakdown parts (`marked`, so a
 * description can name them) and the rows that are not plain parts (totals and 其中 rows).
 */
export function rowTotals(
  g: SheetGrid, t: FoundTable, columns: ReadonlyArray<Column>, out: Relation[],
): { marked: number[]; plainExcluded: number[]; groups: OfWhichGroup[]; inner: Set<number> } {
  const labelCols = labelColumns(columns);
  const sumCols = columns.filter((c) => additive(c) && !labelCols.includes(c.col));
  const rows = t.dataRows;
  const labels = { get: (r: number) => rowLabel(g, labelCols, r) };

  const numberCol = columns.find((c) => c.role === "number")?.col;
  // a heading row with no figure in any summed column (一、已婚育龄妇女节育措施) is not a part
  const heading = (row: number) => !sumCols.some((c) => g.isFigure(row, c.col));

  // 其中 breakdowns first: their parts are inside another row and never counted by a 合计
  const { inner, subsets, marked, groups: ofWhich } = ofWhichGroups({
    g, rows, label: labels.get, labelCols, numberCol, shareCols: columns.filter((c) => c.role === "share"),
    emit: (total, parts, exhaustive, label) => relationsForRows(g, sumCols, total, parts, exhaustive, label, out),
  });

  // rows indented under another row are its parts, not parts of a 合计
  const tree = indentHierarchy({
    g, rows, label: labels.get, skip: new Set([...inner, ...subsets]), hasFigure: (r) => !heading(r),
    partialParents: new Set(ofWhich.map((x) => x.parent)),
    emit: (total, parts, exhaustive, label) => relationsForRows(g, sumCols, total, parts, exhaustive, label, out),
  });
  for (const r of tree.inner) inner.add(r);
  marked.push(...tree.parents);

  // 按…分 headings: each group under them a partial breakdown of the figure row above them
  const classified = classifiedGroups({
    g, rows, label: labels.get, heading, skip: new Set([...inner, ...subsets]),
    emit: (total, parts, exhaustive, label) => relationsForRows(g, sumCols, total, parts, exhaustive, label, out),
  });
  marked.push(...classified.parents);

  // 合计 / 小计 rows
  const kinds = rows.map((r) => {
    const l = labels.get(r);
    return l ? totalWord(l.text) : undefined;
  });
  // (rows of a 按…分 breakdown are parts of nothing else, but stay plain rows for shares and rates)
  const plainRows = rows.map((r, i) => !kinds[i] && !inner.has(r) && !classified.inner.has(r) && !subsets.has(r) && !isNonAdditive(labels.get(r)?.text ?? "") && !heading(r));
  const plain = (i: number) => plainRows[i];
  const subIdx = kinds.map((k, i) => (k === "sub" ? i : -1)).filter((i) => i >= 0);
  const grandIdx = kinds.map((k, i) => (k === "grand" ? i : -1)).filter((i) => i >= 0);
  // 小计 heads its group when the first 小计 comes before any plain row
  const firstPlain = rows.findIndex((_, i) => plain(i));
  const subsHead = subIdx.length > 0 && firstPlain >= 0 && subIdx[0] < firstPlain;
  const groups = new Map<number, number[]>();
  // the 小计 whose group holds each row (a row is in at most one group: groups stop at any total)
  const subOf = new Int32Array(rows.length).fill(-1);
  for (let s = 0; s < subIdx.length; s++) {
    const i = subIdx[s];
    const group: number[] = [];
    if (subsHead) {
      for (let j = i + 1; j < rows.length && kinds[j] === undefined; j++) if (plain(j)) group.push(j);
    } else {
      for (let j = i - 1; j >= 0 && kinds[j] === undefined; j--) if (plain(j)) group.push(j);
      group.reverse();
    }
    for (const j of group) subOf[j] = i;
    groups.set(i, group);
  }
  for (const [i, group] of groups) {
    const lab = labels.get(rows[i]);
    if (group.length === 0 || !lab) continue;
    marked.push(rows[i]);
    relationsForRows(g, sumCols, rows[i], group.map((j) => rows[j]), true, lab.text, out);
  }
  // one pass, not one scan per 合计: a 合计 heads the rows below it when every row above it is
  // a 合计 or unlabelled, i.e. when it comes no later than the first other labelled row
  let firstLabelled = rows.length;
  for (let j = 0; j < rows.length; j++) {
    if (kinds[j] !== "grand" && labels.get(rows[j])) {
      firstLabelled = j;
      break;
    }
  }
  for (let gi = 0; gi < grandIdx.length; gi++) {
    const i = grandIdx[gi];
    const lab = labels.get(rows[i]);
    if (!lab || classified.parents.includes(rows[i])) continue;
    const top = i <= firstLabelled;
    let from: number;
    let to: number;
    if (top) {
      from = i + 1;
      const next = grandIdx[gi + 1];
      to = next === undefined ? rows.length - 1 : next - 1;
    } else {
      const prev = grandIdx[gi - 1];
      from = prev === undefined ? 0 : prev + 1;
      to = i - 1;
    }
    const parts: number[] = [];
    // a plain row inside a 小计's group is counted through that 小计 when the 小计 is in range
    const inSub = (j: number) => subOf[j] >= from && subOf[j] <= to;
    for (let j = from; j <= to; j++) {
      if (kinds[j] === "sub") parts.push(rows[j]);
      else if (plain(j) && !inSub(j)) parts.push(rows[j]);
    }
    if (parts.length === 0) continue;
    marked.push(rows[i]);
    relationsForRows(g, sumCols, rows[i], parts, true, lab.text, out);
  }
  const plainExcluded = rows.filter((r, i) => kinds[i] !== undefined || inner.has(r) || subsets.has(r));
  return { marked: [...new Set(marked)].sort((a, b) => a - b), plainExcluded, groups: ofWhich, inner };
}

// ---------------------------------------------------------------- columns

/** 其中… / #医生: a column header that makes its column part of the column left of its group */
function ofWhichHeader(k: string): boolean {
  return startsWithOfWhich(k) || /^[#＃]/.test(k);
}

/** how deep the 其中 header sits in a column's header cells (the leaf is below it when deeper) */
function xDepth(x: FoundColumn, head: { row: number }): number {
  return x.cells.findIndex((c) => c.row === head.row) + 1;
}

/** Words that split one whole two or more ways; each family is one partition of a group. */
const FAMILIES: ReadonlyArray<ReadonlyArray<RegExp>> = [
  [/男/, /女/],
  [/政策内|计划内/, /政策外|计划外/],
  [/城镇|城市/, /农村|乡村/],
  [/一孩/, /二孩/, /多孩|三孩/],
  [/户籍|常住/, /流动|外来/],
  [/已签约|签约/, /未签约/],
];

function partitions(leaves: ReadonlyArray<FoundColumn>): FoundColumn[][] {
  const out: FoundColumn[][] = [];
  const used = new Set<number>();
  for (const fam of FAMILIES) {
    const members: FoundColumn[] = [];
    const hit = new Set<number>();
    for (const c of leaves) {
      const idx = fam.findIndex((re) => re.test(c.leaf));
      if (idx >= 0 && !used.has(c.col)) {
        members.push(c);
        hit.add(idx);
      }
    }
    if (hit.size >= 2 && hit.size === members.length) {
      out.push(members);
      for (const m of members) used.add(m.col);
    }
  }
  // families must split every sibling (合计 | 上环 | 男扎 | 女扎 is one whole, not 男扎 + 女扎)
  if (out.length === 0 || used.size !== leaves.length) return [leaves.slice()];
  return out;
}

function emitColumnSum(
  g: SheetGrid, t: FoundTable, totalCol: number, partCols: ReadonlyArray<number>, exhaustive: boolean, label: string, out: Relation[],
): void {
  if (partCols.length === 0) return;
  for (const r of t.dataRows) {
    if (!g.isFigure(r, totalCol)) continue;
    if (!partCols.some((c) => g.isFigure(r, c))) continue;
    out.push({
      kind: "sum",
      total: { row: r, col: totalCol },
      parts: partCols.map((c): CellRef => ({ row: r, col: c })),
      exhaustive,
      label,
    });
  }
}

/** 合计 columns under a group header, and 其中 column groups. Returns the total columns. */
export function columnTotals(g: SheetGrid, t: FoundTable, columns: ReadonlyArray<Column>, out: Relation[]): number[] {
  const byCol = new Map(columns.map((c) => [c.col, c]));
  const ok = (fc: FoundColumn) => {
    const c = byCol.get(fc.col);
    return !!c && additive(c);
  };
  const found = t.columns;
  const totals: number[] = [];
  for (const fc of found) {
    if (!totalWord(fc.leaf) && fc.leaf !== "计") continue;
    if (!ok(fc)) continue;
    if (fc.cells.length >= 2) {
      // the group header right above the leaf
      const group = fc.cells[fc.cells.length - 2];
      if (group.right <= group.left) continue;
      const siblings = found.filter(
        // a 其中 header above the group (其中:长效节育措施 → 小计 | 结扎 | 上环) does not make its columns partial here
        (x) => x.col !== fc.col && x.col >= group.left && x.col <= group.right && ok(x) && !x.cells.slice(fc.cells.length - 1).some((c) => startsWithOfWhich(c.text)),
      );
      // sub-groups one level down (按性别 → 男, 女) give one partition each
      const depth = fc.cells.length - 1;
      const sub = new Map<string, FoundColumn[]>();
      const loose: FoundColumn[] = [];
      for (const s of siblings) {
        const h = s.cells[depth];
        if (s.cells.length > depth + 1 && h && h.right > h.left) {
          const k = `${h.row}:${h.col}`;
          if (!sub.has(k)) sub.set(k, []);
          sub.get(k)!.push(s);
        } else loose.push(s);
      }
      const parts: FoundColumn[][] = [];
      for (const members of sub.values()) parts.push(members);
      if (loose.length > 0) parts.push(...(sub.size > 0 ? (loose.length >= 2 ? partitions(loose) : []) : partitions(loose)));
      if (parts.length === 0) continue;
      totals.push(fc.col);
      for (const p of parts) {
        if (p.length < 2 && parts.length === 1 && siblings.length < 2) continue;
        const label = `${group.text}/${fc.leaf}`;
        emitColumnSum(g, t, fc.col, p.map((x) => x.col), true, label, out);
      }
    } else {
      // a flat header: 合计 first or last among the figure columns of the table
      const figureCols = columns.filter((c) => c.role === "value" || c.role === "rate" || c.role === "ratio" || c.role === "share");
      const idx = figureCols.findIndex((c) => c.col === fc.col);
      if (idx < 0) continue;
      const run: number[] = [];
      if (idx === 0) {
        for (let j = 1; j < figureCols.length && additive(figureCols[j]) && !totalWord(figureCols[j].header); j++) run.push(figureCols[j].col);
      } else if (idx === figureCols.length - 1 || !additive(figureCols[idx + 1])) {
        for (let j = idx - 1; j >= 0 && additive(figureCols[j]) && !totalWord(figureCols[j].header); j--) run.unshift(figureCols[j].col);
      }
      if (run.length < 2) continue;
      totals.push(fc.col);
      emitColumnSum(g, t, fc.col, run, true, fc.leaf, out);
    }
  }
  // 其中 column groups: the column left of the group is their total, partially
  for (let i = 0; i < found.length; i++) {
    const fc = found[i];
    const qi = fc.cells.findIndex((c) => ofWhichHeader(c.text));
    if (qi < 0) continue;
    const head = fc.cells[qi];
    const run: FoundColumn[] = [];
    let j = i;
    for (; j < found.length; j++) {
      const x = found[j];
      const xq = x.cells.findIndex((c) => ofWhichHeader(c.text));
      if (xq < 0) break;
      const xh = x.cells[xq];
      if (xh.row !== head.row || (xh.col !== head.col && head.right > head.left)) break;
      run.push(x);
    }
    // the total: the nearest column to the left not itself a 其中/# column at this header level or
    // deeper (#医院 | #综合医院 #中医医院 | #基层…: #基层 is a part of 合计, not of #中医医院)
    let k = i - 1;
    for (; k >= 0; k--) {
      const kq = found[k].cells.findIndex((c) => ofWhichHeader(c.text));
      if (kq < 0 || found[k].cells[kq].row < head.row) break;
    }
    const totalFc = k >= 0 ? found[k] : undefined;
    i = j - 1;
    if (!totalFc || !ok(totalFc)) continue;
    // the total's header must be at the same level as the 其中 group (or its parent)
    // a 小计 inside the 其中 group stands for the group (its own parts are summed into it above)
    const sub = run.filter((x) => ok(x) && totalWord(x.leaf) && x.cells.length > xDepth(x, head));
    const partCols = (sub.length === 1 ? sub : run.filter(ok)).map((x) => x.col);
    if (partCols.length === 0) continue;
    totals.push(totalFc.col);
    // # columns may nest (#卫生技术人员, #医生, #护士): each is a part of the total, their sum is not known to be
    if (!startsWithOfWhich(head.text) && partCols.length > 1) {
      for (const c of partCols) emitColumnSum(g, t, totalFc.col, [c], false, `${totalFc.leaf}(其中)`, out);
    } else emitColumnSum(g, t, totalFc.col, partCols, false, `${totalFc.leaf}(其中)`, out);
  }
  return totals;
}
