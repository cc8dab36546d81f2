/**
 * The engine's understood items (issue 13 item 1): what the scoring read of each item, the one
 * source the pane's 识别结果 panel and the 校验报告 render.
 */
import * as ExcelJS from "exceljs";
import { analyzeWorkbook } from "../../../src/engine";
import { snapshotWorkbook } from "../../../src/hosts/xlsx/read";
import { addScoringSheet } from "../../fixtures/builders";

const SHEET = "考核评分表";

function analyze(options: Parameters<typeof analyzeWorkbook>[1] = {}, edit?: (ws: ExcelJS.Worksheet) => void) {
  const wb = new ExcelJS.Workbook();
  addScoringSheet(wb);
  edit?.(wb.getWorksheet(SHEET)!);
  return analyzeWorkbook(snapshotWorkbook(wb), options);
}

const at = (a: ReturnType<typeof analyze>, row: number) => a.items?.find((i) => i.sheet === SHEET && i.row === row - 1);

describe("understood items", () => {
  it("gives each scored leaf its rule, value cell, computed and compared score cells, explanation and override key", () => {
    const a = analyze();
    const staff = at(a, 5)!;
    expect(staff).toMatchObject({
      name: "加强机构、队伍建设(配备人员)",
      rule: { kind: "understood", construct: "per-unit-capped" },
      valueCell: "E5",
      computedCell: "G5",
      enteredCell: "F5",
      value: 9,
      overrideKey: `${SHEET}!D5`,
    });
    // the explanation is the one the scores carry, not another reading
    const score = a.scores.find((s) => s.sheet === SHEET && s.cell === "G5")!;
    expect(staff.explain).toBe(score.explain);
    expect(staff.explainEn).toBe(score.explainEn);
  });

  it("computes the self-score column when the clerk chooses it, and compares the assessed one", () => {
    const staff = at(analyze({ scoreColumn: "self" }), 5)!;
    expect(staff.computedCell).toBe("F5");
    expect(staff.enteredCell).toBe("G5");
  });

  it("says why a rule was not understood, and what a rule stated by hand replaced", () => {
    const discretion = (ws: ExcelJS.Worksheet) => (ws.getCell("D7").value = "视工作情况酌情给分");
    const unread = at(analyze({}, discretion), 7)!;
    expect(unread.rule.kind).toBe("unparsed");
    expect(unread.rule.kind === "unparsed" && unread.rule.reason.length).toBeGreaterThan(0);
    expect(unread.explain).toBeUndefined();
    const stated = at(analyze({ ruleOverrides: { [`${SHEET}!D7`]: "有:20" } }, discretion), 7)!;
    expect(stated).toMatchObject({ rule: { kind: "understood" }, stated: "有:20", value: 20 });
  });

  it("reads a section's cap as a section rule and a parent as summed, with no override key for either", () => {
    const a = analyze();
    expect(at(a, 11)).toMatchObject({ section: "bonus", rule: { kind: "section" } });
    expect(at(a, 11)!.overrideKey).toBeUndefined();
    const parent = at(a, 4)!;
    expect(parent.rule.kind).toBe("none");
    expect(parent.overrideKey).toBeUndefined();
    expect(parent.value).toBe(49);
    expect(parent.explain).toMatch(/^分项之和/);
    expect(at(a, 15)).toMatchObject({ section: "total", rule: { kind: "none" } });
  });
});
