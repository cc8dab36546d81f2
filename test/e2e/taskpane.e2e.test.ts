/**
 * End to end: the production build served over https, the task pane opened in headless
 * Chromium with no Office (plain-browser mode). It starts on the embedded sample workbook;
 * 检查 must show the planted 合计 finding, a click must highlight its cell in the preview,
 * an uploaded fixture must be checked the same way, and the English UI must follow ?lang=en.
 * Screenshots (zh, en) go to test-output/screenshots/.
 */
import { spawn, type ChildProcess } from "child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { createServer } from "net";
import { tmpdir } from "os";
import { join } from "path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { ensureProductionBuild } from "../../scripts/build-once";
import { CHROMIUM_INSTALL, describeWith, systemProgram } from "../support/system";
import { buildStatisticsWorkbook, fixtureBytes } from "../fixtures";
import { paneContextOptions, serveStatic, type RunningServer } from "./staticServer";

const chromiumProgram = systemProgram(["/usr/bin/chromium", "chromium"], CHROMIUM_INSTALL);
const SCREENSHOTS = join(__dirname, "..", "..", "test-output", "screenshots");

/** The sample's planted error (test/fixtures addStatisticsBottomSheet: 合计 180 for 182). */
const SAMPLE_FINDING = { sheet: "统计表", cell: "C12", expected: 182, actual: 180 };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

describeWith(chromiumProgram)("task pane in headless Chromium (plain-browser mode)", () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let userDataDir: string;
  let scratch: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    const dist = await ensureProductionBuild();
    server = await serveStatic(dist);
    userDataDir = mkdtempSync(join(tmpdir(), "assess-chromium-"));
    scratch = mkdtempSync(join(tmpdir(), "assess-e2e-"));
    context = await chromium.launchPersistentContext(userDataDir, paneContextOptions(chromiumProgram.path!));
    browser = context.browser()!;
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 400_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  async function openPane(query = ""): Promise<Page> {
    const page = await context.newPage();
    page.on("pageerror", (err) => pageErrors.push(err.message));
    await page.goto(`${server.origin}/taskpane.html${query}`);
    return page;
  }

  /** The finding's button (its title is "转到 sheet!cell" / "Go to sheet!cell"). */
  function finding(page: Page, title: string) {
    return page.locator(`button[title="${title}"]`);
  }

  it("starts on the sample workbook and, on 检查, shows the planted 合计 finding; a click highlights C12", async () => {
    const page = await openPane();
    await page.getByTestId("workbook-title").getByText("sample.xlsx").waitFor({ timeout: 60_000 });
    await page.getByTestId("sheet-preview").waitFor();
    await page.getByRole("button", { name: "检查", exact: true }).click();
    const summary = page.getByTestId("summary");
    await summary.waitFor({ timeout: 60_000 });
    expect(await summary.textContent()).toMatch(/^已读取 \d+ 张工作表;1 个错误,/);

    const item = finding(page, `转到 ${SAMPLE_FINDING.sheet}!${SAMPLE_FINDING.cell}`);
    await item.waitFor();
    const text = await item.textContent();
    expect(text).toContain(SAMPLE_FINDING.cell);
    expect(text).toContain(`应为 ${SAMPLE_FINDING.expected},实为 ${SAMPLE_FINDING.actual}`);
    expect(text).toMatch(/180/);

    await item.click();
    const preview = page.getByTestId("sheet-preview");
    await page.waitForFunction(
      ([sheet, cell]) => {
        const p = document.querySelector('[data-testid="sheet-preview"]');
        return p?.getAttribute("data-sheet") === sheet && p.querySelector(`[data-cell="${cell}"]`)?.getAttribute("aria-selected") === "true";
      },
      [SAMPLE_FINDING.sheet, SAMPLE_FINDING.cell],
    );
    expect(await preview.locator('[aria-selected="true"]').evaluateAll((els) => els.map((e) => e.getAttribute("data-cell")))).toEqual([
      SAMPLE_FINDING.cell,
    ]);
    expect(await preview.locator(`[data-cell="${SAMPLE_FINDING.cell}"]`).textContent()).toBe("180");
    await page.screenshot({ path: join(SCREENSHOTS, "taskpane-zh.png"), fullPage: true });
    expect(pageErrors).toEqual([]);
    await page.close();
  }, 120_000);

  it("speaks English with ?lang=en", async () => {
    const page = await openPane("?lang=en");
    await page.getByTestId("workbook-title").getByText("sample.xlsx").waitFor({ timeout: 60_000 });
    expect(await page.getByRole("button", { name: "检查", exact: true }).count()).toBe(0);
    await page.getByRole("button", { name: "Check", exact: true }).click();
    const summary = page.getByTestId("summary");
    await summary.waitFor({ timeout: 60_000 });
    expect(await summary.textContent()).toMatch(/^Read \d+ sheets; 1 error, /);
    const item = finding(page, `Go to ${SAMPLE_FINDING.sheet}!${SAMPLE_FINDING.cell}`);
    const text = await item.textContent();
    expect(text).toContain(`expected ${SAMPLE_FINDING.expected}, actual ${SAMPLE_FINDING.actual}`);
    expect(text).not.toMatch(/[\u4e00-\u9fff]{2}.*不一致/); // the English message, not the Chinese one
    await item.click();
    await page.waitForFunction(
      (cell) => document.querySelector(`[data-testid="sheet-preview"] [data-cell="${cell}"]`)?.getAttribute("aria-selected") === "true",
      SAMPLE_FINDING.cell,
    );
    await page.screenshot({ path: join(SCREENSHOTS, "taskpane-en.png"), fullPage: true });
    expect(pageErrors).toEqual([]);
    await page.close();
  }, 120_000);

  it("checks an uploaded workbook: 合计 on top, off by 2 (65671 for 65669)", async () => {
    const fixture = buildStatisticsWorkbook({ planted: true, totalRow: "top" });
    const file = join(scratch, fixture.file);
    writeFileSync(file, await fixtureBytes(fixture));
    expect(fixture.expected.length).toBeGreaterThan(0);

    const page = await openPane();
    await page.getByTestId("workbook-title").getByText("sample.xlsx").waitFor({ timeout: 60_000 });
    await page.getByTestId("open-file").setInputFiles(file);
    await page.getByTestId("workbook-title").getByText(fixture.file).waitFor({ timeout: 60_000 });
    await page.getByRole("button", { name: "检查", exact: true }).click();
    await page.getByTestId("summary").waitFor({ timeout: 60_000 });
    for (const f of fixture.expected) {
      const text = await finding(page, `转到 ${f.sheet}!${f.cell}`).textContent({ timeout: 10_000 });
      if (f.expected !== undefined && f.actual !== undefined) expect(text).toContain(`应为 ${f.expected},实为 ${f.actual}`);
    }
    const errors = await page.locator('[data-severity="error"] li').count();
    expect(errors).toBe(fixture.expected.length);
    expect(pageErrors).toEqual([]);
    await page.close();
  }, 120_000);

  it("fetched ExcelJS only as its own chunk, in plain-browser mode, and ran the engine in a worker", () => {
    expect(server.requests).toContain("/taskpane.js");
    expect(server.requests.some((p) => /^\/exceljs\.[0-9a-f]+\.js$/.test(p))).toBe(true);
    // the Web Worker's chunk (src/taskpane/engine.worker.ts), not the in-page fallback
    expect(server.requests.some((p) => /^\/engine\.[0-9a-f]+\.js$/.test(p))).toBe(true);
  });

  it("npm start (scripts/start.js, no Excel here) serves the pane over https and it shows the sample's finding", async () => {
    const port = await freePort();
    const child: ChildProcess = spawn(process.execPath, [join(__dirname, "..", "..", "scripts", "start.js"), "--browser", "--no-live-reload"], {
      cwd: join(__dirname, "..", ".."),
      env: { ...process.env, DEV_SERVER_PORT: String(port) },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true, // its own process group, so the dev server it starts is stopped with it
    });
    let output = "";
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no pane URL printed within 150 s:\n${output.slice(-3000)}`)), 150_000);
        const onData = (d: Buffer) => {
          output += d.toString();
          const m = /Task pane \(plain browser\): (https:\/\/localhost:\d+\/taskpane\.html)/.exec(output);
          if (m) {
            clearTimeout(timer);
            resolve(m[1]);
          }
        };
        child.stdout!.on("data", onData);
        child.stderr!.on("data", onData);
        child.on("exit", (code) => reject(new Error(`scripts/start.js exited ${code}:\n${output.slice(-3000)}`)));
      });
      expect(url).toBe(`https://localhost:${port}/taskpane.html`);
      const page = await context.newPage();
      page.on("pageerror", (err) => pageErrors.push(err.message));
      await page.goto(url, { timeout: 120_000 });
      await page.getByTestId("workbook-title").getByText("sample.xlsx").waitFor({ timeout: 60_000 });
      await page.getByRole("button", { name: "检查", exact: true }).click();
      const text = await finding(page, `转到 ${SAMPLE_FINDING.sheet}!${SAMPLE_FINDING.cell}`).textContent({ timeout: 60_000 });
      expect(text).toContain(`应为 ${SAMPLE_FINDING.expected},实为 ${SAMPLE_FINDING.actual}`);
      expect(pageErrors).toEqual([]);
      await page.close();
    } finally {
      if (child.pid && child.exitCode === null) process.kill(-child.pid, "SIGTERM");
    }
  }, 240_000);
});
