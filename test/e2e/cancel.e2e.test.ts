/**
 * End to end, 取消 in the plain-browser page (issue 14): the production build served over https,
 * headless Chromium. A workbook that takes long to read (one sheet of 99,000 rows × 6 numbers,
 * just under the 600,000-cell budget) is read in a worker, so while it is read the page still
 * answers at once; 取消 terminates that worker, the page says it was cancelled and keeps the
 * workbook it had; the next file opens and checks normally, under the pages' CSP. The hostile
 * files that froze the tab (issue 14 case 3: a merge A1:XFD1048576, a row numbered
 * 2,000,000,000) open in a moment, the page answering meanwhile, and are checked with a warning.
 */
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import JSZip from "jszip";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { ensureProductionBuild } from "../../scripts/build-once";
import { CHROMIUM_INSTALL, describeWith, systemProgram } from "../support/system";
import { buildStatisticsWorkbook, fixtureBytes } from "../fixtures";
import { baseWorkbook, bytesOf, mutate } from "../fuzz/hostile";
import { paneContextOptions, serveStatic, type RunningServer } from "./staticServer";

const chromiumProgram = systemProgram(["/usr/bin/chromium", "chromium"], CHROMIUM_INSTALL);

const ROWS = 99_000;
const COLS = ["A", "B", "C", "D", "E", "F"];

/** A minimal .xlsx package with one big sheet of numbers (built as XML: ExcelJS would take a minute). */
async function hugeWorkbook(): Promise<Uint8Array> {
  const rows: string[] = [];
  for (let r = 1; r <= ROWS; r++) {
    rows.push(`<row r="${r}">${COLS.map((c, i) => `<c r="${c}${r}"><v>${(r * 7 + i) % 1000}</v></c>`).join("")}</row>`);
  }
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  );
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  );
  zip.file(
    "xl/workbook.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="大表" sheetId="1" r:id="rId1"/></sheets></workbook>',
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
  );
  zip.file(
    "xl/worksheets/sheet1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:F${ROWS}"/><sheetData>${rows.join("")}</sheetData></worksheet>`,
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

describeWith(chromiumProgram)("取消 while a workbook is read (headless Chromium, plain-browser mode)", () => {
  let server: RunningServer;
  let context: BrowserContext;
  let userDataDir: string;
  let scratch: string;

  beforeAll(async () => {
    server = await serveStatic(await ensureProductionBuild());
    userDataDir = mkdtempSync(join(tmpdir(), "assess-cancel-"));
    scratch = mkdtempSync(join(tmpdir(), "assess-cancel-files-"));
    context = await chromium.launchPersistentContext(userDataDir, paneContextOptions(chromiumProgram.path!));
  }, 400_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  /** How long the page's own thread takes to run a 20 ms timer and answer (ms). */
  async function pageAnswersIn(page: Page): Promise<number> {
    const t0 = Date.now();
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 20)));
    return Date.now() - t0;
  }

  async function runOnce(page: Page, lang: "zh" | "en"): Promise<void> {
    const huge = join(scratch, "huge.xlsx");
    writeFileSync(huge, await hugeWorkbook());
    const cancelName = lang === "zh" ? "取消" : "Cancel";
    await page.getByTestId("workbook-title").getByText("sample.xlsx").waitFor({ timeout: 60_000 });
    await page.getByTestId("open-file").setInputFiles(huge);
    const cancel = page.getByTestId("cancel-work");
    await cancel.waitFor({ timeout: 10_000 });
    expect(await cancel.textContent()).toBe(cancelName);
    // reading goes on in the worker: the page's thread answers at once, again and again
    await page.waitForTimeout(1_500);
    const answers = [await pageAnswersIn(page), await pageAnswersIn(page), await pageAnswersIn(page)];
    expect(Math.max(...answers)).toBeLessThan(1_000);
    expect(await cancel.isVisible()).toBe(true); // still reading: the file is long to read
    const clicked = Date.now();
    await cancel.click();
    const status = page.getByTestId("status");
    await status.waitFor({ timeout: 5_000 });
    expect(Date.now() - clicked).toBeLessThan(5_000);
    expect(await status.textContent()).toMatch(lang === "zh" ? /^已取消:读取和检查已停止/ : /^Cancelled: reading and checking stopped/);
    expect(await page.getByTestId("error").count()).toBe(0);
    expect(await cancel.count()).toBe(0);
    // the workbook it had is still there
    expect(await page.getByTestId("workbook-title").textContent()).toBe("sample.xlsx");
  }

  it("reads a huge workbook in a worker, 取消 stops it and says so; the next file checks normally", async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    const refused: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => {
      if (/Content Security Policy/.test(m.text()) && !/telemetryservice/.test(m.text())) refused.push(m.text());
    });
    await page.goto(`${server.origin}/taskpane.html`);
    await runOnce(page, "zh");
    // the read worker's chunk was fetched: the file was read there, not in the page
    expect(server.requests.some((p) => /^\/xlsx-read\.[0-9a-f]+\.js$/.test(p))).toBe(true);

    const fixture = buildStatisticsWorkbook({ planted: true, totalRow: "top" });
    const file = join(scratch, fixture.file);
    writeFileSync(file, await fixtureBytes(fixture));
    await page.getByTestId("open-file").setInputFiles(file);
    await page.getByTestId("workbook-title").getByText(fixture.file).waitFor({ timeout: 60_000 });
    await page.getByRole("button", { name: "检查", exact: true }).click();
    await page.getByTestId("summary").waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-severity="error"] li').count()).toBe(fixture.expected.length);
    expect(fixture.expected.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    expect(refused).toEqual([]);
    await page.close();
  }, 300_000);

  it("a merge A1:XFD1048576 and a row 2,000,000,000 (which froze the tab): read in the worker in a moment, checked with their warnings", async () => {
    const bytes = await mutate(await bytesOf(baseWorkbook("scoring")), [
      { kind: "merge", ref: "A1:XFD1048576" },
      { kind: "dimension", ref: "A1:XFD1048576" },
      { kind: "row", row: 2_000_000_000, value: "x" },
    ]);
    const hostile = join(scratch, "hostile.xlsx");
    writeFileSync(hostile, bytes);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${server.origin}/taskpane.html?lang=en`);
    await page.getByTestId("workbook-title").getByText("sample.xlsx").waitFor({ timeout: 60_000 });
    const t0 = Date.now();
    await page.getByTestId("open-file").setInputFiles(hostile);
    expect(await pageAnswersIn(page)).toBeLessThan(1_000);
    await page.getByTestId("workbook-title").getByText("hostile.xlsx").waitFor({ timeout: 30_000 });
    expect(Date.now() - t0).toBeLessThan(30_000);
    await page.getByRole("button", { name: "Check", exact: true }).click();
    await page.getByTestId("summary").waitFor({ timeout: 60_000 });
    const warnings = await page.locator('[data-severity="warning"] li').allTextContents();
    expect(warnings.some((w) => /A1:XFD1048576/.test(w))).toBe(true);
    expect(warnings.some((w) => /2000000000/.test(w))).toBe(true);
    expect(await page.locator('[data-severity="error"] li').count()).toBeGreaterThan(0); // the planted errors are still found
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);

  it("says it in English with ?lang=en", async () => {
    const page = await context.newPage();
    await page.goto(`${server.origin}/taskpane.html?lang=en`);
    await runOnce(page, "en");
    await page.close();
  }, 300_000);
});
