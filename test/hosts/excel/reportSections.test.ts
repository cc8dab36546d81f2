/**
 * The Excel host writes the 校验报告's sections below the findings as the engine gives them
 * (engine/report.ts reportTail): section titles and headings in bold, a link on each score row.
 */
import { REPORT_HEADER_ROWS, writeReport } from "../../../src/hosts/excel/report";
import type { Finding } from "../../../src/engine/findings";
import type { SheetSummary } from "../../../src/engine/plan";
import { reportTail, type ReportScore } from "../../../src/engine/report";
import { fake, run } from "./helpers";

const SHEETS: SheetSummary[] = [
  { name: "考核表", kind: "scoring", tables: 1, checked: { relations: { "max-sum-mismatch": 2 }, scores: 2 } },
  { name: "说明", kind: "other", tables: 0, checked: { relations: {}, scores: 0 }, note: "未找到表格,未作核对" },
];
const SCORES: ReportScore[] = [
  { sheet: "考核表", cell: "G5", value: 9, explain: "3人 × 3分 = 9分(上限 10分)", explainEn: "3 × 3 = 9 (cap 10)", label: "配备人员" },
  { sheet: "考核表", cell: "G9", value: 9, explain: "合计 = 9分", explainEn: "total = 9" },
];
const FINDING: Finding = {
  kind: "sum-mismatch", severity: "error", sheet: "考核表", cell: "G9", related: ["G5"], expected: 9, actual: 8,
  message: "合计 8 与分项之和 9 不一致(相差 1)", messageEn: "Total 8 ≠ 9",
};

function rowsOf(fx: ReturnType<typeof fake>, name: string): unknown[][] {
  const s = fx.state.sheet(name);
  const used = s.usedRange(true)!;
  return Array.from({ length: used.bottom + 1 }, (_, r) => Array.from({ length: 8 }, (_, c) => s.cell(r, c).value));
}

describe("writeReport's sections below the findings", () => {
  let restore: (() => void) | undefined;
  afterEach(() => restore?.());

  for (const findings of [[FINDING], []]) {
    it(`${findings.length ? "after one finding" : "with no finding"}: what was checked, then how each score comes about`, async () => {
      const fx = fake({ name: "考核.xlsx", apiMinor: 17, sheets: [{ name: "考核表", cells: { G5: 9, G9: 8 } }, { name: "说明", cells: { A1: "说明" } }] });
      restore = fx.install();
      const r = await run(fx, (c) => writeReport(c, findings, SHEETS, "zh", { scores: SCORES }));
      expect(r.rows).toBe(findings.length);
      const rows = rowsOf(fx, "校验报告");
      const first = REPORT_HEADER_ROWS + Math.max(findings.length, 1);
      // "no problems" only of what was checked: 说明 was not
      if (!findings.length) expect(rows[REPORT_HEADER_ROWS][0]).toBe("已核对部分未发现问题;未核对:说明(见下方“检查范围”)");
      const tail = reportTail(SHEETS, SCORES, "zh");
      expect(rows.slice(first).map((row) => row.map((v) => v ?? ""))).toEqual(tail.map((t) => [...t.cells]));
      const s = fx.state.sheet("校验报告");
      tail.forEach((t, i) => {
        const row = first + i;
        expect([row, !!s.fonts.get(row * 16384)?.bold]).toEqual([row, !!t.strong]);
        expect([row, s.hyperlinks.get(row * 16384 + 2)?.documentReference]).toEqual([row, t.link ? `'${t.cells[1]}'!${t.cells[2]}` : undefined]);
      });
      expect(s.hyperlinks.size).toBe(findings.length + SCORES.length);
    });
  }
});
