/** @jest-environment jsdom */
/**
 * The pane in Excel mode, end to end inside jsdom: the real Excel host over the in-memory
 * Office.js fake (test/support/fakeExcel.ts), the real engine. 检查 reads the workbook in a
 * constant number of syncs, shows the planted 合计, and a click selects that cell in Excel.
 */
import * as React from "react";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { App } from "../../src/taskpane/components/App";
import { createExcelHost } from "../../src/hosts/excel";
import { analyzeWorkbook } from "../../src/engine";
import { pickLanguage } from "../../src/taskpane/i18n";
import { createFakeExcel, type FakeExcel } from "../support/fakeExcel";

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
