/**
 * Checks a table's truth by arithmetic, independently of the engine: every relation in `holds`
 * holds, every contradiction fails with the stated expected and actual figures. The rounding
 * rule is DOMAIN.md's: a rate agrees when it equals the exact quotient rounded or truncated to
 * the decimals it is shown with (its number format, or the decimals typed).
 */
import type { Cell, Contradiction, CorpusSheet, CorpusTable, PointsRef, Ref, Relation } from "./format";
import { sheetOf } from "./format";

// ---- addresses -------------------------------------------------------------------------

export interface Pos {
  readonly r: number;
  readonly c: number;
}

export function parseA1(a1: string): Pos {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(a1.trim().toUpperCase());
  if (!m) throw new Error(`bad cell address '${a1}'`);
  let c = 0;
  for (const ch of m[1]) c = c * 26 + (ch.charCodeAt(0) - 64);
  return { r: Number(m[2]) - 1, c: c - 1 };
}

export function toA1(p: Pos): string {
  let s = "";
  let n = p.c + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return `${s}${p.r + 1}`;
}

/** The cells of "C5", "C5:C11" or "B3:D4" (row by row). */
export function cellsOf(ref: string): string[] {
  const [a, b = a] = ref.split(":");
  const p = parseA1(a);
  const q = parseA1(b);
  const out: string[] = [];
  for (let r = Math.min(p.r, q.r); r <= Math.max(p.r, q.r); r++) {
    for (let c = Math.min(p.c, q.c); c <= Math.max(p.c, q.c); c++) out.push(toA1({ r, c }));
  }
  return out;
}

/** "表1!C5" → sheet and cell; a bare "C5" is on `defaultSheet`. */
export function splitSheetRef(ref: string, defaultSheet: string): { sheet: string; cell: string } {
  const i = ref.lastIndexOf("!");
  if (i < 0) return { sheet: defaultSheet, cell: ref };
  return { sheet: ref.slice(0, i).replace(/^'(.*)'$/, "$1"), cell: ref.slice(i + 1) };
}

// ---- reading figures -------------------------------------------------------------------

export interface Figure {
  readonly value: number;
  /** decimals shown (number format) or typed */
  readonly decimals: number;
}

const FULL_WIDTH = /[０-９．－]/g;

function halfWidth(s: string): string {
  return s.replace(FULL_WIDTH, (ch) => (ch === "．" ? "." : ch === "－" ? "-" : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));
}

/** Excel formats map the "key" cells or ranges; the format of one cell, if any. */
export function formatOf(sheet: CorpusSheet, cell: string): string | undefined {
  if (!sheet.numFmt) return undefined;
  const p = parseA1(cell);
  let found: string | undefined;
  for (const [key, fmt] of Object.entries(sheet.numFmt)) {
    const [a, b = a] = key.split(":");
    const x = parseA1(a);
    const y = parseA1(b);
    if (p.r >= Math.min(x.r, y.r) && p.r <= Math.max(x.r, y.r) && p.c >= Math.min(x.c, y.c) && p.c <= Math.max(x.c, y.c)) found = fmt;
  }
  return found;
}

function decimalsOfFormat(fmt: string): number | undefined {
  if (fmt === "General" || fmt === "@") return undefined;
  const m = /0\.(0+)/.exec(fmt);
  if (m) return m[1].length;
  return /0/.test(fmt) ? 0 : undefined;
}

function decimalsOfText(s: string): number {
  const i = s.indexOf(".");
  return i < 0 ? 0 : s.length - i - 1;
}

export function rawCell(sheet: CorpusSheet, cell: string): Cell {
  const p = parseA1(cell);
  const v = sheet.rows[p.r]?.[p.c];
  return v === undefined ? null : v;
}

/** Blank, "—", "-", "…" : nothing there (a part that counts as 0 in a sum). */
function isBlank(v: Cell): boolean {
  return v === null || (typeof v === "string" && /^[\s\u3000]*([—–\-…/]+)?[\s\u3000]*$/.test(v));
}

/** The figure of a cell, or undefined when it holds no number. */
export function figureOf(sheet: CorpusSheet, cell: string): Figure | undefined {
  const v = rawCell(sheet, cell);
  const fmt = formatOf(sheet, cell);
  const fmtDecimals = fmt ? decimalsOfFormat(fmt) : undefined;
  if (typeof v === "number") {
    const percentFormat = fmt !== undefined && fmt.includes("%");
    const value = percentFormat ? v * 100 : v;
    return { value: clean(value), decimals: fmtDecimals ?? decimalsOfText(String(v)) };
  }
  if (typeof v !== "string") return undefined;
  const m = /^[\s\u3000]*([+-]?\d+(?:\.\d+)?)\s*(%|‰|人|个|户|分|张|万人|岁|次)?[\s\u3000]*$/.exec(halfWidth(v).replace(/[，,](?=\d{3}\b)/g, ""));
  if (!m) return undefined;
  return { value: Number(m[1]), decimals: decimalsOfText(m[1]) };
}

/** Round away float noise (0.1 + 0.2). */
export function clean(x: number): number {
  return Number(x.toFixed(9));
}

function roundTo(x: number, d: number): number {
  const f = 10 ** d;
  return clean(Math.sign(x) * Math.round(Math.abs(x) * f + 1e-9) / f);
}

function truncTo(x: number, d: number): number {
  const f = 10 ** d;
  return clean(Math.sign(x) * Math.floor(Math.abs(x) * f + 1e-9) / f);
}

/** DOMAIN.md's rounding rule: the exact value rounded or truncated to the shown decimals. */
export function agreesShown(shown: Figure, exact: number): boolean {
  return near(shown.value, roundTo(exact, shown.decimals)) || near(shown.value, truncTo(exact, shown.decimals));
}

/**
 * Operands shown with decimals (万人 figures) are themselves rounded: the quotient can be
 * anything their rounding allows. Whole numbers are taken as exact counts.
 */
export function quotientInterval(n: Figure, d: Figure, scale: number): [number, number] {
  const half = (f: Figure) => (f.decimals > 0 ? 0.5 * 10 ** -f.decimals : 0);
  const [n0, n1] = [n.value - half(n), n.value + half(n)];
  const [d0, d1] = [d.value - half(d), d.value + half(d)];
  if (d0 <= 0 && d1 >= 0) return [-Infinity, Infinity];
  const q = [n0 / d0, n0 / d1, n1 / d0, n1 / d1].map((x) => x * scale);
  return [Math.min(...q), Math.max(...q)];
}

/** Some value in [lo, hi] rounds or truncates to the shown figure: [s − u/2, s + u) meets [lo, hi]. */
export function agreesWithin(shown: Figure, [lo, hi]: [number, number]): boolean {
  const u = 10 ** -shown.decimals;
  const s = Math.abs(shown.value);
  const [a, b] = shown.value < 0 ? [-hi, -lo] : [lo, hi];
  return a < s + u - 1e-9 && b >= s - u / 2 - 1e-9;
}

function near(a: number, b: number, eps = 1e-9): boolean {
  return Math.abs(a - b) <= eps;
}

// ---- evaluating one relation -----------------------------------------------------------

export interface Outcome {
  readonly holds: boolean;
  /** what the flagged figure should be (or the bound it breaks) */
  readonly expected: number;
  /** the figure as the table shows it */
  readonly actual: number;
  /** the cell a finding would be about */
  readonly cell: string;
}

class TruthError extends Error {}

function sheetNamed(table: CorpusTable, name: string): CorpusSheet {
  const s = table.sheets.find((x) => x.name === name);
  if (!s) throw new TruthError(`no sheet '${name}'`);
  return s;
}

function need(sheet: CorpusSheet, cell: string): Figure {
  const f = figureOf(sheet, cell);
  if (!f) throw new TruthError(`${sheet.name}!${cell} holds no number (${JSON.stringify(rawCell(sheet, cell))})`);
  return f;
}

/** Sum of the figures of some refs; blanks and dashes count 0, text that is not a figure is an error. */
function sumOf(sheet: CorpusSheet, refs: ReadonlyArray<string>): { sum: number; decimals: number } {
  let sum = 0;
  let decimals = 0;
  for (const ref of refs) {
    for (const cell of cellsOf(ref)) {
      const f = figureOf(sheet, cell);
      if (!f) {
        if (isBlank(rawCell(sheet, cell))) continue;
        throw new TruthError(`${sheet.name}!${cell} is neither a figure nor blank (${JSON.stringify(rawCell(sheet, cell))})`);
      }
      sum += f.value;
      decimals = Math.max(decimals, f.decimals);
    }
  }
  return { sum: clean(sum), decimals };
}

function pointsOf(sheet: CorpusSheet, ref: Ref): number {
  if (typeof ref === "string") return need(sheet, ref).value;
  const p = ref as PointsRef;
  const v = rawCell(sheet, p.cell);
  if (typeof v === "number") {
    if (!near(v, p.points)) throw new TruthError(`${sheet.name}!${p.cell} is ${v}, not ${p.points} points`);
    return v;
  }
  const text = halfWidth(String(v ?? ""));
  const re = new RegExp(`(^|[^\\d.])${String(p.points).replace(".", "\\.")}\\s*分`);
  if (!re.test(text)) throw new TruthError(`${sheet.name}!${p.cell} does not state ${p.points}分: ${JSON.stringify(v)}`);
  return p.points;
}

function refCell(ref: Ref): string {
  return typeof ref === "string" ? ref : ref.cell;
}

/** Competition ranks (1, 2, 2, 4) of totals, highest first. */
export function competitionRanks(totals: ReadonlyArray<number>): number[] {
  return totals.map((t) => 1 + totals.filter((u) => u > t + 1e-9).length);
}

/** Every outcome of a relation: one for most, one per cell for rank and score-within-max. */
export function evaluate(table: CorpusTable, rel: Relation): Outcome[] {
  const sheet = sheetNamed(table, sheetOf(table, rel.sheet));
  switch (rel.relation) {
    case "sum":
    case "parent-score": {
      // published figures each rounded (万人, shares): the truth may allow their rounding
      const total = need(sheet, rel.cell);
      const { sum } = sumOf(sheet, rel.parts);
      const tolerance = rel.relation === "sum" ? (rel.tolerance ?? 0) : 0;
      return [{ holds: near(total.value, sum, tolerance + 1e-9), expected: sum, actual: total.value, cell: rel.cell }];
    }
    case "part-of": {
      const total = need(sheet, rel.cell);
      const { sum } = sumOf(sheet, rel.parts);
      return [{ holds: sum <= total.value + 1e-9, expected: sum, actual: total.value, cell: rel.cell }];
    }
    case "within": {
      const count = need(sheet, rel.cell);
      const base = need(sheet, rel.base);
      return [{ holds: count.value <= base.value + 1e-9, expected: base.value, actual: count.value, cell: rel.cell }];
    }
    case "rate":
    case "ratio": {
      const shown = need(sheet, rel.cell);
      const nf = need(sheet, rel.numerator);
      const df = need(sheet, rel.denominator);
      if (df.value === 0) throw new TruthError(`${sheet.name}!${rel.denominator} is 0`);
      const scale = rel.scale ?? 100;
      const exact = (nf.value / df.value) * scale;
      return [{ holds: agreesShown(shown, exact) || agreesWithin(shown, quotientInterval(nf, df, scale)), expected: roundTo(exact, shown.decimals), actual: shown.value, cell: rel.cell }];
    }
    case "difference": {
      const shown = need(sheet, rel.cell);
      const exact = clean(need(sheet, rel.minuend).value - need(sheet, rel.subtrahend).value);
      return [{ holds: near(shown.value, exact, (rel.tolerance ?? 0) + 1e-9), expected: exact, actual: shown.value, cell: rel.cell }];
    }
    case "natural-increase": {
      // each rate is itself rounded: the difference of the shown rates may be one unit off
      const shown = need(sheet, rel.cell);
      const b = need(sheet, rel.birthRate);
      const dr = need(sheet, rel.deathRate);
      const exact = clean(b.value - dr.value);
      const unit = 10 ** -Math.max(shown.decimals, b.decimals, dr.decimals);
      return [{ holds: Math.abs(shown.value - exact) <= unit + 1e-9, expected: exact, actual: shown.value, cell: rel.cell }];
    }
    case "share-sum": {
      const { sum, decimals } = sumOf(sheet, rel.parts);
      const cells = rel.parts.flatMap(cellsOf).filter((c) => figureOf(sheet, c));
      const total = rel.total ?? 100;
      // n shares each rounded to `decimals`: their sum may be off by up to n half-units
      const slack = cells.length * 0.5 * 10 ** -decimals;
      return [{ holds: Math.abs(sum - total) <= slack + 1e-9, expected: total, actual: sum, cell: rel.cell ?? cells[0] }];
    }
    case "weight-sum": {
      // weights (市级考核占60%) must add to exactly 100%
      const { sum } = sumOf(sheet, rel.parts);
      const total = rel.total ?? 100;
      const first = rel.parts.flatMap(cellsOf)[0];
      return [{ holds: near(sum, total), expected: total, actual: sum, cell: rel.cell ?? first }];
    }
    case "max-sum": {
      const total = pointsOf(sheet, rel.cell);
      // a range of a points column: blank cells (an item not assessed) count 0
      const parts: Ref[] = rel.parts.flatMap((p): Ref[] => (typeof p === "string" ? cellsOf(p).filter((c) => !isBlank(rawCell(sheet, c))) : [p]));
      const sum = clean(parts.reduce((s: number, p) => s + pointsOf(sheet, p), 0));
      return [{ holds: near(total, sum), expected: sum, actual: total, cell: refCell(rel.cell) }];
    }
    case "score-within-max": {
      return cellsOf(rel.cells)
        .filter((c) => !isBlank(rawCell(sheet, c)))
        .map((c) => {
          const v = need(sheet, c).value;
          return { holds: v >= 0 && v <= rel.max + 1e-9, expected: v < 0 ? 0 : rel.max, actual: v, cell: c };
        });
    }
    case "rank": {
      const rankCells = cellsOf(rel.ranks);
      const totalCells = cellsOf(rel.totals);
      if (rankCells.length !== totalCells.length) throw new TruthError(`rank: ${rel.ranks} and ${rel.totals} differ in length`);
      const totals = totalCells.map((c) => need(sheet, c).value);
      const right = competitionRanks(totals);
      return rankCells.map((c, i) => {
        const v = need(sheet, c).value;
        return { holds: v === right[i], expected: right[i], actual: v, cell: c };
      });
    }
    case "summary-detail":
    case "same": {
      const here = need(sheet, rel.cell).value;
      const ref = rel.relation === "same" ? rel.other : rel.detail;
      const o = splitSheetRef(ref, sheet.name);
      const there = need(sheetNamed(table, o.sheet), o.cell).value;
      return [{ holds: near(here, there), expected: there, actual: here, cell: rel.cell }];
    }
  }
}

/** Which finding kinds a failing relation can be reported as. */
export const KINDS_OF: Readonly<Record<Relation["relation"], ReadonlyArray<string>>> = {
  sum: ["sum-mismatch"],
  "parent-score": ["parent-score-mismatch"],
  "part-of": ["part-exceeds-total"],
  within: ["count-exceeds-base"],
  rate: ["rate-mismatch"],
  ratio: ["ratio-mismatch"],
  difference: ["difference-mismatch"],
  "natural-increase": ["rate-mismatch"],
  "share-sum": ["share-sum-mismatch"],
  "max-sum": ["max-sum-mismatch"],
  "weight-sum": ["weight-sum-mismatch"],
  "score-within-max": ["score-over-max", "score-below-zero"],
  rank: ["rank-mismatch"],
  "summary-detail": ["summary-detail-mismatch"],
  same: ["cross-sheet-mismatch"],
};

export interface Problem {
  readonly table: string;
  readonly message: string;
}

/** Everything wrong with a table's truth (empty = the truth verifies). */
export function verifyTable(table: CorpusTable, fileBase?: string): Problem[] {
  const problems: string[] = [];
  const say = (m: string) => problems.push(m);
  if (!table.id || !/^[a-z0-9][a-z0-9-]*$/.test(table.id)) say(`bad id '${table.id}'`);
  if (fileBase !== undefined && fileBase !== table.id) say(`file name '${fileBase}' is not the id '${table.id}'`);
  if (!table.title || !table.doc) say("title and doc are required");
  if (!/^https?:\/\//.test(table.source ?? "")) say(`source '${table.source}' is not an address`);
  if (!table.sheets?.length) say("no sheets");
  const names = new Set<string>();
  for (const s of table.sheets ?? []) {
    if (names.has(s.name)) say(`sheet '${s.name}' twice`);
    names.add(s.name);
    for (const m of s.merges ?? []) {
      try {
        cellsOf(m);
      } catch (e) {
        say(`sheet '${s.name}': ${(e as Error).message}`);
      }
    }
  }
  if (!table.truth || (table.truth.holds.length === 0 && table.truth.contradictions.length === 0)) say("the truth states nothing");
  const run = (what: string, f: () => void) => {
    try {
      f();
    } catch (e) {
      if (e instanceof TruthError || e instanceof Error) say(`${what}: ${e.message}`);
      else throw e;
    }
  };
  (table.truth?.holds ?? []).forEach((rel, i) =>
    run(`holds[${i}] ${rel.relation}`, () => {
      for (const o of evaluate(table, rel)) {
        if (!o.holds) say(`holds[${i}] ${rel.relation} at ${o.cell} does not hold: expected ${o.expected}, the table shows ${o.actual}`);
      }
    }),
  );
  (table.truth?.contradictions ?? []).forEach((c: Contradiction, i) =>
    run(`contradictions[${i}] ${c.kind}`, () => {
      if (!KINDS_OF[c.relation]?.includes(c.kind)) say(`contradictions[${i}]: kind ${c.kind} does not go with relation ${c.relation}`);
      const outcomes = evaluate(table, c);
      const at = c.at ?? ("cell" in c && typeof c.cell === "string" ? c.cell : outcomes[0]?.cell);
      const o = outcomes.find((x) => x.cell === at);
      if (!o) return say(`contradictions[${i}]: no outcome at ${at}`);
      if (o.holds) return say(`contradictions[${i}] ${c.kind} at ${at} holds (expected ${o.expected}, shown ${o.actual}): not a contradiction`);
      if (!near(o.actual, c.actual)) say(`contradictions[${i}] at ${at}: actual is ${o.actual}, the truth says ${c.actual}`);
      if (!near(o.expected, c.expected, 1e-6)) say(`contradictions[${i}] at ${at}: expected is ${o.expected}, the truth says ${c.expected}`);
    }),
  );
  return problems.map((message) => ({ table: table.id, message }));
}

/** The contradictions of a table as findings: sheet, cell, kind. */
export function expectedFindings(table: CorpusTable): Array<{ sheet: string; cell: string; kind: string; expected: number }> {
  return table.truth.contradictions.map((c) => ({
    expected: c.expected,
    sheet: sheetOf(table, c.sheet),
    cell: c.at ?? ("cell" in c && typeof c.cell === "string" ? c.cell : refCell((c as { cell: Ref }).cell)),
    kind: c.kind,
  }));
}
