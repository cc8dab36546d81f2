/**
 * Recognisers of counts: per unit earned (每配备1名计3分,计满10分为止), one count (采纳1篇计10分),
 * steps of a count (召开2次以上计5分,1次计3分), listed parts (公安、教育各计4分), steps of a
 * deduction (缺席一次扣3分,两次扣5分), and deductions per unit or case (每起扣2分, 少1人扣3分).
 */
import type { Token } from "./lexer";
import type { LabelledPoints } from "../types";
import {
  type Outcome, type View, BASE_WORDS, DATE_UNITS, MEASURE_UNITS, SYNONYMS, TIME_UNITS, capAfter, cmpAfter, comparatorAt, earnings, failure, isMeasureUnit, num,
} from "./view";

/**
 * 一经查实三次以上扣2分; 超过3次的扣2分: one deduction once a count reaches a bound, nothing below
 * it — not per time. With the item's max, the score steps from the max down to max − points.
 */
export function countThreshold(v: View): Outcome | null {
  if (v.has("M")) return null;
  const verbs = v.all(/[DAE][PU]/g).length;
  if (verbs > 1) return countTiers(v, verbs);
  if (verbs !== 1) return null;
  const m = v.first(/c?N(?:\(t\))?a?,?t?,?[DA]P/);
  if (!m) return null;
  const at = v.find("N", m[0], m[1]);
  const n = v.tok(at);
  const unit = n.unit ?? "";
  if (unit === "" || n.hi !== undefined || DATE_UNITS.has(unit) || TIME_UNITS.has(unit) || isMeasureUnit(unit)) return null;
  const said = comparatorAt(v, at, ">=");
  if (!said.said || (said.cmp !== ">=" && said.cmp !== ">")) return null;
  // the text between the bound and the verb is at most a 的
  if (v.sk[m[1] - 3] === "t" && m[1] - 3 > at && !/^\s*的?\s*$/.test(v.c.text(v.tok(m[1] - 3)))) return null;
  const pts = v.tok(m[1] - 1);
  if (pts.hi !== undefined || v.sk[m[1] - 2] === "A") return null;
  const atLeast = said.cmp === ">" ? num(n) + 1 : num(n);
  if (!(atLeast >= 1) || !Number.isInteger(atLeast)) return null;
  const points = num(pts);
  const max = v.c.max;
  v.useRange(m[0], m[1]);
  const steps = max !== undefined
    ? [{ atLeast, points: Math.max(0, max - points) }, { atLeast: 0, points: max }]
    : [{ atLeast, points: -points }];
  return { kind: "stepped-count", unit, steps, cap: null };
}

/**
 * 错情条数每年≤3条,得1分;否则不得分 / 开展5次以上的得2分,否则不得分: earned points for a count within a
 * bound, nothing otherwise — a count, never a yes/no (a typed 4条 is no "yes").
 */
export function earnedCountBound(v: View): Outcome | null {
  const m = v.first(/(?:cN|Na)(?:\(t\))?,?t?,?EP/);
  if (!m || v.all(/[DAE][PU]/g).length !== 1) return null;
  const at = v.find("N", m[0], m[1]);
  const n = v.tok(at);
  const unit = n.unit ?? "";
  if (unit === "" || n.hi !== undefined || DATE_UNITS.has(unit) || TIME_UNITS.has(unit) || isMeasureUnit(unit) || !Number.isInteger(num(n))) return null;
  // nothing else that scores: before it only subject text, after it only 否则不得分 and notes
  if (/[NRPYOC0JMQG]/.test(v.sk.slice(0, m[0]))) return null;
  const after = v.sk.slice(m[1]);
  const zero = /^[;,]?(?:J?t?,?0)?[;,]?(?:\([^()]*\)[;,]?)*$/.exec(after);
  if (!zero) return null;
  const said = comparatorAt(v, at, ">=");
  if (!said.said) return null;
  const pts = num(v.tok(m[1] - 1));
  const bound = num(n);
  const steps = said.cmp === ">=" || said.cmp === ">"
    ? [{ atLeast: said.cmp === ">" ? bound + 1 : bound, points: pts }, { atLeast: 0, points: 0 }]
    : [{ atLeast: said.cmp === "<=" ? bound + 1 : bound, points: 0 }, { atLeast: 0, points: pts }];
  if (!(steps[0].atLeast >= 1)) return null;
  v.useRange(m[0], v.sk.length);
  return { kind: "stepped-count", unit, steps, cap: null };
}

/**
 * 没有完成片区达10米以上者扣2分,…达20米以上者扣5分: deductions by tiers of one count or measure, each
 * bound said with 以上/达, the further bound taking more. Below the first, nothing.
 */
function countTiers(v: View, verbs: number): Outcome | null {
  const found = v.all(/c?N(?:\(t\))?a?t?,?[DA]P/g);
  if (found.length !== verbs || found.length > 6) return null;
  const tiers: Array<{ atLeast: number; points: number; span: [number, number] }> = [];
  let unit: string | null = null;
  for (const m of found) {
    const at = v.find("N", m[0], m[1]);
    const n = v.tok(at);
    const u = n.unit ?? "";
    if (u === "" || n.hi !== undefined || DATE_UNITS.has(u) || (unit !== null && u !== unit)) return null;
    unit = u;
    const said = comparatorAt(v, at, ">=");
    if (!said.said || (said.cmp !== ">=" && said.cmp !== ">") || v.sk[m[1] - 2] === "A") return null;
    // between the bound and its verb only 者/的
    for (let p = at + 1; p < m[1] - 2; p++) if (v.sk[p] === "t" && !/^\s*(?:者|的)?\s*$/.test(v.c.text(v.tok(p)))) return null;
    const pts = v.tok(m[1] - 1);
    if (pts.hi !== undefined) return null;
    tiers.push({ atLeast: said.cmp === ">" ? num(n) + (Number.isInteger(num(n)) ? 1 : 0) : num(n), points: num(pts), span: m });
  }
  const asc = [...tiers].sort((a, b) => a.atLeast - b.atLeast);
  for (let i = 1; i < asc.length; i++) if (!(asc[i].atLeast > asc[i - 1].atLeast && asc[i].points > asc[i - 1].points)) return null;
  const max = v.c.max;
  for (const t of tiers) v.useRange(t.span[0], t.span[1]);
  const steps = asc.reverse().map((t) => ({ atLeast: t.atLeast, points: max !== undefined ? Math.max(0, max - t.points) : -t.points }));
  return { kind: "stepped-count", unit: unit ?? "", steps: max !== undefined ? [...steps, { atLeast: 0, points: max }] : steps, cap: null };
}

/** 召开2次以上计5分,召开1次计3分; 召开1-2次会议计5分(1次计3分,计满5为止) */
export function stepped(v: View): Outcome | null {
  // (每次评选出前两名,第一名加5分…; 每学期评出三个名次,第一名…: a 每 before the places, not of a count, is the
  // occasion the places are given on — allowed below for places only)
  const every: number[] = [];
  for (let p = 0; p < v.sk.length; p++) if (v.sk[p] === "M") every.push(p);
  // (每一次评选: one occasion, then what happens on it; 每1名加5分 is a count with its points)
  if (every.some((p) => v.sk[p + 1] !== "t" && !(v.sk[p + 1] === "N" && num(v.tok(p + 1)) === 1 && v.sk[p + 2] === "t"))) return null;
  const es = earnings(v);
  if (es.length < 2) return null;
  const found: Array<{ n: Token; p: number; pts: number }> = [];
  for (const e of es) {
    let q = e - 1;
    // (5人以下得10分;10人以下得8分: bands from above, not steps reached — 6人 was read as "5 or more")
    while (q >= 0 && (v.sk[q] === "t" || v.sk[q] === "a")) if (v.sk[q--] === "a" && !(v.tok(q + 1).w ?? "").includes("以上")) return null;
    if (q < 0 || v.sk[q] !== "N" || v.tok(e + 1).k !== "P") return null;
    found.push({ n: v.tok(q), p: q, pts: num(v.tok(e + 1)) });
  }
  const unit = found[0].n.unit ?? "";
  if (found.some((f) => (f.n.unit ?? "") !== unit) || unit === "" || TIME_UNITS.has(unit)) return null;
  // 第一名加3分、第二名加2分、第三名加1分: places, not counts (第四名 was read as "3 or more": 1 point)
  const ordinal = (f: { p: number }): boolean => f.p > 0 && v.sk[f.p - 1] === "t" && /第\s*$/.test(v.c.text(v.tok(f.p - 1)));
  if (found.some(ordinal)) return found.every(ordinal) && every.every((p) => p < found[0].p - 1) ? places(v, found, es) : null;
  if (every.length > 0) return null;
  const singles = new Set(found.filter((o) => o.n.hi === undefined).map((o) => num(o.n)));
  // (超过2件给1分: more than 2 is 3 or more; 不足/低于 a count is no step reached)
  const said = found.map((f) => comparatorAt(v, f.p, ">=").cmp);
  if (said.some((c, i) => c === "<" || c === "<=" || (c === ">" && (found[i].n.hi !== undefined || !Number.isInteger(num(found[i].n)))))) return null;
  const steps = found.map((f, i) => {
    const lo = num(f.n);
    // "1-2次计5分" next to "1次计3分": the range's own step starts at 2
    const atLeast = f.n.hi !== undefined && singles.has(lo) ? f.n.hi : said[i] === ">" ? lo + 1 : lo;
    return { atLeast, points: f.pts };
  });
  if (new Set(steps.map((x) => x.atLeast)).size !== steps.length) return null;
  steps.sort((a, b) => b.atLeast - a.atLeast);
  // 地面有1件杂物给2分,超过2件给1分: the more, the fewer points — a count of failings, where none is not the
  // lowest step's 0 (the standard met: what it gives is not said here), so no steps reached
  if (steps.some((x, i) => i > 0 && x.points >= steps[i - 1].points)) return null;
  const cap = capAfter(v, 0);
  for (const f of found) v.use(f.p);
  for (const e of es) v.use(e, e + 1);
  for (let p = 0; p < v.sk.length; p++) if (v.sk[p] === "a") v.use(p);
  if (cap) v.useRange(cap.at[0], cap.at[1]);
  return { kind: "stepped-count", unit, steps, cap: cap ? cap.cap : null };
}

/** 第一名加3分、第二名加2分、第三名加1分: points by place, from the first on, one after another (a later place of a bonus 0) */
function places(v: View, found: ReadonlyArray<{ n: Token; p: number; pts: number }>, es: ReadonlyArray<number>): Outcome | null {
  const first = num(found[0].n);
  if (first !== 1) return null;
  for (let i = 0; i < found.length; i++) if (found[i].n.hi !== undefined || num(found[i].n) !== first + i || v.sk[es[i] - 1] === "a") return null;
  // 评选出前两名 / 评出三个名次 before the places: how many places there are — as many as listed, or a place's points are unsaid
  for (let p = 0; p < found[0].p - 1; p++) {
    if (v.sk[p] !== "N" || !/^[名个]$/.test(v.tok(p).unit ?? "") || v.tok(p).hi !== undefined) continue;
    const said0 = v.c.s.slice(Math.max(0, v.tok(p).s - 1), v.tok(p).s) === "前";
    if (!said0 && !/^名次/.test(v.c.s.slice(v.tok(p).e, v.tok(p).e + 2))) continue;
    if (num(v.tok(p)) !== found.length) return failure("places-unsaid", { text: v.c.s.slice(v.tok(p).s - (said0 ? 1 : 0), v.tok(p).e + (said0 ? 0 : 2)), points: found.length });
    v.use(p);
  }
  for (const f of found) v.use(f.p);
  for (const e of es) v.use(e, e + 1);
  // a bonus (加/奖) for the first places gives a later place nothing; earned points (得/计) out of a max do not say
  const bonus = es.every((e) => /^(?:加|奖|奖励)$/.test(v.tok(e).w ?? ""));
  return { kind: "rank-tiers", first, points: found.map((f) => f.pts), ...(bonus ? { rest: 0 } : {}) };
}

/** 卫生计生、公安、教育、民政、统计等5部门各计4分; 教育、公安各得5分 */
export function listed(v: View): Outcome | null {
  // found from its end (各计4分), then extended back over "A、B、C": linear in the clause
  const end = v.first(/N?t?LE?P/);
  if (!end) return null;
  // (市、县现场会分别加2分、1分: 分别 and as many points as parts — kinds counted apart, spreadKinds — not one each)
  if (v.tok(v.find("L", end[0], end[1])).w === "分别" && /^(?:l|t)E?P/.test(v.sk.slice(end[1]))) return null;
  let start = end[0];
  if (v.sk[start] !== "t") start--;
  // (卫生计生,公安,教育,民政,统计等5部门各计4分: parts separated by commas, as many as the count says)
  const stated = v.find("N", start, end[1]);
  const want = stated >= 0 && v.tok(stated).hi === undefined ? num(v.tok(stated)) : null;
  let parts0 = 1;
  let commas = false;
  while (start >= 2 && (v.sk[start - 1] === "l" || (v.sk[start - 1] === "," && want !== null && parts0 < want)) && v.sk[start - 2] === "t") {
    if (v.sk[start - 1] === ",") commas = true;
    start -= 2;
    parts0++;
  }
  if (start < 0 || v.sk[start] !== "t" || (v.sk[start + 1] !== "l" && v.sk[start + 1] !== ",")) return null;
  if (commas && parts0 !== want) return null;
  const m: [number, number] = [start, end[1]];
  const parts: string[] = [];
  let count: number | null = null;
  let p = m[0];
  for (; p < m[1]; p++) {
    const k = v.sk[p];
    if (k === "t" && count === null && (p === m[0] || v.sk[p - 1] === "l" || (commas && v.sk[p - 1] === ","))) parts.push(v.c.text(v.tok(p)).trim());
    if (k === "N") count = num(v.tok(p));
  }
  // the last part ends before 等 / 三个部门
  parts[parts.length - 1] = parts[parts.length - 1].replace(/等$/, "").trim();
  if (parts.some((x) => x === "")) return null;
  if (count !== null && count !== parts.length) return null;
  v.useRange(m[0], m[1]);
  return { kind: "listed-parts", parts, count: count ?? parts.length, each: num(v.tok(m[1] - 1)) };
}

/** 每配备1名计3分,计满10分为止; 每个部门各计3分; 每增加10人加1分,最多加5分 */
export function perUnit(v: View): Outcome | null {
  // (每实现1个断面升类并达到III类及以上的,加2分: a bound inside the subject, on something else than the count)
  const m = v.first(/M[tW]{0,2}N,?t?(?:at)?(?:\(t\))?t?,?L?EP/) ?? recipientNamed(v);
  if (!m) return single(v);
  const n = v.tok(v.find("N", m[0], m[1]));
  const per = num(n);
  // (每服务1小时加0.5分: a step of time with 每, its points at once — as a deduction's, timeStep)
  if (!(per > 0) || (TIME_UNITS.has(n.unit ?? "") && !timeStep(v, m, n))) return null;
  // 有1名代表发言(10分),每增加1名加5分 / 3件以上的,每增加1件加2分 / 从第2件起,每增加1件奖励5分: each one more
  // than a base said before it — what the base itself gets, and a count below it, is not this per-unit reading
  const base = baseBefore(v, m[0], n.unit ?? "");
  // (a base in a measure word, 完成2000万元得10分…每增加500万元加2分, is a quantity compared: left to the rate
  // readers, which read it in its word, quantity.ts)
  if (base !== null) return fromBase(v, m, n) ?? (isMeasureUnit(n.unit ?? "") ? null : failure("above-base", { text: base }));
  // 每增加10,加计0.5分: ten of what (10%? 10万元?) is not said
  if ((n.unit ?? "") === "" && per !== 1) return failure("per-no-unit", { per });
  let cap = capAfter(v, m[1]);
  // 培植种粮大户计2分,…每户计1分 (an item worth 2): the points said first are the item's, the cap
  const heading = earnings(v).filter((e) => e < m[0]);
  if (!cap && heading.length === 1 && v.sk[heading[0] + 1] === "P" && num(v.tok(heading[0] + 1)) === v.c.max) {
    cap = { cap: num(v.tok(heading[0] + 1)), at: [heading[0], heading[0] + 2] };
  }
  // 每次7.5分,不低于4次,计30分 / 每篇2分,5篇以上得10分: the count that earns the most, said after the step —
  // a cap when it is just that many steps' points
  if (!cap) cap = countCap(v, m[1], n.unit ?? "", per, num(v.tok(m[1] - 1)));
  v.useRange(m[0], m[1]);
  if (cap) v.useRange(cap.at[0], cap.at[1]);
  return { kind: "per-unit-capped", per, unit: n.unit ?? "", points: num(v.tok(m[1] - 1)), cap: cap ? cap.cap : null };
}

/** who is given the points, named after the occasion (班主任, 宿舍成员, 指导教师): a noun, no condition */
const RECIPIENT = /^[\u4e00-\u9fff]{1,8}$/;
const NOT_RECIPIENT = /[的者时后前内外上下中]$|[达满齐够足超少缺低高未不没无完成合格按要求则]|^(?:并|且|再|另|同时|均|都|则|即|给予|可)/;
/** what happens, said between 每 and the count: 每获得一次, 每评上一次, 每有一篇 */
const OCCASION_VERB = /^(?:获得?|荣获|取得|得|评上|评为|被评为|被|受到|有|参加|发表|完成|组织|开展|举办)$/;
/** each one counted */
const OCCASION_UNIT = /^(?:次|篇|项|件|人次|场|期)$/;

/**
 * 学生每获得一次市级奖励,指导教师加2分; 宿舍每得一次优,宿舍成员各加0.1分: each occasion, then — after a comma — who is
 * given the points (a noun naming a person or a group, no condition of its own). Read as 每获得一次…加2分 is; a
 * condition after the comma (…,配齐的得2分) or another measure word is not this.
 */
function recipientNamed(v: View): [number, number] | null {
  const m = v.first(/MtNt?,tL?EP/);
  if (!m) return null;
  const verb = v.c.text(v.tok(m[0] + 1)).trim();
  const n = v.tok(m[0] + 2);
  const who = v.c.text(v.tok(m[1] - (v.sk[m[1] - 3] === "L" ? 4 : 3))).trim();
  if (!OCCASION_VERB.test(verb) || !OCCASION_UNIT.test(n.unit ?? "") || n.hi !== undefined || num(n) !== 1) return null;
  if (!RECIPIENT.test(who) || NOT_RECIPIENT.test(who)) return null;
  return m;
}

/** the most tiers a count read from a base is spelt out in */
const MOST_TIERS = 20;

/**
 * Each one more than a base, where the points are a few steps to a limit (the step's cap, or the item's
 * max): 从第2件起,每增加1件奖励5分(累计不超过20分) — from the Kth on each earns, nothing before it;
 * 有1名代表作审议发言(10分),每增加1名加5分 for an item worth 10 — the base with its own points, each
 * more adding up to the limit; below a base of one nothing was done (0), below a larger base what the
 * count gives is not said (that value refused). Tiers of the count; null where it is not such a clause.
 */
function fromBase(v: View, m: [number, number], n: Token): Outcome | null {
  const unit = n.unit ?? "";
  const pts = v.tok(m[1] - 1);
  if (unit === "" || num(n) !== 1 || n.hi !== undefined || pts.hi !== undefined || !(num(pts) > 0) || v.sk[m[1] - 2] !== "E") return null;
  if (DATE_UNITS.has(unit) || TIME_UNITS.has(unit) || isMeasureUnit(unit)) return null;
  const cap = capAfter(v, m[1]);
  const limit = cap?.cap ?? v.c.max;
  if (limit === undefined || !(limit > 0)) return null;
  const text = (p: number): string => (p >= 0 && p < v.sk.length && v.sk[p] === "t" ? v.c.text(v.tok(p)).trim() : "");
  // (a base counted in another measure word is a base as well, as baseBefore reads it)
  const counted = (b: Token): boolean => (b.unit ?? "") !== "" && !DATE_UNITS.has(b.unit ?? "") && !TIME_UNITS.has(b.unit ?? "") && !isMeasureUnit(b.unit ?? "");
  // the base: 从第K件起 (K, nothing before it), or a count with its own points — (10分) after it, or 得10分
  let from = -1;
  let baseAt: [number, number] = [0, 0];
  let basePoints = 0;
  for (let p = 0; p < m[0]; p++) {
    if (v.sk[p] !== "N") continue;
    const b = v.tok(p);
    if (b.hi !== undefined || !Number.isInteger(num(b)) || !(num(b) >= 1)) return null;
    if (/第$/.test(text(p - 1)) && /^(?:起|开始)$/.test(text(p + 1)) && counted(b)) {
      if (from >= 0 || num(b) < 2) return null;
      from = num(b);
      baseAt = [p - 1, p + 2];
      continue;
    }
    if (!counted(b) || from >= 0) return null;
    const parens = v.sk.slice(p + 1, p + 5);
    const at = parens.startsWith("t(P)") ? p + 3 : parens.startsWith("(P)") ? p + 2 : v.sk.slice(p + 1, p + 4) === "tEP" ? p + 3 : v.sk.slice(p + 1, p + 3) === "EP" ? p + 2 : -1;
    if (at < 0 || basePoints > 0) return null;
    basePoints = num(v.tok(at));
    if (v.tok(at).hi !== undefined || !(basePoints > 0) || basePoints > limit) return null;
    from = num(b);
    baseAt = [p, v.sk[at + 1] === ")" ? at + 2 : at + 1];
  }
  if (from < 0) return null;
  // nothing else scores: the base, the step and the cap are the clause
  for (let p = 0; p < v.sk.length; p++) {
    if ((p >= baseAt[0] && p < baseAt[1]) || (p >= m[0] && p < m[1]) || (cap && p >= cap.at[0] && p < cap.at[1])) continue;
    // (全年在主席团会议时作1次发言: a period word is subject here; 县级以上媒体: a bound on no figure too)
    if (!"t,;()lT".includes(v.sk[p]) && !(v.sk[p] === "a" && p > 0 && v.sk[p - 1] === "t")) return null;
  }
  const step = num(pts);
  // (有1名…(10分),每增加1名加5分 for an item worth 10: no step is within the item — whether the bonus passes its
  // max is not said, as for a rate's bonus above its target: the base and a count below a base of one are still
  // said (10, 0), each count past the base is refused below; with no points of its own for the base, nothing is)
  if (!(basePoints + step <= limit + 1e-9) && (basePoints === 0 || cap)) return null;
  const tiers: Array<{ cmp: ">=" | "<"; bound: number; amount: number | null }> = [];
  // 从第K件起: the Kth is the first that earns; a base with points: the base earns them, each more one step
  const start = basePoints > 0 ? from : from - 1;
  for (let j = 0; tiers.length <= MOST_TIERS; j++) {
    const raw = basePoints + step * j;
    // a stated cap holds the points at it; past the item's max alone the points are not said (that value refused)
    const amount = raw <= limit + 1e-9 ? raw : cap ? limit : null;
    if (j > 0 || basePoints > 0) tiers.push({ cmp: ">=", bound: start + j, amount });
    if (amount === null) break;
    if (amount >= limit - 1e-9) {
      // (the item's max reached: one more would pass it)
      if (!cap) tiers.push({ cmp: ">=", bound: start + j + 1, amount: null });
      break;
    }
  }
  if (tiers.length > MOST_TIERS) return null;
  tiers.push({ cmp: "<", bound: from, amount: basePoints > 0 && from > 1 ? null : 0 });
  v.useRange(baseAt[0], baseAt[1]);
  v.useRange(m[0], m[1]);
  if (cap) v.useRange(cap.at[0], cap.at[1]);
  // (the step past the item's max: read, not scored)
  const past = !(basePoints + step <= limit + 1e-9);
  return { kind: "rate-tiers", unit, tiers: tiers.reverse(), ...(past ? { pastMax: step } : {}) };
}

/** after a per-unit step, a count reached (不低于4次 / 达到4次 / 4次以上) and the points it gives, equal to that many steps' points */
function countCap(v: View, from: number, unit: string, per: number, points: number): { cap: number; at: [number, number] } | null {
  const m = v.first(/,?(?:cN|Na),?t?,?EP/, from);
  // (nothing after it but separators and a note in parentheses)
  if (!m || m[0] > from + 1 || !/^[;,]*(?:\([t,;]*\)[;,]?)?$/.test(v.sk.slice(m[1]))) return null;
  const at = v.find("N", m[0], m[1]);
  const n = v.tok(at);
  const said = comparatorAt(v, at, ">=");
  if ((n.unit ?? "") !== unit || unit === "" || n.hi !== undefined || !said.said || said.cmp !== ">=") return null;
  if (v.sk[m[1] - 3] === "t" && !/^\s*(?:的|者)?\s*$/.test(v.c.text(v.tok(m[1] - 3)))) return null;
  const cap = num(v.tok(m[1] - 1));
  if (v.tok(m[1] - 1).hi !== undefined || Math.abs(Math.floor(num(n) / per) * points - cap) > 1e-9) return null;
  return { cap, at: [m[0], m[1]] };
}

/** the words 每 counts more of (增加, 超过, 多 …): an increase over something */
const UP_AFTER_EVERY = /^(?:增加|增|超过|超出|多于|多|高于|超)$/;
/**
 * The base an increase counts from, said before the per-unit step (its text), or null: 从第2件起 / 第3次起
 * before the step, or, after 每增加/每超过/每多, a count of the same measure word said before (有1名…, 3件以上).
 */
function baseBefore(v: View, at: number, unit: string): string | null {
  const up = v.sk[at + 1] === "W" && UP_AFTER_EVERY.test(v.tok(at + 1).w ?? v.c.text(v.tok(at + 1)).trim());
  const same = SYNONYMS.find((g) => g.includes(unit)) ?? [unit];
  for (let p = 0; p < at; p++) {
    if (v.sk[p] !== "N") continue;
    const t = v.tok(p);
    const before = p > 0 && v.sk[p - 1] === "t" ? v.c.text(v.tok(p - 1)) : "";
    const after = v.sk[p + 1] === "t" ? v.c.text(v.tok(p + 1)) : "";
    if (/第\s*$/.test(before) && /^\s*(?:件|次|个|名|项|篇|条)?\s*(?:起|开始)/.test(after)) return v.c.s.slice(v.tok(p - 1).s, v.tok(p + 1).e);
    // (a count in another measure word is a base as well: which word the base is counted in does not matter)
    if (up && unit !== "" && (same.includes(t.unit ?? "") || ((t.unit ?? "") !== "" && !DATE_UNITS.has(t.unit ?? "") && !TIME_UNITS.has(t.unit ?? ""))) && t.hi === undefined && num(t) > 0) return v.c.text(t);
  }
  return null;
}

/**
 * 书面提出意见3条(10分),每增减1条增减5分 / 提出意见3条的得10分,每增加1条加5分,每减少1条扣5分: a count with
 * its points, each one more adds and each one fewer takes, floored at 0 — the count read in its own measure
 * word, as a quantity (the item's max caps what the additions give).
 */
export function countBothWays(v: View): Outcome | null {
  if (!v.has("M") || v.has("R") || v.has("O")) return null;
  type Step = { per: number; pts: number; unit: string; at: [number, number] };
  let up: Step | null = null;
  let down: Step | null = null;
  const text = (p: number): string => v.c.text(v.tok(p)).trim();
  // 每增减1条增减5分 (增减 read as text, then 增 and the lose verb 减) / 每增(减)1条加(减)5分
  const joined = v.first(/MtNtDP/) ?? v.first(/Mt\(t\)Nt\(t\)P/);
  if (joined) {
    const [a, b] = joined;
    const n = v.tok(a + (v.sk[a + 2] === "N" ? 2 : 4));
    if (v.sk[a + 2] === "N") {
      // (增减, 增扣: up, then any lose verb)
      if (!/^增减$/.test(text(a + 1)) || !/^(?:增|加)$/.test(text(a + 3))) return null;
    } else if (!/^增加?$/.test(text(a + 1)) || !/^减少?$/.test(text(a + 3)) || !/^加$/.test(text(a + 6)) || !/^(?:减|扣)$/.test(text(a + 8))) {
      return null;
    }
    up = down = { per: num(n), pts: num(v.tok(b - 1)), unit: n.unit ?? "", at: [a, b] as [number, number] };
  } else {
    for (const [a, b] of v.all(/M[WQ]N[ED]P/g)) {
      const w = v.tok(a + 1).w ?? text(a + 1);
      const n = v.tok(a + 2);
      const step: Step = { per: num(n), pts: num(v.tok(b - 1)), unit: n.unit ?? "", at: [a, b] };
      if (UP_AFTER_EVERY.test(w) && v.sk[a + 3] === "E" && up === null) up = step;
      else if (/^(?:减少|少|低于|不足)$/.test(w) && v.sk[a + 3] === "D" && down === null) down = step;
      else return null;
    }
  }
  if (up === null || down === null || up.unit === "" || up.unit !== down.unit || up.per !== down.per || up.pts !== down.pts || !(up.per > 0)) return null;
  const unit = up.unit;
  // (a compound measure word, 3000平方米 or 2000万元, is read here as well: the rule keeps its word and a value
  // is read in that word alone)
  if (DATE_UNITS.has(unit) || TIME_UNITS.has(unit) || MEASURE_UNITS.has(unit)) return null;
  const first = Math.min(up.at[0], down.at[0]);
  // the base: the one count of that measure word before the steps, its points in parentheses right after
  // it or the one earning before the steps
  const counts: number[] = [];
  for (let p = 0; p < first; p++) if (v.sk[p] === "N") counts.push(p);
  if (counts.length !== 1) return null;
  const b = v.tok(counts[0]);
  if ((b.unit ?? "") !== unit || b.hi !== undefined || !(num(b) > 0)) return null;
  const es = earnings(v).filter((e) => e < first);
  let full: number;
  let fullAt: [number, number];
  if (v.sk.slice(counts[0] + 1, counts[0] + 4) === "(P)" && es.length === 0) {
    full = num(v.tok(counts[0] + 2));
    fullAt = [counts[0] + 1, counts[0] + 4];
  } else if (es.length === 1 && es[0] > counts[0] && v.sk[es[0] + 1] === "P" && /^[t,]*$/.test(v.sk.slice(counts[0] + 1, es[0]))) {
    full = num(v.tok(es[0] + 1));
    fullAt = [es[0], es[0] + 2];
  } else {
    return null;
  }
  if (/[PDAEC0FJ]/.test(v.sk.slice(0, counts[0]))) return null;
  v.use(counts[0]);
  v.useRange(fullAt[0], fullAt[1]);
  v.useRange(up.at[0], up.at[1]);
  v.useRange(down.at[0], down.at[1]);
  const floor = v.find("F", 0, v.sk.length);
  if (floor >= 0) v.use(floor);
  return {
    kind: "rate-per-point-to-zero", unit, target: { cmp: ">=", bound: num(b) }, full,
    step: down.per, perStep: down.pts, above: { step: up.per, perStep: up.pts, cap: null },
  };
}

/** One count before the only points of the clause: 采纳1篇计10分 (each), 2件以上计2分 (a threshold). */
function single(v: View): Outcome | null {
  const es = earnings(v);
  if (es.length !== 1 || v.sk[es[0] + 1] !== "P" || /[DAR]/.test(v.sk)) return null;
  let q = es[0] - 1;
  // 采用1条,计5分: a comma between the count and its points
  if (q >= 0 && v.sk[q] === ",") q--;
  if (q >= 0 && v.sk[q] === "t") q--;
  const above = q >= 0 && v.sk[q] === "a" && cmpAfter(v.tok(q).w) === ">=";
  if (above) q--;
  if (q < 0 || v.sk[q] !== "N") return null;
  const n = v.tok(q);
  const unit = n.unit ?? "";
  if (unit === "" || DATE_UNITS.has(unit) || TIME_UNITS.has(unit) || isMeasureUnit(unit) || n.hi !== undefined) return null;
  const points = num(v.tok(es[0] + 1));
  if (above) {
    v.use(q, q + 1, es[0], es[0] + 1);
    return { kind: "stepped-count", unit, steps: [{ atLeast: num(n), points }], cap: null };
  }
  if (num(n) !== 1) return null;
  // 有一名办事员兼职抓日常工作记4分: that there is one doing something is the condition, not each one
  // (有1次得1分 is each time)
  // — unless a cap above the points follows (有一次会议纪要的得1分,最多得2分): then they repeat, each time
  const cap = capAfter(v, es[0] + 2);
  if (q > 0 && v.sk[q - 1] === "t" && v.sk[q + 1] === "t" && /有\s*$/.test(v.c.text(v.tok(q - 1))) && !(cap && cap.cap > points)) return null;
  v.use(q, es[0], es[0] + 1);
  if (cap) v.useRange(cap.at[0], cap.at[1]);
  return { kind: "per-unit-capped", per: 1, unit, points, cap: cap ? cap.cap : null };
}

/**
 * 迟报1天扣3分,迟报2天扣10分,迟报3天及以上扣20分; 缺席一次扣3分,两次扣5分,三次(含)以上不得分:
 * deductions by steps of one count, out of the item's max — the score at each step.
 */
export function deductionSteps(v: View): Outcome | null {
  const max = v.c.max;
  if (max === undefined || v.has("M")) return null;
  // (2支商品扣1分,3-5支商品扣2分,6支商品以上扣3分: what is counted may stand between the count and its 以上)
  const found = v.all(/N(?:\(t\))?(?:a?t?|ta),?(?:DP|0)/g);
  if (found.length < 2) return null;
  const ds = v.all(/[DA]P/g);
  if (ds.length !== found.filter((m) => v.sk[m[1] - 1] === "P").length) return null;
  const unit = v.tok(found[0][0]).unit ?? "";
  if (unit === "" || DATE_UNITS.has(unit) || found.some((m) => (v.tok(m[0]).unit ?? "") !== unit)) return null;
  // a band of the count (3-5支) is a step only where the next step starts right after it (6支…): a gap or a last band
  // leaves counts the clause does not score; a bound below (3天以下) is no step up
  for (let i = 0; i < found.length; i++) {
    const n = v.tok(found[i][0]);
    const a = v.find("a", found[i][0], found[i][1]);
    if (a >= 0 && cmpAfter(v.tok(a).w) !== ">=") return null;
    if (n.hi === undefined) continue;
    // (延误1-3天的扣2分,…: bands from the first on are bands of a quantity, read as tiers — quantity.ts)
    if (a >= 0 || i === 0 || i + 1 >= found.length || !Number.isInteger(num(n)) || !Number.isInteger(n.hi) || num(v.tok(found[i + 1][0])) !== n.hi + 1) return null;
  }
  const steps = found.map((m) => ({
    atLeast: num(v.tok(m[0])),
    points: v.sk[m[1] - 1] === "0" ? 0 : Math.max(0, Math.round((max - num(v.tok(m[1] - 1))) * 1e10) / 1e10),
  }));
  for (let i = 1; i < steps.length; i++) if (!(steps[i].atLeast > steps[i - 1].atLeast && steps[i].points <= steps[i - 1].points)) return null;
  // (6支以上扣4分 for an item worth 2: a step that takes more than the item holds — points above the max, ambiguous)
  for (const m of found) if (v.sk[m[1] - 1] === "P" && num(v.tok(m[1] - 1)) > max) return failure("above-max", { points: num(v.tok(m[1] - 1)), max });
  // 必备科室缺1个科室,不得分;辅助科室缺2个科室,不得分: two bounds that take the same (both the whole item) are
  // no steps of one count but two counts, each with its own limit
  const raw = found.map((m) => (v.sk[m[1] - 1] === "0" ? "0" : String(num(v.tok(m[1] - 1)))));
  if (new Set(raw).size !== raw.length) return failure("several-counts");
  if (steps[0].atLeast > 0) steps.unshift({ atLeast: 0, points: max });
  for (const m of found) v.useRange(m[0], m[1]);
  return { kind: "stepped-count", unit, steps: steps.reverse(), cap: null };
}

/** 按受灾户数扣10分/户, 教师无故旷课扣3分每人次: the points per unit, the unit written after them. */
export function perUnitAfter(v: View): Outcome | null {
  // 扣10分/户; 扣3分每人次; 扣3分每一人次; 加0.2分/家,累计不超过1分 (a cap's own verb, 最多加1分, is the cap's)
  const m = v.first(/[DAE]P(?:M?t|MN)/);
  if (!m || v.all(/[DAE][PU]/g).filter(([a]) => !(a > 0 && v.sk[a - 1] === "C")).length !== 1) return null;
  const earning = v.sk[m[0]] === "E";
  const last = v.tok(m[1] - 1);
  const after = v.c.text(last);
  const unit = last.k === "N"
    ? (num(last) === 1 && last.hi === undefined && /^(?:1|一)?\s*[\u4e00-\u9fff]{1,2}\s*$/.test(after) ? last.unit : undefined)
    : v.sk[m[1] - 2] === "M"
      ? /^\s*([\u4e00-\u9fff]{1,2})\s*$/.exec(after)?.[1]
      : /^\s*\/\s*([\u4e00-\u9fff]{1,2}?)(?:$|[\s,;。.()并])/.exec(after)?.[1];
  if (!unit || DATE_UNITS.has(unit) || TIME_UNITS.has(unit)) return null;
  const pts = v.tok(m[0] + 1);
  if (pts.hi !== undefined) return failure("points-range", { min: num(pts), max: pts.hi });
  const cap = v.first(earning ? /C{1,3}[Et]?P/ : /C{1,3}[Dt]?P/, m[1]);
  // (拾到校章者,加0.5分/人 and 加0.2分/家,累计不超过1分: earned per unit, the cap joining it)
  if (earning && cap && (v.all(/C/g).length !== 1 || v.tok(cap[1] - 1).hi !== undefined)) return null;
  v.useRange(m[0], m[1]);
  if (cap) v.useRange(cap[0], cap[1]);
  if (earning) return { kind: "per-unit-capped", per: 1, unit, points: num(pts), cap: cap ? num(v.tok(cap[1] - 1)) : null };
  return { kind: "per-case", unit, points: num(pts), pointsMax: null, addOn: v.sk[m[0]] === "A", categories: [], cap: cap ? num(v.tok(cap[1] - 1)) : null };
}

/** the other measure word of a count in parentheses right after it (少1張(份): 份), or null */
function altUnit(v: View, n: number): string | null {
  if (v.sk[n + 1] !== "(" || v.sk[n + 2] !== "t" || v.sk[n + 3] !== ")") return null;
  const w = v.c.text(v.tok(n + 2)).trim();
  return /^[\u4e00-\u9fff]{1,2}$/.test(w) && !DATE_UNITS.has(w) && !TIME_UNITS.has(w) ? w : null;
}

/**
 * 每迟到5分钟扣1分, 每减少5分钟,扣5分, 每服务1小时加0.5分: 每, a word of at most four characters or none, the time, then
 * the verb and its points
 */
function timeStep(v: View, m: [number, number], n: Token): boolean {
  const sk = v.sk.slice(m[0], m[1]);
  if (n.hi !== undefined || !/^M[tW]{0,2}N,?[DAE]P$/.test(sk)) return false;
  // (每超时1小时: 超 the direction, 时 its word)
  const at = v.find("N", m[0], m[1]);
  return v.c.s.slice(v.tok(m[0]).e, v.tok(at).s).trim().length <= 4;
}

/** a count right before its verb (迟到一次扣2分), as opposed to one leading the clause */
const NEAR = /^(?:(?:M[tWGQ]{0,2}|Q|G)N,?[tlJ,]{0,6}[DA]P|N(?:\((?:tl)*t\))?J?t?J?,?[DA]P)$/;
/** measure words of people and cases: 一名…扣5分 speaks of each one */
const ONE_OF = new Set(["名", "人", "位", "人次", "起", "例", "件"]);

/** words of a target reached or a requirement met (达到的, 达标者, 全部完成的, 符合要求的) */
const REACHED = /^(?:达到|达标|全部达到|完成|全部完成|符合|满足|做到)[\u4e00-\u9fff]{0,6}?(?:的|者)?$/;
/** the earning right after a shortfall's deduction that gives the item's max when the target is reached (,达到的得5分), or -1 */
function reachedAfter(v: View, from: number): number {
  let p = from;
  if (v.sk[p] === ",") p++;
  if (v.sk[p] !== "t" || v.sk[p + 1] !== "E" || v.sk[p + 2] !== "P" || !REACHED.test(v.c.text(v.tok(p)).trim())) return -1;
  const pts = v.tok(p + 2);
  if (pts.hi !== undefined || v.c.max === undefined || num(pts) !== v.c.max) return -1;
  return p + 1;
}

/** 每起扣2分; 少1人扣3分,扣完为止; 发现1个单位未完成…的扣5分; 每例扣1-3分(一、二孩错漏每例扣2分,…) */
export function deductions(v: View): Outcome | null {
  // 每迟报1次扣1分 / 少1人扣3分 / 发现1起扣2分, and a count alone before the verb: 一项不符扣1分, 迟到一次扣2分
  // and one of whom or which the clause speaks, leading it: 一名党支部书记违法被移送司法机关,扣2分 (per one)
  // (每检查到一处连片5亩以上的扣1分: a bound on what is counted may stand between the count and the verb)
  // (发生一次B类以下质量事故扣6分: a bound on the kind of case, 以下 after a word, may stand there too)
  // (一种设备达不到扣0.5分: the failing said by its word after the subject)
  // (凡缺勤一次(除报备参加上级组织的学习、参观外),扣30分: a note of words in parentheses after the count says which
  // times count, not another figure)
  const found = v.all(/(?:M[tWGQ]{0,2}|Q|G)N(?:\(t\))?,?(?:[tlJ,]|Na|ta){0,8}[DA]P|N(?:\((?:tl)*t\))?J?t?J?,?[DA]P|^N[tl(),]{1,9}[DA]P/g).filter((m) => {
    const n = v.tok(v.find("N", m[0], m[1]));
    // (每月扣2分, 每季度扣5分: each period counted — 每 and the period word alone, no figure; 2021年 is a date)
    // (每有一月不张榜公布扣2分, 每一季度未报送扣3分: one period right after 每 or 每有 is a count of periods, not a date —
    // after 每, 一月 is no January)
    const ni = v.find("N", m[0], m[1]);
    const onePeriod = v.sk[m[0]] === "M" && n.hi === undefined && /^1\s*(?:年|月|季度|季|周|日)$/.test(v.c.text(n).trim()) &&
      (ni === m[0] + 1 || (ni === m[0] + 2 && "tG".includes(v.sk[m[0] + 1]) && v.c.text(v.tok(m[0] + 1)).trim() === "有"));
    if (DATE_UNITS.has(n.unit ?? "") && !onePeriod && !(v.sk[m[0]] === "M" && m[0] + 1 < m[1] && v.sk[m[0] + 1] === "N" && !/\d/.test(v.c.text(n)))) return false;
    // 每件(处): another name of the unit; 少1張(份): a shortfall of either, at the same points
    if (/^[^(]*Q[^(]*N\(t\)/.test(v.sk.slice(m[0], m[1])) && altUnit(v, v.find("N", m[0], m[1])) === null) return false;
    if (/^[MQG]/.test(v.sk[m[0]])) return true;
    // 超过3次的扣2分: a bound the count reaches (countThreshold), not a count of one
    if (m[0] > 0 && v.sk[m[0] - 1] === "c" && v.sk[m[0] - 2] !== "M") return false;
    const unit = v.tok(m[0]).unit ?? "";
    const leading = m[0] === 0 && num(n) === 1 && ONE_OF.has(unit) && !/[,(]/.test(v.sk.slice(0, 2));
    if (leading || !NEAR.test(v.sk.slice(m[0], m[1]))) return leading;
    // (a 的/者 closing the subject is no word more: 未交乡代管的扣1分 is 未交乡代管扣1分)
    const between = v.sk[m[0] + 1] === "t" ? v.c.text(v.tok(m[0] + 1)).trim().replace(/[的者]$/, "") : "";
    // (一人次扣该当班教师考核分0.5分: the text is the verb and whose points, refine.ts — the verb is in it)
    const verb = v.tok(m[1] - 2);
    return unit !== "" && !DATE_UNITS.has(unit) && (between.length <= 6 || (verb.s === verb.e && between.length <= 11));
  });
  // (每个依次扣10分、5分、3分 after levels listed: the count of a part whose points go to the levels, not a kind of its own)
  const spread = spreadKinds(v, "D");
  if (spread !== null && spread.length > 0) found.splice(0, found.length, ...found.filter((m) => !spread.some((p) => m[0] < p.at[1] && m[1] > p.at[0])));
  if (found.length === 0) return null;
  const at = (m: [number, number]) => {
    const n = v.tok(v.find("N", m[0], m[1]));
    const verb = v.tok(m[1] - 2);
    const pts = v.tok(m[1] - 1);
    return { n, verb, pts, shortfall: v.sk.slice(m[0], m[1]).includes("Q"), foundWord: v.sk[m[0]] === "G" };
  };
  const main = at(found[0]);
  const unit = main.n.unit ?? "";
  // 每迟到5分钟扣1分, 每减少5分钟扣5分, 每超时1小时扣2分: a step of time said with 每 counts whole steps of it, as 每延误5天
  // does — 每, at most a short word (迟到, 减少), the time, and its points at once; a time with no 每 (迟到5分钟扣1分: per 5,
  // or once past 5?) or with words after it (每2小时巡查一次,未巡查扣1分: how often a duty recurs) stays unread
  if (TIME_UNITS.has(unit) && !timeStep(v, found[0], main.n)) return null;
  const per = num(main.n);
  const points = num(main.pts);
  const pointsMax = main.pts.hi ?? null;
  const addOn = main.verb.k === "A";
  if (!(per > 0)) return null;
  if (pointsMax !== null && pointsMax < points) return null;

  // the clause's own full points before it: 能够完成…的计20分
  const before = earnings(v).filter((e) => e < found[0][0]);
  // (每少一人扣1分,达到的得5分: the full points said after the deduction, for the target reached — the item's max)
  const metAfter = before.length === 0 ? reachedAfter(v, found[0][1]) : -1;
  const fullAt = before.length > 0 ? before[0] : metAfter;
  const full = fullAt >= 0 && v.sk[fullAt + 1] === "P" ? num(v.tok(fullAt + 1)) : null;
  // (设立信息员记30分,3月份前…设立信息员记30分,每推迟1个月扣10分 for an item worth 30: the item's points said as a heading,
  // then again as the standard's own full points — one full, said twice, not two parts; only the item's max can be so said)
  const again = full !== null && full === v.c.max && before.length > 1 &&
    before.every((e) => v.sk[e + 1] === "P" && v.tok(e + 1).hi === undefined && num(v.tok(e + 1)) === full) ? before.slice(1) : [];
  // the deduction's own cap after it: 最多扣10分
  // 扣12分,其中每少报1个月报表扣1分: the whole deduction said first, then what it is made of
  const whole = found[0][0] >= 3 && /^[DA]P,t$/.test(v.sk.slice(found[0][0] - 4, found[0][0])) && /^\s*其中\s*$/.test(v.c.text(v.tok(found[0][0] - 1)))
    ? [found[0][0] - 4, found[0][0] - 2] as [number, number] : null;
  const capM = whole ?? v.first(/C{1,3}[Dt]?P/, found[0][1]);
  const cap = capM ? num(v.tok(capM[1] - 1)) : null;
  // a stated target: 有1名以上…少1人扣3分 (the value is then the units there are)
  const same: string[] = [...(SYNONYMS.find((g) => g.includes(unit)) ?? [unit])];
  let target: number | null = null;
  let targetAt = -1;
  let bareTarget = -1;
  // 宣传画500張以上,宣传资料5000份以上,少1張(份)扣0.05分: a target for each unit, one shortfall at the
  // same points for either — the value is how many are missing in all, no one target to count from
  const alt = main.shortfall ? altUnit(v, v.find("N", found[0][0], found[0][1])) : null;
  let twoTargets = false;
  if (alt !== null) {
    const units = new Set<string>();
    for (let p = 0; p + 1 < found[0][0]; p++) if (v.sk[p] === "N" && v.sk[p + 1] === "a" && cmpAfter(v.tok(p + 1).w) === ">=") units.add(v.tok(p).unit ?? "");
    if (!units.has(unit) && !units.has(alt) && units.size > 0) return null;
    twoTargets = units.has(unit) && units.has(alt);
    if (!twoTargets) same.push(alt);
  }
  if (main.shortfall && !twoTargets) {
    // the target: a count "N以上" before, of the same measure word (名/人/位 …) or the only one
    const targets: number[] = [];
    for (let p = 0; p + 1 < found[0][0]; p++) if (v.sk[p] === "N" && v.sk[p + 1] === "a" && cmpAfter(v.tok(p + 1).w) === ">=") targets.push(p);
    const only = targets.length === 1 ? targets[0] : -1;
    for (let p = 0; p + 1 < found[0][0]; p++) {
      // (每个站点配备2名以上人员,每少1个站点扣2分: the only bound, in another measure word than the step's, bounds
      // something else — persons per station, not the stations counted)
      if (v.sk[p] === "N" && v.sk[p + 1] === "a" && (same.includes(v.tok(p).unit ?? "") || (p === only && !otherMeasure(v.tok(p).unit, unit))) && cmpAfter(v.tok(p + 1).w) === ">=") {
        target = num(v.tok(p));
        targetAt = p;
        break;
      }
      // 不少于15天的得10分,少于15天的每少1天扣1分
      if (p > 0 && v.sk[p] === "N" && v.sk[p - 1] === "c" && same.includes(v.tok(p).unit ?? "") && ["不少于", "不低于", "达到", "达"].includes(v.tok(p - 1).w ?? "")) {
        target = num(v.tok(p));
        targetAt = p - 1;
        break;
      }
    }
    if (target === null && fullAt >= 0) {
      // 反馈信息5条…的计2.5分,每差1条扣0.5分: the one count of the same measure word in the full
      // points' condition is the target
      // (in the full points' own sentence: 由2名教师于每周检查。全部做到的得6分,缺1人扣1分 — who checks is no target)
      const counts: number[] = [];
      for (let p = v.sk.lastIndexOf(";", fullAt) + 1; p < Math.min(fullAt, found[0][0]); p++) if (v.sk[p] === "N" && same.includes(v.tok(p).unit ?? "") && v.tok(p).hi === undefined) counts.push(p);
      if (counts.length === 1 && num(v.tok(counts[0])) > 0) {
        target = num(v.tok(counts[0]));
        bareTarget = counts[0];
      }
    }
    if (target !== null) {
      // the same bound said again as the shortfall's condition (少于15天的)
      for (let p = Math.max(targetAt, bareTarget) + 2; p + 1 < found[0][0]; p++) {
        if (v.sk[p] === "c" && v.sk[p + 1] === "N" && num(v.tok(p + 1)) === target) v.use(p, p + 1);
      }
    }
  }
  // 开展5次以上…得2分,少开展…的一次扣1分: a count of the same measure word in the full points'
  // condition is the target of a shortfall said in words; beside a deduction of another kind
  // (…质量不符的一次扣1分) the count done and the failings are two figures
  if (!main.shortfall && fullAt >= 0 && target === null) {
    const counts: number[] = [];
    // (the condition is the full points' own sentence: 由值日班级4名学生、1名干部于每天检查。全班…得10分 — who
    // checks, said in a sentence before it, is no target)
    const from = v.sk.lastIndexOf(";", fullAt) + 1;
    for (let p = from; p < Math.min(fullAt, found[0][0]); p++) if (v.sk[p] === "N" && same.includes(v.tok(p).unit ?? "") && v.tok(p).hi === undefined && num(v.tok(p)) > 0) counts.push(p);
    if (counts.length > 0) {
      if (counts.length !== 1 || !/少|缺|差|不足|未完成|未达/.test(v.between(fullAt + 2, found[0][0]))) return failure("several-counts");
      target = num(v.tok(counts[0]));
      if (v.sk[counts[0] + 1] === "a" && cmpAfter(v.tok(counts[0] + 1).w) === ">=") targetAt = counts[0];
      else bareTarget = counts[0];
    }
  }
  // 每缺一项扣1分,材料不具体、涉嫌抄袭的扣1分: failings of the same points beside the count, no count of
  // their own, are more of what is counted
  const alike: Array<[number, number]> = [];
  if (found.length === 1 && pointsMax === null && !addOn && per === 1) {
    // (…没有场所或器材的各扣1分: each of the failings named, 各, takes the points; …每项扣1分 没有场所…扣1分: a copy that
    // lost the separator after the points)
    for (const [a, b] of v.all(/(?:[,;]|(?<=P))t(?:lt){0,6}L?DP/g)) {
      if (b > found[0][0] && a < found[0][1]) continue;
      const pts = v.tok(b - 1);
      if (num(pts) !== points || pts.hi !== undefined) {
        alike.length = 0;
        break;
      }
      alike.push([v.sk[a] === "t" ? a : a + 1, b]);
    }
  }
  // 早操迟到一次扣1分,旷操扣2分; 没有解决的一次扣1分,不接待的扣2分: beside acts counted by the time (一次, 每次), an
  // act said with its own points and no count is another kind of occurrence — round 10's kinds counted apart, one count
  // each in the clause's order (beside counts of things, 每处扣2分;未设置…扣4分, a failing said so is a state: not this)
  // (认真研究落实科技工作,6分。缺席会议每次扣2分,由他人顶替的扣1分: the points said first, the item's max, are its heading)
  const headed = fullAt >= 0 && before.length === 1 && full !== null && full === v.c.max;
  const bare = alike.length === 0 && pointsMax === null && !addOn && (fullAt < 0 || headed) && target === null ? bareOccurrences(v, found, at) : [];
  const floorAt = v.find("F", 0, v.sk.length);
  // 被市高清探头监测到的火点,每个扣5分;被省、市、县督查组巡查发现的火点,每个分别扣10分、5分、3分: levels listed, one of the
  // same unit, then 分别 and their points — each level one more kind counted apart
  // (镇、县及县以上督查通报的,每项分别扣2分、4分、6分: two levels said, three points — which is whose is not read)
  if (spread === null) return failure("unread-words", { list: `“${spreadText(v, "D")}”` });
  if (spread.length > 0) {
    const one = found.every((m) => { const x = at(m); return (x.n.unit ?? "") === unit && num(x.n) === 1 && x.n.hi === undefined && !x.shortfall && x.verb.k === "D" && x.verb.s !== x.verb.e && x.pts.hi === undefined; });
    if (!one || pointsMax !== null || addOn || fullAt >= 0 || target !== null || alike.length > 0 || spread.some((p) => p.unit !== unit && !p.listed)) return null;
    bare.push(...spread.flatMap((p) => p.kinds.map((k) => ({ at: p.at, label: k.label, points: k.points }))));
  }
  if (bare.length > 0) {
    const kinds = [...found.map((m) => ({ at: m, label: kindWords(v, m), points: num(at(m).pts) })), ...bare].sort((a, b) => a.at[0] - b.at[0]);
    const categories: LabelledPoints[] = kinds.map((k) => ({ label: k.label, points: k.points }));
    const lo = Math.min(...categories.map((c) => c.points));
    const hi = Math.max(...categories.map((c) => c.points));
    for (const k of kinds) v.useRange(k.at[0], k.at[1]);
    if (fullAt >= 0) v.use(fullAt, fullAt + 1);
    if (capM) v.useRange(capM[0], capM[1]);
    if (floorAt >= 0) v.use(floorAt);
    return { kind: "per-case", unit, points: lo, pointsMax: lo === hi ? null : hi, addOn: false, categories, cap };
  }
  const floored = floorAt >= 0 || main.shortfall || main.foundWord || fullAt >= 0;
  const useMain = (): void => {
    for (const e of again) v.use(e, e + 1);
    for (const [a, b] of alike) v.useRange(a, b);
    v.useRange(found[0][0], found[0][1]);
    if (fullAt >= 0) v.use(fullAt, fullAt + 1);
    if (capM) v.useRange(capM[0], capM[1]);
    if (targetAt >= 0) v.use(targetAt, targetAt + 1);
    if (bareTarget >= 0) v.use(bareTarget);
    if (floorAt >= 0) v.use(floorAt);
  };
  const caseUnit = /起|例/.test(unit);
  if (floored && found.length === 1 && pointsMax === null && !addOn && (!caseUnit || floorAt >= 0 || fullAt >= 0)) {
    useMain();
    return { kind: "per-unit-deduction-floored", per, unit, points, full, target, cap };
  }
  // 窗口形象好的得2分。…每人次扣0.5分;…每人次扣0.5分: acts of the same points per the same unit, out of
  // the points said first, are one count of them all
  if (fullAt >= 0 && found.length > 1 && target === null && pointsMax === null && !addOn && !main.shortfall) {
    const sameAll = found.every((m) => { const x = at(m); return num(x.pts) === points && x.pts.hi === undefined && num(x.n) === per && (x.n.unit ?? "") === unit && x.verb.k === "D"; });
    if (sameAll) {
      useMain();
      for (const m of found) v.useRange(m[0], m[1]);
      return { kind: "per-unit-deduction-floored", per, unit, points, full, target, cap };
    }
  }
  // 遵守纪律的得10分。迟到的,每人次扣0.5分;擅自缺岗的,每人次扣1分 for an item worth 10: the points said first are
  // the item's own, so the kinds counted apart below are taken from them as from the max (any other full points, or
  // a target counted in them, are no such heading)
  const heading = fullAt >= 0 && before.length === 1 && full !== null && full === v.c.max && target === null && found.length > 1;
  if (fullAt >= 0 && !heading) return null;
  // 漏报一项扣5分,迟报一项扣2分,差错一笔扣0.5分: each a count of a different act — kinds counted apart
  // (the same points per one of each act, 一次扣5分;…一次扣5分 or 每少1张扣0.5分,…发现一次扣0.5分, is one count of them all;
  // kinds of one case each 每…, 一、二孩错漏每例扣2分,多孩错漏报每例扣3分, are counted by kind)
  if (found.length > 1) {
    const uniform = found.every((m) => { const x = at(m); return num(x.pts) === points && x.pts.hi === undefined && num(x.n) === per; });
    // 各区…不少于10人,每少1人扣0.5分;各开发区…不少于4人,每少1人扣1.25分: a target and a step per kind of unit
    const shortfalls = found.some((m) => v.sk.slice(m[0], m[1]).includes("Q"));
    // (漏报一项扣5分,迟报一项扣2分: kinds counted apart, one count each, 1,0,2 — settled in round 10 as DOMAIN.md's
    // 一、二孩错漏每例扣2分,多孩错漏报每例扣3分 is read; but 绿地生均不足2㎡扣2分,其他一项达不到扣1分 is a state
    // and a count, not kinds counted one by one: without 每, each kind is counted by one)
    const ones = found.every((m) => v.sk[m[0]] === "M" || num(at(m).n) === 1);
    // (缺一项扣1分;…发现一处扣0.5分 / 发现1起…扣5分;…少1项扣2分: a shortfall with no target stated anywhere — no
    // figure of the clause outside the kinds' own counts but dates (每月1日-10日报账) — is a count of what is missing,
    // a kind like the others)
    const counted = (p: number): boolean => found.some((m) => p >= m[0] && p < m[1]) || (v.sk[p] === "N" && DATE_UNITS.has(v.tok(p).unit ?? ""));
    const targetless = shortfalls && target === null && [...v.sk].every((k, p) => !"NRY".includes(k) || counted(p));
    if (!uniform && ((shortfalls && !targetless) || !ones)) return failure("several-counts");
  }
  const rest = found.slice(1).map(at);
  if (rest.some((r) => r.pts.hi !== undefined)) return null;
  const labelOf = (m: [number, number]): string => {
    let a = m[0];
    const stop = Math.max(0, m[0] - 12);
    while (a > stop && !",;(".includes(v.sk[a - 1])) a--;
    return v.between(a, m[0]).replace(/的$/, "").trim();
  };
  const useAll = (): void => {
    useMain();
    for (const m of found) v.useRange(m[0], m[1]);
  };
  if (pointsMax !== null && rest.length === 0) return failure("points-range", { min: points, max: pointsMax });
  if (pointsMax !== null) {
    // 每发生一起扣0.1-0.3分: the assessor chooses within the range, unless categories say which
    const categories: LabelledPoints[] = found.slice(1).map((m, i) => ({ label: labelOf(m), points: num(rest[i].pts) }));
    if (categories.some((c) => c.points < points || c.points > pointsMax)) return null;
    useAll();
    return { kind: "per-case", unit, points, pointsMax, addOn, categories, cap };
  }
  if (rest.length > 0) {
    if (addOn || rest.some((r) => r.verb.k === "A")) return null;
    // (未清扫者每次扣除当月绩效考核3分,清扫不彻底的每次扣除…1分: the verbs stand before whose points (refine.ts) —
    // refused as several figures before round 10; kinds counted apart, one count each in order, as 每次扣3分 is)
    // 每重伤1人扣15分;经济损失每100万元扣15分: a kind whose points go per several (100万元, 2次) is not counted
    // one case at a time — 2 typed for it was read as 2 cases
    const stepped = found.map(at).find((x) => num(x.n) !== 1);
    if (stepped) return failure("per-n-cases", { per: num(stepped.n), unit: `${stepped.n.unit ?? ""}${v.c.s.slice(stepped.n.e).startsWith("元") ? "元" : ""}` });
    // (缺席每人扣2分;迟到每人次扣1分,最多扣3分: a cap joined by a comma to the last kind, the kinds parted by ; or 。, may
    // be that kind's own cap — whose it is is not said)
    const last = found[found.length - 1];
    if (capM && capM[0] >= last[1] && !v.sk.slice(last[1], capM[0]).includes(";") && found.slice(1).some((m, i) => v.sk.slice(found[i][1], m[0]).includes(";"))) return failure("several-counts");
    const categories: LabelledPoints[] = found.map((m) => ({ label: labelOf(m), points: num(at(m).pts) }));
    const lo = Math.min(...categories.map((c) => c.points));
    const hi = Math.max(...categories.map((c) => c.points));
    useAll();
    // 每缺一人扣1分,扣完为止。迟到每人次扣1分,扣完为止: the floor said again after each kind is the item's one floor
    if (floorAt >= 0) for (let p = floorAt + 1; p < v.sk.length; p++) if (v.sk[p] === "F" && found.some((m) => m[1] <= p)) v.use(p);
    return { kind: "per-case", unit, points: lo, pointsMax: lo === hi ? null : hi, addOn: false, categories, cap };
  }
  useAll();
  // 集会无故缺席者,每二次减一分: points per two cases, not per case (a case rule has no step of its own:
  // read as per case it was a confident −2 for 2次) — a deduction per unit, its step two
  if (per !== 1) return addOn ? failure("per-n-cases", { per, unit }) : { kind: "per-unit-deduction-floored", per, unit, points, full, target, cap };
  return { kind: "per-case", unit, points, pointsMax: null, addOn, categories: [], cap };
}

/**
 * The skeletons of spreadKinds, for deductions (D) and earned points (E), compiled once: `points` — 分别 (or a word
 * ending in it) then the verb and two or more points; `part` — a whole part, levels listed (t l t …), one of a unit,
 * 分别 and the points.
 */
const spreadPatterns = (verb: "D" | "E"): { points: RegExp; part: RegExp } => ({
  points: new RegExp(`[LNt]${verb}P(?:(?:l|t)${verb}?P)+`, "g"),
  part: new RegExp(`(?<=^|[,;])t(?:lt)+,?(?:MN|Mt|N(?:\\(t\\))?)[Lt]?${verb}P(?:(?:l|t)${verb}?P)+(?=[,;]|$)`, "g"),
});
const SPREAD = { D: spreadPatterns("D"), E: spreadPatterns("E") };
/** a part of kinds whose points are given 分别; `listed`: the kinds named in its words (listedKinds), each counted alone */
type Spread = { at: [number, number]; unit: string; kinds: LabelledPoints[]; listed?: true };

/**
 * 被省、市、县督查组巡查发现的火点,每个分别扣10分、5分、3分; 在省、市级刊物发表1篇(项)分别加1分和0.5分: levels listed
 * (、 between), one of a unit (每个, 1篇), 分别 and the verb, then as many points (、 or 和 between) — each level a kind
 * counted apart, in order. [] when the clause has no such part, null when a part has points after 分别 it does not
 * read (the levels and the points not as many, a range) — nothing else may read them.
 */
function spreadKinds(v: View, verb: "D" | "E"): Spread[] | null {
  // (每个依次扣10分、5分、3分: 依次 is 分别 — the lexer glues it to the measure word before it)
  const inTurn = (p: number): boolean => v.sk[p] === "L" ? v.tok(p).w === "分别" : (v.sk[p] === "N" || v.sk[p] === "t") && /(?:分别|依次)\s*$/.test(v.c.text(v.tok(p)));
  const loose = v.all(SPREAD[verb].points).filter(([a]) => inTurn(a));
  if (loose.length === 0) return [];
  const out: Spread[] = [];
  for (const [a, b] of v.all(SPREAD[verb].part)) {
    const l = v.sk.indexOf(verb, a) - 1;
    if (!inTurn(l)) continue;
    const levels: string[] = [];
    for (let p = a; p < l && v.sk[p] === "t" && (p === a || v.sk[p - 1] === "l"); p += 2) levels.push(v.c.text(v.tok(p)).trim());
    const points = spreadPoints(v, l, b);
    if (points === null) return null;
    // the count: 每个 (its measure word a word of its own), 每N个, or 1篇 (its other name in parentheses)
    const c = v.sk.slice(a, l + 1).search(/MN|Mt|N/) + a;
    const n = v.tok(c + (v.sk[c] === "M" ? 1 : 0));
    const said = (n.k === "N" ? n.unit ?? "" : v.c.text(n)).trim().replace(/(?:分别|依次)$/, "");
    const unit = said !== "" ? said : v.c.text(n).replace(/^[\d.]+/, "").replace(/(?:分别|依次)\s*$/, "").trim();
    if (n.k === "N" && (num(n) !== 1 || n.hi !== undefined)) return null;
    if (!/^[\u4e00-\u9fff]{1,2}$/.test(unit) || DATE_UNITS.has(unit) || TIME_UNITS.has(unit) || isMeasureUnit(unit)) return null;
    if (levels.length !== points.length || levels.some((x) => x === "")) return null;
    out.push({ at: [a, b], unit, kinds: levels.map((label, i) => ({ label, points: points[i] })) });
  }
  // 市、县现场会在所在地召开分别加2分、1分; 获先进集体和个人分别加2分、1分; 被镇、县及县以上督查通报的,每项分别扣2分、4分、6分:
  // kinds named in a list (、 和 及 与 between, in the words of the part), no count or one of a unit, 分别 and as many
  // points — each kind counted apart, in order (round 10)
  for (const [l, b] of loose) {
    if (out.some((o) => l >= o.at[0] && l < o.at[1])) continue;
    const listed = listedKinds(v, verb, l, b);
    if (listed === null) return null;
    out.push(listed);
  }
  out.sort((x, y) => x.at[0] - y.at[0]);
  return out.length === loose.length ? out : null;
}

/** the points after 分别 (at l) up to b: 2分、4分、6分 / 2分和1分; null for a range, a point not above 0 or other words */
function spreadPoints(v: View, l: number, b: number): number[] | null {
  const points: number[] = [];
  for (let p = l + 1; p < b; p++) {
    const t = v.tok(p);
    if (v.sk[p] === "P") {
      if (t.hi !== undefined || !(num(t) > 0)) return null;
      points.push(num(t));
    } else if (v.sk[p] === "t" && !/^\s*(?:和|及|与)\s*$/.test(v.c.text(t))) return null;
  }
  return points;
}

/** words of a state or a grade (不合格、基本合格; 优秀、良好): one of them holds, none is counted */
const STATE_WORDS = /合格|达标|优秀|良好|较好|较差|一般|及格/;
/** words of an occurrence's order (第一次、第二次, 首次、再次): the points grow with the count, not kinds of it */
const ORDER_WORDS = /第|首次|再次|[0-9一二两三四五六七八九十]\s*(?:次|回|批)/;
/** a period as a kind (每月、每季度、每年…分别奖励3分、5分和10分): periods nest — a year without an accident holds its
 * months — so they are not kinds of case counted apart (dev19 I28-01, not_scorable) */
const PERIOD_KIND = /^(?:每)?(?:一)?(?:个)?(?:日|天|周|旬|月|季|季度|半年|年|年度|学期|学年)$/;

/**
 * A part whose kinds are named in its words before 分别 (loose match [l, b)): back to the separator, its text (and 以上
 * after a word) then, optionally, 每 and one of a unit; the words split at 、 和 及 与 must be as many as the points.
 */
function listedKinds(v: View, verb: "D" | "E", l: number, b: number): Spread | null {
  if (b < v.sk.length && !",;(".includes(v.sk[b])) return null;
  // (加 奖 奖励 earn per kind; 得 计 记 give the points of a grade or a tier, not of a count)
  const e = v.tok(v.sk.indexOf(verb, l));
  if (verb === "E" && !["加", "奖", "奖励"].includes(e.w ?? "")) return null;
  let c = l;
  if (v.sk[l] === "L") c = l;
  else return null;
  let unit = "次";
  if (c >= 2 && v.sk[c - 2] === "M" && v.sk[c - 1] === "N") {
    const n = v.tok(c - 1);
    unit = (n.unit ?? "").trim();
    if (!/^1?$/.test(v.c.text(n).replace(/[^\d]/g, "")) || n.hi !== undefined || !/^[\u4e00-\u9fff]{1,2}$/.test(unit) || DATE_UNITS.has(unit) || TIME_UNITS.has(unit) || isMeasureUnit(unit)) return null;
    c -= 2;
  }
  if (c > 0 && v.sk[c - 1] === ",") c--;
  let a = c;
  while (a > 0 && "tla".includes(v.sk[a - 1])) a--;
  if (a > 0 && !",;(".includes(v.sk[a - 1])) return null;
  if (a === c || v.sk[a] !== "t" || /a/.test(v.sk.slice(a, c).replace(/ta/g, "t"))) return null;
  const words = v.c.s.slice(v.tok(a).s, v.tok(c - 1).e);
  if (STATE_WORDS.test(words) || ORDER_WORDS.test(words) || /\d/.test(words)) return null;
  const labels = words.split(/[、和及与]/).map((x) => x.replace(/[的者]$/, "").trim());
  const points = spreadPoints(v, l, b);
  if (points === null) return null;
  if (labels.length !== points.length || labels.some((x) => x === "" || PERIOD_KIND.test(x))) return null;
  return { at: [a, b], unit, kinds: labels.map((label, i) => ({ label, points: points[i] })), listed: true };
}

/** the text of the first 分别 with its points (分别扣2分、4分、6分), for a refusal */
function spreadText(v: View, verb: "D" | "E"): string {
  const m = v.first(SPREAD[verb].points);
  return m ? v.between(m[0], m[1]) : "分别";
}

/** times an act happens: the measure words of occurrences (not of persons, things or places) */
const OCCURRENCES = new Set(["次", "回"]);

/** a counted kind's words: those before its count, back to the separator, and those between the count and the verb (若一次发现未做的) */
function kindWords(v: View, m: [number, number]): string {
  let a = m[0];
  while (a > 0 && !",;(".includes(v.sk[a - 1])) a--;
  let inside = "";
  for (let p = m[0]; p < m[1]; p++) if (v.sk[p] === "t") inside += v.c.text(v.tok(p));
  return (v.between(a, m[0]) + inside).trim().replace(/[的者]$/, "");
}

/**
 * The acts said with their points and no count (,旷操扣2分 / (发现装病扣10分) / ,迟到、早退扣1,) beside kinds counted
 * one time each (迟到一次扣1分, 每次扣2分): each another kind of occurrence, [] when the clause is not so made. Every
 * counted kind is one time (次/回) of an act, taken with a plain deduction; a bare act is its own part — words (a 、 list
 * of them), the verb and points, between separators — so nothing else of the clause goes into it.
 */
function bareOccurrences(v: View, found: ReadonlyArray<[number, number]>, at: (m: [number, number]) => { n: Token; verb: Token; pts: Token; shortfall: boolean }): Array<{ at: [number, number]; label: string; points: number }> {
  const short: Array<[number, number]> = [];
  for (const m of found) {
    const x = at(m);
    if (!OCCURRENCES.has(x.n.unit ?? "") || num(x.n) !== 1 || x.n.hi !== undefined || x.verb.k !== "D" || x.verb.s === x.verb.e || x.pts.hi !== undefined) return [];
    // (每少开1次专题会扣0.5分: times short of a requirement, not an act that happens — the failings beside it are states)
    if (x.shortfall || SHORT_WORDS.test(v.between(m[0], v.find("N", m[0], m[1])))) short.push(m);
  }
  if (short.length === found.length) return [];
  // (缺席会议每次扣2分,由他人顶替的扣1分;…每季度召开一次专题会议,少一次扣1分: beside a shortfall counted in a sentence of its
  // own, a bare act is another kind of occurrence only in the sentence of an act counted by the time, not the shortfall's)
  const sentence = (p: number): number => v.sk.lastIndexOf(";", p);
  const out: Array<{ at: [number, number]; label: string; points: number }> = [];
  for (const [a, b] of v.all(/(?<=^|[,;(])(?:tl)*tDP(?=[,;)]|$)/g)) {
    if (found.some((m) => a < m[1] && b > m[0])) continue;
    if (short.length > 0 && (short.some((m) => sentence(m[0]) === sentence(a)) || !found.some((m) => !short.includes(m) && sentence(m[0]) === sentence(a)))) return [];
    const pts = v.tok(b - 1);
    if (pts.hi !== undefined || !(num(pts) > 0) || v.tok(b - 2).s === v.tok(b - 2).e) return [];
    const label = v.between(a, b - 2).replace(/[的者]$/, "").trim();
    // (迟到,1次扣1分,时间长的扣3分: a graver case of the act counted, not another act — whether it is counted once
    // or twice is not said)
    if (GRAVER.test(label)) return [];
    out.push({ at: [a, b], label, points: num(pts) });
  }
  // (…无书面请假条者每次扣1分;因故缺席,…无书面请假条者扣2分: the same words twice, or one kind's words inside
  // another's, name a condition on acts said elsewhere, not kinds of their own; two counted kinds whose words overlap,
  // 有垃圾每次扣1分。…地面有垃圾每次扣1分, are each counted as they are without a bare act beside them)
  const labels = [...found.map((m) => kindWords(v, m)), ...out.map((o) => o.label)];
  const bareAt = found.length;
  if (labels.some((l, i) => l !== "" && labels.some((o, j) => i !== j && (i >= bareAt || j >= bareAt) && o.includes(l)))) return [];
  return out;
}

/** a shortfall said in the words of a count (每少开1次, 缺1次, 差1次) */
const SHORT_WORDS = /少|缺(?!勤|席)|差|不足/;
/** words of a graver case of an act (情节严重的, 时间长的, 造成恶劣影响的) */
const GRAVER = /严重|情节|恶劣|时间长|较长|较大|重大/;

/** 在全市排名1-5名的依次赋予20分、19分、18分、17分、16分: points by rank. */
export function ranks(v: View): Outcome | null {
  return rankRange(v) ?? firstRanks(v) ?? rankBands(v) ?? rankSequence(v);
}

/** the order of the ranking said before 依次 (从高到低, 按排名, 名次), best first — not 从低到高 */
const RANK_ORDER = /(?:从高到低|由高到低|从多到少|由多到少|从优到劣|排名|名次|排序|排位)[^,;。]{0,8}依次[\u4e00-\u9fff]{0,3}$/;
/** the list goes on (14、13、12…, 10分、9分、8分等, 以此类推) */
const GOES_ON = /^\s*(?:…|\.{3}|等|以此类推|依此类推|依次类推)/;

/**
 * 签到率从高到低依次计14、13、12… / 按排名依次得10分、8分、6分,以此类推: points by rank, the first ranks' points listed
 * and the list going on by the same step — rank n gets first + (n − 1)·step, down to 0 (a rank past that is not said).
 * The points must fall by one step; the order must be best first.
 */
function rankSequence(v: View): Outcome | null {
  const m = v.first(/(?:[NP]l){2,9}[NP]/);
  if (!m || m[0] === 0) return null;
  const lead = v.c.s.slice(0, v.tok(m[0]).s).replace(/\s+/g, "");
  if (!RANK_ORDER.test(lead) || /低到高|少到多|劣到优/.test(lead)) return null;
  const after = m[1] < v.sk.length ? v.c.s.slice(v.tok(m[1]).s) : "";
  if (!GOES_ON.test(after.replace(/^[,,]/, ""))) return null;
  const listed: number[] = [];
  for (let p = m[0]; p < m[1]; p += 2) {
    const t = v.tok(p);
    if (t.hi !== undefined || (t.k === "N" && (t.unit ?? "") !== "")) return null;
    listed.push(num(t));
  }
  const step = listed[1] - listed[0];
  if (!(step < 0) || listed.some((x, i) => i > 0 && Math.abs(x - listed[i - 1] - step) > 1e-9)) return null;
  if (v.c.max !== undefined && listed[0] > v.c.max) return null;
  const points: number[] = [];
  for (let x = listed[0]; x > -1e-9 && points.length < 100; x += step) points.push(Math.round(x * 1e6) / 1e6);
  v.useRange(m[0], m[1]);
  v.use(m[1]);
  return { kind: "rank-tiers", first: 1, points };
}

/** 排名:1-3名,7分;4-6名,5分;7-10名,3分: bands of ranks, one after another, each with its points. */
function rankBands(v: View): Outcome | null {
  const m = v.first(/(?:N,?E?P[;,]){1,9}N,?E?P/);
  if (!m) return null;
  if (!/排名|名次|排序|排位/.test(v.c.s.slice(0, v.tok(m[0]).s))) return null;
  const points: number[] = [];
  let next = -1;
  // the bands' word (名, or another: the rank words before say they are ranks)
  let unit: string | null = null;
  for (let p = m[0]; p < m[1]; p++) {
    if (v.sk[p] !== "N") continue;
    const n = v.tok(p);
    unit ??= n.unit ?? "";
    if (unit === "") return null;
    const lo = num(n);
    const hi = n.hi ?? lo;
    if ((unit !== null && n.unit !== unit) || !Number.isInteger(lo) || !Number.isInteger(hi) || hi < lo || hi - lo > 50 || (next >= 0 && lo !== next)) return null;
    let q = p + 1;
    while (v.sk[q] !== "P") q++;
    const pts = v.tok(q);
    if (pts.hi !== undefined) return null;
    for (let r = lo; r <= hi; r++) points.push(num(pts));
    next = hi + 1;
  }
  const first = num(v.tok(m[0]));
  if (first < 1) return null;
  v.useRange(m[0], m[1]);
  return { kind: "rank-tiers", first, points };
}

function rankRange(v: View): Outcome | null {
  const m = v.first(/Nt?L?(?:E?Pl)+E?P/);
  if (!m) return null;
  const n = v.tok(m[0]);
  if (n.hi === undefined || !(num(n) >= 1) || !Number.isInteger(num(n)) || !Number.isInteger(n.hi)) return null;
  const points: number[] = [];
  for (let p = m[0]; p < m[1]; p++) if (v.sk[p] === "P") points.push(num(v.tok(p)));
  const said = v.c.s.slice(0, n.s) + (v.sk[m[0] + 1] === "t" ? v.c.text(v.tok(m[0] + 1)) : "");
  if (points.length !== n.hi - num(n) + 1 || !/排名|名次|排序|排位/.test(said)) return null;
  v.useRange(m[0], m[1]);
  return { kind: "rank-tiers", first: num(n), points };
}

/**
 * 前三名按照6、5、4分打分(,有新培育的得3分,没有新培育的0分): the first n ranks, one point figure each,
 * and where the clause goes on, the points of any other rank with something to rank and the zero
 * of nothing to rank.
 */
function firstRanks(v: View): Outcome | null {
  const m = v.first(/Nt?L?E?(?:[NP]l){1,9}E?P/);
  if (!m) return null;
  const n = v.tok(m[0]);
  const k = num(n);
  if (n.unit !== "名" || n.hi !== undefined || !Number.isInteger(k) || k < 2 || !/前\s*$/.test(v.c.s.slice(Math.max(0, n.s - 3), n.s))) return null;
  const points: number[] = [];
  for (let p = m[0] + 1; p < m[1]; p++) {
    const t = v.tok(p);
    if (t.k !== "N" && t.k !== "P") continue;
    if (t.hi !== undefined || (t.k === "N" && (t.unit ?? "") !== "")) return null;
    points.push(num(t));
  }
  if (points.length !== k) return null;
  v.useRange(m[0], m[1]);
  // the rest and the zero: ,有…的得3分,没有…的0分
  const tail = /^(t?)[,;]tEP[,;]t(EP|P|0)/.exec(v.sk.slice(m[1]));
  if (!tail) return { kind: "rank-tiers", first: 1, points };
  const rest = m[1] + tail[1].length + 1;
  const zero = rest + 5 + tail[2].length - 1;
  const none = /没有|无|未/;
  if (none.test(v.c.text(v.tok(rest))) || !none.test(v.c.text(v.tok(rest + 4))) || (v.sk[zero] === "P" && num(v.tok(zero)) !== 0)) {
    return { kind: "rank-tiers", first: 1, points };
  }
  v.useRange(rest, zero + 1);
  return { kind: "rank-tiers", first: 1, points, rest: num(v.tok(rest + 2)) };
}

/**
 * A deduction per unit up to a count that takes every point: 迟到、早退一次各扣0.5分,以此类推,
 * 四次(含)以上不得分; 发现一次的,扣0.5分;发现有两次及以上的,此项不得分. The score at each count,
 * out of the item's max (a stepped count).
 */
export function deductionToZero(v: View): Outcome | null {
  const m = v.first(/[MG]?Nt?,?L?DP[,;t]*G?N(?:\(t\))?at?,?t?0/);
  if (!m) return null;
  const max = v.c.max;
  if (max === undefined) return failure("cutoff-needs-max");
  const first = v.find("N", m[0], m[1]);
  const cut = v.find("N", first + 1, m[1]);
  const one = v.tok(first);
  const at = v.tok(cut);
  const pts = v.tok(v.find("P", first, cut));
  const same = SYNONYMS.find((g) => g.includes(one.unit ?? "")) ?? [one.unit ?? ""];
  const above = v.tok(v.find("a", cut, m[1]));
  if (num(one) !== 1 || one.hi !== undefined || at.hi !== undefined || pts.hi !== undefined || !same.includes(at.unit ?? "")) return null;
  if (!one.unit || DATE_UNITS.has(one.unit) || TIME_UNITS.has(one.unit) || cmpAfter(above.w) !== ">=") return null;
  const k = num(at);
  if (!Number.isInteger(k) || k < 2 || k > 50) return null;
  // nothing else scores in the clause
  for (let p = 0; p < v.sk.length; p++) {
    if (p >= m[0] && p < m[1]) continue;
    const item = v.sk[p] === "P" && v.sk[p - 1] === "(" && v.sk[p + 1] === ")";
    if ("PRYDAEC0".includes(v.sk[p]) && !item) return null;
  }
  const steps: Array<{ atLeast: number; points: number }> = [{ atLeast: k, points: 0 }];
  for (let n = k - 1; n >= 0; n--) steps.push({ atLeast: n, points: Math.max(0, Math.round((max - num(pts) * n) * 1e10) / 1e10) });
  v.useRange(m[0], m[1]);
  // (迟到、早退一次各扣0.5分,以此类推,四次(含)以上不得分: each time one more deduction, which the steps are)
  v.c.etcRead = true;
  return { kind: "stepped-count", unit: one.unit, steps, cap: null };
}

/**
 * 发现一级政府未将经费纳入预算扣0.2分,扣完为止; 领导机构少一个扣0.2分、责任落实不明确的扣0.2分,扣完为止:
 * deductions of equal points with no 每, closed by a floor — the floor says they repeat, so each
 * failing found takes the points, out of the item's max (the value is how many were found). Only with
 * the item's max, and with no count in the clause but one missing (少一个) beside another failing.
 */
export function flooredFailings(v: View): Outcome | null {
  const max = v.c.max;
  if (max === undefined || !v.has("F") || /[MERYOCcxpK?LUBJVGW0a]/.test(v.sk)) return null;
  const ds = v.all(/[DA]P/g);
  if (ds.length === 0) return null;
  const points = num(v.tok(ds[0][0] + 1));
  if (ds.some(([a]) => v.sk[a] === "A" || v.tok(a + 1).hi !== undefined || num(v.tok(a + 1)) !== points) || !(points > 0)) return null;
  // the floor closes the clause (a note in parentheses may follow it)
  const f = v.sk.lastIndexOf("F");
  if (!/^[,;]*(?:\([t,;l]*\)[,;]*)?$/.test(v.sk.slice(f + 1)) || v.sk.indexOf("F") !== f) return null;
  // a count only as one missing (少1个) before its deduction, and beside another failing
  for (let p = 0; p < v.sk.length; p++) {
    if (v.sk[p] === "Q") {
      if (v.sk[p + 1] !== "N" || v.sk[p + 2] !== "D") return null;
    } else if (v.sk[p] === "N") {
      const n = v.tok(p);
      if (v.sk[p - 1] !== "Q" || num(n) !== 1 || n.hi !== undefined || ds.length < 2) return null;
    }
  }
  if (points > max) return null;
  v.useRange(0, v.sk.length);
  return { kind: "per-unit-deduction-floored", per: 1, unit: "", points, full: null, target: null, cap: null };
}

/**
 * 学生投稿1篇,计5分,教职工投稿1篇,计8分; 每采用1条计10分;…每采用1条计0.5分; 认定每家得2分,授权每件0.5分。本项最高5分:
 * kinds earned apart, each a count of one (每 or 1) right before its own points — round 10's convention
 * for kinds counted apart (test/corpus/clauses/README.md): one count per kind, in the clause's order, the
 * points summed, at most the cap said after them. Nothing else may score in the clause: a condition on a
 * kind (影响因子大于等于2.0), another figure (投稿24篇), a deduction, a zero or a cap of one kind's own
 * leaves it to the other readers or refused. The same points for every kind are one count of them all.
 */
export function earnedKinds(v: View): Outcome | null {
  // (每采用1条(篇)共享信息计0.5分: another name of the unit, then words of what is counted, may stand before the verb)
  const found = v.all(/(?:Mt?)?N(?:\(t\))?t?,?EP/g);
  // (在省、市级刊物发表1篇(项)分别加1分和0.5分,最多不超过5分: levels listed, one of a unit, 分别 and their points — alone, the
  // cap over them after it)
  const spread = spreadKinds(v, "E");
  if (spread !== null && spread.length === 1 && found.every((m) => m[0] < spread[0].at[1] && m[1] > spread[0].at[0])) {
    const [a, b] = spread[0].at;
    const capS = v.first(/C{1,3}[Et]?P/, b);
    if (capS && (!/^[,;]t?$/.test(v.sk.slice(b, capS[0])) || v.tok(capS[1] - 1).hi !== undefined)) return null;
    for (let p = 0; p < v.sk.length; p++) {
      if ((p >= a && p < b) || (capS && p >= capS[0] && p < capS[1])) continue;
      if (!"t,;()l".includes(v.sk[p])) return null;
    }
    const pts = spread[0].kinds.map((k) => k.points);
    const capped = capS ? num(v.tok(capS[1] - 1)) : null;
    if (pts.every((x) => x === pts[0]) || (capped !== null && !(capped >= Math.min(...pts)))) return null;
    v.useRange(a, b);
    if (capS) v.useRange(capS[0], capS[1]);
    return { kind: "per-unit-capped", per: 1, unit: spread[0].unit, points: Math.min(...pts), cap: capped, categories: spread[0].kinds };
  }
  // (每次出勤加1分,缺勤一次扣2分: kinds that lose points per case beside kinds that earn them — signed kinds, read
  // only in a tally with no max, where nothing says the lost points come off anything but the earned ones; 加2分/天,
  // 扣2分/次: the points, then the unit they are per, as a part of its own)
  const lost = v.all(/(?:Mt?)?N(?:\(t\))?t?,?DP/g);
  const per = v.all(/(?<=^|[,;])t[ED]Pt(?=[,;(]|$)/g).filter((m) => PER_UNIT_AFTER.test(v.c.text(v.tok(m[1] - 1))));
  const signed = lost.length > 0 || per.length > 0;
  if (signed) {
    if (v.c.max !== undefined || spread === null || spread.length > 0) return null;
    found.push(...lost, ...per);
    found.sort((a, b) => a[0] - b[0]);
    const verbOf = (m: [number, number]): string => v.sk[m[1] - (per.includes(m) ? 3 : 2)];
    if (!found.some((m) => verbOf(m) === "E") || !found.some((m) => verbOf(m) === "D")) return null;
  }
  if (found.length < 2) return null;
  const kinds: Array<{ at: [number, number]; unit: string; points: number }> = [];
  for (const m of found) {
    const slash = per.includes(m);
    const n = slash ? null : v.tok(v.find("N", m[0], m[1]));
    const e = v.tok(m[1] - (slash ? 3 : 2));
    const pts = v.tok(m[1] - (slash ? 2 : 1));
    const unit = n === null ? PER_UNIT_AFTER.exec(v.c.text(v.tok(m[1] - 1)))![1] : n.unit ?? "";
    if (n !== null && (num(n) !== 1 || n.hi !== undefined)) return null;
    // (加2分/天 for a day without error: the days counted, as the kind's unit — not a period the points recur in)
    if (unit === "" || (DATE_UNITS.has(unit) && !slash) || TIME_UNITS.has(unit) || isMeasureUnit(unit)) return null;
    if (pts.hi !== undefined || !(num(pts) > 0) || (e.k !== "E" && !(e.k === "D" && signed))) return null;
    // (扣每桌次12分 beside 每桌次扣2分: with signs mixed, each kind's verb is written — an implied one may be a deduction misplaced)
    if (signed && e.s === e.e) return null;
    // (每1篇计5分 beside 投稿1篇,计5分: a count alone is one of its kind; a 每 before text and a figure is a period or a unit of its own)
    if (v.sk[m[0]] === "M" && v.sk[m[0] + 1] === "t") {
      const w = v.c.text(v.tok(m[0] + 1)).trim();
      if (!/^[\u4e00-\u9fff]{1,8}$/.test(w)) return null;
    }
    // (一等奖每项按照40分计算: words after the points say how they are reckoned — an award's grade, not read here)
    if (v.sk[m[1]] === "t") return null;
    // the count opens its kind: after a separator, the start, or the kind's words (one text token, 的 or a heading allowed)
    if (m[0] > 0 && !",;t(".includes(v.sk[m[0] - 1])) return null;
    kinds.push({ at: m, unit, points: e.k === "D" ? -num(pts) : num(pts) });
  }
  // kinds follow each other, a separator between them
  for (let i = 1; i < kinds.length; i++) if (!/[,;]/.test(v.sk.slice(kinds[i - 1].at[1], kinds[i].at[0]))) return null;
  // the cap over them all, after the last kind: 最多不超过12分, 本项最高5分, 最多计20分
  const last = kinds[kinds.length - 1].at[1];
  const capM = v.first(/C{1,3}[Et]?P/, last);
  if (capM && (!/^[,;]t?$/.test(v.sk.slice(last, capM[0])) || v.tok(capM[1] - 1).hi !== undefined)) return null;
  const cap = capM ? num(v.tok(capM[1] - 1)) : null;
  // (a cap beside signed kinds: whether it bounds the earned side or the sum is not said)
  if (signed && capM) return null;
  // nothing else scores: only subject text, separators, parentheses and 、 outside the kinds and the cap
  // (以上 after a word — 省部级以上主流媒体 — is the subject's, not a bound on a figure)
  for (let p = 0; p < v.sk.length; p++) {
    if (kinds.some((k) => p >= k.at[0] && p < k.at[1]) || (capM && p >= capM[0] && p < capM[1])) continue;
    const k = v.sk[p];
    if ("t,;()l".includes(k)) continue;
    if (k === "a" && p > 0 && v.sk[p - 1] === "t") continue;
    return null;
  }
  const points = kinds.map((k) => k.points);
  if (points.every((x) => x === points[0])) return null;
  if (cap !== null && !(cap >= Math.min(...points))) return null;
  const labelOf = (m: [number, number], i: number): string => {
    let a = m[0];
    const stop = i === 0 ? 0 : kinds[i - 1].at[1];
    while (a > stop && !",;".includes(v.sk[a - 1])) a--;
    // (…采用的,每篇计2分: the kind's words before the comma)
    let b = m[0];
    if (a === m[0] && a - 1 > stop && v.sk[a - 1] === ",") {
      b = a - 1;
      a = b;
      while (a > stop && !",;".includes(v.sk[a - 1])) a--;
    }
    const said = v.between(a, b).replace(/的$/, "").trim();
    // (每培育市级示范户一户得4分: the kind's words after 每)
    return said === "" && v.sk[m[0]] === "M" && v.sk[m[0] + 1] === "t" ? v.c.text(v.tok(m[0] + 1)).trim() : said;
  };
  // (违规扣2分/次: the kind's words open its part; 每次出勤加1分: they follow the count)
  const categories: LabelledPoints[] = kinds.map((k, i) => ({ label: per.includes(k.at) ? v.c.text(v.tok(k.at[0])).trim().replace(/[的者]$/, "") : labelOf(k.at, i) || kindWords(v, k.at), points: k.points }));
  // (每次加2分,每次扣1分: signed kinds each named by their words, or what is counted is not said)
  if (signed && categories.some((c) => !/[\u4e00-\u9fff]/.test(c.label))) return null;
  // 每月开展活动1次计2分: a count within a period or another unit (每 in the kind's own words), not a count of a kind
  if (kinds.some((k, i) => v.sk[k.at[0]] !== "M" && /每/.test(labelOf(k.at, i)))) return null;
  for (const k of kinds) v.useRange(k.at[0], k.at[1]);
  if (capM) v.useRange(capM[0], capM[1]);
  const units = new Set(kinds.map((k) => k.unit));
  return { kind: "per-unit-capped", per: 1, unit: units.size === 1 ? kinds[0].unit : "", points: Math.min(...points.filter((x) => x > 0)), cap, categories };
}

/** the unit the points are per, written after them: 加2分/天, 扣2分/次, 2分/人次 */
const PER_UNIT_AFTER = /^\s*\/\s*(次|人次|天|日|人|件|篇|项|个|起|例|处|条|份|场|回)\s*$/;

/**
 * 基础分3分,每检查1户有宣传单加0.2分,无扣0.2分,得分不超过5分,扣完为止: a base score said as such, moved up by some
 * kinds of case and down by others — kinds counted apart (round 10), one count per kind in the clause's order, the
 * signed points added to the base, the score between 0 and the cap over the whole score (or the item's max). A kind
 * is a count of one with its verb and points (每抽查1人合格加1分), or, right after such a kind and separated by a
 * comma only, the other state of the same unit with its own verb and points (…,无扣0.2分 / 不合格的扣1分).
 * Only with the item's max, the base within it; with no max the base is read and the kinds give signed points, as a
 * tally with no max does. Anything else scoring in the clause (a cap on one side, 最多加2分, a cap past the item's
 * max, a threshold, a rate) leaves it to the other readers or refused.
 */
export function baseKinds(v: View): Outcome | null {
  if (!v.has("M") || /[RYOxpX0?VBULAQ]/.test(v.sk)) return null;
  // the base: its words, then (为) its points, before anything else that scores
  let baseAt = -1;
  for (let p = 0; p + 1 < v.sk.length; p++) {
    if (v.sk[p] !== "t" || !BASE_WORDS.test(v.c.text(v.tok(p)))) continue;
    if (baseAt >= 0) return null;
    baseAt = p;
  }
  if (baseAt < 0) return null;
  const bp = v.first(/[Ec]?P/, baseAt + 1);
  if (bp === null || bp[0] !== baseAt + 1) return null;
  const baseTok = v.tok(bp[1] - 1);
  if (baseTok.hi !== undefined || !(num(baseTok) > 0)) return null;
  if (v.sk[bp[0]] === "E" && v.tok(bp[0]).s !== v.tok(bp[0]).e) return null;
  if (!/^[t,;()l]*$/.test(v.sk.slice(0, baseAt))) return null;
  const base = num(baseTok);
  // the kinds, each a part of its own after the base
  const kinds: Array<{ at: [number, number]; unit: string; points: number; label: string; every: boolean }> = [];
  let p = bp[1];
  let cap: number | null = null;
  let capAt: [number, number] | null = null;
  let floorAt = -1;
  const sep = /^[,;]+/;
  // (…扣完为止(以台账资料为准): a note in parentheses may close the clause)
  const note = /\([t,;l]*\)[,;]*$/.exec(v.sk);
  const end = note !== null && note.index >= bp[1] ? note.index : v.sk.length;
  for (;;) {
    if (p === end) break;
    const s = sep.exec(v.sk.slice(p, end));
    if (s === null) break;
    const from = p + s[0].length;
    if (from >= end) {
      p = from;
      break;
    }
    const rest = v.sk.slice(from, end);
    const kind = /^(?:M(?:t?G)?t?)?N(?:\(t\))?t?,?[ED]P/.exec(rest) ?? /^(?:t|Jt?),?[ED]P/.exec(rest);
    const capM = /^K?C{1,2}P/.exec(rest);
    if (kind && capAt === null && floorAt < 0) {
      const at: [number, number] = [from, from + kind[0].length];
      const e = v.tok(at[1] - 2);
      const pts = v.tok(at[1] - 1);
      if (e.s === e.e || pts.hi !== undefined || !(num(pts) > 0)) return null;
      const nAt = v.find("N", at[0], at[1]);
      let unit: string;
      let every = v.sk[at[0]] === "M";
      if (nAt >= 0) {
        const n = v.tok(nAt);
        if (num(n) !== 1 || n.hi !== undefined) return null;
        unit = n.unit ?? "";
        if (unit === "" || DATE_UNITS.has(unit) || TIME_UNITS.has(unit) || isMeasureUnit(unit)) return null;
      } else {
        // (…,无扣0.2分 / 不达标的扣2分: the other state of the unit counted just before, in the same sentence)
        const prev = kinds[kinds.length - 1];
        if (prev === undefined || !prev.every || !/^,+$/.test(v.sk.slice(prev.at[1], at[0]))) return null;
        unit = prev.unit;
        every = true;
      }
      const label = v.between(at[0], at[1] - 2).replace(/^每/, "").replace(/[,的者]+$/, "").trim();
      if (!/[\u4e00-\u9fff]/.test(label.replace(/\d+(?:\.\d+)?\s*\S?/, ""))) return null;
      kinds.push({ at, unit, points: e.k === "D" ? -num(pts) : num(pts), label, every });
      p = at[1];
    } else if (capM && kinds.length > 0 && capAt === null && floorAt < 0) {
      // the cap over the whole score: 得分不超过5分 (a score word), or a bound that is the item's max itself
      const c = num(v.tok(from + capM[0].length - 1));
      if (v.tok(from + capM[0].length - 1).hi !== undefined) return null;
      if (v.sk[from] !== "K" && c !== v.c.max) return null;
      cap = c;
      capAt = [from, from + capM[0].length];
      p = capAt[1];
    } else if (rest[0] === "F" && kinds.length > 0 && floorAt < 0) {
      floorAt = from;
      p = from + 1;
    } else {
      return null;
    }
  }
  if (p !== end || kinds.length < 2) return null;
  if (!kinds.some((k) => k.points > 0) || !kinds.some((k) => k.points < 0)) return null;
  const max = v.c.max;
  if (max === undefined) {
    // (no max: the base is the tally's start, the kinds its signed points; a bound or a floor has nothing to stop)
    if (cap !== null || floorAt >= 0) return null;
  } else if (base > max || (cap !== null && (cap < base || cap > max))) {
    return null;
  }
  v.useRange(baseAt, bp[1]);
  for (const k of kinds) v.useRange(k.at[0], k.at[1]);
  if (capAt) v.useRange(capAt[0], capAt[1]);
  if (floorAt >= 0) v.use(floorAt);
  const units = new Set(kinds.map((k) => k.unit));
  const categories: LabelledPoints[] = kinds.map((k) => ({ label: k.label, points: k.points }));
  const earnedPts = kinds.map((k) => k.points).filter((x) => x > 0);
  return {
    kind: "per-unit-capped", per: 1, unit: units.size === 1 ? kinds[0].unit : "", points: Math.min(...earnedPts),
    cap: max === undefined ? null : cap, categories, ...(max === undefined ? { baseStated: base } : { base }),
  };
}

/** measure words of persons: a bound in persons is no target of a count of things (2名以上人员 against 每少1个站点) */
const PERSONS = new Set(["人", "名", "位", "人次"]);
function otherMeasure(a: string | undefined, b: string): boolean {
  if (a === undefined || a === "" || b === "") return false;
  return PERSONS.has(a) && !PERSONS.has(b) && b !== "户";
}

/**
 * 1至2人不做扣0.5分,3至4人不做扣1分,以此类推 / 迟到1-3次扣1分,4-6次扣2分,依此类推: counts in bands of one width
 * from 1, each band the same points more than the one before, "and so on" — one step of points per band
 * begun (⌈n / width⌉ steps), out of the item's max. Earned points (1-2篇得1分,3-4篇得2分,以此类推) step up to
 * the item's max. Read only when every band said lies on that line, with one subject and one measure word.
 */
export function bandsLikewise(v: View): Outcome | null {
  if (!/[依以][次此]类推/.test(v.c.s) || /[MRYOCcaxpKLUBJVG0AQ]/.test(v.sk)) return null;
  const bands = v.all(/Nt?,?[DE]P/g);
  if (bands.length < 2) return null;
  // nothing else but the bands, the words between them, "and so on" after the last, and a floor
  const inBand = new Set<number>();
  for (const [a, b] of bands) for (let p = a; p < b; p++) inBand.add(p);
  let etcAt = -1;
  for (let p = 0; p < v.sk.length; p++) {
    if (inBand.has(p)) continue;
    const k = v.sk[p];
    if (k === "t" && /[依以][次此]类推/.test(v.c.text(v.tok(p)))) {
      if (p < bands[bands.length - 1][1]) return null;
      etcAt = p;
    } else if (!",;tF()".includes(k)) return null;
  }
  if (etcAt < 0) return null;
  const sign = v.sk[v.find("D", bands[0][0], bands[0][1])] === "D" ? -1 : 1;
  let width = 0;
  let unit = "";
  let per = 0;
  let words: string | null = null;
  for (let i = 0; i < bands.length; i++) {
    const [a, b] = bands[i];
    const n = v.tok(a);
    const p = v.tok(b - 1);
    const lo = num(n);
    const hi = n.hi ?? lo;
    if (p.hi !== undefined || !(num(p) > 0) || !Number.isInteger(lo) || !Number.isInteger(hi) || hi < lo) return null;
    if ((v.find("D", a, b) >= 0 ? -1 : 1) !== sign) return null;
    // (the subject between the count and the verb: one and the same in every band, or said once)
    const between = v.between(a + 1, v.find(sign < 0 ? "D" : "E", a, b)).replace(/[\s,]/g, "").replace(/[的者]$/, "");
    if (words === null) words = between;
    else if (between !== "" && between !== words) return null;
    // (the words before a band after the first: none but its separator)
    if (i > 0 && v.between(bands[i - 1][1], a).replace(/[\s,;]/g, "") !== "") return null;
    if (i === 0) {
      if (lo !== 1) return null;
      width = hi;
      unit = n.unit ?? "";
      per = num(p);
    } else if ((n.unit ?? "") !== unit || lo !== i * width + 1 || hi !== (i + 1) * width) return null;
    if (Math.abs(num(p) - (i + 1) * per) > 1e-9) return null;
  }
  if (unit === "" || DATE_UNITS.has(unit) || TIME_UNITS.has(unit) || !(width >= 1)) return null;
  const max = v.c.max;
  for (const [a, b] of bands) v.useRange(a, b);
  v.use(etcAt);
  const floor = v.find("F", 0, v.sk.length);
  if (floor >= 0) v.use(floor);
  v.c.etcRead = true;
  if (sign < 0) {
    return { kind: "per-unit-deduction-floored", per: width, unit, points: per, full: null, target: null, cap: null, ...(width > 1 ? { roundUp: true as const } : {}) };
  }
  // earned: a band begun earns its step, up to the item's max
  if (max === undefined || floor >= 0) return null;
  const steps: Array<{ atLeast: number; points: number }> = [];
  for (let i = 0; i * per < max && i < 200; i++) steps.push({ atLeast: i * width + 1, points: Math.min(max, Math.round((i + 1) * per * 1e10) / 1e10) });
  return { kind: "stepped-count", unit, steps: steps.reverse(), cap: max };
}
