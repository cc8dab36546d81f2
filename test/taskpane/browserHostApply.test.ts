/**
 * The plain-browser host's writing side: 重新计算 applies the engine's writes to the ExcelJS
 * workbook it opened, its snapshot shows them, 撤销 puts back exactly what was there, 下载结果
 * saves the workbook as it is now, and the clerk's settings live in memory (reaching the engine
 * through the snapshot, as in Excel).
 */
import * as ExcelJS from "exceljs";
import { analyzeWorkbook } from "../../src/engine";
import { cellAt, numberFormatAt } from "../../src/engine/grid";
import { parseCellAddress } from "../../src/engine/address";
import { createBrowserHost, isDownloadable } from "../../src/hosts/browser";
import { downloadName } from "../../src/taskpane/download";
import { readXlsx } from "../../src/hosts/xlsx/read";
import { EMPTY_SETTINGS, parseSettings, SETTINGS_SHEET } from "../../src/hosts/excel/records";
import { optionsFromSettings } from "../../src/taskpane/options";
import { buildScoringWorkbook, fixtureBytes } from "../fixtures";

async function scoringHost(opts: { assessedBlank?: boolean } = {}) {
  const f = buildScoringWorkbook(opts);
  const b = await fixtureBytes(f);
  return createBrowserHost(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer, "考核表.xlsx");
}

describe("the browser host applies and undoes the engine's writes", () => {
  it("apply → the snapshot reflects the writes → undo restores the snapshot exactly", async () => {
    const host = await scoringHost();
    expect(await host.canUndo()).toBe(false);
    expect(await host.undo()).toBe(false);
    const before = await host.readSnapshot();
    const frozen = JSON.parse(JSON.stringify(before));
    const plan = analyzeWorkbook(before);
    expect(plan.writes.length).toBeGreaterThan(5);

    const phases: string[] = [];
    await host.applyWrites(plan.writes, (p) => phases.push(p.phase));
    expect(phases).toContain("write");
    expect(await host.canUndo()).toBe(true);
    const after = await host.readSnapshot();
    // the preview grid shows the same workbook
    expect(host.snapshot).toBe(after);
    for (const w of plan.writes) {
      const sheet = after.sheets.find((s) => s.name === w.sheet)!;
      const { row, col } = parseCellAddress(w.cell);
      expect([w.cell, sheet.formulas?.[row]?.[col]]).toEqual([w.cell, w.formula]);
      expect([w.cell, cellAt(sheet, row, col)]).toEqual([w.cell, w.value]);
      // a value typed as text ("3人") made a number shown as typed: its number format too
      if (w.kind === "normalise-value") expect([w.cell, numberFormatAt(sheet, row, col)]).toEqual([w.cell, w.numberFormat]);
    }
    expect(plan.writes.some((w) => w.kind === "normalise-value")).toBe(true);
    // the original snapshot object was not changed under the caller
    expect(JSON.parse(JSON.stringify(before))).toEqual(frozen);

    expect(await host.undo()).toBe(true);
    expect(await host.canUndo()).toBe(false);
    expect(JSON.parse(JSON.stringify(await host.readSnapshot()))).toEqual(frozen);
  });

  it("writes plain values when the plan was made with `values`, and undo empties the cells again", async () => {
    const host = await scoringHost({ assessedBlank: true });
    const plan = analyzeWorkbook(await host.readSnapshot(), { values: true });
    expect(plan.writes.every((w) => !w.formula)).toBe(true);
    await host.applyWrites(plan.writes);
    const after = await host.readSnapshot();
    const w = plan.writes[0];
    const sheet = after.sheets.find((s) => s.name === w.sheet)!;
    const { row, col } = parseCellAddress(w.cell);
    expect(sheet.formulas?.[row]?.[col] ?? null).toBeNull();
    expect(w.value).not.toBeNull();
    expect(cellAt(sheet, row, col)).toBe(w.value);
    await host.undo();
    const undone = (await host.readSnapshot()).sheets.find((s) => s.name === w.sheet)!;
    expect(cellAt(undone, row, col)).toBeNull();
  });

  it("refuses a write to a sheet that does not exist and leaves the workbook as it was", async () => {
    const host = await scoringHost();
    const before = JSON.parse(JSON.stringify(await host.readSnapshot()));
    const plan = analyzeWorkbook(await host.readSnapshot());
    const bad = [...plan.writes, { ...plan.writes[0], sheet: "没有这张表" }];
    await expect(host.applyWrites(bad)).rejects.toThrow("没有这张表");
    expect(await host.canUndo()).toBe(false);
    expect(JSON.parse(JSON.stringify(await host.readSnapshot()))).toEqual(before);
  });

  it("downloads the recalculated workbook: formulas with their values cached, under name-校验.xlsx", async () => {
    const host = await scoringHost();
    expect(isDownloadable(host)).toBe(true);
    expect(downloadName(host.name)).toBe("考核表-校验.xlsx");
    expect(downloadName("sample")).toBe("sample-校验.xlsx");
    const plan = analyzeWorkbook(await host.readSnapshot());
    await host.applyWrites(plan.writes);
    const bytes = await host.toXlsx();
    const { snapshot, workbook } = await readXlsx(bytes);
    expect(workbook).toBeInstanceOf(ExcelJS.Workbook);
    const w = plan.writes[0];
    const sheet = snapshot.sheets.find((s) => s.name === w.sheet)!;
    const { row, col } = parseCellAddress(w.cell);
    expect(sheet.formulas?.[row]?.[col]).toBe(w.formula);
    expect(cellAt(sheet, row, col)).toBe(w.value);
    // a consistent file after recalculation: nothing left for the engine to write differently
    const again = analyzeWorkbook(snapshot);
    expect(again.findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});

describe("the browser host's settings", () => {
  it("keeps settings in memory; saved ones reach the engine through the snapshot", async () => {
    const host = await scoringHost();
    expect(await host.loadSettings()).toEqual(EMPTY_SETTINGS);
    const plan = analyzeWorkbook(await host.readSnapshot());
    const locked = `${plan.writes[0].sheet}!${plan.writes[0].cell}`;
    const next = { ...EMPTY_SETTINGS, lockedCells: [locked] };
    await host.saveSettings(next);
    expect(await host.loadSettings()).toEqual(next);
    const snapshot = await host.readSnapshot();
    // kept where the Excel host keeps them, so every reader of the snapshot sees them
    const stored = snapshot.sheets.find((s) => s.name === SETTINGS_SHEET)!;
    expect(parseSettings(stored.values.map((r) => r[0]).join(""))).toEqual(next);
    // the preview grid does not show the add-in's sheets
    expect(host.snapshot.sheets.some((s) => s.name.startsWith("_assess"))).toBe(false);
    const replanned = analyzeWorkbook(snapshot, optionsFromSettings(await host.loadSettings()));
    expect(replanned.writes.map((w) => `${w.sheet}!${w.cell}`)).not.toContain(locked);
    expect(replanned.writes.length).toBe(plan.writes.length - 1);
  });
});
