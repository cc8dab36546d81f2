/**
 * Round 12 (fl): shorter formulas, no value changed. Each shorter form ruleFormula writes, pinned as a string, with
 * the equivalence it rests on; the values themselves are proven by the LibreOffice differential tests
 * (libreoffice.test.ts, valueWrite.libreoffice.test.ts).
 */
import { ruleFormula, type ScoringRule } from "../../../src/engine/rules";

const rule = (r: unknown): ScoringRule => r as ScoringRule;

describe("round 12 (fl): shorter formulas", () => {
  it("yes/no: N(B2)>0 is a number > 0 or TRUE, so each branch is written once", () => {
    expect(ruleFormula(rule({ kind: "all-or-nothing", points: 4 }), "B2", 4))
      .toBe('=IF(B2="","",IF(OR(N(B2)>0,B2={"是","有"}),4,IF(OR(ISNUMBER(B2),B2={FALSE,"否","无"}),0,NA())))');
  });

  it("a constant deduction is written as its result; TRUE/FALSE sit in the words' array constant", () => {
    expect(ruleFormula(rule({ kind: "fixed-deduction", points: 0.5, addOn: false }), "B2", 2))
      .toBe('=IF(B2="","",IF(OR(N(B2)>0,B2={"是","有"}),1.5,IF(OR(ISNUMBER(B2),B2={FALSE,"否","无"}),2,NA())))');
    expect(ruleFormula(rule({ kind: "fixed-deduction", points: 2, addOn: false }), "B2"))
      .toBe('=IF(B2="","",IF(OR(N(B2)>0,B2={"是","有"}),-2,IF(OR(ISNUMBER(B2),B2={FALSE,"否","无"}),0,NA())))');
    // (met: 是 the standard met — TRUE stays with 是, not with a count > 0)
    expect(ruleFormula(rule({ kind: "fixed-deduction", points: 2, addOn: false, met: true }), "B2", 2))
      .toBe('=IF(B2="","",IF(ISNUMBER(B2),IF(B2>0,0,2),IF(OR(B2={TRUE,"是","无"}),2,IF(OR(B2={FALSE,"否","有"}),0,NA()))))');
  });

  it("a rate per point to zero reads the rate once: MIN(full, …) gives full once the target is met", () => {
    const up = rule({ kind: "rate-per-point-to-zero", unit: "%", target: { cmp: ">=", bound: 95 }, full: 2, step: 1, perStep: 0.2 });
    expect(ruleFormula(up, "B2", 2)).toBe('=IF(B2="","",MIN(2,MAX(0,2-0.2*(95-ROUND(B2*IF(B2>1,1,100),10)))))');
    const down = rule({ kind: "rate-per-point-to-zero", unit: "%", target: { cmp: "<=", bound: 5 }, full: 10, step: 1, perStep: 2, roundSteps: true });
    expect(ruleFormula(down, "B2", 10)).toBe('=IF(B2="","",MIN(10,MAX(0,10-2*ROUND((ROUND(B2*IF(B2>1,1,100),10)-5),0))))');
    // (a step up above the target keeps the IF: the bonus is not the slope)
    const bonus = rule({ kind: "rate-per-point-to-zero", unit: "%", target: { cmp: ">=", bound: 95 }, full: 2, step: 1, perStep: 0.2, above: { step: 1, perStep: 0.1, cap: 1 } });
    expect(ruleFormula(bonus, "B2", 3)).toContain("IF(ROUND(B2*IF(B2>1,1,100),10)>=95,");
  });

  it("a 是/否 list: every answer matched against the column {\"是\";\"否\"}, the length a factor; 1* dropped", () => {
    const parts = [{ label: "a", points: 1 }, { label: "b", points: 1 }, { label: "c", points: 1 }];
    expect(ruleFormula(rule({ kind: "sub-clauses", parts, sign: -1, met: true }), "B2", 3)).toBe(
      '=IF(B2="","",MAX(0,3-IF(ISNUMBER(B2),IF(B2<0,NA(),MIN(3,B2)),IF(OR(B2={TRUE,"是"}),0,IF(OR(B2={FALSE,"否"}),3,' +
      'IF(SUMPRODUCT((MID(B2,{1,3,5},1)={"是";"否"})*(LEN(B2)=5))=3,SUMPRODUCT(--(MID(B2,{1,3,5},1)="否")),NA()))))))',
    );
  });

  it("counts of several kinds: k tokens are k − 1 commas", () => {
    const r = rule({ kind: "per-case", points: 1, pointsMax: null, cap: null, categories: [{ label: "a", points: 1 }, { label: "b", points: 2 }] });
    expect(ruleFormula(r, "B2", 5)).toContain('IF(LEN(B2)-LEN(SUBSTITUTE(B2,",",""))=1,');
  });

  it("rate tiers: no clamp when every amount is within [0, M]; a clamp when one passes it", () => {
    const tiers = [{ cmp: ">=", bound: 90, amount: 10 }, { cmp: ">=", bound: 80, amount: 8 }];
    expect(ruleFormula(rule({ kind: "rate-tiers", unit: "%", tiers }), "B2", 10)).not.toContain("MIN(10,MAX(0,");
    expect(ruleFormula(rule({ kind: "rate-tiers", unit: "%", tiers }), "B2", 9)).toContain("MIN(9,MAX(0,");
  });
});
