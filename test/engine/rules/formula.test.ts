/**
 * ruleFormula: the shape of the formulas (their values are checked against LibreOffice in
 * libreoffice.test.ts): every construct gets one, it uses only functions Excel, WPS and
 * LibreOffice all have, it refers to the value cell only, and it fits in a cell.
 */
import { ruleFormula, scoreRule, CONSTRUCTS, type ScoringRule } from "../../../src/engine/rules";
import { generateCases } from "./generate";

/** Functions every target spreadsheet has (Excel 2007+, WPS, LibreOffice). */
const PORTABLE = new Set([
  "IF", "AND", "OR", "NOT", "MIN", "MAX", "ABS", "INT", "ROUND", "ISNUMBER", "IFERROR", "NA",
  "VALUE", "TRIM", "SUBSTITUTE", "SEARCH", "MATCH", "MID", "LEN", "REPT", "TRUE", "FALSE",
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
    expect(g).toMatch(/^=IF\(B2="","",.*>=65,10,0\)\)$/);
  });

  it("a blank value cell leaves the score cell empty rather than 0", () => {
    expect(ruleFormula({ kind: "fixed-deduction", points: 6, addOn: false }, "C3")).toMatch(/^=IF\(C3="","",/);
    // a constant (period default) does not read the value cell at all
    expect(ruleFormula({ kind: "period-default", period: "half-year", rule: null }, "C3", 20)).toBe("=20");
  });
});

describe("numbers mode: short formulas for value cells that hold numbers", () => {
  const numbers = { values: "numbers" } as const;
  it.each<[string, ScoringRule, number | undefined, string]>([
    ["per unit, capped", { kind: "per-unit-capped", per: 1, unit: "名", points: 3, cap: 10 }, 10,
      `=IF(B2="","",IF(ISNUMBER(MATCH(B2,{"否","无","×","✗","✘","x","n","no","false","未","未完成","未达到","未达标","不合格"},0)),0,IF(AND(ISNUMBER(B2),B2>=0),MIN(10,3*INT(B2)),NA())))`],
    ["rate with cut-off", { kind: "rate-per-point-with-cutoff", unit: "%", target: { cmp: ">=", bound: 50 }, full: 30, step: 1, perStep: 2.5, cutoff: { cmp: "<", bound: 30 } }, 30,
      `=IF(B2="","",IF(ROUND(IF(B2<=1,B2*100,B2),10)>=50,30,IF(ROUND(IF(B2<=1,B2*100,B2),10)<30,0,MAX(0,30-2.5*ABS(50-ROUND(IF(B2<=1,B2*100,B2),10))))))`],
    ["per case, no max", { kind: "per-case", unit: "起", points: 2, pointsMax: null, addOn: false, categories: [], cap: null }, undefined,
      `=IF(B2="","",IF(ISNUMBER(MATCH(B2,{"否","无","×","✗","✘","x","n","no","false","未","未完成","未达到","未达标","不合格"},0)),0,IF(AND(ISNUMBER(B2),B2>=0),-(2*B2),NA())))`],
  ])("%s", (_name, r, max, expected) => {
    expect(ruleFormula(r, "B2", max, numbers)).toBe(expected);
  });

  it("is shorter than the as-typed formula for every count and rate rule", () => {
    for (const c of cases) {
      // lists (case categories) are text in both modes
      if (!/per-unit|rate-|stepped|per-case/.test(c.rule.kind) || (c.rule.kind === "per-case" && c.rule.categories.length > 0)) continue;
      const a = ruleFormula(c.rule, "B2", c.max, { period: c.period });
      const b = ruleFormula(c.rule, "B2", c.max, { period: c.period, values: "numbers" });
      if (a === null) continue;
      expect(b!.length).toBeLessThan(a.length);
    }
  });
});
