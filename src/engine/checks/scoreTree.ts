/**
 * The score tree of a scoring sheet (考核评分表): children's max points (分值) add up to the
 * parent's; a score lies within [0, max] (penalty items aside); a parent's entered score is
 * the sum of its children's (never above its own max); the total is base items + capped
 * bonus (加分) − capped penalty (减分). Every score column is checked: where a sheet has both
 * 自评分 (self-assessment) and 考核得分 (assessed score), both.
 */
import { cellAddress, compressCells } from "../address";
import type { SheetSnapshot } from "../grid";
import type { Finding } from "../findings";
import type { ItemTree, ScoringItem } from "../layout/model";
import { agreesAtPrecision } from "../values";
import { type Figure, clean, display, epsFor, nearlyEqual, num, readFigure } from "./figure";

/** The score columns of a tree: assessed first, then self-assessed. */
export function scoreColumns(tree: ItemTree): number[] {
  const cols = [tree.scoreCol, tree.selfScoreCol].filter((c): c is number => c !== undefined);
  return [...new Set(cols)];
}

export function columnHeader(tree: ItemTree, col: number, fallback: string): string {
  const h = tree.table.columns.find((c) => c.col === col)?.header;
  if (!h) return fallback;
  const parts = h.split("/");
  return parts[parts.length - 1] || fallback;
}

/** Entered score agrees with the computed one at the decimals it is shown with. */
export function scoreAgrees(entered: Figure, expected: number): boolean {
  return nearlyEqual(entered.raw, expected) || agreesAtPrecision(entered.value, expected, entered.decimals);
}

type ScoreRead = { kind: "number"; fig: Figure } | { kind: "missing" } | { kind: "bad" };

export function checkScoreTree(sheet: SheetSnapshot, tree: ItemTree): Finding[] {
  const out: Finding[] = [];
  const byRow = new Map<number, ScoringItem>(tree.items.map((it) => [it.row, it]));
  const itemCol = tree.table.columns.find((c) => c.role === "item")?.col;
  const totalItem = tree.totalRow !== undefined ? byRow.get(tree.totalRow) : tree.items.find((i) => i.section === "total");

  // ---- max points: children's add up to the parent's
  const maxCell = (item: ScoringItem): string | undefined => {
    const col = item.maxFrom === "text" || tree.maxCol === undefined ? itemCol : tree.maxCol;
    return col === undefined ? undefined : cellAddress(item.row, col);
  };
  const maxOf = (item: ScoringItem): number | undefined => {
    if (item.max !== undefined) return item.max;
    if (tree.maxCol === undefined) return undefined;
    const r = readFigure(sheet, { row: item.row, col: tree.maxCol });
    return r.kind === "number" ? r.figure.value : undefined;
  };
  const checkMax = (parent: ScoringItem, kids: ScoringItem[], what: string, whatEn: string) => {
    const pmax = maxOf(parent);
    const cell = maxCell(parent);
    if (pmax === undefined || cell === undefined || kids.length === 0) return;
    const maxes = kids.map(maxOf);
    if (maxes.some((m) => m === undefined)) return; // a child without max: not guessed
    const sum = clean((maxes as number[]).reduce((s, m) => s + m, 0));
    if (nearlyEqual(sum, pmax)) return;
    const kidCells = kids.map(maxCell).filter((c): c is string => c !== undefined);
    const off = num(Math.abs(clean(pmax - sum)));
    out.push({
      kind: "max-sum-mismatch", severity: "error", sheet: sheet.name, cell,
      related: tree.maxCol !== undefined && kids.every((k) => k.maxFrom !== "text")
        ? compressCells(kids.map((k) => ({ row: k.row, col: tree.maxCol! })))
        : kidCells,
      expected: sum, actual: pmax,
      message: `${what}分值 ${num(pmax)} 与下级各项分值之和 ${num(sum)} 不一致(相差 ${off})`,
      messageEn: `${whatEn}max points ${num(pmax)} differ from the sum of its items' max points ${num(sum)} (off by ${off})`,
    });
  };
  for (const item of tree.items) {
    if (item.section !== "item" || item.children.length === 0) continue;
    const kids = item.children.map((r) => byRow.get(r)).filter((k): k is ScoringItem => k !== undefined);
    if (kids.length !== item.children.length || kids.some((k) => k.section !== "item")) continue;
    checkMax(item, kids, `“${item.name}”`, `"${item.name}": `);
  }
  if (totalItem) {
    const top = tree.items.filter((i) => i.parent === undefined && i.section === "item" && i !== totalItem);
    checkMax(totalItem, top, "合计", "Total: ");
  }

  // ---- scores, in every score column
  for (const col of scoreColumns(tree)) {
    const header = columnHeader(tree, col, "得分");
    const at = (row: number) => cellAddress(row, col);
    const score = (row: number): ScoreRead => {
      const r = readFigure(sheet, { row, col });
      if (r.kind === "number") return r.figure.approximate ? { kind: "bad" } : { kind: "number", fig: r.figure };
      return r.kind === "missing" ? { kind: "missing" } : { kind: "bad" };
    };

    // range of each item's score
    for (const item of tree.items) {
      if (item.section !== "item" || item === totalItem) continue;
      const s = score(item.row);
      if (s.kind !== "number") continue;
      const v = s.fig.value;
      const max = maxOf(item);
      const mc = maxCell(item);
      if (max !== undefined && v > max + epsFor(max)) {
        const off = num(clean(v - max));
        out.push({
          kind: "score-over-max", severity: "error", sheet: sheet.name, cell: at(item.row),
          related: mc ? [mc] : [], expected: max, actual: v,
          message: `“${item.name}”${header} ${display(s.fig)} 超过该项分值 ${num(max)}(多 ${off})`,
          messageEn: `"${item.name}": ${header} ${display(s.fig)} exceeds the item's max points ${num(max)} (by ${off})`,
        });
      } else if (v < -epsFor(v)) {
        out.push({
          kind: "score-below-zero", severity: "error", sheet: sheet.name, cell: at(item.row),
          related: mc ? [mc] : [], expected: 0, actual: v,
          message: `“${item.name}”${header} ${display(s.fig)} 小于 0(扣分以扣完为止)`,
          messageEn: `"${item.name}": ${header} ${display(s.fig)} is below zero (deductions stop at zero)`,
        });
      }
    }

    // parents: the sum of their children
    for (const item of tree.items) {
      if (item.children.length === 0 || item === totalItem || item.section === "veto" || item.section === "total") continue;
      const p = score(item.row);
      if (p.kind !== "number") continue;
      const kids = item.children.map(score);
      if (kids.some((k) => k.kind === "bad")) continue;
      const present = kids.filter((k): k is { kind: "number"; fig: Figure } => k.kind === "number").map((k) => k.fig.raw);
      if (present.length === 0) continue;
      const complete = present.length === kids.length;
      const sum = clean(present.reduce((s, v) => s + v, 0));
      let expected: number;
      let actual = p.fig.value;
      let negative = false;
      if (item.section === "penalty") {
        // penalties are entered as −2 or as 2: compare magnitudes, report the sheet's sign
        if (!(present.every((v) => v <= 0) || present.every((v) => v >= 0))) continue;
        negative = actual < 0 || (actual === 0 && sum < 0);
        const cap = item.parent === undefined ? tree.penaltyCap : undefined;
        if (cap !== undefined && Math.abs(actual) > cap + epsFor(cap)) continue; // caps.ts reports it
        expected = Math.min(Math.abs(sum), cap ?? Infinity);
        actual = Math.abs(actual);
      } else {
        const cap = item.section === "bonus" ? (item.parent === undefined ? tree.bonusCap : undefined) : maxOf(item);
        if (item.section === "bonus" && cap !== undefined && actual > cap + epsFor(cap)) continue; // caps.ts
        expected = Math.min(sum, cap ?? Infinity);
      }
      const fig = item.section === "penalty" ? { ...p.fig, value: Math.abs(p.fig.value), raw: Math.abs(p.fig.raw) } : p.fig;
      if (scoreAgrees(fig, expected)) continue;
      // blank children are unknown: only a parent already below what the filled ones give is wrong
      if (!complete && actual > expected) continue;
      const sign = negative ? -1 : 1;
      const off = num(Math.abs(clean(actual - expected)));
      const capped = expected !== Math.abs(sum) ? `(封顶 ${num(expected)})` : "";
      const cappedEn = expected !== Math.abs(sum) ? ` (capped at ${num(expected)})` : "";
      out.push({
        kind: "parent-score-mismatch", severity: "error", sheet: sheet.name, cell: at(item.row),
        related: compressCells(item.children.map((row) => ({ row, col }))),
        expected: clean(sign * expected), actual: p.fig.value,
        message: `“${item.name}”${header} ${display(p.fig)} 与下级各项得分之和 ${num(sum)}${capped} 不一致(相差 ${off})`,
        messageEn: `"${item.name}": ${header} ${display(p.fig)} differs from the sum of its items' scores ${num(sum)}${cappedEn} (off by ${off})`,
      });
    }

    // the total: base items + capped bonus − capped penalty
    if (totalItem) {
      const f = checkTotal(sheet, tree, totalItem, col, score, header);
      if (f) out.push(f);
    }
  }
  return out;
}

function checkTotal(
  sheet: SheetSnapshot, tree: ItemTree, totalItem: ScoringItem, col: number,
  score: (row: number) => ScoreRead, header: string,
): Finding | undefined {
  const t = score(totalItem.row);
  if (t.kind !== "number") return undefined;
  // a veto (一票否决) decides the total by itself: not compared here
  if (tree.items.some((i) => i.section === "veto" && vetoFilled(sheet, tree, i, col))) return undefined;
  const top = tree.items.filter((i) => i.parent === undefined && i !== totalItem && i.section !== "total");
  const base = top.filter((i) => i.section === "item");
  if (base.length === 0) return undefined;
  let sum = 0;
  for (const b of base) {
    const s = score(b.row);
    if (s.kind !== "number") return undefined; // an unscored item: the total is not checkable yet
    sum += s.fig.raw;
  }
  const sectionValue = (item: ScoringItem): number | undefined | null => {
    const s = score(item.row);
    if (s.kind === "number") return s.fig.raw;
    if (s.kind === "bad") return null;
    let v = 0;
    for (const k of item.children) {
      const ks = score(k);
      if (ks.kind === "bad") return null;
      if (ks.kind === "number") v += ks.fig.raw;
    }
    return v;
  };
  let bonus = 0;
  for (const b of top.filter((i) => i.section === "bonus")) {
    const v = sectionValue(b);
    if (v === null || v === undefined) return undefined;
    bonus += v;
  }
  let penalty = 0;
  for (const p of top.filter((i) => i.section === "penalty")) {
    const v = sectionValue(p);
    if (v === null || v === undefined) return undefined;
    penalty += Math.abs(v);
  }
  const expected = clean(sum + Math.min(bonus, tree.bonusCap ?? Infinity) - Math.min(penalty, tree.penaltyCap ?? Infinity));
  if (scoreAgrees(t.fig, expected)) return undefined;
  const off = num(Math.abs(clean(t.fig.value - expected)));
  const related = compressCells(top.map((i) => ({ row: i.row, col })));
  return {
    kind: "parent-score-mismatch", severity: "error", sheet: sheet.name, cell: cellAddress(totalItem.row, col),
    related, expected, actual: t.fig.value,
    message: `合计${header} ${display(t.fig)} 与各项得分 ${num(sum)} + 加分 ${num(bonus)} − 减分 ${num(penalty)}(按上限计)= ${num(expected)} 不一致(相差 ${off})`,
    messageEn: `Total ${header} ${display(t.fig)} differs from items ${num(sum)} + bonus ${num(bonus)} − penalty ${num(penalty)} (capped) = ${num(expected)} (off by ${off})`,
  };
}

function vetoFilled(sheet: SheetSnapshot, tree: ItemTree, item: ScoringItem, col: number): boolean {
  for (const c of [tree.measuredCol, col]) {
    if (c === undefined) continue;
    if (readFigure(sheet, { row: item.row, col: c }).kind !== "missing") return true;
    const v = sheet.values[item.row]?.[c];
    if (typeof v === "string" && v.trim() !== "" && !/^(否|无|×|—|-|\/)$/.test(v.trim())) return true;
  }
  return false;
}
