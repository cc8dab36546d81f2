/**
 * Recognisers of points earned or taken as such: a range the assessor chooses (加3—5分), fixed
 * deductions (扣6分, 加扣2分), and earned points — one (计20分,否则不计分) or several sub-clauses.
 */
import type { LabelledPoints } from "../types";
import { type Token, lex } from "./lexer";
import { joinNumbers, normalizeClause } from "./normalize";
import { refineTokens } from "./refine";
import { type Outcome, Clause, View, DATE_UNITS, FOUND_ANY, FOUND_LEAD, FOUND_ONLY, TIME_UNITS, comparatorAt, earnings, failure, measureOf, measuredAt, num } from "./view";

/**
 * 达到国家标准的加3—5分, 加2-10分: a range of points means the assessor chooses within it; no
 * figure the clerk types gives the score, so the clause is not understood (the short form
 * `+3~5`, where the clerk states the range and types the points chosen, is).
 */
export function rangeBonus(v: View): Outcome | null {
  for (let p = 0; p + 1 < v.sk.length; p++) {
    if (v.sk[p] !== "E" || v.sk[p + 1] !== "P") continue;
    const t = v.tok(p + 1);
    if (t.hi === undefined) continue;
    if (num(t) > t.hi) return failure("range-reversed");
    return failure("points-range", { min: num(t), max: t.hi });
  }
  return null;
}

/**
 * 未设置受理窗口、未形成目录清单,各扣2分;未建立审批服务模式,扣2分 — the failings named each take
 * the same points, so the score depends only on how many of them failed: the value is that count
 * (0, 1项, 3项), as the corpus conventions read it (test/corpus/clauses/README.md). Different points
 * (各扣2分;…扣3分), a range, or a count inside the clause stay not understood.
 */
function eachDeducted(v: View, ds: number[]): Outcome {
  const points = num(v.tok(ds[0] + 1));
  // a count that ends a failing (迟到、早退一次各扣0.5分) makes it counted, not named; a date (3月底前)
  // or a count inside a name (“最多跑一次”审批事项) is subject text
  let counted = false;
  for (const p of ds) {
    const at = p - (v.sk[p - 1] === "L" ? 1 : 0);
    for (let q = 0; q < at; q++) if (v.sk[q] === "N" && !DATE_UNITS.has(v.tok(q).unit ?? "") && endsFailing(v, q + 1, at)) counted = true;
  }
  if ((v.has("M") || counted) && onceEach(v, ds)) {
    v.use(ds[0] - 1, ds[0], ds[0] + 1);
    // (扣完为止 after it: the item's points are the floor, as a deduction with a max stops at 0)
    const floor = v.find("F", ds[0] + 2, v.sk.length);
    if (floor >= 0 && v.c.max !== undefined && v.tok(floor).n === undefined) v.use(floor);
    return { kind: "per-case", unit: "次", points, pointsMax: null, addOn: false, categories: [], cap: null };
  }
  if (v.has("M") || counted || ds.some((p) => v.tok(p + 1).hi !== undefined || num(v.tok(p + 1)) !== points)) return failure("each-per-what");
  const es = earnings(v);
  // 无内耗计4分。班子不团结、不协调…各扣1分: the item's points, less each failing
  const full = es.length === 1 && es[0] < ds[0] && v.sk[es[0] + 1] === "P" && num(v.tok(es[0] + 1)) === v.c.max ? es[0] : -1;
  if (es.length > (full >= 0 ? 1 : 0)) return failure("each-per-what");
  if (full >= 0) v.use(full, full + 1);
  for (const p of ds) v.use(p - (v.sk[p - 1] === "L" ? 1 : 0), p + 1);
  return { kind: "per-case", unit: "项", points, pointsMax: null, addOn: false, categories: [], cap: null };
}

/**
 * 桌面物品每漏摆一处,卫生不合格,菜肴没及时补发现一次各扣1分: failings listed, each counted per occurrence (每…一处,
 * 发现一次 — one of a count word) and all taking the same points after 各 — the score depends only on how many
 * occurrences there were in all, one count. Only failings (text, 、 , 每, 发现 and counts of one) before the one 各扣N分,
 * nothing after it but a floor and a note in parentheses; a count of more than one (每缺2人), a measure or two 每 in one part (每班每超1人) are not this.
 */
function onceEach(v: View, ds: number[]): boolean {
  if (ds.length !== 1 || v.sk[ds[0] - 1] !== "L" || v.tok(ds[0] + 1).hi !== undefined) return false;
  if (!/^[tlM,NG]+$/.test(v.sk.slice(0, ds[0] - 1)) || !/^[,;]*(?:F[,;]*)?(?:\([t,;]*\)[;,]?)?$/.test(v.sk.slice(ds[0] + 2))) return false;
  let counts = 0;
  let everyInPart = 0;
  for (let q = 0; q < ds[0] - 1; q++) {
    if (v.sk[q] === ",") everyInPart = 0;
    if (v.sk[q] === "M" && ++everyInPart > 1) return false;
    if (v.sk[q] !== "N") continue;
    const n = v.tok(q);
    const unit = n.unit ?? "";
    if (num(n) !== 1 || n.hi !== undefined || unit === "" || DATE_UNITS.has(unit) || TIME_UNITS.has(unit) || measuredAt(v, q)) return false;
    counts++;
  }
  return counts > 0;
}

/** the points are set by rules said elsewhere: 参照…规定, 按…规定执行, 另行规定, 另定 */
const RULES_ELSEWHERE = /参照[^,;。]{0,16}(?:规定|办法|标准|执行)|按照?[^,;。]{0,16}规定执行|另行(?:规定|制定|确定)|另定/;

/**
 * 表彰加分最多为5分,加分超过5分的单位按5分计算: a cap on bonus points earned elsewhere — the value is
 * those points, the score the cap at most. Every point figure of the clause is the cap.
 */
export function pointsCapped(v: View): Outcome | null {
  if (/[EDAMNRYO]/.test(v.sk)) return null;
  const m = v.first(/Cc?P/);
  if (!m) return null;
  const cap = num(v.tok(m[1] - 1));
  if (!/加分/.test(v.c.s.slice(0, v.tok(m[0]).s)) || (v.c.max !== undefined && v.c.max !== cap) || !(cap > 0)) return null;
  // 加分规则参照活动组织馆规定,…最高限度为30分: the points themselves are another document's, only their cap is said
  const elsewhere = RULES_ELSEWHERE.exec(v.c.s.slice(0, v.tok(m[0]).s));
  if (elsewhere) return failure("points-elsewhere", { text: elsewhere[0] });
  for (let p = 0; p < v.sk.length; p++) {
    if (v.sk[p] === "P" && (num(v.tok(p)) !== cap || v.tok(p).hi !== undefined)) return null;
  }
  for (let p = 0; p < v.sk.length; p++) if ("PCc".includes(v.sk[p])) v.use(p);
  return { kind: "proportional", unit: "分", per: 1, points: 1, cap };
}

/**
 * 有独立的财务和成员帐户 / 培训成员不少于20% / 建立台账3本以上, under an item whose points are in their
 * own column: a requirement with only its points (the item's max) — met gives them, not met 0. A
 * rate or a count bound is the requirement; nothing else that scores may be in the clause.
 */
function requirementOnly(v: View): Outcome | null {
  const max = v.c.max;
  if (max === undefined) return null;
  // 是否协助…检查工作,满分4分 / 建立工作台账(满分2分): the item's points said beside the requirement
  const full = v.first(/UP/);
  if (full && v.tok(full[0] + 1).n === max && v.tok(full[0] + 1).hi === undefined) {
    const text = v.c.s.slice(0, v.tok(full[0]).s) + v.c.s.slice(v.tok(full[0] + 1).e);
    const r = requirementBody(v.without(full[0], full[1]), max, text);
    if (r !== null) v.use(full[0], full[0] + 1);
    return r;
  }
  return requirementBody(v, max, v.c.s);
}

function requirementBody(v: View, max: number, text: string): Outcome | null {
  // (全年不少于6次: the year the requirement is counted over — a period of the whole year only, not
  // 上半年/半年, which say when an assessment is made)
  const whole = (p: number): boolean => v.sk[p] === "T" && v.c.text(v.tok(p)).trim() === "全年";
  if (/[PYDAECF0V?dMQGxpKUBJOXLT]/.test(v.sk.split("").map((k, p) => (whole(p) ? "t" : k)).join(""))) return null;
  // 按分项打分, 按…观摩评分为准, 按成效系数法计算: how the points are found, said elsewhere — no requirement
  // (a note in parentheses, (以台账资料为准), says where the proof is, not how the points are found)
  // (分 of 分管/分类/部分, 按 of 按时/按要求, 评 of 评估/评选 are subject words: only how points are given counts)
  if (/[\d一二两三四五六七八九十]\s*分(?![管类别工配批期解析布散])|分值|分项|分数|打分|评分|计分|得分|扣分|给分|赋分|按[^,;。]{0,12}(?:评|打分|计分|得分|考核|比例)|按[^,;。]{0,16}(?:计算|核算|折算|测算)|评定|依据|为准|参照|详见|见附/.test(text.replace(/\([^()]*\)/g, ""))) return null;
  const rates: number[] = [];
  const counts: number[] = [];
  for (let p = 0; p < v.sk.length; p++) {
    if (v.sk[p] === "R") rates.push(p);
    else if (v.sk[p] === "N") counts.push(p);
  }
  if (rates.length + counts.length === 0) {
    for (let p = 0; p < v.sk.length; p++) v.use(p);
    return { kind: "all-or-nothing", points: null };
  }
  if (rates.length + counts.length > 1) return null;
  const at = rates.length === 1 ? rates[0] : counts[0];
  const n = v.tok(at);
  const said = comparatorAt(v, at, ">=");
  if (!said.said || n.hi !== undefined || (said.cmp !== ">=" && said.cmp !== ">")) return null;
  for (let p = 0; p < v.sk.length; p++) v.use(p);
  // (a quantity in a measure word, 经费10万元以上, is a rate token here when read as one: quantity.ts)
  if (rates.length === 1) return { kind: "rate-threshold", unit: measureOf(n), threshold: { cmp: said.cmp, bound: num(n) }, points: null };
  return countBound(n, said.cmp, max);
}

/** a requirement that a count reach a bound (3本以上, 不少于4次): the points from the bound up, 0 below */
function countBound(n: Token, cmp: string, points: number): Outcome | null {
  const unit = n.unit ?? "";
  // (10万元以上: a value of 12万元 is read as 120000; bounds in 万 are left out)
  if (unit === "" || /^[万亿千百]/.test(unit) || DATE_UNITS.has(unit) || TIME_UNITS.has(unit) || !Number.isInteger(num(n))) return null;
  const atLeast = cmp === ">" ? num(n) + 1 : num(n);
  return { kind: "stepped-count", unit, steps: [{ atLeast, points }, { atLeast: 0, points: 0 }], cap: null };
}

/**
 * The one count the item's name requires (配备了两名以上的社区交通安全员, 每年培训不少于2次), as a
 * stepped count worth the item's points: null when the item names no count, or more than one, or
 * the bound is not "at least".
 */
function itemCountBound(item: string | undefined, max: number): Outcome | null {
  if (item === undefined || !/[\d一二两三四五六七八九十]/.test(item)) return null;
  const s = joinNumbers(normalizeClause(item));
  const toks = refineTokens(s, lex(s));
  const c = new Clause(s, toks, max);
  const v = new View(c, toks.map((_, i) => i));
  // (the item's own points, 分值2 / (3分), and rates are no count)
  if (/[RYO]/.test(v.sk)) return null;
  let at = -1;
  for (let p = 0; p < v.sk.length; p++) {
    if (v.sk[p] !== "N" || !v.tok(p).unit) continue;
    if (at >= 0) return null;
    at = p;
  }
  if (at < 0 || v.tok(at).hi !== undefined) return null;
  const said = comparatorAt(v, at, ">=");
  if (!said.said || (said.cmp !== ">=" && said.cmp !== ">")) return null;
  return countBound(v.tok(at), said.cmp, max);
}

/**
 * 分析研究安全生产不少于4次(4分), 配有体育教师4名以上。(3分): a requirement with one count bound and its
 * points in parentheses — the count typed is compared with the bound (3次 was read as a yes: 4 points).
 */
function parenCountBound(v: View, paren: number): Outcome | null {
  if (/[RYOMQGDAJ0]/.test(v.sk)) return null;
  let at = -1;
  for (let p = 0; p < v.sk.length; p++) {
    // (a bare number, an item's numbering left in the text, is no count)
    if (v.sk[p] !== "N" || (p >= paren - 1 && p <= paren + 1) || !v.tok(p).unit) continue;
    if (at >= 0) return null;
    at = p;
  }
  if (at < 0 || v.tok(at).hi !== undefined) return null;
  const said = comparatorAt(v, at, ">=");
  if (!said.said || (said.cmp !== ">=" && said.cmp !== ">")) return null;
  const r = countBound(v.tok(at), said.cmp, num(v.tok(paren)));
  if (r) for (let p = 0; p < v.sk.length; p++) if (v.sk[p] === "N" || v.sk[p] === "c" || v.sk[p] === "a") v.use(p);
  return r;
}

/** 扣6分; 因…的,扣6分;…批示查实的,加扣2分 */
export function fixed(v: View): Outcome | null {
  const turn = inTurn(v);
  if (turn) return turn;
  const ds: number[] = [];
  for (let p = 0; p + 1 < v.sk.length; p++) if ((v.sk[p] === "D" || v.sk[p] === "A") && v.sk[p + 1] === "P") ds.push(p);
  if (ds.length === 0) return null;
  if (ds.some((p) => p > 0 && v.sk[p - 1] === "L")) return eachDeducted(v, ds);
  const es = earnings(v);
  if (es.length === 1 && ds.length === 1 && !v.has("M") && v.sk[es[0] + 1] === "P" && ds[0] > es[0] && num(v.tok(ds[0] + 1)) === num(v.tok(es[0] + 1))) {
    // 态度较好加1分,不理睬扣1分 standing alone (no max): +1, −1, or neither — three outcomes, not yes/no
    if (v.c.max === undefined) return failure("deduct-and-earn");
    // 计2分,工作不力扣2分: the deduction takes back what the clause gives (yes/no)
    v.use(es[0], es[0] + 1, ds[0], ds[0] + 1);
    return { kind: "all-or-nothing", points: num(v.tok(es[0] + 1)) };
  }
  if (v.has("M")) {
    return ds.length > 1 ? failure("several-deductions") : null;
  }
  if (ds.some((p) => v.tok(p + 1).hi !== undefined)) return failure("deduction-range");
  // 未建立防火委员会机构不得分,人员变动未及时调整的扣2分: a failing that zeroes the item beside failings
  // that take points from it takes the whole max (answered yes/no like the others); not beside
  // earned points, nor where a later part is a state of the same thing (未研究不计分,只研究不落实扣2.5分)
  const zeros = es.length === 0 && v.c.max !== undefined ? zeroParts(v) : [];
  if (ds.length === 1 && es.length === 0 && zeros.length === 0) {
    // 迟到的,一分钟扣1分: points per minute (a duration measured), not one deduction for the event
    const per = ds[0] > 0 && v.sk[ds[0] - 1] === "N" ? v.tok(ds[0] - 1) : undefined;
    if (per && TIME_UNITS.has(per.unit ?? "")) {
      // …的,一分钟扣1分 (a duration of one unit said on its own after the failing, nothing else): each minute takes
      // the points — the value is the minutes in that word alone (3小时 or 3分 is no count of minutes). 5分钟扣1分
      // (per 5, or once past 5?) and 超时1小时扣2分 (the time glued to the failing: each hour, or once?) stay refused
      const alone = ds[0] === 1 || ",;".includes(v.sk[ds[0] - 2]);
      const only = alone && /^[;,]*(?:\([t,;]*\)[;,]*)?$/.test(v.sk.slice(ds[0] + 2)) && !/[NRPYOc]/.test(v.sk.slice(0, ds[0] - 1));
      if (per.n !== 1 || per.hi !== undefined || !only) return failure("per-duration", { text: v.c.text(per) });
      v.use(ds[0] - 1, ds[0], ds[0] + 1);
      return { kind: "rate-per-point-to-zero", unit: per.unit ?? "", target: { cmp: "<=", bound: 0 }, full: null, step: 1, perStep: num(v.tok(ds[0] + 1)) };
    }
    v.use(ds[0], ds[0] + 1);
    const points = num(v.tok(ds[0] + 1));
    const addOn = v.sk[ds[0]] === "A";
    // 不规范、不完备的,扣3分 for an item worth 3: the deduction is the item's standard failed, so
    // the value answers the item (是/√ it is met → 3, 否/× → 0); an event (发生…扣) is counted
    // 查文件,缺项扣4分 for an item worth 4: the failing is missing parts, counted (无 or 0 missing → 4, 缺1项 → 0),
    // not the standard answered yes/no (无 read as "not met" was a confident 0)
    const missing = !addOn && v.c.max !== undefined && points === v.c.max ? MISSING_PARTS.exec(v.between(0, ds[0])) : null;
    if (missing) return { kind: "per-unit-deduction-floored", per: 1, unit: missing[1], points, full: null, target: null, cap: null };
    if (!addOn && v.c.max !== undefined && points === v.c.max && failedStandard(v.between(0, ds[0]))) return { kind: "all-or-nothing", points };
    // 未舉手發言者扣一分 for an item worth 35: 者 names whoever fails, so each one (人次) takes the
    // points off the item; standing alone (违者扣1分, no max) it is whether it happened
    if (!addOn && v.c.max !== undefined && points < v.c.max && /^[^\d]*[\u4e00-\u9fff]者[\s,]*$/.test(v.between(0, ds[0]))) {
      return { kind: "per-case", unit: "人", points, pointsMax: null, addOn: false, categories: [], cap: null };
    }
    return { kind: "fixed-deduction", points, addOn };
  }
  // 成立领导小组…得3分;未成立领导小组扣1分,职责不明确扣1分: the item's points, less each requirement unmet
  const full = es.length === 1 && es[0] < ds[0] && v.sk[es[0] + 1] === "P" && num(v.tok(es[0] + 1)) === v.c.max ? es[0] : -1;
  if (es.length > 0 && full < 0) return failure("deduct-and-earn");
  // 总量200条得8分,未完成扣2分: the full points go with a count reached — the value is that count, not how
  // many parts are unmet (200条 was read as 200 parts unmet: 6)
  if (full >= 0) {
    for (let p = 0; p < full; p++) {
      const n = v.tok(p);
      if (v.sk[p] === "N" && n.unit && !DATE_UNITS.has(n.unit) && !TIME_UNITS.has(n.unit) && num(n) > 1) return failure("count-in-part", { text: v.c.text(n) });
    }
  }
  // 受通报批评的扣0.5分/例,受到党内警告处分的扣1分/例: each failing counted (per 例), not yes/no — with
  // different points, a count of each; with the same points and unit, one count of them all
  const per = ds.map((p) => (v.sk[p + 2] === "t" ? /^\s*\/\s*([\u4e00-\u9fff]{1,2}?)(?:$|[\s,;。.()])/.exec(v.c.text(v.tok(p + 2)))?.[1] : undefined));
  if (ds.length > 1 && per.some((u) => u !== undefined)) {
    const points = num(v.tok(ds[0] + 1));
    // (进京非访扣15分/批次,到省非访扣10分/批次: kinds counted apart, each its own points per its unit — round 10's
    // convention, one count per kind in the clause's order; only when every kind says its unit and nothing else
    // scores: 重伤1人扣15分/次;重伤2人及以上扣30分/次 counts persons within each case, not kinds)
    const kinds = full < 0 && zeros.length === 0 ? kindsPerUnit(v, ds, per) : null;
    if (kinds !== null) return kinds;
    if (full >= 0 || per.some((u) => u !== per[0]) || ds.some((p) => num(v.tok(p + 1)) !== points || v.tok(p + 1).hi !== undefined)) return failure("several-counts");
    for (const p of ds) v.use(p, p + 1, p + 2);
    return { kind: "per-case", unit: per[0] ?? "", points, pointsMax: null, addOn: false, categories: [], cap: null };
  }
  const zeroAt = new Set(zeros);
  const marks = zeros.length > 0 ? [...ds, ...zeros].sort((a, b) => a - b) : ds;
  const parts: LabelledPoints[] = [];
  let prev = full >= 0 ? full + 2 : 0;
  for (const p of marks) {
    // 人均面积少1m2扣1分 among yes/no failings: that part counts; 未研究不计分,只研究不落实扣2.5分: a state
    for (let q = prev; q < p; q++) {
      // (缺1999年表的扣5分: a year names what is missing — no count of it)
      if ((v.sk[q] === "Q" || v.sk[q] === "M") && v.sk[q + 1] === "N" && !namesYear(v.tok(q + 1))) return failure("count-in-part", { text: v.c.s.slice(v.tok(q).s, v.tok(q + 1).e) });
      // 脱岗1次扣3分, 早退10分钟扣1分: the failing is counted or measured, not yes/no
      // (the count ends the failing: 随机访谈10户居民,未达标扣1分 is a check of ten, answered yes/no)
      // (品种超出3个以上(扣2分): a bound the failing names — what it is, not how many times it happened)
      if (v.sk[q] === "N" && (v.tok(q).unit ?? "") !== "" && !DATE_UNITS.has(v.tok(q).unit ?? "") && endsFailing(v, q + 1, p) && !boundInFailing(v, q)) return failure("count-in-part", { text: v.c.text(v.tok(q)) });
      // (a zero word glued to the next word, 无分管领导, is subject text)
      if (v.sk[q] === "0" && (q + 1 === p || ",;)".includes(v.sk[q + 1]))) return failure("states-in-part", { text: v.between(q > prev ? q - 1 : q, q + 1) });
    }
    // (2、组长职责不明扣1分: the number of a line after the first is no part of its failing)
    const label = v.between(prev, p).replace(/^[;,\s(]+/, "").replace(LINE_NUMBER, "").replace(/(?:的)?[,\s]*$/, "").trim();
    if (zeroAt.has(p)) {
      if (label === "" || /^(?:只|仅|虽|但|已)/.test(label)) return failure("states-in-part", { text: v.between(prev, p + 1) });
      parts.push({ label, points: v.c.max ?? 0 });
      prev = p + 1;
      continue;
    }
    if (zeros.length > 0 && /^(?:只|仅|虽|但|已)/.test(label)) return failure("states-in-part", { text: label });
    parts.push({ label, points: num(v.tok(p + 1)) });
    prev = p + 2;
  }
  // with the item's max, deductions for requirements unmet (未成立…的扣2分;未作出部署的扣3分) are
  // answered as the item is: 是 = the requirement met
  const met = v.c.max !== undefined && parts.every((x) => failedStandard(x.label));
  if (zeros.length > 0) {
    // the zero and the deductions are one yes/no each only when every part is a standard unmet:
    // not beside an event (上年发生…事故,此项不得分), nor grades (一般的扣1分,差的不得分), nor
    // degrees of one failing (未公开的不得分;未及时公开的扣2分: one state of three)
    if (!met || parts.some((x) => GRADE_LABEL.test(x.label))) return failure("states-in-part", { text: parts.map((x) => x.label).join("、") });
    const cores = parts.map((x) => x.label.replace(DEGREE, ""));
    if (new Set(cores).size < cores.length) return failure("states-in-part", { text: parts.map((x) => x.label).join("、") });
  }
  if (full >= 0 && !met) return failure("deduct-and-earn");
  // 没有挂牌者扣1分,工作服未穿者扣2分… standing alone (倒扣, no max): each who fails (…者) takes the
  // points — one yes/no (or 1/0) per failing, whether it happened; how many of each, a count above one, is
  // several figures the evaluator refuses (a yes taken for one would be a confident guess)
  if (full >= 0) v.use(full, full + 1);
  for (const p of ds) v.use(p, p + 1);
  for (const p of zeros) v.use(p);
  // — and so is every list of failings with the item's max, whatever its parts name (地面不干净扣3分异味大扣3分;
  // 班子成员有不团结现象扣3分,管理出现盲点扣2分; 发生安全事故扣3分,台账不全扣2分): 是 = the part's standard met,
  // as a lone event with the max is answered (round 7) and the corpus settles it (round 12); with no max, 是 = it happened
  const answered = met || v.c.max !== undefined;
  return { kind: "sub-clauses", parts, sign: -1, ...(answered ? { met: true as const } : {}) };
}

/** a part named only by a grade (差的不得分, 一般的扣1分) */
const GRADE_LABEL = /(?:^|[,;、])(?:完成任务|完成情况|工作)?(?:好|较好|一般|较差|差|很差|优|良|中)$/;
/** what makes one failing a degree of another (未公开 / 未及时公开 / 公开不规范) */
const DEGREE = /未|没有|不|及时|按时|按期|按要求|规范|完整|全面|到位|的/g;

/**
 * 如发现大坝未除杂草,库内有漂浮物…,启闭器不灵活不能运转将依次扣除4分、2分、2分、2分、2分; 未建台账、
 * 未上墙分别扣2分、1分: the failings named, in order, each with its points — one yes/no per failing.
 * The failings are the parts before the points (split at , or 、), as many as the points; one more
 * part before them is the standard only when the failings start with 如发现/若/凡 (otherwise which
 * part goes with which points is not said).
 */
function inTurn(v: View): Outcome | null {
  const found = v.first(/[DA]P(?:lP)+[;,]?(?:\([t,;]*\)[;,]?)?$/);
  if (!found) return null;
  // (a note in parentheses after the points is no failing)
  let end = found[0] + 2;
  while (end + 1 < v.sk.length && v.sk[end] === "l" && v.sk[end + 1] === "P") end += 2;
  const m: [number, number] = [found[0], end];
  if (m[0] === 0 || v.sk[m[0]] === "A") return null;
  const lead = v.sk[m[0] - 1] === "L" ? m[0] - 1 : m[0];
  const before = v.sk[lead - 1] === "t" ? v.c.text(v.tok(lead - 1)) : "";
  if (lead === m[0] && !/(?:将|则|应)?依次\s*$/.test(before)) return null;
  const points: number[] = [];
  for (let p = m[0] + 1; p < m[1]; p++) {
    if (v.sk[p] !== "P") continue;
    if (v.tok(p).hi !== undefined) return failure("deduction-range");
    points.push(num(v.tok(p)));
  }
  // the parts before: text runs split at , 、 ; (a number inside a failing makes it counted)
  const labels: string[] = [];
  let from = 0;
  for (let p = 0; p <= lead; p++) {
    if (p === lead || ",;l".includes(v.sk[p])) {
      if (p > from) labels.push(v.between(from, p));
      from = p + 1;
      continue;
    }
    if (v.sk[p] !== "t") return null;
  }
  if (labels.length > 0) labels[labels.length - 1] = labels[labels.length - 1].replace(/(?:将|则|应)?依次\s*$/, "");
  const clean = labels.map((x) => x.replace(/^[\s(]+|[\s)]+$/g, "").replace(/的$/, "").trim());
  if (clean.some((x) => x === "")) return null;
  let parts = clean;
  if (clean.length === points.length + 1 && FOUND_LEAD.test(clean[1])) parts = clean.slice(1);
  if (parts.length !== points.length) return failure("several-deductions");
  const labelled = parts.map((label, i) => ({ label: label.replace(FOUND_LEAD, "").trim() || label, points: points[i] }));
  const met = v.c.max !== undefined && labelled.every((x) => failedStandard(x.label));
  v.useRange(lead, m[1]);
  return { kind: "sub-clauses", parts: labelled, sign: -1, ...(met ? { met: true as const } : {}) };
}

/** a condition that names a failing (未出台…的, 没有…的, 无…的) */
const FAILING_LEAD = /^(?:凡|如|若|对)?(?:未|没有|无|不按|不)[\u4e00-\u9fff]/;

/** a note in brackets from p to the end, with no points, rates or scoring verbs in it: …此项不得分(以台账资料为准) */
function trailingNote(v: View, p: number): boolean {
  if (v.sk[p] !== "(") return false;
  const close = v.sk.indexOf(")", p);
  return close > p && /^[;,]?$/.test(v.sk.slice(close + 1)) && !/[PRYDEACF0]/.test(v.sk.slice(p + 1, close));
}

/** zero words (不得分, 不计分) that end a part of their own: followed by a separator, a note or the end */
function zeroParts(v: View): number[] {
  const out: number[] = [];
  for (let p = 0; p < v.sk.length; p++) {
    if (v.sk[p] !== "0") continue;
    if (p + 1 < v.sk.length && !",;".includes(v.sk[p + 1]) && !(v.sk[p + 1] === "t" && /^[\s。.]*$/.test(v.c.text(v.tok(p + 1)))) && !trailingNote(v, p + 1)) return [];
    out.push(p);
  }
  return out;
}

/** the parts whose points stand in brackets after them, …活动室(2分)、寝室(1分): each labelled by the words before its bracket */
function bracketParts(v: View, parens: ReadonlyArray<number>): LabelledPoints[] {
  const parts: LabelledPoints[] = [];
  let prev = 0;
  for (const p of parens) {
    // (、 between parts is no part of the label: 、寝室 is 寝室)
    parts.push({ label: v.between(prev, p - 1).replace(/^[;,、\s]+/, "").trim(), points: num(v.tok(p)) });
    prev = p + 2;
  }
  return parts;
}

/** how deep in brackets each token stands (a bracket itself counts as inside) */
function parenDepth(v: View): number[] {
  const depth: number[] = [];
  let d = 0;
  for (let p = 0; p < v.sk.length; p++) {
    if (v.sk[p] === "(") d++;
    depth.push(d);
    if (v.sk[p] === ")") d = Math.max(0, d - 1);
  }
  return depth;
}

/** …计20分,否则不计分; 能完成的计20分; 均加1分; sub-clauses …计7分;…计3分;…计10分 */
export function earned(v: View): Outcome {
  const depth = parenDepth(v);
  const es = earnings(v);
  // "(20分)": a part's or the item's points
  const parens: number[] = [];
  for (let p = 1; p + 1 < v.sk.length; p++) if (v.sk[p] === "P" && v.sk[p - 1] === "(" && v.sk[p + 1] === ")") parens.push(p);
  const top = es.filter((p) => depth[p] === 0);
  // points inside a note "(1次会议计3分,…)" refine a sub-clause; they are not sub-clauses of their own
  const chosen = top.length > 1 ? top : es;
  if (chosen.length === 0 && parens.length === 0) {
    // "…未参加相关活动不得分": the item's max when it is done, 0 when not
    const zero = v.find("0", 0, v.sk.length);
    const maxPoints: number[] = [];
    for (let p = 0; p < v.sk.length; p++) if (v.sk[p] === "P" && v.tok(p).n === v.c.max) maxPoints.push(p);
    const others = v.sk.replace(/P/g, "").match(/[PRYDA]/g);
    if (zero >= 0 && v.c.max !== undefined && !others && maxPoints.length === (v.sk.match(/P/g) ?? []).length) {
      v.use(zero, ...maxPoints);
      // 班子成员中有违规违纪的不得分: the zero goes with an event; the value counts events (无/0 keep the points)
      // (…现象之一的不得分;有乱收费行为的不得分: each failing zeroes the item, any of them is the event)
      // (未能按时完成…,不得分;…中出现…失误的,不得分: an event named by any of the failings is the event)
      let lastZero = zero;
      for (let p = zero; p < v.sk.length; p++) if (v.sk[p] === "0") lastZero = p;
      if (EVENT.test(v.between(0, lastZero)) || FAILINGS_HAD.test(v.between(0, zero))) {
        for (let p = zero; p < v.sk.length; p++) if (v.sk[p] === "0") v.use(p);
        return { kind: "fixed-deduction", points: v.c.max, addOn: false };
      }
      // 人员未配备到位的不得分 under 配备了两名以上的…安全员: the item says how many are required, and a
      // count typed is compared with it (1人 was read as a yes: the item's points)
      if (failedStandard(v.between(0, zero))) {
        const bound = itemCountBound(v.c.item, v.c.max);
        if (bound !== null) return bound;
      }
      return { kind: "all-or-nothing", points: null };
    }
    return requirementOnly(v) ?? failure("no-points");
  }
  if (/[DA]P/.test(v.sk)) {
    // 计2分,工作不力扣2分: the deduction takes back what the clause gives (yes/no)
    const ds = v.all(/[DA]P/g);
    if (v.c.max !== undefined && chosen.length === 1 && ds.length === 1 && !v.has("M") && v.sk[chosen[0] + 1] === "P" && ds[0][0] > chosen[0] && num(v.tok(ds[0][0] + 1)) === num(v.tok(chosen[0] + 1))) {
      v.useRange(ds[0][0], ds[0][1]);
    } else {
      // 全按要求完成得7分,未按要求扣2分 for an item worth 7: the standard met gives the max, not met takes
      // the points said from it (a yes/no; 每 only in a note describing the standard)
      // ((4分) said and nothing earned, 每一百分点扣0.4分 whose 100 took the 个: no earned points to compare)
      if (chosen.length === 0) return failure("deduction-unread");
      const pts = num(v.tok(chosen[0] + 1));
      const taken = ds.length === 1 ? num(v.tok(ds[0][0] + 1)) : NaN;
      const plain = v.sk.split("").every((k, p) => k !== "M" || depth[p] > 0);
      if (v.c.max !== undefined && chosen.length === 1 && ds.length === 1 && plain && v.sk[chosen[0] + 1] === "P" && depth[chosen[0]] === 0 && pts === v.c.max && ds[0][0] > chosen[0] + 1 &&
        v.sk[ds[0][0]] === "D" && v.tok(ds[0][0] + 1).hi === undefined && v.tok(chosen[0] + 1).hi === undefined && taken > 0 && taken < pts && failedStandard(v.between(chosen[0] + 2, ds[0][0]))) {
        v.use(chosen[0], chosen[0] + 1, ds[0][0], ds[0][0] + 1);
        return { kind: "fixed-deduction", points: taken, addOn: false, met: true };
      }
      return failure("deduction-unread");
    }
  }
  const markNotes = (): void => {
    for (let p = 0; p < v.sk.length; p++) {
      if (depth[p] > 0 && "EPCNZU".includes(v.sk[p])) v.use(p);
    }
    for (let p = 0; p < v.sk.length; p++) if (v.sk[p] === "J" || v.sk[p] === "0") v.use(p);
  };
  if (chosen.length === 0) {
    // only "(N分)": one is the item's points, several the parts of the item
    for (const p of parens) v.use(p);
    if (parens.length === 1) {
      // "…(2分),一经发现此项不给分": the answer is whether it was found; found takes the points
      const zero = v.find("0", parens[0], v.sk.length);
      if (zero >= 0 && FOUND_ANY.test(v.between(parens[0], zero + 1))) {
        v.use(zero);
        return { kind: "fixed-deduction", points: num(v.tok(parens[0])), addOn: false };
      }
      return parenCountBound(v, parens[0]) ?? { kind: "all-or-nothing", points: num(v.tok(parens[0])) };
    }
    const parts = bracketParts(v, parens);
    // 建立值班制度(1分)、巡查制度(1分)、台账制度(1分) for an item worth 5: how the other 2 are earned is not said
    const sum = Math.round(parts.reduce((a, x) => a + x.points, 0) * 1e9) / 1e9;
    if (v.c.max !== undefined && sum < v.c.max) return failure("max-unreached", { max: v.c.max, full: sum });
    return { kind: "sub-clauses", parts, sign: 1 };
  }
  // 做好活动室(2分)、寝室(1分)、盥洗室(1分)、走廊(1分)的清洁工作。共5分: the points said last are the total
  // of the parts in brackets before them — the parts are what is scored (yes/no each), not one yes/no for 5
  if (chosen.length === 1 && parens.length >= 2 && depth[chosen[0]] === 0 && parens.every((p) => p < chosen[0]) && v.sk[chosen[0] + 1] === "P" &&
    Math.abs(parens.reduce((a, p) => a + num(v.tok(p)), 0) - num(v.tok(chosen[0] + 1))) < 1e-9) {
    v.use(chosen[0], chosen[0] + 1);
    for (const p of parens) v.use(p);
    const parts = bracketParts(v, parens);
    return { kind: "sub-clauses", parts, sign: 1 };
  }
  // (…(2分)、…(1分)…。共6分: parts that do not add up to the points said — which is meant is not said)
  if (chosen.length === 1 && parens.length >= 2 && depth[chosen[0]] === 0 && parens.every((p) => p < chosen[0])) {
    return failure("unread-words", { list: parens.map((p) => `“${v.c.text(v.tok(p))}”`).join("、") });
  }
  if (chosen === top) markNotes();
  for (const p of parens) v.use(p);
  for (let p = 0; p < v.sk.length; p++) if (v.sk[p] === "J" || v.sk[p] === "0") v.use(p);
  const pointsOf = (p: number): number | null => (v.sk[p + 1] === "U" ? null : num(v.tok(p + 1)));
  if (chosen.length === 1) {
    // 未出台年度工作计划及实施方案的,1分: points with no verb after a failing — taken for it, or the
    // part's points for the opposite? the verb is lost, and which is not said
    if (v.tok(chosen[0]).w === "" && FAILING_LEAD.test(v.between(0, chosen[0]).replace(/^[\s\d.、()]+/, ""))) return failure("points-only");
    v.use(chosen[0], chosen[0] + 1);
    const pts = pointsOf(chosen[0]);
    // 全年无火灾得10分,发生森林火灾无分: the points go with an absence, the zero with the event,
    // so the value answers whether the event happened (无 / 0 keeps the points, 1起 / 有 loses them)
    if (pts !== null && (absenceThenEvent(v, chosen[0]) || countedEventThenZero(v, chosen[0]))) return { kind: "fixed-deduction", points: pts, addOn: false };
    // 不出现差错的得1分,被三次通报的不得分: the zero needs several cases; what one or two give is not said
    const several = zeroAfterCases(v, chosen[0]);
    if (several !== null) return failure("count-in-part", { text: several });
    return { kind: "all-or-nothing", points: pts };
  }
  // 召开5次及以上,得3分;3次及以上,得2分;1次及以上,得1分: each part a bound on the same count — tiers of
  // one count (the value a count), not parts answered yes/no (3 = 2 + 1 read the first as the item's)
  const bounds = new Set<string>();
  let bounded = -1;
  let count = 0;
  for (let p = 0; p < v.sk.length; p++) {
    const n = v.tok(p);
    if (v.sk[p] !== "N" || !n.unit || DATE_UNITS.has(n.unit) || (v.sk[p - 1] !== "c" && v.sk[p + 1] !== "a")) continue;
    if (bounded < 0) bounded = p;
    count++;
    bounds.add(n.unit);
  }
  if (count >= 2 && bounds.size === 1 && count >= chosen.length - 1) return failure("count-in-part", { text: v.c.text(v.tok(bounded)) });
  // "…记10分。…记6分;…记4分": the first figure is the item's, the others its parts
  let list = chosen;
  const first = pointsOf(chosen[0]);
  // (not a first part of its own: 荣获全国…先进集体的加15分;荣获全省…的加10分;…的加5分 — a condition (…的, …者) or a
  // bonus (加, 奖) before the points is a part, even where the others add up to it: dev14 T06-03 lost its 15)
  const ownPart = /(?:的|者)\s*$/.test(v.between(0, chosen[0])) || /^(?:加|奖)/.test(v.tok(chosen[0]).w ?? "");
  if (chosen.length > 2 && first !== null && !ownPart && v.sk[chosen[0] + 2] === ";" && (v.c.max === undefined || v.c.max === first)) {
    const others = chosen.slice(1).map(pointsOf);
    if (others.every((x) => x !== null) && Math.abs(others.reduce((a: number, x) => a + (x ?? 0), 0) - first) < 1e-9) {
      v.use(chosen[0], chosen[0] + 1);
      list = chosen.slice(1);
    }
  }
  const parts: LabelledPoints[] = [];
  let prev = list === chosen ? 0 : list[0] - 1;
  while (prev > 0 && !",;".includes(v.sk[prev - 1])) prev--;
  for (const p of list) {
    const pts = pointsOf(p);
    if (pts === null) return failure("full-among-parts");
    // 考查…的5项指标的完成情况。其中:A2分、B2分…(five parts): the count announces the parts listed after it
    const told = p === list[0] && list === chosen ? announcedParts(v, prev, p, list.length) : -1;
    if (told >= 0) v.use(told);
    const counted = countedIn(v, told >= 0 ? told + 1 : prev, p);
    if (counted !== null) return failure("count-in-part", { text: counted });
    // (、 between parts is no part of the label: 、寝室 is 寝室)
    const said = v.between(prev, p);
    const label = (told >= 0 ? said.replace(ANNOUNCED_LEAD, "") : said).replace(/^[;,、\s]+/, "").replace(/(?:的|,)$/, "").trim();
    parts.push({ label, points: pts });
    v.use(p, p + 1);
    prev = p + 2;
  }
  return { kind: "sub-clauses", parts, sign: 1 };
}

/** 1999年, 2023年: a year (a whole number of 年 from 1900 to 2100) names a table, a plan or a period; it counts nothing */
const namesYear = (n: Token): boolean => n.unit === "年" && n.hi === undefined && Number.isInteger(num(n)) && num(n) >= 1900 && num(n) <= 2100;

/** the words that open a list after its count: 其中:, a colon, 如下, a full stop */
const ANNOUNCED_LEAD = /^[\s\S]*(?:其中|如下|[:：。])\s*[:：]?/;

/**
 * 考查…的5项预期效益指标的完成情况。其中:A2分、B2分… · 检查以下3项工作:A2分、B2分、C2分 · 考核4个方面。其中:…: a count
 * before the first part that equals the number of parts listed, with the list opened after it (其中, a colon, 如下,
 * a full stop), announces the parts — it is no count the first part's points depend on. The position of the
 * count, or −1. (推广2篇,得2分;推广1篇,得1分: two parts, but nothing opens a list after 2篇 — a count.)
 */
function announcedParts(v: View, a: number, b: number, parts: number): number {
  if (parts < 2) return -1;
  for (let q = a; q < b; q++) {
    if (v.sk[q] !== "N") continue;
    const n = v.tok(q);
    if (n.hi !== undefined || num(n) !== parts || !/^(?:项|个|条|类|组|部分|方面|个方面)$/.test(n.unit ?? "")) return -1;
    const after = v.between(q + 1, b);
    if (!ANNOUNCED_LEAD.test(after) || /[\d一二三四五六七八九十]/.test(after.replace(ANNOUNCED_LEAD, ""))) return -1;
    return /[NPYR]/.test(v.sk.slice(q + 1, b)) ? -1 : q;
  }
  return -1;
}

/**
 * A sub-clause whose condition is a bare count of more than one (推广2篇,得2分): the points go
 * with how many there are, which a yes/no answer does not say. A count with a comparator
 * (发展1名以上) or one of a kind (有一名领导分管) is a condition answered yes or no.
 */
function countedIn(v: View, a: number, b: number): string | null {
  for (let p = a; p < b; p++) {
    if (v.sk[p] !== "N") continue;
    const n = v.tok(p);
    const unit = n.unit ?? "";
    if (unit === "" || DATE_UNITS.has(unit) || TIME_UNITS.has(unit) || measuredAt(v, p)) continue;
    if (n.hi !== undefined || v.sk[p - 1] === "c" || v.sk[p + 1] === "a" || v.sk[p - 1] === "M") continue;
    // (分解到各二层机构、部门, 所有二级单位: a tier of bodies, every one of them — a name, not how many)
    if (/^(?:层|级)$/.test(unit) && p > a && v.sk[p - 1] === "t" && /(?:各|所有|全部|全体)$/.test(v.c.text(v.tok(p - 1)))) continue;
    // 采用1条,计5分: one right before its points is per one (one of a kind, 有一名领导分管…的记6分, is a condition)
    // (每上半年…考核1次计15分: once per period is a requirement met or not)
    const perOne = num(n) === 1 && (p + 1 === b || (v.sk[p + 1] === "," && p + 2 === b)) && !/[MT]/.test(v.sk.slice(a, b));
    if (!(num(n) > 1) && !perOne) continue;
    return v.c.text(n);
  }
  return null;
}

/** The earned points at `e` are for an absence (无火灾, 未发生…) and a zero word after them for the event (发生…无分). */
function absenceThenEvent(v: View, e: number): boolean {
  const zero = v.find("0", e + 2, v.sk.length);
  if (zero < 0) return false;
  let start = e;
  while (start > 0 && !",;".includes(v.sk[start - 1])) start--;
  const condition = v.between(start, e);
  const event = v.between(e + 2, zero).replace(/^[,;\s]+/, "");
  return /(?:^|[^\u4e00-\u9fa5]|全年|年内|全年度|本年度)(?:无|未发生|没有发生|未出现|没有)/.test(condition) && FOUND_LEAD.test(event);
}

/**
 * 品种超出3个以上, 人数多于2名, 记录少于4次 before a fixed deduction: the figure is a bound that says what
 * the failing is (yes/no, or one of the failings counted), not a count of cases — a comparator right before
 * it, and no 每 (每少1次 counts). The word lexed as a comparator (超过, 低于, 不足) or one the lexer keeps
 * as text (超出, 多于, 少于).
 */
function boundInFailing(v: View, q: number): boolean {
  if (q === 0 || v.tok(q).hi !== undefined) return false;
  const before = v.sk[q - 1] === "c" ? v.tok(q - 1).w ?? "" : v.sk[q - 1] === "t" ? v.c.text(v.tok(q - 1)) : "";
  if (!/(?:超出|超过|多于|高于|大于|少于|低于|不足|不到)\s*$/.test(before)) return false;
  let start = q - 1;
  while (start > 0 && !",;".includes(v.sk[start - 1])) start--;
  return !/[MQ]/.test(v.sk.slice(start, q));
}

/** between a count and its verb only 以上/以下 and a 者/的 */
function endsFailing(v: View, a: number, b: number): boolean {
  for (let q = a; q < b; q++) {
    // (延时1小时以上5小时以下（扣10分）: the points in parentheses after the count)
    if (v.sk[q] === "a" || v.sk[q] === "," || v.sk[q] === "(") continue;
    if (v.sk[q] === "t" && /^\s*(?:者|的)?\s*$/.test(v.c.text(v.tok(q)))) continue;
    return false;
  }
  return true;
}

/**
 * …资料齐全,得2分,有1例不合格不得分: after the points, a zero for a counted event (有1例, 发现1起):
 * the value counts those events (0 / 无 keep the points), as after an absence.
 */
function countedEventThenZero(v: View, e: number): boolean {
  const zero = v.find("0", e + 2, v.sk.length);
  if (zero < 0) return false;
  let start = zero;
  while (start > e + 2 && !",;".includes(v.sk[start - 1])) start--;
  const n = v.find("N", start, zero);
  if (n < 0 || !CASE_UNITS.has(v.tok(n).unit ?? "") || v.tok(n).hi !== undefined) return false;
  return FOUND_ONLY.test(v.between(start, n).replace(/[,;\s]/g, ""));
}
/** After the points, a zero whose own sentence needs more than one case (被3次通报的不得分): the count's text, or null. */
function zeroAfterCases(v: View, e: number): string | null {
  const zero = v.find("0", e + 2, v.sk.length);
  if (zero < 0) return null;
  let start = zero;
  while (start > e + 2 && !",;".includes(v.sk[start - 1])) start--;
  for (let q = start; q < zero; q++) {
    const t = v.tok(q);
    if (v.sk[q] === "N" && CASE_UNITS.has(t.unit ?? "") && num(t) > 1) return v.c.text(t);
  }
  return null;
}
const CASE_UNITS = new Set(["例", "起", "次", "件", "宗", "处", "人", "人次", "名", "个", "项"]);

/** words of an event that happens and is counted (发生事故, 发现违规, 被投诉), not of a standard unmet */
const EVENT = new RegExp(`${FOUND_ANY.source}|举报|投诉|违规|违纪|违法|事故|案件|一经`);
/** the condition says the item's standard was not met (未…, 没有…, 不规范, 无制度, 缺…) and names no event */
/** a condition that is parts missing, with no number: 缺项, 有缺项的, 资料缺件 */
const MISSING_PARTS = /(?:缺少|缺|少)(项|件|份|本|处|个)(?:的)?[\s,]*$/;

/**
 * 有下列现象之一者给0分 / 存在以下情形的不得分 / 凡有…行为者不得分: the zero goes with failings that were had — an event
 * (the value counts them: 0 or 无 keep the points), not a requirement unmet
 */
const FAILINGS_HAD = /(?:^|[^没未])(?:有|存在)[^,;。]{0,12}(?:现象|行为|情形)|(?:现象|行为|情形)之一/;

function failedStandard(condition: string): boolean {
  return !EVENT.test(condition) && (/未|没|不|无|缺/.test(condition) || LATE_OR_MUDDLED.test(condition));
}
/** a line's number at the start of a part after the first (2、 3. ⑷ are normalised to digits) */
const LINE_NUMBER = /^\d{1,2}\s*[、.](?!\d)\s*/;
/** a standard failed by being late or in disorder (延期换届, 逾期上报, 工作滞后, 分工混乱), with no 未/不 */
const LATE_OR_MUDDLED = /延期|逾期|超期|推迟|延迟|拖延|滞后|混乱/;

/**
 * 1.落实…工作协调机制,每年至少召开2次会议;1分2.制定…年度工作计划。1分: numbered requirements, each with
 * its own points written after it (the next number glued to them) — one yes/no per requirement, in order.
 * Figures inside a requirement are its condition; nothing else that scores may be in the clause.
 */
export function numberedPoints(v: View): Outcome | null {
  const n = v.sk.length;
  const ends: number[] = [];
  const starts: number[] = [0];
  for (let p = 0; p < n; p++) {
    if (v.sk[p] !== "P" || v.tok(p).hi !== undefined) continue;
    const lead = v.sk[p - 1] === "E" && v.tok(p - 1).w === "" ? p - 1 : p;
    if (lead === 0 || !";,".includes(v.sk[lead - 1])) return null;
    const next = v.tok(p + 1);
    if (p + 1 < n && v.sk[p + 1] === "N" && next.unit === "" && next.hi === undefined && num(next) === ends.length + 2 &&
      v.sk[p + 2] === "t" && /^\s*[.、]/.test(v.c.text(v.tok(p + 2)))) {
      ends.push(p);
      starts.push(p + 2);
      continue;
    }
    // (a note in parentheses after the last points: （以台账资料为准）)
    if (/^[;,]*(?:\([t,;]*\)[;,]?)?$/.test(v.sk.slice(p + 1)) && ends.length > 0) {
      ends.push(p);
      break;
    }
    return null;
  }
  if (ends.length < 2 || ends.length !== starts.length) return null;
  const parts: LabelledPoints[] = [];
  for (let i = 0; i < ends.length; i++) {
    const lead = v.sk[ends[i] - 1] === "E" ? ends[i] - 1 : ends[i];
    const body = v.sk.slice(starts[i], lead - 1);
    if (/[PEDAYRCF0JMQGVUBXOKLp?x]/.test(body)) return null;
    const label = v.between(starts[i], lead - 1).replace(/^[\s.、]+/, "").replace(/[;,\s]+$/, "").trim();
    if (label === "") return null;
    parts.push({ label, points: num(v.tok(ends[i])) });
  }
  v.useRange(0, n);
  return { kind: "sub-clauses", parts, sign: 1 };
}

/**
 * 1.…100%纳入低保;2.…享受养老保险; 以上指标,每项1.5分,不达标不得分: numbered requirements before,
 * each worth the same points, answered one by one (是,否). Figures inside a requirement are its
 * condition (the value says whether it is met).
 */
export function eachItem(v: View): Outcome | null {
  // (…不达标不得分, 不达标的不得分, 达不到要求不得分: a few words of the failing before its zero)
  const m = v.first(/a?t?,?M[tN]E?P,?(?:J?t?,?0)?[;,]?(?:\([t,;]*\)[;,]?)?$/);
  if (!m) return null;
  const at = v.find("M", m[0], m[1]);
  const zeroAt = v.find("0", at, m[1]);
  const failing = v.find("t", at + 2, zeroAt);
  if (zeroAt > 0 && failing > 0 && v.c.text(v.tok(failing)).trim().length > 6) return null;
  const each = v.tok(at + 1);
  if (!/^(?:项|条)$/.test(each.k === "N" ? each.unit ?? "" : v.c.text(each).trim())) return null;
  if (!/(?:以上|上述)(?:各项)?(?:指标|要求|内容)?\s*,?\s*$/.test(v.c.s.slice(0, v.tok(at).s))) return null;
  // the numbered requirements: N 1, 2, 3 … (no measure word), each followed by ".…" (the clause's
  // leading "1." is gone: parseRule strips a leading enumeration, so the first may start at 0 unnumbered)
  const starts: number[] = [];
  let expect = 1;
  for (let p = 0; p < m[0]; p++) {
    const t = v.tok(p);
    if (t.k !== "N" || t.unit !== "" || t.hi !== undefined) continue;
    if (v.sk[p + 1] !== "t" || !/^[.、]/.test(v.c.text(v.tok(p + 1)))) continue;
    if (p > 0 && !";,".includes(v.sk[p - 1])) continue;
    if (starts.length === 0 && t.n === 2 && p > 0) {
      starts.push(-1);
      expect = 2;
    }
    if (t.n !== expect) continue;
    starts.push(p);
    expect++;
  }
  if (starts.length < 2) return null;
  const points = num(v.tok(v.find("P", m[0], m[1])));
  const parts: LabelledPoints[] = starts.map((p, i) => ({
    label: v.between(p + 1, i + 1 < starts.length ? starts[i + 1] : m[0]).replace(/^[.、\s]+/, "").replace(/[;,\s]+$/, "").trim(),
    points,
  }));
  // nothing before the first requirement, and no other points among them
  if (starts[0] > 0 || /[PDAEYC]/.test(v.sk.slice(0, m[0]))) return null;
  v.useRange(0, m[1]);
  return { kind: "sub-clauses", parts, sign: 1 };
}

/** the words of a part that scores nothing because the requirement before it was not reached (未达到的计0分, 否则不得分) */
const UNREACHED = /^(?:未达到|未达|达不到|没有达到|未能达到|不足|低于|否则)[\u4e00-\u9fff]{0,6}?的?$/;

/**
 * 道路平整(2分),卫生厕所建造率达100%(3分); 配备专干计2分,报酬达负责人的80%以上的计2分,未达到的计0分; 自筹资金达
 * 5000元以上的计2分,做好普查工作2分: requirements each with its own points, the item's points their sum, where a
 * requirement states a figure to reach (a rate or money with its comparator). Each part is met or not — a
 * yes/no per part, in order — as for parts that state no figure; the figure says what meeting the part is.
 * Two parts that bound the same measure (达90%以上计5分,达80%以上计3分) are bands of one figure, not parts: not
 * this. Points per something (每), deductions, caps and points left unsaid are not either.
 */
export function figuredParts(v: View): Outcome | null {
  const max = v.c.max;
  if (max === undefined || !/[RY]/.test(v.sk) || /[MDAdCFZ?pxXVTOUBKLQGW]/.test(v.sk)) return null;
  // (否则 / 达不到的 only just before the zero of a part not reached)
  for (let p = 0; p < v.sk.length; p++) if (v.sk[p] === "J" && v.sk[p + 1] !== "0") return null;
  const depth = parenDepth(v);
  // each part's points: 计2分 (a verb, said or implied, before them) at the top, or (3分) in brackets of their own
  const ends: Array<{ from: number; at: number; to: number }> = [];
  for (let p = 0; p < v.sk.length; p++) {
    if (v.sk[p] !== "P") continue;
    if (v.tok(p).hi !== undefined || v.tok(p).n === undefined) return null;
    if (depth[p] === 0 && v.sk[p - 1] === "E") ends.push({ from: p - 1, at: p, to: p + 1 });
    else if (v.sk[p - 1] === "(" && v.sk[p + 1] === ")" && depth[p] === 1) ends.push({ from: p - 1, at: p, to: p + 2 });
    else return null;
  }
  if (ends.length < 2) return null;
  const marks: number[] = [];
  const measured = new Map<string, number>();
  const parts: Array<LabelledPoints & { figured: boolean }> = [];
  let prev = 0;
  for (let i = 0; i < ends.length; i++) {
    const { from, at, to } = ends[i];
    // (未达到的计0分 after a part with a figure: what not reaching it gives, said)
    let start = prev;
    const zero = v.find("0", prev, from);
    if (zero >= 0) {
      if (i === 0 || !parts[i - 1].figured || v.find("0", zero + 1, from) >= 0) return null;
      const lead = v.between(prev, zero).replace(/^[;,、\s]+/, "").trim();
      if (!UNREACHED.test(lead) || !/^[;,]$/.test(v.sk.slice(zero + 1, zero + 2))) return null;
      marks.push(zero);
      if (v.sk[zero - 1] === "J") marks.push(zero - 1);
      start = zero + 2;
    }
    let figured = false;
    for (let q = start; q < from; q++) {
      const k = v.sk[q];
      if (k === "0") return null;
      if (k !== "R" && k !== "Y") continue;
      const t = v.tok(q);
      if (t.hi !== undefined) return null;
      const before = v.sk[q - 1] === "c" && v.tok(q - 1).w !== undefined && ["达到", "达", "不低于", "不少于", "超过", "高于"].includes(v.tok(q - 1).w ?? "");
      const after = v.sk[q + 1] === "a" && /以上/.test(v.tok(q + 1).w ?? "");
      if (!before && !after) return null;
      const key = `${k}${t.unit ?? ""}`;
      if (measured.has(key) && measured.get(key) !== i) return null;
      measured.set(key, i);
      figured = true;
      marks.push(q);
      if (before) marks.push(q - 1);
      if (after) marks.push(q + 1);
    }
    const label = v.between(start, from).replace(/^[;,、\s]+/, "").replace(/(?:的|,)$/, "").trim();
    if (label === "") return null;
    parts.push({ label, points: num(v.tok(at)), figured });
    prev = to;
  }
  // nothing scored after the last part (a zero for it, as above, at most)
  const tail = v.find("0", prev, v.sk.length);
  if (tail >= 0) {
    const lead = v.between(prev, tail).replace(/^[;,、\s]+/, "").trim();
    if (!parts[parts.length - 1].figured || !UNREACHED.test(lead) || !/^[;,t]*(?:\([t,l]*\)[;,t]*)?$/.test(v.sk.slice(tail + 1))) return null;
    marks.push(tail);
    if (v.sk[tail - 1] === "J") marks.push(tail - 1);
  }
  if (!parts.some((x) => x.figured)) return null;
  // the points add up to the item's; or the first points are the item's, said before the parts that make them (…建设计4分;…计2分,…2分)
  const total = (xs: ReadonlyArray<LabelledPoints>): number => Math.round(xs.reduce((a, x) => a + x.points, 0) * 1e9) / 1e9;
  let kept = parts;
  if (total(parts) !== max) {
    if (parts[0].points !== max || parts[0].figured || total(parts.slice(1)) !== max || v.sk[ends[0].to] !== ";" || parts.length < 3) return null;
    kept = parts.slice(1);
  }
  for (const e of ends) v.use(e.from, e.at, ...(e.to === e.at + 2 ? [e.at + 1] : []));
  v.use(...marks);
  return { kind: "sub-clauses", parts: kept.map(({ label, points }) => ({ label, points })), sign: 1 };
}

/**
 * 年度内受通报批评的扣0.5分/例,受到党内警告处分的扣1分/例; 进京非访扣15分/批次,到省非访扣10分/批次: each kind a
 * deduction per its unit said after the points, the points differing — kinds counted apart (round 10's convention,
 * test/corpus/clauses/README.md), one count per kind in the clause's order. Null unless every deduction says its
 * unit, none is a range or 加扣, and only the kinds' words, separators and a floor stand beside them.
 */
function kindsPerUnit(v: View, ds: number[], per: ReadonlyArray<string | undefined>): Outcome | null {
  if (per.some((u) => u === undefined || DATE_UNITS.has(u) || TIME_UNITS.has(u))) return null;
  if (ds.some((p) => v.sk[p] !== "D" || v.tok(p + 1).hi !== undefined || !(num(v.tok(p + 1)) > 0))) return null;
  const points = ds.map((p) => num(v.tok(p + 1)));
  if (points.every((x) => x === points[0])) return null;
  const inKind = new Set(ds.flatMap((p) => [p, p + 1, p + 2]));
  const floorAt = v.sk.lastIndexOf("F");
  for (let q = 0; q < v.sk.length; q++) {
    if (inKind.has(q) || "t,;()l".includes(v.sk[q])) continue;
    // (受党内严重警告以上处分的: 以上 after a word is the kind's own)
    if (v.sk[q] === "a" && q > 0 && v.sk[q - 1] === "t") continue;
    if (q === floorAt && v.sk.indexOf("F") === q && /^[,;]*$/.test(v.sk.slice(q + 1))) continue;
    return null;
  }
  // each kind after a separator or at the start, its words one text token (a 以上 inside them allowed)
  const categories: LabelledPoints[] = [];
  for (let i = 0; i < ds.length; i++) {
    let a = ds[i];
    const stop = i === 0 ? 0 : ds[i - 1] + 3;
    while (a > stop && !",;".includes(v.sk[a - 1])) a--;
    if (i > 0 && a === stop) return null;
    categories.push({ label: v.between(a, ds[i]).replace(/的$/, "").trim(), points: points[i] });
  }
  for (const p of ds) v.use(p, p + 1, p + 2);
  if (floorAt >= 0) v.use(floorAt);
  const units = new Set(per);
  const lo = Math.min(...points);
  return { kind: "per-case", unit: units.size === 1 ? per[0] ?? "" : "", points: lo, pointsMax: Math.max(...points), addOn: false, categories, cap: null };
}
