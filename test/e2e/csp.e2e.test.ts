/**
 * The pages' Content-Security-Policy in a real browser: the production build served over https,
 * each page opened in headless Chromium. Under the policy the pane still works (检查 finds the
 * sample's planted error, Fluent's styles apply) and the result dialog still shows its text
 * from its own script file; the only thing the policy refuses is Office's telemetry frame.
 */
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { ensureProductionBuild } from "../../scripts/build-once";
import { CHROMIUM_INSTALL, describeWith, systemProgram } from "../support/system";
import { paneContextOptions, serveStatic, type RunningServer } from "./staticServer";

const chromiumProgram = systemProgram(["/usr/bin/chromium", "chromium"], CHROMIUM_INSTALL);

/** What the policy may refuse: office.js's telemetry frame (the pane never needs it). */
const EXPECTED_REFUSALS = /^Framing 'https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\//;

describeWith(chromiumProgram)("Content-Security-Policy of the pages (headless Chromium)", () => {
  let server: RunningServer;
  let context: BrowserContext;
  let userDataDir: string;

  beforeAll(async () => {
    server = await serveStatic(await ensureProductionBuild());
    userDataDir = mkdtempSync(join(tmpdir(), "assess-csp-"));
    context = await chromium.launchPersistentContext(userDataDir, paneContextOptions(chromiumProgram.path!));
  }, 400_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  async function open(path: string): Promise<{ page: Page; refused: string[]; errors: string[] }> {
    const page = await context.newPage();
    const refused: string[] = [];
    const errors: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy/.test(m.text())) refused.push(m.text());
    });
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${server.origin}${path}`);
    return { page, refused, errors };
  }

  it("the pane works under its policy: 检查 finds the planted error, Fluent's styles apply, nothing else is refused", async () => {
    const { page, refused, errors } = await open("/taskpane.html");
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    expect(csp).toMatch(/connect-src 'self'/);
    await page.getByTestId("workbook-title").getByText("sample.xlsx").waitFor({ timeout: 60_000 });
    await page.getByRole("button", { name: "检查", exact: true }).click();
    await page.getByTestId("summary").waitFor({ timeout: 60_000 });
    await page.locator('button[title="转到 统计表!C12"]').first().waitFor({ timeout: 30_000 });
    // a Fluent primary button has its brand colour (Griffel's styles were let in)
    const bg = await page.getByRole("button", { name: "检查", exact: true }).evaluate((b) => getComputedStyle(b).backgroundColor);
    expect(bg).not.toBe("rgb(239, 239, 239)");
    expect(refused.filter((r) => !EXPECTED_REFUSALS.test(r))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);

  it("the result dialog shows its text from its own script (no inline script), nothing refused", async () => {
    const { page, refused, errors } = await open("/notice.html?h=3%20%E4%B8%AA%E9%94%99%E8%AF%AF&d=detail&errors=3");
    await page.waitForFunction(() => document.getElementById("headline")?.textContent !== "", undefined, { timeout: 10_000 });
    expect(await page.textContent("#headline")).toBe("3 个错误");
    expect(await page.textContent("#detail")).toBe("detail");
    expect(await page.evaluate(() => document.body.className)).toBe("error");
    expect(refused).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it("an inline script injected into a page is refused", async () => {
    const { page, refused } = await open("/notice.html");
    await page.evaluate(() => {
      const s = document.createElement("script");
      s.textContent = "window.__injected = 1";
      document.body.appendChild(s);
    });
    expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
    expect(refused.length).toBeGreaterThan(0);
    await page.close();
  }, 60_000);
});
