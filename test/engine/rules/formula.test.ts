/**
 * ruleFormula: the shape of the formulas (their values are checked against LibreOffice in
 * libreoffice.test.ts): every construct gets one, it uses only functions Excel, WPS and
 * LibreOffice all have, it refers to the value cell only, and it fits in a cell.
 */
import { formulaDepth, ruleFormula, scoreRule, CONSTRUCTS, type ScoringRule } from "../../../src/engine/rules";
import { generateCases } from "./generate";

/** Functions every target spreadsheet has (Excel 2007+, WPS, LibreOffice). */
const PORTABLE = new Set([
  "IF", "AND", "OR", "NOT", "MIN", "MAX", "ABS", "INT", "ROUND", "ISNUMBER", "N", "IFERROR", "NA",
  "VALUE", "TRIM", "SUBSTITUTE", "SEARCH", "MATCH", "MID", "LEN", "REPT", "TRUE", "FALSE",
  "LOOKUP", "SUMPRODUCT",
  // (FIND: case-sensitive and without wildcards, where SEARCH would take a typed * or ? as a pattern; Excel, WPS and LibreOffice all have it)
  "FIND",
]);

function withoutStrings(f: string): string {
  return f.replace(/"(?:[^"]|"")*"/g, '""');
}

const cases = generateCases(7, 400);

describe("formula shape", () => {
  it("every construct gets a formula in some setting", () => {
    const kinds = new Set(cases.filter((c) => ruleFormula(c.rule, "B2", c.max, { period: c.period }) !== null).map((c) => c.rule.kind));
    expect([...kinds].sort()).toEqual([...CONSTRUCTS].sort());
  });

  it("uses only portable functions, refers to the value cell only, balances, fits in a cell", () => {
    for (const c of cases) {
      const f = ruleFormula(c.rule, "D7", c.max, { period: c.period });
      if (f === null) continue;
      expect(f.startsWith("=")).toBe(true);
      const bare = withoutStrings(f);
      for (const m of bare.matchAll(/([A-Z][A-Z0-9.]*)\(/g)) {
        if (!PORTABLE.has(m[1])) throw new Error(`${m[1]} in ${f.slice(0, 120)}`);
      }
      const refs = new Set([...bare.matchAll(/\b[A-Z]{1,3}[0-9]+\b/g)].map((m) => m[0]));
      // a period default is the constant M; every other formula reads the value cell
      expect([...refs]).toEqual(c.rule.kind === "period-default" && /^=\d+$/.test(f) ? [] : ["D7"]);
      let depth = 0;
      let lowest = 0;
      for (const ch of bare) {
        depth += ch === "(" ? 1 : ch === ")" ? -1 : 0;
        lowest = Math.min(lowest, depth);
      }
      expect([lowest, depth]).toEqual([0, 0]);
      expect(f.length).toBeLessThan(8192);
    }
  });

  it("has no formula exactly where the engine can never score (no max, no period)", () => {
    for (const c of cases) {
      if (ruleFormula(c.rule, "B2", c.max, { period: c.period }) === null) {
        expect(scoreRule(c.rule, c.value, c.max, { period: c.period }).score).toBeNull();
      }
    }
  });

  it("refuses a value reference that is not a cell", () => {
    expect(() => ruleFormula({ kind: "veto" }, "B2+1")).toThrow();
    expect(ruleFormula({ kind: "veto" }, "$B$2")).toMatch(/\$B\$2/);
  });

  it("writes the simple figures of a rule into the formula", () => {
    const f = ruleFormula({ kind: "per-unit-capped", per: 1, unit: "名", points: 3, cap: 10 }, "B2", 10)!;
    expect(f).toContain("MIN(10,3*INT(");
    const g = ruleFormula({ kind: "rate-threshold", unit: "%", threshold: { cmp: ">=", bound: 65 }, points: 10 }, "B2")!;
    // (a yes/no answer of the threshold, 是/√ 否/×, is read before the rate)
    expect(g).toMatch(/^=IF\(B2="","",.*>=65,10,0\)+$/);
  });

  it("a blank value cell leaves the score cell empty rather than 0", () => {
    expect(ruleFormula({ kind: "fixed-deduction", points: 6, addOn: false }, "C3")).toMatch(/^=IF\(C3="","",/);
    // a constant (period default) does not read the value cell at all
    expect(ruleFormula({ kind: "period-default", period: "half-year", rule: null }, "C3", 20)).toBe("=20");
  });
});

describe("short formulas over the number in the value cell (no SUBSTITUTE per measure word)", () => {
  it.each<[string, ScoringRule, number | undefined, string]>([
    ["per unit, capped", { kind: "per-unit-capped", per: 1, unit: "名", points: 3, cap: 10 }, 10,
      `=IF(B2="","",IF(B2="无",0,IF(AND(ISNUMBER(B2),B2>=0),MIN(10,3*INT(B2)),NA())))`],
    ["rate with cut-off", { kind: "rate-per-point-with-cutoff", unit: "%", target: { cmp: ">=", bound: 50 }, full: 30, step: 1, perStep: 2.5, cutoff: { cmp: "<", bound: 30 } }, 30,
      `=IF(B2="","",IF(ROUND(B2*IF(B2>1,1,100),10)>=50,30,IF(ROUND(B2*IF(B2>1,1,100),10)<30,0,MAX(0,30-2.5*ABS(50-ROUND(B2*IF(B2>1,1,100),10))))))`],
    ["per case, no max", { kind: "per-case", unit: "起", points: 2, pointsMax: null, addOn: false, categories: [], cap: null }, undefined,
      // (是/有 with no max are one case: round 13, test/corpus/clauses/README.md round 11)
      `=IF(B2="","",IF(OR(B2={TRUE,"是","有"}),-(2*1),IF(B2="无",0,IF(AND(ISNUMBER(B2),B2>=0),-(2*B2),NA()))))`],
    ["yes/no", { kind: "all-or-nothing", points: 20 }, 20,
      `=IF(B2="","",IF(OR(N(B2)>0,B2={"是","有"}),20,IF(OR(ISNUMBER(B2),B2={FALSE,"否","无"}),0,NA())))`],
  ])("%s", (_name, r, max, expected) => {
    expect(ruleFormula(r, "B2", max)).toBe(expected);
  });

  it("never chains SUBSTITUTE over measure words", () => {
    for (const c of cases) {
      const f = ruleFormula(c.rule, "B2", c.max, { period: c.period }) ?? "";
      // SUBSTITUTE only splits a list at its commas
      for (const m of f.matchAll(/SUBSTITUTE\([^,]*,("(?:[^"]|"")*")/g)) expect(m[1]).toBe('","');
      expect(f).not.toMatch(/"[人名个次起例项件户家处位所村场期]"/);
    }
  });
});

describe("tiers as a lookup: within Excel's limits whatever their number (issue 14 item 7)", () => {
  it.each([3, 15, 80, 400])("%i count steps", (k) => {
    const steps = Array.from({ length: k }, (_x, i) => ({ atLeast: (i + 1) * 2, points: i + 1 }));
    const rule: ScoringRule = { kind: "stepped-count", unit: "次", steps: [...steps].reverse(), cap: null };
    const f = ruleFormula(rule, "B2", k)!;
    expect(f).not.toBeNull();
    expect(f.length).toBeLessThan(8192);
    expect(formulaDepth(f)).toBeLessThanOrEqual(64);
    expect(f).toMatch(k > 1 ? /LOOKUP\(/ : /IF\(/);
  });

  it.each([4, 15, 80])("%i money tiers", (k) => {
    const tiers = Array.from({ length: k }, (_x, i) => (i % 2 === 0
      ? { cmp: ">=" as const, bound: 50 + i, amount: 100 * (i + 1) }
      : { cmp: "<" as const, bound: 50 - i, amount: -100 * (i + 1) }));
    const rule: ScoringRule = { kind: "money-tiers", unit: "%", currency: "元", tiers };
    const f = ruleFormula(rule, "B2")!;
    expect(f).not.toBeNull();
    expect(f.length).toBeLessThan(8192);
    expect(formulaDepth(f)).toBeLessThanOrEqual(64);
  });

  it("a formula beyond Excel's limits is not written (null: the plan writes the value)", () => {
    const tiers = Array.from({ length: 3000 }, (_x, i) => ({ cmp: (i % 2 ? "<=" : ">") as ">" | "<=", bound: i, amount: i }));
    expect(ruleFormula({ kind: "money-tiers", unit: "", currency: "元", tiers }, "B2")).toBeNull();
  });
});
