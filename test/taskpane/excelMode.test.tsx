/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
/**
 * The pane in Excel mode, end to end inside jsdom: the real Excel host over the in-memory
 * Office.js fake (test/support/fakeExcel.ts), the real engine. 检查 reads the workbook in a
 * constant number of syncs, shows the planted 合计, and a click selects that cell in Excel; the
 * actions write through the real apply/undo/marks/report code (a refused apply shows its reason).
 */
import * as React from "react";
import { configure, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { App } from "../../src/taskpane/components/App";
import { createExcelHost } from "../../src/hosts/excel";
import { analyzeWorkbook } from "../../src/engine";
import { pickLanguage } from "../../src/taskpane/i18n";
import { createFakeExcel, type FakeExcel } from "../support/fakeExcel";
import type { WorkbookSnapshot } from "../../src/engine/grid";
import { parseRangeAddress } from "../../src/engine/address";
import { readXlsx } from "../../src/hosts/xlsx/read";
import { buildScoringWorkbook, fixtureBytes } from "../fixtures";

// a loaded machine (CI, parallel jest workers) renders slower than testing-library's 1 s default
configure({ asyncUtilTimeout: 8000 });

/** seeds/001: 已婚育龄妇女 182 = 上环105+工具27+结扎14+绝经16+不孕5+待孕10+现孕5; 合计 typed 180 */
function statisticsWorkbook(displayLanguage = "zh-CN"): FakeExcel {
  return createFakeExcel(
    {
      name: "统计报表.xlsx",
      url: "https://contoso.sharepoint.com/Shared%20Documents/%E7%BB%9F%E8%AE%A1%E6%8A%A5%E8%A1%A8.xlsx",
      sheets: [
        {
          name: "统计表",
          rows: [
            ["序号", "项目", "人数"],
            [1, "上环", 105],
            [2, "使用工具", 27],
            [3, "结扎", 14],
            [4, "绝经", 16],
            [5, "不孕", 5],
            [6, "待孕", 10],
            [7, "现孕", 5],
            [null, "合计", 180],
          ],
        },
        { name: "说明", rows: [["本表由社区填报"]] },
      ],
    },
    { displayLanguage },
  );
}

let uninstall: () => void = () => undefined;
afterEach(() => uninstall());

describe("the pane on the Excel host", () => {
  it("checks the open workbook and selects the flagged 合计 in Excel on click", async () => {
    const excel = statisticsWorkbook();
    uninstall = excel.install();
    const lang = pickLanguage(excel.Office.context.displayLanguage);
    expect(lang).toBe("zh");
    render(<App lang={lang} host={createExcelHost()} analyze={async (s) => analyzeWorkbook(s)} />);
    expect(await screen.findByText("统计报表.xlsx")).toBeTruthy();

    excel.stats.reset();
    fireEvent.click(screen.getByRole("button", { name: "检查" }));
    expect((await screen.findByTestId("summary")).textContent).toBe("已读取 2 张工作表;1 个错误,0 个警告");
    expect(excel.stats.syncs).toBeLessThanOrEqual(3);

    const item = screen.getByTitle("转到 统计表!C9");
    expect(item.textContent).toContain("应为 182,实为 180");
    fireEvent.click(item);
    await waitFor(() => expect(excel.state.selection).toEqual({ sheet: "统计表", address: "C9" }));
    expect(excel.state.activeSheet).toBe("统计表");
    // no preview grid inside Excel: Excel itself shows the cell
    expect(screen.queryByTestId("sheet-preview")).toBeNull();
    // nothing was written by a check
    expect(excel.state.cell("统计表", "C9").value).toBe(180);
  });

  it("is English when Office's display language is English", async () => {
    const excel = statisticsWorkbook("en-US");
    uninstall = excel.install();
    const lang = pickLanguage(excel.Office.context.displayLanguage);
    render(<App lang={lang} host={createExcelHost()} analyze={async (s) => analyzeWorkbook(s)} />);
    fireEvent.click(await screen.findByRole("button", { name: "Check" }));
    expect((await screen.findByTestId("summary")).textContent).toBe("Read 2 sheets; 1 error, 0 warnings");
    expect(screen.getByTitle("Go to 统计表!C9").textContent).toContain("expected 182, actual 180");
  });
});

/** a scoring sheet with its 考核得分 column blank (the clerk before 重新计算), from the fixture builder */
async function blankScoringWorkbook(): Promise<{ excel: FakeExcel; snapshot: WorkbookSnapshot }> {
  const b = await fixtureBytes(buildScoringWorkbook({ assessedBlank: true }));
  const { snapshot } = await readXlsx(b);
  const planned = new Map(analyzeWorkbook(snapshot).writes.map((w) => [`${w.sheet}!${w.cell}`, w.value]));
  const excel = createFakeExcel({
    name: "考核表.xlsx",
    sheets: snapshot.sheets.map((s) => ({ name: s.name, rows: s.values.map((row) => [...row].map((v) => v ?? null)) })),
    // the fake does not calculate: a written formula shows the value the engine computed
    calc: (sheet, address) => (planned.get(`${sheet}!${address}`) as number | string | null | undefined) ?? null,
  });
  return { excel, snapshot };
}

function buttonNamed(name: string): HTMLButtonElement {
  const found = [...document.querySelectorAll("button")].filter((b) => b.textContent === name);
  if (found.length !== 1) throw new Error(`${found.length} buttons named ${name}`);
  return found[0];
}

describe("the pane's actions on the Excel host", () => {
  it("计算得分… → a refused 应用 (a cell changed since) → 应用 → 撤销", async () => {
    const { excel, snapshot } = await blankScoringWorkbook();
    uninstall = excel.install();
    const plan = analyzeWorkbook(snapshot);
    const first = plan.writes[0];
    render(<App lang="zh" host={createExcelHost()} analyze={async (s, o) => analyzeWorkbook(s, o)} />);
    expect(await screen.findByText("考核表.xlsx")).toBeTruthy();
    await waitFor(() => expect(buttonNamed("撤销").disabled).toBe(true));

    fireEvent.click(buttonNamed("计算得分…"));
    const preview = await screen.findByTestId("recalc-preview");
    expect(preview.querySelectorAll('[data-testid="preview-row"]').length).toBe(plan.writes.length);
    expect(excel.state.cell(first.sheet, first.cell).formula).toBeNull();

    // the clerk types into a target cell before applying: nothing is written, the reason is shown
    const { top, left } = parseRangeAddress(first.cell);
    excel.state.sheet(first.sheet).setCell(top, left, { value: 7 });
    fireEvent.click(buttonNamed("应用"));
    expect((await screen.findByRole("alert")).textContent).toContain(`以下单元格在检查之后已被修改,未写入任何内容。请先点击“检查”,再点“计算得分…”:${first.sheet}!${first.cell}`);
    expect(excel.state.cell(first.sheet, first.cell)).toMatchObject({ value: 7, formula: null });
    excel.state.sheet(first.sheet).setCell(top, left, { value: null });

    fireEvent.click(buttonNamed("取消"));
    fireEvent.click(buttonNamed("计算得分…"));
    await screen.findByTestId("recalc-preview");
    fireEvent.click(buttonNamed("应用"));
    await waitFor(() => expect(screen.getByTestId("status").textContent).toBe(`已写入 ${plan.writes.length} 个单元格,并已重新检查。`));
    for (const w of plan.writes) {
      // a formula where the plan has one, else the plain value it computed
      expect(excel.state.cell(w.sheet, w.cell).formula).toBe(w.formula ?? null);
      if (w.formula === undefined) expect(excel.state.cell(w.sheet, w.cell).value).toBe(w.value);
      // a value typed as text ("3人") made the number it means, shown the same (issue 10 item 3)
      if (w.kind === "normalise-value") expect(excel.state.cell(w.sheet, w.cell).numberFormat).toBe(w.numberFormat);
    }
    expect(plan.writes.some((w) => w.kind === "normalise-value")).toBe(true);
    expect(screen.queryByRole("alert")).toBeNull();
    expect(buttonNamed("撤销").disabled).toBe(false);

    fireEvent.click(buttonNamed("撤销"));
    await waitFor(() => expect(screen.getByTestId("status").textContent).toBe("已撤销上次写入,并已重新检查。"));
    // every cell as it was: the empty score cells, and the value cells' text and number format
    for (const w of plan.writes) {
      expect(excel.state.cell(w.sheet, w.cell)).toMatchObject({ value: w.previous.value, formula: w.previous.formula, numberFormat: w.previous.numberFormat ?? "General" });
    }
    expect(buttonNamed("撤销").disabled).toBe(true);

  });

  it("标记并生成报告 marks the planted 合计 and writes the report; 清除标记 puts the fill back", async () => {
    const excel = statisticsWorkbook();
    uninstall = excel.install();
    render(<App lang="zh" host={createExcelHost()} analyze={async (s, o) => analyzeWorkbook(s, o)} />);
    expect(await screen.findByText("统计报表.xlsx")).toBeTruthy();
    await waitFor(() => expect(buttonNamed("清除标记").disabled).toBe(true));
    fireEvent.click(buttonNamed("标记并生成报告"));
    await waitFor(() => expect(screen.getByTestId("status").textContent).toBe("已标记 1 个单元格(1 个附有评论);报告已写入工作表“校验报告”(1 行)。"));
    expect(excel.state.sheet("统计表").fills.size).toBe(1);
    expect(excel.state.sheets.some((s) => s.name === "校验报告")).toBe(true);
    // the report sheet is the add-in's: not counted, not checked
    expect(screen.getByTestId("summary").textContent).toBe("已读取 2 张工作表;1 个错误,0 个警告");
    expect(buttonNamed("清除标记").disabled).toBe(false);
    fireEvent.click(buttonNamed("清除标记"));
    await waitFor(() => expect(screen.getByTestId("status").textContent).toBe("已清除标记,单元格已恢复原来的填充。"));
    expect(excel.state.sheet("统计表").fills.size).toBe(0);
    expect(buttonNamed("清除标记").disabled).toBe(true);
  });
});
