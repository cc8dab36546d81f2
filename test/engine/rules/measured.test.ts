/**
 * A measured quantity and the points that follow from it (issue 10, round 8, kind A of dev6/dev7):
 * the development clauses and their paraphrases (measured-paraphrases.ts) are scored in quantity.test.ts's
 * table with round 7's; here, the cases of their own. The formulas are recalculated by LibreOffice in
 * libreoffice.test.ts.
 */
import { parseRule, scoreRule } from "../../../src/engine/rules";
import { explainRule } from "../../../src/engine/rules/explain";

describe("a target with a step for the shortfall stays a step, not one fixed deduction", () => {
  it("总量200条得8分,未完成的每少10条扣1分: 190条 → 7, 150条 → 3", () => {
    const p = parseRule("总量200条得8分,未完成的每少10条扣1分", { max: 8 });
    if (!p.understood) throw new Error(p.reason);
    expect(["200条", "190条", "150条"].map((v) => scoreRule(p.rule, v, 8).score)).toEqual([8, 7, 3]);
  });
});

describe("a step up is explained with what it adds and its cap", () => {
  const p = parseRule("按时间进度完成县指导计划数计300分,高于计划数1个百分点加5分,但最高加分不超过50分;低于计划数1个百分点扣5分。", { max: 350 });
  it.each([
    ["104%", "104% > 100%:300 + 5 × 4 → 320分"],
    ["115%", "115% > 100%:300 + 5 × 15(最多加 50分) → 350分"],
    ["90%", "90% < 100%:300 − 5 × 10 = 250分"],
  ])("%s", (value, zh) => {
    if (!p.understood) throw new Error(p.reason);
    expect(explainRule(p.rule, value, 350).zh).toBe(zh);
  });
});
