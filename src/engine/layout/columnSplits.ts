/**
 * Column pairs that split a total column under a flat header, no 合计 word anywhere:
 * `户籍人口 | 男性人口 | 女性人口 | 乡村人口 | 城镇人口` (中山 2022 镇街) — 男/女 and 乡村/城镇 each
 * split 户籍人口, the column left of the runs. A run is adjacent figure columns naming every
 * member of one family (男/女, 城镇/乡村, 政策内/政策外 …), each once, with the same word left
 * after the family word (人口); the whole is the nearest column to their left that is not itself
 * in such a run, and whose name ends with that word (or any name when nothing is left: 出生人数 |
 * 男 | 女). Exhaustive: the parts add up to the whole.
 */
import type { Column, Relation } from "./model";
import type { SheetGrid } from "./sheetgrid";
import type { FoundTable } from "./tables";
import { additive } from "./roles";
import { headerWord, totalWord } from "./text";

const FAMILIES: ReadonlyArray<ReadonlyArray<RegExp>> = [
  [/^男性?/, /^女性?/],
  [/^(城镇|城市)/, /^(乡村|农村)/],
  [/^(政策内|计划内)/, /^(政策外|计划外)/],
  [/^一孩/, /^二孩/, /^(多孩|三孩及以上|三孩)/],
];

/** the family member a name starts with, and the word after it ("男性人口" → 0, "人口") */
function member(name: string): { fam: number; idx: number; rest: string } | undefined {
  for (let f = 0; f < FAMILIES.length; f++) {
    const fam = FAMILIES[f];
    for (let i = 0; i < fam.length; i++) {
      const m = fam[i].exec(name);
      if (m) return { fam: f, idx: i, rest: name.slice(m[0].length) };
    }
  }
  return undefined;
}

const leafOf = (c: Column) => headerWord(c.header.split("/").pop() ?? c.header);

export function columnSplits(g: SheetGrid, t: FoundTable, columns: ReadonlyArray<Column>, totals: ReadonlyArray<number>, out: Relation[]): void {
  // flat headers only: grouped headers say their wholes themselves (columnTotals)
  if (t.headerBottom !== t.headerTop || t.headerless) return;
  const figures = columns.filter((c) => c.role === "value");
  const inRun = new Set<number>();
  const runs: Column[][] = [];
  for (let i = 0; i < figures.length; i++) {
    const first = member(leafOf(figures[i]));
    if (!first || !additive(figures[i])) continue;
    const fam = FAMILIES[first.fam];
    const run = [figures[i]];
    const seen = new Set([first.idx]);
    for (let j = i + 1; j < figures.length && run.length < fam.length; j++) {
      const m = member(leafOf(figures[j]));
      // adjacent in the sheet, the same family and word, each member once
      if (!m || m.fam !== first.fam || m.rest !== first.rest || seen.has(m.idx) || figures[j].col !== run[run.length - 1].col + 1 || !additive(figures[j])) break;
      run.push(figures[j]);
      seen.add(m.idx);
    }
    if (seen.size !== fam.length) continue;
    runs.push(run);
    for (const c of run) inRun.add(c.col);
    i += run.length - 1;
  }
  for (const run of runs) {
    const rest = member(leafOf(run[0]))!.rest;
    const whole = [...figures].reverse().find((c) => c.col < run[0].col && !inRun.has(c.col));
    if (!whole || !additive(whole) || totals.includes(whole.col) || totalWord(leafOf(whole))) continue;
    if (rest !== "" && !leafOf(whole).endsWith(rest)) continue;
    // the whole's own name is no member of the family (男性人口 | 女性人口 after 城镇人口: not its split)
    if (member(leafOf(whole))) continue;
    const label = `${leafOf(whole)}=${run.map(leafOf).join("+")}`;
    for (const r of t.dataRows) {
      if (!g.isFigure(r, whole.col) || !run.some((c) => g.isFigure(r, c.col))) continue;
      out.push({ kind: "sum", total: { row: r, col: whole.col }, parts: run.map((c) => ({ row: r, col: c.col })), exhaustive: true, label });
    }
  }
}
