/**
 * Points by a grade (等次) the assessor writes as the value: the grades listed, then their points
 * listed in the same order (按严重、比较严重、一般、不大严重、不严重5档划分,计分标准为1分、2分、3分、4分、5分;
 * 绿化程度属好、中、差,分别扣0、3、5分), or each grade with its own points where the grades are
 * alternatives (优秀加5分,良好加4分,合格加3分,不合格扣5分: a 档 word, or points both given and taken).
 * A grade is a short word; the value must be one of them, as written.
 */
import type { LabelledPoints } from "../types";
import { type Outcome, type View, BASE_WORDS, num } from "./view";

/** longest grade word read (一般, 比较严重, 不大严重) */
const GRADE_MAX = 6;
/** the word that introduces the first grade: 按严重、…; 属好、中、差; 均分优秀、… */
const LEAD = /(?:按照|依照|[按属为分是:])\s*([^按属为分是:]{1,6})$/;

export function grades(v: View): Outcome | null {
  return listedGrades(v) ?? eachListed(v) ?? pairedGrades(v) ?? bareGrades(v) ?? gradeTable(v);
}

/** the word that introduces a list of grades or categories (分为一、二、三类村; 按照国家级、省级…) */
// (受到区、市、省…表彰的, 获国家级、省级…奖励的: the levels of a recognition received, the same)
const LIST_LEAD = /(?:按照|依照|按|属于|属|分为|分成|划分为|划为|评为|定为|为|是|:|受到|获得|荣获|获)\s*([^按为是:]{1,8})$/;
/** a level of government or of an organisation opening the last category, the words after it shared by all (国家级优秀项目经理, 国家物业…部门表彰) */
const LEVEL_HEAD = /^(?:国家级|国家|全国|省部级|省级|省|地市级|市级|市|县级|县|区级|区|乡镇|镇级|镇|乡级|乡|村级|校级|院级|系级|集团|公司级|公司)/;
/** a numbered category: 3类村, 2档 (its numeral, then its word) — and a bare numeral before it (一、二、三类村) */
const NUMBERED = /^(\d{1,2}|[一二三四五六七八九十])([\u4e00-\u9fff]{1,3})$/;
const NUMERAL = /^(?:\d{1,2}|[一二三四五六七八九十])$/;

/** points listed with 、 (the last with 分): their span and figures; null when one is a range or a count in a measure word */
function pointsListed(v: View): { pm: [number, number]; vals: number[] } | null {
  const pm = v.first(/(?:[NP]l){1,9}P/);
  if (!pm) return null;
  const vals: number[] = [];
  for (let p = pm[0]; p < pm[1]; p += 2) {
    const t = v.tok(p);
    if (t.hi !== undefined || (t.k === "N" && (t.unit ?? "") !== "")) return null;
    vals.push(num(t));
  }
  return { pm, vals };
}

/**
 * 按工作情况分为一、二、三类村,分别计100分、90分、80分; 按照国家级、省级、市级、校级、院级分别加8分、6分、4分、2分、1分:
 * categories listed, then 分别 and its verb, then as many points in the same order — the value names one
 * category. Numbered categories sharing their word (一、二、三类村) are each that word (1类村, 2类村, 3类村).
 */
function eachListed(v: View): Outcome | null {
  const listed = pointsListed(v);
  if (!listed) return null;
  const { pm, vals } = listed;
  const k = vals.length;
  let q = pm[0] - 1;
  const verb = v.sk[q] === "E" || v.sk[q] === "D" ? v.tok(q) : undefined;
  if (verb === undefined || verb.w === "") return null;
  q--;
  if (v.sk[q] !== "L" || v.tok(q).w !== "分别") return null;
  q--;
  if (v.sk[q] === ",") q--;
  // the categories: k runs of text (or a numbered word) joined by 、, ending right before 分别
  const runs: Array<[number, number]> = [];
  let end = q;
  for (let i = 0; i < k; i++) {
    // (省(部), 区(县): a word with its alternative in parentheses)
    let start = end >= 3 && v.sk.slice(end - 2, end + 1) === "(t)" && v.sk[end - 3] === "t" ? end - 3 : end;
    while (start - 1 >= 0 && (v.sk[start - 1] === "t" || v.sk[start - 1] === "N")) start--;
    if (end < 0 || start > end || !(v.sk[start] === "t" || v.sk[start] === "N")) return null;
    runs.unshift([start, end]);
    if (i < k - 1) {
      if (v.sk[start - 1] !== "l") return null;
      end = start - 2;
    }
  }
  const labels = runs.map(([a, b]) => v.c.s.slice(v.tok(a).s, v.tok(b).e).replace(/\s+/g, "").replace(/的$/, ""));
  const lead = LIST_LEAD.exec(labels[0]);
  if (lead === null) return null;
  labels[0] = lead[1];
  // (业主单位、集团、省(部)、国家级优秀项目经理的: levels, the last one followed by what they are levels of)
  const head = k > 2 && labels.slice(0, -1).every((l) => l.length <= 4) && labels[k - 1].length > 4 ? LEVEL_HEAD.exec(labels[k - 1]) : null;
  if (head !== null) labels[k - 1] = head[0];
  const last = NUMBERED.exec(labels[k - 1]);
  const numbered = labels.slice(0, -1).every((l) => NUMERAL.test(l));
  if (numbered && last === null) return null;
  if (numbered && last !== null) {
    // (in the numerals the clause reads the last one in: 3类村 → 1类村, 三等 → 一等)
    const digits = /\d/.test(last[1]);
    for (let i = 0; i < k - 1; i++) {
      const n = /\d/.test(labels[i]) ? Number(labels[i]) : "一二三四五六七八九十".indexOf(labels[i]) + 1;
      labels[i] = `${digits ? n : "一二三四五六七八九十"[n - 1] ?? n}${last[2]}`;
    }
  } else if (labels.some((l) => /\d/.test(l))) {
    return null;
  }
  if (labels.some((l) => l === "" || l.length > 8 || /[,;:“”"]/.test(l.replace(/\([\u4e00-\u9fff]{1,3}\)$/, "")) || /[()]/.test(l.replace(/\([\u4e00-\u9fff]{1,3}\)$/, ""))) || new Set(labels).size !== k) return null;
  const sign = verb.k === "D" ? -1 : 1;
  if (v.c.max !== undefined && sign === 1 && Math.max(...vals) > v.c.max) return null;
  v.useRange(runs[0][0], pm[1]);
  return { kind: "grade-tiers", grades: labels.map((label, i) => ({ label, points: sign * vals[i] })) };
}

/** 得分:优40良30中20差0 — grade words each with a bare number, closing the clause after 得分/计分/评分: */
const GRADE_TABLE = /(?:得分|计分|评分|赋分|给分|记分)\s*[:]\s*((?:(?:优秀|良好|中等|合格|不合格|一般|较好|较差|[优良中差好])\s*\d+(?:\.\d+)?\s*分?\s*[,、;]?\s*){3,6})$/;
/** the table's head, tested before the trailing separators are trimmed (a whole-clause replace per clause) */
const GRADE_HEAD = /(?:得分|计分|评分|赋分|给分|记分)\s*:/;
const GRADE_PAIR = /(优秀|良好|中等|合格|不合格|一般|较好|较差|[优良中差好])\s*(\d+(?:\.\d+)?)/g;

/** the grades with their points, best first (each worth less than the one before), as the table lists them */
function gradeTable(v: View): Outcome | null {
  if (v.idx.length !== v.c.toks.length || !GRADE_HEAD.test(v.c.s)) return null;
  // (a note in parentheses after the table is no part of it)
  const m = GRADE_TABLE.exec(v.c.s.replace(/[;\s]+$/, "").replace(/\([^()]*\)$/, "").replace(/[;,\s]+$/, ""));
  if (!m) return null;
  const labels: string[] = [];
  const points: number[] = [];
  for (const g of m[1].matchAll(GRADE_PAIR)) {
    labels.push(g[1]);
    points.push(Number(g[2]));
  }
  if (points.some((x, i) => i > 0 && !(x < points[i - 1]))) return null;
  if (v.c.max !== undefined && points[0] > v.c.max) return null;
  const out = labelled(labels, points);
  if (!out) return null;
  v.useRange(0, v.sk.length);
  return { kind: "grade-tiers", grades: out };
}

/** words of a grade (等次): 优/良/中/差, 合格, 达标, 甲等, A级, 满意 … */
const GRADE_WORD = /^(?:[优良中差好]|优秀|良好|中等|一般|较好|较差|合格|不合格|基本合格|达标|不达标|基本达标|及格|不及格|[甲乙丙丁][等级]?|[A-D][等级]?|[一二三四]等|[一二三四]级|非常满意|满意|较满意|基本满意|不满意)$/;

/**
 * 优30分、良20分、达标10分、不达标0分: grades, each with its points and no verb, one after another —
 * alternatives (grade words, or points adding up to more than the max), in order of their points.
 */
function bareGrades(v: View): Outcome | null {
  const pm = v.first(/(?:[tJ]E?Pl){1,7}[tJ]E?P/);
  if (!pm) return null;
  const labels: string[] = [];
  const vals: number[] = [];
  for (let p = pm[0]; p < pm[1]; p++) {
    if (v.sk[p] !== "t" && v.sk[p] !== "J") continue;
    if (v.sk[p + 1] === "E" && v.tok(p + 1).w !== "") return null;
    const pts = v.tok(v.sk[p + 1] === "E" ? p + 2 : p + 1);
    if (pts.hi !== undefined) return null;
    labels.push(v.c.text(v.tok(p)).trim());
    vals.push(num(pts));
  }
  const down = vals.every((x, i) => i === 0 || x < vals[i - 1]);
  const up = vals.every((x, i) => i === 0 || x > vals[i - 1]);
  if (!down && !up) return null;
  const max = v.c.max;
  const sum = vals.reduce((a, b) => a + b, 0);
  if (!labels.every((l) => GRADE_WORD.test(l)) && !(max !== undefined && sum > max)) return null;
  if (max !== undefined && Math.max(...vals) > max) return null;
  // the grades stand alone in their sentence
  if (pm[0] > 0 && !",;:".includes(v.sk[pm[0] - 1])) return null;
  const out = labelled(labels, vals);
  if (!out) return null;
  v.useRange(pm[0], pm[1]);
  return { kind: "grade-tiers", grades: out };
}

/** the marks of a scale, in order (一二三…, 甲乙丙…, ABC…) */
const MARK_SCALES = ["一二三四五六七八九十", "甲乙丙丁戊", "ABCDE"];
/** the last of the listed marks with the word they share: 三等奖, 丙级, C类 (的/者 after it) */
const LAST_MARK = /^([一二三四五六七八九十甲乙丙丁戊A-E])\s*(等奖|等|级|档|类|星级|星)\s*(?:的|者)?$/;

/**
 * 一、二、三等奖 / 评为A、B、C级 / 甲、乙、丙类: marks of one scale, in order, the word they share said once
 * after the last (the first may follow the words that introduce it: 获一, 评为A) → 一等奖, 二等奖, 三等奖.
 * Null when the labels are not so.
 */
function sharedWord(labels: ReadonlyArray<string>): string[] | null {
  const k = labels.length;
  const last = LAST_MARK.exec(labels[k - 1].trim());
  if (!last) return null;
  const marks = labels.map((l, i) => (i === k - 1 ? last[1] : l.trim().slice(-1)));
  for (let i = 1; i < k - 1; i++) if (labels[i].trim().length !== 1) return null;
  const scale = MARK_SCALES.find((m) => m.includes(marks[0]));
  if (scale === undefined) return null;
  const from = scale.indexOf(marks[0]);
  if (marks.some((m, i) => scale[from + i] !== m)) return null;
  return marks.map((m) => m + last[2]);
}

/** grades listed, then as many points listed (the last with 分), the sign said between them */
function listedGrades(v: View): Outcome | null {
  const listed = pointsListed(v);
  if (!listed) return null;
  const { pm, vals } = listed;
  const k = vals.length;
  if (k < 2) return null;
  // the labels' run must end right where the points begin
  const before = v.sk.slice(0, pm[0]);
  // (or the last label holds 分别 and its verb, the points right after it: 产业、民生、功能分别加15、8、6分)
  // (甲、乙、丙级的,分别计6分、4分、2分: 分别 and the verb read as words of their own)
  const said = new RegExp(`[tQ](?:l[tQ]){${k - 1}}(N?)t?(?:,t?c?|,?L[EDA]?)$`).exec(before);
  const m = said ?? new RegExp(`[tQ](?:l[tQ]){${k - 1}}()$`).exec(before);
  if (!m) return gluedGrades(v, before, pm, vals);
  const start = m.index;
  const labels: string[] = [];
  // 产业、民生、功能分别加15、8、6分: 分别 and the verb glued to the last label (no separator before the points)
  let glued = "";
  for (let i = 0; i < k; i++) {
    let text = v.c.text(v.tok(start + 2 * i)).trim();
    if (i === k - 1 && said === null) {
      const each = /^(.+?)\s*((?:分别|各|依次)\s*(?:加|扣|减|得|计|记|给|奖|赋予|赋)?)$/.exec(text);
      if (each) {
        text = each[1];
        glued = each[2];
      }
    }
    labels.push(text);
  }
  // 获一、二、三等奖分别加6、4、2分: the marks of one scale in order, their word said once after the last
  const between0 = glued + v.c.s.slice(v.tok(start + 2 * k - 2).e, v.tok(pm[0]).s);
  const shared = /分别|依次/.test(between0) ? sharedWord(labels) : null;
  if (shared !== null) labels.splice(0, k, ...shared);
  // the first label after the word that introduces it (按/属/为 …), or opening the clause when 分别 pairs them
  const lead = shared === null ? LEAD.exec(labels[0]) : null;
  if (lead) labels[0] = lead[1].trim();
  else if (shared === null && !(start === 0 && /分别|依次/.test(glued))) return null;
  // (好、较好、一般的分别得…: the 的 closing the list is no part of the last grade)
  labels[k - 1] = labels[k - 1].replace(/(?<=[\u4e00-\u9fff]{2})(?:的|者)$/, "");
  if (said === null && glued === "") return null;
  // 5档: the count of grades, when said, is the number listed
  if (m[1] === "N") {
    const n = v.tok(start + 2 * k - 1);
    if (n.unit !== "档" || num(n) !== k) return null;
  }
  const between = glued + v.c.s.slice(v.tok(start + 2 * k - 2).e, v.tok(pm[0]).s);
  const sign = /扣|减/.test(between) ? -1 : /计|记|得|加|赋|给|奖/.test(between) ? 1 : 0;
  if (sign === 0) return null;
  const out = labelled(labels, vals.map((x) => sign * x));
  if (!out) return null;
  v.useRange(start, pm[1]);
  return { kind: "grade-tiers", grades: out };
}

/** one-character grades of one scale, written without separators (优良中差, 好中差, 甲乙丙丁, ABCD) */
const GLUED_SCALE = /^(?:[优良中差好劣]{2,6}|[甲乙丙丁戊]{2,5}|[A-E]{2,5})$/;

/**
 * 按优良中差分别记5、4、3、1分 / 按好中差依次得3、2、0分: one-character grades written together, then 分别/依次 and the
 * verb, then as many points in the same order — the value names one grade (优 → 5). The grades must be one scale's
 * marks, each once, as many as the points.
 */
function gluedGrades(v: View, before: string, pm: [number, number], vals: ReadonlyArray<number>): Outcome | null {
  const k = vals.length;
  const tail = /t(?:,?L[EDA]?)?$/.exec(before);
  if (!tail) return null;
  const at = tail.index;
  const between = v.c.s.slice(v.tok(at).s, v.tok(pm[0]).s);
  const m = /(?:按照|依照|按|属|为|分为|评为|:)?\s*([优良中差好劣甲乙丙丁戊A-E]{2,6})\s*(?:的|者)?\s*,?\s*(?:分别|依次)\s*(加|扣|减|得|计|记|给|奖|赋予|赋)\s*$/.exec(between);
  if (!m) return null;
  const marks = m[1];
  // (the grades open the clause's sentence or follow the word that introduces them)
  const lead = between.slice(0, m.index + m[0].indexOf(marks));
  if (!/(?:按照|依照|按|属|为|分为|评为|:)\s*$/.test(lead) && lead.trim() !== "") return null;
  if (!GLUED_SCALE.test(marks) || marks.length !== k || new Set(marks).size !== k) return null;
  const sign = /扣|减/.test(m[2]) ? -1 : 1;
  if (v.c.max !== undefined && sign === 1 && Math.max(...vals) > v.c.max) return null;
  const out = labelled([...marks], vals.map((x) => sign * x));
  if (!out) return null;
  v.useRange(at, pm[1]);
  return { kind: "grade-tiers", grades: out };
}

/**
 * 优秀加5分,良好加4分,合格加3分,不合格扣5分: each grade then its signed points. A note in parentheses may
 * describe a grade (优(完全达到任务要求)加10分良(…)加5分), and a grade may give nothing (好(…)不扣分,
 * 差的不得分); the separators between them may be lost with a table's rows.
 */
function pairedGrades(v: View): Outcome | null {
  // (通过加5分、结果不理想扣10分、未通过扣20分: 、 between them too)
  // (好(干净整洁),不扣分: a comma after the note too)
  // (底分90分,优加3分,…: a base score said as such is no grade — the grades start after it)
  const based = v.first(/t[Ec]?P/);
  const from = based !== null && BASE_WORDS.test(v.c.text(v.tok(based[0]))) ? based[1] : 0;
  const pm = v.first(/(?:t(?:\([t,;l]*\),?)?(?:[EDA]P|U|0)[,;l]?){2,8}t(?:\([t,;l]*\),?)?(?:[EDA]P|U|0)/, from);
  if (!pm) return null;
  const labels: string[] = [];
  const vals: number[] = [];
  for (let p = pm[0]; p < pm[1]; p++) {
    if (v.sk[p] !== "t") return null;
    labels.push(v.c.text(v.tok(p)).trim().replace(/的$/, ""));
    p++;
    if (v.sk[p] === "(") while (v.sk[p] !== ")") p++;
    if (v.sk[p] === ")") p++;
    if (v.sk[p] === "," && v.sk[p - 1] === ")") p++;
    const k = v.sk[p];
    if (k === "U" || k === "0") {
      // 不扣分 / 不加分 / 不得分: nothing either way (not 满分, the item's points)
      if (k === "U" && v.tok(p).w !== "不扣分") return null;
      vals.push(0);
    } else {
      const pts = v.tok(p + 1);
      if (pts.hi !== undefined) return null;
      vals.push(num(pts) * (k === "E" ? 1 : -1));
      p++;
    }
    if (p + 1 < pm[1] && (v.sk[p + 1] === "," || v.sk[p + 1] === ";" || v.sk[p + 1] === "l")) p++;
  }
  // 考核等次为优秀的得10分,…: the first grade after the word that introduces it
  const lead = GRADE_WORD.test(labels[0]) ? null : LEAD.exec(labels[0]);
  if (lead && GRADE_WORD.test(lead[1].trim())) labels[0] = lead[1].trim();
  // alternatives, not parts that add up: a 档/等次 word before them, points both given and taken, or
  // only grade words (优秀的得10分,良好的得8分,合格的得6分,不合格的不得分), best first
  const mixed = vals.some((x) => x > 0) && vals.some((x) => x < 0);
  const tiered = /档|等次|等级/.test(v.c.s.slice(0, v.tok(pm[0]).s));
  const graded = labels.every((l) => GRADE_WORD.test(l)) && vals.every((x, i) => i === 0 || x < vals[i - 1]);
  if (!mixed && !tiered && !graded) return null;
  if (mixed && v.c.max !== undefined) return null;
  const out = labelled(labels, vals);
  if (!out) return null;
  v.useRange(pm[0], pm[1]);
  return { kind: "grade-tiers", grades: out };
}

function labelled(labels: ReadonlyArray<string>, points: ReadonlyArray<number>): LabelledPoints[] | null {
  if (labels.some((l) => l === "" || l.length > GRADE_MAX || /[\d,;:()“”"]/.test(l))) return null;
  if (new Set(labels).size !== labels.length) return null;
  return labels.map((label, i) => ({ label, points: points[i] }));
}

/** grades in order, best first, that a clause may require one of (达甲等, 评为良好以上) */
const SCALES: ReadonlyArray<ReadonlyArray<string>> = [
  ["甲等", "乙等", "丙等", "丁等"], ["甲级", "乙级", "丙级", "丁级"], ["一等", "二等", "三等", "四等"],
  ["A级", "B级", "C级", "D级"], ["优秀", "良好", "合格", "不合格"],
];
const SCALE_WORD = new RegExp(SCALES.flat().sort((a, b) => b.length - a.length).join("|"), "g");

/**
 * Parts whose words each end in a grade of one scale, best first and each worth less (年度考核评为甲等的得5分,
 * 乙等的得3分; 评为优秀的计3分,良好的计2分,合格的计1分): grades a unit has one of, never parts that add up —
 * with or without the item's max. The grade is the label; null when any part ends otherwise.
 */
export function scaleGrades(parts: ReadonlyArray<{ readonly label: string; readonly points: number }>): LabelledPoints[] | null {
  if (parts.length < 2) return null;
  // (获一等奖的得6分,二等奖得4分: the award of a 等 grade is the grade)
  const ends = (w: string): string | undefined => SCALE_ENDS.find((g) => w.endsWith(g));
  const bare = (label: string): string => label.trim().replace(/[的者]$/, "").replace(/(等)奖$/, "$1");
  const first = ends(bare(parts[0].label));
  const scale = first === undefined ? undefined : SCALES.find((x) => x.includes(first));
  if (scale === undefined) return null;
  const out: LabelledPoints[] = [];
  let at = -1;
  for (const p of parts) {
    const g = ends(bare(p.label));
    const i = g === undefined ? -1 : scale.indexOf(g);
    if (g === undefined || i <= at || (out.length > 0 && !(p.points < out[out.length - 1].points))) return null;
    at = i;
    out.push({ label: g, points: p.points });
  }
  return out;
}
/** every grade word, the longest first (不合格 before 合格) */
const SCALE_ENDS: ReadonlyArray<string> = SCALES.flat().sort((a, b) => b.length - a.length);

/**
 * 一、二级站综合评定达甲等,得1分;否则不得分: a yes/no rule whose condition is one grade reached — the
 * grade typed answers it too, within the grade's own scale (甲等 and better reach it, 乙等 … do not).
 * Only where the clause names one grade word, after 达/达到/评为/评定为/获, and its points follow it.
 */
export function requiredGrades(s: string): { reached: string[]; below: string[] } | null {
  const words = s.match(SCALE_WORD);
  if (words === null || words.length !== 1) return null;
  // the grade is the whole condition: its points follow it (达甲等,且…全部达到的,得1分 is several)
  const m = new RegExp(`(?:达到|达|评为|评定为|定为|获得|获)\\s*(${words[0]})(?:\\(含\\))?(?:及以上|以上)?(?:的)?\\s*,?\\s*(?:得|计|记|加|给|奖)`).exec(s);
  if (m === null) return null;
  const scale = SCALES.find((x) => x.includes(words[0])) ?? [];
  const at = scale.indexOf(words[0]);
  return { reached: scale.slice(0, at + 1), below: scale.slice(at + 1) };
}

/**
 * Alternatives that exclude each other by their words, the best the item's max: grades of one subject
 * (参与程度好,得5分;参与程度较好,得4分;参与程度差,得3分 — the same words, then a grade word), or a
 * part and its negation (主要领导挂帅的得0.5分,非主要领导挂帅的得0.1分). The value names one of them;
 * alternatives that need the assessor's judgement of which a unit is (村民自治村计2分,合格村计1分) stay refused.
 */
export function exclusiveGrades(parts: ReadonlyArray<{ readonly label: string; readonly points: number }>, max: number): Array<{ label: string; points: number }> | null {
  if (parts.length < 2 || Math.max(...parts.map((p) => p.points)) !== max) return null;
  // (a bullet before a part, "- 参与程度好", is no word of it)
  const words = parts.map((p) => (p.label.split(/[,;:]/).pop() ?? "").trim().replace(/^[-—•·*]\s*/, "").replace(/[的者]$/, ""));
  if (words.some((w) => !/^[\u4e00-\u9fff]{1,12}$/.test(w)) || new Set(words).size !== words.length) return null;
  let common = 0;
  while (common < Math.min(...words.map((w) => w.length)) && words.every((w) => w[common] === words[0][common])) common++;
  const rests = words.map((w) => w.slice(common));
  if (common > 0 && rests.every((w) => GRADE_WORD.test(w))) return rests.map((label, i) => ({ label, points: parts[i].points }));
  const negated = words.some((w) => words.some((x) => x !== w && /^(?:非|未|不|没有)/.test(x) && x.replace(/^(?:非|未|不|没有)/, "") === w));
  if (negated && parts.length === 2) return words.map((label, i) => ({ label, points: parts[i].points }));
  return null;
}
