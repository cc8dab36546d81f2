/**
 * The fake must behave like Office.js where the add-in depends on it, or the host tests prove
 * nothing: these pin the semantics down.
 */
import { typeAsExcel } from "../../support/fakeExcel";
import { fake, run } from "./helpers";

const book = () => fake({ sheets: [{ name: "表一", cells: { A1: 858, B2: { formula: "=A1*2", value: 1716 } } }] });

describe("fake Excel semantics", () => {
  test("a property is unreadable until loaded and synced", async () => {
    const fx = book();
    await run(fx, async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("表一").getRange("A1");
      expect(() => r.values).toThrow(/not available/);
      r.load("values");
      expect(() => r.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      expect(r.values).toEqual([[858]]);
      expect(() => r.formulas).toThrow(/not available/);
    });
  });

  test("writes wait for sync; reads in the same batch see earlier writes", async () => {
    const fx = book();
    await run(fx, async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("表一").getRange("A1");
      r.values = [[832]];
      expect(fx.state.cell("表一", "A1").value).toBe(858);
      r.load("values");
      await ctx.sync();
      expect(fx.state.cell("表一", "A1").value).toBe(832);
      expect(r.values).toEqual([[832]]);
    });
  });

  test("2-D arrays must match the range; a single value fills it", async () => {
    const fx = book();
    await expect(
      run(fx, async (ctx) => {
        ctx.workbook.worksheets.getItem("表一").getRange("A1:B2").values = [[1, 2]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await run(fx, async (ctx) => {
      (ctx.workbook.worksheets.getItem("表一").getRange("C1:C2") as unknown as { values: unknown }).values = 7;
      await ctx.sync();
    });
    expect(fx.state.cell("表一", "C2").value).toBe(7);
  });

  test("isNullObject after sync; missing items fail at sync", async () => {
    const fx = book();
    await run(fx, async (ctx) => {
      const none = ctx.workbook.worksheets.getItemOrNullObject("无");
      const used = ctx.workbook.worksheets.getItem("表一").getUsedRangeOrNullObject(true);
      used.load("address");
      expect(() => none.isNullObject).toThrow();
      await ctx.sync();
      expect(none.isNullObject).toBe(true);
      expect(used.isNullObject).toBe(false);
      expect(used.address).toBe("表一!A1:B2");
      ctx.workbook.worksheets.getItem("无").getRange("A1").load("values");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
  });

  test("values, formulas, valueTypes as Office.js reports them; sheet names quoted in addresses", async () => {
    const fx = fake({ sheets: [{ name: "It's 表", cells: { A1: { error: "#N/A" }, B1: true, C1: "x", D1: { formula: "=1/0", error: "#DIV/0!" } } }] });
    await run(fx, async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("it's 表").getRange("A1:E1"); // names match case-insensitively
      r.load("values,formulas,valueTypes,address");
      await ctx.sync();
      expect(r.values).toEqual([["#N/A", true, "x", "#DIV/0!", ""]]);
      expect(r.formulas).toEqual([["#N/A", true, "x", "=1/0", ""]]);
      expect(r.valueTypes).toEqual([["Error", "Boolean", "String", "Error", "Empty"]]);
      expect(r.address).toBe("'It''s 表'!A1:E1");
    });
  });

  test("text written through values is typed as Excel types it, except under the @ format", () => {
    expect(typeAsExcel("0123", "General")).toEqual({ value: 123, formula: null });
    expect(typeAsExcel("46%", "General")).toEqual({ value: 0.46, formula: null });
    expect(typeAsExcel("=A1", "General")).toEqual({ value: null, formula: "=A1" });
    expect(typeAsExcel("TRUE", "General")).toEqual({ value: true, formula: null });
    expect(typeAsExcel("#N/A", "General")).toEqual({ value: { error: "#N/A" }, formula: null });
    expect(typeAsExcel("'0123", "General")).toEqual({ value: "0123", formula: null });
    expect(typeAsExcel("3人", "General")).toEqual({ value: "3人", formula: null });
    expect(typeAsExcel("=A1", "@")).toEqual({ value: "=A1", formula: null });
  });

  test("counts syncs and refuses a request over 5 MB", async () => {
    const fx = book();
    await expect(
      run(fx, async (ctx) => {
        const big = Array.from({ length: 200000 }, () => ["考核得分考核得分考核得分"]);
        ctx.workbook.worksheets.getItem("表一").getRange("A1:A200000").values = big;
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(fx.state.cell("表一", "A1").value).toBe(858); // nothing applied
    expect(fx.stats.syncs).toBe(1);
    expect(fx.stats.log[0].requestBytes).toBeGreaterThan(5 * 1024 * 1024);
  });

  test("methods newer than the host's ExcelApi fail with ApiNotFound", async () => {
    const fx = fake({ apiMinor: 12, sheets: [{ name: "S", cells: { A1: 1 } }] });
    await expect(
      run(fx, async (ctx) => {
        ctx.workbook.worksheets.getItem("S").getRange("A1").getMergedAreasOrNullObject().load("address");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    expect(fx.Office.context.requirements.isSetSupported("ExcelApi", "1.12")).toBe(true);
    expect(fx.Office.context.requirements.isSetSupported("ExcelApi", "1.13")).toBe(false);
  });
});
