/**
 * A measured value in any unit (issue 10, round 7, kind A): the development clauses and their
 * paraphrases (quantity-paraphrases.ts) read as a threshold, bands or a step over the quantity in
 * its own measure word, each value scored as worked by hand; the near misses stay refused. The
 * formulas are recalculated by LibreOffice in libreoffice.test.ts.
 */
import { parseRule, ruleFormula, scoreRule, valueCellFor } from "../../../src/engine/rules";
import { PARAPHRASE_GROUPS, REFUSED } from "./quantity-paraphrases";

describe.each(PARAPHRASE_GROUPS)("$kind", ({ clauses }) => {
  it.each(clauses)("$text", ({ text, max, construct, unit, cases }) => {
    const p = parseRule(text, max !== undefined ? { max } : {});
    if (!p.understood) throw new Error(`not understood: ${p.reason}`);
    expect(p.construct).toBe(construct);
    expect(p.rule).toMatchObject({ unit });
    expect(cases.map(([v]) => scoreRule(p.rule, v, max).score)).toEqual(cases.map(([, s]) => s));
    expect(ruleFormula(p.rule, "B2", max)).not.toBeNull();
  });
});

describe("near misses stay refused", () => {
  it.each(REFUSED)("$text", ({ text, max }) => {
    expect(parseRule(text, max !== undefined ? { max } : {}).understood).toBe(false);
  });
  it("bands that overlap say why (60-70分得6分 beside 低于65分得0分)", () => {
    const p = parseRule("得分在70-80分得8分,60-70分得6分,低于65分得0分", { max: 8 });
    expect(p.understood ? p.construct : p.reasonCode).toBe("tiers-overlap");
  });
});

describe("the value is read in the clause's measure word alone", () => {
  const p = parseRule("安排工作经费10万元以上", { max: 4 });
  it("a figure in another word is not converted (12元, 3天 for 万元) and not taken for a count", () => {
    if (!p.understood) throw new Error(p.reason);
    expect(["12万元", "约12万元", 12, "12", "12元", "3天", "无", "是", "12%"].map((v) => scoreRule(p.rule, v, 4).score)).toEqual([4, 4, 4, 4, null, null, null, null, null]);
  });
  it("a quantity typed with its word becomes the number shown with the same word (the formula reads numbers)", () => {
    if (!p.understood) throw new Error(p.reason);
    expect(valueCellFor(p.rule, "12万元")).toEqual({ value: 12, numberFormat: '0"万元"' });
    expect(valueCellFor(p.rule, "约10.5万元")).toEqual({ value: 10.5, numberFormat: '"约"0.0"万元"' });
    expect(valueCellFor(p.rule, "12元")).toBeNull();
  });
});
