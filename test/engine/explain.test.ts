import fc from "fast-check";
import { explainRule, explainCappedSection, explainSum, explainTotal, explainWeighted } from "../../src/engine/rules/explain";
import { scoreRule, type ScoringRule, CONSTRUCTS } from "../../src/engine/rules";

// rules built as data (not parsed), so these tests hold whatever wording the parser reads
const perUnit: ScoringRule = { kind: "per-unit-capped", per: 1, unit: "人", points: 3, cap: 10 };
const rate: ScoringRule = {
  kind: "rate-per-point-with-cutoff", unit: "%", target: { cmp: ">=", bound: 90 }, full: null, step: 1, perStep: 2,
  cutoff: { cmp: "<", bound: 80 },
};

describe("explainRule", () => {
  it("fills in the numbers of the issue's examples", () => {
    expect(explainRule(perUnit, "3人", 10).zh).toBe("3人 × 3分 = 9分(上限 10分)");
    expect(explainRule(perUnit, "3人", 10).en).toBe("3 × 3 = 9 (cap 10)");
    const times: ScoringRule = { kind: "per-unit-capped", per: 1, unit: "次", points: 1.25, cap: 5 };
    expect(explainRule(times, "4次", 5).zh).toBe("4次 × 1.25分 = 5分(上限 5分)");
    const r: ScoringRule = { ...rate, perStep: 1, target: { cmp: ">=", bound: 90 } } as ScoringRule;
    expect(explainRule(r, "88%", 10).zh).toBe("88% < 90%:10 − 1 × 2 = 8分");
    const yes: ScoringRule = { kind: "all-or-nothing", points: null };
    expect(explainRule(yes, "有", 4).zh).toBe("有 → 满分 4分");
    expect(explainRule(yes, "无", 4).zh).toBe("无 → 不计分 0分");
  });

  it("says when a cap or a cut-off decides", () => {
    expect(explainRule(perUnit, 5, 10).zh).toBe("5人 × 3分 = 15分,上限 10分 → 10分");
    expect(explainRule(rate, "75%", 30).zh).toBe("75% < 80% → 不计分 0分");
    expect(explainRule(rate, "95%", 30).zh).toBe("95% ≥ 90% → 满分 30分");
  });

  it("says why nothing could be scored, in each language", () => {
    const e = explainRule(perUnit, "很多", 10);
    expect(e.zh).toMatch(/^无法计分/);
    expect(e.en).toMatch(/^cannot score/);
    expect(e.en).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it("ends with the evaluator's score for any count and rate", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 12 }), (n, max) => {
        const s = scoreRule(perUnit, n, max).score!;
        expect(explainRule(perUnit, n, max).zh).toMatch(new RegExp(`[=→] ${s}分(\\(上限 10分\\))?$`));
        expect(explainRule(perUnit, n, max).en).toMatch(new RegExp(`[=→] ${s}( \\(cap 10\\))?$`));
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), (tenths) => {
        const v = `${tenths / 10}%`;
        const s = scoreRule(rate, v, 30).score!;
        expect(explainRule(rate, v, 30).zh).toMatch(new RegExp(`(?:^|[ →=])${String(s).replace(".", "\\.")}分`));
      }),
    );
  });

  it("has an explanation for every construct (no construct left to a generic text)", () => {
    const samples: Record<(typeof CONSTRUCTS)[number], [ScoringRule, string | number, number | undefined]> = {
      "all-or-nothing": [{ kind: "all-or-nothing", points: 20 }, "是", 20],
      "per-unit-capped": [perUnit, "2人", 10],
      "per-unit-deduction-floored": [{ kind: "per-unit-deduction-floored", per: 1, unit: "个", points: 5, full: null, target: null, cap: null }, 2, 20],
      "rate-per-point-with-cutoff": [rate, "85%", 30],
      "rate-threshold": [{ kind: "rate-threshold", unit: "%", threshold: { cmp: ">=", bound: 65 }, points: null }, "70%", 10],
      "rate-per-point-to-zero": [{ kind: "rate-per-point-to-zero", unit: "%", target: { cmp: ">=", bound: 70 }, full: null, step: 1, perStep: 1 }, "65%", 10],
      "listed-parts": [{ kind: "listed-parts", parts: ["公安", "教育"], count: 2, each: 4 }, "公安", 8],
      "stepped-count": [{ kind: "stepped-count", unit: "次", steps: [{ atLeast: 2, points: 5 }, { atLeast: 1, points: 3 }], cap: 5 }, "2次", 5],
      "sub-clauses": [{ kind: "sub-clauses", parts: [{ label: "村", points: 7 }, { label: "乡镇", points: 3 }], sign: 1 }, "是,否", 10],
      "per-case": [{ kind: "per-case", unit: "起", points: 2, pointsMax: null, addOn: false, categories: [], cap: null }, "2起", 10],
      "fixed-deduction": [{ kind: "fixed-deduction", points: 6, addOn: false }, "是", 10],
      doubled: [{ kind: "doubled", factor: 2 }, 3, 10],
      "range-bonus": [{ kind: "range-bonus", min: 3, max: 5 }, 4, undefined],
      "percentage-cut": [{ kind: "percentage-cut", percent: 20 }, "是", 50],
      "period-default": [{ kind: "period-default", period: "half-year", rule: null }, "", 10],
      "by-period": [{ kind: "by-period", halfYear: { kind: "all-or-nothing", points: null }, fullYear: perUnit }, "3人", 10],
      veto: [{ kind: "veto" }, "否", 10],
      "money-tiers": [{ kind: "money-tiers", unit: "%", currency: "元", tiers: [{ cmp: ">=", bound: 95, amount: 500 }, { cmp: "<", bound: 90, amount: -300 }] }, "96%", undefined],
      proportional: [{ kind: "proportional", unit: "例", per: 10, points: 15, cap: 15 }, "9例", 15],
      "rank-tiers": [{ kind: "rank-tiers", first: 1, points: [20, 19, 18, 17, 16] }, "第3名", 20],
      "rate-tiers": [{ kind: "rate-tiers", unit: "%", tiers: [{ cmp: ">=", bound: 3, amount: -0.1 }, { cmp: ">", bound: 5, amount: -0.2 }] }, "6%", 10],
      "grade-tiers": [{ kind: "grade-tiers", grades: [{ label: "好", points: 0 }, { label: "中", points: -3 }, { label: "差", points: -5 }] }, "中", 10],
    };
    for (const construct of CONSTRUCTS) {
      const [rule, value, max] = samples[construct];
      const opts = construct === "by-period" ? { period: "full-year" as const } : {};
      const s = scoreRule(rule, value, max, opts);
      const e = explainRule(rule, value, max, opts);
      expect(s.score).not.toBeNull();
      expect(e.zh).not.toMatch(/^无法计分/);
      expect(e.zh).toContain(String(Math.abs(s.score!)));
      expect(e.en).toContain(String(Math.abs(s.score!)));
      expect(e.en).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe("section explanations", () => {
  it("shows a capped bonus, a capped sum, the total and weights", () => {
    expect(explainCappedSection("bonus", 6.5, 5, 5).zh).toBe("加分 6.5,上限 5 → 5");
    expect(explainSum({ zh: "", en: "" }, [5, 8, 3], 16, 20).zh).toBe("5 + 8 + 3 = 16分(满分 20分)");
    expect(explainSum({ zh: "", en: "" }, [15, 8], 20, 20).zh).toBe("15 + 8 = 23分,满分 20分 → 20分");
    expect(explainTotal([850], [5], [3], 852, false).zh).toBe("合计 = 850 + 5 − 3 = 852分");
    expect(explainTotal([850], [], [], 0, true).zh).toContain("一票否决");
    expect(explainWeighted([{ value: 90, percent: 60 }, { value: 80, percent: 40 }], 86).zh).toBe("加权:90 × 60% + 80 × 40% = 86分");
  });
});
