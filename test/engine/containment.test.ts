import { contained } from "../../src/engine/containment";
import type { Finding } from "../../src/engine/findings";

describe("contained", () => {
  const what = { zh: "按评分标准计分", en: "Scoring by this standard" };
  const at = { sheet: "考核表", cell: "D5" };

  it("turns a throw into an error finding on the cell and returns the fallback", () => {
    const findings: Finding[] = [];
    const got = contained(findings, at, what, (): number => { throw new Error("not a finite number: NaN"); }, -1);
    expect(got).toBe(-1);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ kind: "bad-value", severity: "error", sheet: "考核表", cell: "D5" });
    expect(findings[0].message).toMatch(/未能检查.*not a finite number: NaN/);
  });

  it("passes a result through and adds nothing when nothing throws", () => {
    const findings: Finding[] = [];
    expect(contained(findings, at, what, () => 7, -1)).toBe(7);
    expect(findings).toHaveLength(0);
  });
});
