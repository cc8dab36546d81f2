/**
 * `npx tsx scripts/probe-rewrites.ts [NAME-FILTER]`: exploratory probe of the clause reader's
 * robustness to rewording. Each rewrite below is a paraphrase some document might use; for each,
 * over every clause of the development sets (dev..dev7) and the seeds, how many clauses it
 * rewrites and how many change reading, by kind: understood → refused, refused → understood,
 * understood → understood otherwise. (Two refusals with different reasons are the same reading.)
 * V=1 prints examples (N=… of them). Not a test: some rewrites make unnatural Chinese where the
 * pattern hits an odd spot; the properties worth keeping are in test/engine/rules/metamorphic.test.ts.
 */
import { existsSync } from "fs";
import { join } from "path";
import { parseRule } from "../src/engine/rules";
import { TRADITIONAL_PAIRS } from "../src/engine/rules/parse/traditional";
import { loadCorpus, ruleFigures } from "../test/engine/rules/corpus-run";
import { SEED_CLAUSES } from "../test/engine/rules/seed-clauses";

const SETS = ["dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev10", "dev11", "dev12", "dev13", "dev14", "dev15"];
const CLAUSES = [
  ...SEED_CLAUSES.map((c) => ({ set: "seed", id: c.id, text: c.text, max: c.max as number | undefined })),
  ...SETS.flatMap((set) => {
    const f = join(__dirname, "../test/corpus/clauses", `${set}.json`);
    return existsSync(f) ? loadCorpus(f).clauses.map((c) => ({ set, id: c.id, text: c.clause, max: c.max ?? undefined })) : [];
  }),
];

function shape(text: string, max: number | undefined): string {
  const p = parseRule(text, max !== undefined ? { max } : {});
  if (!p.understood) return "NU " + p.reasonCode;
  return `${p.construct} ${JSON.stringify(ruleFigures(p.rule))}`;
}

/** simplified → one traditional spelling (the first of OpenCC's pairs) */
const TO_TRAD = new Map<string, string>();
for (let i = 0; i + 1 < TRADITIONAL_PAIRS.length; i += 2) {
  const t = TRADITIONAL_PAIRS[i], s = TRADITIONAL_PAIRS[i + 1];
  if (!TO_TRAD.has(s)) TO_TRAD.set(s, t);
}
const traditional = (s: string): string => [...s].map((c) => TO_TRAD.get(c) ?? c).join("");

/** a one-of-many word swap: every clause holding one word, with each of the others */
const swap = (words: string[], guard = ""): Array<[string, (s: string) => string]> =>
  words.flatMap((from) => words.filter((to) => to !== from).map((to): [string, (s: string) => string] =>
    [`${from}→${to}`, (s) => s.replace(new RegExp(`(?<!${words.filter((w) => w.endsWith(from) && w !== from).map((w) => w.slice(0, w.length - from.length)).join("|") || "\\uffff"})${from}${guard}`, "g"), (m) => m.replace(from, to))]));

const NUM = String.raw`\s*\d+(?:\.\d+)?(?:-\d+(?:\.\d+)?)?\s*`;
const R: Array<[string, (s: string) => string]> = [
  // zero words
  ...swap(["不得分", "不计分", "得0分", "计0分", "记0分", "不给分"]),
  ["不得分→该项不得分", (s) => s.replace(/(?<![该此本])(?<!该项|此项|本项)不得分/g, "该项不得分")],
  ["不得分→此项不得分", (s) => s.replace(/(?<![该此本])(?<!该项|此项|本项)不得分/g, "此项不得分")],
  ["不得分→本项不得分", (s) => s.replace(/(?<![该此本])(?<!该项|此项|本项)不得分/g, "本项不得分")],
  ["该项/此项/本项不得分→不得分", (s) => s.replace(/(?:该项|此项|本项)(不得分|不计分)/g, "$1")],
  ["直至不得分→直至不计分", (s) => s.replace(/直至不得分/g, "直至不计分")],
  ["直至不得分→直至得0分", (s) => s.replace(/直至不得分/g, "直至得0分")],
  ["直至不得分→直至0分", (s) => s.replace(/直至不得分/g, "直至0分")],
  // deduction verbs
  ["扣N分→扣除N分", (s) => s.replace(new RegExp(`(?<![加扣])扣(?!除|减)(?=${NUM}分)`, "g"), "扣除")],
  ["扣N分→减N分", (s) => s.replace(new RegExp(`(?<![加扣])扣(?!除|减)(?=${NUM}分)`, "g"), "减")],
  ["扣N分→扣减N分", (s) => s.replace(new RegExp(`(?<![加扣])扣(?!除|减)(?=${NUM}分)`, "g"), "扣减")],
  ["扣除/扣减/减N分→扣N分", (s) => s.replace(new RegExp(`(?:扣除|扣减|(?<![扣核])减)(?=${NUM}分)`, "g"), "扣")],
  // earning verbs
  ["计/得/记N分→给N分", (s) => s.replace(new RegExp(`(?<![不])[计得记](?=${NUM}分)`, "g"), "给")],
  ["计N分→得N分", (s) => s.replace(new RegExp(`计(?=${NUM}分)`, "g"), "得")],
  ["得N分→计N分", (s) => s.replace(new RegExp(`(?<!不)得(?=${NUM}分)`, "g"), "计")],
  ["加N分→奖励N分", (s) => s.replace(new RegExp(`(?<![扣增])加(?=${NUM}分)`, "g"), "奖励")],
  ["加N分→奖N分", (s) => s.replace(new RegExp(`(?<![扣增])加(?=${NUM}分)`, "g"), "奖")],
  ["N分→N.0分 (integer points)", (s) => s.replace(/(?<![\d.。]\s*)(\d+)(?=\s*分)(?![\d.])/g, "$1.0")],
  // comparators
  ["以上→及以上", (s) => s.replace(/(?<![及含)）]|或)以上/g, "及以上")],
  ["以上→(含)以上", (s) => s.replace(/(?<![及含)）]|或)以上/g, "(含)以上")],
  ["N以上→N(含N)以上", (s) => s.replace(/(\d+(?:\.\d+)?)\s*(%|[\u4e00-\u9fff]?)(?<![分])以上/g, "$1$2(含$1$2)以上")],
  ["N以上→N以上(含N)", (s) => s.replace(/(\d+(?:\.\d+)?)\s*(%|[\u4e00-\u9fff]?)(?<![分])以上/g, "$1$2以上(含$1$2)")],
  ["及以上→以上", (s) => s.replace(/及以上/g, "以上")],
  ["以下→及以下", (s) => s.replace(/(?<![及含)）]|或)以下/g, "及以下")],
  ["以下→(含)以下", (s) => s.replace(/(?<![及含)）]|或)以下/g, "(含)以下")],
  ...swap(["低于", "不足", "少于", "未达到"], `(?=${NUM})`),
  ["达到→达", (s) => s.replace(new RegExp(`(?<![未])达到(?=${NUM})`, "g"), "达")],
  ["达N→达到N", (s) => s.replace(new RegExp(`(?<![未到])达(?!到|不|标)(?=${NUM})`, "g"), "达到")],
  // failing words
  ["未达到→达不到", (s) => s.replace(/未达到(?![\d])/g, "达不到")],
  ["达不到→未达到", (s) => s.replace(/达不到/g, "未达到")],
  ["不达标→未达标", (s) => s.replace(/不达标/g, "未达标")],
  ["未达标→不达标", (s) => s.replace(/未达标/g, "不达标")],
  ["不达标→达不到要求", (s) => s.replace(/[不未]达标/g, "达不到要求")],
  ["不达标→未达到要求", (s) => s.replace(/[不未]达标/g, "未达到要求")],
  ["否则→未达到的", (s) => s.replace(/否则/g, "未达到的")],
  ["否则→反之", (s) => s.replace(/否则/g, "反之")],
  ["未完成→没有完成", (s) => s.replace(/未完成/g, "没有完成")],
  ["未完成→未能完成", (s) => s.replace(/未完成/g, "未能完成")],
  // 的 and separators
  // (not after 每次/各/分别/予以/加 …: 每次的扣, 各的扣 are no Chinese)
  ["X扣N分→X的扣N分", (s) => s.replace(new RegExp(`(?<=[\\u4e00-\\u9fff])(?<![每的各别再另并即将均则就以给加扣减者])(?<!每[\\u4e00-\\u9fff]|每[\\u4e00-\\u9fff]次)(扣|减)(?=${NUM}分)`, "g"), "的$1")],
  ["X不得分→X的不得分", (s) => s.replace(/(?<=[\u4e00-\u9fff])(?<![的该此本项至到即则均者])(不得分|不计分)/g, "的$1")],
  ["X的扣N分→X的,扣N分", (s) => s.replace(new RegExp(`的(扣|减)(?=${NUM}分)`, "g"), "的,$1")],
  ["X的扣N分→X扣N分", (s) => s.replace(new RegExp(`的(扣|减)(?=${NUM}分)`, "g"), "$1")],
  ["X扣N分→X,扣N分", (s) => s.replace(new RegExp(`(?<=[\\u4e00-\\u9fff])(?<![每的各别再另并即将均则就以给加扣减])(?<!每[\\u4e00-\\u9fff]|每[\\u4e00-\\u9fff]次)(扣|减)(?=${NUM}分)`, "g"), ",$1")],
  ["分;→分, (after points)", (s) => s.replace(/分\s*[;；。](?!$)/g, "分,")],
  ["分,→分; (after points)", (s) => s.replace(/分\s*[,，](?!$)/g, "分;")],
  ["。→, (mid-clause)", (s) => s.replace(/(?<!\d\s*)。(?!$)/g, ",")],
  ["为止,→为止;", (s) => s.replace(/为止\s*[,，]/g, "为止;")],
  ["为止;→为止,", (s) => s.replace(/为止\s*[;；。](?!$)/g, "为止,")],
  ["trailing 。", (s) => (/[。.;；]$/.test(s) ? s : s + "。")],
  ["trailing ; ", (s) => (/[。.;；]$/.test(s) ? s : s + ";")],
  ["no trailing 。", (s) => s.replace(/[。;；]$/, "")],
  ["full-width brackets", (s) => s.replace(/\(/g, "（").replace(/\)/g, "）")],
  ["half-width brackets", (s) => s.replace(/（/g, "(").replace(/）/g, ")")],
  ["、→, between listed words", (s) => s.replace(/、/g, ",")],
  ["space after punctuation", (s) => s.replace(/([,;，；。])(?!$)/g, "$1 ")],
  // per / found
  ["每→每发现 before measure+verb", (s) => s.replace(/每(?=(?:个|一)?[次起例项处件人户家篇条名](?:次)?(?:扣|减))/g, "每发现1")],
  ["发现N→每发现N", (s) => s.replace(/(?<!每)发现(?=\s*[\d一二两三四五六七八九十])/g, "每发现")],
  ["每N次→每发生N次", (s) => s.replace(/每(?=\s*[\d一]\s*[次起例])/g, "每发生")],
  // floors
  ["扣完为止→扣完本项分为止", (s) => s.replace(/扣完为止/g, "扣完本项分为止")],
  ["扣完为止→扣完该项分值为止", (s) => s.replace(/扣完为止/g, "扣完该项分值为止")],
  ["扣完为止→本项扣完为止", (s) => s.replace(/(?<!本项|该项)扣完为止/g, "本项扣完为止")],
  ["扣完为止→扣完该项分为止", (s) => s.replace(/扣完为止/g, "扣完该项分为止")],
  ["扣完为止→扣至0分为止", (s) => s.replace(/扣完为止/g, "扣至0分为止")],
  ["扣完为止→扣完即止", (s) => s.replace(/扣完为止/g, "扣完即止")],
  ["扣完为止→扣完本项分数为止", (s) => s.replace(/扣完为止/g, "扣完本项分数为止")],
  ["扣完为止→直至扣完", (s) => s.replace(/扣完为止/g, "直至扣完")],
  ["扣完为止→最低为0分", (s) => s.replace(/扣完为止/g, "最低为0分")],
  ["扣完为止→本项分值扣完为止", (s) => s.replace(/(?<!本项|该项)扣完为止/g, "本项分值扣完为止")],
  ["扣完为止→扣完为止 (with 。 before)", (s) => s.replace(/[,，]\s*扣完为止/g, "。扣完为止")],
  // caps
  ["计满N分为止→最高计N分", (s) => s.replace(new RegExp(`计满(${NUM})分为止`, "g"), "最高计$1分")],
  ["计满N分为止→最多计N分", (s) => s.replace(new RegExp(`计满(${NUM})分为止`, "g"), "最多计$1分")],
  ["计满N分为止→N分封顶", (s) => s.replace(new RegExp(`计满(${NUM})分为止`, "g"), "$1分封顶")],
  ["计满N分为止→加满N分为止", (s) => s.replace(new RegExp(`计满(${NUM})分为止`, "g"), "加满$1分为止")],
  ["计满N分为止→计满N分止", (s) => s.replace(new RegExp(`计满(${NUM})分为止`, "g"), "计满$1分止")],
  ["最高N分→最高不超过N分", (s) => s.replace(new RegExp(`最高(?=${NUM}分)`, "g"), "最高不超过")],
  // numbering
  ...["1、", "(1)", "（1）", "①", "一是", "1.", "（一）", "一、"].map((mark): [string, (s: string) => string] =>
    [`leading ${mark}`, (s) => (/^\s*(?:[(（]?[\d一二三四五六七八九十]{1,3}[)）、.．]|[①-⑳]|第[一二三四五六七八九十]+条|[\d])/.test(s) ? s : mark + s)]),
  // characters
  ["traditional", traditional],
  ["N%→百分之N", (s) => s.replace(/(\d+(?:\.\d+)?)\s*%/g, "百分之$1")],
  ["个百分点→百分点", (s) => s.replace(/个百分点/g, "百分点")],
  ["百分点→个百分点", (s) => s.replace(/(?<!个)百分点/g, "个百分点")],
  ["个百分点→%", (s) => s.replace(/个?百分点/g, "%")],
  ["分值→分数", (s) => s.replace(/分值/g, "分数")],
  ["本项→该项", (s) => s.replace(/本项/g, "该项")],
  ["未→没有 (before verb)", (s) => s.replace(/未(?=[建开按完落制签上报])/g, "没有")],
];

const base = CLAUSES.map((c) => shape(c.text, c.max));
const filter = process.argv[2];
for (const [name, f] of R) {
  if (filter && !name.includes(filter)) continue;
  let n = 0;
  const kinds = { lost: 0, gained: 0, other: 0 };
  const bySet: Record<string, number> = {};
  const ex: string[] = [];
  CLAUSES.forEach((c, i) => {
    const t = f(c.text);
    if (t === c.text) return;
    n++;
    const a = shape(t, c.max);
    const b = base[i];
    if (a === b || (a.startsWith("NU") && b.startsWith("NU"))) return;
    const kind = b.startsWith("NU") ? "gained" : a.startsWith("NU") ? "lost" : "other";
    kinds[kind]++;
    bySet[c.set] = (bySet[c.set] ?? 0) + 1;
    if (ex.length < (process.env.N ? +process.env.N : 3)) ex.push(`  [${kind}] ${c.set} ${c.id} ${c.text.slice(0, 90)}\n    → ${t.slice(0, 90)}\n    ${b.slice(0, 140)}\n    ${a.slice(0, 140)}`);
  });
  const changed = kinds.lost + kinds.gained + kinds.other;
  process.stdout.write(`${name}: rewritten ${n}, changed ${changed}${changed ? ` (refused now ${kinds.lost}, understood now ${kinds.gained}, other reading ${kinds.other}; ${Object.entries(bySet).map(([k, v]) => `${k} ${v}`).join(", ")})` : ""}\n`);
  if (process.env.V) for (const e of ex) process.stdout.write(`${e}\n`);
}
