/**
 * Scoring a rule on the value a clerk typed ("3人", "46%", "是", "2起", "无", 3, 0.46).
 *
 * With `max` (M) the score is the item's score out of M: earned points are clamped to [0, M]
 * and a deduction lowers M, floored at 0. Without `max` the score is the clause's signed
 * points: positive for 计/加/奖, negative for 扣/罚, 0 when the clause does not apply.
 * A value the rule cannot use gives `score: null` and a reason — never a silent zero.
 *
 * How values are read (formula.ts writes the same reading as an Excel formula):
 * - yes/no: 是/有/√/完成… yes, 否/无/×/未… no, a number > 0 yes, ≤ 0 no;
 * - counts: a number or a number with a count word ("3人", "2起"); 无 is 0; never negative;
 *   never a percentage;
 * - rates (% rules): "46%" is 46; a bare number ≤ 1 is a fraction (0.46 → 46, as Excel stores a
 *   percent-formatted cell), a bare number > 1 is already in percent (46 → 46);
 * - rates (‰ rules): "5.39‰" or 5.39;
 * - lists, for sub-clauses and case categories: "是,否,是" / "1,0,2" (separators , 、 ;).
 */
import { isPercentFormat, namesWithNumeral, normalizeText, readCell, readCountText, readText, round } from "../values";
import type { CellValue } from "../grid";
import type { AllOrNothingRule, LabelledPoints, MeasureUnit, RateTier, ReasonTexts, RuleScore, ScoreOptions, ScoringRule, Tier } from "./types";
import { normalizeClause, simplifiedChar } from "./parse/normalize";
import { isMeasureUnit } from "./parse/view";

/** Count words a typed count may carry; formula.ts strips the same words. */
export const COUNT_UNITS: ReadonlyArray<string> = [
  "部门", "单位", "人", "名", "个", "次", "起", "例", "项", "件", "户", "家", "处", "位", "所", "村", "场", "期",
];

export function countUnits(rule: { unit?: string }): string[] {
  const units = [...COUNT_UNITS];
  if (rule.unit && !units.includes(rule.unit)) units.unshift(rule.unit);
  return units;
}

const LIST_SEPARATORS = /[,、;]/;

type Num = { ok: true; n: number } | { ok: false; reason: string; why: ReasonTexts };
const bad = (zh: string, en: string): Num => ({ ok: false, reason: `${zh} (${en})`, why: { zh, en } });
const none = (zh: string, en: string): RuleScore => ({ score: null, reason: `${zh} (${en})`, why: { zh, en } });

function describe(v: CellValue): string {
  return typeof v === "string" ? `"${v}"` : JSON.stringify(v);
}

/** a value typed in traditional characters (無, 沒有, 3個) read as the same words in simplified ones */
function simplified(v: CellValue): CellValue {
  if (typeof v !== "string") return v;
  let out = "";
  for (const ch of v) out += simplifiedChar(ch);
  return out;
}

/** a figure typed with a measure word (万元, 平方米, 公里, 亩, 吨 …): a measurement, not a count */
function measured(v: string): boolean {
  const m = /^\s*(?:约|共|计)?\s*\d+(?:\.\d+)?\s*([\u4e00-\u9fff\u3380-\u33df]{1,4})\s*$/.exec(v.normalize("NFKC"));
  return m !== null && (isMeasureUnit(m[1]) || /^[\u3380-\u33df]$/.test(m[1]));
}

/** yes/no, or null when the value is not an answer. */
export function yesNo(value: CellValue): boolean | null {
  const v = simplified(value);
  const r = readCell(v);
  if (r.kind === "bool") return r.value;
  // 97% typed for 达标得2分 is a rate, not an answer: which rate meets the standard is not said here
  if (r.kind === "number" && (r.unit === "%" || r.unit === "‰")) return null;
  // 1亿元, 1000平方米, 20公里 typed for 达到2亿元以上的计10分: a measurement, not an answer — whether it meets the
  // standard depends on a bound the yes/no rule does not keep (a count, 3人 or 2次, still says there were some)
  if (r.kind === "number" && typeof v === "string" && measured(v)) return null;
  if (r.kind === "number") return r.value > 0;
  if (typeof v === "string" && r.kind === "text") {
    // 未发生 (none), 发生2起 (two); 第二名 is a rank, not an answer
    const c = readCountText(v);
    if (c) return /第$/.test(c.prefix) ? null : c.value > 0;
  }
  return null;
}

/** A count: a non-negative number, possibly typed with a count word; 无/否 is 0. */
export function countOf(value: CellValue): Num {
  const v = simplified(value);
  if (typeof v === "string" && /[%‰,、]/.test(v.normalize("NFKC"))) return bad(`${describe(v)} 不是个数`, "not a count");
  const r = readCell(v);
  if (r.kind === "bool" && !r.value) return { ok: true, n: 0 };
  if (typeof v === "string" && (r.kind === "text" || (r.kind === "number" && r.approximate))) {
    // read by its skeleton: 少2项, 缺1人, 迟到1次, 3项未完成, 未发生
    const c = readCountText(v);
    if (c) return { ok: true, n: c.value };
  }
  if (r.kind !== "number" || r.unit !== "") return bad(`${describe(v)} 不是个数`, "not a count");
  if (r.value < 0) return bad(`${describe(v)} 是负数`, "a negative count");
  return { ok: true, n: r.value };
}

/**
 * Measure words that are not counts of cases, by the quantity they measure, each with its synonyms (天/日,
 * 小时/个小时): a figure typed in one of them is that quantity, never a count of 棵, 人 or 次.
 */
const QUANTITY_WORDS: ReadonlyArray<readonly [string, ReadonlyArray<ReadonlyArray<string>>]> = [
  ["money", [["元", "块", "块钱"], ["万元"], ["亿元"], ["千元"], ["角"]]],
  ["time", [["天", "日", "工作日", "个工作日"], ["小时", "个小时", "钟头"], ["分钟"], ["周", "星期", "个星期"], ["个月", "月"], ["年"]]],
  ["length", [["米"], ["公里", "千米"], ["厘米"]]],
  ["area", [["平方米"], ["亩"], ["公顷"], ["平方公里"]]],
  ["mass", [["吨"], ["公斤", "千克"], ["斤"], ["克"]]],
  ["volume", [["升"], ["立方米"]]],
];
const ALL_QUANTITY_WORDS = QUANTITY_WORDS.flatMap(([, groups]) => groups.flat()).sort((a, b) => b.length - a.length);
/** the quantity and the synonym group of a measure word at the start of `w` (null: a count word, 人, 次, 棵 …) */
function quantityWord(w: string, exact = false): { readonly quantity: string; readonly group: number } | null {
  const t = w.replace(/\s+/g, "");
  const word = ALL_QUANTITY_WORDS.find((x) => (exact ? t === x : t.startsWith(x)));
  if (word === undefined) return null;
  for (const [quantity, groups] of QUANTITY_WORDS) {
    const group = groups.findIndex((g) => g.includes(word));
    if (group >= 0) return { quantity, group };
  }
  return null;
}
/**
 * A value whose measure word is another quantity than the rule's unit (100元 for 每种植10棵树, 3天 for 每缺1人, 5人 for
 * 每缺勤1天, 3小时 for 每超1天): not a count of it. Count words stay open (名/人/位, 次/回/趟, 个/项/件 count alike).
 */
export function otherQuantity(value: CellValue, unit: string): boolean {
  // (个: the rule's word may be what is left of 1个月, 每个工作日 — another quantity is not clear)
  if (unit === "" || unit === "个" || typeof value !== "string") return false;
  const c = readCountText(simplified(value) as string);
  // (1月次 for 每月次: the rule's own word)
  if (c === null || c.suffix === "" || c.suffix.replace(/\s+/g, "").startsWith(unit)) return false;
  const typed = quantityWord(c.suffix);
  const own = quantityWord(unit, true);
  if (typed === null && own === null) return false;
  return typed === null || own === null || typed.quantity !== own.quantity || typed.group !== own.group;
}
/** countOf, refusing a figure in another quantity than the rule's unit (otherQuantity) */
export function countIn(value: CellValue, unit: string): Num {
  if (otherQuantity(value, unit)) return bad(`${describe(value)} 的单位不是${unit}`, `not counted in ${unit}`);
  return countOf(value);
}

/**
 * 否, ×, 未完成 … on a count of failings out of an item's points: the item's standard is not met (as for
 * every clause with a max that names only the failing, round 7), but how many failed is not said —
 * never 0 failings, which would give the full points. 无 (none) and a count say it; with no points of
 * the item's own (max null) 否 says the event did not happen, as before.
 */
function failingsUnsaid(value: CellValue, max: number | undefined): RuleScore | null {
  if (max === undefined) return null;
  const v = simplified(value);
  const r = readCell(v);
  if (r.kind !== "bool" || r.value) return null;
  if (typeof v === "string" && v.trim() === "无") return null;
  return none(`${describe(v)} 说明未达标,但没有说明几项不合格,请填写个数`, "it says the standard is not met, not how many failed: type the count");
}

/** how a task is said done: 按时, 按期, 如期, 及时, 按照时间节点, 按要求 */
const DONE_MANNER = "(?:按时|按期|如期|及时|按照?[\\u4e00-\\u9fff]{1,8}?)";
/** a task's verbs of completion */
const DONE_VERB = "(?:完成|做到|落实|到位|开展|上报|报送|提交|办结)";
const DONE = new RegExp(`^(?:已|均已|都已|已全部|全部|均|都)?${DONE_MANNER}${DONE_VERB}$`);
const NOT_DONE = new RegExp(`^(?:均|都|全部|尚|仍)?(?:未能|没能|未|没有|没|不)${DONE_MANNER}?${DONE_VERB}$`);
/**
 * 按照时间节点完成 / 未按照时间节点完成, 及时上报 / 未能及时上报: a task said done or not done in the clerk's words
 * (a manner, then a verb of completion; 未/没有 before them) — the answer to a rule that earns its points
 * when the task is done. Null for any other words.
 */
export function doneAnswer(value: CellValue): boolean | null {
  const v = simplified(value);
  if (typeof v !== "string") return null;
  const t = normalizeText(v).replace(/\s+/g, "");
  if (NOT_DONE.test(t)) return false;
  if (DONE.test(t) && !/[未不没无非]/.test(t)) return true;
  return null;
}

/** 全部完成, 均已做到, 达到年度任务书要求, 制度健全: words that say a standard is met, with no figure and no negation */
const MET_WORDS = /^(?:已|均|都|全部|全面|均已|都已|已全部|全部已)?(?:完成|做到|达到|达标|到位|落实|健全|齐全)[\u4e00-\u9fffA-Za-z]{0,12}$/;
const NEGATION = /[未不没无缺少差欠否非]/;
/**
 * 是, √, 完成, 全部做到 … on a count of failings whose clause gives the full points when the standard is
 * met (制度健全的记5分,缺少一项扣1分): the standard is met — no failing. 有 is no such answer (有 what?).
 */
export function standardMet(value: CellValue): boolean {
  const v = simplified(value);
  if (typeof v !== "string") return false;
  const t = normalizeText(v);
  if (t === "有" || t === "") return false;
  const r = readText(t);
  if (r.kind === "bool") return r.value;
  return r.kind === "text" && MET_WORDS.test(t) && !NEGATION.test(t);
}

/** Several deductions of different points standing alone (no max), not said as requirements met: one yes names none of them. */
export function oneYesUnsaid(rule: { readonly sign: number; readonly met?: boolean; readonly parts: ReadonlyArray<{ readonly points: number }> }, max: number | undefined): boolean {
  return max === undefined && rule.sign === -1 && !rule.met && rule.parts.length > 1 && rule.parts.some((p) => p.points !== rule.parts[0].points);
}

/**
 * 是/有/√ on points per unit where one unit already gives the most (委员反映一条…信息并被采用的,计10分 for an
 * item worth 10): yes, there is one, and one is all the points — how many more does not matter.
 */
export function oneIsAll(rule: { readonly per: number; readonly points: number; readonly cap: number | null }, max: number | undefined, value: CellValue): boolean {
  const most = rule.cap ?? max;
  if (most === undefined || rule.per !== 1 || !(rule.points >= most)) return false;
  const v = simplified(value);
  return typeof v === "string" && readText(v).kind === "bool" && yesNo(v) === true;
}

/**
 * 是/√/完成 on a count with one bound (至少组织开展6次以上踏查工作,6分): the bound reached — the count
 * answered as its requirement, as a rate threshold is by 是/否 (否 is 0, below it).
 */
export function boundReached(rule: { readonly steps: ReadonlyArray<{ readonly atLeast: number; readonly points: number }> }, value: CellValue): boolean {
  if (reachedStep(rule) === null || typeof value !== "string") return false;
  const v = simplified(value);
  return readText(v as string).kind === "bool" && yesNo(v) === true && normalizeText(v as string) !== "有";
}

/**
 * The one bound of a count with one bound: the only step (至少组织开展6次以上踏查工作,6分), or the only one
 * above a floor of 0 that gives nothing (为学校解决2件以上实际问题 under an item worth 3.5: 2件 → 3.5, less → 0).
 */
export function reachedStep<S extends { readonly atLeast: number; readonly points: number }>(rule: { readonly steps: ReadonlyArray<S> }): S | null {
  if (rule.steps.length === 1) return rule.steps[0];
  const above = rule.steps.filter((x) => !(x.atLeast === 0 && x.points === 0));
  return above.length === 1 && rule.steps.length === 2 ? above[0] : null;
}

/** words that say a count is what is missing (少3处, 缺1人, 差2条) */
const SHORTFALL = /^(?:少|缺|缺少|差|欠|短缺|还差|尚缺)$/;
/** A count typed as a shortfall ("少3处" → 3), or null when the value is not written so. */
export function shortfallOf(v: CellValue): number | null {
  if (typeof v !== "string") return null;
  const c = readCountText(v);
  return c !== null && SHORTFALL.test(c.prefix) && c.suffix !== "" ? c.value : null;
}
/**
 * How many are missing against a target: "少3处" says it, "7处" is what there is. A shortfall
 * larger than the target itself is not a count of that target.
 */
export function shortOf(v: CellValue, target: number, n: number): Num {
  const sf = shortfallOf(v);
  if (sf === null) return { ok: true, n: Math.max(0, target - n) };
  if (sf > target) return bad(`${describe(v)} 超过应有的${target}`, `more missing than the ${target} required`);
  return { ok: true, n: sf };
}

/** Points typed as 4 or "4分". */
function pointsOf(v: CellValue): Num {
  if (typeof v === "number" && Number.isFinite(v)) return { ok: true, n: v };
  if (typeof v === "string") {
    const t = v.normalize("NFKC").trim().replace(/分/g, "");
    if (/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/.test(t)) return { ok: true, n: parseFloat(t) };
  }
  return bad(`${describe(v)} 不是分数`, "not a number of points");
}

/** a figure with a measure word after it (3人, 4篇), not 30左右 */
const COUNTED = /\d\s*(?!左右)[\u4e00-\u9fff]+\s*$/;

/**
 * A quantity in the rule's measure word (小时, 分, 万元): a number, or a number typed with that word
 * ("3小时", "约60分", "12萬元"); another word ("3天", "12元" for 万元) is not read — no conversion.
 */
export function quantityOf(value: CellValue, unit: string): Num {
  const v = simplified(value);
  if (typeof v === "number") return Number.isFinite(v) ? { ok: true, n: v } : bad(`${describe(v)} 不是数字`, "not a number");
  if (typeof v !== "string") return bad(`${describe(v)} 不是${unit}数`, `not a figure in ${unit}`);
  const m = QUANTITY.exec(normalizeText(v));
  if (!m) return bad(`${describe(v)} 不是${unit}数`, `not a figure in ${unit}`);
  const word = m[2].replace(/\s+/g, "");
  // (4个小时: hours counted with 个, as the clause may say them)
  if (word !== "" && word !== unit && !(unit === "小时" && word === "个小时")) return bad(`${describe(v)} 的单位不是${unit}`, `not in ${unit}`);
  return { ok: true, n: parseFloat(m[1]) };
}
/** a measure word with a scale before it (万元, 亿元, 万字, 千米): a figure typed in it is read in that word, not as a count */
export function scaledUnit(unit: string): boolean {
  return /^[万亿千百]./.test(unit);
}
/** a figure in a scaled word (3000万元 → 3000 for 万元), 无/否 none; another word (30000元, 3亿元) is not read */
function scaledQuantityOf(value: CellValue, unit: string): Num {
  const r = readCell(simplified(value));
  if (r.kind === "bool" && !r.value) return { ok: true, n: 0 };
  return quantityOf(value, unit);
}
/** a figure, then its measure word (or none): "约 3 小时", "60分左右" is not one */
const QUANTITY = /^(?:约|大约)?\s*([+-]?(?:\d+(?:\.\d+)?|\.\d+))\s*([\u4e00-\u9fff\s]{0,4})$/;

/** how far below the target, typed so (少2%, 差3个百分点, 低1.5%): the shortfall in points of percent */
const RATE_SHORT = /^(?:少|差|低|欠|缺)\s*(\d+(?:\.\d+)?)\s*(?:%|个?百分点)$/;

/**
 * The rate a step rule reads: the rate typed, or, typed as how far below the rule's target it is (少2% for
 * 每少2%扣0.5分 under 占职工总数25%以上), the target less that — only for a target to reach or pass in percent.
 */
export function targetRateOf(v: CellValue, rule: { readonly unit: MeasureUnit; readonly target: { readonly cmp: string; readonly bound: number } }, numberFormat?: string | null): Num {
  const short = typeof v === "string" && rule.unit === "%" ? RATE_SHORT.exec(String(simplified(v)).normalize("NFKC").trim()) : null;
  if (short === null) return rateOf(v, rule.unit, numberFormat);
  if (rule.target.cmp !== ">=" && rule.target.cmp !== ">") return bad(`${describe(v)} 是低于目标的差额,标准是不超过${rule.target.bound}%`, "a shortfall, where the standard is a bound not to pass");
  const x = parseFloat(short[1]);
  if (x > rule.target.bound) return bad(`${describe(v)} 超过目标${rule.target.bound}%本身`, `more short than the target ${rule.target.bound}% itself`);
  return { ok: true, n: Math.round((rule.target.bound - x) * 1e9) / 1e9 };
}

/** A rate in the rule's unit, or a quantity in its measure word; `numberFormat`: the cell's format (a percent format scales a number by 100). */
export function rateOf(v: CellValue, unit: MeasureUnit | "", numberFormat?: string | null): Num {
  if (unit !== "" && unit !== "%" && unit !== "‰") return quantityOf(v, unit);
  const r = unit === "%" && typeof v === "number" && isPercentFormat(numberFormat) ? readCell(v, "0%") : readCell(v);
  if (r.kind !== "number") return bad(`${describe(v)} 不是比率`, "not a rate");
  if (unit === "") {
    if (r.unit !== "") return bad(`${describe(v)} 带有单位`, "unexpected unit");
    return { ok: true, n: r.value };
  }
  if (unit === "‰") {
    if (r.unit === "%") return bad(`${describe(v)} 是百分比,标准按千分比`, "a percent where the rule is per mille");
    return { ok: true, n: r.value };
  }
  if (r.unit === "‰") return bad(`${describe(v)} 是千分比,标准按百分比`, "per mille where the rule is percent");
  if (r.unit === "%") return { ok: true, n: r.value };
  // 3人, 4篇: a count, not a rate (a bare 96 or 0.96 is one)
  if (typeof v === "string" && COUNTED.test(normalizeText(v))) return bad(`${describe(v)} 是个数,不是比率`, "a count, not a rate");
  return { ok: true, n: r.value <= 1 ? round(r.value * 100, 10) : r.value };
}

/** whole steps of `per` in n: ⌊n / per⌋, or ⌈n / per⌉ when a part counts as a whole step */
export function stepsOf(n: number, per: number, roundUp?: true): number {
  return roundUp ? Math.ceil(round(n / per, 10)) : Math.floor(n / per);
}

export function meets(x: number, cmp: Tier["cmp"], bound: number): boolean {
  switch (cmp) {
    case ">=": return x >= bound;
    case ">": return x > bound;
    case "<=": return x <= bound;
    case "<": return x < bound;
  }
}

/** The tokens of a list value "是,否,是"; a single token when there is no separator. */
export function listTokens(v: CellValue): string[] {
  if (typeof v !== "string") return [v === null ? "" : String(v)];
  const s = v.trim().replace(/，/g, ",").replace(/；/g, ";");
  return s.split(LIST_SEPARATORS).map((t) => t.trim());
}

function tokenYesNo(t: string): boolean | null {
  if (/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)%?$/.test(t)) return parseFloat(t) > 0;
  const r = readText(t);
  return r.kind === "bool" ? r.value : null;
}

/**
 * 宣传不到位2次,发生火情1次: several counts, each typed with the words of what it counts (not bare numbers,
 * which go by the categories' order) — their sum; null when any is no count of its own or none has words.
 */
export function namedCounts(tokens: ReadonlyArray<string>): number | null {
  if (tokens.length < 2 || tokens.every((t) => tokenCount(t) !== null)) return null;
  let sum = 0;
  for (const t of tokens) {
    const c = readCountText(t);
    if (c === null || (c.prefix === "" && c.suffix === "" && tokenCount(t) === null)) return null;
    sum += c.value;
  }
  return sum;
}

/** a measure word a count of one kind may carry in a list ("1人次,2处"): a count word, never 分/元/% */
const LIST_COUNT_WORD = /^(?:个|次|人次|人|起|例|处|条|项|件|家|户|名|篇|份|台|辆|天|日|所|宗|批|期|回|遍|场|位)$/;

/** one count of a list: "2", or "2人次" (a count word after it and nothing else) */
export function tokenCount(t: string): number | null {
  const m = /^((?:\d+(?:\.\d*)?|\.\d+))\s*([\u4e00-\u9fff]{0,2})$/.exec(t.normalize("NFKC"));
  if (!m || (m[2] !== "" && !LIST_COUNT_WORD.test(m[2]))) return null;
  return parseFloat(m[1]);
}

/**
 * Several kinds counted apart, one count per kind in order ("1,2", "1人次,2人次"): each kind's points × its count,
 * added (to 10 decimals); the refusal naming the first that is no count.
 */
function kindsSum(kinds: ReadonlyArray<LabelledPoints>, tokens: ReadonlyArray<string>, noun: string): number | RuleScore {
  let sum = 0;
  for (let i = 0; i < tokens.length; i++) {
    const n = tokenCount(tokens[i]);
    if (n === null) return none(`第${i + 1}类"${tokens[i]}"不是${noun}`, `kind ${i + 1} is not a count`);
    sum += kinds[i].points * n;
  }
  return Math.round(sum * 1e10) / 1e10;
}

/**
 * One answer that says nothing of any kind happened ("0", "无", "未发生"; 否 only with no points of the
 * item's own, as for a single count): every kind counted 0.
 */
export function noneOfAnyKind(value: CellValue, max: number | undefined): boolean {
  if (listTokens(value).length !== 1 || failingsUnsaid(value, max)) return false;
  const c = countOf(value);
  return c.ok && c.n === 0;
}

function earned(raw: number, max: number | undefined): number {
  return max !== undefined ? Math.min(max, Math.max(0, raw)) : raw;
}

function deducted(d: number, max: number | undefined): number {
  return max !== undefined ? Math.max(0, max - d) : -d;
}

function signed(sign: 1 | -1, sum: number, max: number | undefined): number {
  return sign === 1 ? earned(sum, max) : deducted(sum, max);
}

function finish(r: RuleScore): RuleScore {
  if (r.score === null || r.score === undefined) return r;
  // 30 − 2.5 × 0.4 is 29.000000000000004 in binary: give the score a clerk reads (10 decimals), and no -0
  const rounded = round(r.score, 10);
  const s = Object.is(rounded, -0) ? 0 : rounded;
  return { ...r, score: s };
}

/** the steps a rate is short of the target: in proportion, or to the nearest whole step (不足1%时四舍五入) */
export function stepsBelow(rule: { readonly target: { readonly bound: number }; readonly step: number; readonly roundSteps?: true }, r: number): number {
  const x = Math.abs(rule.target.bound - r) / rule.step;
  // (2.5 is 2.4999999999999996 after a subtraction in binary: round to 10 decimals first)
  return rule.roundSteps ? Math.floor(round(x, 10) + 0.5) : x;
}

/** what a rate above the target adds (rate-per-point-to-zero or rate-threshold with a step up), at most its cap */
export function bonusAbove(rule: ScoringRule, r: number): number {
  if ((rule.kind !== "rate-per-point-to-zero" && rule.kind !== "rate-threshold") || rule.above === undefined) return 0;
  const a = rule.above;
  const bound = rule.kind === "rate-threshold" ? rule.threshold.bound : rule.target.bound;
  const raw = (a.perStep * Math.max(0, r - bound)) / a.step;
  return a.cap !== null ? Math.min(a.cap, raw) : raw;
}

/** The score the rule gives the value (see the module comment for the conventions). */
export function scoreRule(rule: ScoringRule, value: CellValue, max?: number, opts: ScoreOptions = {}): RuleScore {
  if (max !== undefined && !(Number.isFinite(max) && max >= 0)) return none("满分必须是非负数", "max must be a non-negative number");
  // a fault of the evaluator on one value is that value's refusal, never an exception (neverThrows.test.ts)
  try {
    const past = pastSanction(rule, value);
    if (past !== null) return past;
    return finish(score(rule, value, max, opts));
  } catch (e) {
    const error = e instanceof Error ? e.message.slice(0, 80) : String(e).slice(0, 80);
    return none(`计算得分时程序出错(“${error}”),请将这条标准和填写的值报告给开发者`, `the evaluator failed (${error}); please report the clause and the value`);
  }
}

/**
 * How many cases a value says, for a sanction past a count (countOf; one count per kind summed; 是/有 one case), or null
 * when it says no count (the rule itself then answers it).
 */
function casesSaid(value: CellValue): number | null {
  const tokens = listTokens(value);
  if (tokens.length > 1) {
    let sum = 0;
    for (const t of tokens) {
      const c = countOf(t);
      if (!c.ok) return null;
      sum += c.n;
    }
    return sum;
  }
  const c = countOf(value);
  if (c.ok) return c.n;
  // only TRUE, 是 and 有, the formula's words of one case
  const v = simplified(value);
  return v === true || (typeof v === "string" && (v.trim() === "是" || v.trim() === "有")) ? 1 : null;
}

/**
 * 迟到每次扣1分,3次以上辞退: a count that reaches the sanction (dismissal, treated as another failing, a bonus taken) is
 * refused — the sanction has no points on the sheet. A fixed deduction (无故旷工扣4分;3次以上辞退) says its points once
 * while the clause counts occasions: a count above one is refused too (once, or per occasion, is not said).
 */
function pastSanction(rule: ScoringRule, value: CellValue): RuleScore | null {
  if ((rule.kind !== "per-case" && rule.kind !== "fixed-deduction" && rule.kind !== "per-unit-deduction-floored") || rule.sanction === undefined) return null;
  const n = casesSaid(value);
  if (n === null) return null;
  const { count, inclusive, what } = rule.sanction;
  if (inclusive ? n >= count : n > count) {
    return none(
      `${describe(value)} 已${inclusive ? "达到" : "超过"}${count}${rule.sanction.unit}(处理:“${what}”),该处理没有分值,不能在表中计分`,
      `${n} ${inclusive ? "reaches" : "passes"} the count of the sanction (${count}${rule.sanction.unit}: "${what}"), which has no points: not scorable on the sheet`,
    );
  }
  if (rule.kind === "fixed-deduction" && n > 1) {
    return none(`${describe(value)}: 这条标准的扣分只说了一次,未说明是否每次都扣,请填写是/否`, "the points are said once, not per occasion: answer yes or no");
  }
  return null;
}

function needYesNo(value: CellValue): boolean | RuleScore {
  const yn = yesNo(value);
  if (yn === null) return none(`${describe(value)} 不是"是/否"`, "not a yes/no answer");
  return yn;
}

/**
 * Whether a fixed deduction's event happened. With `met` (the deduction takes the whole item)
 * 是/√/完成 answer that the standard is met and 否/× that it is not, while 有/无 (the event named is
 * there or not), 发生2起/未发生 and counts say whether the event happened.
 */
/** measure words of a case (每次, 每人, 一起, 每处 …): 是 says one of them happened; a duration (每天, 每小时) or an amount says no figure */
const CASE_WORD = /^(?:次|人|人次|名|位|起|例|件|处|项|个|条|篇|宗|份|户|家|张|台|辆|间|所|批|回|遍)$/;

/**
 * The rules on which 是/有 are one case: no max (round 11: with max null 是 is a count of 1, 否 of 0) and either
 * money said of one event (违者罚款100元, round 12) or points per case in a word of cases (每人扣5分, 一次扣1分, 在寝室
 * 洗衣服的(1分) under a heading of 扣分) — one unit each (每3篇计1分: one 是 does not say three).
 */
export function oneCaseRule(rule: { readonly currency?: "元"; readonly unit: string; readonly per?: number; readonly kind?: string; readonly cap?: number | null }, max: number | undefined): boolean {
  if (max !== undefined || (rule.per !== undefined && rule.per !== 1)) return false;
  if (rule.currency === "元") return rule.unit === "";
  // (每篇加2分,最多加6分: a bonus up to a most — 是 may say the most reached; how many is not said)
  if (rule.kind === "per-unit-capped" && rule.cap !== undefined && rule.cap !== null) return false;
  return rule.unit === "" || CASE_WORD.test(rule.unit);
}

/**
 * 违者罚款100元 / 拾金不昧者奖励50元 with no max (money per case said of one event, no 每), and points per case with
 * no max (oneCaseRule): 是/有 say it happened, one case — as with max null 是 is a count of 1 (round 11); money
 * counted per unit (每次扣10元) still needs the count.
 */
export function oneMoneyCase(rule: Parameters<typeof oneCaseRule>[0], value: CellValue, max: number | undefined): boolean {
  if (!oneCaseRule(rule, max)) return false;
  // only TRUE, 是 and 有 (the formula's words): √ or 达标 would say a standard met, not that a fine was incurred
  const v = simplified(value);
  return v === true || v === "是" || v === "有";
}

export function happened(rule: { readonly met?: true }, value: CellValue): boolean | RuleScore {
  if (rule.met) {
    const v = simplified(value);
    const r = readCell(v);
    if (r.kind === "bool") {
      const t = typeof v === "string" ? v.trim() : v;
      if (t === "有") return true;
      if (t === "无") return false;
      return !r.value;
    }
  }
  return needYesNo(value);
}

/** One answer to parts whose requirement each is met or not: 是 all met, 否 none, a number how many are unmet (same points each). */
function unmetParts(parts: ReadonlyArray<{ readonly points: number }>, value: CellValue, max: number | undefined): RuleScore {
  const total = parts.reduce((a, p) => a + p.points, 0);
  const r = readCell(value);
  const same = parts.every((p) => p.points === parts[0].points);
  const oneByOne = (): RuleScore => none(`各项扣分不同,需逐项填写"是/否"(${parts.length}项)`, `the parts take different points: answer yes/no for each of the ${parts.length}`);
  // (with different points only 是/否 themselves answer for all parts: the formula reads no other word)
  if (r.kind === "bool") return same || typeof value === "boolean" || value === "是" || value === "否" ? { score: deducted(r.value ? 0 : total, max) } : oneByOne();
  const c = countOf(value);
  if (!c.ok) return { score: null, reason: c.reason, why: c.why };
  if (!same) return oneByOne();
  return { score: deducted(parts[0].points * Math.min(c.n, parts.length), max) };
}

/** A number or a count typed (0, 2種, 发生1起), not a yes/no word */
function counted(value: CellValue): boolean {
  const v = simplified(value);
  const r = readCell(v);
  if (r.kind === "number" && r.unit === "" && !(typeof v === "string" && measured(v))) return true;
  if (typeof v !== "string" || r.kind === "bool") return false;
  return yesNo(v) !== null && countOf(v).ok;
}

function score(rule: ScoringRule, value: CellValue, max: number | undefined, opts: ScoreOptions): RuleScore {
  switch (rule.kind) {
    case "all-or-nothing": {
      const pts = rule.points ?? max;
      if (pts === undefined) return none("需要满分", "needs the item's max points");
      // 缺1项, 少2次: what is missing, against a requirement answered yes/no — not a "yes"
      if (shortfallOf(value) !== null) return none(`${describe(value)} 是缺少的数量,此项按是/否计分`, "a shortfall, where the rule is answered yes or no");
      // 达甲等: the grade itself answers (甲等 → the points, 乙等 → 0)
      const g = rule.grades ? requiredGrade(rule.grades, value) : null;
      if (g !== null) return { score: earned(g ? pts : 0, max) };
      // 无随意扣款现象: 有 says the thing named happened (the standard failed), 无 that it did not
      const said = rule.absence !== undefined && typeof value === "string" ? value : "";
      if (said === "有" || said === "无") {
        if (rule.absence === "part") return none(`"${said}"不能回答含其他要求的标准,请填写"是/否"`, "有/无 do not answer a standard with other requirements beside the absence: answer 是/否");
        return { score: earned(said === "无" ? pts : 0, max) };
      }
      // 無過期失效藥品 answered 0 or 2種: a count of the things the standard says are absent — 0 meets it, any fails it
      // (as a failing that takes the whole item counts events)
      if (rule.absence === "whole" && counted(value)) {
        const h = happened({ met: true }, value);
        if (typeof h !== "boolean") return h;
        return { score: earned(h ? 0 : pts, max) };
      }
      const yn = yesNo(value) ?? doneAnswer(value);
      if (yn === null) return needYesNo(value) as RuleScore;
      return { score: earned(yn ? pts : 0, max) };
    }
    case "per-unit-capped": {
      // kinds earned apart (学生投稿1篇,计5分,教职工投稿1篇,计8分): one count per kind, "2,1"; 0 or 无 none of any
      const kinds = rule.categories ?? [];
      if (kinds.length > 1) {
        const tokens = listTokens(value);
        // (基础分3分,…加0.2分,…扣0.2分,得分不超过5分: the signed kinds move the base, between 0 and the cap)
        const fromBase = (raw: number): number => earned(Math.max(0, Math.min(rule.cap ?? Infinity, (rule.base ?? 0) + raw)), max);
        if (tokens.length === kinds.length) {
          const raw = kindsSum(kinds, tokens, "数量");
          if (typeof raw !== "number") return raw;
          if (rule.base !== undefined) return { score: fromBase(raw) };
          return { score: earned(rule.cap !== null ? Math.min(rule.cap, raw) : raw, max) };
        }
        if (noneOfAnyKind(value, max)) return { score: rule.base !== undefined ? fromBase(0) : earned(0, max) };
        return none(`按类别分别填写数量,如"${kinds.map(() => "1").join(",")}"`, "give one count per kind, e.g. 1,0,2");
      }
      // (每引进资金100万元加1分 with 3000万元 typed: a figure in a scaled word is read in that word — as a count 3000万元
      // is thirty million, and the points thousands of times too many)
      const c = oneIsAll(rule, max, value) || oneMoneyCase(rule, value, max) ? { ok: true as const, n: 1 } : scaledUnit(rule.unit) ? scaledQuantityOf(value, rule.unit) : countIn(value, rule.unit);
      if (!c.ok) return { score: null, reason: c.reason, why: c.why };
      const raw = rule.points * Math.floor(c.n / rule.per);
      return { score: earned(rule.cap !== null ? Math.min(rule.cap, raw) : raw, max) };
    }
    case "per-unit-deduction-floored": {
      const unsaid = failingsUnsaid(value, rule.full ?? max);
      if (unsaid) return unsaid;
      const c = rule.full !== null && rule.target === null && standardMet(value) ? { ok: true as const, n: 0 } : countIn(value, rule.unit);
      if (!c.ok) return { score: null, reason: c.reason, why: c.why };
      const sh = rule.target !== null ? shortOf(value, rule.target, c.n) : c;
      if (!sh.ok) return { score: null, reason: sh.reason, why: sh.why };
      const short = sh.n;
      const raw = rule.points * stepsOf(short, rule.per, rule.roundUp);
      const d = rule.cap !== null ? Math.min(rule.cap, raw) : raw;
      const full = rule.full ?? max;
      if (full === undefined) return { score: -d };
      const s = Math.max(0, full - d);
      return { score: max !== undefined ? Math.min(max, s) : s };
    }
    case "rate-per-point-with-cutoff":
    case "rate-per-point-to-zero": {
      const full = rule.full ?? max;
      const r = targetRateOf(value, rule, opts.numberFormat);
      if (full === undefined) {
        // a deduction standing alone (未达到95%的,每少1%扣3分, no max): the signed points
        if (rule.kind !== "rate-per-point-to-zero") return none("需要满分", "needs the item's max points");
        if (!r.ok) return { score: null, reason: r.reason, why: r.why };
        return { score: meets(r.n, rule.target.cmp, rule.target.bound) ? bonusAbove(rule, r.n) : -rule.perStep * stepsBelow(rule, r.n) };
      }
      if (!r.ok) return { score: null, reason: r.reason, why: r.why };
      let s: number;
      if (meets(r.n, rule.target.cmp, rule.target.bound)) {
        s = full + bonusAbove(rule, r.n);
        // 得全部基本分,每超出1个百分点再加1分 for an item worth its base: whether the bonus passes the item's max is not said
        if (max !== undefined && s > max + 1e-9) return none(`超出目标的加分使得分超过该项满分${max}分,如何计分没有说明`, `the bonus above the target passes the item's max ${max}; how it counts is not said`);
      }
      else if (rule.kind === "rate-per-point-with-cutoff" && meets(r.n, rule.cutoff.cmp, rule.cutoff.bound)) s = 0;
      else s = Math.max(0, full - rule.perStep * stepsBelow(rule, r.n));
      return { score: earned(s, max) };
    }
    case "rate-threshold": {
      const pts = rule.points ?? max;
      if (pts === undefined) return none("需要满分", "needs the item's max points");
      // 是/√ (the rate reached), 否/× (not): a row answered yes/no, as the rate threshold is its requirement
      const said = thresholdAnswer(rule, value);
      // (是 with a step up: reached, but by how much — what the bonus adds — is not said)
      if (said === true && rule.above !== undefined) return none(`${describe(value)} 没有说明超出多少,加分无法计算`, "how far above the threshold is not said; the bonus cannot be computed");
      if (said !== null) return { score: earned(said ? pts : 0, max) };
      const r = rateOf(value, rule.unit, opts.numberFormat);
      if (!r.ok) return { score: null, reason: r.reason, why: r.why };
      if (!meets(r.n, rule.threshold.cmp, rule.threshold.bound)) return { score: earned(0, max) };
      const s = pts + bonusAbove(rule, r.n);
      // (达目标的计满分,每超目标1个百分点加1分: whether the bonus passes the item's max is not said)
      if (max !== undefined && s > max + 1e-9) return none(`超出目标的加分使得分超过该项满分${max}分,如何计分没有说明`, `the bonus above the target passes the item's max ${max}; how it counts is not said`);
      return { score: earned(s, max) };
    }
    case "listed-parts": {
      if (value === null || value === "") return none("没有填写", "no value");
      if (typeof value === "string" && /[%‰]/.test(value)) return none(`${describe(value)} 不是个数`, "not a count");
      const c = countOf(value);
      if (c.ok) return { score: earned(Math.min(rule.count, Math.floor(c.n)) * rule.each, max) };
      const r = readCell(value);
      if (r.kind === "number") return { score: null, reason: c.reason, why: c.why };
      const yn = yesNo(value);
      if (yn === true) return { score: earned(rule.count * rule.each, max) };
      if (typeof value !== "string") return { score: null, reason: c.reason, why: c.why };
      const text = value.toLowerCase();
      const found = rule.parts.filter((p) => text.includes(p.toLowerCase())).length;
      if (found === 0) return none(`${describe(value)} 中没有列出的部门/项目`, "none of the listed parts is named");
      return { score: earned(Math.min(rule.count, found) * rule.each, max) };
    }
    case "stepped-count": {
      const c = boundReached(rule, value) ? { ok: true as const, n: reachedStep(rule)?.atLeast ?? 0 } : countIn(value, rule.unit);
      if (!c.ok) return { score: null, reason: c.reason, why: c.why };
      const step = rule.steps.find((s) => c.n >= s.atLeast);
      const raw = step ? step.points : 0;
      return { score: earned(rule.cap !== null ? Math.min(rule.cap, raw) : raw, max) };
    }
    case "sub-clauses": {
      if (value === null || value === "") return none("没有填写", "no value");
      const tokens = listTokens(value);
      const total = rule.parts.reduce((a, p) => a + p.points, 0);
      // 底数不清 / 未完成组建任务,未登记建档: the requirements unmet, named as the clause words them; 全部做到: none
      if (rule.met) {
        const failed = namedFailings(rule.parts, value);
        if (failed !== null) return { score: deducted(failed.reduce((a, i) => a + rule.parts[i].points, 0), max) };
      }
      if (rule.met && tokens.length === 1) return unmetParts(rule.parts, value, max);
      // ①…扣5分;②…扣5分;…: failings of equal points, a count says how many happened; 桌面消毒2分、檫嘴毛巾2分、…:
      // parts of equal points earned, a count says how many were done (3项, 3: three of them, not all)
      if (tokens.length === 1 && rule.parts.length > 1 && rule.parts.every((p) => p.points === rule.parts[0].points) && readCell(value).kind !== "bool") {
        const c = countOf(value);
        if (!c.ok) return { score: null, reason: c.reason, why: c.why };
        return { score: signed(rule.sign, rule.parts[0].points * Math.min(c.n, rule.parts.length), max) };
      }
      // 地面不扫扣10分,扫得不洁净扣5分: the state found, named as the clause words it, takes its own points
      const named = rule.sign === -1 && !rule.met && tokens.length === 1 ? namedPart(rule.parts, value) : -1;
      if (named >= 0) return { score: signed(-1, rule.parts[named].points, max) };
      // 投产加20分,投运加10分 with 投产: the category named takes its own points; 未投产 names none of them
      const chosen = rule.sign === 1 && !rule.met && tokens.length === 1 ? chosenPart(rule.parts, value) : -1;
      if (chosen !== -1) return { score: signed(1, chosen === "none" ? 0 : rule.parts[chosen].points, max) };
      // 2项 for parts of different points earned: which two is not said (a yes for all is not what it says)
      if (tokens.length === 1 && rule.sign === 1 && typeof value === "string" && /^\s*\d+\s*[\u4e00-\u9fff]{1,3}\s*$/.test(value.normalize("NFKC")) && readCell(value).kind !== "bool") {
        return none(`各项分值不同,${describe(value)} 没有说明是哪几项,需逐项填写"是/否"(${rule.parts.length}项)`, `the parts earn different points: which of them is not said; answer yes/no for each of the ${rule.parts.length}`);
      }
      // 95分 or 3 for parts of different points: a figure, not a yes to every part (90≤得分<95扣5分,… read as
      // parts gave −30 for 95分); 1 and 0 still answer yes/no
      // (2个展板, 3项未完成: a count of more than one says no more which parts than 3 does)
      if (tokens.length === 1 && rule.parts.length > 1 && readCell(value).kind !== "bool") {
        const c = readCell(value);
        const n = countOf(value);
        if ((c.kind === "number" && c.value !== 0 && c.value !== 1) || (n.ok && n.n !== 0 && n.n !== 1)) {
          return none(`各项分值不同,${describe(value)} 是一个数字,不是"是/否",需逐项填写"是/否"(${rule.parts.length}项)`, `the parts take different points: ${describe(value)} is a figure, not yes/no; answer yes/no for each of the ${rule.parts.length}`);
        }
      }
      if (tokens.length === 1) {
        const yn = needYesNo(value);
        if (typeof yn !== "boolean") return yn;
        // (被县、市、省通报批评的,分别扣2分、4分、6分 with no max: one 是 does not say which of them happened — all of
        // them is not what a clerk means; with a max, 是 is the standard met, none of them)
        if (yn && oneYesUnsaid(rule, max)) {
          return none(`各项扣分不同,一个"是"没有说明发生了哪几项,需逐项填写"是/否"(${rule.parts.length}项)`, `the parts take different points: one yes does not say which of them happened; answer yes/no for each of the ${rule.parts.length}`);
        }
        return { score: signed(rule.sign, yn ? total : 0, max) };
      }
      if (tokens.length !== rule.parts.length) {
        return none(`需要${rule.parts.length}个"是/否"(逐项),实际${tokens.length}个`, `needs ${rule.parts.length} yes/no answers, one per sub-clause`);
      }
      let sum = 0;
      for (let i = 0; i < tokens.length; i++) {
        const yn = tokenYesNo(tokens[i]);
        // (2 for a part: a count of it, not a yes — the part's points once would be a guess)
        const figure = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)%?$/.test(tokens[i]) ? parseFloat(tokens[i]) : null;
        if (yn === null || (figure !== null && figure !== 0 && figure !== 1)) return none(`第${i + 1}项"${tokens[i]}"不是"是/否"`, `answer ${i + 1} is not yes/no`);
        if (rule.met ? !yn : yn) sum += rule.parts[i].points;
      }
      return { score: signed(rule.sign, sum, max) };
    }
    case "per-case": {
      const uniform = rule.pointsMax === null && rule.categories.every((c) => c.points === rule.points);
      const tokens = listTokens(value);
      // 宣传不到位2次,发生火情1次 for failings of equal points: counts each named in words, their sum
      const named = uniform ? namedCounts(tokens) : null;
      if (rule.categories.length > 1 && named !== null) {
        const d = rule.points * named;
        return { score: deducted(rule.cap !== null ? Math.min(rule.cap, d) : d, max) };
      }
      if (rule.categories.length > 0 && tokens.length === rule.categories.length && tokens.length > 1) {
        const d = kindsSum(rule.categories, tokens, "例数");
        if (typeof d !== "number") return d;
        return { score: deducted(rule.cap !== null ? Math.min(rule.cap, d) : d, max) };
      }
      if (rule.categories.length > 1 && noneOfAnyKind(value, max)) return { score: deducted(0, max) };
      if (!uniform) {
        if (rule.pointsMax !== null && rule.categories.length === 0) {
          return none(`每${rule.unit || "例"}扣${rule.points}-${rule.pointsMax}分,由考核人在区间内酌定`, "a range: the assessor chooses the points per case");
        }
        return none(`按类别分别填写${rule.unit || "例"}数,如"${rule.categories.map(() => "1").join(",")}"`, "give one count per category, e.g. 1,0,2");
      }
      const unsaid = failingsUnsaid(value, max);
      if (unsaid) return unsaid;
      // (kinds counted apart take one answer per kind: a lone 是 is one case only of a rule with one kind, as the formula reads it)
      const c = rule.categories.length < 2 && oneMoneyCase(rule, value, max) ? { ok: true as const, n: 1 } : countIn(value, rule.unit);
      if (!c.ok) return { score: null, reason: c.reason, why: c.why };
      const d = rule.points * c.n;
      return { score: deducted(rule.cap !== null ? Math.min(rule.cap, d) : d, max) };
    }
    case "fixed-deduction": {
      const yn = happened(rule, value);
      if (typeof yn !== "boolean") return yn;
      if (yn && rule.veto) return { score: deducted(rule.points, max), vetoed: true };
      return { score: deducted(yn ? rule.points : 0, max) };
    }
    case "doubled": {
      const p = pointsOf(value);
      if (p.ok) return { score: deducted(rule.factor * Math.abs(p.n), max) };
      if (yesNo(value) === false) return { score: deducted(0, max) };
      return none(`${describe(value)}: 需要按原标准应扣的分数`, "needs the deduction under the referenced standard");
    }
    case "range-bonus": {
      const p = pointsOf(value);
      if (p.ok) {
        if (p.n === 0) return { score: earned(0, max) };
        if (p.n >= rule.min && p.n <= rule.max) return { score: earned(p.n, max) };
        return none(`${p.n}分不在${rule.min}-${rule.max}分之间`, `${p.n} is outside ${rule.min}-${rule.max}`);
      }
      const yn = yesNo(value);
      if (yn === false) return { score: earned(0, max) };
      return none(`由考核人在${rule.min}-${rule.max}分之间酌定,请填写所给分数`, "the assessor chooses within the range; give the points");
    }
    case "percentage-cut": {
      const yn = needYesNo(value);
      if (typeof yn !== "boolean") return yn;
      if (max === undefined) {
        return yn ? none(`扣减${rule.percent}%的得分,需要满分或总分`, "cuts a percentage of the score; needs the max/total") : { score: 0 };
      }
      return { score: yn ? max * (1 - rule.percent / 100) : max };
    }
    case "period-default": {
      if (opts.period === rule.period || (rule.rule === null && opts.period === undefined)) {
        if (max === undefined) return none("默认满分,需要满分值", "scores the max; needs the max");
        return { score: max, reason: `${rule.period === "half-year" ? "半年" : "全年"}考核默认满分 (full points by default at this assessment)`, why: { zh: `${rule.period === "half-year" ? "半年" : "全年"}考核默认满分`, en: "full points by default at this assessment" } };
      }
      if (rule.rule === null) return none("只说明了默认满分的考核时段", "the clause only sets a default for another period");
      return score(rule.rule, value, max, opts);
    }
    case "by-period": {
      if (opts.period === "half-year") return score(rule.halfYear, value, max, opts);
      if (opts.period === "full-year") return score(rule.fullYear, value, max, opts);
      return none("上半年与全年标准不同,请指明考核时段", "different standards for half-year and full-year; say which period");
    }
    case "veto": {
      const yn = needYesNo(value);
      if (typeof yn !== "boolean") return yn;
      if (yn) return { score: null, vetoed: true, reason: "一票否决 (vetoed)", why: { zh: "一票否决", en: "vetoed" } };
      return { score: max ?? 0 };
    }
    case "money-tiers": {
      const r = rateOf(value, rule.unit, opts.numberFormat);
      if (!r.ok) return { score: null, reason: r.reason, why: r.why };
      return { score: moneyTier(rule.tiers, r.n) };
    }
    case "proportional": {
      const x = proportionalOf(value, rule.unit, opts.numberFormat);
      if (!x.ok) return { score: null, reason: x.reason, why: x.why };
      const raw = (rule.points * x.n) / rule.per;
      return { score: earned(rule.cap !== null ? Math.min(rule.cap, raw) : raw, max) };
    }
    case "rank-tiers": {
      const c = countOf(value);
      if (!c.ok) return { score: null, reason: c.reason, why: c.why };
      const i = c.n - rule.first;
      if (rule.rest !== undefined && c.n === 0) return { score: 0 };
      if (rule.rest !== undefined && Number.isInteger(c.n) && i >= rule.points.length) return { score: earned(rule.rest, max) };
      if (!Number.isInteger(c.n) || i < 0 || i >= rule.points.length) {
        return none(`名次${c.n}不在所列的第${rule.first}-${rule.first + rule.points.length - 1}名之内`, `rank ${c.n} is outside the ranks listed`);
      }
      return { score: earned(rule.points[i], max) };
    }
    case "rate-tiers": {
      const r = rateOf(value, rule.unit, opts.numberFormat);
      if (!r.ok) return { score: null, reason: r.reason, why: r.why };
      const pts = moneyTier(rule.tiers, r.n);
      const past = rule.sanction;
      if (pts === null && past !== undefined && meets(r.n, past.inclusive ? ">=" : ">", past.count)) {
        return none(
          `${describe(value)} 已${past.inclusive ? "达到" : "超过"}${past.count}${past.unit}(处理:“${past.what}”),该处理没有分值,不能在表中计分`,
          `${r.n} ${past.inclusive ? "reaches" : "passes"} the bound of the sanction (${past.count}${past.unit}: "${past.what}"), which has no points: not scorable on the sheet`,
        );
      }
      if (pts === null) return none(`所列各档没有说明${r.n}${rule.unit}的得分(在两档之间、同属两档或在目标以下)`, "the tiers do not say what this value gives (between two bands, in two of them, or below the target)");
      if (max === undefined) return { score: pts };
      return { score: rule.tiers.every((t) => (t.amount ?? 0) <= 0) ? deducted(-pts, max) : earned(pts, max) };
    }
    case "grade-tiers": {
      const g = gradeOf(rule, value);
      // 无 (none of the grades: no award, no leader named) where every grade earns: nothing earned
      if (g === undefined && noneEarned(rule, value)) return { score: gradeScore(rule, 0, max) };
      if (g === undefined) {
        return none(`${describe(value)} 不是所列的等次(${rule.grades.map((x) => x.label).join("、")})`, "not one of the grades listed");
      }
      return { score: gradeScore(rule, g.points, max) };
    }
  }
}

/**
 * The one failing a value names (-1: none): a part's words as the clause writes them, or their end
 * (不扫 for 地面不扫) when no other part ends so; not a yes/no or a count.
 */
export function namedPart(parts: ReadonlyArray<LabelledPoints>, value: CellValue): number {
  if (typeof value !== "string" || readCell(value).kind !== "text" || readCountText(value) !== null) return -1;
  const w = normalizeClause(value.trim());
  if (w.length < 2 || /[,;]/.test(w)) return -1;
  const exact = parts.findIndex((p) => p.label === w);
  if (exact >= 0) return exact;
  const ends = parts.flatMap((p, i) => (p.label.endsWith(w) ? [i] : []));
  return ends.length === 1 ? ends[0] : -1;
}

/** words that say a requirement is unmet (未, 不清, 没有, 缺) */
const FAILING = /[未不没无缺差少非]/;
/**
 * The requirements a value names as unmet, for parts that are each a requirement (met): each word of
 * the list a part's words as written, or their end (建制率不达标 for 职代会和厂务公开建制率不达标) when no
 * other part ends so — words that say a failing, never the requirement itself (达标 is not 不达标's end:
 * the letter before it negates). Words that say the standard is met (全部做到) name none: []. Null when
 * the value is not so (是/否, a count, words naming no single part).
 */
export function namedFailings(parts: ReadonlyArray<LabelledPoints>, value: CellValue): number[] | null {
  if (typeof value !== "string") return null;
  const tokens = listTokens(value);
  if (tokens.length === 1 && readText(tokens[0]).kind === "text" && standardMet(tokens[0])) return [];
  const out: number[] = [];
  for (const t of tokens) {
    if (readCell(t).kind !== "text" || readCountText(t) !== null) return null;
    const w = normalizeClause(t.trim()).replace(/;$/, "");
    if (w.length < 2 || /[,;:]/.test(w) || !FAILING.test(w)) return null;
    const exact = parts.findIndex((p) => p.label === w);
    const ends = parts.flatMap((p, i) => (p.label.endsWith(w) && !/[未不没无非]$/.test(p.label.slice(0, -w.length)) ? [i] : []));
    const at = exact >= 0 ? exact : ends.length === 1 ? ends[0] : -1;
    if (at < 0 || out.includes(at)) return null;
    out.push(at);
  }
  return out;
}

/** words typed, not a figure: text, or a Chinese numeral the cell reader takes for one (一级, 三好) — no digit in it */
function typedWords(value: string): boolean {
  const cell = readCell(value);
  return cell.kind === "text" || (cell.kind === "number" && cell.fromText === true && !/[0-9０-９]/.test(value));
}

/** a part's own words: those after its last separator (the task said before the first part is not its name) */
const partWords = (label: string): string => (label.split(/[,;:]/).pop() ?? "").trim();

/**
 * The one part a category typed names (投产 for 投产加20分,投运加10分; 国际性奖 for 获国际性奖加10分; 入围 for
 * 入围者加2分): a part's words as written, else the one part they begin, end or hold; "none" for the
 * words of a part with a negation before them (未投产, 没有入围); -1 when the value names no single part
 * (a yes/no, a count, a number, words of two parts).
 */
export function chosenPart(parts: ReadonlyArray<LabelledPoints>, value: CellValue): number | "none" | -1 {
  if (typeof value !== "string") return -1;
  // (一级, 三好: words that start with a numeral may be read as a number by the cell reader, but name a part)
  if (!typedWords(value)) return -1;
  const cell = readCell(value);
  const w = normalizeClause(value.trim());
  if (w.length < 2 || /[,;:\d]/.test(w)) return -1;
  const words = parts.map((p) => partWords(p.label));
  const at = named(words, w);
  if (at >= 0) return at;
  // (获得十佳荣誉称号的,一律+10分: the part's name before its last comma, when no part's own words hold it)
  if ((cell.kind === "number" || namesWithNumeral(w)) && !words.some((x) => x.includes(w))) {
    const whole = parts.flatMap((p, i) => (p.label.includes(w) ? [i] : []));
    if (whole.length === 1) return whole[0];
  }
  const neg = /^(?:未|没有|没|无|非|不是)(.{2,})$/.exec(w);
  // (未发生, 没有 … read as a yes/no already keep that reading)
  return neg !== null && yesNo(value) === null && named(words, neg[1]) >= 0 ? "none" : -1;
}

function named(words: ReadonlyArray<string>, w: string): number {
  const exact = words.indexOf(w);
  if (exact >= 0) return words.lastIndexOf(w) === exact ? exact : -1;
  for (const test of [(x: string) => x.startsWith(w), (x: string) => x.endsWith(w), (x: string) => x.includes(w)]) {
    const hits = words.flatMap((x, i) => (test(x) ? [i] : []));
    if (hits.length === 1) return hits[0];
    if (hits.length > 1) return -1;
  }
  return -1;
}

/** 是/√ → true, 否/× → false on a threshold of a rate (% ‰), as typed; null for anything else (a rate is read as one). */
/** the words that answer a rate threshold itself, exactly as typed (formula.ts compares the cell with them) */
export const THRESHOLD_YES: ReadonlyArray<string> = ["是", "√", "达标"];
export const THRESHOLD_NO: ReadonlyArray<string> = ["否", "×", "未达标", "不达标"];

export function thresholdAnswer(rule: { readonly unit: string }, value: CellValue): boolean | null {
  // (exactly as typed: the formula compares the cell with the word itself)
  if (typeof value !== "string" || (rule.unit !== "%" && rule.unit !== "‰")) return null;
  // (达标 / 未达标, 不达标: the threshold is the standard, and these say whether it was reached)
  return THRESHOLD_YES.includes(value) ? true : THRESHOLD_NO.includes(value) ? false : null;
}

/** Whether a grade typed reaches the one required (true), falls below it (false), or is none of them (null). */
export function requiredGrade(g: NonNullable<AllOrNothingRule["grades"]>, value: CellValue): boolean | null {
  if (typeof value !== "string") return null;
  const w = normalizeClause(value.trim());
  return g.reached.includes(w) ? true : g.below.includes(w) ? false : null;
}

/** The grade a value names: as written, or written in other characters (嚴重 for 严重) */
export function gradeOf(rule: { readonly grades: ReadonlyArray<LabelledPoints> }, value: CellValue): LabelledPoints | undefined {
  if (typeof value !== "string") return undefined;
  const exact = rule.grades.find((x) => x.label === value) ?? rule.grades.find((x) => x.label === normalizeClause(value.trim()));
  // (一级, 三好: words that start with a numeral may be read as a number by the cell reader, but name a grade)
  if (exact !== undefined || !typedWords(value)) return exact;
  // 不理想 for 结果不理想, 三类 for 三类项目: the one grade the words begin, end or are part of
  const w = normalizeClause(value.trim());
  const labels = rule.grades.map((x) => x.label);
  // (a digit only where the grades are numbered themselves: 一类 for 1类村)
  if (w.length < 1 || /[,;:]/.test(w) || (/\d/.test(w) && !labels.every((l) => /^\d/.test(l)))) return undefined;
  const at = named(labels, w);
  if (at >= 0) return rule.grades[at];
  // 一等奖 for the grade 一等 (一等奖5分,二等奖3分): the one grade of two characters or more the words start with
  const starts = labels.flatMap((l, i) => (l.length >= 2 && w.startsWith(l) && w.length - l.length <= 2 ? [i] : []));
  return starts.length === 1 ? rule.grades[starts[0]] : undefined;
}

/** an award or a placing: 一等奖, 二等, 第三名, 优秀奖 */
const AWARD = /^(?:第?[一二三四五六七八九十]+(?:等奖?|名)|[\u4e00-\u9fff]{0,6}奖)$/;
/**
 * 无 typed for awards that each earn points (一等奖5分,二等奖3分…): no award, nothing earned (the formula
 * reads the word itself). Other grades stay unanswered by 无: of 严重…不严重 (how bad a thing is) 无 would be the best.
 */
export function noneEarned(rule: { readonly grades: ReadonlyArray<LabelledPoints> }, value: CellValue): boolean {
  if (value !== "无") return false;
  // (…,无领导挂帅的不得分: the grade that earns nothing is itself a "none" — 无 names it)
  if (rule.grades.filter((x) => x.points === 0 && /^(?:无|没有|未)/.test(x.label)).length === 1) return true;
  if (rule.grades.every((x) => x.points >= 0 && AWARD.test(x.label))) return true;
  // (被评为业主单位、集团、省(部)、国家级…的,分别加3分、5分…; 受到区(县)、市、省、国家…表彰/通报的,分别记2分…:
  // the level of the body that awarded or censured — 无, no such event: nothing earned, nothing taken)
  return rule.grades.length > 1 && (rule.grades.every((x) => x.points > 0) || rule.grades.every((x) => x.points < 0)) &&
    rule.grades.every((x) => LEVEL.test(x.label.replace(/\([^()]*\)/g, "").trim()));
}
/** the level of a body (国家级, 省, 市, 区, 县(市、区)级, 集团, 业主单位, 校级): who awards or censures */
// (市级表彰: a level with 级 may carry the thing awarded after it)
const LEVEL = /^(?:[\u4e00-\u9fff]{0,3}(?:国家|国际|全国|中央|省|部|市|州|县|区|乡|镇|街道|村|社区|校|院|系|集团|公司|单位|局|厅|委)级?|(?:国家|国际|全国|省|部|市|州|县|区|乡|镇|街道|村|社区|校|院|系)级[\u4e00-\u9fff]{1,4})$/;

/** A grade's score: signed points alone; with a max, deductions lower it, earned points are clamped to it. */
export function gradeScore(rule: { readonly grades: ReadonlyArray<{ readonly points: number }> }, points: number, max: number | undefined): number {
  if (max === undefined) return points;
  return rule.grades.every((x) => x.points <= 0) ? deducted(-points, max) : earned(points, max);
}

/** What `proportional` multiplies: a rate (% ‰), a count of the unit, or the figure as typed (15% → 15). */
export function proportionalOf(v: CellValue, unit: string, numberFormat?: string | null): Num {
  if (unit === "%" || unit === "‰") return rateOf(v, unit, numberFormat);
  if (unit !== "") return countOf(v);
  const r = typeof v === "number" && isPercentFormat(numberFormat) ? readCell(v, "0%") : readCell(v);
  if (r.kind === "bool" && !r.value) return { ok: true, n: 0 };
  if (r.kind !== "number" || (r.unit !== "" && r.unit !== "%") || r.ratioBase !== undefined) return bad(`${describe(v)} 不是数字`, "not a number");
  return { ok: true, n: r.value };
}

/** Tiers in the order they are tried: "<"/"<=" from the lowest bound up, then ">="/">" from the highest down. */
export function orderedTiers<T extends Tier | RateTier>(tiers: ReadonlyArray<T>): T[] {
  const downs = tiers.filter((t) => t.cmp === "<" || t.cmp === "<=").sort((a, b) => a.bound - b.bound);
  const ups = tiers.filter((t) => t.cmp === ">=" || t.cmp === ">").sort((a, b) => b.bound - a.bound);
  return [...downs, ...ups];
}

function moneyTier(tiers: ReadonlyArray<Tier>, x: number): number;
function moneyTier(tiers: ReadonlyArray<RateTier>, x: number): number | null;
function moneyTier(tiers: ReadonlyArray<RateTier>, x: number): number | null {
  for (const t of orderedTiers(tiers)) if (meets(x, t.cmp, t.bound)) return t.amount;
  return 0;
}

export { round };
