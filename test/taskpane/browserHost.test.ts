/**
 * The plain-browser host over the committed sample workbook (assets/sample.xlsx), read with the
 * real xlsx host: the page starts on exactly this file.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { createBrowserHost } from "../../src/hosts/browser";
import { isPreviewable } from "../../src/hosts/browser/selection";
import { cellAt } from "../../src/engine/grid";
import { analyzeWorkbook } from "../../src/engine";

const SAMPLE = join(__dirname, "..", "..", "assets", "sample.xlsx");

function sampleBytes(): ArrayBuffer {
  const b = readFileSync(SAMPLE);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}

describe("createBrowserHost on the sample workbook", () => {
  it("reads every sheet; 统计表 has the seven parts of 182 and the planted 合计 180 at C12", async () => {
    const host = await createBrowserHost(sampleBytes(), "sample.xlsx");
    expect(host.kind).toBe("browser");
    expect(isPreviewable(host)).toBe(true);
    expect(await host.title()).toBe("sample.xlsx");
    const snapshot = await host.readSnapshot();
    expect(snapshot.sheets.length).toBeGreaterThanOrEqual(2);
    const stats = snapshot.sheets.find((s) => s.name === "统计表");
    expect(stats).toBeDefined();
    const parts = [4, 5, 6, 7, 8, 9, 10].map((r) => cellAt(stats!, r, 2));
    expect(parts).toEqual([105, 27, 14, 16, 5, 10, 5]);
    expect(cellAt(stats!, 11, 1)).toBe("合计");
    expect(cellAt(stats!, 11, 2)).toBe(180);
  });

  it("selects a cell or a sheet-qualified range and tells its listeners; an unknown sheet is an error", async () => {
    const host = await createBrowserHost(sampleBytes(), "sample.xlsx");
    const seen: unknown[] = [];
    const stop = host.subscribe(() => seen.push(host.selection()));
    await host.select("统计表", "C12");
    await host.select("统计表", "'统计表'!C5:C11");
    await host.select("统计表", "C12,C5:C11, 'x'!D5");
    stop();
    await host.select("统计表", "A1");
    expect(seen).toEqual([
      { sheet: "统计表", range: { top: 11, left: 2, bottom: 11, right: 2 } },
      { sheet: "统计表", range: { top: 4, left: 2, bottom: 10, right: 2 } },
      // more areas: the first is selected, the others are shown as related
      {
        sheet: "统计表",
        range: { top: 11, left: 2, bottom: 11, right: 2 },
        related: [
          { top: 4, left: 2, bottom: 10, right: 2 },
          { top: 4, left: 3, bottom: 4, right: 3 },
        ],
      },
    ]);
    await expect(host.select("没有这张表", "A1")).rejects.toThrow("没有这张表");
  });

  it("rejects bytes that are not a workbook", async () => {
    await expect(createBrowserHost(new TextEncoder().encode("not a workbook").buffer as ArrayBuffer, "x.xlsx")).rejects.toThrow();
  });

  // The product's first promise: the engine flags the sample's planted 合计 (issue 2).
  it("the engine flags the sample's planted 合计 at 统计表!C12 (182 expected, 180 found)", async () => {
    const host = await createBrowserHost(sampleBytes(), "sample.xlsx");
    const plan = analyzeWorkbook(await host.readSnapshot());
    const errors = plan.findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => [f.kind, f.sheet, f.cell, f.expected, f.actual])).toEqual([
      ["sum-mismatch", "统计表", "C12", 182, 180],
    ]);
  });
});
