/**
 * The Excel-mode e2e test's browser side: one headless Chromium (the same launch options as
 * taskpane.e2e.test.ts) over the production dist/, with every request for office-js/office.js
 * answered by the harness bundle (./harness.ts), and pages opened on a workbook of the test's.
 */
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import type { FakeWorkbookInit } from "../../support/fakeExcel";
import { paneContextOptions, serveStatic, type RunningServer } from "../staticServer";
import type { HarnessInit, Inspection } from "./protocol";

export interface ExcelBrowser {
  readonly server: RunningServer;
  readonly context: BrowserContext;
  /** uncaught errors of every page */
  readonly pageErrors: string[];
  /** how many times the harness was served in place of office.js */
  readonly officeJsServed: () => number;
  /** open the pane on `workbook` with Office's display language; resolves once the title shows */
  openPane(workbook: FakeWorkbookInit, displayLanguage: string, extra?: Pick<HarnessInit, "calcValues">): Promise<Page>;
  close(): Promise<void>;
}

export async function launchExcelBrowser(chromiumPath: string, dist: string, harnessJs: string): Promise<ExcelBrowser> {
  const server = await serveStatic(dist);
  const userDataDir = mkdtempSync(join(tmpdir(), "assess-chromium-excel-"));
  const context = await chromium.launchPersistentContext(userDataDir, paneContextOptions(chromiumPath));
  let served = 0;
  await context.route("**/office-js/office.js", (route) => {
    served++;
    return route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: harnessJs });
  });
  const pageErrors: string[] = [];
  return {
    server,
    context,
    pageErrors,
    officeJsServed: () => served,
    async openPane(workbook, displayLanguage, extra = {}) {
      const page = await context.newPage();
      page.on("pageerror", (err) => pageErrors.push(err.message));
      const init: HarnessInit = { workbook, displayLanguage, ...extra };
      await page.addInitScript((i) => {
        (window as unknown as { __fakeExcelInit: unknown }).__fakeExcelInit = i;
      }, init);
      await page.goto(`${server.origin}/taskpane.html`);
      await page.getByTestId("workbook-title").getByText(workbook.name!).waitFor({ timeout: 60_000 });
      return page;
    },
    async close() {
      await context.close();
      await context.browser()?.close();
      await server.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** the fake workbook's state and round trips, read in the page */
export function inspect(page: Page): Promise<Inspection> {
  return page.evaluate(() => (window as unknown as { __fakeExcel: { inspect(): Inspection } }).__fakeExcel.inspect());
}

/** forget the syncs so far (the next inspect() counts from here) */
export function resetStats(page: Page): Promise<void> {
  return page.evaluate(() => (window as unknown as { __fakeExcel: { resetStats(): void } }).__fakeExcel.resetStats());
}

/** wait until no Excel.run has started for `quietMs` (the pane's own calls on mount are done) */
export async function settle(page: Page, quietMs = 300, timeoutMs = 10_000): Promise<void> {
  const start = Date.now();
  let last = -1;
  let since = Date.now();
  for (;;) {
    const n = await page.evaluate(() => {
      const { stats } = (window as unknown as { __fakeExcel: { stats: { runs: number; syncs: number } } }).__fakeExcel;
      return stats.runs * 1_000_000 + stats.syncs;
    });
    if (n !== last) {
      last = n;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) return;
    if (Date.now() - start > timeoutMs) return;
    await page.waitForTimeout(50);
  }
}
