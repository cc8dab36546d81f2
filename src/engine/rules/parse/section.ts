/** Rules of a section rather than of one item: 加分/减分 caps and weights, and the test that a clause is one. */
import type { SectionRuleParse } from "../types";
import { normalizeClause } from "./normalize";
import { reasonString } from "../reasons";

const NUM = String.raw`(\d+(?:\.\d+)?)`;

/** A clause that states a section's cap or a weight (bounded patterns: linear in the clause's length). */
export function sectionLike(s: string): boolean {
  // (the first two patterns need 加分/减分/扣分, the others %: looked for only where those are)
  const capWord = s.includes("加分") || s.includes("减分") || s.includes("扣分");
  const pct = s.includes("%");
  return (
    (capWord && (
      /(?:累计|以上|上述|合计|总)[^;,]{0,8}?(?:加分|减分|扣分)[^;,]{0,4}?(?:不超过|不得超过|最高|最多|封顶|上限)/.test(s) ||
      /(?:加分|减分|扣分)(?:累计)?(?:不超过|不得超过|最高不超过|封顶)\d/.test(s))) ||
    (pct && (
      /考核[^;,]{0,12}?(?:占|按)\d+(?:\.\d+)?%(?:计算|计)?/.test(s) ||
      /^(?:[^;,]*?)占\s*\d+(?:\.\d+)?%$/.test(s) ||
      /按\s*\d+(?:\.\d+)?%\s*计算/.test(s)))
  );
}

// ---------------------------------------------------------------- section rules

/** 以上三项加分不超过5分 / 上述累计减分不超过15分 / 市级考核占60%,县级考核占40% / 百分制打分,按60%计算 */
export function parseSectionRule(text: string): SectionRuleParse {
  const s = normalizeClause(text ?? "");
  if (s === "") return { understood: false, reason: reasonString("section-empty"), reasonCode: "section-empty", reasonParams: {} };
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
  return { understood: false, reason: reasonString("section-none"), reasonCode: "section-none", reasonParams: {} };
}


