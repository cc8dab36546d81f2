/**
 * Seeded generator of (rule, value, max, period) cases for the differential test: every
 * construct, parameters drawn at random, values drawn at and around each rule's boundaries
 * in the shapes a clerk types (numbers, "3人", "46%", 0.46, 是/否, lists, blanks, junk).
 */
import type { CellValue } from "../../../src/engine/grid";
import type { Period, ScoringRule } from "../../../src/engine/rules";

export interface Case {
  readonly rule: ScoringRule;
  readonly value: CellValue;
  readonly max: number | undefined;
  readonly period: Period | undefined;
  /** the value cell's number format, when it is a percent-formatted cell (holds 1.05 for 105%) */
  readonly numberFormat?: string;
}

const RATE_KINDS = new Set(["rate-per-point-with-cutoff", "rate-threshold", "rate-per-point-to-zero", "by-period", "money-tiers", "rate-tiers"]);

/** mulberry32: small, fast, reproducible */
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

const YES = ["是", "有", "√", "完成", "合格", "yes", "Y"];
const NO = ["否", "无", "×", "未完成", "不合格", "no"];
const JUNK: CellValue[] = [null, "", "—", "/", "abc", "待定"];

export function generateCases(seed: number, n: number): Case[] {
  const r = rng(seed);
  const pick = <T>(xs: ReadonlyArray<T>): T => xs[Math.floor(r() * xs.length)];
  const maybe = <T>(x: T): T | undefined => (r() < 0.5 ? x : undefined);

  const answers = (): CellValue => pick<CellValue>([...YES, ...NO, 0, 1, 2, -1, "2起", "0起", "1例", "46%", ...JUNK]);
  const counts = (around: number[], unit: string): CellValue => {
    const base = pick(around);
    const k = Math.max(-1, base + pick([-1, 0, 0, 1, 2]));
    return pick<CellValue>([k, k, `${k}${unit}`, `${k}${pick(["人", "名", "个", "次", "起", "项"])}`, String(k), k + 0.5, "无", "是", "46%", ...JUNK]);
  };
  const rate = (bounds: number[], unit: "%" | "‰"): CellValue => {
    const b = pick(bounds);
    const x = Math.round((b + pick([-10, -2.5, -1, -0.5, -0.01, 0, 0, 0.01, 0.5, 1, 5])) * 100) / 100;
    if (unit === "‰") return pick<CellValue>([x, `${x}‰`, String(x), `${x}%`, "是", ...JUNK]);
    return pick<CellValue>([
      `${x}%`, `${x}%`, x > 1 ? x : x + 1, Math.round(x * 100) / 10000, String(x > 1 ? x : 46), `${Math.round(x * 100) / 10000}`,
      "是", "3‰", ...JUNK,
    ]);
  };
  const list = (k: number, words: () => string): CellValue => {
    const len = pick([k, k, k, k - 1, k + 1, 1]);
    return Array.from({ length: Math.max(1, len) }, words).join(pick([",", "、", ";", ", ", "，"]));
  };

  const out: Case[] = [];
  const ruleMakers: Array<() => Case> = [
    () => {
      const points = pick([5, 10, 20, null]);
      return { rule: { kind: "all-or-nothing", points }, value: answers(), max: maybe(pick([20, 10, 5])), period: undefined };
    },
    () => {
      const rule: ScoringRule = { kind: "per-unit-capped", per: pick([1, 1, 2]), unit: pick(["名", "人", "个"]), points: pick([3, 2, 2.5]), cap: pick([10, 5, null]) };
      return { rule, value: counts([0, 3, 4, 5], rule.unit), max: maybe(pick([10, 20])), period: undefined };
    },
    () => {
      const unit = pick(["人", "个"]);
      const rule: ScoringRule = {
        kind: "per-unit-deduction-floored", per: pick([1, 1, 2]), unit, points: pick([3, 5]), full: pick([20, 5, null]),
        target: pick([null, null, 1, 3]), cap: pick([null, null, 6]),
      };
      return { rule, value: counts([0, 1, 2, 4], unit), max: maybe(pick([20, 5, 10])), period: undefined };
    },
    () => {
      const target = pick([50, 100, 90]);
      const rule: ScoringRule = {
        kind: "rate-per-point-with-cutoff", unit: "%", target: { cmp: pick([">=", ">="] as const), bound: target },
        full: pick([30, null]), step: pick([1, 1, 0.5]), perStep: pick([2.5, 1]),
        cutoff: { cmp: pick(["<", "<="] as const), bound: target - pick([20, 15]) },
      };
      return { rule, value: rate([target, target - 15, target - 20, target - 5], "%"), max: maybe(30), period: undefined };
    },
    () => {
      const bound = pick([65, 70, 95]);
      const unit = pick(["%", "%", "‰"] as const);
      const rule: ScoringRule = { kind: "rate-threshold", unit, threshold: { cmp: pick([">=", ">"] as const), bound }, points: pick([10, null]) };
      return { rule, value: rate([bound], unit), max: maybe(10), period: undefined };
    },
    () => {
      const bound = pick([70, 80]);
      const rule: ScoringRule = { kind: "rate-per-point-to-zero", unit: "%", target: { cmp: ">=", bound }, full: pick([10, null]), step: 1, perStep: pick([1, 0.5]) };
      return { rule, value: rate([bound, bound - 10, bound - 25], "%"), max: maybe(10), period: undefined };
    },
    () => {
      const parts = ["卫生计生", "公安", "教育", "民政", "统计"];
      const rule: ScoringRule = { kind: "listed-parts", parts, count: 5, each: pick([4, 3]) };
      const v = pick<CellValue>([0, 2, 5, 6, 7, "3个", "2部门", "公安、教育", "公安", "卫生计生、公安、教育、民政、统计、财政", "无", "是", "-1", "46%", "", null, "xyz"]);
      return { rule, value: v, max: maybe(pick([20, 15])), period: undefined };
    },
    () => {
      const steps = pick([[{ atLeast: 2, points: 5 }, { atLeast: 1, points: 3 }], [{ atLeast: 3, points: 10 }, { atLeast: 2, points: 6 }, { atLeast: 1, points: 3 }]]);
      const rule: ScoringRule = { kind: "stepped-count", unit: "次", steps, cap: pick([5, null]) };
      return { rule, value: counts([0, 1, 2, 3], "次"), max: maybe(5), period: undefined };
    },
    () => {
      const pts = pick([[7, 3, 10], [5, 5, 5, 5], [10, 10]]);
      const rule: ScoringRule = { kind: "sub-clauses", parts: pts.map((p, i) => ({ label: `第${i + 1}项`, points: p })), sign: 1 };
      const v = r() < 0.7 ? list(pts.length, () => pick([...YES.slice(0, 3), ...NO.slice(0, 3), "1", "0", "x", ""])) : answers();
      return { rule, value: v, max: maybe(20), period: undefined };
    },
    () => {
      // (three kinds at the same points: one count of them all, or one count each)
      const cats = pick([[], [{ label: "节育误差", points: 2 }, { label: "出生误差", points: 4 }], [2, 3, 1, 2, 1, 2].map((p, i) => ({ label: `类${i}`, points: p })), [1, 1, 1].map((p, i) => ({ label: `种${i}`, points: p }))]);
      const range = cats.length === 6 ? { points: 1, pointsMax: 3 as number | null } : { points: cats.length === 3 ? 1 : pick([1, 2]), pointsMax: null };
      const unit = pick(["起", "例"]);
      const rule: ScoringRule = {
        kind: "per-case", unit, points: cats.length === 2 ? 2 : range.points,
        pointsMax: cats.length === 2 ? 4 : range.pointsMax, addOn: r() < 0.3, categories: cats, cap: pick([null, null, 5]),
      };
      const v = cats.length > 0 && r() < 0.7 ? list(cats.length, () => String(pick([0, 1, 2, 3]))) : counts([0, 1, 3], unit);
      return { rule, value: v, max: maybe(15), period: undefined };
    },
    () => {
      // requirements met or not (是 = met): an unmet one takes its points; equal points: a number counts the unmet
      const pts = pick([[2, 3], [2, 2, 2], [1]]);
      const rule: ScoringRule = { kind: "sub-clauses", parts: pts.map((p, i) => ({ label: `未落实${i + 1}`, points: p })), sign: -1, met: true };
      const v = pts.length > 1 && r() < 0.5 ? list(pts.length, () => pick([...YES.slice(0, 3), ...NO.slice(0, 3), "1", "0", "x"])) : pick<CellValue>([0, 1, 2, 5, -1, "1项", "2项", answers()]);
      return { rule, value: v, max: pick([5, 6, 3]), period: undefined };
    },
    () => ({ rule: { kind: "fixed-deduction", points: pick([2, 6]), addOn: r() < 0.5 }, value: answers(), max: maybe(10), period: undefined }),
    () => {
      // a failing that takes the whole item (met): 是/√ the standard met, 有/无 and counts the event
      const points = pick([2, 6]);
      const veto = r() < 0.3 ? { veto: true as const } : {};
      const value = pick<CellValue>([answers(), "無", "沒有", "1起", "未发生", "发生2起", 0, 3]);
      return { rule: { kind: "fixed-deduction", points, addOn: false, met: true, ...veto }, value, max: points, period: undefined };
    },
    () => ({ rule: { kind: "doubled", factor: pick([2, 3]) }, value: pick<CellValue>([0, 1, 2.5, "3分", "3", "-2", "无", "是", "3人", "46%", ...JUNK]), max: maybe(15), period: undefined }),
    () => ({ rule: { kind: "range-bonus", min: 3, max: 5 }, value: pick<CellValue>([0, 2, 3, 4, 4.5, 5, 6, "4分", "无", "是", "-3", "46%", ...JUNK]), max: maybe(pick([5, 4, 12])), period: undefined }),
    () => ({ rule: { kind: "percentage-cut", percent: pick([20, 10, 15]) }, value: answers(), max: maybe(pick([100, 87.5])), period: undefined }),
    () => {
      const inner: ScoringRule | null = pick([null, { kind: "all-or-nothing", points: 20 } as ScoringRule]);
      return { rule: { kind: "period-default", period: "half-year", rule: inner }, value: answers(), max: maybe(20), period: pick([undefined, "half-year", "full-year"] as const) };
    },
    () => {
      const rule: ScoringRule = {
        kind: "by-period",
        halfYear: { kind: "rate-threshold", unit: "%", threshold: { cmp: ">=", bound: 65 }, points: 10 },
        fullYear: { kind: "rate-per-point-to-zero", unit: "%", target: { cmp: ">=", bound: 70 }, full: 10, step: 1, perStep: 1 },
      };
      return { rule, value: rate([65, 70, 60], "%"), max: maybe(10), period: pick([undefined, "half-year", "full-year"] as const) };
    },
    () => ({ rule: { kind: "veto" }, value: answers(), max: maybe(100), period: undefined }),
    () => {
      const rule: ScoringRule = {
        kind: "money-tiers", unit: "%", currency: "元",
        tiers: [{ cmp: ">=", bound: 95, amount: 500 }, { cmp: ">=", bound: 90, amount: 200 }, { cmp: "<", bound: 90, amount: -300 }, { cmp: "<", bound: 85, amount: -800 }],
      };
      return { rule, value: rate([95, 90, 85], "%"), max: undefined, period: undefined };
    },
    () => {
      const unit = pick(["%", "", "例"]);
      const rule: ScoringRule = { kind: "proportional", unit, per: unit === "%" ? 100 : pick([1, 10]), points: pick([4, 15, 0.57]), cap: pick([null, 15, 20]) };
      const value = unit === "%" ? rate([100, 50, 85], "%") : unit === "" ? pick<CellValue>([0, 12, 15, 20.5, "15%", "12%", "0%", "无", "否", "是", -3, "3例", ...JUNK]) : counts([0, 6, 9, 10, 12], "例");
      return { rule, value, max: maybe(pick([15, 60, 20])), period: undefined };
    },
    () => {
      const rule: ScoringRule = { kind: "rank-tiers", first: pick([1, 1, 2]), points: pick([[60, 57, 54, 51, 48], [20, 19, 18, 17, 16], [10, 8, 6]]) };
      const k = pick([0, 1, 2, 3, 4, 5, 6]);
      return { rule, value: pick<CellValue>([k, `第${k}名`, `${k}名`, String(k), k + 0.5, "无", "是", "46%", ...JUNK]), max: maybe(pick([60, 20, 8])), period: undefined };
    },
    () => {
      const rule: ScoringRule = pick<ScoringRule>([
        { kind: "rate-tiers", unit: "%", tiers: [{ cmp: ">=", bound: 3, amount: -0.1 }, { cmp: ">", bound: 5, amount: -0.2 }] },
        { kind: "rate-tiers", unit: "%", tiers: [{ cmp: ">=", bound: 10, amount: -0.05 }, { cmp: ">", bound: 20, amount: 0 }] },
        { kind: "rate-tiers", unit: "%", tiers: [{ cmp: ">=", bound: 95, amount: 10 }, { cmp: ">=", bound: 90, amount: 6 }, { cmp: "<", bound: 60, amount: -2 }] },
      ]);
      return { rule, value: rate([3, 5, 10, 20, 90, 95, 60], "%"), max: maybe(pick([10, 5])), period: undefined };
    },
    () => {
      // a quantity in a measure word (a mark, hours, 万元), bands with a gap or a shared bound refused at that value
      const rule = pick<Extract<ScoringRule, { kind: "rate-per-point-to-zero" | "rate-tiers" | "rate-threshold" }>>([
        { kind: "rate-per-point-to-zero", unit: "分", target: { cmp: ">=", bound: 60 }, full: 2, step: 1, perStep: 0.5 },
        { kind: "rate-tiers", unit: "小时", tiers: [{ cmp: ">=", bound: 1, amount: -10 }, { cmp: ">=", bound: 5, amount: -15 }, { cmp: ">=", bound: 24, amount: -25 }] },
        { kind: "rate-tiers", unit: "分", tiers: [{ cmp: ">=", bound: 90, amount: 10 }, { cmp: ">=", bound: 80, amount: 8 }, { cmp: "<", bound: 80, amount: 0 }, { cmp: "<=", bound: 80, amount: null }, { cmp: ">", bound: 89, amount: null }] },
        { kind: "rate-threshold", unit: "万元", threshold: { cmp: ">=", bound: 10 }, points: null },
      ]);
      const unit = rule.unit;
      const x = pick([0, 1, 4.5, 5, 24, 30, 55, 59.5, 60, 79.5, 80, 89, 89.5, 90, 8, 10, 12]);
      const value = pick<CellValue>([x, `${x}${unit}`, `约${x}${unit}`, String(x), `${x}天`, `${x}元`, "无", "是", `${x}%`, ...JUNK]);
      return { rule, value, max: rule.kind === "rate-threshold" ? pick([4, 10]) : maybe(pick([2, 10, 30])), period: undefined };
    },
    () => {
      const rule = pick<Extract<ScoringRule, { kind: "grade-tiers" }>>([
        { kind: "grade-tiers", grades: [{ label: "优秀", points: 5 }, { label: "良好", points: 4 }, { label: "合格", points: 3 }, { label: "不合格", points: -5 }] },
        { kind: "grade-tiers", grades: [{ label: "好", points: 0 }, { label: "中", points: -3 }, { label: "差", points: -5 }] },
        { kind: "grade-tiers", grades: [{ label: "严重", points: 1 }, { label: "一般", points: 3 }, { label: "不严重", points: 5 }] },
      ]);
      const value = pick<CellValue>(["优秀", "良好", "不合格", "好", "中", "差", "严重", "嚴重", "不嚴重", "一般", " 好", "较好", 3, "是", ...JUNK]);
      return { rule, value, max: rule.grades.some((g) => g.points > 0) && rule.grades.some((g) => g.points < 0) ? undefined : maybe(pick([5, 10])), period: undefined };
    },
    () => {
      // a step up as well as down (完成计划计300分,高于1个百分点加5分,最高加50分;低于1个百分点扣5分), with or without a cap
      const bound = pick([100, 8, 90]);
      const rule: ScoringRule = {
        kind: "rate-per-point-to-zero", unit: "%", target: { cmp: ">=", bound }, full: pick([20, null]), step: pick([1, 2]), perStep: pick([5, 2]),
        above: { step: pick([1, 0.5]), perStep: pick([1, 5]), cap: pick([10, null]) },
      };
      return { rule, value: rate([bound, bound + 3, bound + 20, bound - 4, bound - 30], "%"), max: pick([30, 20, undefined]), period: undefined };
    },
    () => {
      // a part of a step rounded half up (每降低1%(不足1%时四舍五入)扣2分)
      const bound = pick([100, 95]);
      const rule: ScoringRule = pick<ScoringRule>([
        { kind: "rate-per-point-to-zero", unit: "%", target: { cmp: ">=", bound }, full: pick([20, null]), step: pick([1, 2]), perStep: pick([2, 0.5]), roundSteps: true },
        { kind: "rate-per-point-with-cutoff", unit: "%", target: { cmp: ">=", bound }, full: 10, step: 1, perStep: 1, cutoff: { cmp: "<", bound: bound - 8 }, roundSteps: true },
      ]);
      return { rule, value: rate([bound - 1.5, bound - 2.5, bound - 0.4, bound - 3.6, bound], "%"), max: pick([20, 10, undefined]), period: undefined };
    },
  ];
  for (let i = 0; i < n; i++) {
    const c = ruleMakers[i % ruleMakers.length]();
    // most numeric rates sit in percent-formatted cells, some above 100%
    const unit = "unit" in c.rule ? c.rule.unit : "%";
    const measured = c.rule.kind.startsWith("rate-") && unit !== "%" && unit !== "‰";
    if (RATE_KINDS.has(c.rule.kind) && !measured && typeof c.value === "number" && r() < 0.8) {
      const fraction = c.value > 1 ? c.value / 100 : c.value;
      out.push({ ...c, value: Math.round((fraction + pick([0, 0, 0.1, 0.5])) * 10000) / 10000, numberFormat: pick(["0%", "0.00%"]) });
    } else {
      out.push(c);
    }
  }
  return out;
}
