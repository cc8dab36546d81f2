/**
 * Points by the level reached, each tier said with (含)以上 (省级(含)以上20分地(市)级(含)以上10分县(市、区)级(含)以上5分;
 * 国家级二等奖及以上得10分,省级二等奖及以上得6分): a level of government, and an award where the tiers name one, at
 * or above the tier's. The value names the level (and award) the unit or pupil reached — 国家级 is above 省级, 一等奖
 * above 三等奖 — and scores the highest tier it meets; one that meets none (a lower award, 无) scores 0. Read only when
 * the clause is nothing but such tiers, levels and points both falling; a level below the lowest tier, an award below
 * every tier's, or a word not in the ladder, is no grade listed (refused, value by value); 无 scores 0.
 */
import type { GradeTiersRule, LabelledPoints } from "../types";

/** levels of government, highest first: the rank and the words written for it */
const LEVELS: ReadonlyArray<{ rank: number; re: string; name: string }> = [
  { rank: 5, re: "国家级|全国|国家", name: "国家级" },
  { rank: 4, re: "省级|省", name: "省级" },
  { rank: 3, re: "地\\(市\\)级|市\\(州\\)级|地市级|地级|市级|州级|市", name: "市级" },
  { rank: 2, re: "县\\(市、区\\)级|县\\(市\\)级|县\\(区\\)级|县区级|县级|区级|县", name: "县级" },
];
/** awards, highest first (a 特等奖 is not listed: the grades a formula matches stay few) */
const AWARDS: ReadonlyArray<{ rank: number; name: string }> = [
  { rank: 3, name: "一等奖" }, { rank: 2, name: "二等奖" }, { rank: 1, name: "三等奖" },
];

const LEVEL_RE = LEVELS.map((l) => l.re).join("|");
const AWARD_RE = AWARDS.map((a) => a.name).join("|");
/** one tier: a level, an award (a stray bracket of the copy before it), (含)/及 以上, a verb, its points */
const TIER = new RegExp(`\\s*(${LEVEL_RE})\\s*\\(?\\s*(${AWARD_RE})?\\s*(?:\\(含\\)|及)?\\s*以上\\s*(?:的)?\\s*,?\\s*(?:得|计|记|加|给)?\\s*(\\d+(?:\\.\\d+)?)\\s*分\\s*[,;、]?`, "y");

/** each level's words as a whole-word pattern, compiled once (rankOf runs per tier of every clause that has tiers) */
const LEVEL_WORD = LEVELS.map((l) => ({ rank: l.rank, re: new RegExp(`^(?:${l.re})$`) }));
const rankOf = (word: string): number => LEVEL_WORD.find((l) => l.re.test(word))?.rank ?? -1;
const awardOf = (word: string): number => AWARDS.find((a) => a.name === word)?.rank ?? -1;

export function levelLadder(s: string, max: number | undefined): GradeTiersRule | null {
  // (called on every clause before the recognisers: a clause with no 以上 has no tiers, before any copy of it is made)
  if (!s.includes("以上")) return null;
  // (…10分(以台账资料为准): a note of words after the tiers is not part of them)
  const text = s.replace(/[;。\s]+$/, "").replace(/\(\s*[^()\d]*\)$/, "").replace(/[;。,\s]+$/, "");
  if (!text.includes("以上")) return null;
  const tiers: Array<{ level: number; word: string; award: number; points: number }> = [];
  TIER.lastIndex = 0;
  let at = 0;
  while (at < text.length) {
    TIER.lastIndex = at;
    const m = TIER.exec(text);
    if (m === null || m[0].length === 0) return null;
    tiers.push({ level: rankOf(m[1]), word: m[1], award: m[2] ? awardOf(m[2]) : -1, points: Number(m[3]) });
    at = TIER.lastIndex;
  }
  if (tiers.length < 2 || tiers.some((t) => t.level < 0)) return null;
  const withAward = tiers.filter((t) => t.award >= 0).length;
  if (withAward !== 0 && withAward !== tiers.length) return null;
  // (县级以上5分,市级以上10分,省级以上20分: the same tiers said from the lowest up)
  tiers.sort((a, b) => b.level - a.level);
  for (let i = 1; i < tiers.length; i++) {
    if (!(tiers[i].level < tiers[i - 1].level) || !(tiers[i].points < tiers[i - 1].points)) return null;
  }
  if (max !== undefined && tiers[0].points > max) return null;
  const lowest = tiers[tiers.length - 1].level;
  const scoreOf = (level: number, award: number): number =>
    Math.max(0, ...tiers.filter((t) => level >= t.level && (t.award < 0 || award >= t.award)).map((t) => t.points));
  const grades: LabelledPoints[] = [];
  const seen = new Set<string>();
  const add = (label: string, points: number): void => {
    if (!seen.has(label)) {
      seen.add(label);
      grades.push({ label, points });
    }
  };
  for (const l of LEVELS) {
    if (l.rank < lowest) continue;
    // the level as the clause spells it (地(市)级, 县(市、区)级), or its usual name: one name a level
    const name = tiers.find((t) => t.level === l.rank && /级$/.test(t.word))?.word ?? l.name;
    if (withAward === 0) add(name, scoreOf(l.rank, -1));
    // (an award below every tier's, 地(市)级三等奖 beside 二等奖(含)以上, is left out: refused, not 0 — the formula's
    // grades stay few)
    else for (const a of AWARDS) if (scoreOf(l.rank, a.rank) > 0) add(`${name}${a.name}`, scoreOf(l.rank, a.rank));
  }
  add("无", 0);
  return { kind: "grade-tiers", grades };
}
