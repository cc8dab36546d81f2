/**
 * Corrections of the token stream the recognisers need and the lexer does not give (yet):
 * - 每个扣0.5分, 每小项达不到扣3分: a count of one, its measure word the text after 每 (the lexer gives
 *   a count only to 每 + a word it knows is no scoring word: 每起, 每个部门);
 * - 林业行政处罚案件扣2分: 罚 read as a fine because an amount follows a few characters on — but
 *   another scoring verb stands between, whose amount it is: 罚 is subject text.
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
  return out ?? toks;
}
