/** @jest-environment jsdom */
import * as React from "react";
import { configure, act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App, relatedOnSheet } from "../../src/taskpane/components/App";
import { browserHostFromSnapshot } from "../../src/hosts/browser";
import type { WorkbookSnapshot } from "../../src/engine/grid";
import { MAX_WORKBOOK_CELLS, MAX_WORKBOOK_ROWS } from "../../src/engine/limits";
import type { Analysis } from "../../src/engine";
import { BIRTH_FINDING, fakeExcelHost, planWith, SNAPSHOT, SUM_FINDING, WARNING } from "./fakes";

// a loaded machine (CI, parallel jest workers) renders slower than testing-library's 1 s default
configure({ asyncUtilTimeout: 8000 });

function analyzeTo(plan: Analysis): jest.Mock<Promise<Analysis>, [WorkbookSnapshot]> {
  return jest.fn(async (_snapshot: WorkbookSnapshot) => plan);
}

describe("App (Chinese, the default)", () => {
  it("checks, shows a summary and the findings grouped by sheet then severity", async () => {
    const host = fakeExcelHost();
    // deliberately out of order: the pane sorts by sheet order, row, severity
    const analyze = analyzeTo(planWith([BIRTH_FINDING, WARNING, SUM_FINDING]));
    render(<App lang="zh" host={host} analyze={analyze} />);

    expect(await screen.findByText("考核表.xlsx")).toBeTruthy();
    expect(screen.getByText(/点击“检查”/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "检查" }));

    expect((await screen.findByTestId("summary")).textContent).toBe("已读取 2 张工作表;2 个错误,1 个警告");
    expect(host.reads).toBe(1);
    expect(analyze).toHaveBeenCalledWith(SNAPSHOT, {});

    const sections = document.querySelectorAll("section[data-sheet]");
    expect([...sections].map((s) => s.getAttribute("data-sheet"))).toEqual(["统计表", "出生情况"]);
    const first = sections[0] as HTMLElement;
    expect([...first.querySelectorAll("[data-severity]")].map((g) => g.getAttribute("data-severity"))).toEqual([
      "error",
      "warning",
    ]);
    expect(within(first).getByText("1 个错误,1 个警告")).toBeTruthy();
    expect(within(first).getByText(SUM_FINDING.message)).toBeTruthy();
    expect(within(first).getByText("应为 182,实为 180 · 对照:B2:B8")).toBeTruthy();
    expect(within(sections[1] as HTMLElement).getByText(BIRTH_FINDING.message)).toBeTruthy();
    // the English message is not shown in the Chinese pane
    expect(screen.queryByText(SUM_FINDING.messageEn)).toBeNull();
    // what the engine recognised, sheet by sheet
    const understood = await screen.findByTestId("understood"); // its own chunk: shown once loaded
    expect([...understood.querySelectorAll("[data-sheet]")].map((s) => s.getAttribute("data-sheet"))).toEqual(["统计表", "出生情况"]);
    expect([...understood.querySelectorAll("[data-kind]")].map((s) => s.getAttribute("data-kind"))).toEqual(["statistics", "statistics"]);
  });

  it("selects a finding's cell, then the cells it was compared with, on its sheet through the host when the finding is clicked", async () => {
    const host = fakeExcelHost();
    render(<App lang="zh" host={host} analyze={analyzeTo(planWith([SUM_FINDING, BIRTH_FINDING]))} />);
    fireEvent.click(await screen.findByRole("button", { name: "检查" }));
    fireEvent.click(await screen.findByText(BIRTH_FINDING.message));
    fireEvent.click(screen.getByText(SUM_FINDING.message));
    await waitFor(() =>
      expect(host.selections).toEqual([
        ["出生情况", "B2,B3:B4"],
        ["统计表", "B9,B2:B8"],
      ]),
    );
    expect(screen.getByTitle("转到 统计表!B9").getAttribute("aria-pressed")).toBe("true");
    expect(screen.getByTitle("转到 出生情况!B2").getAttribute("aria-pressed")).toBe("false");
  });

  it("counts the clerk's sheets only, not the add-in's own (settings, marks, report)", async () => {
    const withAddin = {
      sheets: [...SNAPSHOT.sheets, ...["_assess_settings", "_assess_marks", "_assess_layout", "校验报告"].map((name) => ({ name, values: [["x"]] }))],
    };
    render(<App lang="zh" host={fakeExcelHost(withAddin)} analyze={analyzeTo(planWith([]))} />);
    fireEvent.click(await screen.findByRole("button", { name: "检查" }));
    expect((await screen.findByTestId("summary")).textContent).toBe("已读取 2 张工作表;0 个错误,0 个警告");
  });

  it("says so when nothing is wrong", async () => {
    render(<App lang="zh" host={fakeExcelHost()} analyze={analyzeTo(planWith([]))} />);
    fireEvent.click(await screen.findByRole("button", { name: "检查" }));
    expect((await screen.findByTestId("summary")).textContent).toBe("已读取 2 张工作表;0 个错误,0 个警告");
    expect(screen.getByText(/没有发现问题/)).toBeTruthy();
  });

  it("shows a failed read as an error, not as an empty result", async () => {
    const host = fakeExcelHost();
    host.readSnapshot = async () => {
      throw new Error("RichApi.Error: 无法读取");
    };
    render(<App lang="zh" host={host} analyze={analyzeTo(planWith([]))} />);
    fireEvent.click(await screen.findByRole("button", { name: "检查" }));
    const alert = await screen.findByRole("alert");
    expect(within(alert).getByText("检查失败")).toBeTruthy();
    expect(alert.textContent).toContain("技术细节RichApi.Error: 无法读取");
    expect(screen.queryByTestId("summary")).toBeNull();
    // the button is usable again
    expect((screen.getByRole("button", { name: "检查" }) as HTMLButtonElement).disabled).toBe(false);
  });

  it("shows a progress indicator while a slow check runs, and removes it afterwards", async () => {
    let finish: (p: Analysis) => void = () => undefined;
    const analyze = jest.fn(() => new Promise<Analysis>((resolve) => (finish = resolve)));
    render(<App lang="zh" host={fakeExcelHost()} analyze={analyze} progressDelayMs={30} />);
    fireEvent.click(await screen.findByRole("button", { name: "检查" }));
    const status = await screen.findByRole("status");
    expect(status.textContent).toContain("正在核对数字");
    expect((screen.getByRole("button", { name: "检查" }) as HTMLButtonElement).disabled).toBe(true);
    await act(async () => finish(planWith([SUM_FINDING])));
    await screen.findByTestId("summary");
    expect(screen.queryByRole("status")).toBeNull();
  });

  it("does not flash a progress indicator for a check faster than the delay", async () => {
    const seen: boolean[] = [];
    const observer = new MutationObserver(() => seen.push(document.querySelector("[role=status]") !== null));
    observer.observe(document.body, { childList: true, subtree: true });
    render(<App lang="zh" host={fakeExcelHost()} analyze={analyzeTo(planWith([SUM_FINDING]))} />);
    fireEvent.click(await screen.findByRole("button", { name: "检查" }));
    await screen.findByTestId("summary");
    observer.disconnect();
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.some(Boolean)).toBe(false);
  });
});

describe("App filters and scores", () => {
  it("hides and shows a severity with its filter button; the summary keeps the full counts", async () => {
    render(<App lang="zh" host={fakeExcelHost()} analyze={analyzeTo(planWith([SUM_FINDING, WARNING, BIRTH_FINDING]))} />);
    fireEvent.click(await screen.findByRole("button", { name: "检查" }));
    await screen.findByTestId("summary");
    const filters = screen.getByRole("group", { name: "按严重程度筛选" });
    expect(within(filters).getAllByRole("button").map((b) => b.textContent)).toEqual(["错误 2", "警告 1"]);
    fireEvent.click(within(filters).getByRole("button", { name: "警告 1" }));
    expect(screen.queryByText(WARNING.message)).toBeNull();
    expect(screen.getByText(SUM_FINDING.message)).toBeTruthy();
    fireEvent.click(within(filters).getByRole("button", { name: "错误 2" }));
    expect(screen.queryByText(SUM_FINDING.message)).toBeNull();
    expect(document.querySelectorAll("section[data-sheet]").length).toBe(0);
    expect(screen.getByTestId("summary").textContent).toBe("已读取 2 张工作表;2 个错误,1 个警告");
    fireEvent.click(within(filters).getByRole("button", { name: "警告 1" }));
    expect(screen.getByText(WARNING.message)).toBeTruthy();
  });

  it("counts the items the engine scored in the summary line", async () => {
    const plan: Analysis = {
      ...planWith([]),
      scores: [
        { sheet: "考核表", cell: "G7", value: 9, formula: "=MIN(10,3*E7)" },
        { sheet: "考核表", cell: "G8", value: 20 },
      ],
    };
    render(<App lang="en" host={fakeExcelHost()} analyze={analyzeTo(plan)} />);
    fireEvent.click(await screen.findByRole("button", { name: "Check" }));
    expect((await screen.findByTestId("summary")).textContent).toBe("Read 2 sheets; 0 errors, 0 warnings; 2 items scored");
  });
});

describe("App in English", () => {
  it("shows English strings and the English messages", async () => {
    const host = fakeExcelHost();
    render(<App lang="en" host={host} analyze={analyzeTo(planWith([SUM_FINDING, BIRTH_FINDING, WARNING]))} />);
    expect(screen.queryByRole("button", { name: "检查" })).toBeNull();
    fireEvent.click(await screen.findByRole("button", { name: "Check" }));
    expect((await screen.findByTestId("summary")).textContent).toBe("Read 2 sheets; 2 errors, 1 warning");
    expect(screen.getByText(SUM_FINDING.messageEn)).toBeTruthy();
    expect(screen.queryByText(SUM_FINDING.message)).toBeNull();
    expect(screen.getByText("expected 182, actual 180 · compared with B2:B8")).toBeTruthy();
    fireEvent.click(screen.getByTitle("Go to 统计表!B9"));
    await waitFor(() => expect(host.selections).toEqual([["统计表", "B9,B2:B8"]]));
  });
});

describe("App in a plain browser", () => {
  it("starts on a host still loading, then previews the workbook; a click highlights the cell in the preview", async () => {
    const host = browserHostFromSnapshot(SNAPSHOT, "sample.xlsx");
    let resolveHost: (h: typeof host) => void = () => undefined;
    const loading = new Promise<typeof host>((resolve) => (resolveHost = resolve));
    render(<App lang="zh" host={loading} analyze={analyzeTo(planWith([SUM_FINDING, BIRTH_FINDING]))} openFile={jest.fn()} progressDelayMs={0} />);
    expect((screen.getByRole("button", { name: "检查" }) as HTMLButtonElement).disabled).toBe(true);
    await act(async () => resolveHost(host));

    const preview = await screen.findByTestId("sheet-preview");
    expect(preview.getAttribute("data-sheet")).toBe("统计表");
    expect(preview.querySelector('[data-cell="B9"]')?.textContent).toBe("180");
    expect(preview.querySelector("[aria-selected=true]")).toBeNull();

    fireEvent.click(screen.getByRole("button", { name: "检查" }));
    fireEvent.click(await screen.findByText(BIRTH_FINDING.message));
    // the preview switches to the finding's sheet and highlights exactly its cell
    await waitFor(() => expect(screen.getByTestId("sheet-preview").getAttribute("data-sheet")).toBe("出生情况"));
    const selected = screen.getByTestId("sheet-preview").querySelectorAll("[aria-selected=true]");
    expect([...selected].map((c) => c.getAttribute("data-cell"))).toEqual(["B2"]);
    expect(selected[0].textContent).toBe("860");
    // the cells it was compared with are shown beside it, not selected
    const related = screen.getByTestId("sheet-preview").querySelectorAll("[data-related=true]");
    expect([...related].map((c) => c.getAttribute("data-cell"))).toEqual(["B3", "B4"]);
    expect(host.selection()).toEqual({
      sheet: "出生情况",
      range: { top: 1, left: 1, bottom: 1, right: 1 },
      related: [{ top: 2, left: 1, bottom: 3, right: 1 }],
    });
  });

  it("states the one size limit on the open button, in the pane's language (the figures of engine/limits.ts)", async () => {
    for (const lang of ["zh", "en"] as const) {
      const { unmount } = render(<App lang={lang} host={browserHostFromSnapshot(SNAPSHOT, "sample.xlsx")} analyze={jest.fn()} openFile={jest.fn()} />);
      const open = screen.getByRole("button", { name: lang === "zh" ? "打开 .xlsx" : "Open .xlsx" });
      const rows = MAX_WORKBOOK_ROWS.toLocaleString(lang === "zh" ? "zh-CN" : "en-US");
      const cells = MAX_WORKBOOK_CELLS.toLocaleString(lang === "zh" ? "zh-CN" : "en-US");
      expect(open.getAttribute("title")).toBe(
        lang === "zh" ? `可检查的工作簿:所有工作表合计最多 ${rows} 行、${cells} 个单元格` : `A workbook that can be checked holds at most ${rows} rows and ${cells} cells in all sheets together`,
      );
      expect(screen.getByTestId("open-file").getAttribute("aria-description")).toBe(open.getAttribute("title"));
      unmount();
    }
  });

  it("opens a picked .xlsx through openFile and checks the new workbook", async () => {
    const first = browserHostFromSnapshot(SNAPSHOT, "sample.xlsx");
    const other: WorkbookSnapshot = { sheets: [{ name: "上传表", values: [["合计", 1]] }] };
    const opened = browserHostFromSnapshot(other, "uploaded.xlsx");
    const openFile = jest.fn(async (_data: ArrayBuffer, _name: string) => opened);
    const analyze = jest.fn(async (s: WorkbookSnapshot) => planWith([], s));
    render(<App lang="zh" host={first} analyze={analyze} openFile={openFile} />);
    expect(await screen.findByText("sample.xlsx")).toBeTruthy();

    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04]);
    const file = new File([bytes], "uploaded.xlsx");
    // jsdom's File lacks arrayBuffer(); give it the bytes the real browser would
    Object.defineProperty(file, "arrayBuffer", { value: async () => bytes.buffer });
    fireEvent.change(screen.getByTestId("open-file"), { target: { files: [file] } });
    expect(await screen.findByText("uploaded.xlsx")).toBeTruthy();
    expect(openFile).toHaveBeenCalledTimes(1);
    expect(openFile.mock.calls[0][1]).toBe("uploaded.xlsx");
    expect(new Uint8Array(openFile.mock.calls[0][0])).toEqual(bytes);

    fireEvent.click(screen.getByRole("button", { name: "检查" }));
    expect((await screen.findByTestId("summary")).textContent).toBe("已读取 1 张工作表;0 个错误,0 个警告");
    expect(analyze).toHaveBeenLastCalledWith(other, {});
    expect(screen.getByTestId("sheet-preview").getAttribute("data-sheet")).toBe("上传表");
  });
});

describe("relatedOnSheet", () => {
  it("keeps the related cells on the finding's own sheet, without their sheet prefix", () => {
    const f = { ...SUM_FINDING, sheet: "统计表", related: ["C5:C11", "'统计表'!D4", "统计表!E4", "'出生 情况'!B2", "汇总表!C3"] };
    expect(relatedOnSheet(f)).toEqual(["C5:C11", "D4", "E4"]);
    expect(relatedOnSheet({ ...f, related: [] })).toEqual([]);
  });

  it("reads sheet names with quotes and ! as the engine writes them", () => {
    const f = { ...SUM_FINDING, sheet: "It's 表!2", related: ["'It''s 表!2'!D4", "'It''s 表!2'!C5:C11", "'表!2'!B2", "2!E4"] };
    expect(relatedOnSheet(f)).toEqual(["D4", "C5:C11"]);
  });
});
