/**
 * Every scoring clause of seeds/001_*.txt (listed in seed-clauses.ts, one case per clause):
 * understood as the right construct with the right figures, and scored right at, just
 * above and just below each boundary.
 */
import { parseRule, parseSectionRule, scoreRule, ruleFormula } from "../../../src/engine/rules";
import { SEED_CLAUSES, SEED_NOT_UNDERSTOOD, SEED_SECTION_RULES } from "./seed-clauses";

describe("seed scoring clauses (seeds/001)", () => {
  it.each(SEED_CLAUSES.map((c) => [c.id, c] as const))("%s", (_id, c) => {
    const parsed = parseRule(c.text);
    if (!parsed.understood) throw new Error(`not understood: ${parsed.reason}`);
    expect(parsed.construct).toBe(c.construct);
    expect(parsed.rule).toMatchObject(c.rule);
    if (c.statedMax !== undefined) expect(parsed.max).toBe(c.statedMax);
    for (const [value, expected] of c.cases) {
      const got = scoreRule(parsed.rule, value, c.max, { period: c.period });
      if (got.score !== expected) {
        throw new Error(`value ${JSON.stringify(value)}: expected ${expected}, got ${got.score} (${got.reason ?? ""})`);
      }
    }
    // a clause that scores also has a formula for the sheet
    expect(ruleFormula(parsed.rule, "B2", c.max, { period: c.period })).toMatch(/^=/);
  });

  it("lists every scoring clause once", () => {
    expect(new Set(SEED_CLAUSES.map((c) => c.id)).size).toBe(SEED_CLAUSES.length);
    expect(SEED_CLAUSES.length).toBeGreaterThanOrEqual(40);
  });
});

describe("seed section rules (加分/减分 caps, weights)", () => {
  it.each(SEED_SECTION_RULES.map((c) => [c.id, c] as const))("%s", (_id, c) => {
    expect(parseSectionRule(c.text)).toEqual({ understood: true, construct: c.rule.kind, rule: c.rule });
  });
});

describe("seed sentences that state no applicable rule", () => {
  it.each(SEED_NOT_UNDERSTOOD.map((c) => [c.id, c] as const))("%s → not understood, with a reason", (_id, c) => {
    const parsed = parseRule(c.text);
    expect(parsed.understood).toBe(false);
    if (!parsed.understood) expect(parsed.reason).toContain(c.reasonHas);
  });
});
