/**
 * How many of a list of conditions are met, each count with its points: 全部符合以下条件:…,得3分; 符合两项
 * 条件,得2分; 符合一项条件,得1分 / 2项培训均满足,得满分;1项满足,得1分. The value is the number of conditions
 * met (3项, 2), read as stepped counts: the highest count reached gives its points, none 0.
 */
import type { Outcome, View } from "./view";
import { num } from "./view";

/** a condition met (符合, 满足, 达到, 具备, 完成 …), said in the part */
const MET = /符合|满足|达到|达标|具备|完成/;
/** every condition (全部, 均, 都, 同时) */
const ALL = /全部|全都|均|都|同时|所有/;
/** what a part may hold beside its count, its words and its points */
const PART_KINDS = /^[tlaN,;()]*$/;

export function conditionsMet(v: View): Outcome | null {
  if (!v.has("N") || /[RYOXDAMCcFQGVL0?p]/.test(v.sk)) return null;
  const parts: Array<{ from: number; to: number; n: number | null; listed: number; points: number | null }> = [];
  let from = 0;
  for (let p = 0; p + 1 < v.sk.length; p++) {
    if (v.sk[p] !== "E" || (v.sk[p + 1] !== "P" && v.sk[p + 1] !== "U")) continue;
    const body = v.sk.slice(from, p);
    if (!PART_KINDS.test(body)) return null;
    const ns: number[] = [];
    for (let q = from; q < p; q++) if (v.sk[q] === "N") ns.push(q);
    const words = v.between(from, p);
    if (ns.length > 1 || !MET.test(words)) return null;
    const n = ns.length === 1 ? v.tok(ns[0]) : null;
    if (n && (n.hi !== undefined || !/^(?:项|条|个|方面)$/.test(n.unit ?? ""))) return null;
    let listed = 0;
    for (let q = from; q < p; q++) if (v.sk[q] === "l") listed++;
    const pts = v.sk[p + 1] === "P" ? v.tok(p + 1) : null;
    if (pts && pts.hi !== undefined) return null;
    parts.push({ from, to: p + 2, n: n ? num(n) : null, listed: listed > 0 ? listed + 1 : 0, points: pts ? num(pts) : null });
    from = p + 2;
  }
  if (parts.length < 2) return null;
  // nothing after the last part but separators, or a note in parentheses (以台账资料为准)
  const rest = v.sk.slice(from);
  const note = /^[;,]?\([t,;]*\)[;,]?$/.test(rest);
  for (let q = from; q < v.sk.length && !note; q++) if (!(";,".includes(v.sk[q]) || (v.sk[q] === "t" && /^[\s。.]*$/.test(v.c.text(v.tok(q)))))) return null;
  const max = v.c.max;
  const steps: Array<{ atLeast: number; points: number }> = [];
  for (let i = 0; i < parts.length; i++) {
    const x = parts[i];
    const words = v.between(x.from, x.to);
    // the first part may be every condition: its count said (三项全部达到, 2项…均满足) or listed (全部符合以下条件:A、B、C)
    const all = i === 0 && ALL.test(words);
    const atLeast = x.n ?? (all && x.listed >= 2 ? x.listed : null);
    const points = x.points ?? (all ? max ?? null : null);
    if (atLeast === null || points === null || !(atLeast > 0) || !Number.isInteger(atLeast)) return null;
    steps.push({ atLeast, points });
  }
  // fewer conditions, fewer points: each part one count less than the one before
  for (let i = 1; i < steps.length; i++) if (!(steps[i].atLeast < steps[i - 1].atLeast) || !(steps[i].points < steps[i - 1].points)) return null;
  if (max !== undefined && steps[0].points !== max) return null;
  for (const x of parts) v.useRange(x.from, x.to);
  return { kind: "stepped-count", unit: "项", steps, cap: null };
}
