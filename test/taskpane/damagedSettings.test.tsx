/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// Issue 13 "Done when": a workbook whose _assess_settings holds invalid JSON, a __proto__ key or an
// address outside the sheets gives a clear message in the pane (a finding on the record's cell,
// naming what was wrong) and the rest is still checked (the planted 合计 error is listed).
import * as React from "react";
import { configure, fireEvent, render, screen, within } from "@testing-library/react";
import * as ExcelJS from "exceljs";
import { App } from "../../src/taskpane/components/App";
import { analyzeWorkbook } from "../../src/engine";
import { browserHostFromSnapshot } from "../../src/hosts/browser";
import { snapshotWorkbook } from "../../src/hosts/xlsx/read";
import { addStatisticsBottomSheet } from "../fixtures/builders";

configure({ asyncUtilTimeout: 8000 });

function workbook(record: string) {
  const wb = new ExcelJS.Workbook();
  addStatisticsBottomSheet(wb, { planted: true }); // 合计 180 where the parts add to 182
  const s = wb.addWorksheet("_assess_settings", { state: "veryHidden" });
  s.getCell("A1").value = record;
  return snapshotWorkbook(wb);
}

const RECORDS: ReadonlyArray<[string, string, RegExp]> = [
  ["invalid JSON", '{"version":1,"corrections":[', /_assess_settings|设置|损坏/],
  ["a __proto__ key", '{"version":1,"corrections":[],"ruleOverrides":{"__proto__":{"polluted":"yes"}},"lockedCells":[],"__proto__":{"x":1}}', /__proto__/],
  ["an address outside the sheets", '{"version":1,"corrections":[],"ruleOverrides":{},"lockedCells":["没有的表!G5"]}', /没有的表!G5/],
];

for (const [what, record, named] of RECORDS) {
  it(`a settings record with ${what}: a warning on the record in the pane, and the rest still checked`, async () => {
    const snapshot = workbook(record);
    const expected = analyzeWorkbook(snapshot);
    const warning = expected.findings.find((f) => f.sheet === "_assess_settings");
    expect(warning?.message).toMatch(named);
    expect(expected.findings.some((f) => f.sheet === "统计表" && f.kind === "sum-mismatch")).toBe(true);

    render(<App lang="zh" host={browserHostFromSnapshot(snapshot, "damaged.xlsx")} analyze={async (s, o) => analyzeWorkbook(s, o)} />);
    fireEvent.click(await screen.findByRole("button", { name: "检查" }));
    const list = await screen.findByTestId("findings");
    const recordSection = list.querySelector<HTMLElement>('section[data-sheet="_assess_settings"]');
    expect(recordSection).not.toBeNull();
    expect(within(recordSection!).getByText((_, el) => el?.tagName !== "SECTION" && !!el?.textContent && el.textContent.includes(warning!.message) && el.children.length === 0)).toBeTruthy();
    expect(list.querySelector('section[data-sheet="统计表"]')).not.toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
}
