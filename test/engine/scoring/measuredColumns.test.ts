/**
 * A scheme with 目标数, 完成数 and 完成情况 (issue 11): the value a rule reads is the right
 * one — the rate (完成情况, shown as a percent) for a standard that scores a rate, the count
 * (完成数) for one that scores a count; never the target.
 */
import { analyzeWorkbook } from "../../../src/engine";
import type { CellValue } from "../../../src/engine/grid";
import { sheet } from "../layout/build";

// seed 002's targets (政策符合率 92%以上) with a clerk's own completion figures
const rows = (rate: CellValue, count: CellValue, scoreRate: CellValue, scoreCount: CellValue): CellValue[][] => [
  ["序号", "考核项目", "分值", "评分标准", "目标数", "完成数", "完成情况", "得分"],
  ["1", "出生人口政策符合率", 10, "达92%以上计10分,每降低1个百分点扣2分", "92%", 1870, rate, scoreRate],
  ["2", "配备计生专干", 10, "每配备1名计3分,计满10分为止", 4, count, "75%", scoreCount],
  [null, "合计", 20, null, null, null, null, null],
];
const scores = (r: CellValue[][]) => {
  const a = analyzeWorkbook({ sheets: [sheet("考核表", r)] });
  return { findings: a.findings.map((f) => `${f.kind} ${f.cell}`), scores: Object.fromEntries(a.scores.map((s) => [s.cell, s.value])) };
};

describe("several measured columns: 目标数 | 完成数 | 完成情况", () => {
  it("a rate standard reads 完成情况 (90% → 10 − 2×2 = 6), a count standard reads 完成数 (3 × 3 = 9)", () => {
    const { findings, scores: s } = scores(rows("90%", 3, 6, 9));
    expect(s.H2).toBe(6);
    expect(s.H3).toBe(9);
    expect(findings).toEqual([]);
  });
  it("the formula of each row points at its own column", () => {
    // the rate typed as a number shown as a percent (a text "90%" is scored as a plain value, no formula)
    const a = analyzeWorkbook({ sheets: [sheet("考核表", rows(0.9, 3, null, null), { formats: { G2: "0%" } })] });
    expect(a.scores.find((x) => x.cell === "H2")?.value).toBe(6);
    const f = Object.fromEntries(a.scores.map((x) => [x.cell, x.formula]));
    expect(f.H2).toContain("G2");
    expect(f.H2).not.toContain("F2");
    expect(f.H3).toContain("F3");
    expect(f.H3).not.toContain("G3");
  });
  it("an entered score that follows the wrong column is one finding each way", () => {
    // 6 and 9 are right; 10 (1870 read as a rate) and 10 (75 read as a count, capped) are not
    expect(scores(rows("90%", 3, 10, 9)).findings).toEqual(["entered-score-mismatch H2"]);
    expect(scores(rows("90%", 3, 6, 10)).findings).toEqual(["entered-score-mismatch H3"]);
  });
  it("with one measured column nothing changes: the rate rule reads it", () => {
    const one: CellValue[][] = [
      ["序号", "考核项目", "分值", "评分标准", "目标数", "完成情况", "得分"],
      ["1", "出生人口政策符合率", 10, "达92%以上计10分,每降低1个百分点扣2分", "92%", "91%", 8],
    ];
    expect(scores(one)).toEqual({ findings: [], scores: { G2: 8 } });
  });
});
