/**
 * markFindings / clearMarks on the in-memory Excel: fills put back exactly (no fill, a colour, a
 * pattern), notes on ExcelApi 1.18, comments on 1.10, nothing below, and only the add-in's own
 * notes and comments removed; constant syncs; 5,000 findings under 5 MB per request.
 * Figures: 考核表 of a 乡镇 (出生人数 3人 → 9分, 合计 29 entered where the items add up to 30).
 */
import { MARKS_SHEET, MARK_COLORS, MARK_PREFIX, clearMarks, hasMarks, markFindings } from "../../../src/hosts/excel/marks";
import type { Finding, Severity } from "../../../src/engine/findings";
import { cellAddress } from "../../../src/engine/address";
import type { Progress } from "../../../src/hosts/host";
import type { FakeExcel, FakeFill, FakeSheetInit, FakeWorkbookInit } from "../../support/fakeExcel";
import { PAYLOAD_LIMIT_BYTES } from "../../support/fakeExcel";
import { createExcelHost } from "../../../src/hosts/excel";
import { fake, run } from "./helpers";

function finding(sheet: string, cell: string, severity: Severity, message: string): Finding {
  return { kind: "sum-mismatch", severity, sheet, cell, related: [], message, messageEn: message };
}

const SUM_WRONG = finding("考核表", "G5", "error", "合计 29 与 G2:G4 之和 30 不一致(相差 1)");
const OVER_MAX = finding("考核表", "G2", "warning", "出生人数 得分 12 超过上限 10 分(多 2)");
const RULE_UNREAD = finding("考核表", "D3", "info", "评分标准“达到95%得满分”未能理解");
const OTHER_SHEET = finding("汇总表", "C3", "error", "城关镇 综合得分 与 考核表 的 29 不一致(相差 1)");

function scoringSheet(): FakeSheetInit {
  return {
    name: "考核表",
    cells: {
      A1: "序号", B1: "考核内容", C1: "分值", D1: "评分标准", G1: "考核得分",
      A2: 1, B2: "出生人数", C2: 10, D2: "每人得3分,最高10分", G2: 12,
      A3: 2, B3: "政策符合率", C3: 20, D3: "达到95%得满分", G3: 20,
      A5: "合计", G5: 29,
    },
    // G2: no fill; G5: the clerk's yellow; D3: a patterned fill
    fills: { G5: "#FFFF00", D3: { color: "#FFFFFF", pattern: "Gray50", patternColor: "#00B050" } },
  };
}

function book(apiMinor: number, extra: Partial<FakeWorkbookInit> = {}): FakeExcel {
  return fake({
    apiMinor,
    sheets: [scoringSheet(), { name: "汇总表", cells: { A3: "城关镇", C3: 30 }, fills: { C3: "#D9D9D9" } }],
    ...extra,
  });
}

/** every sheet's fills, notes and comments, for before/after comparisons */
function formats(fx: FakeExcel) {
  const out: Record<string, { fills: Array<[number, FakeFill]>; notes: Array<[number, string]> }> = {};
  for (const s of fx.state.sheets)
    if (s.name !== MARKS_SHEET) out[s.name] = { fills: [...s.fills].sort((a, b) => a[0] - b[0]), notes: [...s.notes].sort((a, b) => a[0] - b[0]) };
  return { sheets: out, comments: fx.state.comments.map((c) => ({ sheet: c.sheet.name, row: c.row, col: c.col, content: c.content })) };
}

const fillAt = (fx: FakeExcel, sheet: string, a1: string) => {
  const s = fx.state.sheet(sheet);
  const [row, col] = [Number(a1.slice(1)) - 1, a1.charCodeAt(0) - 65];
  return s.fills.get(row * 16384 + col);
};
const noteAt = (fx: FakeExcel, sheet: string, a1: string) => {
  const [row, col] = [Number(a1.slice(1)) - 1, a1.charCodeAt(0) - 65];
  return fx.state.sheet(sheet).notes.get(row * 16384 + col);
};

describe("markFindings and clearMarks", () => {
  let restore: (() => void) | undefined;
  const open = (fx: FakeExcel) => {
    restore = fx.install();
    return fx;
  };
  afterEach(() => {
    restore?.();
    restore = undefined;
  });

  test("ExcelApi 1.18: fills by severity and a note per cell; clear puts back no fill, a colour and a pattern exactly", async () => {
    const fx = open(book(18));
    const before = formats(fx);
    const result = await run(fx, (c) => markFindings(c, [SUM_WRONG, OVER_MAX, RULE_UNREAD, OTHER_SHEET]));
    expect(result).toEqual({ cells: 4, annotation: "notes", annotated: 4 });
    expect(fillAt(fx, "考核表", "G5")).toEqual({ color: MARK_COLORS.error, pattern: "Solid" });
    expect(fillAt(fx, "考核表", "G2")).toEqual({ color: MARK_COLORS.warning, pattern: "Solid" });
    expect(fillAt(fx, "考核表", "D3")).toMatchObject({ color: MARK_COLORS.info, pattern: "Solid" });
    expect(fillAt(fx, "汇总表", "C3")).toEqual({ color: MARK_COLORS.error, pattern: "Solid" });
    expect(noteAt(fx, "考核表", "G5")).toBe(`${MARK_PREFIX}合计 29 与 G2:G4 之和 30 不一致(相差 1)`);
    expect(noteAt(fx, "汇总表", "C3")).toContain("城关镇 综合得分");
    // the record sheet is very hidden; the clerk's sheets are untouched otherwise
    expect(fx.state.sheet(MARKS_SHEET).visibility).toBe("VeryHidden");
    expect(fx.state.cell("考核表", "G5").value).toBe(29);
    expect(await run(fx, (c) => hasMarks(c))).toBe(true);

    expect(await run(fx, (c) => clearMarks(c))).toBe(true);
    expect(formats(fx)).toEqual(before);
    expect(fillAt(fx, "考核表", "G2")).toBeUndefined();
    expect(fillAt(fx, "考核表", "D3")).toEqual({ color: "#FFFFFF", pattern: "Gray50", patternColor: "#00B050" });
    expect(fx.state.sheets.map((s) => s.name)).toEqual(["考核表", "汇总表"]);
    expect(await run(fx, (c) => hasMarks(c))).toBe(false);
    expect(await run(fx, (c) => clearMarks(c))).toBe(false);
  });

  test("one cell with several findings: the worst colour, every message once", async () => {
    const fx = open(book(18));
    const twice = finding("考核表", "G5", "warning", "合计 29 小于各项之和");
    await run(fx, (c) => markFindings(c, [twice, SUM_WRONG, SUM_WRONG]));
    expect(fillAt(fx, "考核表", "G5")?.color).toBe(MARK_COLORS.error);
    expect(noteAt(fx, "考核表", "G5")).toBe(`${MARK_PREFIX}合计 29 小于各项之和\n${SUM_WRONG.message}`);
  });

  test("marking twice keeps the first fills: clear after two checks gives the original workbook", async () => {
    const fx = open(book(18));
    const before = formats(fx);
    await run(fx, (c) => markFindings(c, [SUM_WRONG, OVER_MAX]));
    await run(fx, (c) => markFindings(c, [SUM_WRONG, RULE_UNREAD, OTHER_SHEET]));
    // the second check's marks only: G2 is back to no fill, D3 marked
    expect(fillAt(fx, "考核表", "G2")).toBeUndefined();
    expect(noteAt(fx, "考核表", "G2")).toBeUndefined();
    expect(fillAt(fx, "考核表", "D3")?.color).toBe(MARK_COLORS.info);
    expect(fillAt(fx, "考核表", "G5")?.color).toBe(MARK_COLORS.error);
    expect(fx.state.sheets.filter((s) => s.name === MARKS_SHEET)).toHaveLength(1);
    await run(fx, (c) => clearMarks(c));
    expect(formats(fx)).toEqual(before);
  });

  test("the clerk's own notes stay: a flagged cell with a note keeps it, a rewritten add-in note stays", async () => {
    const base = scoringSheet();
    const fx = open(fake({ apiMinor: 18, sheets: [{ ...base, notes: { G5: "镇长已确认" } }] }));
    const result = await run(fx, (c) => markFindings(c, [SUM_WRONG, OVER_MAX, RULE_UNREAD]));
    expect(result).toMatchObject({ cells: 3, annotated: 2 });
    expect(noteAt(fx, "考核表", "G5")).toBe("镇长已确认");
    expect(fillAt(fx, "考核表", "G5")?.color).toBe(MARK_COLORS.error);
    // the clerk replaces the add-in's note on G2 with their own words
    const s = fx.state.sheet("考核表");
    s.notes.set(1 * 16384 + 6, "已核实,按10分计");
    await run(fx, (c) => clearMarks(c));
    expect(noteAt(fx, "考核表", "G5")).toBe("镇长已确认");
    expect(noteAt(fx, "考核表", "G2")).toBe("已核实,按10分计");
    expect(noteAt(fx, "考核表", "D3")).toBeUndefined();
    expect(fillAt(fx, "考核表", "G5")).toEqual({ color: "#FFFF00", pattern: "Solid" });
  });

  test("ExcelApi 1.10–1.17: threaded comments instead of notes, the clerk's comment kept", async () => {
    const fx = open(book(12, { comments: [{ sheet: "考核表", cell: "G2", content: "请复核出生人数" }] }));
    const before = formats(fx);
    const result = await run(fx, (c) => markFindings(c, [SUM_WRONG, OVER_MAX, OTHER_SHEET]));
    expect(result).toEqual({ cells: 3, annotation: "comments", annotated: 2 });
    const contents = fx.state.comments.map((c) => `${c.sheet.name}!${cellAddress(c.row, c.col)} ${c.content}`);
    expect(contents).toEqual([
      "考核表!G2 请复核出生人数",
      `考核表!G5 ${MARK_PREFIX}${SUM_WRONG.message}`,
      `汇总表!C3 ${MARK_PREFIX}${OTHER_SHEET.message}`,
    ]);
    expect(fx.state.sheet("考核表").notes.size).toBe(0);
    await run(fx, (c) => clearMarks(c));
    expect(formats(fx)).toEqual(before);
  });

  test("a sheet whose name Excel quotes ('It''s 表!2'!G2): the clerk's comment found by its address and kept, clear exact", async () => {
    const name = "It's 表!2";
    const fx = open(fake({ apiMinor: 12, sheets: [{ ...scoringSheet(), name }], comments: [{ sheet: name, cell: "G2", content: "请复核出生人数" }] }));
    const before = formats(fx);
    const result = await run(fx, (c) => markFindings(c, [{ ...SUM_WRONG, sheet: name }, { ...OVER_MAX, sheet: name }]));
    expect(result).toEqual({ cells: 2, annotation: "comments", annotated: 1 });
    expect(fx.state.comments.map((c) => `${cellAddress(c.row, c.col)} ${c.content}`)).toEqual(["G2 请复核出生人数", `G5 ${MARK_PREFIX}${SUM_WRONG.message}`]);
    await run(fx, (c) => clearMarks(c));
    expect(formats(fx)).toEqual(before);
  });

  test("Excel refuses a comment (a note it cannot see below 1.18): marked with fills only, no failure, clear still exact", async () => {
    const base = scoringSheet();
    const fx = open(fake({ apiMinor: 12, sheets: [{ ...base, notes: { G5: "镇长已确认" } }] }));
    const before = formats(fx);
    // G2's comment goes in before Excel refuses G5's: it must not be left behind
    const result = await run(fx, (c) => markFindings(c, [OVER_MAX, SUM_WRONG]));
    expect(result).toEqual({ cells: 2, annotation: "none", annotated: 0 });
    expect(fx.stats.log.some((l) => l.error === "InvalidOperation")).toBe(true);
    expect(fillAt(fx, "考核表", "G5")?.color).toBe(MARK_COLORS.error);
    expect(fx.state.comments).toEqual([]);
    await run(fx, (c) => clearMarks(c));
    expect(formats(fx)).toEqual(before);
  });

  test("below ExcelApi 1.10: fills only, no failure; below 1.9 a colour still comes back", async () => {
    const fx = open(book(8));
    const before = formats(fx);
    const result = await run(fx, (c) => markFindings(c, [SUM_WRONG, OVER_MAX, OTHER_SHEET]));
    expect(result).toEqual({ cells: 3, annotation: "none", annotated: 0 });
    expect(fillAt(fx, "考核表", "G5")?.color).toBe(MARK_COLORS.error);
    expect(fx.state.comments).toEqual([]);
    await run(fx, (c) => clearMarks(c));
    expect(formats(fx)).toEqual(before);
  });

  test("findings on a sheet that no longer exists are left out; a sheet deleted after marking is skipped by clear", async () => {
    const fx = open(book(18));
    const gone = finding("旧表", "A1", "error", "不存在的表");
    const result = await run(fx, (c) => markFindings(c, [gone, SUM_WRONG, OTHER_SHEET]));
    expect(result.cells).toBe(2);
    fx.state.sheets.splice(fx.state.sheets.findIndex((s) => s.name === "汇总表"), 1);
    expect(await run(fx, (c) => clearMarks(c))).toBe(true);
    expect(fillAt(fx, "考核表", "G5")).toEqual({ color: "#FFFF00", pattern: "Solid" });
  });

  test("a constant number of syncs, whatever the number of findings", async () => {
    const many = (n: number): Finding[] =>
      Array.from({ length: n }, (_, i) => finding("数据", cellAddress(i % 200, Math.floor(i / 200)), i % 3 ? "warning" : "error", `第 ${i + 1} 行 合计 与 各项之和 不一致(相差 ${i % 7 + 1})`));
    const counts: Array<{ mark: number; again: number; clear: number }> = [];
    for (const n of [3, 600]) {
      const fx = open(fake({ apiMinor: 18, sheets: [{ name: "数据", cells: { A1: 1 } }] }));
      fx.stats.reset();
      await run(fx, (c) => markFindings(c, many(n)));
      const mark = fx.stats.syncs;
      fx.stats.reset();
      await run(fx, (c) => markFindings(c, many(n)));
      const again = fx.stats.syncs;
      fx.stats.reset();
      await run(fx, (c) => clearMarks(c));
      counts.push({ mark, again, clear: fx.stats.syncs });
      restore?.();
      restore = undefined;
    }
    // mark: sheets, fills + notes read, record + fills + notes; clear: sheets, record, notes, fills
    expect(counts[0]).toEqual({ mark: 3, again: 4 + 3, clear: 4 });
    expect(counts[1]).toEqual(counts[0]);
  });

  test("comments take one more sync (their ids), still constant", async () => {
    const syncs: number[] = [];
    for (const n of [2, 300]) {
      const fx = open(fake({ apiMinor: 12, sheets: [{ name: "数据", cells: { A1: 1 } }] }));
      const fs = Array.from({ length: n }, (_, i) => finding("数据", cellAddress(i, 1), "error", `第 ${i + 1} 项 得分 超过上限`));
      fx.stats.reset();
      await run(fx, (c) => markFindings(c, fs));
      syncs.push(fx.stats.syncs);
      expect(fx.state.comments).toHaveLength(n);
      await run(fx, (c) => clearMarks(c));
      expect(fx.state.comments).toHaveLength(0);
      restore?.();
      restore = undefined;
    }
    expect(syncs).toEqual([4, 4]);
  });

  test("5,000 findings: every request under 5 MB, progress to 1, exact restore", async () => {
    const rows: FakeSheetInit["fills"] = {};
    for (let r = 1; r <= 2500; r += 5) rows[`C${r}`] = "#92D050";
    const fx = open(fake({ apiMinor: 18, sheets: [{ name: "统计报表", cells: { A1: "乡镇" }, fills: rows }] }));
    const before = formats(fx);
    const fs: Finding[] = [];
    for (let r = 1; r <= 2500; r++)
      for (const col of ["C", "D"])
        fs.push(finding("统计报表", `${col}${r}`, r % 2 ? "error" : "warning",
          `城关镇 第 ${r} 行 出生人数 ${r} 与 分项之和 ${r + 1} 不一致(相差 1);请核对户籍登记与上报数据是否一致`));
    const progress: Progress[] = [];
    fx.stats.reset();
    const result = await run(fx, (c) => markFindings(c, fs, (p) => progress.push(p)));
    expect(result).toEqual({ cells: 5000, annotation: "notes", annotated: 5000 });
    expect(fx.stats.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(fx.stats.maxResponseBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(fx.stats.log.every((l) => !l.error)).toBe(true);
    expect(fx.stats.syncs).toBeLessThanOrEqual(6);
    expect(progress[progress.length - 1]).toEqual({ phase: "write", fraction: 1 });
    expect(progress.every((p, i) => i === 0 || p.fraction >= progress[i - 1].fraction)).toBe(true);
    expect(fx.state.sheet("统计报表").notes.size).toBe(5000);
    fx.stats.reset();
    await run(fx, (c) => clearMarks(c));
    expect(fx.stats.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(formats(fx)).toEqual(before);
  });

  test("through the Excel host (as the task pane calls it): mark, hasMarks after reopening the pane, clear", async () => {
    const fx = open(book(18));
    const before = formats(fx);
    expect(await createExcelHost().hasMarks()).toBe(false);
    expect(await createExcelHost().markFindings([SUM_WRONG, OTHER_SHEET])).toMatchObject({ cells: 2, annotation: "notes" });
    const pane = createExcelHost();
    expect(await pane.hasMarks()).toBe(true);
    expect(await pane.clearMarks()).toBe(true);
    expect(formats(fx)).toEqual(before);
    expect(await pane.hasMarks()).toBe(false);
    expect(await pane.writeReport([SUM_WRONG], [], "zh")).toEqual({ sheet: "校验报告", rows: 1 });
  });

  test("a small request budget splits the work into more syncs, never over the limit", async () => {
    const fx = open(fake({ apiMinor: 18, payloadLimitBytes: 64 * 1024, sheets: [{ name: "数据", cells: { A1: 1 } }] }));
    const fs = Array.from({ length: 400 }, (_, i) => finding("数据", cellAddress(i, 2), "error", `第 ${i + 1} 项 合计 不一致`));
    await run(fx, (c) => markFindings(c, fs, undefined, { budgetBytes: 48 * 1024 }));
    expect(fx.stats.log.every((l) => !l.error)).toBe(true);
    expect(fx.state.sheet("数据").fills.size).toBe(400);
    await run(fx, (c) => clearMarks(c, undefined, { budgetBytes: 48 * 1024 }));
    expect(fx.stats.log.every((l) => !l.error)).toBe(true);
    expect(fx.state.sheet("数据").fills.size).toBe(0);
  });
});

/** The fake's new surface must behave as Office.js does where marks and the report depend on it. */
describe("fake Excel: fills, notes, comments, hyperlinks", () => {
  test("a cell without fill reads white with pattern None; pattern needs ExcelApi 1.9", async () => {
    const fx = fake({ apiMinor: 9, sheets: [{ name: "表", fills: { B1: "#ffc000" } }] });
    await run(fx, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("表");
      const a = ws.getRange("A1").format.fill;
      const b = ws.getRange("B1").format.fill;
      const both = ws.getRange("A1:B1").format.fill;
      a.load("color,pattern");
      b.load("color,pattern");
      both.load("color");
      await ctx.sync();
      expect([a.color, a.pattern, b.color, b.pattern, both.color]).toEqual(["#FFFFFF", "None", "#FFC000", "Solid", null]);
    });
    const old = fake({ apiMinor: 8, sheets: [{ name: "表" }] });
    await expect(
      run(old, async (ctx) => {
        ctx.workbook.worksheets.getItem("表").getRange("A1").format.fill.load("pattern");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  test("fill.clear and clear('Formats') remove the fill; setting a colour makes a solid fill", async () => {
    const fx = fake({ sheets: [{ name: "表", fills: { A1: "#FF0000", A2: "#00FF00" } }] });
    await run(fx, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("表");
      ws.getRange("A1").format.fill.clear();
      ws.getRange("A2").clear("Formats" as Excel.ClearApplyTo);
      ws.getRange("A3").format.fill.color = "#ddebf7";
      await ctx.sync();
    });
    const s = fx.state.sheet("表");
    expect([...s.fills.values()]).toEqual([{ color: "#DDEBF7", pattern: "Solid" }]);
  });

  test("notes need ExcelApi 1.18; a cell holds a note or a comment, not both", async () => {
    const fx17 = fake({ apiMinor: 17, sheets: [{ name: "表" }] });
    await expect(
      run(fx17, async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("表");
        ws.notes.add(ws.getRange("A1"), "x");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    const fx = fake({ apiMinor: 18, sheets: [{ name: "表", notes: { A1: "已有" } }], comments: [{ sheet: "表", cell: "B1", content: "评论" }] });
    for (const cell of ["A1", "B1"])
      await expect(
        run(fx, async (ctx) => {
          const ws = ctx.workbook.worksheets.getItem("表");
          ws.notes.add(ws.getRange(cell), "新");
          await ctx.sync();
        }),
      ).rejects.toMatchObject({ code: "InvalidOperation" });
    await expect(
      run(fx, async (ctx) => {
        ctx.workbook.comments.add(ctx.workbook.worksheets.getItem("表").getRange("A1"), "新");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    await run(fx, async (ctx) => {
      const missing = ctx.workbook.worksheets.getItem("表").notes.getItemOrNullObject("C1");
      const there = ctx.workbook.worksheets.getItem("表").notes.getItemOrNullObject("A1");
      there.load("content");
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(there.content).toBe("已有");
    });
  });

  test("a hyperlink shows its text in the cell and reads back after load", async () => {
    const fx = fake({ sheets: [{ name: "报告" }, { name: "考核表" }] });
    await run(fx, async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("报告").getRange("C4");
      r.hyperlink = { documentReference: "'考核表'!G5", textToDisplay: "G5" };
      r.load("hyperlink,values");
      await ctx.sync();
      expect(r.hyperlink).toEqual({ documentReference: "'考核表'!G5", textToDisplay: "G5" });
      expect(r.values).toEqual([["G5"]]);
    });
  });
});
