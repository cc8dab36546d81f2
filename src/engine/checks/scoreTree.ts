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

  const inSection = (item: ScoringItem): boolean => {
    for (let p = item.parent; p !== undefined; p = byRow.get(p)?.parent) {
      const s = byRow.get(p)?.section;
      if (s === "bonus" || s === "penalty" || s === "veto") return true;
    }
    return false;
  };

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
  /** An item's max as its children's max make it (its own where it has no scored children). */
  const deepMax = (item: ScoringItem): number | undefined => {
    const kids = item.children.map((r) => byRow.get(r));
    if (kids.length === 0 || kids.some((k) => !k || k.section !== "item")) return maxOf(item);
    const ms = (kids as ScoringItem[]).map(deepMax);
    return ms.some((m) => m === undefined) ? maxOf(item) : clean((ms as number[]).reduce((s, m) => s + m, 0));
  };
  const checkMax = (parent: ScoringItem, kids: ScoringItem[], what: string, whatEn: string) => {
    const pmax = maxOf(parent);
    const cell = maxCell(parent);
    if (pmax === undefined || cell === undefined || kids.length === 0) return;
    const maxes = kids.map(maxOf);
    if (maxes.some((m) => m === undefined)) return; // a child without max: not guessed
    const sum = clean((maxes as number[]).reduce((s, m) => s + m, 0));
    if (nearlyEqual(sum, pmax)) return;
    // a child whose own max is wrong is reported on that child, not again on this parent
    const deep = kids.map(deepMax);
    if (deep.every((m) => m !== undefined) && nearlyEqual(clean((deep as number[]).reduce((s, m) => s + m, 0)), pmax)) return;
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

    // range of each item's score (items inside a 加分/减分 section are not ordinary items)
    for (const item of tree.items) {
      if (item.section !== "item" || item === totalItem || inSection(item)) continue;
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

    // parents: the sum of their children, each child taken as its own children make it, so
    // one wrong figure is reported where it is and not again on every ancestor
    const views = bottomUp(tree, byRow, score, maxOf);
    for (const item of tree.items) {
      if (item.children.length === 0 || item === totalItem || item.section === "veto" || item.section === "total") continue;
      const p = score(item.row);
      if (p.kind !== "number") continue;
      const c = views.kids(item, "direct");
      const d = views.kids(item, "deep");
      if (!c || !d || !c.present) continue;
      const penalty = item.section === "penalty";
      const cap = item.parent === undefined ? (penalty ? tree.penaltyCap : item.section === "bonus" ? tree.bonusCap : undefined) : undefined;
      const max = item.section === "item" ? maxOf(item) : cap;
      const entered = penalty ? Math.abs(p.fig.value) : p.fig.value;
      if (max !== undefined && entered > max + epsFor(max)) continue; // score-over-max / cap-exceeded say it
      const fig = penalty ? { ...p.fig, value: Math.abs(p.fig.value), raw: Math.abs(p.fig.raw) } : p.fig;
      // blank children are unknown: only a parent already below what the filled ones give is wrong
      const consistent = (v: Computed) => {
        const expected = penalty ? Math.abs(v.value) : v.value;
        return scoreAgrees(fig, expected) || (!v.complete && entered > expected);
      };
      if (consistent(c) || consistent(d)) continue;
      const expected = penalty ? Math.abs(c.value) : c.value;
      const sign = penalty && (p.fig.value < 0 || (p.fig.value === 0 && c.value < 0)) ? -1 : 1;
      const off = num(Math.abs(clean(entered - expected)));
      const capped = !nearlyEqual(Math.abs(c.uncapped), expected) ? `(封顶 ${num(expected)})` : "";
      const cappedEn = capped ? ` (capped at ${num(expected)})` : "";
      out.push({
        kind: "parent-score-mismatch", severity: "error", sheet: sheet.name, cell: at(item.row),
        related: compressCells(item.children.map((row) => ({ row, col }))),
        expected: clean(sign * expected), actual: p.fig.value,
        message: `“${item.name}”${header} ${display(p.fig)} 与下级各项得分之和 ${num(Math.abs(c.uncapped))}${capped} 不一致(相差 ${off})`,
        messageEn: `"${item.name}": ${header} ${display(p.fig)} differs from the sum of its items' scores ${num(Math.abs(c.uncapped))}${cappedEn} (off by ${off})`,
      });
    }

    // the total: base items + capped bonus − capped penalty
    if (totalItem) {
      const f = checkTotal(sheet, tree, totalItem, col, score, header, views);
      if (f) out.push(f);
    }
  }
  return out;
}

/** A score as its children make it: the sum (capped at the item's max or section cap), or the
 * entered figure where no child has one. `complete` when no blank was taken for nothing. */
interface Computed {
  readonly value: number;
  readonly uncapped: number;
  readonly complete: boolean;
  /** some figure was found (entered here or below) */
  readonly present: boolean;
}

/** How the children make a parent: `deep` takes each child as its own children make it,
 * `direct` takes each child's entered figure where there is one. A parent agreeing with
 * either is consistent, so one wrong figure is reported where it is, not on its ancestors. */
interface Views {
  kids(item: ScoringItem, view: "deep" | "direct"): Computed | null;
  deep(row: number): Computed | null;
  direct(row: number): Computed | null;
}

function bottomUp(
  tree: ItemTree, byRow: Map<number, ScoringItem>, score: (row: number) => ScoreRead,
  maxOf: (item: ScoringItem) => number | undefined,
): Views {
  const memo = new Map<number, Computed | null>();
  const entered = (row: number): Computed | null => {
    const s = score(row);
    if (s.kind === "bad") return null;
    if (s.kind === "missing") return { value: 0, uncapped: 0, complete: false, present: false };
    return { value: s.fig.raw, uncapped: s.fig.raw, complete: true, present: true };
  };
  const kids = (item: ScoringItem, view: "deep" | "direct"): Computed | null => {
    let sum = 0;
    let complete = true;
    let present = false;
    for (const k of item.children) {
      const c = view === "deep" ? deep(k) : direct(k);
      if (c === null) return null;
      sum += c.value;
      complete &&= c.complete;
      present ||= c.present;
    }
    sum = clean(sum);
    const cap = item.parent === undefined
      ? (item.section === "bonus" ? tree.bonusCap : item.section === "penalty" ? tree.penaltyCap : undefined)
      : undefined;
    const limit = item.section === "item" ? maxOf(item) : cap;
    const capped = limit === undefined ? sum : Math.sign(sum) * Math.min(Math.abs(sum), limit);
    return { value: capped, uncapped: sum, complete, present };
  };
  const deep = (row: number): Computed | null => {
    if (memo.has(row)) return memo.get(row)!;
    const item = byRow.get(row);
    let c: Computed | null;
    if (!item || item.children.length === 0) c = entered(row);
    else {
      const k = kids(item, "deep");
      c = k && k.present ? k : k === null ? null : entered(row);
    }
    memo.set(row, c);
    return c;
  };
  const direct = (row: number): Computed | null => {
    const e = entered(row);
    return e && e.present ? e : deep(row);
  };
  return { kids, deep, direct };
}

function checkTotal(
  sheet: SheetSnapshot, tree: ItemTree, totalItem: ScoringItem, col: number,
  score: (row: number) => ScoreRead, header: string, views: Views,
): Finding | undefined {
  const t = score(totalItem.row);
  if (t.kind !== "number") return undefined;
  // a veto (一票否决) decides the total by itself: not compared here
  if (tree.items.some((i) => i.section === "veto" && vetoFilled(sheet, tree, i, col))) return undefined;
  const top = tree.items.filter((i) => i.parent === undefined && i !== totalItem && i.section !== "total" && i.section !== "veto");
  const base = top.filter((i) => i.section === "item");
  if (base.length === 0) return undefined;
  /** base + capped bonus − capped penalty, taking each top item as the view gives it */
  const make = (view: (row: number) => Computed | null) => {
    let sum = 0;
    for (const b of base) {
      const c = view(b.row);
      if (!c || !c.complete) return undefined; // an unscored item: the total is not checkable yet
      sum += c.value;
    }
    let bonus = 0;
    let penalty = 0;
    for (const sec of top.filter((i) => i.section === "bonus" || i.section === "penalty")) {
      const c = view(sec.row);
      if (!c) return undefined;
      // a section with nothing entered gives nothing
      if (sec.section === "bonus") bonus += c.value;
      else penalty += Math.abs(c.value);
    }
    bonus = clean(Math.min(bonus, tree.bonusCap ?? Infinity));
    penalty = clean(Math.min(penalty, tree.penaltyCap ?? Infinity));
    return { sum: clean(sum), bonus, penalty, expected: clean(sum + bonus - penalty) };
  };
  const direct = make(views.direct);
  const deep = make(views.deep);
  if (!direct || !deep) return undefined;
  if (scoreAgrees(t.fig, direct.expected) || scoreAgrees(t.fig, deep.expected)) return undefined;
  const { sum, bonus, penalty, expected } = direct;
  const off = num(Math.abs(clean(t.fig.value - expected)));
  const related = compressCells(top.map((i) => ({ row: i.row, col })));
  return {
    kind: "parent-score-mismatch", severity: "error", sheet: sheet.name, cell: cellAddress(totalItem.row, col),
    related, expected, actual: t.fig.value,
    message: `合计${header} ${display(t.fig)} 与各项得分 ${num(sum)} + 加分 ${num(bonus)} − 减分 ${num(penalty)} = ${num(expected)} 不一致(相差 ${off})`,
    messageEn: `Total ${header} ${display(t.fig)} differs from items ${num(sum)} + bonus ${num(bonus)} − penalty ${num(penalty)} = ${num(expected)} (off by ${off})`,
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
