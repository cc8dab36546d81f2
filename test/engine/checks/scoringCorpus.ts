/**
 * A generated corpus of scoring workbooks: the 考核评分表 of ./scoringSheet.ts (one tree, both
 * 自评分 and 考核得分) with random scores, and a 汇总表 of units with totals and ranks (ties
 * included) — half consistent, half with 1–4 planted contradictions, each listing exactly the
 * findings a correct checker gives. Scores are typed as numbers, "9分" or full-width digits;
 * penalties negative or positive, one convention per sheet.
 */
import { cellAddress } from "../../../src/engine/address";
import type { CellValue, WorkbookSnapshot } from "../../../src/engine/grid";
import type { ItemTree, WorkbookLayout } from "../../../src/engine/layout/model";
import { competitionRank } from "../../../src/engine/checks/ranks";
import { rng } from "./corpus";
import { column, table } from "./builder";
import { scoringRows, scoringTree } from "./scoringSheet";

export type ScoringPlant = "parent" | "leaf" | "over-max" | "below-zero" | "max" | "cap" | "total" | "rank" | "weights";
const PLANTS: ScoringPlant[] = ["parent", "leaf", "over-max", "below-zero", "max", "cap", "total", "rank", "weights"];

export interface ScoringCorpusWorkbook {
  readonly name: string;
  readonly snapshot: WorkbookSnapshot;
  readonly layout: WorkbookLayout;
  readonly expected: string[];
  readonly planted: ScoringPlant[];
}

// rows (0-based) of the tree in ./scoringSheet.ts
const LEAVES_OF_A1 = [3, 4, 5, 6]; // children of (一) (row 2)
const BONUS = 10, BONUS_KIDS = [11, 12], PENALTY = 13, PENALTY_KIDS = [14, 15], TOTAL = 16;
const COLS = { self: 5, assessed: 6 };

export function generateScoring(index: number, plantCount: number): ScoringCorpusWorkbook {
  const rand = rng(5000 + index);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const rows = scoringRows().map((r) => [...r]);
  const max = (r: number) => rows[r][2] as number;
  const tree0 = scoringTree();
  const negative = rand() < 0.5;
  const expected: string[] = [];
  const kinds = [...PLANTS].sort(() => rand() - 0.5).slice(0, plantCount);
  const col = pick([COLS.self, COLS.assessed]);
  const at = (sheet: string, r: number, c: number) => `${sheet}!${cellAddress(r, c)}`;

  // entered scores: leaves random, parents as their children make them
  const scores = new Map<number, number>();
  const fill = () => {
    scores.clear();
    for (const r of LEAVES_OF_A1) scores.set(r, int(0, max(r) * 2) / 2);
    scores.set(7, int(60, 110));
    scores.set(8, int(20, 40));
    scores.set(9, int(500, 720));
    for (const r of BONUS_KIDS) scores.set(r, int(0, 3));
    for (const r of PENALTY_KIDS) scores.set(r, int(0, 6));
  };
  const perCol = new Map<number, Map<number, number>>();
  for (const c of [COLS.self, COLS.assessed]) {
    fill();
    perCol.set(c, new Map(scores));
  }
  const plants = new Set(kinds);
  // a leaf over its max may push (一)'s sum past a changed max: keep those two apart
  if (plants.has("max") && plants.has("over-max")) plants.delete("max");
  const s = perCol.get(col)!;
  let maxBump = 0;
  let totalBump = 0;
  let parentBump = 0;
  let leafBump = 0;
  const leaf = pick(LEAVES_OF_A1);
  if (plants.has("over-max")) { s.set(leaf, max(leaf) + int(1, 4)); expected.push(`score-over-max@${at("考核表", leaf, col)}`); }
  else if (plants.has("below-zero")) { s.set(leaf, -int(1, 3)); expected.push(`score-below-zero@${at("考核表", leaf, col)}`); }
  if (plants.has("cap")) { s.set(BONUS_KIDS[0], 4); s.set(BONUS_KIDS[1], 3); expected.push(`cap-exceeded@${at("考核表", BONUS, col)}`); }
  const bumped = LEAVES_OF_A1.find((r) => r !== leaf)!;
  if (plants.has("leaf")) {
    // a leaf typed off, staying within [0, max] and leaving (一)'s sum below its max
    const v = s.get(bumped)!;
    const room = max(2) - LEAVES_OF_A1.reduce((t, r) => t + s.get(r)!, 0);
    leafBump = v + 1 <= max(bumped) && room >= 1 ? 1 : -1;
    if (v + leafBump < 0) leafBump = 0;
    if (leafBump) expected.push(`parent-score-mismatch@${at("考核表", 2, col)}`);
  }
  if (plants.has("parent")) {
    // not the leaf's own slip again, or 一 would agree with (一) as its leaves make it
    parentBump = pick([1, 3, -2].filter((b) => b !== leafBump));
    expected.push(`parent-score-mismatch@${at("考核表", 1, col)}`);
  }
  if (plants.has("total")) { totalBump = pick([1, 5, -3]); expected.push(`parent-score-mismatch@${at("考核表", TOTAL, col)}`); }
  if (plants.has("max")) { maxBump = pick([5, 10]); expected.push(`max-sum-mismatch@${at("考核表", 2, 2)}`); }

  const render = (v: number): CellValue => {
    const x = rand();
    if (!Number.isInteger(v) || v < 0) return v;
    return x < 0.7 ? v : x < 0.85 ? `${v}分` : String(v).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
  };
  for (const c of [COLS.self, COLS.assessed]) {
    const sc = perCol.get(c)!;
    const bump = (n: number) => (c === col ? n : 0);
    const a1 = Math.min(LEAVES_OF_A1.reduce((t, r) => t + sc.get(r)!, 0), max(2));
    const one = Math.min(a1 + sc.get(7)! + sc.get(8)!, max(1));
    const bonus = Math.min(sc.get(11)! + sc.get(12)!, 5);
    const bonusEntered = c === col && plants.has("cap") ? 7 : bonus;
    const pen = Math.min(sc.get(14)! + sc.get(15)!, 15);
    const sign = negative ? -1 : 1;
    for (const r of [...LEAVES_OF_A1, 7, 8, 9, ...BONUS_KIDS]) rows[r][c] = render(sc.get(r)!);
    // a leaf typed off by leafBump: its parent (一) keeps the true sum
    if (leafBump && c === col) rows[bumped][c] = sc.get(bumped)! + leafBump;
    for (const r of PENALTY_KIDS) rows[r][c] = sign * sc.get(r)!;
    rows[2][c] = a1;
    rows[1][c] = one + bump(parentBump);
    rows[BONUS][c] = bonusEntered;
    rows[PENALTY][c] = sign * pen;
    rows[TOTAL][c] = one + sc.get(9)! + bonus - pen + bump(totalBump);
  }
  if (maxBump) rows[2][2] = max(2) + maxBump;
  const tree: ItemTree = {
    ...tree0,
    items: tree0.items.map((it) => (it.row === 2 && maxBump ? { ...it, max: max(2) } : it)),
  };

  // 汇总表: units' totals and competition ranks, weights 60/40
  const units = int(5, 10);
  const totals = Array.from({ length: units }, () => int(170, 200) / 2);
  if (units > 3) totals[2] = totals[1]; // a tie
  const ranks = totals.map((t) => competitionRank(t, totals));
  const summary: CellValue[][] = [["单位", "市级考核(60%)", "县级考核(40%)", "总分", "名次"]];
  let rankRow = -1;
  if (plants.has("rank")) {
    rankRow = int(0, units - 1);
    ranks[rankRow] = ranks[rankRow] === 1 ? 2 : ranks[rankRow] - 1;
    expected.push(`rank-mismatch@${at("汇总表", rankRow + 1, 4)}`);
  }
  totals.forEach((t, i) => summary.push([`第${i + 1}乡镇`, t, t, t, ranks[i]]));
  const countyWeight = plants.has("weights") ? 30 : 40;
  if (plants.has("weights")) {
    summary[0][2] = "县级考核(30%)";
    expected.push(`weight-sum-mismatch@${at("汇总表", 0, 1)}`);
  }
  const summaryTable = table(1, 2, units + 1, [
    column("A", "unit", "单位"), column("B", "weighted", summary[0][1] as string, { weight: 60 }),
    column("C", "weighted", summary[0][2] as string, { weight: countyWeight }),
    column("D", "total", "总分"), column("E", "rank", "名次"),
  ]);
  return {
    name: `scoring-${String(index).padStart(2, "0")}${plantCount ? `-planted-${plantCount}` : "-consistent"}`,
    snapshot: { sheets: [{ name: "考核表", values: rows }, { name: "汇总表", values: summary }] },
    layout: {
      sheets: [
        { name: "考核表", kind: "scoring", tables: [tree.table], trees: [tree], relations: [] },
        { name: "汇总表", kind: "summary", tables: [summaryTable], trees: [], relations: [] },
      ],
      relations: [],
    },
    expected,
    planted: kinds,
  };
}

export function scoringCorpus(size = 20): ScoringCorpusWorkbook[] {
  return Array.from({ length: size }, (_, i) => generateScoring(i, i % 2 === 0 ? 0 : 1 + ((i >> 1) % 4)));
}
