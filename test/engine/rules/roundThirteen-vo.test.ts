/**
 * Issue 10, round 13 (vo): values the reader understood the clause for but refused.
 * - 是 as one case on a rule counted per case with no max (test/corpus/clauses/README.md, round 11: with `max: null`
 *   `是`/`有` mean the event happened — the same as a count of 1, `否` of 0). Round 12 read it so for money said of one
 *   event (违者罚款100元); points per case in a word of cases (每人, 一次, 每起, 每篇, a lone "(1分)" under a heading of
 *   扣分) now read it too, in the engine and the written formula (oneCaseRule). Not a duration or a measure (每天, 每平方米),
 *   not a unit of several (每3篇), not with the item's max (there 是 says the standard is met), not money counted 每次.
 */
import { parseRule, ruleFormula, scoreRule } from "../../../src/engine/rules";

const parsed = (text: string, max?: number, itemText?: string) =>
  parseRule(text, { ...(max !== undefined ? { max } : {}), ...(itemText !== undefined ? { itemText } : {}) });
const score = (text: string, value: string, max?: number, itemText?: string): number | null => {
  const p = parsed(text, max, itemText);
  return p.understood ? scoreRule(p.rule, value, p.max ?? max).score : null;
};

describe("no max, points per case: 是/有 are one case, 否/无 none, a count its count", () => {
  it.each([
    // (rewordings of dev7 L14-03, dev16 A18-*, dev11 Q23-05: other subjects, measure words, verbs, order)
    ["上课期间玩手机的,每人扣2分", undefined, [["是", -2], ["有", -2], ["否", 0], ["3人", -6], ["无", 0]]],
    ["私自外出未请假者,一次扣3分", undefined, [["是", -3], ["有", -3], ["无", 0], ["2次", -6]]],
    ["车辆乱停乱放,每起扣0.5分", undefined, [["是", -0.5], ["否", 0], ["4起", -2]]],
    ["酒后驾驶公车的,每发现一人次扣4分", undefined, [["是", -4], ["无", 0], ["2人次", -8]]],
    ["夜间在走廊大声喧哗的。(3分)", "二、有下列行为者扣分", [["是", -3], ["否", 0], ["2次", -6]]],
    ["在市级报刊发表稿件的,每篇加2分", undefined, [["是", 2], ["否", 0], ["3篇", 6]]],
  ] as Array<[string, string | undefined, Array<[string, number]>]>)("%s", (text, item, cases) => {
    const p = parsed(text, undefined, item);
    expect(p.understood).toBe(true);
    if (p.understood) {
      expect(p.max).toBeUndefined();
      // the formula takes 是/有 as one case too (LibreOffice differential over the corpus: dev7 L14-03, dev16 A18-*)
      const f = ruleFormula(p.rule, "B2", undefined);
      expect(f).toMatch(/"是"/);
    }
    for (const [value, expected] of cases) expect(score(text, value, undefined, item)).toBe(expected);
  });
});

describe("near misses: 是 does not say how many, or says something else", () => {
  it("with the item's max, 是 is not one case (it answers the standard): 上课期间玩手机的,每人扣2分 for 10 points", () => {
    expect(score("上课期间玩手机的,每人扣2分", "是", 10)).not.toBe(8);
    expect(score("上课期间玩手机的,每人扣2分", "3人", 10)).toBe(4);
  });

  it.each([
    ["旷工每天扣5分", "2天", -10], // a duration: 是 is not one day
    ["每发表3篇论文加1分", "6篇", 2], // a unit of several: one 是 does not say three
    ["每迟到一次罚款20元", "2次", -40], // money counted per unit keeps round 12's rule: the count is needed
    ["每获一次区级表彰加3分,最多加9分", "2次", 6], // a bonus up to a most: 是 may say the most reached
  ] as Array<[string, string, number]>)("%s: 是 refused, a count scored", (text, count, expected) => {
    const p = parsed(text);
    expect(p.understood).toBe(true);
    if (p.understood) expect(ruleFormula(p.rule, "B2", undefined)).not.toMatch(/"是"/);
    expect(score(text, "是")).toBeNull();
    expect(score(text, count)).toBe(expected);
  });

  it("kinds counted apart take one answer per kind: a lone 是 is refused, counts per kind scored", () => {
    const text = "宿舍内吸烟的每人次扣2分,饮酒的每人次扣2分";
    expect(parsed(text).understood).toBe(true);
    expect(score(text, "是")).toBeNull();
    expect(score(text, "1,2")).toBe(-6);
    expect(score(text, "0,0")).toBe(0);
  });

  it("√ or 完成 (a standard met) is not the event happened: refused", () => {
    expect(score("私自外出未请假者,一次扣3分", "√")).toBeNull();
    expect(score("私自外出未请假者,一次扣3分", "完成")).toBeNull();
  });
});
