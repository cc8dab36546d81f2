/**
 * Issue 10, round 14 (gp).
 * - an item's own cap (dev18 C18-02/C18-03 每缺一个部门扣1分,该项总扣分不超过4分): a cap said of this item's points
 *   (该项, 本项, 此项 + 累计/总 + 扣分/减分/加分 + 不超过/最多/封顶 N分) is the item's cap, 最多扣N分 / 最多加N分 — not a
 *   section's rule. A section's cap (以上各项, 上述, 本部分) stays a section rule; the cap alone, with nothing it caps,
 *   stays refused.
 * - grades said of bands of the value, then scored as shares of the item's max (dev11 Q05-01 就业率在95%及以上的为优秀,
 *   90%-94%的为良好…。计分:优秀100%,良好85%,合格70%,不合格零分): each band scores its grade's share of the max. Only
 *   with the max known, each grade said of a band given a share and each share a band; a grade with no share, or no
 *   max, stays refused.
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

describe("grades said of bands, scored as shares of the max", () => {
  it.each([
    // (rewordings of our own: other subjects, share words 满分/全分/零分/0分, lead words 评分/赋分, grade scales)
    ["客户满意度90%以上的为优秀,75%-89%的为良好,60%-74%的为合格,60%以下的为不合格;评分:优秀得满分,良好得80%,合格得60%,不合格0分", 10, [["95%", 10], ["80%", 8], ["65%", 6], ["50%", 0]]],
    ["按时办结率达98%以上为优秀,95%-97%为良好,低于95%为一般。赋分:优秀100%,良好70%,一般40%", 20, [["99%", 20], ["96%", 14], ["90%", 8]]],
    ["资料归档率≥95%的为优秀,85%-94%的为合格,85%以下的为不合格。计分:优秀全分,合格60%,不合格零分", 5, [["100%", 5], ["90%", 3], ["80%", 0]]],
  ] as Cases)("%s", (text, max, cases) => {
    expect(parsed(text, max).understood).toBe(true);
    for (const [value, expected] of cases) expect(score(text, value, max)).toBe(expected);
  });

  it("the corpus clause (dev11 Q05-01)", () => {
    const text = "学生毕业一年后跟踪调查就业率在95%及以上的为优秀,90%-94%的为良好,80%-89%的为合格,低于80%的为不合格。计分:优秀100%,良好85%,合格70%,不合格零分。";
    expect(score(text, "95%", 50)).toBe(50);
    expect(score(text, "90%", 50)).toBe(42.5);
    expect(score(text, "80%", 50)).toBe(35);
    expect(score(text, "79%", 50)).toBe(0);
  });

  it("a grade with no share, or no max, stays refused", () => {
    expect(parsed("资料归档率≥95%的为优秀,85%-94%的为合格,85%以下的为不合格。计分:优秀全分,合格60%", 5).understood).toBe(false);
    expect(parsed("资料归档率≥95%的为优秀,85%-94%的为合格,85%以下的为不合格。计分:优秀全分,合格60%,不合格零分").understood).toBe(false);
  });
});
