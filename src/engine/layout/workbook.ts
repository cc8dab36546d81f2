/**
 * Relations across sheets: a summary row's unit that has its own scoring sheet
 * (summary-detail), and the same indicator of the same unit and period on two sheets
 * (same-figure). Never across different periods or units: a sheet whose title or unit line
 * names another year, half-year or 填报单位 is not compared.
 */
import type { SheetUnderstanding } from "./understanding";
import type { SheetCellRef, WorkbookRelation } from "./model";
import { labelColumns, rowLabel } from "./totals";
import { headerWord, itemName, key, startsWithOfWhich, totalWord } from "./text";

/** The period and unit a sheet's title and unit/date lines name. */
interface SheetContext {
  readonly periods: ReadonlySet<string>;
  readonly unit?: string;
}

function contextOf(s: SheetUnderstanding): SheetContext {
  const periods = new Set<string>();
  let unit: string | undefined;
  for (const t of s.layout.tables) {
    for (const text of [t.title ?? "", ...(t.context ?? [])]) {
      for (const m of text.matchAll(/(\d{4})年(度)?(上半年|下半年|半年|全年|第[一二三四]季度|\d{1,2}[-—至~]\d{1,2}月|\d{1,2}月)?/g)) {
        periods.add(m[1] + (m[3] ?? ""));
      }
      if (/上半年|半年/.test(text) && !/\d{4}年/.test(text)) periods.add("半年");
      const u = /(?:填报单位|报送单位|单位)[:]([^\s:]+?)(?:\s|$|\d{4}年)/.exec(text + " ");
      if (u && !/^(人|户|个|万元|元|%|‰|例)$/.test(u[1])) unit = u[1];
    }
  }
  return { periods, unit };
}

function compatible(a: SheetContext, b: SheetContext): boolean {
  if (a.unit && b.unit && a.unit !== b.unit) return false;
  if (a.periods.size > 0 || b.periods.size > 0) {
    if (a.periods.size !== b.periods.size) return false;
    for (const p of a.periods) if (!b.periods.has(p)) return false;
  }
  return true;
}

function sheetMatchesUnit(sheetName: string, unit: string): boolean {
  const s = key(sheetName);
  if (unit.length < 2) return false;
  if (s === unit) return true;
  return s.startsWith(unit) && /^(考核|评分|自评|自查|得分|考核表|评分表|明细|详表|表)?/.test(s.slice(unit.length));
}

export function summaryDetail(sheets: ReadonlyArray<SheetUnderstanding>, out: WorkbookRelation[]): void {
  for (const s of sheets) {
    if (s.layout.kind !== "summary") continue;
    for (const t of s.layout.tables) {
      if (t.kind !== "summary") continue;
      const unitCol = t.columns.find((c) => c.role === "unit")?.col;
      if (unitCol === undefined) continue;
      const totalCol = t.columns.find((c) => c.role === "total")?.col;
      const weighted = t.columns.some((c) => c.role === "weighted");
      for (let r = t.firstRow; r <= t.lastRow; r++) {
        const unit = s.grid.key(r, unitCol);
        if (!unit || totalWord(unit)) continue;
        // the unit's own sheet: named after it, or saying it on its 被考核单位 / 填报单位 line
        let details = sheets.filter((d) => d !== s && d.layout.kind === "scoring" && sheetMatchesUnit(d.layout.name, unit));
        if (details.length === 0) details = sheets.filter((d) => d !== s && d.layout.kind === "scoring" && contextOf(d).unit === unit);
        if (details.length !== 1) continue;
        const d = details[0];
        const tree = d.layout.trees.find((x) => x.totalRow !== undefined && (x.scoreCol ?? x.selfScoreCol) !== undefined);
        if (!tree) continue;
        const scoreCol = (tree.scoreCol ?? tree.selfScoreCol)!;
        const ref = (sheet: string, row: number, col: number): SheetCellRef => ({ sheet, row, col });
        if (totalCol !== undefined && !weighted && tree.totalRow !== undefined) {
          out.push({ kind: "summary-detail", summary: ref(s.layout.name, r, totalCol), detail: ref(d.layout.name, tree.totalRow, scoreCol), label: `${unit} 总分` });
        }
        // a category column and the item of the same name on the unit's own sheet
        const topLevel = Math.min(...tree.items.filter((i) => i.section === "item").map((i) => i.level));
        for (const c of t.columns) {
          if (c.role !== "category" && c.role !== "bonus" && c.role !== "penalty") continue;
          const word = itemName(headerWord(c.header.split("/").pop() ?? ""));
          const match = tree.items.filter((i) =>
            (c.role === "category" && i.level === topLevel && i.section === "item" && itemName(i.name) === word) ||
            (c.role === "bonus" && i.section === "bonus" && i.parent === undefined) ||
            (c.role === "penalty" && i.section === "penalty" && i.parent === undefined),
          );
          if (match.length !== 1) continue;
          out.push({ kind: "summary-detail", summary: ref(s.layout.name, r, c.col), detail: ref(d.layout.name, match[0].row, scoreCol), label: `${unit} ${word}` });
        }
      }
    }
  }
}

export function sameFigures(sheets: ReadonlyArray<SheetUnderstanding>, out: WorkbookRelation[]): void {
  type Entry = { sheet: number; cell: SheetCellRef };
  if (sheets.filter((s) => s.layout.kind === "statistics").length < 2) return;
  const contexts = sheets.map(contextOf);
  // per sheet: indicator label → its rows (with the header of each figure column), built once per row
  type Place = { row: number; cols: ReadonlyArray<{ col: number; header: string }> };
  const perSheet: Map<string, Place[]>[] = sheets.map((s) => {
    const labels = new Map<string, Place[]>();
    if (s.layout.kind !== "statistics") return labels;
    for (const t of s.layout.tables) {
      if (t.kind !== "statistics") continue;
      const labelCols = labelColumns(t.columns);
      const cols = t.columns
        .filter((c) => c.role === "value" || c.role === "rate" || c.role === "ratio")
        .map((c) => ({ col: c.col, header: c.header.split("/").map(headerWord).join("/") }));
      if (cols.length === 0) continue;
      for (let r = t.firstRow; r <= t.lastRow; r++) {
        const lab = rowLabel(s.grid, labelCols, r);
        if (!lab || lab.indent > 0 || startsWithOfWhich(lab.text) || totalWord(lab.text)) continue;
        const name = /[)\]]$/.test(lab.text) ? headerWord(lab.text) : lab.text;
        const list = labels.get(name);
        if (list) list.push({ row: r, cols });
        else labels.set(name, [{ row: r, cols }]);
      }
    }
    return labels;
  });
  // only labels found on two sheets or more can name the same figure
  const count = new Map<string, number>();
  for (const m of perSheet) for (const name of m.keys()) count.set(name, (count.get(name) ?? 0) + 1);
  const byKey = new Map<string, Entry[]>();
  perSheet.forEach((labels, si) => {
    const s = sheets[si];
    for (const [name, places] of labels) {
      if ((count.get(name) ?? 0) < 2) continue;
      const seen = new Map<string, number>();
      for (const p of places) for (const c of p.cols) seen.set(c.header, (seen.get(c.header) ?? 0) + 1);
      for (const p of places) {
        for (const c of p.cols) {
          if (seen.get(c.header) !== 1 || !s.grid.isFigure(p.row, c.col)) continue;
          const k = `${name}|${c.header}`;
          const e = { sheet: si, cell: { sheet: s.layout.name, row: p.row, col: c.col } };
          const list = byKey.get(k);
          if (list) list.push(e);
          else byKey.set(k, [e]);
        }
      }
    }
  });
  for (const [k, entries] of byKey) {
    if (entries.length < 2) continue;
    // one cluster per period/unit: never the same figure across different ones
    const clusters: Entry[][] = [];
    for (const e of entries) {
      const home = clusters.find((c) => compatible(contexts[c[0].sheet], contexts[e.sheet]) && c.every((x) => compatible(contexts[x.sheet], contexts[e.sheet])));
      if (home) home.push(e);
      else clusters.push([e]);
    }
    for (const c of clusters) {
      if (c.length < 2) continue;
      out.push({ kind: "same-figure", cells: c.map((e) => e.cell), label: k.replace("|", " ") });
    }
  }
}

/**
 * One scheme on several sheets (分数设定 lists the sections with their points, 评分标准 details
 * them): a section of the same name at the top level of two item trees has the same points.
 * Only points from a points column, only names found once per sheet.
 */
export function samePoints(sheets: ReadonlyArray<SheetUnderstanding>, out: WorkbookRelation[]): void {
  const scoring = sheets.filter((s) => s.layout.kind === "scoring" && s.layout.trees.length > 0);
  if (scoring.length < 2) return;
  const contexts = new Map(scoring.map((s) => [s, contextOf(s)] as const));
  const byName = new Map<string, { s: SheetUnderstanding; cell: SheetCellRef }[]>();
  for (const s of scoring) {
    const seen = new Map<string, SheetCellRef | null>();
    for (const tree of s.layout.trees) {
      if (tree.maxCol === undefined) continue;
      const items = tree.items.filter((i) => i.section === "item" && i.parent === undefined && i.maxFrom === "column" && i.max !== undefined);
      for (const i of items) {
        const name = itemName(i.name);
        if (name.length < 2) continue;
        seen.set(name, seen.has(name) ? null : { sheet: s.layout.name, row: i.row, col: tree.maxCol });
      }
    }
    for (const [name, cell] of seen) {
      if (!cell) continue;
      const list = byName.get(name) ?? [];
      list.push({ s, cell });
      byName.set(name, list);
    }
  }
  for (const [name, entries] of byName) {
    if (entries.length < 2) continue;
    if (!entries.every((e) => compatible(contexts.get(e.s)!, contexts.get(entries[0].s)!))) continue;
    out.push({ kind: "same-figure", cells: entries.map((e) => e.cell), label: `${name} 分值` });
  }
}

export function workbookRelations(sheets: ReadonlyArray<SheetUnderstanding>): WorkbookRelation[] {
  const out: WorkbookRelation[] = [];
  summaryDetail(sheets, out);
  samePoints(sheets, out);
  sameFigures(sheets, out);
  return out;
}
