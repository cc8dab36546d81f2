/**
 * Issue 10, round 14 (gp).
 * - an item's own cap (dev18 C18-02/C18-03 每缺一个部门扣1分,该项总扣分不超过4分): a cap said of this item's points
 *   (该项, 本项, 此项 + 累计/总 + 扣分/减分/加分 + 不超过/最多/封顶 N分) is the item's cap, 最多扣N分 / 最多加N分 — not a
 *   section's rule. A section's cap (以上各项, 上述, 本部分) stays a section rule; the cap alone, with nothing it caps,
 *   stays refused.
 */
import { parseRule, scoreRule } from "../../../src/engine/rules";

const parsed = (text: string, max?: number) => parseRule(text, max !== undefined ? { max } : {});
const score = (text: string, value: string, max?: number): number | null => {
  const p = parsed(text, max);
  return p.understood ? scoreRule(p.rule, value, p.max ?? max).score : null;
};
type Cases = Array<[string, number | undefined, Array<[string, number]>]>;

describe("an item's own cap is not a section's", () => {
  it.each([
    // (rewordings of our own: other subjects, measure words, verbs, cap words, with and without a max)
    ["每少报一名学员扣0.5分,本项累计扣分最多3分", undefined, [["0", 0], ["1名", -0.5], ["4名", -2], ["10名", -3]]],
    ["每少报一名学员扣0.5分,本项累计扣分最多3分", 5, [["0", 5], ["1名", 4.5], ["10名", 2]]],
    ["发现一处台账缺失扣2分,此项扣分不得超过6分。", 10, [["0", 10], ["1处", 8], ["5处", 4]]],
    ["每新增一家企业加2分,该项加分不超过10分", undefined, [["0", 0], ["3家", 6], ["8家", 10]]],
  ] as Cases)("%s", (text, max, cases) => {
    expect(parsed(text, max).understood).toBe(true);
    for (const [value, expected] of cases) expect(score(text, value, max)).toBe(expected);
  });

  it("the corpus clause (dev18 C18-03)", () => {
    const text = "④基层单位或部门未能完成年度安全生产指标,每缺一个部门扣1分,该项总扣分不超过4分。";
    expect(score(text, "0")).toBe(0);
    expect(score(text, "2个部门")).toBe(-2);
    expect(score(text, "5个部门")).toBe(-4);
  });

  it.each([
    "每缺一个部门扣1分,以上各项扣分不超过4分。",
    "每缺一个部门扣1分,上述各项累计扣分不超过4分",
    "每缺一个部门扣1分,本部分总扣分不超过4分。",
  ])("a section's cap stays a section rule: %s", (text) => {
    const p = parsed(text);
    expect(p.understood).toBe(false);
    if (!p.understood) expect(p.reasonCode).toBe("section-rule");
  });

  it("the item's cap alone, with nothing it caps, is refused", () => {
    expect(parsed("该项总扣分不超过4分").understood).toBe(false);
    expect(parsed("本项加分最多5分", 5).understood).toBe(false);
  });
});
