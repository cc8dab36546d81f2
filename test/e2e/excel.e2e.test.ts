/**
 * End to end in EXCEL mode: the production build served over https and opened in headless
 * Chromium, with office.js answered by a bundle of test/e2e/excel/harness.ts — the globals
 * `Office` (onReady → Excel, displayLanguage, requirement sets, document.url) and `Excel` from
 * the in-memory fake of test/support/fakeExcel.ts, over a workbook built from the ExcelJS
 * fixtures (test/fixtures). The pane runs its real Excel host (src/hosts/excel) against it; the
 * test reads the fake's cells, selection and round trips (syncs, payload bytes) in the page.
 * Screenshots (zh, en) go to test-output/screenshots/excel-{zh,en}.png; the measured round trips
 * to test-output/e2e-excel-stats.json.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import * as ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { ensureProductionBuild } from "../../scripts/build-once";
import { CHROMIUM_INSTALL, describeWith, systemProgram } from "../support/system";
import { PAYLOAD_LIMIT_BYTES, buildState, type FakeWorkbookInit } from "../support/fakeExcel";
import { addStatisticsBottomSheet, addStatisticsTopSheet } from "../fixtures";
import { buildHarness } from "./excel/bundle";
import { inspect, launchExcelBrowser, resetStats, settle, type ExcelBrowser } from "./excel/pane";
import type { Inspection } from "./excel/protocol";
import { toFakeWorkbook } from "./excel/workbook";

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
    const item = page.locator(`button[title="转到 ${finding.sheet}!${finding.cell}"]`);
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
    await page.locator(`button[title="转到 ${finding.sheet}!${finding.cell}"]`).click();
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
    const item = page.locator(`button[title="Go to ${finding.sheet}!${finding.cell}"]`);
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
