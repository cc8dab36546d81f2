/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
/*
 * The pane's actions in the order a clerk works: 计算得分… (a preview, then 应用 or 取消), 撤销,
 * 标记并生成报告, 清除标记, and in a plain browser 下载结果. The plans are the real engine's, over
 * the scoring fixture; the hosts are recording fakes (Excel) or the real browser host.
 */
import * as React from "react";
import { act, configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/components/App";
import { analyzeWorkbook, type Analysis } from "../../src/engine";
import type { WorkbookSnapshot } from "../../src/engine/grid";
import type { CellWrite } from "../../src/engine/plan";
import type { WorkbookHost } from "../../src/hosts/host";
import { ApplyConflictError } from "../../src/hosts/excel/apply";
import { EMPTY_SETTINGS, type WorkbookSettings } from "../../src/hosts/excel/records";
import { createBrowserHost } from "../../src/hosts/browser";
import type { PaneAnalyzeOptions } from "../../src/taskpane/options";
import { readXlsx } from "../../src/hosts/xlsx/read";
import { buildScoringWorkbook, fixtureBytes } from "../fixtures";
import { fakeExcelHost, SNAPSHOT } from "./fakes";

// the real engine runs several times per action (the plan, typed numbers kept, the check after), and 下载结果
// writes the marks and the report into a copy: on a shared machine that takes longer than the default second
configure({ asyncUtilTimeout: 5000 });

async function fixtureBuffer(opts: { assessedBlank?: boolean } = {}): Promise<ArrayBuffer> {
  const b = await fixtureBytes(buildScoringWorkbook(opts));
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}

let SCORING: WorkbookSnapshot;
let BLANK: WorkbookSnapshot;
beforeAll(async () => {
  SCORING = (await readXlsx(await fixtureBuffer())).snapshot;
  BLANK = (await readXlsx(await fixtureBuffer({ assessedBlank: true }))).snapshot;
});

/** jsdom's Blob has no arrayBuffer(); FileReader it has */
function blobBytes(blob: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(r.result as ArrayBuffer);
    r.onerror = () => reject(r.error);
    r.readAsArrayBuffer(blob);
  });
}

const realAnalyze = jest.fn(async (s: WorkbookSnapshot, o?: PaneAnalyzeOptions): Promise<Analysis> => analyzeWorkbook(s, o));
beforeEach(() => realAnalyze.mockClear());

interface FullHost extends WorkbookHost {
  reads: number;
  applyWrites: jest.Mock;
  undo: jest.Mock;
  canUndo: jest.Mock;
  markFindings: jest.Mock;
  clearMarks: jest.Mock;
  hasMarks: jest.Mock;
  writeReport: jest.Mock;
  loadSettings: jest.Mock;
  saveSettings: jest.Mock;
}

/** An Excel-like host that can do everything and records what it was asked. */
function fullHost(snapshot: WorkbookSnapshot, opts: { canUndo?: boolean; hasMarks?: boolean; settings?: WorkbookSettings } = {}): FullHost {
  const base = fakeExcelHost(snapshot);
  let canUndo = !!opts.canUndo;
  let hasMarks = !!opts.hasMarks;
  const host: FullHost = Object.assign(base, {
    applyWrites: jest.fn(async () => {
      canUndo = true;
    }),
    undo: jest.fn(async () => {
      const had = canUndo;
      canUndo = false;
      return had;
    }),
    canUndo: jest.fn(async () => canUndo),
    markFindings: jest.fn(async () => {
      hasMarks = true;
      return { cells: 1, annotation: "notes" as const, annotated: 1 };
    }),
    clearMarks: jest.fn(async () => {
      const had = hasMarks;
      hasMarks = false;
      return had;
    }),
    hasMarks: jest.fn(async () => hasMarks),
    writeReport: jest.fn(async () => ({ sheet: "校验报告", rows: 3 })),
    loadSettings: jest.fn(async () => opts.settings ?? EMPTY_SETTINGS),
    saveSettings: jest.fn(async () => undefined),
  });
  return host;
}

/** A button by its text (getByRole is slow over the preview grid and the findings). */
function button(name: string): HTMLButtonElement {
  const found = [...document.querySelectorAll("button")].filter((b) => b.textContent === name);
  if (found.length !== 1) throw new Error(`${found.length} buttons named ${name}`);
  return found[0];
}

function toolbarNames(): string[] {
  const bar = document.querySelector("[role=toolbar]");
  return [...(bar?.querySelectorAll("button") ?? [])].map((b) => b.textContent ?? "");
}

async function recalcToPreview(name = "计算得分…"): Promise<HTMLElement> {
  await waitFor(() => expect(button(name).disabled).toBe(false));
  fireEvent.click(button(name));
  return screen.findByTestId("recalc-preview");
}

describe("计算得分… (calculate scores)", () => {
  it("shows every write with the cell's old and new content, and writes nothing until 应用", async () => {
    const host = fullHost(BLANK);
    render(<App lang="zh" host={host} analyze={realAnalyze} />);
    const preview = await recalcToPreview();
    const plan = analyzeWorkbook(BLANK);
    expect(plan.writes.length).toBeGreaterThan(5);
    const rows = within(preview).getAllByTestId("preview-row");
    expect(rows.map((r) => r.getAttribute("data-cell"))).toEqual(plan.writes.map((w) => `${w.sheet}!${w.cell}`));
    expect(within(preview).getByTestId("recalc-count").textContent).toContain(`可写入 ${plan.writes.length} 个单元格`);
    // the blank 考核得分 cell, and the formula with the value it computes
    const total = plan.writes.find((w) => w.formula?.startsWith("=MIN(100,SUM("))!;
    const row = rows.find((r) => r.getAttribute("data-cell") === `${total.sheet}!${total.cell}`)!;
    expect(within(row).getByTestId("preview-old").textContent).toBe("(空)");
    expect(within(row).getByTestId("preview-new").textContent).toBe(String(total.value));
    expect(within(row).getByTestId("preview-formula").textContent).toBe(total.formula);
    expect(within(row).getByTestId("preview-explain").textContent).toBe(total.explain);
    // the check ran too: the findings and the summary describe the sheet as it is
    expect(screen.getByTestId("summary")).toBeTruthy();
    expect(host.loadSettings).toHaveBeenCalled();
    expect(host.applyWrites).not.toHaveBeenCalled();
  });

  it("取消 leaves the workbook alone", async () => {
    const host = fullHost(BLANK);
    render(<App lang="zh" host={host} analyze={realAnalyze} />);
    await recalcToPreview();
    fireEvent.click(button("取消"));
    expect(screen.queryByTestId("recalc-preview")).toBeNull();
    expect(screen.getByTestId("status").textContent).toBe("已取消,未写入任何单元格。");
    expect(host.applyWrites).not.toHaveBeenCalled();
  });

  it("应用 writes exactly the plan's writes, then checks again and enables 撤销", async () => {
    const host = fullHost(SCORING);
    render(<App lang="zh" host={host} analyze={realAnalyze} />);
    expect(button("撤销").disabled).toBe(true);
    await recalcToPreview();
    const reads = host.reads;
    const analyses = realAnalyze.mock.calls.length;
    fireEvent.click(button("应用"));
    await waitFor(() => expect(screen.getByTestId("status").textContent).toMatch(/^已写入 \d+ 个单元格/));
    const plan = analyzeWorkbook(SCORING);
    expect(host.applyWrites).toHaveBeenCalledTimes(1);
    expect(host.applyWrites.mock.calls[0][0]).toEqual(plan.writes);
    expect(screen.getByTestId("status").textContent).toBe(`已写入 ${plan.writes.length} 个单元格,并已重新检查。`);
    expect(screen.queryByTestId("recalc-preview")).toBeNull();
    expect(host.reads).toBe(reads + 1);
    expect(realAnalyze.mock.calls.length).toBe(analyses + 1);
    await waitFor(() => expect(button("撤销").disabled).toBe(false));
  });

  it("says so when there is nothing to calculate", async () => {
    const host = fullHost(SNAPSHOT);
    render(<App lang="zh" host={host} analyze={realAnalyze} />);
    await waitFor(() => expect(button("计算得分…").disabled).toBe(false));
    fireEvent.click(button("计算得分…"));
    expect((await screen.findByTestId("status")).textContent).toBe("没有需要计算的单元格");
    expect(screen.queryByTestId("recalc-preview")).toBeNull();
    expect(screen.queryByRole("button", { name: "应用" })).toBeNull();
  });

  it("plans with the workbook's settings, and with values instead of formulas when asked", async () => {
    const locked = "考核评分表!G5";
    const host = fullHost(BLANK, { settings: { ...EMPTY_SETTINGS, lockedCells: [locked] } });
    render(<App lang="zh" host={host} analyze={realAnalyze} />);
    const preview = await recalcToPreview();
    expect(realAnalyze).toHaveBeenLastCalledWith(BLANK, { lockedCells: [locked], settled: [] });
    const cells = within(preview)
      .getAllByTestId("preview-row")
      .map((r) => r.getAttribute("data-cell"));
    expect(cells).not.toContain(locked);
    fireEvent.click(within(preview).getByRole("checkbox", { name: "写入数值而不是公式" }));
    await waitFor(() => expect(realAnalyze).toHaveBeenLastCalledWith(BLANK, { lockedCells: [locked], values: true, settled: [] }));
    fireEvent.click(button("应用"));
    await waitFor(() => expect(host.applyWrites).toHaveBeenCalledTimes(1));
    const written = host.applyWrites.mock.calls[0][0] as CellWrite[];
    expect(written).toEqual(analyzeWorkbook(BLANK, { lockedCells: [locked], values: true }).writes);
    expect(written.every((w) => !w.formula)).toBe(true);
  });

  it("shows a refused apply (cells changed since the check) in the alert, and keeps the preview", async () => {
    const host = fullHost(SCORING);
    host.applyWrites.mockRejectedValueOnce(new ApplyConflictError(["考核评分表!G5"]));
    render(<App lang="zh" host={host} analyze={realAnalyze} />);
    await recalcToPreview();
    fireEvent.click(button("应用"));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(/^应用失败以下单元格在检查之后已被修改,未写入任何内容。请先点击“检查”/);
    expect(alert.textContent).toContain("考核评分表!G5");
    expect(screen.getByTestId("recalc-preview")).toBeTruthy();
    expect(button("检查").disabled).toBe(false);
  });

  it("shows the progress indicator and disables the buttons while applying", async () => {
    const host = fullHost(SCORING);
    let finish: () => void = () => undefined;
    host.applyWrites.mockImplementationOnce(() => new Promise<void>((resolve) => (finish = resolve)));
    render(<App lang="zh" host={host} analyze={realAnalyze} progressDelayMs={0} />);
    await recalcToPreview();
    fireEvent.click(button("应用"));
    expect((await screen.findByRole("status")).textContent).toContain("正在写入");
    for (const name of ["检查", "计算得分…", "撤销", "标记并生成报告", "清除标记", "应用", "取消"]) expect(button(name).disabled).toBe(true);
    await act(async () => finish());
    await waitFor(() => expect(screen.getByTestId("status").textContent).toMatch(/^已写入/));
    expect(screen.queryByRole("status")).toBeNull();
  });
});

describe("撤销 (undo)", () => {
  it("is enabled when the workbook holds an undo record (the pane was reopened), undoes and checks again", async () => {
    const host = fullHost(SCORING, { canUndo: true });
    render(<App lang="zh" host={host} analyze={realAnalyze} />);
    await waitFor(() => expect(button("撤销").disabled).toBe(false));
    fireEvent.click(button("撤销"));
    await waitFor(() => expect(screen.getByTestId("status").textContent).toBe("已撤销上次写入,并已重新检查。"));
    expect(host.undo).toHaveBeenCalledTimes(1);
    expect(host.reads).toBe(1);
    expect(screen.getByTestId("summary")).toBeTruthy();
    await waitFor(() => expect(button("撤销").disabled).toBe(true));
  });

  it("shows the host's reason when it cannot undo", async () => {
    const host = fullHost(SCORING, { canUndo: true });
    host.undo.mockRejectedValueOnce(new Error("工作表已不存在,未撤销任何内容:考核评分表"));
    render(<App lang="zh" host={host} analyze={realAnalyze} />);
    await waitFor(() => expect(button("撤销").disabled).toBe(false));
    fireEvent.click(button("撤销"));
    expect((await screen.findByRole("alert")).textContent).toMatch(/^撤销失败工作表已不存在,未撤销任何内容:考核评分表。请恢复/);
  });
});

describe("标记并生成报告 and 清除标记", () => {
  it("marks the findings and writes the report, says how; 清除标记 is enabled afterwards and clears", async () => {
    const host = fullHost(SCORING);
    render(<App lang="zh" host={host} analyze={realAnalyze} />);
    expect(button("清除标记").disabled).toBe(true);
    fireEvent.click(button("检查"));
    await screen.findByTestId("summary");
    fireEvent.click(button("标记并生成报告"));
    await waitFor(() => expect(screen.getByTestId("status").textContent).toBe("已标记 1 个单元格(1 个附有批注);报告已写入工作表“校验报告”(3 行)。"));
    const analysis = analyzeWorkbook(SCORING);
    expect(host.markFindings.mock.calls[0][0]).toEqual(analysis.findings);
    expect(host.writeReport.mock.calls[0].slice(0, 3)).toEqual([analysis.findings, analysis.sheets, "zh"]);
    await waitFor(() => expect(button("清除标记").disabled).toBe(false));
    fireEvent.click(button("清除标记"));
    await waitFor(() => expect(screen.getByTestId("status").textContent).toBe("已清除标记,单元格已恢复原来的填充。"));
    expect(host.clearMarks).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(button("清除标记").disabled).toBe(true));
  });

  it("checks first when nothing was checked yet", async () => {
    const host = fullHost(SCORING);
    render(<App lang="zh" host={host} analyze={realAnalyze} />);
    await waitFor(() => expect(button("标记并生成报告").disabled).toBe(false));
    fireEvent.click(button("标记并生成报告"));
    await waitFor(() => expect(screen.getByTestId("status").textContent).toMatch(/^已标记/));
    expect(host.reads).toBe(1);
    expect(screen.getByTestId("summary")).toBeTruthy();
    expect(host.markFindings.mock.calls[0][0]).toEqual(analyzeWorkbook(SCORING).findings);
  });

  it("says when Excel could only fill the cells", async () => {
    const host = fullHost(SCORING);
    host.markFindings.mockResolvedValueOnce({ cells: 4, annotation: "none", annotated: 0 });
    render(<App lang="en" host={host} analyze={realAnalyze} />);
    await waitFor(() => button("Check"));
    fireEvent.click(button("Check"));
    await screen.findByTestId("summary");
    fireEvent.click(button("Mark & report"));
    await waitFor(() =>
      expect(screen.getByTestId("status").textContent).toBe(
        "Marked 4 cells (fills only: this version of Excel cannot add notes). Report written to sheet “校验报告” (3 rows).",
      ),
    );
    expect(host.writeReport.mock.calls[0][2]).toBe("en");
  });

  it("shows a failed mark in the alert box", async () => {
    const host = fullHost(SCORING);
    host.markFindings.mockRejectedValueOnce(new Error("RichApi.Error: 工作表受保护"));
    render(<App lang="zh" host={host} analyze={realAnalyze} />);
    await waitFor(() => button("检查"));
    fireEvent.click(button("检查"));
    await screen.findByTestId("summary");
    fireEvent.click(button("标记并生成报告"));
    const alert = await screen.findByRole("alert");
    expect(within(alert).getByText("标记并生成报告失败")).toBeTruthy();
    expect(alert.textContent).toContain("操作未能完成");
    // the host's own words, which the pane does not know, only folded as a technical detail
    expect(within(alert).getByText("技术细节").closest("details")!.textContent).toBe("技术细节RichApi.Error: 工作表受保护");
    expect(host.writeReport).not.toHaveBeenCalled();
  });

  it("with a host that only writes the report, says only that", async () => {
    const host = fullHost(SCORING);
    const reportOnly: WorkbookHost = { ...host, markFindings: undefined, clearMarks: undefined, hasMarks: undefined };
    render(<App lang="zh" host={reportOnly} analyze={realAnalyze} />);
    await waitFor(() => expect(button("标记并生成报告").disabled).toBe(false));
    expect(toolbarNames()).not.toContain("清除标记");
    fireEvent.click(button("标记并生成报告"));
    await waitFor(() => expect(screen.getByTestId("status").textContent).toBe("报告已写入工作表“校验报告”(3 行)。"));
  });
});

describe("识别结果 (what was understood)", () => {
  it("a change the clerk makes is saved through the host, then the workbook is checked again with it", async () => {
    const host = fullHost(SCORING);
    render(<App lang="zh" host={host} analyze={realAnalyze} />);
    await waitFor(() => button("检查"));
    fireEvent.click(button("检查"));
    const choice = await screen.findByTestId("score-column");
    const reads = host.reads;
    fireEvent.click(within(choice).getByRole("radio", { name: "自评分" }));
    await waitFor(() => expect(screen.getByTestId("status").textContent).toBe("设置已保存,并已重新检查。"));
    const saved = { ...EMPTY_SETTINGS, scoreColumn: "self" };
    expect(host.saveSettings).toHaveBeenCalledWith(saved);
    expect(host.reads).toBe(reads + 1);
    expect(realAnalyze).toHaveBeenCalledTimes(2);
    expect(realAnalyze.mock.calls[1][1]).toEqual({ scoreColumn: "self", settled: [] });
    expect((within(screen.getByTestId("score-column")).getByRole("radio", { name: "自评分" }) as HTMLInputElement).checked).toBe(true);
  });

  it("a failed save is shown, and nothing is checked again", async () => {
    const host = fullHost(SCORING);
    host.saveSettings.mockRejectedValueOnce(new Error("工作簿结构受保护"));
    render(<App lang="zh" host={host} analyze={realAnalyze} />);
    await waitFor(() => button("检查"));
    fireEvent.click(button("检查"));
    const choice = await screen.findByTestId("score-column");
    fireEvent.click(within(choice).getByRole("radio", { name: "自评分" }));
    const alert = await screen.findByRole("alert");
    expect(within(alert).getByText("保存设置失败")).toBeTruthy();
    expect(alert.textContent).toContain("技术细节工作簿结构受保护");
    expect(realAnalyze).toHaveBeenCalledTimes(1);
  });

  it("in a plain browser the settings live in memory and the next check uses them", async () => {
    const host = await createBrowserHost(await fixtureBuffer(), "考核表.xlsx");
    render(<App lang="zh" host={host} analyze={realAnalyze} />);
    await screen.findByText("考核表.xlsx");
    fireEvent.click(button("检查"));
    const choice = await screen.findByTestId("score-column");
    fireEvent.click(within(choice).getByRole("radio", { name: "自评分" }));
    await waitFor(() => expect(screen.getByTestId("status").textContent).toBe("设置已保存,并已重新检查。"));
    expect(await host.loadSettings()).toEqual({ ...EMPTY_SETTINGS, scoreColumn: "self" });
    expect(realAnalyze.mock.calls[1][1]).toEqual({ scoreColumn: "self", settled: [] });
    expect((within(screen.getByTestId("score-column")).getByRole("radio", { name: "自评分" }) as HTMLInputElement).checked).toBe(true);
  });
});

describe("actions the host cannot do", () => {
  it("are not shown", async () => {
    render(<App lang="zh" host={fakeExcelHost()} analyze={realAnalyze} />);
    await screen.findByText("考核表.xlsx");
    expect(toolbarNames()).toEqual(["检查"]);
  });

  it("are shown with English names in English", async () => {
    render(<App lang="en" host={fullHost(SCORING)} analyze={realAnalyze} />);
    await screen.findByText("考核表.xlsx");
    expect(toolbarNames()).toEqual([
      "Check",
      "Calculate scores…",
      "Undo",
      "Mark & report",
      "Clear marks",
    ]);
    await recalcToPreview("Calculate scores…");
    expect(button("Apply")).toBeTruthy();
    fireEvent.click(button("Cancel"));
    expect(screen.getByTestId("status").textContent).toBe("Cancelled; nothing was written.");
  });
});

describe("in a plain browser", () => {
  const createObjectURL = jest.fn((_b: Blob) => "blob:result");
  const revokeObjectURL = jest.fn();
  beforeAll(() => {
    Object.assign(URL, { createObjectURL, revokeObjectURL });
  });

  it("recalculates into the opened workbook (the preview grid shows it), undoes, and downloads name-校验.xlsx", async () => {
    const host = await createBrowserHost(await fixtureBuffer({ assessedBlank: true }), "考核表.xlsx");
    render(<App lang="zh" host={host} analyze={realAnalyze} openFile={jest.fn()} />);
    await screen.findByText("考核表.xlsx");
    // 打开 .xlsx first: in a plain browser nothing can be done before a file is open
    expect(toolbarNames()).toEqual(["打开 .xlsx", "检查", "计算得分…", "撤销", "下载结果"]);
    const plan = analyzeWorkbook(await host.readSnapshot());
    const first = plan.writes[0];
    const gridCell = () => screen.getByTestId("sheet-preview").querySelector(`[data-cell="${first.cell}"]`)!.textContent;
    expect(gridCell()).toBe("");

    await recalcToPreview();
    fireEvent.click(button("应用"));
    await waitFor(() => expect(screen.getByTestId("status").textContent).toBe(`已写入 ${plan.writes.length} 个单元格,并已重新检查。`));
    expect(gridCell()).toBe(String(first.value));
    expect(screen.getByTestId("summary")).toBeTruthy();

    const clicked: HTMLAnchorElement[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    fireEvent.click(button("下载结果"));
    await waitFor(() => expect(screen.getByTestId("status").textContent).toBe("已生成 考核表-校验.xlsx。"));
    click.mockRestore();
    expect(clicked.map((a) => a.download)).toEqual(["考核表-校验.xlsx"]);
    const blob = createObjectURL.mock.calls[0][0];
    expect(blob.type).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const { snapshot } = await readXlsx(await blobBytes(blob));
    expect(snapshot.sheets.find((s) => s.name === first.sheet)!.formulas).toBeDefined();

    await waitFor(() => expect(button("撤销").disabled).toBe(false));
    fireEvent.click(button("撤销"));
    await waitFor(() => expect(screen.getByTestId("status").textContent).toBe("已撤销上次写入,并已重新检查。"));
    expect(gridCell()).toBe("");
  });
});
