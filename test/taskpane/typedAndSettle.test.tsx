/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
/*
 * Issue 12 in the pane: with the default choices 应用 changes no number the clerk typed; a row
 * the clerk ticks is written and its parents follow; findings 应用 settled are listed; a finding
 * can be marked 已核实 with a note, kept through the host, and is then listed apart; the findings
 * list is one Tab stop with the arrow keys inside.
 */
import * as React from "react";
import { configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/components/App";
import { analyzeWorkbook, type Analysis } from "../../src/engine";
import type { CellValue, WorkbookSnapshot } from "../../src/engine/grid";
import type { CellWrite } from "../../src/engine/plan";
import type { WorkbookHost } from "../../src/hosts/host";
import { EMPTY_SETTINGS, type WorkbookSettings } from "../../src/hosts/excel/records";
import type { PaneAnalyzeOptions } from "../../src/taskpane/options";
import { readXlsx } from "../../src/hosts/xlsx/read";
import { readCell } from "../../src/engine/values";
import { buildScoringWorkbook, fixtureBytes } from "../fixtures";
import { fakeExcelHost } from "./fakes";

// each step runs the real engine several times (the plan, the typed numbers kept, the check after): on a shared machine that is slow
configure({ asyncUtilTimeout: 8000 });

const SHEET = "考核评分表";
let TYPED: WorkbookSnapshot;
beforeAll(async () => {
  const f = buildScoringWorkbook();
  // the clerk typed 5 for 配备人员 (3人 × 3分 = 9) and 12 for 信息通报 (20 − 5 = 15)
  f.workbook.getWorksheet(SHEET)!.getCell("G5").value = 5;
  f.workbook.getWorksheet(SHEET)!.getCell("G10").value = 12;
  TYPED = (await readXlsx(await fixtureBytes(f))).snapshot;
});

const analyze = jest.fn(async (s: WorkbookSnapshot, o?: PaneAnalyzeOptions): Promise<Analysis> => analyzeWorkbook(s, o));

interface Host extends WorkbookHost {
  applyWrites: jest.Mock;
  saveSettings: jest.Mock;
  loadSettings: jest.Mock;
}

/** A host that applies writes to its snapshot (so the check after 应用 sees them) and keeps settings in the snapshot. */
function host(snapshot: WorkbookSnapshot): Host & { current: () => WorkbookSnapshot } {
  let snap = snapshot;
  let settings: WorkbookSettings = EMPTY_SETTINGS;
  const base = fakeExcelHost(snap);
  return Object.assign(base, {
    current: () => snap,
    readSnapshot: async () => snap,
    applyWrites: jest.fn(async (writes: ReadonlyArray<CellWrite>) => {
      snap = {
        sheets: snap.sheets.map((s) => {
          const values = s.values.map((r) => [...r]);
          for (const w of writes.filter((x) => x.sheet === s.name)) {
            const m = /^([A-Z])(\d+)$/.exec(w.cell)!;
            values[Number(m[2]) - 1][m[1].charCodeAt(0) - 65] = w.value as CellValue;
          }
          return { ...s, values };
        }),
      };
    }),
    loadSettings: jest.fn(async () => settings),
    saveSettings: jest.fn(async (s: WorkbookSettings) => {
      settings = s;
      snap = { sheets: [...snap.sheets.filter((x) => x.name !== "_assess_settings"), { name: "_assess_settings", hidden: true, values: [[JSON.stringify(s)]] }] };
    }),
  });
}

function button(name: string, scope: ParentNode = document): HTMLButtonElement {
  const found = [...scope.querySelectorAll("button")].filter((b) => b.textContent === name);
  if (found.length !== 1) throw new Error(`${found.length} buttons named ${name}`);
  return found[0];
}

async function preview(): Promise<HTMLElement> {
  await waitFor(() => expect(button("计算得分…").disabled).toBe(false));
  fireEvent.click(button("计算得分…"));
  return screen.findByTestId("recalc-preview", undefined, { timeout: 5000 });
}

const rowOf = (p: HTMLElement, cell: string) => p.querySelector<HTMLElement>(`[data-cell="${SHEET}!${cell}"]`)!;

describe("计算得分… with numbers the clerk typed", () => {
  it("lists them first, counted, unticked; 应用 with the defaults changes no typed number", async () => {
    const h = host(TYPED);
    render(<App lang="zh" host={h} analyze={analyze} />);
    const p = await preview();
    const rows = within(p).getAllByTestId("preview-row");
    const typed = rows.filter((r) => r.dataset.typed === "true").map((r) => r.dataset.cell);
    // 5 and 12 differ from 9 and 15; their parents (一 (一) (二) 合计) would then differ from what was typed too
    expect(typed).toEqual(expect.arrayContaining([`${SHEET}!G5`, `${SHEET}!G10`]));
    expect(rows.slice(0, typed.length).every((r) => r.dataset.typed === "true")).toBe(true);
    expect(within(p).getByTestId("recalc-typed-count").textContent).toBe(`其中 ${typed.length} 处将改变已填写的得分:默认不选,勾选后才会替换`);
    for (const r of rows) expect(r.dataset.selected).toBe(r.dataset.typed === "true" ? "false" : "true");
    // the row reads: name, 原值 → 新值 kept, explanation
    const g5 = rowOf(p, "G5");
    expect(g5.textContent).toContain("加强机构、队伍建设(配备人员)");
    expect(within(g5).getByTestId("preview-explain").textContent).toBe("3人 × 3分 = 9分(上限 10分)");
    expect(within(g5).getByTestId("preview-old").textContent).toBe("5");
    expect(within(g5).getByTestId("preview-new").textContent).toBe("5");
    expect(g5.textContent).toContain("计算值 9,不写入");

    fireEvent.click(button("应用"));
    await waitFor(() => expect(h.applyWrites).toHaveBeenCalledTimes(1));
    const written = h.applyWrites.mock.calls[0][0] as CellWrite[];
    for (const w of written) {
      const before = readCell(w.previous.value);
      // the score column (a measured value typed as text, "46%", may be made the number it reads as: 0.46 shown 46%)
      if (w.cell.startsWith("G") && w.previous.formula === null && before.kind === "number") expect([w.cell, w.value]).toEqual([w.cell, before.value]);
    }
    const sheetAfter = h.current().sheets.find((s) => s.name === SHEET)!;
    expect(sheetAfter.values[4][6]).toBe(5);
    expect(sheetAfter.values[9][6]).toBe(12);
    await waitFor(() => expect(screen.getByTestId("status").textContent).toMatch(/^已写入/));
  });

  it("a row the clerk ticks is written, and the parents are planned from it", async () => {
    const h = host(TYPED);
    render(<App lang="zh" host={h} analyze={analyze} />);
    const p = await preview();
    fireEvent.click(within(rowOf(p, "G5")).getByRole("checkbox"));
    await waitFor(() => expect(rowOf(p, "G5").dataset.selected).toBe("true"));
    await waitFor(() => expect(within(rowOf(p, "G5")).getByTestId("preview-new").textContent).toBe("9"));
    expect(rowOf(p, "G5").textContent).toContain("将替换已填写的得分");
    await waitFor(() => expect(button("应用").disabled).toBe(false));
    fireEvent.click(button("应用"));
    await waitFor(() => expect(h.applyWrites).toHaveBeenCalledTimes(1));
    const written = h.applyWrites.mock.calls[0][0] as CellWrite[];
    expect(written.find((w) => w.cell === "G5")?.value).toBe(9);
    expect(written.find((w) => w.cell === "G10")).toBeUndefined();
    // the entered-score-mismatch on G5 went with the clerk's 5: listed as settled by 应用
    const resolved = await screen.findByTestId("resolved-by-apply");
    expect(resolved.textContent).toContain(`${SHEET}!G5`);
  });
});

describe("settling a finding", () => {
  it("已核实 with a note: kept through the host, listed apart, not counted; a re-check keeps it; 重新列为问题 reopens it", async () => {
    const h = host(TYPED);
    render(<App lang="zh" host={h} analyze={analyze} />);
    await waitFor(() => expect(button("检查").disabled).toBe(false));
    fireEvent.click(button("检查"));
    const summary = await screen.findByTestId("summary");
    const errorsBefore = Number(/(\d+) 个错误/.exec(summary.textContent!)![1]);
    const list = screen.getByTestId("findings");
    const target = [...list.querySelectorAll<HTMLElement>("[data-finding-key]")].find((b) => b.dataset.findingKey!.startsWith(`${SHEET}!G10!entered-score-mismatch`))!;
    fireEvent.click(target);
    const settle = await screen.findByTestId("settle");
    fireEvent.change(within(settle).getByRole("textbox"), { target: { value: "考核组已认可" } });
    fireEvent.click(button("已核实", settle));
    await waitFor(() => expect(h.saveSettings).toHaveBeenCalledTimes(1));
    const saved = h.saveSettings.mock.calls[0][0] as WorkbookSettings;
    expect(saved.settled).toEqual([expect.objectContaining({ kind: "entered-score-mismatch", sheet: SHEET, cell: "G10", status: "verified", note: "考核组已认可" })]);
    await waitFor(() => expect(screen.getByTestId("status").textContent).toBe("已标为“已核实”,并已保存到工作簿。"));
    const settled = screen.getByTestId("settled-findings");
    expect(within(settled).getAllByTestId("settled-finding").map((x) => x.dataset.cell)).toEqual([`${SHEET}!G10`]);
    expect(settled.textContent).toContain("考核组已认可");
    expect(Number(/(\d+) 个错误/.exec(screen.getByTestId("summary").textContent!)![1])).toBe(errorsBefore - 1);

    // a re-check keeps it settled (the mark is in the workbook's settings)
    const reads = analyze.mock.calls.length;
    fireEvent.click(button("检查"));
    await waitFor(() => expect(analyze.mock.calls.length).toBe(reads + 1));
    await waitFor(() => expect(button("检查").disabled).toBe(false));
    expect(within(screen.getByTestId("settled-findings")).getAllByTestId("settled-finding")).toHaveLength(1);

    // reopened
    fireEvent.click(button("重新列为问题"));
    await waitFor(() => expect(screen.queryByTestId("settled-findings")).toBeNull());
    expect((h.saveSettings.mock.calls[1][0] as WorkbookSettings).settled).toEqual([]);
  });
});

describe("识别结果", () => {
  it("shows next to each rule what it gave, with the numbers", async () => {
    const h = host(TYPED);
    render(<App lang="zh" host={h} analyze={analyze} />);
    await waitFor(() => expect(button("检查").disabled).toBe(false));
    fireEvent.click(button("检查"));
    await screen.findByTestId("summary");
    const explained = (await screen.findAllByTestId("rule-explain")).map((e) => e.textContent);
    expect(explained).toContain("3人 × 3分 = 9分(上限 10分)");
    expect(explained).toContain("46% < 50%:30 − 2.5 × 4 = 20分");
  });
});

describe("the findings list", () => {
  it("is one Tab stop; the arrow keys move inside it", async () => {
    const h = host(TYPED);
    render(<App lang="zh" host={h} analyze={analyze} />);
    await waitFor(() => expect(button("检查").disabled).toBe(false));
    fireEvent.click(button("检查"));
    await screen.findByTestId("summary");
    const items = [...screen.getByTestId("findings").querySelectorAll<HTMLElement>("[data-finding-key]")];
    expect(items.length).toBeGreaterThan(2);
    expect(items.filter((b) => b.tabIndex === 0)).toHaveLength(1);
    items[0].focus();
    fireEvent.keyDown(items[0], { key: "ArrowDown" });
    expect(document.activeElement).toBe(items[1]);
    fireEvent.keyDown(items[1], { key: "End" });
    expect(document.activeElement).toBe(items[items.length - 1]);
    fireEvent.keyDown(items[items.length - 1], { key: "Home" });
    expect(document.activeElement).toBe(items[0]);
    expect(items.filter((b) => b.tabIndex === 0)).toEqual([items[0]]);
  });
});
