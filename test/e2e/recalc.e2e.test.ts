/**
 * End to end (issue 12), the production pane in headless Chromium (plain-browser mode), at
 * 320 px and 450 px, in Chinese and English: open a scoring sheet where the clerk typed a score
 * that differs from its standard → 检查 → settle a finding (已核实 with a note) → 计算得分… (the
 * typed number's row first and unticked) → 应用 → the typed number is unchanged → 撤销; and a
 * bad file (an old .xls, a .txt renamed .xlsx) gives a message in the pane's language that says
 * what to do. Screenshots of every step go to test-output/screenshots/recalc-*.png; nothing
 * in the pane may be wider than the window.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { ensureProductionBuild } from "../../scripts/build-once";
import { CHROMIUM_INSTALL, describeWith, systemProgram } from "../support/system";
import * as ExcelJS from "exceljs";
import { buildScoringWorkbook, fixtureBytes } from "../fixtures";
import { paneContextOptions, serveStatic, type RunningServer } from "./staticServer";

/**
 * A village sheet of `rows` rows, 5 columns (within the 600,000-cell budget of
 * src/hosts/xlsx/inspect.ts): each village's 合计 is its 一孩 + 二孩 + 多孩, except the village
 * `bad` (0-based), typed 2 too high; a 合计 row at the bottom sums every column.
 */
function largeWorkbook(rows: number, bad: number): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("村级统计");
  ws.addRow(["各村已婚育龄妇女情况"]);
  ws.addRow(["村名", "合计", "一孩", "二孩", "多孩"]);
  const sums = [0, 0, 0, 0];
  for (let i = 0; i < rows; i++) {
    const [a, b, c] = [50 + ((i * 7) % 300), 40 + ((i * 13) % 200), (i * 3) % 40];
    const figures = [a + b + c + (i === bad ? 2 : 0), a, b, c];
    figures.forEach((v, k) => (sums[k] += v));
    ws.addRow([`第${i + 1}村`, ...figures]);
  }
  ws.addRow(["合计", ...["B", "C", "D", "E"].map((col, k) => ({ formula: `SUM(${col}3:${col}${rows + 2})`, result: sums[k] }))]);
  return wb;
}

const chromiumProgram = systemProgram(["/usr/bin/chromium", "chromium"], CHROMIUM_INSTALL);
const SCREENSHOTS = join(__dirname, "..", "..", "test-output", "screenshots");
const SHEET = "考核评分表";

const WORDS = {
  zh: {
    check: "检查", recalc: "计算得分…", apply: "应用", undo: "撤销", open: "打开 .xlsx", verify: "已核实",
    summary: /^已读取 \d+ 张工作表;\d+ 个错误/, applied: /^已写入 \d+ 个单元格,并已重新检查。$/, undone: "已撤销上次写入,并已重新检查。",
    xls: /旧版 Excel 97-2003 \(\.xls\).*另存为/, txt: /不是 Excel 工作簿\(\.xlsx\).*请选择/, goTo: "转到",
  },
  en: {
    check: "Check", recalc: "Calculate scores…", apply: "Apply", undo: "Undo", open: "Open .xlsx", verify: "Verified",
    summary: /^Read \d+ sheets?; \d+ errors?/, applied: /^Wrote \d+ cells? and checked again\.$/, undone: "Undid the last write and checked again.",
    xls: /old Excel 97-2003 \(\.xls\).*Save As/, txt: /is not an Excel workbook \(\.xlsx\).*Choose/, goTo: "Go to",
  },
} as const;

describeWith(chromiumProgram)("计算得分… and settled findings in headless Chromium", () => {
  let server: RunningServer;
  let context: BrowserContext;
  let userDataDir: string;
  let scratch: string;
  let typedFile: string;
  let largeFile: string;
  /** one stated limit (src/engine/limits.ts) is 150,000 rows; the test sheet has 100,000 villages */
  const LARGE_ROWS = 100_000;
  /** the village whose 合计 is typed 2 too high: sheet row 99,003 */
  const BAD_ROW = 99_000;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    const dist = await ensureProductionBuild();
    server = await serveStatic(dist);
    userDataDir = mkdtempSync(join(tmpdir(), "assess-chromium-"));
    scratch = mkdtempSync(join(tmpdir(), "assess-e2e-recalc-"));
    context = await chromium.launchPersistentContext(userDataDir, paneContextOptions(chromiumProgram.path!));
    mkdirSync(SCREENSHOTS, { recursive: true });
    // the clerk typed 5 for 配备人员, where 3人 × 3分 = 9, and 12 for 信息通报, where 20 − 5 = 15
    const f = buildScoringWorkbook();
    f.workbook.getWorksheet(SHEET)!.getCell("G5").value = 5;
    f.workbook.getWorksheet(SHEET)!.getCell("G10").value = 12;
    typedFile = join(scratch, "考核表.xlsx");
    writeFileSync(typedFile, await fixtureBytes(f));
    // an old .xls (the OLE2 signature) and a text file renamed .xlsx
    writeFileSync(join(scratch, "旧表.xls"), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]));
    writeFileSync(join(scratch, "说明.xlsx"), "这是一个改了扩展名的文本文件\n");
    largeFile = join(scratch, "村级统计.xlsx");
    await largeWorkbook(LARGE_ROWS, BAD_ROW).xlsx.writeFile(largeFile);
  }, 400_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  async function openPane(lang: "zh" | "en", width: number): Promise<Page> {
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 900 });
    page.on("pageerror", (err) => pageErrors.push(err.message));
    await page.goto(`${server.origin}/taskpane.html?lang=${lang}`);
    await page.getByTestId("workbook-title").waitFor({ timeout: 60_000 });
    return page;
  }

  /** Nothing in the pane is wider than the window (a control cut off at 320 px would be). */
  async function expectNoOverflow(page: Page, width: number): Promise<void> {
    const overflow = await page.evaluate((w) => {
      // a control inside a scrolling box (the sheet grid, the sheet tabs) is reached by scrolling that box
      const inScroller = (el: Element) => {
        for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
          const o = getComputedStyle(p).overflowX;
          if (o === "auto" || o === "scroll") return true;
        }
        return false;
      };
      const wide = [...document.querySelectorAll("main button, main input, main [role=checkbox], main table")].filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && !inScroller(el) && (r.right > w + 1 || r.left < -1);
      });
      return { scroll: document.documentElement.scrollWidth, wide: wide.map((el) => (el.textContent ?? el.tagName).slice(0, 40)) };
    }, width);
    expect(overflow.wide).toEqual([]);
    expect(overflow.scroll).toBeLessThanOrEqual(width);
  }

  const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOTS, `recalc-${name}.png`), fullPage: true });

  it("the grid reaches a finding on row 99,003 of a 100,000-row sheet, row numbers in view", async () => {
    const page = await openPane("zh", 320);
    await page.getByTestId("open-file").setInputFiles(largeFile);
    await page.getByTestId("workbook-title").getByText("村级统计.xlsx").waitFor({ timeout: 180_000 });
    const grid = page.getByTestId("sheet-preview");
    // the whole sheet was read: title, header, 100,000 villages, 合计
    expect(await grid.getAttribute("data-rows")).toBe(String(LARGE_ROWS + 3));
    await page.getByRole("button", { name: "检查", exact: true }).click();
    await page.getByTestId("summary").waitFor({ timeout: 180_000 });
    const row = BAD_ROW + 3;
    const cell = `B${row}`;
    await page.locator(`[data-finding-key^="村级统计!${cell}!sum-mismatch"]`).click();
    await page.waitForFunction((c) => document.querySelector(`[data-testid="sheet-preview"] [data-cell="${c}"]`)?.getAttribute("aria-selected") === "true", cell, { timeout: 30_000 });
    // the cells it was compared with are shown beside it
    expect(await grid.locator(`[data-cell="C${row}"]`).getAttribute("data-related")).toBe("true");
    // only a window of rows is in the page, and the row number of the finding's row is visible beside it
    expect(await grid.locator("tbody tr[data-index]").count()).toBeLessThan(200);
    const label = grid.locator(`tr[data-index="${row - 1}"] th`);
    expect(await label.textContent()).toBe(String(row));
    const [gridBox, labelBox, cellBox] = [await grid.boundingBox(), await label.boundingBox(), await grid.locator(`[data-cell="${cell}"]`).boundingBox()];
    expect(labelBox!.y).toBeGreaterThanOrEqual(gridBox!.y);
    expect(labelBox!.y + labelBox!.height).toBeLessThanOrEqual(gridBox!.y + gridBox!.height + 1);
    expect(labelBox!.x).toBeGreaterThanOrEqual(gridBox!.x - 1);
    expect(cellBox!.x + cellBox!.width).toBeLessThanOrEqual(gridBox!.x + gridBox!.width + 1);
    await grid.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, "recalc-zh-320-grid-100000.png") });
    expect(pageErrors).toEqual([]);
    await page.close();
  }, 400_000);

  for (const lang of ["zh", "en"] as const) {
    for (const width of [320, 450]) {
      const w = WORDS[lang];
      const tag = `${lang}-${width}`;

      it(`${tag}: check → settle → 计算得分… (typed number unticked) → 应用 keeps it → 撤销`, async () => {
        const page = await openPane(lang, width);
        // 打开 .xlsx comes first in the toolbar; 检查 is the one primary action
        const toolbar = page.getByRole("toolbar");
        expect((await toolbar.getByRole("button").allTextContents())[0]).toBe(w.open);
        await page.getByTestId("open-file").setInputFiles(typedFile);
        await page.getByTestId("workbook-title").getByText("考核表.xlsx").waitFor({ timeout: 60_000 });
        await page.getByRole("button", { name: w.check, exact: true }).click();
        const summary = page.getByTestId("summary");
        await summary.waitFor({ timeout: 60_000 });
        expect(await summary.textContent()).toMatch(w.summary);
        await expectNoOverflow(page, width);
        await shot(page, `${tag}-1-checked`);

        // settle the finding on G10 (the clerk's 12): 已核实 with a note
        const g10 = page.locator(`[data-finding-key^="${SHEET}!G10!entered-score-mismatch"]`);
        await g10.click();
        const settle = page.getByTestId("settle");
        await settle.getByRole("textbox").fill(lang === "zh" ? "考核组已认可" : "agreed with the assessors");
        await settle.getByRole("button", { name: w.verify, exact: true }).click();
        const settled = page.getByTestId("settled-findings");
        await settled.waitFor({ timeout: 60_000 });
        await settled.locator("summary").click();
        expect(await settled.getByTestId("settled-finding").evaluateAll((els) => els.map((e) => e.getAttribute("data-cell")))).toEqual([`${SHEET}!G10`]);
        await expectNoOverflow(page, width);
        await shot(page, `${tag}-2-settled`);

        // 计算得分…: the typed numbers' rows first, not selected
        await page.getByRole("button", { name: w.recalc, exact: true }).click();
        const preview = page.getByTestId("recalc-preview");
        await preview.waitFor({ timeout: 60_000 });
        const rows = await preview.getByTestId("preview-row").evaluateAll((trs) =>
          trs.map((tr) => ({ cell: tr.getAttribute("data-cell"), typed: tr.getAttribute("data-typed"), selected: tr.getAttribute("data-selected") })),
        );
        const g5 = rows.find((r) => r.cell === `${SHEET}!G5`)!;
        expect(g5).toEqual({ cell: `${SHEET}!G5`, typed: "true", selected: "false" });
        expect(rows[0].typed).toBe("true");
        expect(await preview.getByTestId("recalc-typed-count").textContent()).toMatch(lang === "zh" ? /^其中 \d+ 处将改变已填写的得分/ : /^\d+ of them would change a score someone typed/);
        expect(await preview.locator(`[data-cell="${SHEET}!G5"] [data-testid="preview-explain"]`).textContent()).toBe(
          lang === "zh" ? "3人 × 3分 = 9分(上限 10分)" : "3 × 3 = 9 (cap 10)",
        );
        await expectNoOverflow(page, width);
        await preview.scrollIntoViewIfNeeded();
        await shot(page, `${tag}-3-preview`);

        await preview.getByRole("button", { name: w.apply, exact: true }).click();
        const status = page.getByTestId("status");
        await page.waitForFunction((re) => new RegExp(re).test(document.querySelector('[data-testid="status"]')?.textContent ?? ""), w.applied.source, { timeout: 60_000 });
        // the typed number is unchanged: the grid shows 5 in G5 of the scoring sheet
        const grid = page.getByTestId("sheet-preview");
        await page.locator(`[data-finding-key^="${SHEET}!G5!"]`).first().click();
        await page.waitForFunction((sheet) => document.querySelector('[data-testid="sheet-preview"]')?.getAttribute("data-sheet") === sheet, SHEET);
        expect(await grid.locator('[data-cell="G5"]').textContent()).toBe("5");
        await expectNoOverflow(page, width);
        await shot(page, `${tag}-4-applied`);

        await page.getByRole("button", { name: w.undo, exact: true }).click();
        await page.waitForFunction((t) => document.querySelector('[data-testid="status"]')?.textContent === t, w.undone, { timeout: 60_000 });
        expect(await status.textContent()).toBe(w.undone);
        expect(await grid.locator('[data-cell="G5"]').textContent()).toBe("5");
        await shot(page, `${tag}-5-undone`);
        expect(pageErrors).toEqual([]);
        await page.close();
      }, 300_000);

      it(`${tag}: a bad file says what to do, in the pane's language`, async () => {
        const page = await openPane(lang, width);
        for (const [file, re, name] of [["旧表.xls", w.xls, "xls"], ["说明.xlsx", w.txt, "txt"]] as const) {
          await page.getByTestId("open-file").setInputFiles(join(scratch, file));
          const alert = page.getByTestId("error");
          await alert.waitFor({ timeout: 60_000 });
          const text = (await alert.textContent()) ?? "";
          expect(text).toMatch(re);
          if (lang === "zh") expect(text.replace(/Excel|WPS|xlsx|xls/g, "")).not.toMatch(/[A-Za-z]{2,}/);
          await expectNoOverflow(page, width);
          await shot(page, `${tag}-bad-${name}`);
        }
        expect(pageErrors).toEqual([]);
        await page.close();
      }, 120_000);
    }
  }
});
