/**
 * Issue 10, round 12 (pw): words that change the meaning must change the reading, or the clause is refused.
 * - a floor word said right before a cap (最低不超过6分, 最低加分不超过30分, 最少上限5分) is no cap: a cap read
 *   without it is the reading of 最高不超过 — the word that changes the meaning ignored. Refused (unread words);
 *   the same clause with 最高 / 最多 keeps its cap, and 最低为0分 (a floor of a deduction) is still read.
 * - the guard over the development corpus (meaningMutations.ts): 最高→最低 on a cap never leaves the reading as it was.
 */
import { parseRule, scoreRule } from "../../../src/engine/rules";
import { loadCorpus } from "./corpus-run";
import { blindnesses, MUTATIONS } from "./meaningMutations";
import { readdirSync } from "fs";
import { join } from "path";

const parsed = (text: string, max?: number) => parseRule(text, max !== undefined ? { max } : {});
const score = (text: string, value: string, max?: number): number | null => {
  const p = parsed(text, max);
  return p.understood ? scoreRule(p.rule, value, max).score : null;
};

describe("a floor word before a cap (最低不超过) is not read as the cap", () => {
  it.each([
    // [the clause with its cap, the same with the floor word, max, [value, score]...] — rewordings of no corpus file
    ["每推荐1名优秀学员加0.5分,最高不超过3分", "每推荐1名优秀学员加0.5分,最低不超过3分", undefined, [["2名", 1], ["10名", 3]]],
    ["发表论文每篇奖励2分,累计最多不超过6分", "发表论文每篇奖励2分,累计最少不超过6分", undefined, [["1篇", 2], ["5篇", 6]]],
    ["志愿服务每满一次计1分,本项最高上限4分", "志愿服务每满一次计1分,本项最低上限4分", undefined, [["3次", 3], ["7次", 4]]],
    ["每组织1次义诊活动记2分,累计最高不超过8分", "每组织1次义诊活动记2分,累计最低不超过8分", undefined, [["3次", 6], ["6次", 8]]],
  ] as Array<[string, string, number | undefined, Array<[string, number]>]>)("%s", (capped, floored, max, cases) => {
    expect(parsed(capped, max).understood).toBe(true);
    for (const [value, expected] of cases) expect(score(capped, value, max)).toBe(expected);
    const f = parsed(floored, max);
    expect(f.understood).toBe(false);
    if (!f.understood) expect(f.reasonCode).toBe("unread-words");
  });

  it("a floor of a deduction (最低为0分) is still read, as is 最低 elsewhere in the subject text", () => {
    expect(score("每发现一处卫生死角扣1分,最低为0分", "3处", 5)).toBe(2);
    expect(score("每发现一处卫生死角扣1分,最低为0分", "8处", 5)).toBe(0);
    // near-miss: 最低 not before the cap word — the cap read
    expect(score("最低气温时段每巡查1次加1分,最多不超过3分", "2次")).toBe(2);
    expect(score("最低气温时段每巡查1次加1分,最多不超过3分", "5次")).toBe(3);
  });
});

describe("meaning-changing mutations over the development corpus (guard)", () => {
  const dir = join(__dirname, "../../corpus/clauses");
  const files = readdirSync(dir).filter((f) => /^dev\d*\.json$/.test(f));
  const clauses = files.flatMap((f) => loadCorpus(join(dir, f)).clauses).filter((c) => /最高/.test(c.clause));
  // the blindnesses fixed: 最高→最低 before a cap. Harmless ones (最高 in subject text, not before a cap word):
  const HARMLESS: Record<string, string> = {
    // 最高决策机构: the highest decision body, a name in the subject text — no cap, so 最低 there changes nothing
    "C18-05": "最高 in a body's name, not before points",
  };

  it("最高→最低 before a cap never leaves the reading as it was", () => {
    const mu = MUTATIONS.filter((m) => m.name === "最高→最低");
    const found = blindnesses(clauses, mu).found.filter((b) => !(b.id in HARMLESS));
    expect(found.map((b) => `${b.id}: ${b.mutated}`)).toEqual([]);
  });
});
