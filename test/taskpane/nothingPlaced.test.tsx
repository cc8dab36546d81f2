/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// A workbook where nothing could be placed (a list of names, a sheet of notes, figures with no
// total, rate or score among them) is never said to have no problems: the pane says nothing
// could be checked, and points to 识别结果.
import * as React from "react";
import { configure, fireEvent, render, screen } from "@testing-library/react";
import { App } from "../../src/taskpane/components/App";
import { analyzeWorkbook } from "../../src/engine";
import { browserHostFromSnapshot } from "../../src/hosts/browser";
import type { WorkbookSnapshot } from "../../src/engine/grid";

configure({ asyncUtilTimeout: 8000 });

const snapshot: WorkbookSnapshot = {
  sheets: [
    { name: "名单", values: [["村名", "村主任", "电话"], ["东村", "张", "138"], ["西村", "李", "139"]] },
    { name: "说明", values: [["本表说明"], ["填表人:张三"]] },
    { name: "人口", values: [["村", "人口", "户数"], ["东村", 100, 30], ["西村", 200, 60]] },
  ],
};

for (const lang of ["zh", "en"] as const) {
  it(`${lang}: says nothing could be checked, never "no problems"`, async () => {
    const expected = analyzeWorkbook(snapshot);
    expect(expected.findings).toEqual([]);
    render(<App lang={lang} host={browserHostFromSnapshot(snapshot, "名单.xlsx")} analyze={async (s, o) => analyzeWorkbook(s, o)} />);
    fireEvent.click(await screen.findByRole("button", { name: lang === "zh" ? "检查" : "Check" }));
    const said = (await screen.findByTestId("no-findings")).textContent ?? "";
    expect(said).toBe(
      lang === "zh"
        ? "未能核对任何合计、比率或得分,不能说没有问题;请在“识别结果”中更正表格类型或列的含义。"
        : "No total, rate or score could be checked, so no problems can be said; correct the sheet's kind or its columns under “What was understood”.",
    );
    expect(said).not.toMatch(/没有发现问题|No problems found/);
  });
}
