/**
 * Explanations: a score as the clerk can check it by hand, in Chinese and English, with the
 * rule as understood and its numbers filled in (`4次 × 1.25分 = 5分(上限 5分)`,
 * `88% < 90%:10 − 1 × 2 = 8分`, `无 → 满分 4分`, `加分 6.5,上限 5 → 5`).
 *
 * One exhaustive switch over the `ScoringRule` union, as the evaluator and the formula emitter
 * have. The final figure is always the evaluator's (`scoreRule`), so an explanation never
 * disagrees with the score written; the arithmetic before it is recomputed here to be shown.
 * Also the explanations of what the scoring of a tree adds: subtotals, capped sections, the
 * total, weights and vetoes.
 */
import type { CellValue } from "../grid";
import { readCell } from "../values";
import { bonusAbove, stepsBelow, countOf, gradeOf, happened, namedPart, oneMoneyCase, proportionalOf, rateOf, requiredGrade, scoreRule, shortOf, shortfallOf, stepsOf, targetRateOf, yesNo } from "./evaluate";
import type { Comparator, RuleScore, ScoreOptions, ScoringRule, Threshold } from "./types";

export interface Explanation {
  readonly zh: string;
  readonly en: string;
}

/** A number as a clerk reads it: no float noise, at most 4 decimals, no -0. */
export function num(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const r = Math.round(n * 10000) / 10000;
  return String(Object.is(r, -0) ? 0 : r);
}

const CMP: Record<Comparator, string> = { ">=": "≥", ">": ">", "<=": "≤", "<": "<" };
const NEG: Record<Comparator, Comparator> = { ">=": "<", ">": "<=", "<=": ">", "<": ">=" };

function meets(x: number, t: Threshold): boolean {
  switch (t.cmp) {
    case ">=": return x >= t.bound;
    case ">": return x > t.bound;
    case "<=": return x <= t.bound;
    case "<": return x < t.bound;
  }
}

/** What the clerk typed, as shown in an explanation ("3人", "46%", "是", 3). */
function shown(v: CellValue): string {
  if (v === null || v === "") return "(空)";
  if (typeof v === "number") return num(v);
  if (typeof v === "string") return v.trim();
  if (typeof v === "boolean") return v ? "是" : "否";
  return v.error;
}
function shownEn(v: CellValue): string {
  if (v === null || v === "") return "(empty)";
  if (typeof v === "string" && /[,，、;；]/.test(v)) return v.split(/[,，、;；]/).map((t) => shownEn(t.trim())).join(", ");
  if (typeof v === "boolean") return v ? "yes" : "no";
  const r = readCell(v);
  if (typeof v === "string" && r.kind === "bool") return r.value ? "yes" : "no";
  if (typeof v === "string" && r.kind === "number") return r.unit && /^[%‰]$/.test(r.unit) ? `${num(r.value)}${r.unit}` : num(r.value);
  return shown(v);
}

function ex(zh: string, en: string): Explanation {
  return { zh, en };
}

/**
 * The parser's and the evaluator's reasons come as one text, "中文 (English)": the two
 * languages, for messages that keep them apart. A reason in one language only stays whole in both.
 */
export function reasonTexts(reason: string | undefined): Explanation {
  const r = reason ?? "";
  const m = /^([\s\S]*?) \(([^()]*(?:\([^()]*\)[^()]*)*)\)$/.exec(r);
  if (m && /[\u4e00-\u9fff]/.test(m[1]) && !/[\u4e00-\u9fff]/.test(m[2])) return ex(m[1], m[2]);
  return ex(r, r);
}

/** The result, or why there is none, in both languages. */
function fail(s: RuleScore): Explanation {
  const r = s.why ?? reasonTexts(s.reason);
  return ex(`无法计分${r.zh ? `:${r.zh}` : ""}`, `cannot score${r.en ? `: ${r.en}` : ""}`);
}

function capNote(cap: number | null | undefined, raw: number, final: number): Explanation {
  if (cap === null || cap === undefined) return ex("", "");
  if (raw > cap) return ex(`,上限 ${num(cap)}分 → ${num(final)}分`, `, cap ${num(cap)} → ${num(final)}`);
  return ex(`(上限 ${num(cap)}分)`, ` (cap ${num(cap)})`);
}

function join(a: Explanation, b: Explanation): Explanation {
  return ex(a.zh + b.zh, a.en + b.en);
}

/**
 * `⌊5 ÷ 2⌋` where the clause counts per 2, else the count itself; with the count word the clerk
 * typed ("3人") when the value is that count, else the clause's own word.
 */
function units(n: number, per: number, unit: string, typed?: CellValue, roundUp?: true): Explanation {
  const r = typeof typed === "string" ? readCell(typed) : null;
  const zh = r && r.kind === "number" && r.value === n && typed ? String(typed).trim() : `${num(n)}${unit}`;
  if (roundUp) return ex(`⌈${zh} ÷ ${num(per)}⌉`, `⌈${num(n)} ÷ ${num(per)}⌉`);
  if (per === 1) return ex(zh, num(n));
  return ex(`⌊${zh} ÷ ${num(per)}⌋`, `⌊${num(n)} ÷ ${num(per)}⌋`);
}

/**
 * How `rule` scores `value` (out of `max` when given), ending with the evaluator's score.
 * `scored`: the evaluator's result when the caller has it already.
 */
export function explainRule(
  rule: ScoringRule, value: CellValue, max?: number, opts: ScoreOptions = {}, scored?: RuleScore,
): Explanation {
  const s = scored ?? scoreRule(rule, value, max, opts);
  if (s.vetoed && (s.score === null || s.score === undefined)) return ex(`${shown(value)} → 一票否决`, `${shownEn(value)} → vetoed`);
  if (s.score === null || s.score === undefined) return fail(s);
  if (s.vetoed) {
    // points and a veto on the same event: both said
    const e = explainScored(rule, value, max, opts, s.score);
    return ex(`${e.zh},一票否决`, `${e.en}, vetoed`);
  }
  const e = explainScored(rule, value, max, opts, s.score);
  return "currency" in rule && rule.currency === "元" ? inYuan(e) : e;
}

/**
 * A rule whose amounts are money (round 12: 违者罚款50元): the figures said in 元, not 分 (`2次 × 50元 = 100元`);
 * the words 满分 / 不计分 stay, and 分钟 is no amount. The English text names no unit.
 */
function inYuan(e: Explanation): Explanation {
  return { zh: e.zh.replace(/(\d)\s*分(?!钟)/g, "$1元"), en: e.en };
}

function explainScored(rule: ScoringRule, value: CellValue, max: number | undefined, opts: ScoreOptions, score: number): Explanation {
  const v = shown(value);
  const ve = shownEn(value);
  const final = num(score);
  switch (rule.kind) {
    case "all-or-nothing": {
      const g = rule.grades ? requiredGrade(rule.grades, value) : null;
      const yes = g ?? yesNo(value) === true;
      const pts = rule.points ?? max ?? score;
      if (yes) return rule.points === null ? ex(`${v} → 满分 ${final}分`, `${ve} → full points ${final}`) : ex(`${v} → ${num(pts)}分`, `${ve} → ${num(pts)}`);
      return ex(`${v} → 不计分 0分`, `${ve} → 0`);
    }
    case "per-unit-capped": {
      if ((rule.categories ?? []).length > 1) {
        const byKind = (rule.categories ?? []).map((cat) => num(cat.points)).join("/");
        const capZh = rule.cap !== null ? `,最多 ${num(rule.cap)}分` : "";
        const capEn = rule.cap !== null ? `, at most ${num(rule.cap)}` : "";
        if (rule.base !== undefined) {
          return ex(`${v} 基础分 ${num(rule.base)}分,按类别每${rule.unit || "个"}加减 ${byKind}分${capZh} → ${final}分`, `${ve} from a base of ${num(rule.base)}, by kind at ${byKind} each${capEn} → ${final}`);
        }
        return ex(`${v} 按类别每${rule.unit || "个"}计 ${byKind}分${capZh} → ${final}分`, `${ve} by kind at ${byKind} each${capEn} → ${final}`);
      }
      // (拾金不昧者奖励50元 with no max: 是 is one case, as the evaluator reads it)
      const c = oneMoneyCase(rule, value, max) ? { ok: true as const, n: 1 } : countOf(value);
      const n = c.ok ? c.n : 0;
      const raw = rule.points * Math.floor(n / rule.per);
      const u = units(n, rule.per, rule.unit, value);
      const base = ex(`${u.zh} × ${num(rule.points)}分 = ${num(raw)}分`, `${u.en} × ${num(rule.points)} = ${num(raw)}`);
      const capped = join(base, capNote(rule.cap, raw, score));
      return withMax(capped, rule.cap !== null ? Math.min(rule.cap, raw) : raw, score, max);
    }
    case "per-unit-deduction-floored": {
      const c = countOf(value);
      const n = c.ok ? c.n : 0;
      const full = rule.full ?? max;
      const sh = rule.target !== null ? shortOf(value, rule.target, n) : null;
      const said = rule.target !== null && shortfallOf(value) !== null;
      const short = sh === null ? n : sh.ok ? sh.n : 0;
      const raw = rule.points * stepsOf(short, rule.per, rule.roundUp);
      const d = rule.cap !== null ? Math.min(rule.cap, raw) : raw;
      const shortZh = said ? `少${num(short)}${rule.unit},` : rule.target !== null ? `差 ${num(rule.target)} − ${num(n)} = ${num(short)}${rule.unit},` : "";
      const shortEn = said ? `short ${num(short)}, ` : rule.target !== null ? `short ${num(rule.target)} − ${num(n)} = ${num(short)}, ` : "";
      const u = units(short, rule.per, rule.unit, rule.target === null ? value : undefined, rule.roundUp);
      const dZh = `扣 ${u.zh} × ${num(rule.points)}分 = ${num(raw)}分${rule.cap !== null && raw > rule.cap ? `(最多扣 ${num(rule.cap)}分)` : ""}`;
      const dEn = `deduct ${u.en} × ${num(rule.points)} = ${num(raw)}${rule.cap !== null && raw > rule.cap ? ` (at most ${num(rule.cap)})` : ""}`;
      if (full === undefined) return ex(`${shortZh}${dZh} → ${final}分`, `${shortEn}${dEn} → ${final}`);
      const floored = full - d < 0 ? "(扣完为止)" : "";
      const flooredEn = full - d < 0 ? " (floored at 0)" : "";
      return ex(`${shortZh}${dZh};${num(full)} − ${num(d)} = ${final}分${floored}`, `${shortEn}${dEn}; ${num(full)} − ${num(d)} = ${final}${flooredEn}`);
    }
    case "rate-per-point-with-cutoff":
    case "rate-per-point-to-zero": {
      const full = rule.full ?? max ?? score;
      const r = targetRateOf(value, rule, opts.numberFormat);
      const n = r.ok ? r.n : 0;
      const u = rule.unit;
      const t = rule.target;
      const above = rule.kind === "rate-per-point-to-zero" ? rule.above : undefined;
      if (above !== undefined && meets(n, t) && n > t.bound) {
        const add = bonusAbove(rule, n);
        const capped = above.cap !== null && add >= above.cap ? `(最多加 ${num(above.cap)}分)` : "";
        const cappedEn = above.cap !== null && add >= above.cap ? ` (at most ${num(above.cap)})` : "";
        const steps = num((n - t.bound) / above.step);
        const clamped = max !== undefined && full + add > max ? `(该项满分 ${num(max)}分)` : "";
        const clampedEn = max !== undefined && full + add > max ? ` (the item's max ${num(max)})` : "";
        return ex(`${num(n)}${u} > ${num(t.bound)}${u}:${num(full)} + ${num(above.perStep)} × ${steps}${capped} → ${final}分${clamped}`, `${num(n)}${u} > ${num(t.bound)}${u}: ${num(full)} + ${num(above.perStep)} × ${steps}${cappedEn} → ${final}${clampedEn}`);
      }
      if (meets(n, t)) return ex(`${num(n)}${u} ${CMP[t.cmp]} ${num(t.bound)}${u} → 满分 ${final}分`, `${num(n)}${u} ${CMP[t.cmp]} ${num(t.bound)}${u} → full ${final}`);
      if (rule.kind === "rate-per-point-with-cutoff" && meets(n, rule.cutoff)) {
        const c = rule.cutoff;
        return ex(`${num(n)}${u} ${CMP[c.cmp]} ${num(c.bound)}${u} → 不计分 0分`, `${num(n)}${u} ${CMP[c.cmp]} ${num(c.bound)}${u} → 0`);
      }
      const diff = stepsBelow(rule, n);
      const miss = `${num(n)}${u} ${CMP[NEG[t.cmp]]} ${num(t.bound)}${u}`;
      const floored = full - rule.perStep * diff < 0;
      return ex(
        `${miss}:${num(full)} − ${num(rule.perStep)} × ${num(diff)} = ${final}分${floored ? "(扣完为止)" : ""}`,
        `${miss}: ${num(full)} − ${num(rule.perStep)} × ${num(diff)} = ${final}${floored ? " (floored at 0)" : ""}`,
      );
    }
    case "rate-threshold": {
      const r = rateOf(value, rule.unit, opts.numberFormat);
      const n = r.ok ? r.n : 0;
      const t = rule.threshold;
      const u = rule.unit;
      if (rule.above !== undefined && meets(n, t) && n > t.bound) {
        const pts = rule.points ?? max ?? score;
        const add = bonusAbove(rule, n);
        const capped = rule.above.cap !== null && add >= rule.above.cap ? `(最多加 ${num(rule.above.cap)}分)` : "";
        const cappedEn = rule.above.cap !== null && add >= rule.above.cap ? ` (at most ${num(rule.above.cap)})` : "";
        const steps = num((n - t.bound) / rule.above.step);
        return ex(`${num(n)}${u} > ${num(t.bound)}${u}:${num(pts)} + ${num(rule.above.perStep)} × ${steps}${capped} → ${final}分`, `${num(n)}${u} > ${num(t.bound)}${u}: ${num(pts)} + ${num(rule.above.perStep)} × ${steps}${cappedEn} → ${final}`);
      }
      if (meets(n, t)) return ex(`${num(n)}${u} ${CMP[t.cmp]} ${num(t.bound)}${u} → ${final}分`, `${num(n)}${u} ${CMP[t.cmp]} ${num(t.bound)}${u} → ${final}`);
      return ex(`${num(n)}${u} ${CMP[NEG[t.cmp]]} ${num(t.bound)}${u} → 不计分 0分`, `${num(n)}${u} ${CMP[NEG[t.cmp]]} ${num(t.bound)}${u} → 0`);
    }
    case "listed-parts": {
      const parts = rule.each > 0 ? Math.round(score / rule.each) : 0;
      return ex(
        `${parts}项 × ${num(rule.each)}分 = ${final}分(最多 ${rule.count}项)`,
        `${parts} × ${num(rule.each)} = ${final} (at most ${rule.count})`,
      );
    }
    case "stepped-count": {
      const c = countOf(value);
      const n = c.ok ? c.n : 0;
      const step = rule.steps.find((st) => n >= st.atLeast);
      if (!step) return ex(`${num(n)}${rule.unit} → 不计分 0分`, `${num(n)} → 0`);
      return join(ex(`${num(n)}${rule.unit} ≥ ${num(step.atLeast)}${rule.unit} → ${num(step.points)}分`, `${num(n)} ≥ ${num(step.atLeast)} → ${num(step.points)}`), capNote(rule.cap, step.points, score));
    }
    case "sub-clauses": {
      const total = rule.parts.reduce((a, p) => a + p.points, 0);
      const verb = rule.sign === 1 ? "" : "扣 ";
      const verbEn = rule.sign === 1 ? "" : "deduct ";
      const listed = rule.parts.map((p) => num(p.points)).join(" + ");
      if (rule.sign === 1) return ex(`${v} → ${verb}${listed} 中满足的各项 = ${final}分`, `${ve} → ${verbEn}the satisfied parts of ${listed} = ${final}`);
      const named = rule.met ? -1 : namedPart(rule.parts, value);
      if (named >= 0) return ex(`${v} → ${rule.parts[named].label} 扣 ${num(rule.parts[named].points)}分 → ${final}分`, `${ve} → part ${named + 1} deducts ${num(rule.parts[named].points)} → ${final}`);
      if (rule.met) return ex(`${v} → 扣除未达到的各项(${listed},共 ${num(total)}分)→ ${final}分`, `${ve} → deduct the parts not met (${listed}, ${num(total)} in all) → ${final}`);
      return ex(`${v} → 扣除满足的各项(${listed},共 ${num(total)}分)→ ${final}分`, `${ve} → deduct the parts that apply (${listed}, ${num(total)} in all) → ${final}`);
    }
    case "per-case": {
      const c = oneMoneyCase(rule, value, max) ? { ok: true as const, n: 1 } : countOf(value);
      if (c.ok && rule.categories.length <= 1) {
        const d = rule.points * c.n;
        const capZh = rule.cap !== null && d > rule.cap ? `,最多扣 ${num(rule.cap)}分` : "";
        const capEn = rule.cap !== null && d > rule.cap ? `, at most ${num(rule.cap)}` : "";
        if (c.n === 0) return max !== undefined ? ex(`${v} → 满分 ${final}分`, `${ve} → full ${final}`) : ex(`${v} → 不扣分`, `${ve} → no deduction`);
        if (max !== undefined) return ex(`${num(max)} − ${num(c.n)}${rule.unit} × ${num(rule.points)}分${capZh} = ${final}分`, `${num(max)} − ${num(c.n)} × ${num(rule.points)}${capEn} = ${final}`);
        return ex(`${num(c.n)}${rule.unit} × ${num(rule.points)}分${capZh} → ${final}分`, `${num(c.n)} × ${num(rule.points)}${capEn} → ${final}`);
      }
      const byCat = rule.categories.map((cat) => num(cat.points)).join("/");
      return ex(`${v} 按类别每${rule.unit || "例"}扣 ${byCat}分 → ${final}分`, `${ve} by category at ${byCat} each → ${final}`);
    }
    case "fixed-deduction": {
      if (happened(rule, value) === true) return max !== undefined ? ex(`${v} → ${num(max)} − ${num(rule.points)} = ${final}分`, `${ve} → ${num(max)} − ${num(rule.points)} = ${final}`) : ex(`${v} → 扣 ${num(rule.points)}分`, `${ve} → deduct ${num(rule.points)}`);
      return max !== undefined ? ex(`${v} → 满分 ${final}分`, `${ve} → full ${final}`) : ex(`${v} → 不扣分`, `${ve} → no deduction`);
    }
    case "doubled":
      return ex(`${v} × ${num(rule.factor)} 倍扣分 → ${final}分`, `${ve} × ${num(rule.factor)} → ${final}`);
    case "range-bonus":
      return ex(`考核人在 ${num(rule.min)}–${num(rule.max)}分 之间给 ${v} → ${final}分`, `the assessor gave ${ve} within ${num(rule.min)}–${num(rule.max)} → ${final}`);
    case "percentage-cut":
      if (yesNo(value) === true) return ex(`${v} → ${num(max ?? 0)} × (1 − ${num(rule.percent)}%) = ${final}分`, `${ve} → ${num(max ?? 0)} × (1 − ${num(rule.percent)}%) = ${final}`);
      return ex(`${v} → 不扣减,${final}分`, `${ve} → no cut, ${final}`);
    case "period-default": {
      if (opts.period === rule.period || (rule.rule === null && opts.period === undefined)) {
        return rule.period === "half-year" ? ex(`半年考核默认满分 ${final}分`, `half-year assessment: full points ${final} by default`) : ex(`全年考核默认满分 ${final}分`, `full-year assessment: full points ${final} by default`);
      }
      return rule.rule ? explainScored(rule.rule, value, max, opts, score) : ex(`${final}分`, final);
    }
    case "by-period": {
      const inner = opts.period === "half-year" ? rule.halfYear : rule.fullYear;
      const e = explainScored(inner, value, max, opts, score);
      return opts.period === "half-year" ? ex(`半年标准:${e.zh}`, `half-year standard: ${e.en}`) : ex(`全年标准:${e.zh}`, `full-year standard: ${e.en}`);
    }
    case "veto":
      return ex(`${v} → 未触及一票否决,${final}分`, `${ve} → no veto, ${final}`);
    case "money-tiers": {
      const r = rateOf(value, rule.unit, opts.numberFormat);
      const n = r.ok ? r.n : 0;
      const word = score > 0 ? "奖" : score < 0 ? "罚" : "不奖不罚";
      const amount = score === 0 ? "" : ` ${num(Math.abs(score))}${rule.currency || "元"}`;
      return ex(`${num(n)}${rule.unit} → ${word}${amount}`, `${num(n)}${rule.unit} → ${score > 0 ? "award" : score < 0 ? "fine" : "nothing"}${score === 0 ? "" : ` ${num(Math.abs(score))}`}`);
    }
    case "proportional": {
      const x = proportionalOf(value, rule.unit, opts.numberFormat);
      const n = x.ok ? x.n : 0;
      const raw = (rule.points * n) / rule.per;
      const u = rule.unit === "%" || rule.unit === "‰" ? rule.unit : "";
      const per = rule.per === 1 ? "" : ` ÷ ${num(rule.per)}${rule.unit}`;
      const base = ex(`${num(n)}${u}${per} × ${num(rule.points)}分 = ${num(raw)}分`, `${num(n)}${u}${rule.per === 1 ? "" : ` ÷ ${num(rule.per)}`} × ${num(rule.points)} = ${num(raw)}`);
      return withMax(join(base, capNote(rule.cap, raw, score)), rule.cap !== null ? Math.min(rule.cap, raw) : raw, score, max);
    }
    case "rank-tiers": {
      const c = countOf(value);
      return ex(`${v} → ${final}分`, `rank ${c.ok ? num(c.n) : ve} → ${final}`);
    }
    case "grade-tiers": {
      const at = rule.grades.findIndex((g) => g === gradeOf(rule, value));
      return ex(`${v} → ${final}分`, `grade ${at + 1} of ${rule.grades.length} → ${final}`);
    }
    case "rate-tiers": {
      const r = rateOf(value, rule.unit, opts.numberFormat);
      const n = r.ok ? r.n : 0;
      const pts = scoreRule(rule, value, undefined, opts).score ?? 0;
      const tier = pts < 0 ? ex(`扣 ${num(-pts)}分`, `minus ${num(-pts)}`) : pts > 0 ? ex(`计 ${num(pts)}分`, `plus ${num(pts)}`) : ex("不扣不加", "nothing");
      const out = max !== undefined && pts < 0 ? ex(`,${num(max)} − ${num(-pts)} = ${final}分`, `, ${num(max)} − ${num(-pts)} = ${final}`) : ex(` → ${final}分`, ` → ${final}`);
      return ex(`${num(n)}${rule.unit} → ${tier.zh}${out.zh}`, `${num(n)}${rule.unit} → ${tier.en}${out.en}`);
    }
  }
}

/** The item's max clamps what the clause gives (`…,满分 10分 → 10分`). */
function withMax(e: Explanation, raw: number, score: number, max: number | undefined): Explanation {
  if (max === undefined || raw <= max || Math.abs(raw - score) < 1e-9) return e;
  return ex(`${e.zh},满分 ${num(max)}分 → ${num(score)}分`, `${e.en}, max ${num(max)} → ${num(score)}`);
}

/** A parent's score: the sum of its children, never above its max (`5 + 8 + 3 = 16分(满分 20分)`). */
export function explainSum(label: { zh: string; en: string }, parts: ReadonlyArray<number>, value: number, max?: number): Explanation {
  const sum = parts.reduce((a, b) => a + b, 0);
  const terms = parts.length ? parts.map(num).join(" + ") : "0";
  const capped = max !== undefined && sum > max + 1e-9;
  return ex(
    `${label.zh}${terms} = ${num(sum)}分${capped ? `,满分 ${num(max)}分 → ${num(value)}分` : max !== undefined ? `(满分 ${num(max)}分)` : ""}`,
    `${label.en}${terms} = ${num(sum)}${capped ? `, max ${num(max)} → ${num(value)}` : max !== undefined ? ` (max ${num(max)})` : ""}`,
  );
}

/** A capped 加分/减分 section: `加分 6.5,上限 5 → 5`. */
export function explainCappedSection(section: "bonus" | "penalty", sum: number, cap: number, value: number): Explanation {
  const zh = section === "bonus" ? "加分" : "减分";
  const en = section === "bonus" ? "bonus" : "penalty";
  if (Math.abs(sum) > cap + 1e-9) return ex(`${zh} ${num(sum)},上限 ${num(cap)} → ${num(value)}`, `${en} ${num(sum)}, cap ${num(cap)} → ${num(value)}`);
  return ex(`${zh} ${num(sum)}(上限 ${num(cap)})`, `${en} ${num(sum)} (cap ${num(cap)})`);
}

/** The total: base items + bonus − penalty (`合计 = 850 + 5 − 3 = 852分`), or the veto. */
export function explainTotal(base: ReadonlyArray<number>, bonus: ReadonlyArray<number>, penalty: ReadonlyArray<number>, value: number, veto: boolean): Explanation {
  if (veto) return ex("一票否决:总分不计", "vetoed (一票否决): no total");
  const terms: string[] = base.length ? [num(base.reduce((a, b) => a + b, 0))] : ["0"];
  for (const b of bonus) terms.push(`+ ${num(b)}`);
  for (const p of penalty) terms.push(p < 0 ? `− ${num(-p)}` : `− ${num(p)}`);
  const body = terms.join(" ");
  return ex(`合计 = ${body} = ${num(value)}分`, `total = ${body} = ${num(value)}`);
}

/** A weighted total: Σ weight × part (`90 × 60% + 80 × 40% = 86`). */
export function explainWeighted(parts: ReadonlyArray<{ value: number; percent: number }>, value: number): Explanation {
  const body = parts.map((p) => `${num(p.value)} × ${num(p.percent)}%`).join(" + ");
  return ex(`加权:${body} = ${num(value)}分`, `weighted: ${body} = ${num(value)}`);
}

/** A plain row total on a summary sheet (`各项 + 加分 − 减分`). */
export function explainRowTotal(terms: ReadonlyArray<{ value: number; sign: 1 | -1 }>, value: number): Explanation {
  const body = terms.map((t, i) => (i === 0 ? (t.sign < 0 ? `−${num(t.value)}` : num(t.value)) : `${t.sign < 0 ? "−" : "+"} ${num(t.value)}`)).join(" ");
  return ex(`${body || "0"} = ${num(value)}分`, `${body || "0"} = ${num(value)}`);
}

/** A rank: `第 2 名(总分 86,高于它的 1 个)`. */
export function explainRank(rank: number, total: number, higher: number): Explanation {
  return ex(`总分 ${num(total)},${higher} 个单位高于它 → 第 ${rank} 名`, `total ${num(total)}, ${higher} higher → rank ${rank}`);
}
