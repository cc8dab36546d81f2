/**
 * Meaning-changing mutations (issue 10, round 12, pw): the opposite of the metamorphic tests.
 * A word that changes what a clause means (以上↔以下, 扣↔加, 不得分↔得满分, a number …) must change
 * the reading, or the clause must be refused. `blindnesses` takes every understood clause, applies
 * each mutation at each place it applies, one at a time, and returns those after which the reader
 * still understands the clause AND gives the very same rule (same JSON): the reader ignored a word
 * that matters — or the word sat in subject text (副科级以上干部), which the caller sorts.
 * Used by scripts/meaning-mutations.ts (the report) and meaningMutations.test.ts (the guard).
 */
import { parseRule } from "../../../src/engine/rules";
import type { CorpusClause } from "./corpus-run";

export interface Mutation {
  readonly name: string;
  /** the mutated text, one per place the mutation applies */
  apply(text: string): Array<{ at: number; text: string }>;
}

function everyMatch(re: RegExp, text: string, to: (m: RegExpExecArray) => string): Array<{ at: number; text: string }> {
  const out: Array<{ at: number; text: string }> = [];
  const g = new RegExp(re.source, re.flags.includes("g") ? re.flags : re.flags + "g");
  let m: RegExpExecArray | null;
  while ((m = g.exec(text)) !== null) {
    out.push({ at: m.index, text: text.slice(0, m.index) + to(m) + text.slice(m.index + m[0].length) });
    if (m[0].length === 0) g.lastIndex++;
  }
  return out;
}

const swap = (name: string, a: string, b: string, notBefore = "", notAfter = ""): Mutation => ({
  name,
  apply: (t) => everyMatch(new RegExp(`${notBefore ? `(?<![${notBefore}])` : ""}${a}${notAfter ? `(?![${notAfter}])` : ""}`), t, () => b),
});

/** a requirement's verb in a yes/no clause, not already negated */
const REQ_VERB = /(?<![未不没无])(完成|建立|制定|开展|落实|召开|组织|报送|上报|按时|按期|及时|健全|设立|签订|配备|达到|通过|实现|举办|参加)/;

export const MUTATIONS: ReadonlyArray<Mutation> = [
  swap("以上→以下", "以上", "以下"),
  swap("以下→以上", "以下", "以上"),
  swap("超过→低于", "超过", "低于", "不"),
  swap("低于→超过", "低于", "超过", "不"),
  swap("达到→未达到", "达到", "未达到", "未不没"),
  swap("不足→超过", "不足", "超过"),
  { name: "扣→加", apply: (t) => everyMatch(/扣(?=除|减|[0-9０-９.一二两三四五六七八九十半]|分)/, t, () => "加") },
  { name: "加→扣", apply: (t) => everyMatch(/(?<![增参])加(?=[0-9０-９.一二两三四五六七八九十半]|分)/, t, () => "扣") },
  swap("每少→每多", "每少", "每多"),
  swap("每多→每少", "每多", "每少"),
  swap("不得分→得满分", "不得分", "得满分"),
  swap("得满分→不得分", "得满分", "不得分", "不"),
  swap("最高→最低", "最高", "最低"),
  swap("最低→最高", "最低", "最高"),
  { name: "未+要求动词", apply: (t) => everyMatch(REQ_VERB, t, (m) => "未" + m[0]) },
  {
    name: "数+1",
    apply: (t) => everyMatch(/(?<![0-9.])[0-9]+(?:\.[0-9]+)?(?![0-9.])/, t, (m) => {
      const n = Number(m[0]);
      return m[0].includes(".") ? String(Math.round((n + 0.5) * 100) / 100) : String(n + 1);
    }),
  },
];

export interface Blindness {
  readonly id: string;
  readonly mutation: string;
  readonly kind: string;
  readonly construct: string | null;
  readonly clause: string;
  readonly mutated: string;
  readonly at: number;
}

function reading(c: CorpusClause, text: string): { rule: string; construct: string | null } | null {
  try {
    const r = parseRule(text, { max: c.max ?? undefined, itemText: c.item, maxFromItem: false });
    if (!r.understood) return null;
    return { rule: JSON.stringify(r.rule), construct: r.construct };
  } catch {
    return null;
  }
}

export function blindnesses(clauses: ReadonlyArray<CorpusClause>, mutations: ReadonlyArray<Mutation> = MUTATIONS): { understood: number; tried: Map<string, number>; found: Blindness[] } {
  const found: Blindness[] = [];
  const tried = new Map<string, number>();
  let understood = 0;
  for (const c of clauses) {
    const base = reading(c, c.clause);
    if (base === null) continue;
    understood++;
    const kind = (JSON.parse(base.rule) as { kind?: string }).kind ?? "?";
    for (const mu of mutations) {
      for (const { at, text } of mu.apply(c.clause)) {
        tried.set(mu.name, (tried.get(mu.name) ?? 0) + 1);
        const after = reading(c, text);
        if (after !== null && after.rule === base.rule) {
          found.push({ id: c.id, mutation: mu.name, kind, construct: base.construct, clause: c.clause, mutated: text, at });
        }
      }
    }
  }
  return { understood, tried, found };
}
