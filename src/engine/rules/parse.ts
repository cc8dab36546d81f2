/**
 * Clause text → ScoringRule. Reads the wording clerks' schemes really use (Chinese
 * numerals, full-width digits, 以上/超过/不足/低于, 百分点/比例点, ‰, 每…计/扣/加, 计满…为止,
 * 扣完为止, 否则不计分, the max from "(20分)") and a short written form a clerk can type.
 * What it cannot read gives `understood: false` with a reason: it never guesses.
 *
 * SHORT FORM (简写) — tokens separated by spaces (or 、/, between tiers); an optional label
 * may precede the first comparator ("到位率>=50%:30"):
 *   是:20 | 有:20 | 全或无:20 | 全或无       all-or-nothing (yes → 20; no number → M)
 *   每1人+3 [上限10]                         per-unit-capped
 *   每1人-3 扣完为止 | 每1人-3 满分20        per-unit-deduction-floored (n = units missing)
 *   每1人-3 应有2 [上限6]                    … with a target: n = units there are, short = 2 − n
 *   每1起-2 [上限10] | 每1例-1~3 | 每1起-1 加扣   per-case (a range: the assessor chooses)
 *   -6 | 加扣-2                              fixed-deduction
 *   +3~5                                     range-bonus
 *   x2 | 加倍                                doubled
 *   -20%                                     percentage-cut
 *   否决                                     veto
 *   半年满分                                 period-default
 *   >=50%:30 每降1点-2.5 <30%:0              rate-per-point-with-cutoff
 *   >=70%:10 每降1点-1 [扣完为止]            rate-per-point-to-zero
 *   >=65%:10 [否则0]                         rate-threshold
 *   >=2:5 >=1:3 [上限5]                      stepped-count (counts, no % unit)
 *   >=95%:+500元 >=90%:+200元 <90%:-300元 <85%:-800元   money-tiers
 *   A、B、C各4                               listed-parts
 *   A:7; B:3; C:10                           sub-clauses
 * Comparators: >= > <= < (also ≥ ≤); a point (点) is a percentage point for % rules.
 */
import { normalizeText, parseChineseNumeral } from "../values";
import type {
  Comparator, LabelledPoints, Period, RateUnit, RuleParse, ScoringRule,
  SectionRuleParse, Threshold, Tier,
} from "./types";

const NUM = String.raw`(\d+(?:\.\d+)?)`;
/** count words that follow a number: 1名, 2起, 3个单位, 5部门 */
const UNIT_WORDS = "个|名|人次|人|起|例|次|项|件|户|家|处|位|所|篇|份|条|场|期|村|天|部门|单位";
const FLOOR_WORDS = /扣完为止|扣完即止|扣至0分|扣到0分|扣至零分|最低0分|最低为0分?|最低得0分|减至0分|不得低于0分|扣满为止/;
const ZERO_WORDS = String.raw`(?:不计分|不得分|不给分|计0分|得0分|记0分|0分|不加分)`;

const NUMERAL_BEFORE = new RegExp(
  String.raw`[零〇一二两三四五六七八九十百千]+(?=\s*(?:${UNIT_WORDS}|分|点|%|倍|元|年|季度|月))`,
  "g",
);

/** One spelling for everything the patterns below read. */
export function normalizeClause(text: string): string {
  let s = normalizeText(text);
  s = s.replace(/[“”"「」『』‘’']/g, "");
  s = s.replace(/[;。;]/g, ";").replace(/[,、]\s*(?=;)/g, "");
  s = s.replace(/百分之\s*(\d+(?:\.\d+)?)/g, "$1%").replace(/千分之\s*(\d+(?:\.\d+)?)/g, "$1‰");
  // Chinese numerals before a unit: 三项 → 3项, 两次 → 2次, 十分 → 10分 (but not 百分制 or a lone 百/千)
  s = s.replace(NUMERAL_BEFORE, (m) => {
    if (/^[百千]$/.test(m)) return m;
    const n = parseChineseNumeral(m);
    return n === null ? m : String(n);
  });
  s = s.replace(/百分之([零〇一二两三四五六七八九十]+)/g, (_m, cn: string) => `${parseChineseNumeral(cn)}%`);
  // 个百分点 / 百分点 / 比例点 / 个千分点 → 点 (a point of the rate's own unit)
  s = s.replace(/个?(?:百分点|比例点|百分比点|千分点|点百分比)/g, "点").replace(/个点/g, "点");
  // ranges: 1—3分, 3~5分, 1至3分 → 1-3
  s = s.replace(/(\d)\s*(?:-|—|–|―|~|～|〜|至|到)\s*(?=\d)/g, "$1-");
  s = s.replace(/\s+/g, " ");
  return s;
}

const ENUMERATION = /^\s*(?:[(（]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|[一二三四五六七八九十]{1,3}\s*[、.．](?![一二三四五六七八九十两\d])|\d{1,2}\s*[、．]|\d{1,2}\.(?!\d)|[①-⑳⑴-⒇])\s*/;

const fail = (zh: string, en: string): RuleParse => ({ understood: false, reason: `${zh} (${en})` });

/** The max points an item text states, "(20分)" / "(20分)" / "20分". */
export function maxFromItemText(text: string): number | undefined {
  const s = normalizeClause(text);
  const all = [...s.matchAll(/\(\s*(\d+(?:\.\d+)?)\s*分\s*\)/g)];
  if (all.length > 0) return parseFloat(all[all.length - 1][1]);
  return undefined;
}

export function parseRule(text: string, opts: { max?: number; itemText?: string } = {}): RuleParse {
  // the item's own numbering "(1)", "⑶", "4、", "①" is not part of the rule
  const raw = (text ?? "").trim().replace(ENUMERATION, "");
  if (raw === "") return fail("评分标准为空", "empty scoring clause");
  const s = normalizeClause(raw);
  const max = opts.max ?? (opts.itemText ? maxFromItemText(opts.itemText) : undefined) ?? leadingMax(s);
  const short = parseShortForm(s);
  const r = short ?? parseNatural(s);
  if ("understood" in r) return r;
  if (r.kind === "sub-clauses" && r.sign === 1 && max !== undefined) {
    const sum = r.parts.reduce((a, p) => a + p.points, 0);
    // alternatives (按时完成计5分,推迟完成计3分) are not parts that add up
    if (sum > max) return fail(`分项合计${sum}分超过满分${max}分,可能是择一计分`, `the sub-clauses add up to ${sum}, more than the max ${max}: they may be alternatives`);
  }
  return { understood: true, construct: r.kind, rule: r, ...(max !== undefined ? { max } : {}) };
}

/** A clause that starts or ends with its own max "(20分)" (and says nothing else about points). */
function leadingMax(s: string): number | undefined {
  // several "(N分)" are parts of the item (上半年考核(30分);年终考核(45分)), not its max
  if ((s.match(/\(\s*\d+(?:\.\d+)?\s*分\s*\)/g) ?? []).length !== 1) return undefined;
  const m = /^[^;]*?\(\s*(\d+(?:\.\d+)?)\s*分\s*\)/.exec(s);
  return m ? parseFloat(m[1]) : undefined;
}

// ---------------------------------------------------------------- natural wording

/** a rule, or the parse failure that explains why there is none */
type Outcome = ScoringRule | RuleParse;

function parseNatural(s0: string): Outcome {
  // a section rule is not an item rule
  if (sectionLike(s0)) {
    return fail("这是加分/减分/权重的分组规则,不是单项评分标准", "this is a section rule (cap or weight), not an item rule");
  }

  // 半年考核时此项均默认为满分: a period note around another clause
  const pd = /\(?\s*(上?半年|全年|年终)(?:考核|检查|评估)?时?[,]?\s*(?:此项|该项|本项)?(?:均|一律|全部)?(?:默认|视同|按)(?:为)?满分\s*\)?/.exec(s0);
  if (pd) {
    const period: Period = pd[1].includes("半年") ? "half-year" : "full-year";
    const rest = (s0.slice(0, pd.index) + s0.slice(pd.index + pd[0].length)).replace(/^[;,\s]+|[;,\s]+$/g, "");
    if (!/\d/.test(rest)) return { kind: "period-default", period, rule: null };
    const inner = parseNatural(rest);
    if ("understood" in inner) return inner;
    return { kind: "period-default", period, rule: inner };
  }

  const byPeriod = parseByPeriod(s0);
  if (byPeriod) return byPeriod;

  // drop notes in parentheses that only say where figures come from or what counts as proof
  const s = s0
    .replace(/\((?:此项|该项|本项)?[^()]*?(?:提供|为准|打分|结果|核实|查阅|查看|有正式文件计分)[^()]*\)/g, "")
    .replace(/\s+/g, " ");

  if (/酌情|酌定|视情况|视情节|适当(?:扣|加|减)/.test(s) && !/\d-\d+(?:\.\d+)?分/.test(s)) {
    return fail("由考核人酌情给分,没有可计算的分值", "left to the assessor's discretion; nothing to compute");
  }
  if (/一票否决|一票否定|实行否决|予以否决/.test(s)) {
    if (/\d\s*分/.test(s)) return fail("一票否决与扣分写在同一条款中,请分开", "a veto and points in one clause; split them");
    return { kind: "veto" };
  }

  const dbl = /(加倍|双倍|(\d+(?:\.\d+)?)倍)(?:扣分|扣|计扣|处罚)|扣分加倍/.exec(s);
  if (dbl) return { kind: "doubled", factor: dbl[2] ? parseFloat(dbl[2]) : 2 };

  const cut = new RegExp(String.raw`(?:扣减|扣除|减少|核减|减去|扣)${NUM}%(?:的)?(?:考核)?(?:得分|分数|总分|成绩)|(?:得分|总分|分数)(?:扣减|扣除|减少|核减|下浮)${NUM}%|按${NUM}%扣减`).exec(s);
  if (cut) return { kind: "percentage-cut", percent: parseFloat(cut[1] ?? cut[2] ?? cut[3]) };

  const money = parseMoneyTiers(s);
  if (money) return money;

  if (/\d\s*(?:%|‰)/.test(s)) {
    const rate = parseRate(s);
    if (rate) return rate;
    if (/(?:计|得|扣|加|记)\s*\d/.test(s)) {
      return fail("含比率的评分标准未能完整理解(达标线、每降低几个百分点扣几分、不计分线)", "a rate clause whose threshold, per-point deduction or cut-off could not be read");
    }
  }

  const stepped = parseStepped(s);
  if (stepped) return stepped;

  const listed = parseListed(s);
  if (listed) return listed;

  const perUnit = parsePerUnit(s);
  if (perUnit) return perUnit;

  const deduction = parseDeductions(s);
  if (deduction) return deduction;

  const range = new RegExp(String.raw`(?:加|奖|奖励|计|得)${NUM}-${NUM}分`).exec(s);
  if (range) {
    const [a, b] = [parseFloat(range[1]), parseFloat(range[2])];
    if (a > b) return fail("分值区间上下颠倒", "the range's bounds are reversed");
    return { kind: "range-bonus", min: a, max: b };
  }

  const fixed = [...s.matchAll(new RegExp(String.raw`(加扣|扣减|扣除|扣|减)${NUM}分`, "g"))];
  if (fixed.length === 1 && !/每/.test(s)) {
    return { kind: "fixed-deduction", points: parseFloat(fixed[0][2]), addOn: fixed[0][1] === "加扣" };
  }
  if (fixed.length > 1 && !/每/.test(s)) {
    // 因…的,扣6分;…批示查实的,加扣2分: each its own case, deductions add up
    const parts: LabelledPoints[] = [];
    let prev = 0;
    for (const m of fixed) {
      const label = s.slice(prev, m.index).replace(/^[;,\s]+/, "").replace(/(?:的)?[,\s]*$/, "").trim();
      parts.push({ label, points: parseFloat(m[2]) });
      prev = (m.index ?? 0) + m[0].length;
    }
    if (/(?:计|得|加)\d/.test(s.replace(/加扣/g, ""))) return fail("扣分与得分写在同一条款中", "deductions and earned points in one clause");
    return { kind: "sub-clauses", parts, sign: -1 };
  }
  if (fixed.length > 1) {
    return fail("有多处扣分,无法判断如何合计", "several deductions and no way to tell how they combine");
  }

  return parseEarned(s);
}

function sectionLike(s: string): boolean {
  return (
    /(?:累计|以上|上述|合计|总)[^;,]{0,8}?(?:加分|减分|扣分)[^;,]{0,4}?(?:不超过|不得超过|最高|最多|封顶|上限)/.test(s) ||
    /(?:加分|减分|扣分)(?:累计)?(?:不超过|不得超过|最高不超过|封顶)\d/.test(s) ||
    /考核[^;,]{0,12}?(?:占|按)\d+(?:\.\d+)?%(?:计算|计)?/.test(s) ||
    /^(?:[^;,]*?)占\s*\d+(?:\.\d+)?%$/.test(s) ||
    /按\s*\d+(?:\.\d+)?%\s*计算/.test(s)
  );
}

/** 上半年…;全年… — two standards, one per assessment. */
function parseByPeriod(s: string): ScoringRule | null {
  const half = /(?:上半年|半年考核|半年时|年中)/.exec(s);
  const full = /(?:全年|年终|年底考核|下半年)/.exec(s);
  if (!half || !full) return null;
  // the 2nd marker must start a new clause (after a separator), and each side must score
  const [first, second] = half.index < full.index ? [half, full] : [full, half];
  const cutAt = s.lastIndexOf(";", second.index) >= first.index ? s.lastIndexOf(";", second.index) : -1;
  if (cutAt < 0) return null;
  // each side must state how it scores, not only its points "(30分)" (two parts of one item)
  const scores = /(?:计|得|扣|加|记)\s*(?:\d|满分)/;
  if (!scores.test(s.slice(0, cutAt)) || !scores.test(s.slice(cutAt + 1))) return null;
  const a = parseNatural(s.slice(0, cutAt));
  const b = parseNatural(s.slice(cutAt + 1));
  if ("understood" in a || "understood" in b) return null;
  const [h, f] = half.index < full.index ? [a, b] : [b, a];
  return { kind: "by-period", halfYear: h, fullYear: f };
}

function comparatorOf(before: string | undefined, after: string | undefined, fallback: Comparator): Comparator {
  const b = before ?? "";
  const a = after ?? "";
  if (/不超过|不高于|不大于|≤|<=/.test(b)) return "<=";
  if (/不低于|不少于|不小于|≥|>=/.test(b)) return ">=";
  if (/超过|高于|大于|>/.test(b)) return ">";
  if (/低于|不足|少于|小于|未达到|未达|不到|</.test(b)) return "<";
  if (/以下/.test(a)) return "<=";
  if (/以上/.test(a)) return ">=";
  if (/达到|达|在|为/.test(b)) return ">=";
  return fallback;
}

/** Rates: thresholds, per-point deductions, cut-offs. */
function parseRate(s: string): ScoringRule | null {
  const unitOf = (u: string): RateUnit => (u === "‰" ? "‰" : "%");
  // the full-points threshold: 达到50%以上计30分 / 比例达65%以上计10分 / 超过90%的得满分
  const target = new RegExp(
    String.raw`(达到|达|不超过|不高于|不大于|不低于|不少于|超过|高于|大于|低于|不足|小于|在|为|≥|>=|≤|<=)?\s*${NUM}\s*(%|‰)\s*(及以上|以上|以下|及以下|\(含\)以上|\(含\)以下)?[^;,%‰]{0,12}?(?:的)?(?:计|得|给|记|加)(满分|${NUM}分)`,
  ).exec(s);
  if (!target) return null;
  const unit = unitOf(target[3]);
  const tCmp = comparatorOf(target[1], target[4], ">=");
  const t: Threshold = { cmp: tCmp, bound: parseFloat(target[2]) };
  const full = target[5] === "满分" ? null : parseFloat(target[6]);
  const rest = s.slice(target.index + target[0].length);

  const step = new RegExp(
    String.raw`每(?:降低|下降|减少|少|低|差|低于|降|下浮|减|超过|超出|高于|高|增加|上升|升高|多)?\s*(\d+(?:\.\d+)?)?\s*(点|%|‰)[^;,]{0,8}?(?:扣|减|扣除)${NUM}分`,
  ).exec(rest);
  const cutoffM = new RegExp(
    String.raw`(低于|不足|未达到|未达|少于|小于|不到|超过|高于|大于|<|>)?\s*${NUM}\s*(%|‰)\s*(以下|以上)?[^;,]{0,10}?(?:的)?,?\s*${ZERO_WORDS}`,
  ).exec(rest);
  const cutoff: Threshold | null = cutoffM && (cutoffM[1] || cutoffM[4])
    ? { cmp: comparatorOf(cutoffM[1], cutoffM[4], "<"), bound: parseFloat(cutoffM[2]) }
    : null;
  // the zero side must lie away from the full-points side
  const higherIsBetter = t.cmp === ">=" || t.cmp === ">";
  if (cutoff && higherIsBetter !== (cutoff.cmp === "<" || cutoff.cmp === "<=")) return null;
  const otherwiseZero = new RegExp(String.raw`(?:否则|未达到|达不到|不达标|未达标|低于此|以下的)[^;,\d]{0,6}${ZERO_WORDS}`).test(rest);

  if (step) {
    const perStep = parseFloat(step[3]);
    const stepSize = step[1] ? parseFloat(step[1]) : 1;
    if (stepSize <= 0) return null;
    if (cutoff) {
      return { kind: "rate-per-point-with-cutoff", unit, target: t, full, step: stepSize, perStep, cutoff };
    }
    return { kind: "rate-per-point-to-zero", unit, target: t, full, step: stepSize, perStep };
  }
  if (cutoff) {
    // 低于65%不计分 next to 达65%以上: a threshold. A different bound leaves the middle unsaid.
    if (cutoff.bound !== t.bound) return null;
    return { kind: "rate-threshold", unit, threshold: t, points: full };
  }
  if (otherwiseZero || rest.replace(/[;,.\s]/g, "") === "") {
    return { kind: "rate-threshold", unit, threshold: t, points: full };
  }
  return null;
}

/** 三查到位率达95%的奖村500元,90%的奖200元,不足90%的罚300元,不足85%的罚800元 */
function parseMoneyTiers(s: string): ScoringRule | null {
  if (!/元/.test(s) || !/奖|罚/.test(s)) return null;
  const re = new RegExp(
    String.raw`(达到|达|超过|高于|不足|低于|未达到|未达|少于|在)?\s*${NUM}\s*(%|‰)?\s*(以上|以下|及以上)?的?[^;,\d]{0,3}?(奖励|奖|罚款|罚)[^;,\d]{0,4}?${NUM}\s*元`,
    "g",
  );
  const tiers: Tier[] = [];
  let unit: RateUnit | "" = "";
  for (const m of s.matchAll(re)) {
    const cmp = comparatorOf(m[1], m[4], ">=");
    if (m[3]) unit = m[3] === "‰" ? "‰" : "%";
    const amount = parseFloat(m[6]) * (m[5].startsWith("罚") ? -1 : 1);
    tiers.push({ cmp, bound: parseFloat(m[2]), amount });
  }
  if (tiers.length < 2) return null;
  return { kind: "money-tiers", unit, currency: "元", tiers };
}

/** 召开1-2次会议计5分(1次计3分,计满5为止); 召开2次以上计5分,1次计3分 */
function parseStepped(s: string): ScoringRule | null {
  if (/每/.test(s.replace(/每年|每季度|每月|每半年|每上半年/g, ""))) return null;
  const re = new RegExp(String.raw`${NUM}(?:-${NUM})?\s*(次|个|项|名|人|场|期)\s*(以上|及以上)?[^;,()\d]{0,16}?(?:计|得|记)${NUM}分`, "g");
  const found = [...s.matchAll(re)];
  if (found.length < 2) return null;
  // every "计N分" of the clause must be a step, or this is a list of sub-clauses
  const earned = [...s.matchAll(/(?:计|得|记)\d+(?:\.\d+)?分/g)].length;
  if (earned !== found.length) return null;
  const unit = found[0][3];
  if (found.some((m) => m[3] !== unit)) return null;
  const steps = found.map((m) => {
    const lo = parseFloat(m[1]);
    const hi = m[2] !== undefined ? parseFloat(m[2]) : undefined;
    // "1-2次计5分" next to "1次计3分": the range's own step starts at 2
    const others = found.filter((o) => o !== m && o[2] === undefined).map((o) => parseFloat(o[1]));
    const atLeast = hi !== undefined && others.includes(lo) ? hi : lo;
    return { atLeast, points: parseFloat(m[5]) };
  });
  if (new Set(steps.map((x) => x.atLeast)).size !== steps.length) return null;
  steps.sort((a, b) => b.atLeast - a.atLeast);
  const capM = /(?:计满|最高|最多|不超过|封顶|满分|满)(?:加|计|得)?\s*(\d+(?:\.\d+)?)\s*分?\s*为?止?/.exec(s);
  return { kind: "stepped-count", unit, steps, cap: capM ? parseFloat(capM[1]) : null };
}

/** 卫生计生、公安、教育、民政、统计等5部门各计4分 */
function parseListed(s: string): ScoringRule | null {
  const m = new RegExp(String.raw`((?:[^,;、:()]+、)+[^,;、:()等]+?)(?:等)?\s*(\d+)?\s*(?:个)?(?:部门|单位|项|方面|个|类)?(?:各|分别)(?:计|得|加|记)?${NUM}分`).exec(s);
  if (!m) return null;
  const parts = m[1].split("、").map((p) => p.trim()).filter(Boolean);
  const count = m[2] ? parseInt(m[2], 10) : parts.length;
  if (count !== parts.length) return null;
  return { kind: "listed-parts", parts, count, each: parseFloat(m[3]) };
}

/** count words that name the same thing: 有1名以上…少1人 */
const SYNONYMS: ReadonlyArray<ReadonlyArray<string>> = [["名", "人", "位"], ["个", "项", "家", "单位", "部门"], ["次", "场", "期"], ["起", "例", "件"]];

const VERB_BEFORE_COUNT = "配备|增加|有|开展|建立|新增|发展|完成|组织|举办|召开|培训|签订|发放|落实|提供|上报|报送|设立|建成|获得|取得|获|荣获|受到|创建|引进|争取|推广|打造|编发|刊发|发表|录用|采用";

/** 每配备1名计3分,计满10分为止; 每个部门各计3分 */
function parsePerUnit(s: string): ScoringRule | null {
  const m = new RegExp(
    String.raw`每(?:${VERB_BEFORE_COUNT})?\s*(\d+(?:\.\d+)?)?\s*(${UNIT_WORDS})[^;,]{0,20}?(?:各)?(?:计|加|得|记|奖)${NUM}分`,
  ).exec(s);
  if (!m) return null;
  const per = m[1] ? parseFloat(m[1]) : 1;
  if (per <= 0) return null;
  const capM = /(?:计满|加满|最高|最多|不超过|不得超过|封顶|上限为?|满分|满)(?:加|计|得)?\s*(\d+(?:\.\d+)?)\s*分?\s*(?:为止|止)?/.exec(s.slice(m.index + m[0].length));
  return { kind: "per-unit-capped", per, unit: m[2], points: parseFloat(m[3]), cap: capM ? parseFloat(capM[1]) : null };
}

/** 每起扣2分; 少1人扣3分,扣完为止; 发现1个单位未完成…的扣5分; 每例扣1-3分(一、二孩错漏每例扣2分,…) */
function parseDeductions(s: string): ScoringRule | null {
  const re = new RegExp(
    String.raw`(每(?:有|发现|出现|发生)?|每[\u4e00-\u9fa5]{1,3}?(?=\s*\d)|发现|出现|发生|少|缺|缺少|差)\s*(\d+(?:\.\d+)?)?\s*(${UNIT_WORDS})(?:单位)?[^;,()]{0,20}?(加扣|扣减|扣除|扣|减)${NUM}(?:-${NUM})?分`,
    "g",
  );
  const found = [...s.matchAll(re)];
  if (found.length === 0) return null;
  const main = found[0];
  const per = main[2] ? parseFloat(main[2]) : 1;
  const unit = main[3];
  const points = parseFloat(main[5]);
  const pointsMax = main[6] !== undefined ? parseFloat(main[6]) : null;
  const addOn = main[4] === "加扣";
  if (per <= 0) return null;
  if (pointsMax !== null && pointsMax < points) return null;

  // the clause's own full points: 能够完成…的计20分
  const before = s.slice(0, main.index);
  const fullM = new RegExp(String.raw`(?:计|得|记)${NUM}分`).exec(before);
  // the deduction's own cap: 最多扣10分
  const capM = new RegExp(String.raw`(?:最多|最高|累计不超过|累计最多|不超过|封顶)(?:扣|减|扣除)?\s*${NUM}\s*分`).exec(s.slice((main.index ?? 0) + main[0].length));
  const cap = capM ? parseFloat(capM[1]) : null;
  // a stated target: 有1名以上…少1人扣3分 (the value is then the units there are)
  const sameUnit = SYNONYMS.find((g) => g.includes(unit)) ?? [unit];
  const targetM = new RegExp(String.raw`${NUM}\s*(?:${sameUnit.join("|")})\s*(?:及以上|以上)`).exec(before);
  // 少1人 / 每少1人 / 缺1次: counted short of something
  const shortfall = /^(少|缺|缺少|差)$/.test(main[1].replace(/^每/, ""));
  const target = targetM && shortfall ? parseFloat(targetM[1]) : null;
  const floored = FLOOR_WORDS.test(s) || shortfall || main[1] === "发现" || !!fullM;
  if (floored && found.length === 1 && pointsMax === null && !addOn && (!/起|例/.test(unit) || FLOOR_WORDS.test(s) || fullM)) {
    return { kind: "per-unit-deduction-floored", per, unit, points, full: fullM ? parseFloat(fullM[1]) : null, target, cap };
  }
  // categories: further 每例扣N分 items (in a note or as siblings)
  const rest = found.slice(1);
  if (rest.some((m) => m[6] !== undefined)) return null;
  const labelOf = (m: RegExpMatchArray): string => {
    const start = Math.max(s.lastIndexOf(",", m.index ?? 0), s.lastIndexOf(";", m.index ?? 0), s.lastIndexOf("(", m.index ?? 0)) + 1;
    return s.slice(start, (m.index ?? 0)).replace(/的$/, "").trim();
  };
  if (pointsMax !== null) {
    const categories: LabelledPoints[] = rest.map((m) => ({ label: labelOf(m), points: parseFloat(m[5]) }));
    if (categories.some((c) => c.points < points || c.points > pointsMax)) return null;
    return { kind: "per-case", unit, points, pointsMax, addOn, categories, cap };
  }
  if (rest.length > 0) {
    if (rest.some((m) => m[4] === "加扣") || addOn) {
      return null;
    }
    const categories: LabelledPoints[] = found.map((m) => ({ label: labelOf(m), points: parseFloat(m[5]) }));
    const lo = Math.min(...categories.map((c) => c.points));
    const hi = Math.max(...categories.map((c) => c.points));
    return { kind: "per-case", unit, points: lo, pointsMax: lo === hi ? null : hi, addOn: false, categories, cap };
  }
  return { kind: "per-case", unit, points, pointsMax: null, addOn, categories: [], cap };
}

/** …计20分,否则不计分; 能完成的计20分; 均加1分; several sub-clauses …计7分;…计3分;…计10分 */
function parseEarned(s: string): Outcome {
  const re = new RegExp(String.raw`(?:计|得|记|给|加|奖励|奖)\s*(满分|${NUM}\s*分)|\(\s*${NUM}\s*分\s*\)`, "g");
  const depthAt = (i: number): number => {
    let d = 0;
    for (let k = 0; k < i; k++) d += s[k] === "(" ? 1 : s[k] === ")" ? -1 : 0;
    return d;
  };
  // "计满10分为止" is a cap, not points earned
  const all = [...s.matchAll(re)].filter((m) => !/^(?:计|加)满\s*\d/.test(s.slice(m.index ?? 0)));
  // points inside a note "(1次会议计3分,…)" refine a sub-clause; they are not sub-clauses of their own
  const top = all.filter((m) => m[3] !== undefined || depthAt(m.index ?? 0) === 0);
  const found = top.filter((m) => m[3] === undefined).length > 1 ? top : all;
  if (found.length === 0) {
    return fail("没有找到分值或计分方法", "no points or scoring method found");
  }
  if (/(?:扣|减)\s*\d/.test(s)) {
    return fail("条款中的扣分方法未能理解", "the clause deducts points in a way the parser cannot read");
  }
  const pointsOf = (m: RegExpMatchArray): number | null => (m[1] === "满分" ? null : parseFloat(m[2] ?? m[3]));
  // parenthesised "(N分)" right at the start is the item's max, not a sub-clause
  const scored = found.filter((m) => m[3] === undefined);
  const useful = scored.length > 0 ? scored : found;
  if (useful.length === 1) return { kind: "all-or-nothing", points: pointsOf(useful[0]) };
  const parts: LabelledPoints[] = [];
  let prev = 0;
  for (const m of useful) {
    const p = pointsOf(m);
    if (p === null) return fail("多个分项中有\"满分\",无法相加", "a sub-clause says 满分 among several; cannot add up");
    const end = m.index ?? 0;
    const label = s.slice(prev, end).replace(/^[;,\s]+/, "").replace(/(?:的|,)$/, "").trim();
    parts.push({ label, points: p });
    prev = end + m[0].length;
  }
  return { kind: "sub-clauses", parts, sign: 1 };
}

// ---------------------------------------------------------------- short form

const CMP = String.raw`(>=|<=|>|<|≥|≤)`;

function cmpOf(t: string): Comparator {
  return t === "≥" ? ">=" : t === "≤" ? "<=" : (t as Comparator);
}

/** The short written form; null when the text is not in it. */
export function parseShortForm(s: string): Outcome | null {
  const t = s.trim();
  let m: RegExpExecArray | null;
  if ((m = /^(?:是|有|全或无)\s*(?::\s*\+?(\d+(?:\.\d+)?))?$/.exec(t))) {
    if (/^(?:是|有)$/.test(t)) return null;
    return { kind: "all-or-nothing", points: m[1] ? parseFloat(m[1]) : null };
  }
  if (t === "否决") return { kind: "veto" };
  if (t === "半年满分") return { kind: "period-default", period: "half-year", rule: null };
  if (t === "全年满分") return { kind: "period-default", period: "full-year", rule: null };
  if ((m = /^(?:x|×|\*)\s*(\d+(?:\.\d+)?)$|^加倍$/i.exec(t))) return { kind: "doubled", factor: m[1] ? parseFloat(m[1]) : 2 };
  if ((m = /^-(\d+(?:\.\d+)?)%$/.exec(t))) return { kind: "percentage-cut", percent: parseFloat(m[1]) };
  if ((m = /^(加扣)?\s*-(\d+(?:\.\d+)?)$/.exec(t))) return { kind: "fixed-deduction", points: parseFloat(m[2]), addOn: !!m[1] };
  if ((m = /^\+(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)$/.exec(t))) {
    const [a, b] = [parseFloat(m[1]), parseFloat(m[2])];
    return a <= b ? { kind: "range-bonus", min: a, max: b } : fail("区间上下颠倒", "range bounds reversed");
  }
  if ((m = /^每\s*(\d+(?:\.\d+)?)?\s*([^\d\s+-]{0,3}?)\s*([+-])\s*(\d+(?:\.\d+)?)(?:-(\d+(?:\.\d+)?))?((?:\s+\S+)*)$/.exec(t))) {
    const per = m[1] ? parseFloat(m[1]) : 1;
    const unit = m[2] || "";
    const pts = parseFloat(m[4]);
    const opts = (m[6] ?? "").trim();
    if (per <= 0) return fail("每…的数量必须大于0", "the per-quantity must be positive");
    if (m[3] === "+") {
      if (m[5]) return fail("加分不能是区间", "a per-unit bonus cannot be a range");
      const cap = /上限\s*(\d+(?:\.\d+)?)/.exec(opts);
      if (opts && !cap) return fail(`无法理解简写选项"${opts}"`, `unknown short-form option "${opts}"`);
      return { kind: "per-unit-capped", per, unit, points: pts, cap: cap ? parseFloat(cap[1]) : null };
    }
    const full = /满分\s*(\d+(?:\.\d+)?)/.exec(opts);
    const target = /应有\s*(\d+(?:\.\d+)?)/.exec(opts);
    const capD = /上限\s*(\d+(?:\.\d+)?)/.exec(opts);
    const floorWord = /扣完为止/.test(opts);
    const addOn = /加扣/.test(opts);
    const known = opts.replace(/满分\s*\d+(?:\.\d+)?|应有\s*\d+(?:\.\d+)?|上限\s*\d+(?:\.\d+)?|扣完为止|加扣/g, "").trim();
    if (known) return fail(`无法理解简写选项"${known}"`, `unknown short-form option "${known}"`);
    const cap = capD ? parseFloat(capD[1]) : null;
    if ((full || floorWord || target) && !m[5] && !addOn) {
      return {
        kind: "per-unit-deduction-floored", per, unit, points: pts, full: full ? parseFloat(full[1]) : null,
        target: target ? parseFloat(target[1]) : null, cap,
      };
    }
    if (target) return fail("应有N只用于扣完为止的扣分", "应有N goes with a floored deduction");
    const hi = m[5] ? parseFloat(m[5]) : null;
    if (hi !== null && hi < pts) return fail("区间上下颠倒", "range bounds reversed");
    return { kind: "per-case", unit, points: pts, pointsMax: hi, addOn, categories: [], cap };
  }
  if ((m = /^(.+?)各\s*\+?(\d+(?:\.\d+)?)$/.exec(t)) && m[1].includes("、")) {
    const parts = m[1].split("、").map((p) => p.trim()).filter(Boolean);
    return { kind: "listed-parts", parts, count: parts.length, each: parseFloat(m[2]) };
  }
  if (/^[^:;<>=≥≤]+:\s*\d+(?:\.\d+)?\s*(?:;\s*[^:;<>=≥≤]+:\s*\d+(?:\.\d+)?\s*)+;?$/.test(t)) {
    const parts = t.split(";").map((p) => p.trim()).filter(Boolean).map((p) => {
      const [label, pts] = p.split(":");
      return { label: label.trim(), points: parseFloat(pts) };
    });
    return { kind: "sub-clauses", parts, sign: 1 };
  }
  if (new RegExp(CMP).test(t) && /:/.test(t)) return parseShortTiers(t);
  return null;
}

/** ">=50%:30 每降1点-2.5 <30%:0", ">=2:5 >=1:3 上限5", ">=95%:+500元 <90%:-300元" */
function parseShortTiers(t: string): Outcome {
  const tokens = t.replace(/[,]/g, " ").split(/\s+/).filter(Boolean);
  const tiers: Array<{ cmp: Comparator; bound: number; unit: string; amount: number; signed: boolean; currency: string }> = [];
  let step: { size: number; per: number } | null = null;
  let cap: number | null = null;
  let floor = false;
  const tierRe = new RegExp(String.raw`^(?:[^<>=≥≤\d]*?)${CMP}\s*(\d+(?:\.\d+)?)\s*(%|‰)?:\s*([+-])?(\d+(?:\.\d+)?)\s*(元)?$`);
  for (const tok of tokens) {
    let m: RegExpExecArray | null;
    if ((m = tierRe.exec(tok))) {
      tiers.push({ cmp: cmpOf(m[1]), bound: parseFloat(m[2]), unit: m[3] ?? "", amount: parseFloat(m[5]) * (m[4] === "-" ? -1 : 1), signed: !!m[4], currency: m[6] ?? "" });
    } else if ((m = /^每降\s*(\d+(?:\.\d+)?)?\s*(?:点|%|‰)?\s*-(\d+(?:\.\d+)?)$/.exec(tok))) {
      step = { size: m[1] ? parseFloat(m[1]) : 1, per: parseFloat(m[2]) };
    } else if ((m = /^上限\s*(\d+(?:\.\d+)?)$/.exec(tok))) {
      cap = parseFloat(m[1]);
    } else if (tok === "扣完为止") {
      floor = true;
    } else if (tok === "否则0" || tok === "否则:0") {
      // says what a threshold already means: below it scores 0
    } else {
      return fail(`无法理解简写"${tok}"`, `cannot read short-form token "${tok}"`);
    }
  }
  if (tiers.length === 0) return fail("简写中没有分档", "no tiers in the short form");
  const units = new Set(tiers.map((x) => x.unit));
  if (units.size > 1) return fail("各档单位不一致", "tiers use different units");
  const unit = tiers[0].unit;
  if (tiers.some((x) => x.currency) || tiers.some((x) => x.signed && x.amount < 0)) {
    if (step || cap !== null || floor) return fail("金额分档不能带扣分规则", "money tiers take no per-point or cap option");
    return { kind: "money-tiers", unit: unit as RateUnit | "", currency: tiers.some((x) => x.currency) ? "元" : "", tiers: tiers.map(({ cmp, bound, amount }) => ({ cmp, bound, amount })) };
  }
  const ups = tiers.filter((x) => x.cmp === ">=" || x.cmp === ">");
  const downs = tiers.filter((x) => x.cmp === "<" || x.cmp === "<=");
  if (unit === "%" || unit === "‰") {
    const rateUnit = unit as RateUnit;
    if (ups.length !== 1) return fail("比率规则需要恰好一个达标档", "a rate rule needs exactly one full-points tier");
    const target: Threshold = { cmp: ups[0].cmp, bound: ups[0].bound };
    if (downs.some((d) => d.amount !== 0)) return fail("低档只能计0分", "the lower tier must score 0");
    if (step) {
      if (downs.length > 1) return fail("只能有一个不计分档", "only one zero tier");
      if (downs.length === 1) {
        return { kind: "rate-per-point-with-cutoff", unit: rateUnit, target, full: ups[0].amount, step: step.size, perStep: step.per, cutoff: { cmp: downs[0].cmp, bound: downs[0].bound } };
      }
      return { kind: "rate-per-point-to-zero", unit: rateUnit, target, full: ups[0].amount, step: step.size, perStep: step.per };
    }
    if (floor || cap !== null) return fail("阈值规则不带上限或扣完为止", "a threshold takes no cap or floor");
    if (downs.length > 1 || (downs.length === 1 && downs[0].bound !== target.bound)) {
      return fail("阈值与不计分线不一致,中间区间未说明", "the threshold and the zero line differ; the middle is unsaid");
    }
    return { kind: "rate-threshold", unit: rateUnit, threshold: target, points: ups[0].amount };
  }
  if (step || floor || downs.length > 0) return fail("计数分档只能用 >= 档", "count steps use >= tiers only");
  if (ups.some((x) => x.cmp !== ">=")) return fail("计数分档只能用 >=", "count steps use >= only");
  const steps = ups.map((x) => ({ atLeast: x.bound, points: x.amount })).sort((a, b) => b.atLeast - a.atLeast);
  return { kind: "stepped-count", unit: "", steps, cap };
}

// ---------------------------------------------------------------- section rules

/** 以上三项加分不超过5分 / 上述累计减分不超过15分 / 市级考核占60%,县级考核占40% / 百分制打分,按60%计算 */
export function parseSectionRule(text: string): SectionRuleParse {
  const s = normalizeClause(text ?? "");
  if (s === "") return { understood: false, reason: "规则为空 (empty rule)" };
  const itemsM = /(?:以上|上述|前)\s*(\d+)\s*项/.exec(s);
  const items = itemsM ? parseInt(itemsM[1], 10) : null;
  const capRe = (word: string): RegExp =>
    new RegExp(String.raw`(?:${word})[^;,\d]{0,6}?(?:不超过|不得超过|最高不超过|最高|最多|封顶|上限为?|以)\s*${NUM}\s*分`);
  const bonus = capRe("加分").exec(s);
  if (bonus) return { understood: true, construct: "bonus-cap", rule: { kind: "bonus-cap", cap: parseFloat(bonus[1]), items } };
  const penalty = capRe("减分|扣分").exec(s);
  if (penalty) return { understood: true, construct: "penalty-cap", rule: { kind: "penalty-cap", cap: parseFloat(penalty[1]), items } };
  const parts: Array<{ label: string; percent: number }> = [];
  const re = /([\u4e00-\u9fa5]{0,8}?(?:考核|考评|评估|得分|成绩)?)\s*(?:\([^()]*?)?(?:占|按)\s*(\d+(?:\.\d+)?)\s*%(?:计算|计)?/g;
  for (const m of s.matchAll(re)) {
    const label = (m[1] ?? "").replace(/^(?:其中|主要内容包括|按|,)/, "").trim();
    parts.push({ label, percent: parseFloat(m[2]) });
  }
  if (parts.length > 0) return { understood: true, construct: "weights", rule: { kind: "weights", parts } };
  return { understood: false, reason: "没有找到加分上限、减分上限或权重 (no bonus cap, penalty cap or weight found)" };
}

