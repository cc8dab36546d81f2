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
  const bonusChild = (item: ScoringItem): boolean => {
    if (/[(（]\s*[+＋]\s*\d/.test(item.name)) return true;
    if (tree.maxCol === undefined) return false;
    const v = sheet.values[item.row]?.[tree.maxCol];
    return typeof v === "string" && /^\s*[+＋]\s*\d/.test(v);
  };
  const deepMax = (item: ScoringItem): number | undefined => {
    const kids = item.children.map((r) => byRow.get(r));
    if (kids.length === 0 || kids.some((k) => !k || k.section !== "item")) return maxOf(item);
    const ms = (kids as ScoringItem[]).map(deepMax);
    return ms.some((m) => m === undefined) ? maxOf(item) : clean((ms as number[]).reduce((s, m) => s + m, 0));
  };
  const checkMax = (parent: ScoringItem, all: ScoringItem[], what: string, whatEn: string) => {
    const pmax = maxOf(parent);
    const cell = maxCell(parent);
    // an excerpt (the items numbered 2, 3 of a list) is not the whole of its parent
    if (!fromOne(all)) return;
    // a bonus sub-item ("+10", "(+10分)") is outside its parent's points
    const kids = all.filter((k) => !bonusChild(k));
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

    // parents: the sum of their children. A child's figure may be the wrong one or its own
    // children may be: a parent agrees when its figure is the sum of any of the values its
    // children can stand for, so one wrong figure is reported where it is, not on every ancestor
    const cands = candidates(tree, byRow, score, maxOf, totalItem);
    for (const item of tree.items) {
      if (item.children.length === 0 || item === totalItem || item.section === "veto" || item.section === "total") continue;
      const p = score(item.row);
      const c = cands.fromChildren(item);
      if (p.kind !== "number" || !c || !c.present) continue;
      const penalty = item.section === "penalty";
      const max = limitOf(tree, item, maxOf);
      const entered = penalty ? Math.abs(p.fig.value) : p.fig.value;
      if (max !== undefined && entered > max + epsFor(max)) continue; // score-over-max / cap-exceeded say it
      const fig = penalty ? { ...p.fig, value: entered, raw: Math.abs(p.fig.raw) } : p.fig;
      if (c.values.some((v) => agreesWith(fig, penalty ? { v: Math.abs(v.v), open: v.open } : v))) continue;
      const expected = penalty ? Math.abs(c.direct) : c.direct;
      const sign = penalty && (p.fig.value < 0 || (p.fig.value === 0 && c.direct < 0)) ? -1 : 1;
      const off = num(Math.abs(clean(entered - expected)));
      const capped = !nearlyEqual(Math.abs(c.directUncapped), expected) ? `(封顶 ${num(expected)})` : "";
      const cappedEn = capped ? ` (capped at ${num(expected)})` : "";
      const filled = c.complete ? "" : "已填";
      const filledEn = c.complete ? "" : "filled-in ";
      out.push({
        kind: "parent-score-mismatch", severity: "error", sheet: sheet.name, cell: at(item.row),
        related: compressCells(item.children.map((row) => ({ row, col }))),
        expected: clean(sign * expected), actual: p.fig.value,
        message: `“${item.name}”${header} ${display(p.fig)} 与下级${filled}各项得分之和 ${num(Math.abs(c.directUncapped))}${capped} 不一致(相差 ${off})`,
        messageEn: `"${item.name}": ${header} ${display(p.fig)} differs from the sum of its ${filledEn}items' scores ${num(Math.abs(c.directUncapped))}${cappedEn} (off by ${off})`,
      });
    }

    // the total: base items + capped bonus − capped penalty
    if (totalItem) {
      const f = checkTotal(sheet, tree, totalItem, col, score, header, cands);
      if (f) out.push(f);
    }
  }
  return out;
}

/** The most an item's children can make it: its max, or its section's cap (加分/减分). */
function limitOf(tree: ItemTree, item: ScoringItem, maxOf: (item: ScoringItem) => number | undefined): number | undefined {
  if (item.section === "item") return maxOf(item);
  if (item.parent !== undefined) return undefined;
  return item.section === "bonus" ? tree.bonusCap : item.section === "penalty" ? tree.penaltyCap : undefined;
}

/** A value a score can stand for; `open` when blanks below may still add to it (at least v). */
interface Candidate {
  readonly v: number;
  readonly open: boolean;
}

function agreesWith(fig: Figure, c: Candidate): boolean {
  return scoreAgrees(fig, c.v) || (c.open && fig.value >= c.v - epsFor(c.v));
}

/** What an item's score can stand for: the figure entered, or what its children make it. */
interface Candidates {
  /** possible values (capped), at most MAX_CANDIDATES */
  readonly values: Candidate[];
  /** the children's entered figures summed (capped), for the message */
  readonly direct: number;
  readonly directUncapped: number;
  /** no blank below */
  readonly complete: boolean;
  /** some figure was found, here or below */
  readonly present: boolean;
}

const MAX_CANDIDATES = 16;

function addValue(set: Candidate[], c: Candidate): void {
  if (set.length < MAX_CANDIDATES && !set.some((x) => x.open === c.open && nearlyEqual(x.v, c.v))) set.push(c);
}

function candidates(
  tree: ItemTree, byRow: Map<number, ScoringItem>, score: (row: number) => ScoreRead,
  maxOf: (item: ScoringItem) => number | undefined, totalItem: ScoringItem | undefined,
): { of(row: number): Candidates | null; fromChildren(item: ScoringItem): Candidates | null } {
  const memo = new Map<number, Candidates | null>();
  const cap = (item: ScoringItem, c: Candidate): Candidate => {
    const limit = limitOf(tree, item, maxOf);
    if (limit === undefined) return c;
    const v = Math.sign(c.v) * Math.min(Math.abs(c.v), limit);
    return { v, open: c.open && Math.abs(c.v) < limit };
  };
  const fromChildren = (item: ScoringItem): Candidates | null => {
    let sums: Candidate[] = [{ v: 0, open: false }];
    let direct = 0;
    let complete = true;
    let present = false;
    for (const k of item.children) {
      const c = of(k);
      if (c === null) return null;
      const next: Candidate[] = [];
      for (const a of sums) for (const b of c.values) addValue(next, { v: clean(a.v + b.v), open: a.open || b.open });
      sums = next;
      direct += c.direct;
      complete &&= c.complete;
      present ||= c.present;
    }
    const directUncapped = clean(direct);
    const d = cap(item, { v: directUncapped, open: false }).v;
    return { values: sums.map((v) => cap(item, v)), direct: d, directUncapped, complete, present };
  };
  const of = (row: number): Candidates | null => {
    if (memo.has(row)) return memo.get(row)!;
    const item = byRow.get(row);
    const s = score(row);
    let c: Candidates | null;
    if (s.kind === "bad") c = null;
    else {
      const kids = item && item !== totalItem && item.children.length ? fromChildren(item) : undefined;
      if (kids === null) c = null;
      else if (s.kind === "number") {
        const values: Candidate[] = [{ v: s.fig.raw, open: false }];
        if (kids?.present) for (const v of kids.values) addValue(values, v);
        c = { values, direct: s.fig.raw, directUncapped: s.fig.raw, complete: true, present: true };
      } else if (kids?.present) c = kids;
      else c = { values: [{ v: 0, open: true }], direct: 0, directUncapped: 0, complete: false, present: false };
    }
    memo.set(row, c);
    return c;
  };
  return { of, fromChildren };
}

function checkTotal(
  sheet: SheetSnapshot, tree: ItemTree, totalItem: ScoringItem, col: number,
  score: (row: number) => ScoreRead, header: string, cands: ReturnType<typeof candidates>,
): Finding | undefined {
  const t = score(totalItem.row);
  if (t.kind !== "number") return undefined;
  // a veto (一票否决) decides the total by itself: not compared here
  if (tree.items.some((i) => i.section === "veto" && vetoFilled(sheet, tree, i, col))) return undefined;
  const top = tree.items.filter((i) => i.parent === undefined && i !== totalItem && i.section !== "total" && i.section !== "veto");
  const base = top.filter((i) => i.section === "item");
  if (base.length === 0) return undefined;
  let baseSum = 0;
  let bonusDirect = 0;
  let penaltyDirect = 0;
  const bonusCap = tree.bonusCap ?? Infinity;
  const penaltyCap = tree.penaltyCap ?? Infinity;
  // base items and each section's candidates; section caps apply to the section totals
  const parts: { values: Candidate[]; sign: 1 | -1; cap: number }[] = [];
  for (const b of base) {
    const c = cands.of(b.row);
    if (!c || !c.present) return undefined; // an unscored item: the total is not checkable yet
    parts.push({ values: c.values, sign: 1, cap: Infinity });
    baseSum += c.direct;
  }
  for (const sec of top.filter((i) => i.section === "bonus" || i.section === "penalty")) {
    const c = cands.of(sec.row);
    if (!c) return undefined;
    const bonus = sec.section === "bonus";
    // a section with nothing entered gives nothing; blanks in a penalty section leave the total unknown
    const values = c.present ? c.values : [{ v: 0, open: false }];
    if (!bonus && values.some((v) => v.open)) return undefined;
    parts.push({ values: values.map((v) => ({ v: Math.abs(v.v), open: v.open })), sign: bonus ? 1 : -1, cap: bonus ? bonusCap : penaltyCap });
    if (bonus) bonusDirect += c.direct;
    else penaltyDirect += Math.abs(c.direct);
  }
  let sums: Candidate[] = [{ v: 0, open: false }];
  for (const part of parts) {
    const next: Candidate[] = [];
    for (const a of sums) {
      for (const c of part.values) {
        const capped = Math.min(c.v, part.cap);
        addValue(next, { v: clean(a.v + part.sign * capped), open: a.open || (c.open && c.v < part.cap) });
      }
    }
    sums = next;
  }
  const bonus = clean(Math.min(bonusDirect, bonusCap));
  const penalty = clean(Math.min(penaltyDirect, penaltyCap));
  const expected = clean(baseSum + bonus - penalty);
  if (sums.some((c) => agreesWith(t.fig, c)) || scoreAgrees(t.fig, expected)) return undefined;
  const off = num(Math.abs(clean(t.fig.value - expected)));
  const related = compressCells(top.map((i) => ({ row: i.row, col })));
  return {
    kind: "parent-score-mismatch", severity: "error", sheet: sheet.name, cell: cellAddress(totalItem.row, col),
    related, expected, actual: t.fig.value,
    message: `合计${header} ${display(t.fig)} 与各项得分 ${num(clean(baseSum))} + 加分 ${num(bonus)} − 减分 ${num(penalty)} = ${num(expected)} 不一致(相差 ${off})`,
    messageEn: `Total ${header} ${display(t.fig)} differs from items ${num(clean(baseSum))} + bonus ${num(bonus)} − penalty ${num(penalty)} = ${num(expected)} (off by ${off})`,
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

/** The ordinal a numbering stands for: "2", "(2)", "⑵", "②", "二", "(二)" → 2. */
function ordinal(n: string): number | undefined {
  const inner = n.replace(/^\((.*)\)$/, "$1");
  if (/^\d+$/.test(inner)) return parseInt(inner, 10);
  const c = inner.codePointAt(0) ?? 0;
  if (inner.length === 1 && c >= 0x2460 && c <= 0x2473) return c - 0x2460 + 1;
  if (inner.length === 1 && c >= 0x2474 && c <= 0x2487) return c - 0x2474 + 1;
  const cn = "一二三四五六七八九十".indexOf(inner);
  return inner.length === 1 && cn >= 0 ? cn + 1 : undefined;
}

/** Numbered children that start at 1 and run without a gap (or children not all numbered). */
function fromOne(kids: ReadonlyArray<ScoringItem>): boolean {
  const ns = kids.map((k) => (k.number === undefined ? undefined : ordinal(k.number)));
  if (ns.some((n) => n === undefined)) return true;
  return ns.every((n, i) => n === i + 1);
}
