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
import type { OfWhichGroup } from "./ofWhich";
import { shareRelations } from "./shares";
import { afterOfWhich, headerWord, scaleFromText, totalWord } from "./text";

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
}

const PARTITION = /男|女|政策内|政策外|计划内|计划外|其中|城镇|农村|一孩|二孩|多孩/;

interface RateSpec {
  readonly rate: RegExp;
  readonly num: RegExp;
  readonly den: RegExp;
  /** the denominator's words when `den` names none (年平均人口 first, else 总人口) */
  readonly den2?: RegExp;
  readonly notNum?: RegExp;
  readonly notDen?: RegExp;
  readonly defaultScale?: number;
  /** the numerator is a part of the denominator (a count within its base) */
  readonly coverage: boolean;
  /** the stem a 未… difference names (未签约 ↔ 签约) */
  readonly stem?: string;
}

const RATE_SPECS: ReadonlyArray<RateSpec> = [
  { rate: /签约率/, num: /已签约|签约(人)?数|签约人数/, notNum: /未|率/, den: /人群总数|应签约|总人数|人群数|服务人群|目标人群|^人群|人口总数/, notDen: /率|已|未/, coverage: true, stem: "签约" },
  { rate: /计划生育率|计生率/, num: /计划内|政策内/, notNum: /率|外/, den: /出生/, notDen: /率|比|内|外|男|女|一孩|二孩|多孩/, coverage: true },
  { rate: /政策符合率|符合政策率|符合率/, num: /政策内|计划内|符合政策/, notNum: /率|外/, den: /出生/, notDen: /率|比|内|外|男|女|一孩|二孩|多孩/, coverage: true },
  { rate: /^(人口)?出生率/, num: /出生/, notNum: /率|内|外|男|女|一孩|二孩|多孩|比/, den: /平均人口/, den2: /总人口|常住人口|人口数/, notDen: /率|出生|死亡/, defaultScale: 1000, coverage: false },
  { rate: /^(人口)?死亡率/, num: /死亡/, notNum: /率/, den: /平均人口/, den2: /总人口|常住人口|人口数/, notDen: /率|出生|死亡/, defaultScale: 1000, coverage: false },
  { rate: /落实率|到位率/, num: /已落实|落实(人)?数|已到位|到位(人)?数/, notNum: /率|未|应/, den: /应落实|应到位|应.*数/, notDen: /率|已|未/, coverage: true, stem: "落实" },
  { rate: /掌握率/, num: /已掌握|掌握(人)?数/, notNum: /率|未|应/, den: /应掌握|^应/, notDen: /率|已|未/, coverage: true, stem: "掌握" },
  { rate: /覆盖率/, num: /已覆盖|覆盖(人)?数/, notNum: /率|未|应/, den: /应覆盖|总数|^应/, notDen: /率|已|未/, coverage: true, stem: "覆盖" },
];

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

function pairUp(g: SheetGrid, inds: ReadonlyArray<Indicator>, instances: ReadonlyArray<number>, out: Relation[]): void {
  const has = (ind: Indicator, i: number) => g.isFigure(ind.row ?? i, ind.col ?? i);
  const rates = inds.filter((i) => /率/.test(clean(i.name)));
  const coverageDone = new Set<string>();
  for (const spec of RATE_SPECS) {
    const rate = rates.find((r) => spec.rate.test(clean(r.name).split("/").pop() ?? ""));
    const num = pick(inds, spec.num, spec.notNum);
    const den = pick(inds, spec.den, spec.notDen, num) ?? (spec.den2 ? pick(inds, spec.den2, spec.notDen, num) : undefined);
    if (!num || !den || num === den) continue;
    if (rate) {
      const scale = scaleOf(g, rate, instances, spec.defaultScale);
      if (scale) {
        const label = headerWord(rate.name.split("/").pop() ?? rate.name);
        for (const i of instances) {
          if (!has(rate, i)) continue;
          out.push({ kind: "rate", rate: rate.cell(i), numerator: num.cell(i), denominator: den.cell(i), scale, label });
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
  // 出生人口性别比 = 男 / 女 × 100
  const ratio = inds.find((i) => /性别比/.test(clean(i.name)));
  if (ratio) {
    const male = pick(inds, /男/, /比|率/);
    const female = pick(inds, /女/, /比|率/);
    if (male && female) {
      for (const i of instances) {
        if (!has(ratio, i)) continue;
        out.push({ kind: "ratio", ratio: ratio.cell(i), numerator: male.cell(i), denominator: female.cell(i), scale: 100, label: clean(ratio.name) });
      }
    }
  }
  // 自增率 / 自然增长率 = 出生率 − 死亡率
  const ni = inds.find((i) => /自增率|自然增长率/.test(clean(i.name)));
  const birth = pick(inds, /出生率/, /政策|符合|计划/);
  const death = pick(inds, /死亡率/);
  if (ni && birth && death) {
    for (const i of instances) {
      if (!has(ni, i)) continue;
      out.push({ kind: "natural-increase", result: ni.cell(i), birthRate: birth.cell(i), deathRate: death.cell(i), label: clean(ni.name) });
    }
  }
}

/** Statistics relations of one table, in whichever direction its figures run. */
export function statisticsRelations(
  g: SheetGrid, t: FoundTable, columns: ReadonlyArray<Column>, totalRows: ReadonlyArray<number>, out: Relation[],
  groups: ReadonlyArray<OfWhichGroup> = [],
): "columns" | "rows" {
  const labelCols = labelColumns(columns);
  const figureCols = columns.filter((c) => c.role === "value" || c.role === "rate" || c.role === "ratio" || c.role === "share");
  // figures in columns: one indicator per column, one instance per data row
  const colInds: Indicator[] = figureCols.map((c) => ({ name: c.header, scale: c.scale, col: c.col, cell: (r: number) => ({ row: r, col: c.col }) }));
  const before = out.length;
  pairUp(g, colInds, t.dataRows, out);
  const inColumns = out.length > before;
  // figures in rows: one indicator per labelled row, one instance per figure column; a list
  // only has derived figures when some row is a rate, a ratio or a 未… difference
  const valueCols = figureCols.filter((c) => c.role === "value").map((c) => c.col);
  const beforeRows = out.length;
  const labelled: [number, string][] = [];
  let derived = false;
  for (const r of t.dataRows) {
    const lab = rowLabel(g, labelCols, r);
    if (!lab) continue;
    const name = afterOfWhich(lab.text) || lab.text;
    if (!derived && /率|比|^未/.test(name)) derived = true;
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
      return { name, scale, row: r, cell: (c: number) => ({ row: r, col: c }) };
    });
    pairUp(g, rowInds, valueCols, out);
  }
  const inRows = out.length > beforeRows;

  shareRelations(g, t, columns, totalRows, groups, out);
  return inRows && !inColumns ? "rows" : "columns";
}
