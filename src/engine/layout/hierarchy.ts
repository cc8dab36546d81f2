/**
 * A hierarchy of rows read from indentation, as statistical yearbooks print it: a row is the
 * total of the rows indented under it (医院 → 综合医院, 中医医院 …; 15-19岁 → 15, 16 … 19), and
 * only the rows at the outer level are parts of a 合计. Indentation is the leading spaces
 * (a full-width space counts two) and the alignment indent (two per level), within the label's
 * own column; where every row is numbered and nothing is indented, the numbering's levels
 * (一、 / (一) / 1. / (1)). Rows already in a 其中 breakdown, △ subsets and 合计/小计 rows are not nodes.
 */
import type { SheetGrid } from "./sheetgrid";
import type { RowLabel } from "./model";
import { isNonAdditive, parseNumbering, totalWord } from "./text";
import { isOfWhichLabel, isSubsetLabel } from "./ofWhich";

export interface HierarchyContext {
  readonly g: SheetGrid;
  readonly rows: ReadonlyArray<number>;
  readonly label: (r: number) => RowLabel | undefined;
  /** rows already placed (其中 parts, △ subsets) */
  readonly skip: ReadonlySet<number>;
  /** whether the row has a figure in a summed column */
  readonly hasFigure: (r: number) => boolean;
  /** rows that head a 其中 breakdown: the rows indented under them are further partial parts */
  readonly partialParents?: ReadonlySet<number>;
  readonly emit: (total: number, parts: ReadonlyArray<number>, exhaustive: boolean, label: string) => void;
}

/** Emits parent = Σ children for each indented group; returns the rows that are children (not parts of a 合计). */
export function indentHierarchy(cx: HierarchyContext): { inner: Set<number>; parents: number[] } {
  const { rows, label, skip } = cx;
  const inner = new Set<number>();
  const parents: number[] = [];
  const nodes = rows.filter((r) => {
    const l = label(r);
    return !!l && !skip.has(r) && !totalWord(l.text) && !isSubsetLabel(l.text);
  });
  if (nodes.length < 3) return { inner, parents };
  const col = label(nodes[0])!.col;
  // labels in several columns are a grouped layout, not an indented list
  if (nodes.some((r) => label(r)!.col !== col)) return { inner, parents };
  // indentation, else numbering (一、 / (一) / 1. / (1)) when it has two levels or more
  const indentLevels = new Set(nodes.map((r) => label(r)!.level));
  let levelOf = (r: number) => label(r)!.level;
  if (indentLevels.size < 2) {
    const numbered = new Map<number, number>();
    for (const r of nodes) {
      const n = parseNumbering(cx.g.raw(r, label(r)!.col), false);
      if (n) numbered.set(r, n.level);
    }
    const levels = new Set(numbered.values());
    // every row numbered: an unnumbered row would have no place in the outline
    if (levels.size < 2 || numbered.size !== nodes.length) return { inner, parents };
    levelOf = (r: number) => numbered.get(r)!;
  }
  const children = new Map<number, number[]>();
  const stack: number[] = [];
  for (const r of nodes) {
    const lv = levelOf(r);
    while (stack.length && levelOf(stack[stack.length - 1]) >= lv) stack.pop();
    const top = stack[stack.length - 1];
    if (top !== undefined) {
      let kids = children.get(top);
      if (!kids) children.set(top, (kids = []));
      kids.push(r);
    }
    stack.push(r);
  }
  for (const [p, kids] of children) {
    const plab = label(p)!;
    // a heading without figures (一、医院) is no total: its rows stay parts of the 合计
    if (!cx.hasFigure(p)) continue;
    for (const k of kids) inner.add(k);
    if (isNonAdditive(plab.text)) continue;
    const parts = kids.filter((k) => !isNonAdditive(label(k)!.text));
    if (parts.length === 0) continue;
    parents.push(p);
    // an indented 其中 row is a partial breakdown of the row it is under
    cx.emit(p, parts, !cx.partialParents?.has(p) && !parts.some((k) => isOfWhichLabel(label(k)!.text)), plab.text);
  }
  return { inner, parents };
}
