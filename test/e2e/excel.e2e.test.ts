/**
 * End to end in EXCEL mode: the production build served over https and opened in headless
 * Chromium, with office.js answered by a bundle of test/e2e/excel/harness.ts — the globals
 * `Office` (onReady → Excel, displayLanguage, requirement sets, document.url) and `Excel` from
 * the in-memory fake of test/support/fakeExcel.ts, over a workbook built from the ExcelJS
 * fixtures (test/fixtures). The pane runs its real Excel host (src/hosts/excel) against it; the
 * test reads the fake's cells, selection and round trips (syncs, payload bytes) in the page.
 * Covered: 检查 (summary, finding, read syncs, payload sizes), click-to-cell, the English UI,
 * and the actions that write, on the planted 考核评分表: 重新计算's preview (nothing written until
 * 应用, nothing after 取消), 应用 (the previewed formulas in the score cells), 撤销 (cells exactly
 * as before), 标记并生成报告 (fills, comments, the 校验报告 sheet) and 清除标记 (fills exactly as before).
 * Screenshots (zh, en) go to test-output/screenshots/excel-{zh,en}.png; the measured round trips
 * to test-output/e2e-excel-stats.json.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import * as ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { ensureProductionBuild } from "../../scripts/build-once";
import { CHROMIUM_INSTALL, describeWith, systemProgram } from "../support/system";
import { PAYLOAD_LIMIT_BYTES, buildState, type FakeFill, type FakeWorkbookInit } from "../support/fakeExcel";
import { addStatisticsBottomSheet, addStatisticsTopSheet, buildScoringWorkbook } from "../fixtures";
import { buildHarness } from "./excel/bundle";
import { inspect, launchExcelBrowser, resetStats, settle, type ExcelBrowser } from "./excel/pane";
import type { Inspection } from "./excel/protocol";
import { toFakeWorkbook } from "./excel/workbook";
import { analyzeWorkbook } from "../../src/engine";
import { snapshotWorkbook } from "../../src/hosts/xlsx/read";

const chromiumProgram = systemProgram(["/usr/bin/chromium", "chromium"], CHROMIUM_INSTALL);
const OUTPUT = join(__dirname, "..", "..", "test-output");
const SCREENSHOTS = join(OUTPUT, "screenshots");

/**
 * Two statistics sheets: 孩次构成 (consistent, first, so it is the active sheet when the pane
 * opens) and 统计表 with the planted 合计 (180 for 182 at C12, test/fixtures).
 */
function statisticsWorkbook(): { init: FakeWorkbookInit; finding: { sheet: string; cell: string; expected: number; actual: number } } {
  const wb = new ExcelJS.Workbook();
  addStatisticsTopSheet(wb, { planted: false });
  const planted = addStatisticsBottomSheet(wb, { planted: true });
  const [f] = planted.expected;
  if (planted.expected.length !== 1 || f.expected === undefined || f.actual === undefined) throw new Error("fixture: one planted 合计 expected");
  return {
    init: toFakeWorkbook(wb, "统计报表.xlsx"),
    finding: { sheet: f.sheet, cell: f.cell, expected: f.expected, actual: f.actual },
  };
}

/**
 * The planted 考核评分表 (test/fixtures addScoringSheet: rules, measured values, 自评分 and 考核得分
 * filled, four planted errors), with two fills of the clerk's own on flagged cells (a solid
 * yellow on F6, a patterned green on F4) and number formats on two score cells, so that undo and
 * 清除标记 have something to put back exactly. `calcValues`: what Excel computes for the score
 * formulas (the fixture's hand-computed scores), since the fake does not calculate.
 */
function scoringWorkbook() {
  const f = buildScoringWorkbook({ planted: true });
  const init = toFakeWorkbook(f.workbook, "考核评分表.xlsx");
  const sheet = init.sheets[0];
  const clerkFills: Record<string, FakeFill> = {
    F6: { color: "#FFFF00", pattern: "Solid" },
    F4: { color: "#E2EFDA", pattern: "Gray50", patternColor: "#70AD47" },
  };
  sheet.fills = { ...sheet.fills, ...clerkFills };
  const cells = sheet.cells!;
  cells.G6 = { value: 20, numberFormat: "0.0" };
  cells.G15 = { value: 85, numberFormat: "0\"分\"" };
  // the same two cells in the workbook the engine plans on, so the preview can be compared with its plan
  const ws = f.workbook.getWorksheet(sheet.name)!;
  ws.getCell("G6").value = 20;
  ws.getCell("G6").numFmt = "0.0";
  ws.getCell("G15").value = 85;
  ws.getCell("G15").numFmt = "0\"分\"";
  const planned = analyzeWorkbook(snapshotWorkbook(f.workbook)).writes.filter((w) => w.sheet === sheet.name);
  const scores: Array<[string, number]> = [
    ["G3", 84], ["G4", 49], ["G5", 9], ["G6", 20], ["G7", 20], ["G8", 35], ["G9", 20],
    ["G10", 15], ["G11", 5], ["G12", 6], ["G13", -4], ["G14", -4], ["G15", 85],
  ];
  return {
    init,
    sheet: sheet.name,
    expected: f.expected,
    clerkFills,
    scoreCells: scores.map(([c]) => c),
    /** the cells the engine plans to write (a score already holding its computed value is not rewritten) */
    plannedCells: planned.map((w) => w.cell),
    calcValues: Object.fromEntries(scores.map(([c, v]) => [`${sheet.name}!${c}`, v])) as Record<string, number>,
  };
}

/** PNG width × height from its IHDR chunk */
function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describeWith(chromiumProgram)("task pane in headless Chromium (Excel mode, in-memory Excel)", () => {
  let browser: ExcelBrowser;
  const measured: Record<string, unknown> = {};
  const started = Date.now();

  beforeAll(async () => {
    const [dist, harness] = await Promise.all([ensureProductionBuild(), buildHarness()]);
    measured.setupMs = Date.now() - started;
    browser = await launchExcelBrowser(chromiumProgram.path!, dist, harness);
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 400_000);

  afterAll(async () => {
    measured.totalMs = Date.now() - started;
    if (existsSync(OUTPUT)) writeFileSync(join(OUTPUT, "e2e-excel-stats.json"), JSON.stringify(measured, null, 2) + "\n");
    await browser?.close();
  });

  /** press 检查/Check and wait for the summary; returns the round trips the check made */
  async function check(page: Page, label: string): Promise<Inspection["stats"]> {
    await settle(page); // the pane's own calls on opening (title, …) are not the check's
    await resetStats(page);
    await page.getByRole("button", { name: label, exact: true }).click();
    await page.getByTestId("summary").waitFor({ timeout: 60_000 });
    await settle(page);
    return (await inspect(page)).stats;
  }

  const { init: statistics, finding } = statisticsWorkbook();
  let zhPage: Page | undefined;

  it("checks the open workbook (zh-CN): summary and the planted 合计, read in at most 3 syncs, payloads under 5 MB", async () => {
    const t0 = Date.now();
    const page = (zhPage = await browser.openPane(statistics, "zh-CN"));
    expect(browser.officeJsServed()).toBeGreaterThan(0);
    expect(await page.getByRole("button", { name: "Check", exact: true }).count()).toBe(0);
    // Excel mode: no file picker and no preview grid (Excel itself shows the cells)
    expect(await page.getByTestId("open-file").count()).toBe(0);

    const stats = await check(page, "检查");
    expect(await page.getByTestId("summary").textContent()).toMatch(/^已读取 2 张工作表;1 个错误,0 个警告/);
    const item = page.locator(`[data-severity] button[title="转到 ${finding.sheet}!${finding.cell}"]`);
    const text = await item.textContent({ timeout: 10_000 });
    expect(text).toContain(finding.cell);
    expect(text).toContain(`应为 ${finding.expected},实为 ${finding.actual}`);
    expect(await page.locator('[data-severity="error"] li').count()).toBe(1);
    expect(await page.getByTestId("sheet-preview").count()).toBe(0);

    // the snapshot read: the one Excel.run that loaded cell contents (values + numberFormat)
    const reads = stats.runs.filter((r) => r.loads.some((l) => l.split(",").includes("numberFormat")));
    expect(reads).toHaveLength(1);
    expect(reads[0].syncs).toBeLessThanOrEqual(3);
    expect(stats.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(stats.maxResponseBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(stats.log.every((l) => !l.error)).toBe(true);
    measured.check = {
      readSyncs: reads[0].syncs,
      allSyncsDuringCheck: stats.syncs,
      runsDuringCheck: stats.runs.length,
      maxRequestBytes: stats.maxRequestBytes,
      maxResponseBytes: stats.maxResponseBytes,
      ms: Date.now() - t0,
    };

    // a check writes nothing
    const after = await inspect(page);
    expect(after.cells).toEqual(toCells(statistics));
    expect(browser.pageErrors).toEqual([]);
  }, 120_000);

  it("click-to-cell: clicking the finding activates its sheet and selects its cell in Excel", async () => {
    const page = zhPage;
    if (!page) throw new Error("needs the checked pane of the previous test");
    const before = await inspect(page);
    expect(before.activeSheet).toBe("孩次构成"); // the first sheet, not the finding's
    expect(before.selection).toBeNull();
    await resetStats(page);
    await page.locator(`[data-severity] button[title="转到 ${finding.sheet}!${finding.cell}"]`).click();
    await page.waitForFunction(
      ([sheet, cell]) => {
        const s = (window as unknown as { __fakeExcel: { state: { selection: { sheet: string; address: string } | null } } }).__fakeExcel.state
          .selection;
        return s?.sheet === sheet && s.address === cell;
      },
      [finding.sheet, finding.cell],
      { timeout: 10_000 },
    );
    const after = await inspect(page);
    expect(after.selection).toEqual({ sheet: finding.sheet, address: finding.cell });
    expect(after.activeSheet).toBe(finding.sheet);
    expect(after.stats.syncs).toBe(1); // activate + select in one round trip
    measured.select = { syncs: after.stats.syncs };
    await page.screenshot({ path: join(SCREENSHOTS, "excel-zh.png"), fullPage: true });
    expect(browser.pageErrors).toEqual([]);
  }, 60_000);

  it("speaks English when Office's display language is en-US", async () => {
    const page = await browser.openPane(statistics, "en-US");
    expect(await page.getByRole("button", { name: "检查", exact: true }).count()).toBe(0);
    const stats = await check(page, "Check");
    expect(await page.getByTestId("summary").textContent()).toMatch(/^Read 2 sheets; 1 error, 0 warnings/);
    const item = page.locator(`[data-severity] button[title="Go to ${finding.sheet}!${finding.cell}"]`);
    const text = await item.textContent({ timeout: 10_000 });
    expect(text).toContain(`expected ${finding.expected}, actual ${finding.actual}`);
    expect(text).not.toMatch(/应为|实为|不一致/);
    expect(await page.locator("main").textContent()).not.toMatch(/检查|已读取|错误|警告/);
    expect(stats.maxResponseBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    await item.click();
    await page.waitForFunction(
      (cell) => (window as unknown as { __fakeExcel: { state: { selection: { address: string } | null } } }).__fakeExcel.state.selection?.address === cell,
      finding.cell,
      { timeout: 10_000 },
    );
    await page.screenshot({ path: join(SCREENSHOTS, "excel-en.png"), fullPage: true });
    expect(browser.pageErrors).toEqual([]);
    await page.close();
  }, 120_000);

  // ------------------------------------------------------------ the actions that write (issue 7)

  const scoring = scoringWorkbook();
  const SHEET = scoring.sheet;

  /** the pane is idle again after an action: its status line shows, 检查/Check is enabled, no Excel.run is running */
  async function afterAction(page: Page, checkLabel: string): Promise<string> {
    const status = page.getByTestId("status");
    await status.waitFor({ timeout: 60_000 });
    await page.getByRole("button", { name: checkLabel, exact: true }).and(page.locator(":enabled")).waitFor({ timeout: 60_000 });
    await settle(page);
    return (await status.textContent()) ?? "";
  }

  /** wait until `predicate` holds of the fake's state (evaluated in the page) */
  async function until(page: Page, predicate: string, arg: unknown): Promise<void> {
    // polled from here with an expression the driver evaluates itself: the pane's CSP forbids eval in
    // the page, which waitForFunction's own polling uses
    const expression = `(${predicate})(window.__fakeExcel.state, ${JSON.stringify(arg)}) === true`;
    const deadline = Date.now() + 60_000;
    while (!(await page.evaluate(expression))) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${predicate}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** the preview rows that would change a number the clerk typed (listed first, not chosen by default) */
  async function typedRows(page: Page): Promise<Set<string>> {
    const keys = await page.getByTestId("preview-row").evaluateAll((trs) =>
      trs.filter((tr) => tr.getAttribute("data-typed") === "true").map((tr) => tr.getAttribute("data-cell") ?? ""));
    return new Set(keys);
  }

  /** the preview's rows that make a value typed as text a number (issue 10 item 3) */
  async function normalisedRows(page: Page): Promise<Set<string>> {
    const keys = await page.getByTestId("preview-row").evaluateAll((trs) =>
      trs.filter((tr) => tr.getAttribute("data-kind") === "normalise-value").map((tr) => tr.getAttribute("data-cell") ?? ""));
    return new Set(keys);
  }

  /** the writes the preview lists: cell → the formula (or value) it shows as new */
  async function previewRows(page: Page): Promise<Map<string, string>> {
    const preview = page.getByTestId("recalc-preview");
    await preview.waitFor({ timeout: 60_000 });
    const rows = await preview.getByTestId("preview-row").evaluateAll((trs) =>
      trs.map((tr) => {
        const cell = tr.querySelector('[data-testid="preview-new"]');
        // the full text is in the tooltip where the row shortens it
        return [tr.getAttribute("data-cell") ?? "", cell?.getAttribute("title") || cell?.textContent || ""] as const;
      }),
    );
    return new Map(rows.map(([cell, text]) => [cell, text.split(" → ")[0]]));
  }

  let actionsPage: Page | undefined;
  let beforeActions: Inspection | undefined;

  it("重新计算 shows a preview and writes nothing; 取消 leaves the workbook as it was", async () => {
    const page = (actionsPage = await browser.openPane(scoring.init, "zh-CN", { calcValues: scoring.calcValues }));
    await settle(page);
    const before = (beforeActions = await inspect(page));
    expect(before.cells).toEqual(toCells(scoring.init));

    await resetStats(page);
    await page.getByRole("button", { name: "计算得分…", exact: true }).click();
    const rows = await previewRows(page);
    // exactly the score cells the engine plans to write, all of them score cells
    expect([...rows.keys()].sort()).toEqual(scoring.plannedCells.map((c) => `${SHEET}!${c}`).sort());
    for (const c of scoring.plannedCells) expect(scoring.scoreCells).toContain(c);
    expect(rows.get(`${SHEET}!G4`)).toBe("=MIN(60,SUM(G5:G7))");
    expect(rows.get(`${SHEET}!G15`)).toBe("=G3+G11+G13");
    await page.getByRole("button", { name: "应用", exact: true }).waitFor();
    await settle(page);
    let now = await inspect(page);
    expect(now.cells).toEqual(before.cells);
    expect(now.sheets).toEqual(before.sheets);
    expect(now.fills).toEqual(before.fills);

    await page.getByRole("button", { name: "取消", exact: true }).click();
    await page.getByTestId("recalc-preview").waitFor({ state: "detached", timeout: 10_000 });
    expect(await afterAction(page, "检查")).not.toBe("");
    now = await inspect(page);
    expect(now.cells).toEqual(before.cells);
    expect(now.sheets).toEqual(before.sheets);
    expect(browser.pageErrors).toEqual([]);
  }, 120_000);

  it("应用 writes the previewed formulas into the score cells, and nothing else", async () => {
    const page = actionsPage;
    const before = beforeActions;
    if (!page || !before) throw new Error("needs the pane of the previous test");
    await page.getByRole("button", { name: "计算得分…", exact: true }).click();
    const rows = await previewRows(page);
    const typed = await typedRows(page);
    const normalised = await normalisedRows(page);
    // the fixture's 3人, 46%, 1个 … are made numbers so that their scores are live formulas
    expect(normalised.size).toBeGreaterThan(0);
    await resetStats(page);
    await page.getByRole("button", { name: "应用", exact: true }).click();
    // wait on a formula row 应用 writes (rows that change a typed number are left unticked)
    const [watchKey, watchFormula] = [...rows].find(([k, shown]) => !typed.has(k) && shown.startsWith("=") && !shown.endsWith("…"))!;
    await until(page, "(st, a) => st.cell(a.sheet, a.cell).formula === a.formula", { sheet: SHEET, cell: watchKey.slice(watchKey.lastIndexOf("!") + 1), formula: watchFormula });
    const status = await afterAction(page, "检查");
    expect(status).toContain(String(rows.size - typed.size));
    expect(await page.getByTestId("recalc-preview").count()).toBe(0);

    const after = await inspect(page);
    for (const [key, shown] of rows) {
      const cell = key.slice(key.lastIndexOf("!") + 1);
      // a row that would change a typed number is not chosen by default: 应用 leaves that number
      if (typed.has(key)) {
        expect([key, after.cells[SHEET][cell]]).toEqual([key, before.cells[SHEET][cell]]);
        continue;
      }
      const formula = after.cells[SHEET][cell].formula;
      if (normalised.has(key)) {
        // the number the text meant, shown as typed through its number format (no formula)
        expect([key, formula, after.cells[SHEET][cell].value]).toEqual([key, null, Number(shown)]);
        expect(after.cells[SHEET][cell].numberFormat).not.toBe(before.cells[SHEET][cell].numberFormat);
        continue;
      }
      if (!shown.startsWith("=")) {
        // a plain value (the value cell holds text the formulas do not read)
        expect([key, formula]).toEqual([key, null]);
        expect(after.cells[SHEET][cell].value).toBe(scoring.calcValues[key]);
        continue;
      }
      // the preview shortens a long formula with "…"
      if (shown.endsWith("…")) expect(formula?.startsWith(shown.slice(0, -1))).toBe(true);
      else expect(formula).toBe(shown);
      expect(after.cells[SHEET][cell].value).toBe(scoring.calcValues[key]);
    }
    // every other cell of the sheet as it was
    const written = new Set([...rows.keys()].map((k) => k.slice(k.lastIndexOf("!") + 1)));
    const others = (cells: Record<string, unknown>) => Object.fromEntries(Object.entries(cells).filter(([a]) => !written.has(a)));
    expect(others(after.cells[SHEET])).toEqual(others(before.cells[SHEET]));
    expect(after.fills[SHEET]).toEqual(before.fills[SHEET]);
    // the visible sheets are the same; the undo record lives in a very hidden sheet
    expect(after.sheets.filter((s) => s.visibility !== "VeryHidden")).toEqual(before.sheets);
    expect(after.stats.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(after.stats.maxResponseBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    measured.apply = { cells: rows.size, syncsIncludingRecheck: after.stats.syncs, runs: after.stats.runs.map((r) => r.syncs) };
    expect(browser.pageErrors).toEqual([]);
  }, 120_000);

  it("撤销 puts back exactly the previous values, formulas and number formats", async () => {
    const page = actionsPage;
    const before = beforeActions;
    if (!page || !before) throw new Error("needs the pane of the previous test");
    await resetStats(page);
    await page.getByRole("button", { name: "撤销", exact: true }).click(); // waits until it is enabled
    await until(page, "(st, a) => st.cell(a.sheet, 'G4').formula === null && st.cell(a.sheet, 'G4').value === 50", { sheet: SHEET });
    expect(await afterAction(page, "检查")).not.toBe("");
    const after = await inspect(page);
    expect(after.cells[SHEET]).toEqual(before.cells[SHEET]);
    expect(after.fills[SHEET]).toEqual(before.fills[SHEET]);
    expect(after.sheets.filter((s) => s.visibility !== "VeryHidden")).toEqual(before.sheets);
    measured.undo = { syncsIncludingRecheck: after.stats.syncs, runs: after.stats.runs.map((r) => r.syncs) };
    // checked again: the planted scores are flagged as before
    expect(await page.getByTestId("summary").textContent()).toMatch(/^已读取 1 张工作表;\d+ 个错误/);
    expect(browser.pageErrors).toEqual([]);
  }, 120_000);

  it("标记并生成报告 fills the findings' cells and adds the 校验报告 sheet; 清除标记 restores the fills exactly", async () => {
    const page = actionsPage;
    const before = beforeActions;
    if (!page || !before) throw new Error("needs the pane of the previous test");
    // the findings' buttons (the 识别结果 panel has "转到" buttons of its own)
    const titles = await page.locator('[data-severity] li button[title^="转到 "]').evaluateAll((bs) => bs.map((b) => b.getAttribute("title") ?? ""));
    const cells = [...new Set(titles.map((t) => t.slice("转到 ".length)))];
    expect(cells.length).toBeGreaterThanOrEqual(scoring.expected.length);
    for (const f of scoring.expected) expect(cells).toContain(`${f.sheet}!${f.cell}`);

    await resetStats(page);
    await page.getByRole("button", { name: "标记并生成报告", exact: true }).click();
    await until(page, "(st) => st.sheets.some((s) => s.name === '校验报告')", null);
    const status = await afterAction(page, "检查");
    expect(status).toContain("校验报告");
    const marked = await inspect(page);
    for (const key of cells) {
      const cell = key.slice(key.lastIndexOf("!") + 1);
      // every finding here is an error: Excel's "Bad" fill (a pattern colour left over is invisible under Solid)
      expect({ cell, ...marked.fills[SHEET][cell] }).toMatchObject({ cell, color: "#FFC7CE", pattern: "Solid" });
    }
    // ExcelApi 1.17 (the fake's default): the messages as threaded comments, each the add-in's own
    expect(marked.comments.map((c) => `${c.sheet}!${c.cell}`).sort()).toEqual([...cells].sort());
    for (const c of marked.comments) expect(c.content.startsWith("【校验】")).toBe(true);
    // the report: a visible sheet naming every flagged cell; the data untouched
    expect(marked.sheets.find((s) => s.name === "校验报告")?.visibility).toBe("Visible");
    const reportText = JSON.stringify(Object.values(marked.cells["校验报告"]).map((c) => c.value));
    for (const key of cells) expect(reportText).toContain(key.slice(key.lastIndexOf("!") + 1));
    expect(marked.cells[SHEET]).toEqual(before.cells[SHEET]);
    expect(marked.stats.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    measured.markAndReport = { cells: cells.length, syncs: marked.stats.syncs, runs: marked.stats.runs.map((r) => r.syncs) };

    await resetStats(page);
    await page.getByRole("button", { name: "清除标记", exact: true }).click(); // enabled once marks exist
    await until(page, "(st) => st.comments.length === 0", null);
    expect(await afterAction(page, "检查")).not.toBe("");
    const cleared = await inspect(page);
    for (const s of before.sheets) expect(cleared.fills[s.name]).toEqual(before.fills[s.name]);
    expect(cleared.fills[SHEET]["F6"]).toEqual(scoring.clerkFills.F6); // a clerk's own fill, back as it was
    expect(cleared.fills[SHEET]["F4"]).toEqual(scoring.clerkFills.F4); // a patterned fill too
    expect(cleared.comments).toEqual([]);
    expect(cleared.cells[SHEET]).toEqual(before.cells[SHEET]);
    measured.clearMarks = { syncs: cleared.stats.syncs, runs: cleared.stats.runs.map((r) => r.syncs) };
    expect(browser.pageErrors).toEqual([]);
    await page.close();
  }, 120_000);

  it("the actions in English: Calculate scores…, Apply, Cancel, Undo, Mark & report, Clear marks", async () => {
    const page = await browser.openPane(scoring.init, "en-US", { calcValues: scoring.calcValues });
    for (const name of ["Check", "Calculate scores…", "Undo", "Mark & report", "Clear marks"])
      expect(await page.getByRole("button", { name, exact: true }).count()).toBe(1);
    for (const name of ["检查", "计算得分…", "撤销", "标记并生成报告", "清除标记"])
      expect(await page.getByRole("button", { name, exact: true }).count()).toBe(0);
    await page.getByRole("button", { name: "Calculate scores…", exact: true }).click();
    const rows = await previewRows(page);
    expect(rows.size).toBe(scoring.plannedCells.length);
    expect(await page.getByRole("button", { name: "Apply", exact: true }).count()).toBe(1);
    await page.getByRole("button", { name: "Cancel", exact: true }).click();
    await page.getByTestId("recalc-preview").waitFor({ state: "detached", timeout: 10_000 });
    expect(await afterAction(page, "Check")).not.toMatch(/[\u4e00-\u9fff]/);
    expect((await inspect(page)).cells).toEqual(toCells(scoring.init));
    expect(browser.pageErrors).toEqual([]);
    await page.close();
  }, 120_000);

  it("saved full-page screenshots of the pane in both languages (420 px wide)", () => {
    for (const lang of ["zh", "en"]) {
      const file = join(SCREENSHOTS, `excel-${lang}.png`);
      expect(existsSync(file)).toBe(true);
      const { width, height } = pngSize(file);
      expect(width).toBe(420);
      expect(height).toBeGreaterThanOrEqual(900);
    }
  });
});

/** the cells the fake starts from, as inspect() reports them (the same fake, built in node) */
function toCells(init: FakeWorkbookInit): Inspection["cells"] {
  return buildState(init).dump();
}
