/**
 * A measured value in any unit (issue 10, round 7, kind A; round 8, measured-paraphrases.ts): the development clauses and their
 * paraphrases (quantity-paraphrases.ts) read as a threshold, bands or a step over the quantity in
 * its own measure word, each value scored as worked by hand; the near misses stay refused. The
 * formulas are recalculated by LibreOffice in libreoffice.test.ts.
 */
import { parseRule, ruleFormula, scoreRule, valueCellFor } from "../../../src/engine/rules";
import { PARAPHRASE_GROUPS, REFUSED } from "./quantity-paraphrases";
import { MEASURED_GROUPS, MEASURED_REFUSED } from "./measured-paraphrases";

// (round 8's groups, measured-paraphrases.ts, run through the same table: measured.test.ts keeps only its own cases)
describe.each([...PARAPHRASE_GROUPS, ...MEASURED_GROUPS])("$kind", ({ clauses }) => {
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
  it.each([...REFUSED, ...MEASURED_REFUSED])("$text", ({ text, max }) => {
    expect(parseRule(text, max !== undefined ? { max } : {}).understood).toBe(false);
  });
  // (round 9: only the values in both bands are refused, the others keep their band's points — roundNine-rt.test.ts)
  it("bands that overlap refuse the values in both (60-70分得6分 beside 低于65分得0分: 62)", () => {
    const p = parseRule("得分在70-80分得8分,60-70分得6分,低于65分得0分", { max: 8 });
    expect(p.understood && ["62", "60", "55", "67"].map((v) => scoreRule(p.rule, v, 8).score)).toEqual([null, null, 0, 6]);
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

describe("a step of several units written in Chinese numerals (每二節課減一分: dev5 H05-02)", () => {
  // (每二节减一分 was read as one "二节" per point: 4节 gave −4)
  it.each([
    ["2.無故曠課者,每二節課減一分。", undefined, [["2節", -1], ["4節", -2], [0, 0], ["10節", -5], ["3節", -1]]],
    ["无故旷课者,每二节减一分", undefined, [["4节", -2], ["5节", -2]]],
    ["迟到早退每三次扣1分,扣完为止", 5, [["6次", 3], ["7次", 3], ["20次", 0]]],
    ["每两人计1分,计满5分为止", 5, [["4人", 2], ["12人", 5]]],
    ["每十二次扣1分", undefined, [["24次", -2], ["11次", 0]]],
    ["每一项扣2分", undefined, [["3项", -6]]],
  ] as const)("%s", (text, max, cases) => {
    const p = parseRule(text, max !== undefined ? { max } : {});
    if (!p.understood) throw new Error(p.reason);
    expect(cases.map(([v]) => scoreRule(p.rule, v, max).score)).toEqual(cases.map(([, s]) => s));
  });
});
