/**
 * Statistics relations: which rate is which numerator over which denominator (签约率 ↔
 * 已签约数 / 人群总数), counts within their base, differences (未签约 = 人群总数 − 已签约),
 * ratios (性别比 = 男/女×100), natural increase (自增率 = 出生率 − 死亡率) and shares of one
 * whole. Indicators are named either by column headers (one row per unit) or by row labels
 * (a label | value list); the pairing by name is the same for both.
 */
import type { CellRef, Column, Relation } from "./model";
import type { SheetGrid } from "./sheetgrid";
import type { FoundTable } from "./tables";
import { labelColumns, rowLabel } from "./totals";
import { type OfWhichGroup, stripMark } from "./ofWhich";
import { shareRelations } from "./shares";
import { BUILTIN_BREAKDOWNS, type RateSpec, indicatorSpecs } from "./indicators";
import { headerWord, isChangeHeader, scaleFromText, totalWord } from "./text";

export { isChangeHeader };

interface Indicator {
  /** the name as written (a header path or a row label), spaces removed */
  readonly name: string;
  /** the cell of the indicator in each instance (row of a unit, or value column of a list) */
  readonly cell: (instance: number) => CellRef;
  /** the indicator's fixed column (figures in columns) or fixed row (figures in rows) */
  readonly col?: number;
  readonly row?: number;
  /** scale stated by the name or the column (100 for %, 1000 for ‰) */
  readonly scale?: number;
  /** a row inside a 其中 breakdown: never a denominator */
  readonly part?: boolean;
}

const PARTITION = /男|女|政策内|政策外|计划内|计划外|其中|城镇|农村|一孩|二孩|多孩/;

/**
 * relative tolerance of a rate whose denominator is a stand-in (a year-end population for the
 * average one): off by half the year's growth, and more where yearbooks revised the populations
 * after a census but kept the rates as first published (广东统计年鉴2024 3-2: up to 3.8%)
 */
const STAND_IN = 0.04;

const cleaned = new Map<string, string>();

/** a name without its "(人)" / "(%)" qualifiers, per header segment (memoised: list rows repeat names) */
function clean(name: string): string {
  let c = cleaned.get(name);
  if (c === undefined) {
    c = name.split("/").map(headerWord).join("/");
    if (cleaned.size > 50000) cleaned.clear();
    cleaned.set(name, c);
  }
  return c;
}

/** the one indicator a pattern names; when several match, prefer the un-partitioned one, then a 合计 leaf */
function pick(inds: ReadonlyArray<Indicator>, yes: RegExp, no?: RegExp, exclude?: Indicator): Indicator | undefined {
  let c = inds.filter((i) => i !== exclude && yes.test(clean(i.name)) && !(no && no.test(clean(i.name))));
  if (c.length > 1) {
    const unpart = c.filter((i) => !PARTITION.test(clean(i.name).replace(yes, "")));
    if (unpart.length >= 1) c = unpart;
  }
  if (c.length > 1) {
    const tot = c.filter((i) => !!totalWord(i.name.split("/").pop() ?? ""));
    if (tot.length === 1) c = tot;
  }
  return c.length === 1 ? c[0] : undefined;
}

function scaleOf(g: SheetGrid, ind: Indicator, instances: ReadonlyArray<number>, fallback?: number): number | undefined {
  if (ind.scale) return ind.scale;
  const s = scaleFromText(ind.name);
  if (s) return s;
  for (const i of instances) {
    const c = ind.cell(i);
    const rd = g.reading(c.row, c.col);
    if (rd.kind === "number" && rd.unit === "%") return 100;
    if (rd.kind === "number" && rd.unit === "‰") return 1000;
  }
  return fallback;
}

function pairUp(g: SheetGrid, inds: ReadonlyArray<Indicator>, instances: ReadonlyArray<number>, out: Relation[], specs: ReadonlyArray<RateSpec>): void {
  const has = (ind: Indicator, i: number) => g.isFigure(ind.row ?? i, ind.col ?? i);
  const rates = inds.filter((i) => /率/.test(clean(i.name)));
  const whole = inds.filter((i) => !i.part);
  const coverageDone = new Set<string>();
  for (const spec of specs) {
    if (spec.kind !== "rate") continue;
    // an indicator whose own name has no 率 (每千人口床位数, a clerk's) is looked for among all rows
    const rate = (/率/.test(spec.name) ? rates : inds).find((r) => spec.rate.test(clean(r.name).split("/").pop() ?? ""));
    const num = pick(inds, spec.num, spec.notNum);
    const den1 = pick(whole, spec.den, spec.notDen, num);
    const den = den1 ?? (spec.den2 ? pick(whole, spec.den2, spec.notDen, num) : undefined);
    // the year-end population standing in for the average one (STAND_IN)
    const approx = !den1 && den ? STAND_IN : undefined;
    if (!num || !den || num === den) continue;
    if (rate) {
      const scale = scaleOf(g, rate, instances, spec.defaultScale);
      if (scale) {
        const label = headerWord(rate.name.split("/").pop() ?? rate.name);
        const factor = unitFactor(num.name) / unitFactor(den.name);
        for (const i of instances) {
          if (!has(rate, i)) continue;
          out.push({
            kind: "rate", rate: rate.cell(i), numerator: num.cell(i), denominator: den.cell(i), scale, label,
            ...(approx ? { approx } : {}), ...(factor !== 1 ? { factor } : {}),
            ...(spec.decimals !== undefined ? { decimals: spec.decimals } : {}),
          });
        }
      }
    }
    const pairKey = `${num.name}|${den.name}`;
    if (spec.coverage && (rate || spec.stem) && !coverageDone.has(pairKey)) {
      coverageDone.add(pairKey);
      const label = `${clean(num.name)}≤${clean(den.name)}`;
      for (const i of instances) {
        if (!has(num, i) || !has(den, i)) continue;
        out.push({ kind: "coverage", count: num.cell(i), base: den.cell(i), label });
      }
    }
    if (spec.stem) {
      const diff = pick(inds, new RegExp(`^未${spec.stem}|/未${spec.stem}`), /率/);
      if (diff) {
        for (const i of instances) {
          if (!has(diff, i)) continue;
          out.push({ kind: "difference", difference: diff.cell(i), base: den.cell(i), count: num.cell(i), label: clean(diff.name) });
        }
      }
    }
  }
  for (const spec of specs) {
    if (spec.kind === "rate") continue;
    const derived = inds.find((i) => spec.rate.test(clean(i.name)));
    if (!derived) continue;
    const a = pick(inds, spec.num, spec.notNum);
    const b = pick(inds, spec.den, spec.notDen, a);
    if (!a || !b || a === b) continue;
    for (const i of instances) {
      if (!has(derived, i)) continue;
      // 出生人口性别比 = 男 / 女 × 100; 自增率 / 自然增长率 = 出生率 − 死亡率
      if (spec.kind === "ratio") out.push({ kind: "ratio", ratio: derived.cell(i), numerator: a.cell(i), denominator: b.cell(i), scale: spec.defaultScale ?? 100, label: clean(derived.name), ...(spec.decimals !== undefined ? { decimals: spec.decimals } : {}) });
      else out.push({ kind: "natural-increase", result: derived.cell(i), birthRate: a.cell(i), deathRate: b.cell(i), label: clean(derived.name) });
    }
  }
}

/** Statistics relations of one table, in whichever direction its figures run. */
export function statisticsRelations(
  g: SheetGrid, t: FoundTable, columns: ReadonlyArray<Column>, totalRows: ReadonlyArray<number>, out: Relation[],
  groups: ReadonlyArray<OfWhichGroup> = [], specs: ReadonlyArray<RateSpec> = indicatorSpecs(), inner: ReadonlySet<number> = new Set(),
): "columns" | "rows" {
  const labelCols = labelColumns(columns);
  const figureCols = columns.filter((c) => c.role === "value" || c.role === "rate" || c.role === "ratio" || c.role === "share");
  // figures in columns: one indicator per column, one instance per data row
  const colInds: Indicator[] = figureCols.map((c) => ({ name: c.header, scale: c.scale, col: c.col, cell: (r: number) => ({ row: r, col: c.col }) }));
  const before = out.length;
  pairUp(g, colInds, t.dataRows, out, specs);
  knownBreakdowns(g, colInds, t.dataRows, out);
  const inColumns = out.length > before;
  // figures in rows: one indicator per labelled row, one instance per figure column; a list
  // only has derived figures when some row is a rate, a ratio or a 未… difference
  // a change column (比上年增减) holds changes, not the indicators: rates are not paired across it
  const changeCols = figureCols.filter((c) => isChangeHeader(c.header));
  const valueCols = figureCols.filter((c) => c.role === "value" && !changeCols.includes(c)).map((c) => c.col);
  const beforeRows = out.length;
  const labelled: [number, string][] = [];
  // indicators named without 率 (每千人口床位数): a row they name is a derived figure too
  const unnamed = specs.filter((sp) => !/率/.test(sp.name));
  let derived = false;
  for (const r of t.dataRows) {
    const lab = rowLabel(g, labelCols, r);
    if (!lab) continue;
    const name = stripMark(lab.text) || lab.text;
    if (!derived && (/率|比|^未/.test(name) || unnamed.some((sp) => sp.rate.test(clean(name))))) derived = true;
    labelled.push([r, name]);
  }
  if (valueCols.length > 0 && derived) {
    const rowInds: Indicator[] = labelled.map(([r, name]) => {
      // a measuring-unit cell on the row (单位: %, ‰) states the scale
      let scale: number | undefined;
      for (const c of columns) {
        if (c.role === "value" || labelCols.includes(c.col)) continue;
        const k = g.key(r, c.col);
        if (k === "%" || k === "‰") scale = k === "%" ? 100 : 1000;
      }
      return { name, scale, row: r, part: inner.has(r), cell: (c: number) => ({ row: r, col: c }) };
    });
    pairUp(g, rowInds, valueCols, out, specs);
  }
  const inRows = out.length > beforeRows;

  changeRelations(g, t, columns, changeCols, valueCols, out);
  shareRelations(g, t, columns, totalRows, groups, out);
  return inRows && !inColumns ? "rows" : "columns";
}

/** a header naming a period: 2015年, 2010年(六普), 本期, 上年 */
const PERIOD = /(?:19|20)\d{2}|本期|本年|今年|当年|上期|上年|去年|同期/;


/**
 * 增减 = this period − last: a change column beside two period columns (2021年 | 2020年 | 增减),
 * the newer period first or named 本期/本年. Only where the table has both periods.
 */
function changeRelations(
  g: SheetGrid, t: FoundTable, columns: ReadonlyArray<Column>, changeCols: ReadonlyArray<Column>, valueCols: ReadonlyArray<number>, out: Relation[],
): void {
  if (changeCols.length !== 1) return;
  // the two periods: where more value columns stand beside them (增长%), those that name a year or a period
  const periodCols = valueCols.length === 2 ? valueCols : valueCols.filter((c) => PERIOD.test(columns.find((x) => x.col === c)!.header));
  if (periodCols.length !== 2) return;
  const [a, b] = periodCols.map((c) => columns.find((x) => x.col === c)!);
  const year = (h: string) => /((?:19|20)\d{2})年?/.exec(h)?.[1];
  const ya = year(a.header);
  const yb = year(b.header);
  let now: Column;
  let last: Column;
  if (ya && yb && ya !== yb) [now, last] = ya > yb ? [a, b] : [b, a];
  else if (/本期|本年|今年|当年/.test(a.header) && /上期|上年|去年|同期/.test(b.header)) [now, last] = [a, b];
  else if (/本期|本年|今年|当年/.test(b.header) && /上期|上年|去年|同期/.test(a.header)) [now, last] = [b, a];
  else return;
  const change = changeCols[0];
  for (const r of t.dataRows) {
    if (!g.isFigure(r, change.col) || !g.isFigure(r, now.col) || !g.isFigure(r, last.col)) continue;
    out.push({ kind: "difference", difference: { row: r, col: change.col }, base: { row: r, col: now.col }, count: { row: r, col: last.col }, label: change.header });
  }
}

/** Wholes and parts known by name (indicators.json "breakdowns"): the whole never smaller than its parts. */
function knownBreakdowns(g: SheetGrid, inds: ReadonlyArray<Indicator>, instances: ReadonlyArray<number>, out: Relation[]): void {
  const leaf = (i: Indicator) => stripMark(clean(i.name).split("/").pop() ?? "");
  for (const b of BUILTIN_BREAKDOWNS) {
    const wholes = inds.filter((i) => b.whole.test(leaf(i)) && !(b.notWhole && b.notWhole.test(leaf(i))));
    if (wholes.length !== 1) continue;
    const parts: Indicator[] = [];
    for (const re of b.parts) {
      const found = inds.filter((i) => i !== wholes[0] && re.test(leaf(i)) && !(b.notParts && b.notParts.test(leaf(i))));
      if (found.length !== 1) break;
      parts.push(found[0]);
    }
    if (parts.length !== b.parts.length) continue;
    const whole = wholes[0];
    for (const i of instances) {
      const w = whole.cell(i);
      if (!g.isFigure(w.row, w.col)) continue;
      out.push({ kind: "sum", total: w, parts: parts.map((p) => p.cell(i)), exhaustive: false, label: `${leaf(whole)}(其中)` });
    }
  }
}

/** The multiple a name's unit states: 出生人口(万人) → 10000, (亿人) → 1e8, (千人) → 1000, else 1. */
function unitFactor(name: string): number {
  const m = /[(（]\s*(十|百|千|万|十万|百万|千万|亿)(?:人|户|个|元|人次|例)?\s*[)）]\s*$/.exec(name.split("/").pop() ?? name);
  if (!m) return 1;
  const f: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 1e4, 十万: 1e5, 百万: 1e6, 千万: 1e7, 亿: 1e8 };
  return f[m[1]] ?? 1;
}
