/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// The pane shows what was checked on each sheet, as the engine says it (sheets[].checked / note):
// "no problems" only of what was checked, and a sheet that yielded nothing to check is one click
// away from its correction in 识别结果.
import * as React from "react";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import * as ExcelJS from "exceljs";
import { App } from "../../src/taskpane/components/App";
import { analyzeWorkbook } from "../../src/engine";
import { coverageText } from "../../src/engine/report";
import { browserHostFromSnapshot } from "../../src/hosts/browser";
import { snapshotWorkbook } from "../../src/hosts/xlsx/read";
import { addStatisticsBottomSheet } from "../fixtures/builders";

/** a consistent statistics sheet and a sheet of villages with no total, rate or score to check */
function workbook() {
  const wb = new ExcelJS.Workbook();
  addStatisticsBottomSheet(wb);
  const list = wb.addWorksheet("村名单");
  list.addRow(["村名", "村主任", "电话"]);
  for (let i = 1; i <= 6; i++) list.addRow([`第${i}村`, `张${i}`, `1380000000${i}`]);
  return snapshotWorkbook(wb);
}

for (const lang of ["zh", "en"] as const) {
  it(`${lang}: lists each sheet's coverage and opens 识别结果 on the sheet nothing could be checked on`, async () => {
    const snapshot = workbook();
    const expected = analyzeWorkbook(snapshot);
    const unchecked = expected.sheets.filter((s) => s.checked && Object.keys(s.checked.relations).length === 0 && s.checked.scores === 0);
    expect(unchecked.map((s) => s.name)).toEqual(["村名单"]);
    expect(expected.findings).toEqual([]);
    const host = browserHostFromSnapshot(snapshot, "名单.xlsx");
    render(<App lang={lang} host={host} analyze={async (s, o) => analyzeWorkbook(s, o)} />);
    fireEvent.click(await screen.findByRole("button", { name: lang === "zh" ? "检查" : "Check" }));
    const coverage = await screen.findByTestId("coverage");
    const items = [...coverage.querySelectorAll("li[data-sheet]")] as HTMLElement[];
    expect(items.map((li) => li.dataset.sheet)).toEqual(expected.sheets.map((s) => s.name));
    for (const [i, s] of expected.sheets.entries()) expect(items[i].textContent).toContain(coverageText(s, lang));
    // "no problems" only of what was checked
    expect(screen.getByTestId("no-findings").textContent).toBe(lang === "zh" ? "已核对的部分没有发现问题;未能核对:村名单。" : "No problems found in what was checked; not checked: 村名单.");
    // the checked sheet offers no correction; the unchecked one does, and it opens that sheet's panel
    const correct = lang === "zh" ? "更正识别结果" : "Correct what was understood";
    expect(within(items.find((li) => li.dataset.sheet === "统计表")!).queryByText(correct)).toBeNull();
    await screen.findByTestId("understood");
    expect(screen.queryByTestId("understood-村名单")).toBeNull();
    fireEvent.click(within(items.find((li) => li.dataset.sheet === "村名单")!).getByText(correct));
    await waitFor(() => expect(screen.getByTestId("understood-村名单")).toBeTruthy());
    // the correction itself is there: the sheet's kind
    expect(within(screen.getByTestId("understood-村名单")).getAllByRole("combobox").length).toBeGreaterThan(0);
  });
}
