/**
 * Rows classified several ways under one whole, as yearbooks and census tables lay them out:
 *
 *     合 计                    608049978
 *     一、按社区类型分
 *     村委会                   591641725
 *     居委会                    16408253
 *     二、按地势分
 *     平原 / 丘陵 / 山区 …
 *
 * or under a figure row of the table (一、医院 | 按登记注册类型分 | 公立医院 | 民营医院 | 按医院等级分 |
 * 三级医院 …). Each `按…分` heading (a row with no figure) opens one breakdown of the whole: the
 * figure row right above the first heading. A breakdown is partial (publications leave
 * unclassified units out of some, and say so in a note at best): its parts never exceed the
 * whole, a remainder is never flagged. Its rows are parts of nothing else (not of a 合计).
 */
import type { RowLabel } from "./model";
import type { SheetGrid } from "./sheetgrid";
import { parseNumbering, totalWord } from "./text";

/** 一、按社区类型分 / 按登记注册类型分 / (二)按性别分组 */
const CLASSIFIED = /^按.{1,24}分(组|类)?$/;

export interface ClassifiedContext {
  readonly g: SheetGrid;
  readonly rows: ReadonlyArray<number>;
  readonly label: (r: number) => RowLabel | undefined;
  /** a row with no figure in any summed column */
  readonly heading: (r: number) => boolean;
  /** rows already inside another breakdown (其中, indentation) */
  readonly skip: ReadonlySet<number>;
  readonly emit: (total: number, parts: ReadonlyArray<number>, exhaustive: boolean, label: string) => void;
}

function classifiedHeading(text: string): boolean {
  const rest = parseNumbering(text, false)?.rest ?? text;
  return CLASSIFIED.test(rest);
}

/** The rows inside the breakdowns, and the wholes they break down. */
export function classifiedGroups(cx: ClassifiedContext): { inner: Set<number>; parents: number[] } {
  const { rows, label, heading, skip } = cx;
  const inner = new Set<number>();
  const parents: number[] = [];
  let i = 0;
  while (i < rows.length) {
    const lab = label(rows[i]);
    if (!lab || !heading(rows[i]) || !classifiedHeading(lab.text)) {
      i++;
      continue;
    }
    // the whole: the figure row right above the first heading
    const p = i - 1;
    if (p < 0 || heading(rows[p]) || skip.has(rows[p]) || !label(rows[p])) {
      i++;
      continue;
    }
    const parent = rows[p];
    const plab = label(parent)!;
    const level = parseNumbering(plab.text, false)?.level;
    let j = i;
    // one breakdown per heading, while headings follow one another
    while (j < rows.length) {
      const hl = label(rows[j]);
      if (!hl || !heading(rows[j]) || !classifiedHeading(hl.text)) break;
      const parts: number[] = [];
      let k = j + 1;
      for (; k < rows.length; k++) {
        const r = rows[k];
        const l = label(r);
        if (heading(r)) break;
        if (!l) continue;
        if (totalWord(l.text)) break;
        // a row numbered at the whole's level or above (二、基层医疗卫生机构 after 一、医院) ends the breakdowns
        const n = parseNumbering(l.text, false);
        if (n && level !== undefined && n.level <= level) break;
        // indented under the heading: a row back at the heading's indent or left of it ends the breakdown
        if (l.indent <= hl.indent && (hl.indent > 0 || (parts.length > 0 && l.indent < label(parts[0])!.indent))) break;
        if (skip.has(r)) continue;
        parts.push(r);
      }
      if (parts.length > 0) {
        cx.emit(parent, parts, false, `${plab.text}/${hl.text}`);
        for (const r of parts) inner.add(r);
        if (!parents.includes(parent)) parents.push(parent);
      }
      j = k;
      // the next heading opens another breakdown of the same whole; anything else ends them
      if (j < rows.length && !(heading(rows[j]) && classifiedHeading(label(rows[j])?.text ?? ""))) break;
    }
    i = Math.max(j, i + 1);
  }
  return { inner, parents };
}
