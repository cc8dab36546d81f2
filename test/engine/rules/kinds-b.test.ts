/**
 * Kinds of wording of issue 10's "kind B" (round 7): a category, a stage or one of several
 * alternatives as the value, and clauses that only deduct inside a larger item. Each reading with
 * paraphrases another document would use (written for this test, scores worked by hand) and the
 * near-misses that must stay refused.
 */
import { parseRule, scoreRule, type ScoringRule } from "../../../src/engine/rules";

function scored(text: string, max: number | undefined, value: string | number): number | null {
  const p = parseRule(text, max !== undefined ? { max } : {});
  if (!p.understood) throw new Error(`not understood: ${text}: ${p.reason}`);
  return scoreRule(p.rule as ScoringRule, value, max).score;
}

describe("points earned, then less of them per thing found (少加/少得/少计 0.5分)", () => {
  it.each<[string, number, Array<[string, number]>]>([
    // dev5 H28-01's own wording
    ["1、各班应保持清洁区的清洁,清洁的加4分。在检查过程中发现有一个冰水袋面积大小的废弃物少加0.5分.", 4, [["0", 4], ["2个", 3], ["6个", 1], ["8个", 0], ["10个", 0]]],
    ["卫生区保持整洁的得5分,每发现一处垃圾少得0.5分", 5, [["0", 5], ["3处", 3.5], ["12处", 0]]],
    ["教室整洁加2分,檢查發現有1張廢紙少加0.2分", 2, [["0", 2], ["4张", 1.2], ["20張", 0]]],
    ["资料齐全的记4分,查出有1项缺漏少记1分", 4, [["无", 4], ["2项", 2], ["5项", 0]]],
    ["會議記錄完整得3分,每缺1次少給0.5分", 3, [["0", 3], ["2次", 2], ["少8次", 0]]],
  ])("%s", (text, max, cases) => {
    for (const [value, score] of cases) expect(scored(text, max, value)).toBe(score);
  });
  it("少 before a count is still a shortfall (少1次扣1分), not 少加", () => {
    expect(scored("全年开展4次以上,少1次扣1分", 4, "少3次")).toBe(1);
  });
});
