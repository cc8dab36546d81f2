/**
 * A generated corpus of statistics workbooks (统计报表) with hand-built relations: half
 * consistent, half with 1–5 planted contradictions, written the way clerks write them —
 * rates rounded or truncated (45.6% as 45%), percent-formatted numbers, full-width digits,
 * text numbers ("182人"), hidden rows, #DIV/0! in unrelated cells. Each planted error lists
 * exactly the findings a correct checker must give for it.
 */
import type { CellValue } from "../../../src/engine/grid";
import type { Relation, WorkbookLayout, WorkbookRelation } from "../../../src/engine/layout/model";
import type { WorkbookSnapshot } from "../../../src/engine/grid";
import { cellAddress } from "../../../src/engine/address";

/** mulberry32: the same corpus on every run */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const fullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d))).replace("%", "％");

export type PlantKind = "sum" | "column-total" | "part" | "rate" | "coverage" | "difference" | "share" | "cross";
export const PLANT_KINDS: PlantKind[] = ["sum", "column-total", "part", "rate", "coverage", "difference", "share", "cross"];

export interface CorpusWorkbook {
  readonly name: string;
  readonly snapshot: WorkbookSnapshot;
  readonly layout: WorkbookLayout;
  /** "kind@sheet!cell" of every finding a correct checker gives */
  readonly expected: string[];
  readonly planted: PlantKind[];
}

// columns of 统计表
const [A, B, C, D, E, F, G, H, I, J, K, L, M] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const SUM_COLS = [B, C, D, E, F, G, H, J, K];

export function generate(index: number, plantCount: number): CorpusWorkbook {
  const rand = rng(1000 + index);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const n = int(8, 15);
  const first = 1; // row index (0-based) of the first unit; row 0 is the header
  const totalRow = first + n;

  // true figures per unit
  const fig: number[][] = [];
  for (let u = 0; u < n; u++) {
    const c = int(60, 140), d = int(10, 40), e = int(3, 30);
    const f = int(150, 400);
    const g = f - int(0, Math.floor(f * 0.08));
    const j = int(20, 90);
    const k = j - int(0, Math.floor(j * 0.1));
    const row: number[] = [];
    row[B] = c + d + e; row[C] = c; row[D] = d; row[E] = e;
    row[F] = f; row[G] = g; row[H] = f - g; row[J] = j; row[K] = k;
    fig.push(row);
  }
  // rates shown per unit (null: computed from the figures when rendered)
  const rateOverride = new Map<string, CellValue>();

  // planted contradictions, each on its own unit row
  const kinds = [...PLANT_KINDS].sort(() => rand() - 0.5).slice(0, plantCount);
  const rows = Array.from({ length: n }, (_, u) => u).sort(() => rand() - 0.5);
  const expected: string[] = [];
  const at = (sheet: string, r: number, c: number) => `${sheet}!${cellAddress(r, c)}`;
  const totalAdjust: Record<number, number> = {};
  let crossAdjust = 0;
  let shareOff = 0;
  for (const kind of kinds) {
    const u = rows.pop()!;
    const r = first + u;
    const delta = pick([1, 2, 3, 5, -2, -4]);
    switch (kind) {
      case "sum": // the unit's 已婚育龄妇女 is not its parts' sum; the 合计 row follows the wrong figure
        fig[u][B] += delta;
        expected.push(`sum-mismatch@${at("统计表", r, B)}`);
        break;
      case "column-total":
        totalAdjust[J] = (totalAdjust[J] ?? 0) + Math.abs(delta);
        expected.push(`sum-mismatch@${at("统计表", totalRow, J)}`);
        break;
      case "part": { // 其中计划内 above 出生
        fig[u][K] = fig[u][J] + Math.abs(delta);
        expected.push(`part-exceeds-total@${at("统计表", r, J)}`);
        break;
      }
      case "rate": {
        const exact = (fig[u][G] / fig[u][F]) * 100;
        const wrong = exact + pick([-1, 1]) * (1.5 + rand() * 6);
        rateOverride.set(`${u}:${I}`, `${Math.min(wrong, 100).toFixed(2)}%`);
        if (Math.abs(Math.min(wrong, 100) - exact) < 1) rateOverride.set(`${u}:${I}`, `${(exact - 2).toFixed(2)}%`);
        expected.push(`rate-mismatch@${at("统计表", r, I)}`);
        break;
      }
      case "coverage": // more signed than the base; the difference and rate follow
        fig[u][G] = fig[u][F] + Math.abs(delta);
        fig[u][H] = fig[u][F] - fig[u][G];
        expected.push(`count-exceeds-base@${at("统计表", r, G)}`);
        break;
      case "difference":
        // the 合计 row adds up the wrong figure, so its own 未签约 is no longer 人群总数 − 已签约 either
        fig[u][H] += delta;
        expected.push(`difference-mismatch@${at("统计表", r, H)}`, `difference-mismatch@${at("统计表", totalRow, H)}`);
        break;
      case "share":
        shareOff = pick([1.5, 2, -3]);
        expected.push(`share-sum-mismatch@${at("构成表", 1, 2)}`);
        break;
      case "cross":
        crossAdjust = pick([2, -10, 100]);
        expected.push(`cross-sheet-mismatch@${at("统计表", totalRow, B)}`, `cross-sheet-mismatch@${at("构成表", 6, 1)}`);
        break;
    }
  }
  const totals: number[] = [];
  for (const c of SUM_COLS) totals[c] = fig.reduce((s, row) => s + row[c], 0) + (totalAdjust[c] ?? 0);

  // rendering, the way clerks type
  const formats: Record<string, string> = {};
  const count = (v: number): CellValue => {
    const x = rand();
    return x < 0.7 ? v : x < 0.85 ? `${v}人` : fullWidth(String(v));
  };
  const rate = (r: number, c: number, num: number, den: number): CellValue => {
    const exact = (num / den) * 100;
    const style = pick(["text2", "trunc0", "round1", "pct", "fw", "num2", "round0"] as const);
    switch (style) {
      case "text2": return `${exact.toFixed(2)}%`;
      case "trunc0": return `${Math.trunc(exact)}%`;
      case "round0": return `${Math.round(exact)}%`;
      case "round1": return `${exact.toFixed(1)}%`;
      case "fw": return fullWidth(`${exact.toFixed(2)}%`);
      case "num2": return Number(exact.toFixed(2));
      case "pct": formats[cellAddress(r, c)] = "0.00%"; return num / den;
    }
  };
  const values: CellValue[][] = [["单位", "已婚育龄妇女", "上环", "结扎", "其他", "人群总数", "已签约", "未签约", "签约率", "出生", "其中:计划内", "计划生育率", "备注"]];
  for (let u = 0; u < n; u++) {
    const r = first + u;
    const row: CellValue[] = [];
    row[A] = `第${u + 1}村`;
    for (const c of SUM_COLS) row[c] = count(fig[u][c]);
    row[I] = rateOverride.get(`${u}:${I}`) ?? rate(r, I, fig[u][G], fig[u][F]);
    row[L] = rate(r, L, fig[u][K], fig[u][J]);
    row[M] = rand() < 0.3 ? { error: "#DIV/0!" } : "";
    values.push(row);
  }
  const trow: CellValue[] = ["合计"];
  for (const c of SUM_COLS) trow[c] = totals[c];
  trow[I] = rate(totalRow, I, totals[G], totals[F]);
  trow[L] = rate(totalRow, L, totals[K], totals[J]);
  trow[M] = { error: "#DIV/0!" };
  values.push(trow);
  const hiddenRows = Array.from({ length: n }, (_, u) => first + u).filter(() => rand() < 0.15);
  const numberFormats: (string | null)[][] = [];
  for (const [a1, f] of Object.entries(formats)) {
    const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
    const r = Number(m[2]) - 1;
    const c = m[1].charCodeAt(0) - 65;
    (numberFormats[r] ??= [])[c] = f;
  }

  const relations: Relation[] = [];
  const ref = (row: number, col: number) => ({ row, col });
  for (let u = 0; u < n; u++) {
    const r = first + u;
    relations.push(
      { kind: "sum", total: ref(r, B), parts: [ref(r, C), ref(r, D), ref(r, E)], exhaustive: true, label: "已婚育龄妇女" },
      { kind: "coverage", count: ref(r, G), base: ref(r, F), label: "已签约" },
      { kind: "difference", difference: ref(r, H), base: ref(r, F), count: ref(r, G), label: "未签约" },
      { kind: "rate", rate: ref(r, I), numerator: ref(r, G), denominator: ref(r, F), scale: 100, label: "签约率" },
      { kind: "sum", total: ref(r, J), parts: [ref(r, K)], exhaustive: false, label: "出生" },
      { kind: "rate", rate: ref(r, L), numerator: ref(r, K), denominator: ref(r, J), scale: 100, label: "计划生育率" },
    );
  }
  for (const c of SUM_COLS) {
    relations.push({ kind: "sum", total: ref(totalRow, c), parts: Array.from({ length: n }, (_, u) => ref(first + u, c)), exhaustive: true, label: "合计" });
  }
  relations.push(
    { kind: "rate", rate: ref(totalRow, I), numerator: ref(totalRow, G), denominator: ref(totalRow, F), scale: 100, label: "签约率" },
    { kind: "rate", rate: ref(totalRow, L), numerator: ref(totalRow, K), denominator: ref(totalRow, J), scale: 100, label: "计划生育率" },
    { kind: "coverage", count: ref(totalRow, G), base: ref(totalRow, F), label: "已签约" },
    { kind: "difference", difference: ref(totalRow, H), base: ref(totalRow, F), count: ref(totalRow, G), label: "未签约" },
    { kind: "sum", total: ref(totalRow, J), parts: [ref(totalRow, K)], exhaustive: false, label: "出生" },
  );

  // 构成表: 已婚育妇65669 = 一孩26907 + 二孩26910 + 多孩8759 + 无孩3093, shares 40.97/40.98/13.3/4.7 (seed 000),
  // and the county's 已婚育龄妇女 repeated from the 统计表's 合计
  const shares = ["40.97%", "40.98%", "13.3%", "4.7%"];
  if (shareOff) shares[0] = `${(40.97 + shareOff).toFixed(2)}%`;
  const composition: CellValue[][] = [
    ["类别", "人数", "占比"],
    ["一孩育妇", 26907, shares[0]],
    ["二孩育妇", 26910, shares[1]],
    ["多孩育妇", "8759人", shares[2]],
    ["无孩育妇", fullWidth("3093"), shares[3]],
    ["已婚育妇", 65669, "100%"],
    ["全县已婚育龄妇女", totals[B] + crossAdjust, null],
  ];
  const compRelations: Relation[] = [
    { kind: "sum", total: ref(5, 1), parts: [ref(1, 1), ref(2, 1), ref(3, 1), ref(4, 1)], exhaustive: true, label: "已婚育妇" },
    { kind: "shares", shares: [ref(1, 2), ref(2, 2), ref(3, 2), ref(4, 2)], label: "已婚育妇构成" },
  ];
  const wbRelations: WorkbookRelation[] = [
    { kind: "same-figure", cells: [{ sheet: "统计表", ...ref(totalRow, B) }, { sheet: "构成表", ...ref(6, 1) }], label: "已婚育龄妇女" },
  ];
  return {
    name: `corpus-${String(index).padStart(2, "0")}${plantCount ? `-planted-${plantCount}` : "-consistent"}`,
    snapshot: { sheets: [{ name: "统计表", values, numberFormats, hiddenRows }, { name: "构成表", values: composition }] },
    layout: {
      sheets: [
        { name: "统计表", kind: "statistics", tables: [], trees: [], relations },
        { name: "构成表", kind: "statistics", tables: [], trees: [], relations: compRelations },
      ],
      relations: wbRelations,
    },
    expected,
    planted: kinds,
  };
}

/** 20 workbooks: even ones consistent, odd ones with 1–5 planted contradictions */
export function corpus(size = 20): CorpusWorkbook[] {
  return Array.from({ length: size }, (_, i) => generate(i, i % 2 === 0 ? 0 : 1 + ((i >> 1) % 5)));
}
