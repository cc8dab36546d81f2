/**
 * Honest coverage: what was checked on each sheet (relations by the finding kind they can
 * raise, scores computed) and, where nothing could be checked, why. "No problems" may only
 * be said of a sheet where relations were found and checked (docs/contract.md `sheets[].checked`,
 * `sheets[].note`).
 */
import type { FindingKind } from "../findings";
import type { ItemTree, Relation, SheetLayout, WorkbookLayout } from "../layout/model";
import type { SheetKind } from "../plan";
import { textPointsItems } from "./pointsInText";

export interface SheetChecked {
  /** relations checked, by the finding kind each can raise ({"sum-mismatch": 12, …}) */
  readonly relations: Partial<Record<FindingKind, number>>;
  /** scores, subtotals and totals computed on the sheet */
  readonly scores: number;
}

export interface SheetCoverage {
  readonly checked: SheetChecked;
  /** why nothing (or only part) could be checked, for the clerk; absent when relations were checked */
  readonly note?: string;
  readonly noteEn?: string;
}

function relationKind(r: Relation): FindingKind {
  switch (r.kind) {
    case "sum":
      return r.exhaustive ? "sum-mismatch" : "part-exceeds-total";
    case "rate":
    case "natural-increase":
      return "rate-mismatch";
    case "coverage":
      return "count-exceeds-base";
    case "difference":
      return "difference-mismatch";
    case "ratio":
      return "ratio-mismatch";
    case "shares":
      return "share-sum-mismatch";
  }
}

function add(into: Partial<Record<FindingKind, number>>, kind: FindingKind, n = 1): void {
  if (n > 0) into[kind] = (into[kind] ?? 0) + n;
}

/** The score-tree relations a tree gives: parents' max against their children's, scores within their max. */
function treeRelations(tree: ItemTree, into: Partial<Record<FindingKind, number>>): void {
  const byRow = new Map(tree.items.map((i) => [i.row, i] as const));
  let parents = 0;
  let bounded = 0;
  for (const item of tree.items) {
    if (item.section === "item" && item.children.length > 0 && item.max !== undefined && item.children.every((r) => byRow.get(r)?.max !== undefined)) parents++;
    if (item.max !== undefined && item.section === "item") bounded++;
  }
  add(into, "max-sum-mismatch", parents + textPointsItems(tree).length);
  if (tree.scoreCol !== undefined || tree.selfScoreCol !== undefined) add(into, "score-over-max", bounded);
}

const KIND_ZH: Record<SheetKind, string> = { scoring: "考核评分表", summary: "汇总表", statistics: "统计报表", other: "其他表" };
const KIND_EN: Record<SheetKind, string> = { scoring: "a scoring sheet", summary: "a summary sheet", statistics: "a statistics table", other: "another kind of sheet" };

/**
 * Per sheet: the relations the layout found (and the checks ran over), the scores computed,
 * and a note where nothing could be checked. `scores` counts the score cells per sheet;
 * `corrected` names the sheets whose reading the workbook's stored corrections changed.
 */
export function sheetCoverage(
  layout: WorkbookLayout, scoresPerSheet: ReadonlyMap<string, number>, corrected: ReadonlySet<string> = new Set(),
): Map<string, SheetCoverage> {
  const out = new Map<string, SheetCoverage>();
  for (const sl of layout.sheets) {
    const relations: Partial<Record<FindingKind, number>> = {};
    for (const r of sl.relations) add(relations, relationKind(r));
    for (const tree of sl.trees) treeRelations(tree, relations);
    for (const t of sl.tables) {
      if (t.columns.some((c) => c.role === "rank") && t.columns.some((c) => c.role === "total")) add(relations, "rank-mismatch");
      if (t.columns.filter((c) => c.weight !== undefined).length >= 2) add(relations, "weight-sum-mismatch");
      if (t.kind === "summary") add(relations, "score-over-max", t.columns.filter((c) => c.role === "category" && c.max !== undefined).length);
    }
    for (const wr of layout.relations) {
      if (wr.kind === "same-figure" && wr.cells.some((c) => c.sheet === sl.name)) add(relations, "cross-sheet-mismatch");
      if (wr.kind === "summary-detail" && wr.summary.sheet === sl.name) add(relations, "summary-detail-mismatch");
    }
    const scores = scoresPerSheet.get(sl.name) ?? 0;
    const checked: SheetChecked = { relations, scores };
    const note = noteFor(sl, checked, corrected.has(sl.name));
    out.set(sl.name, { checked, ...note });
  }
  return out;
}

function noteFor(sl: SheetLayout, checked: SheetChecked, corrected: boolean): { note?: string; noteEn?: string } {
  const zh: string[] = [];
  const en: string[] = [];
  const nothing = Object.keys(checked.relations).length === 0 && checked.scores === 0;
  if (nothing) {
    if (sl.tables.length === 0) {
      zh.push("未识别出表格,未作任何核对");
      en.push("No table was recognised: nothing was checked");
    } else {
      zh.push(`识别为${KIND_ZH[sl.kind]},但未找到可核对的合计、分项、比率或得分,未作核对;可在“识别结果”中更正表格类型或列的含义`);
      en.push(`Read as ${KIND_EN[sl.kind]}, but no total, breakdown, rate or score to check was found: nothing was checked; correct the sheet's kind or its columns under "What was understood"`);
    }
  }
  for (const u of sl.unplaced ?? []) {
    zh.push(u.zh);
    en.push(u.en);
  }
  if (corrected) {
    zh.push("按工作簿中保存的识别结果更正读取");
    en.push("Read with the corrections stored in the workbook");
  }
  return zh.length ? { note: zh.join(";"), noteEn: en.join("; ") } : {};
}

/** Whether "no problems" may be said of a sheet: relations were found and checked there, or scores computed. */
export function sheetWasChecked(c: SheetCoverage): boolean {
  return Object.keys(c.checked.relations).length > 0 || c.checked.scores > 0;
}
