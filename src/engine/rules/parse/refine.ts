/**
 * Corrections of the token stream the recognisers need and the lexer does not give (yet):
 * - 每个扣0.5分, 每小项达不到扣3分: a count of one, its measure word the text after 每 (the lexer gives
 *   a count only to 每 + a word it knows is no scoring word: 每起, 每个部门);
 * - 林业行政处罚案件扣2分: 罚 read as a fine because an amount follows a few characters on — but
 *   another scoring verb stands between, whose amount it is: 罚 is subject text.
 * - 一人次扣该班0.5 分: the points have no verb of their own (the lexer gives them an implicit 计),
 *   but a lose verb stands a short object before them (扣该班, 扣其, 减责任单位): they are taken off;
 * - 发现一次扣2---5分: a range written with a run of dashes is a range of points (扣2-5分).
 * One pass; the token array is copied only when something changes.
 */
import type { Token } from "./lexer";

const HAN_UNIT = /^[\u4e00-\u9fff]{1,2}$/;

export function refineTokens(s: string, toks: Token[]): Token[] {
  let out: Token[] | null = null;
  const put = (i: number, t: Token): void => {
    out ??= toks.slice();
    out[i] = t;
  };
  for (let i = 0; i + 2 < toks.length; i++) {
    const t = toks[i];
    const next = toks[i + 1];
    const after = toks[i + 2];
    // (每小项达不到扣3分: 达不到 between the measure word and its verb)
    const verbAt = after.k === "J" ? i + 3 : i + 2;
    const verb = toks[verbAt];
    if (t.k === "M" && next.k === "t" && verb !== undefined && (verb.k === "D" || verb.k === "E" || verb.k === "A") && toks[verbAt + 1]?.k === "P") {
      const unit = s.slice(next.s, next.e).trim();
      if (HAN_UNIT.test(unit)) put(i + 1, { ...next, k: "N", n: 1, unit });
    } else if ((t.k === "D" || t.k === "E") && next.k === "t" && (after.k === "D" || after.k === "E") && t.e === next.s) {
      put(i, { ...t, k: "t" });
    }
  }
  for (let i = 1; i + 1 < toks.length; i++) {
    const t = toks[i];
    if (t.k !== "E" || t.w !== "" || t.s !== t.e || toks[i + 1].k !== "P") continue;
    const before = toks[i - 1];
    const text = before.k === "t" ? s.slice(before.s, before.e).trimEnd() : "";
    if (LOSE_THEN_OBJECT.test(text)) {
      put(i, { ...t, k: "D", w: "扣" });
      continue;
    }
    // 扣 2 --- 5分: t(扣) N t(---) E P
    const dashes = before.k === "t" && /^\s*(?:-{2,}|—{1,2}|－{2,})\s*$/.test(s.slice(before.s, before.e));
    const lo = toks[i - 2];
    const verb = toks[i - 3];
    if (dashes && lo?.k === "N" && (lo.unit ?? "") === "" && verb?.k === "t" && /(?:扣|减|罚)$/.test(s.slice(verb.s, verb.e).trimEnd())) {
      out ??= toks.slice();
      const p = toks[i + 1];
      const v = { ...verb, e: verb.e - 1 };
      out[i - 3] = v.e > v.s ? v : (null as unknown as Token);
      out[i - 2] = { ...lo, k: "D", s: verb.e - 1, e: lo.s, w: s.slice(verb.e - 1, verb.e), n: undefined, unit: undefined };
      out[i - 1] = { ...p, s: lo.s, n: lo.n, hi: p.n };
      out[i] = out[i + 1] = null as unknown as Token;
      i++;
    }
  }
  return out ? out.filter((t) => t !== null) : toks;
}

/** a lose verb, then a short object of it (该班, 其, 责任单位), ending a text run */
const LOSE_THEN_OBJECT = /(?:扣|减|罚)(?:该|其|本)?[\u4e00-\u9fff]{0,3}$/;
