/**
 * A measured quantity read as the rate recognisers read a rate: a figure in any measure word
 * (小时, 天, 分, 万元, 公里 …) that the clause compares — by a comparator (达60分, 低于65分, 超过24小时),
 * a band (70-80分, 1小时以上5小时以下), or a step (每低1分, 每超出100公里) — before the points it gives or
 * takes. Such a figure becomes a rate token whose unit is its measure word, so that a threshold, a
 * band, tiers, a per-unit step with its cut-off read it as they read 50% (rates.ts), and the value
 * is read in that word alone (evaluate.ts quantityOf).
 *
 * Tried only when the clause, read as it is, is not understood, and kept only when it then reads as
 * a rate rule in a measure word (index.ts). A mark said as a value (综合评分达60分) is told from points
 * by its place: points follow a scoring verb or a cap (得2分, 扣0.5分, 最多10分); a value follows a
 * comparator or 每 + a direction, or comes before 以上/以下 or a verb with its own points.
 */
import type { Token } from "./lexer";

/** dates, ages and ranks are not quantities compared here (3月31日前, 第1名: other readings) */
const NOT_MEASURES = new Set(["年", "月", "日", "号", "岁", "名", "%", "‰"]);

/** a one-character measure word and the character after it that make one word (100公里, 10万元) */
const TWO_CHARACTER = new Set(["公里", "千米", "公斤", "千克", "万元", "千元", "亿元", "百元", "平方", "立方", "课时", "学时", "个月"]);

const earnOrLose = (t: Token | undefined): boolean => t !== undefined && (t.k === "E" || t.k === "D" || t.k === "A");

/**
 * The tokens with every compared quantity made a rate token in its measure word, or null when
 * the clause compares none (or compares rates: a rate and a quantity are not mixed).
 */
export function quantityTokens(s: string, toks: ReadonlyArray<Token>): Token[] | null {
  let out: Token[] | null = null;
  for (const t of toks) if (t.k === "R") return null;
  const get = (): Token[] => (out ??= toks.slice());
  // (完成2000万元得10分,不足2000万元不得分: a figure said with no comparator before its points, in a compound measure
  // word the clause compares elsewhere with the same figure, is that bound reached)
  const boundOf = (i: number): string | null => {
    const t = toks[i];
    const prev = toks[i - 1];
    return t.k === "N" && (t.unit ?? "").length > 1 && t.hi === undefined && prev?.k === "c" ? `${t.n}/${t.unit}` : null;
  };
  const bounds = new Set(toks.map((_, i) => boundOf(i)).filter((b) => b !== null));
  for (let i = 0; i < toks.length; i++) {
    const t = (out ?? toks)[i];
    if (t === null) continue;
    const prev = toks[i - 1];
    const next = toks[i + 1];
    const stepped = prev !== undefined && (prev.k === "W" || prev.k === "c" || prev.k === "Q") && toks[i - 2]?.k === "M";
    // (…的,得5分: 的 and a comma between the figure and its points)
    let j = i + 1;
    if (toks[j]?.k === "t" && s.slice(toks[j].s, toks[j].e).trim() === "的") j++;
    if (toks[j]?.k === ",") j++;
    const reached = t.k === "N" && bounds.has(`${t.n}/${t.unit ?? ""}`) && earnOrLose(toks[j]);
    const compared = (prev?.k === "c" && !stepped) || next?.k === "a" || stepped || reached;
    if (t.k === "N" || t.k === "Y") {
      let unit = t.k === "Y" ? "元" : t.unit ?? "";
      let e = t.e;
      // 100公 + 里: the measure word the lexer cut after one character
      let glued = -1;
      if (t.k === "N" && unit.length === 1 && next?.k === "t" && next.s === t.e && TWO_CHARACTER.has(unit + s[next.s])) {
        unit += s[next.s];
        e = next.s + 1;
        glued = i + 1;
      }
      if (unit === "" || NOT_MEASURES.has(unit)) continue;
      let after = glued >= 0 ? toks[glued + 1] : next;
      // (延误4-7天的扣4分: 的 between the band and its points)
      if (after?.k === "t" && s.slice(after.s, after.e).trim() === "的") after = toks[toks.indexOf(after) + 1];
      const bandOrBound = compared || (glued >= 0 && after?.k === "a") || (t.hi !== undefined && (earnOrLose(after) || after?.k === "0"));
      if (!bandOrBound) continue;
      // 迟到10分钟以上者扣2分: the bound says who is counted (whoever is late that long), so the value is
      // how many were, not the minutes — not a quantity compared here
      if (/^\s*(?:及以上|以上|以下|以内|及以下)?\s*(?:者|的人|人员|人次)/.test(s.slice(e))) continue;
      const o = get();
      o[i] = { ...t, k: "R", e, unit };
      if (glued >= 0) {
        const rest = toks[glued];
        if (rest.e > e) o[glued] = { ...rest, s: e };
        else o[glued] = null as unknown as Token;
      }
    } else if (t.k === "P") {
      // points after a verb or a cap are points; a mark compared, banded or stepped is a value
      if (earnOrLose(prev) || prev?.k === "C" || prev?.k === "L" || prev?.k === "U") continue;
      const value = compared || (t.hi !== undefined && (earnOrLose(next) || next?.k === "0") && (prev === undefined || prev.k === "," || prev.k === ";" || prev.k === "t" || prev.k === "K"));
      if (!value) continue;
      get()[i] = { ...t, k: "R", unit: "分" };
    }
  }
  if (out === null) return null;
  return bands(s, (out as Token[]).filter((t) => t !== null));
}

/** 1小时以上5小时以下: one band from the first figure to the second, both in (as 1-5小时 reads) */
function bands(s: string, toks: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < toks.length; i++) {
    const [lo, up, hi, down] = [toks[i], toks[i + 1], toks[i + 2], toks[i + 3]];
    if (lo.k === "R" && lo.hi === undefined && up?.k === "a" && /以上/.test(up.w ?? "") && hi?.k === "R" && hi.hi === undefined && hi.unit === lo.unit &&
      down?.k === "a" && /以下|以内/.test(down.w ?? "") && (hi.n ?? 0) > (lo.n ?? 0) && /^\s*$/.test(s.slice(up.e, hi.s))) {
      out.push({ ...lo, e: down.e, hi: hi.n });
      i += 3;
      continue;
    }
    out.push(lo);
  }
  return out;
}
