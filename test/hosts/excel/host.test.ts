/** createExcelHost over Excel.run, and click-to-cell. */
import { createExcelHost, fileNameFromUrl } from "../../../src/hosts/excel";
import { selectCell } from "../../../src/hosts/excel/select";
import { cellAt } from "../../../src/engine/grid";
import { fake, run } from "./helpers";
import { createFakeExcel } from "../../support/fakeExcel";

describe("Excel host", () => {
  test("select activates the sheet and selects the range in one sync", async () => {
    const fx = fake({ sheets: [{ name: "考核表", cells: { A1: 1 } }, { name: "统计 表", cells: { C12: 180 } }] });
    await run(fx, (c) => selectCell(c, "统计 表", "C12"));
    expect(fx.state.activeSheet).toBe("统计 表");
    expect(fx.state.selection).toEqual({ sheet: "统计 表", address: "C12" });
    expect(fx.stats.syncs).toBe(1);
    await run(fx, (c) => selectCell(c, "考核表", "C5:C11"));
    expect(fx.state.selection).toEqual({ sheet: "考核表", address: "C5:C11" });
    expect(fx.stats.syncs).toBe(2);
  });

  test("a finding's cell with the cells it was compared with: one multi-area selection on ExcelApi 1.18, the cell alone below", async () => {
    for (const [apiMinor, want] of [
      [18, "C12,C5:C11"],
      [17, "C12"],
    ] as const) {
      const fx = createFakeExcel({ apiMinor, sheets: [{ name: "考核表", cells: { A1: 1 } }, { name: "统计表", cells: { C12: 180 } }] });
      const restore = fx.install(); // requirement sets are asked of Office.context
      try {
        await run(fx, (c) => selectCell(c, "统计表", "C12,C5:C11"));
      } finally {
        restore();
      }
      expect(fx.state.activeSheet).toBe("统计表");
      expect(fx.state.selection).toEqual({ sheet: "统计表", address: want });
      expect(fx.stats.syncs).toBe(1);
    }
  });

  test("a missing or hidden sheet is a clear error, not a silent no-op", async () => {
    const fx = fake({ sheets: [{ name: "考核表" }, { name: "隐藏表", visibility: "Hidden", cells: { A1: 1 } }] });
    await expect(run(fx, (c) => selectCell(c, "无此表", "A1"))).rejects.toMatchObject({
      code: "ItemNotFound",
      message: expect.stringMatching(/无法定位到 无此表!A1/),
    });
    await expect(run(fx, (c) => selectCell(c, "隐藏表", "A1"))).rejects.toThrow(/已隐藏/);
    expect(fx.state.selection).toBeNull();
  });

  test("title from the document URL, else the workbook name; readSnapshot and select through Excel.run", async () => {
    const fx = fake({
      name: "考核评分表.xlsx",
      url: "https://contoso.sharepoint.com/sites/x/Shared%20Documents/2024%E5%B9%B4%E8%80%83%E6%A0%B8.xlsx?web=1",
      sheets: [{ name: "考核表", cells: { B2: 858 } }],
    });
    const restore = fx.install();
    try {
      const host = createExcelHost();
      expect(host.kind).toBe("excel");
      expect(await host.title()).toBe("2024年考核.xlsx");
      fx.state.url = "";
      expect(await host.title()).toBe("考核评分表.xlsx");
      const snap = await host.readSnapshot();
      expect(cellAt(snap.sheets[0], 1, 1)).toBe(858);
      await host.select("考核表", "B2");
      expect(fx.state.selection).toEqual({ sheet: "考核表", address: "B2" });
    } finally {
      restore();
    }
  });

  test("fileNameFromUrl handles paths, encodings and nothing", () => {
    expect(fileNameFromUrl("C:\\Users\\clerk\\考核表.xlsx")).toBe("考核表.xlsx");
    expect(fileNameFromUrl("/home/clerk/a%20b.xlsx")).toBe("a b.xlsx");
    expect(fileNameFromUrl(undefined)).toBe("");
  });
});
