/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// (node export conditions: ExcelJS builds the workbook here, and its uuid dependency's browser build is ESM)
// The clerk adds an indicator in 识别结果 (name, numerator, denominator, scale, decimals): it is
// kept in the workbook's settings (in the browser: the downloaded copy), the check runs again and
// the indicator's rate is checked — a finding where the rate is wrong, none where it is right.
// Then it is edited and removed.
import * as React from "react";
import { configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import * as ExcelJS from "exceljs";
import { App } from "../../src/taskpane/components/App";
import { analyzeWorkbook } from "../../src/engine";
import { createBrowserHost, type EditableBrowserHost } from "../../src/hosts/browser";
import { createExcelHost } from "../../src/hosts/excel";
import { SETTINGS_SHEET, parseSettings } from "../../src/engine/settings";
import { createFakeExcel } from "../support/fakeExcel";
import { findSheet } from "../support/fakeExcel/state";

configure({ asyncUtilTimeout: 8000 });

/** 孕检率 is no built-in indicator: 186/200 = 93%, one village's shown as 90 (wrong), the other's right. */
async function workbookBytes(): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("孕检情况");
  ws.addRow(["村", "孕前检查目标人数", "已检查人数", "孕检率(%)"]);
  ws.addRow(["东村", 200, 186, 90]);
  ws.addRow(["西村", 150, 120, 80]);
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer).slice().buffer;
}

function field(form: HTMLElement, label: string): HTMLInputElement | HTMLSelectElement {
  // a label starts with the field's name (a required one ends in *, a hint may follow)
  const escaped = label.replace(/[()[\]]/g, "\\$&");
  return within(form).getByLabelText(new RegExp(`^${escaped}`)) as HTMLInputElement | HTMLSelectElement;
}

/** The rate findings listed (their keys are sheet!cell!kind#n). */
const rateFindings = () =>
  [...document.querySelectorAll<HTMLElement>("[data-finding-key]")]
    .map((e) => /^(.*)!rate-mismatch#\d+$/.exec(e.dataset.findingKey ?? "")?.[1])
    .filter((k) => k !== undefined);

async function checkedPane(lang: "zh" | "en"): Promise<EditableBrowserHost> {
  const host = await createBrowserHost(await workbookBytes(), "孕检.xlsx");
  // without the indicator nothing here is checked as a rate
  expect(analyzeWorkbook(await host.readSnapshot()).findings.filter((f) => f.kind === "rate-mismatch")).toEqual([]);
  render(<App lang={lang} host={host} analyze={async (s, o) => analyzeWorkbook(s, o)} />);
  fireEvent.click(await screen.findByRole("button", { name: lang === "zh" ? "检查" : "Check" }));
  await screen.findByTestId("understood");
  return host;
}

describe("adding an indicator in 识别结果", () => {
  it("zh: adds 孕检率, the check finds the wrong rate and not the right one; kept in the downloaded copy", async () => {
    const host = await checkedPane("zh");
    const panel = await screen.findByTestId("indicators");
    expect(within(panel).getByText("尚未添加指标。")).toBeTruthy();
    fireEvent.click(within(panel).getByRole("button", { name: "添加指标" }));
    const form = screen.getByTestId("indicator-form");
    // nothing typed: saving says what is missing and saves nothing
    fireEvent.click(within(form).getByRole("button", { name: "保存" }));
    expect(within(form).getByText("请填写指标名称")).toBeTruthy();
    expect(within(form).getByText("请填写分子")).toBeTruthy();
    expect((await host.loadSettings()).indicators).toBeUndefined();
    fireEvent.change(field(form, "指标名称"), { target: { value: "孕检率" } });
    fireEvent.change(field(form, "分子"), { target: { value: "已检查" } });
    // a pattern the settings schema refuses is said on its field
    fireEvent.change(field(form, "分母"), { target: { value: "目标[人数]" } });
    fireEvent.click(within(form).getByRole("button", { name: "保存" }));
    expect(within(form).getByText(/分母“目标\[人数\]”只能是文字/)).toBeTruthy();
    fireEvent.change(field(form, "分母"), { target: { value: "目标人数" } });
    fireEvent.change(field(form, "小数位数"), { target: { value: "1" } });
    expect((field(form, "计算方式") as HTMLSelectElement).value).toBe("percent");
    fireEvent.click(within(form).getByRole("button", { name: "保存" }));

    // kept in the workbook's settings, checked again: 东村's 90 is wrong (93.0), 西村's 80 is right
    await waitFor(() => expect(rateFindings()).toEqual(["孕检情况!D2"]));
    const saved = (await host.loadSettings()).indicators;
    expect(saved?.map((d) => [d.name, d.kind, d.num, d.den, d.scale, d.decimals])).toEqual([["孕检率", "rate", ["已检查"], ["目标人数"], 100, 1]]);
    expect(screen.getByText(/孕检率 90 与 186\/200 = 93\.0% 不一致/)).toBeTruthy();
    const item = (await screen.findByTestId("indicators")).querySelector("[data-indicator=孕检率]") as HTMLElement;
    expect(item.textContent).toContain("已检查 ÷ 目标人数 × 100(%),保留1位小数");

    // the downloaded copy carries it: opened anew, the same finding without the pane
    const copy = await host.toXlsx();
    const reopened = await createBrowserHost(copy.slice().buffer as ArrayBuffer, "孕检-copy.xlsx");
    const again = analyzeWorkbook(await reopened.readSnapshot()).findings.filter((f) => f.kind === "rate-mismatch");
    expect(again.map((f) => `${f.sheet}!${f.cell}`)).toEqual(["孕检情况!D2"]);
  });

  it("zh: an indicator is edited (a wrong denominator corrected) and removed", async () => {
    const host = await checkedPane("zh");
    const panel = await screen.findByTestId("indicators");
    fireEvent.click(within(panel).getByRole("button", { name: "添加指标" }));
    let form = screen.getByTestId("indicator-form");
    fireEvent.change(field(form, "指标名称"), { target: { value: "孕检率" } });
    fireEvent.change(field(form, "分子"), { target: { value: "已检查" } });
    // the wrong denominator: no row or column is named so, nothing can be checked
    fireEvent.change(field(form, "分母"), { target: { value: "育龄妇女" } });
    fireEvent.click(within(form).getByRole("button", { name: "保存" }));
    await waitFor(async () => expect((await host.loadSettings()).indicators?.map((d) => d.den)).toEqual([["育龄妇女"]]));
    await waitFor(() => expect(screen.getByTestId("no-findings")).toBeTruthy());

    fireEvent.click(within(screen.getByTestId("indicators")).getByRole("button", { name: "修改" }));
    form = screen.getByTestId("indicator-form");
    expect((field(form, "指标名称") as HTMLInputElement).value).toBe("孕检率");
    expect((field(form, "分母") as HTMLInputElement).value).toBe("育龄妇女");
    fireEvent.change(field(form, "分母"), { target: { value: "目标人数" } });
    fireEvent.click(within(form).getByRole("button", { name: "保存" }));
    await waitFor(() => expect(rateFindings()).toEqual(["孕检情况!D2"]));
    expect((await host.loadSettings()).indicators).toHaveLength(1);

    fireEvent.click(within(screen.getByTestId("indicators")).getByRole("button", { name: "删除" }));
    await waitFor(() => expect(rateFindings()).toEqual([]));
    expect((await host.loadSettings()).indicators).toBeUndefined();
    expect(within(screen.getByTestId("indicators")).getByText("尚未添加指标。")).toBeTruthy();
  });

  it("en: the form speaks English and a second indicator of the same name is refused", async () => {
    await checkedPane("en");
    const panel = await screen.findByTestId("indicators");
    fireEvent.click(within(panel).getByRole("button", { name: "Add an indicator" }));
    let form = screen.getByTestId("indicator-form");
    fireEvent.change(field(form, "Name"), { target: { value: "孕检率" } });
    fireEvent.change(field(form, "Numerator"), { target: { value: "已检查" } });
    fireEvent.change(field(form, "Denominator"), { target: { value: "目标人数" } });
    fireEvent.click(within(form).getByRole("button", { name: "Save" }));
    await waitFor(() => expect(rateFindings()).toEqual(["孕检情况!D2"]));
    fireEvent.click(within(await screen.findByTestId("indicators")).getByRole("button", { name: "Add an indicator" }));
    form = screen.getByTestId("indicator-form");
    fireEvent.change(field(form, "Name"), { target: { value: "孕检率" } });
    fireEvent.change(field(form, "Numerator"), { target: { value: "已检查" } });
    fireEvent.change(field(form, "Denominator"), { target: { value: "目标人数" } });
    fireEvent.click(within(form).getByRole("button", { name: "Save" }));
    expect(within(form).getByText("An indicator of that name is already there")).toBeTruthy();
  });
});

describe("adding an indicator in Excel", () => {
  let uninstall: () => void = () => undefined;
  afterEach(() => uninstall());

  it("is kept in the workbook's _assess_settings record and checked again", async () => {
    const excel = createFakeExcel({
      name: "孕检.xlsx",
      url: "https://contoso.sharepoint.com/Shared%20Documents/yunjian.xlsx",
      sheets: [{ name: "孕检情况", rows: [["村", "孕前检查目标人数", "已检查人数", "孕检率(%)"], ["东村", 200, 186, 90], ["西村", 150, 120, 80]] }],
    });
    uninstall = excel.install();
    render(<App lang="zh" host={createExcelHost()} analyze={async (s, o) => analyzeWorkbook(s, o)} />);
    fireEvent.click(await screen.findByRole("button", { name: "检查" }));
    const panel = await screen.findByTestId("indicators");
    expect(rateFindings()).toEqual([]);
    fireEvent.click(within(panel).getByRole("button", { name: "添加指标" }));
    const form = screen.getByTestId("indicator-form");
    fireEvent.change(field(form, "指标名称"), { target: { value: "孕检率" } });
    fireEvent.change(field(form, "分子"), { target: { value: "已检查" } });
    fireEvent.change(field(form, "分母"), { target: { value: "目标人数" } });
    fireEvent.click(within(form).getByRole("button", { name: "保存" }));
    await waitFor(() => expect(rateFindings()).toEqual(["孕检情况!D2"]));
    // the record in the workbook (a very hidden sheet, JSON in column A) carries it
    const store = findSheet(excel.state, SETTINGS_SHEET);
    expect(store).toBeDefined();
    let json = "";
    for (let r = 1; r <= 50; r++) {
      const v = excel.state.cell(SETTINGS_SHEET, `A${r}`).value;
      if (typeof v !== "string") break;
      json += v;
    }
    expect(parseSettings(json).indicators?.map((d) => [d.name, d.num, d.den, d.scale])).toEqual([["孕检率", ["已检查"], ["目标人数"], 100]]);
  });
});
