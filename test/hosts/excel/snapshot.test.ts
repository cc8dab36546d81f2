/**
 * readWorkbookSnapshot on the in-memory Excel: what it reads, and in how many round trips.
 * Figures are from the seeds' 统计报表 (出生 858 = 832 + 26; 已婚育龄妇女 182).
 */
import { readWorkbookSnapshot } from "../../../src/hosts/excel/snapshot";
import { cellAt, formulaAt, numberFormatAt } from "../../../src/engine/grid";
import { PAYLOAD_LIMIT_BYTES, type FakeSheetInit } from "../../support/fakeExcel";
import { fake, run } from "./helpers";

function statsSheet(): FakeSheetInit {
  // the table starts at B3, not A1: the snapshot must pad
  return {
    name: "统计表",
    cells: {
      B3: "项目", C3: "合计", D3: "其中",
      B4: "出生", C4: { formula: "=D4+E4", value: 858 }, D4: 832, E4: 26,
      B5: "出生率", C5: { value: 0.0123, numberFormat: "0.00%" },
      B6: "性别比", C6: { formula: "=D6/E6", error: "#DIV/0!" }, D6: 1, E6: 0,
      B7: "备注", C7: { error: "#REF!" }, D7: true, E7: "3人",
      B8: "已婚育龄妇女", C8: 182,
    },
    merges: ["D3:E3", "B7:B8"],
    hiddenRows: [4], // row 5
    hiddenCols: [3], // column D
  };
}

/** A heading and `n − 1` unit rows of 8 columns, a score formula on each. */
function unitRows(n: number) {
  return Array.from({ length: n }, (_, r) =>
    r === 0
      ? ["序号", "单位", "指标", "实际值", "得分", "满分", "备注", "合计"]
      : [r, `单位${r}`, "出生人数", 832 + (r % 50), { formula: `=MIN(10,3*D${r + 1})`, value: 10 }, 10, r % 7 ? "" : "核实", 858],
  );
}

describe("readWorkbookSnapshot", () => {
  test("values, formulas, formats, errors, merges, hidden rows/cols, padding to A1", async () => {
    const fx = fake({ sheets: [statsSheet()] });
    const restore = fx.install();
    try {
      const snap = await run(fx, (c) => readWorkbookSnapshot(c));
      expect(snap.sheets).toHaveLength(1);
      const s = snap.sheets[0];
      expect(s.name).toBe("统计表");
      expect(s.values).toHaveLength(8); // rows 1..8
      expect(s.values[0]).toEqual([]);
      expect(s.values[1]).toEqual([]);
      expect(s.values[2]).toEqual([null, "项目", "合计", "其中", null]);
      expect(s.values[3]).toEqual([null, "出生", 858, 832, 26]);
      expect(cellAt(s, 5, 2)).toEqual({ error: "#DIV/0!" });
      expect(cellAt(s, 6, 2)).toEqual({ error: "#REF!" });
      expect(cellAt(s, 6, 3)).toBe(true);
      expect(cellAt(s, 6, 4)).toBe("3人");
      expect(cellAt(s, 7, 2)).toBe(182);
      expect(cellAt(s, 7, 3)).toBeNull();
      expect(formulaAt(s, 3, 2)).toBe("=D4+E4");
      expect(formulaAt(s, 5, 2)).toBe("=D6/E6");
      expect(formulaAt(s, 3, 3)).toBeNull();
      expect(numberFormatAt(s, 4, 2)).toBe("0.00%");
      expect(numberFormatAt(s, 3, 3)).toBeNull(); // General is not stored
      expect(s.merges).toEqual([
        { top: 2, left: 3, bottom: 2, right: 4 },
        { top: 6, left: 1, bottom: 7, right: 1 },
      ]);
      expect(s.hiddenRows).toEqual([4]);
      expect(s.hiddenCols).toEqual([3]);
      expect(s.hidden).toBeUndefined();
      expect(s.truncated).toBeUndefined();
    } finally {
      restore();
    }
  });

  test("empty sheet, hidden sheet, text that looks like a formula, and the undo sheet left out", async () => {
    const fx = fake({
      sheets: [
        { name: "空表" },
        { name: "隐藏", visibility: "Hidden", cells: { A1: "=abc", A2: "0123", B1: { value: "=x", numberFormat: "@" } } },
        { name: "_assess_undo", visibility: "VeryHidden", cells: { A1: "{}" } },
        { name: "All hidden", cells: { A1: 1, B2: 2 }, hiddenRows: [0, 1] },
      ],
    });
    const restore = fx.install();
    try {
      const snap = await run(fx, (c) => readWorkbookSnapshot(c));
      expect(snap.sheets.map((s) => s.name)).toEqual(["空表", "隐藏", "All hidden"]);
      expect(snap.sheets[0].values).toEqual([]);
      expect(snap.sheets[1].hidden).toBe(true);
      expect(snap.sheets[1].values).toEqual([["=abc", "=x"], ["0123", null]]);
      expect(snap.sheets[1].formulas).toBeUndefined();
      expect(snap.sheets[1].numberFormats?.[0]?.[1]).toBe("@");
      expect(snap.sheets[2].hiddenRows).toEqual([0, 1]);
      expect(snap.sheets[2].hiddenCols).toBeUndefined();
    } finally {
      restore();
    }
  });

  test("a 10-sheet workbook is read in 3 syncs", async () => {
    const sheets: FakeSheetInit[] = Array.from({ length: 10 }, (_, i) => ({
      ...statsSheet(),
      name: `第${i + 1}表`,
    }));
    const fx = fake({ sheets });
    const restore = fx.install();
    try {
      const snap = await run(fx, (c) => readWorkbookSnapshot(c));
      expect(snap.sheets).toHaveLength(10);
      expect(snap.sheets.every((s) => cellAt(s, 3, 2) === 858 && s.merges?.length === 2)).toBe(true);
      expect(fx.stats.syncs).toBeLessThanOrEqual(3);
      expect(fx.stats.syncs).toBe(3);
    } finally {
      restore();
    }
  });

  test("sync count does not grow with the number of sheets", async () => {
    const fx = fake({ sheets: Array.from({ length: 60 }, (_, i) => ({ ...statsSheet(), name: `S${i}` })) });
    const restore = fx.install();
    try {
      await run(fx, (c) => readWorkbookSnapshot(c));
      expect(fx.stats.syncs).toBe(3);
    } finally {
      restore();
    }
  });

  test("a 20,000-row, 10-sheet workbook (2,000 rows a sheet) is read in 3 syncs, every payload under 5 MB", async () => {
    const ROWS = 2000;
    const rows = unitRows(ROWS);
    const fx = fake({ sheets: Array.from({ length: 10 }, (_, i) => ({ name: `表${i + 1}`, rows })) });
    const restore = fx.install();
    try {
      const snap = await run(fx, (c) => readWorkbookSnapshot(c));
      expect(snap.sheets.reduce((n, s) => n + s.values.length, 0)).toBe(20000);
      expect(snap.sheets.every((s) => formulaAt(s, ROWS - 1, 4) === `=MIN(10,3*D${ROWS})`)).toBe(true);
      expect(fx.stats.syncs).toBe(3);
      expect(fx.stats.maxResponseBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
      expect(fx.stats.maxRequestBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
      expect(fx.stats.log.filter((l) => l.error)).toEqual([]);
    } finally {
      restore();
    }
  }, 60000);

  test("20,000 rows × 10 sheets: no request or response over 5 MB, few syncs", async () => {
    const ROWS = 20000;
    const COLS = 8;
    const rows = unitRows(ROWS);
    const fx = fake({ sheets: Array.from({ length: 10 }, (_, i) => ({ name: `表${i + 1}`, rows })) });
    const restore = fx.install();
    try {
      const snap = await run(fx, (c) => readWorkbookSnapshot(c));
      expect(snap.sheets).toHaveLength(10);
      for (const s of snap.sheets) {
        expect(s.values).toHaveLength(ROWS);
        expect(s.truncated).toBeUndefined();
        expect(cellAt(s, ROWS - 1, 3)).toBe(832 + ((ROWS - 1) % 50));
        expect(formulaAt(s, ROWS - 1, 4)).toBe(`=MIN(10,3*D${ROWS})`);
      }
      const ok = fx.stats.log.filter((l) => !l.error);
      expect(Math.max(...ok.map((l) => l.responseBytes))).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
      expect(Math.max(...ok.map((l) => l.requestBytes))).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
      expect(fx.stats.log.filter((l) => l.error)).toEqual([]);
      const total = ok.reduce((n, l) => n + l.responseBytes, 0);
      // lean reading: no valueTypes, formulas only where there are formulas (all four arrays: 53 MB)
      expect(total).toBeLessThan(36 * 1024 * 1024);
      // every data sync but the last carries at least 2 MB: syncs grow with bytes, not sheets
      expect(fx.stats.syncs).toBeLessThanOrEqual(2 + Math.ceil(total / (2 * 1024 * 1024)));
      expect(fx.stats.syncs).toBeLessThanOrEqual(30);
      // eslint-disable-next-line no-console
      console.log(`20,000 rows × 10 sheets × ${COLS} columns: ${fx.stats.syncs} syncs, ${(total / 1048576).toFixed(1)} MB read, largest response ${(fx.stats.maxResponseBytes / 1048576).toFixed(2)} MB`);
    } finally {
      restore();
    }
  }, 120000);

  test("a batch the host refuses as too large is split and read again", async () => {
    const rows = Array.from({ length: 3000 }, (_, r) => ["考核指标说明".repeat(100) + r, r]);
    const fx = fake({ sheets: [{ name: "长文本", rows }] });
    const restore = fx.install();
    try {
      // a budget far above 5 MB makes the first data request too large on purpose
      const snap = await run(fx, (c) => readWorkbookSnapshot(c, undefined, { budgetBytes: 64 * 1024 * 1024 }));
      expect(fx.stats.log.some((l) => l.error === "ResponsePayloadSizeLimitExceeded")).toBe(true);
      expect(snap.sheets[0].values).toHaveLength(3000);
      expect(cellAt(snap.sheets[0], 2999, 1)).toBe(2999);
      expect(cellAt(snap.sheets[0], 1234, 0)).toBe("考核指标说明".repeat(100) + 1234);
    } finally {
      restore();
    }
  });

  test("a used range over the limit is cut after whole rows and marked truncated", async () => {
    const rows = Array.from({ length: 3000 }, (_, r) => [r, r * 2, "x", null, 1]);
    const fx = fake({ sheets: [{ name: "大表", rows }, { name: "小表", rows: [[1]] }] });
    const restore = fx.install();
    try {
      const snap = await run(fx, (c) => readWorkbookSnapshot(c, undefined, { maxCellsPerSheet: 1000 }));
      const s = snap.sheets[0];
      expect(s.values).toHaveLength(200); // 1000 cells / 5 columns
      expect(s.truncated).toEqual({ rows: 3000, cols: 5 });
      expect(cellAt(s, 199, 1)).toBe(398);
      expect(snap.sheets[1].values).toEqual([[1]]);
      expect(snap.sheets[1].truncated).toBeUndefined();
    } finally {
      restore();
    }
  });

  test("the default limit: a full-height column (1,048,576 rows) is cut at 1,000,000 cells", async () => {
    const fx = fake({ sheets: [{ name: "Huge", cells: { A1: "合计", A1048576: 1 } }] });
    const restore = fx.install();
    try {
      const snap = await run(fx, (c) => readWorkbookSnapshot(c));
      const s = snap.sheets[0];
      expect(s.truncated).toEqual({ rows: 1048576, cols: 1 });
      expect(s.values).toHaveLength(1000000);
      expect(cellAt(s, 0, 0)).toBe("合计");
      expect(fx.stats.maxResponseBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    } finally {
      restore();
    }
  }, 60000);

  test("older Excel (ExcelApi 1.8): no merges or special cells, still a snapshot; all-hidden rows still seen", async () => {
    const fx = fake({ apiMinor: 8, sheets: [statsSheet(), { name: "B", cells: { A1: 1 }, hiddenRows: [0] }] });
    const restore = fx.install();
    try {
      const snap = await run(fx, (c) => readWorkbookSnapshot(c));
      expect(cellAt(snap.sheets[0], 3, 2)).toBe(858);
      expect(snap.sheets[0].merges).toBeUndefined();
      expect(snap.sheets[0].hiddenRows).toBeUndefined(); // mixed rows need getSpecialCells (1.9)
      expect(snap.sheets[1].hiddenRows).toEqual([0]); // rowHidden of the used range (1.2)
      expect(fx.stats.log.filter((l) => l.error)).toEqual([]);
    } finally {
      restore();
    }
  });

  test("more than 512 merged areas (Excel refuses them at once): read band by band, else without merges", async () => {
    const many = Array.from({ length: 600 }, (_, r) => `A${r + 1}:B${r + 1}`);
    const dense = Array.from({ length: 64 * 9 }, (_, i) => {
      const r = Math.floor(i / 9) + 1;
      const c = (i % 9) * 2;
      return `${String.fromCharCode(65 + c)}${r}:${String.fromCharCode(66 + c)}${r}`;
    });
    const fx = fake({
      sheets: [
        { name: "多合并", cells: { A1: "项目", C600: 1 }, merges: many },
        { name: "小表", cells: { A1: 1, B1: 2 }, merges: ["A1:B1"] },
      ],
    });
    const restore = fx.install();
    try {
      const snap = await run(fx, (c) => readWorkbookSnapshot(c));
      expect(snap.sheets[0].merges).toHaveLength(600);
      expect(snap.sheets[0].merges?.[599]).toEqual({ top: 599, left: 0, bottom: 599, right: 1 });
      expect(snap.sheets[1].merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
      expect(fx.stats.syncs).toBe(4); // one refused, asked again in bands
      const fx2 = fake({ sheets: [{ name: "密", cells: { A1: 1, R64: 2 }, merges: dense }] });
      restore();
      const restore2 = fx2.install();
      try {
        const snap2 = await run(fx2, (c) => readWorkbookSnapshot(c));
        expect(snap2.sheets[0].merges).toBeUndefined();
        expect(cellAt(snap2.sheets[0], 63, 17)).toBe(2);
      } finally {
        restore2();
      }
    } finally {
      restore();
    }
  });

  test("lean reading (errors and formulas from special cells) gives the same snapshot as reading every array", async () => {
    const rows = Array.from({ length: 300 }, (_, r) => [
      r,
      "#N/A", // text that looks like an error
      r % 3 ? { error: "#N/A" } : { formula: `=1/(A${r + 1}-A${r + 1})`, error: "#DIV/0!" },
      r % 5 ? { formula: `=A${r + 1}*2`, value: r * 2 } : null,
      "=x", // text that looks like a formula
      r % 2 ? true : { value: 0.5 + r, numberFormat: "0.0" },
    ]);
    const read = async (apiMinor: number) => {
      const fx = fake({ apiMinor, sheets: [{ name: "表", rows }, { name: "二", cells: { B2: { formula: "=表!A1", value: 0 } } }] });
      const restore = fx.install();
      try {
        // a small budget: many syncs, so later chunks read formulas from the formula areas
        const snap = await run(fx, (c) => readWorkbookSnapshot(c, undefined, { budgetBytes: 4000 }));
        return { snap, syncs: fx.stats.syncs };
      } finally {
        restore();
      }
    };
    const lean = await read(17);
    const full = await read(8);
    expect(lean.snap).toEqual(full.snap);
    expect(lean.syncs).toBeGreaterThan(10);
    const s = lean.snap.sheets[0];
    expect(cellAt(s, 299, 1)).toBe("#N/A");
    expect(cellAt(s, 299, 2)).toEqual({ error: "#N/A" });
    expect(cellAt(s, 297, 2)).toEqual({ error: "#DIV/0!" });
    expect(formulaAt(s, 297, 2)).toBe("=1/(A298-A298)");
    expect(formulaAt(s, 299, 3)).toBe("=A300*2");
    expect(formulaAt(s, 295, 3)).toBeNull();
    expect(formulaAt(s, 299, 4)).toBeNull();
    expect(cellAt(s, 299, 4)).toBe("=x");
    expect(formulaAt(lean.snap.sheets[1], 1, 1)).toBe("=表!A1");
  });

  test("too many scattered errors for one response: the reader sheds what it can and still reads every cell", async () => {
    // a checkerboard of errors gives one area per cell; with a 40 KB limit the areas alone do not fit
    const rows = Array.from({ length: 90 }, (_, r) =>
      Array.from({ length: 20 }, (_, c) => ((r + c) % 2 ? { error: "#N/A" } : r * 20 + c)),
    );
    const fx = fake({ payloadLimitBytes: 40 * 1024, sheets: [{ name: "错", rows, merges: ["A1:B1"] }] });
    const restore = fx.install();
    try {
      const snap = await run(fx, (c) => readWorkbookSnapshot(c, undefined, { budgetBytes: 16 * 1024 }));
      const s = snap.sheets[0];
      expect(cellAt(s, 89, 19)).toBe(89 * 20 + 19);
      expect(cellAt(s, 89, 18)).toEqual({ error: "#N/A" });
      expect(cellAt(s, 0, 1)).toEqual({ error: "#N/A" });
      expect(fx.stats.log.some((l) => l.error)).toBe(true);
      expect(Math.max(...fx.stats.log.filter((l) => !l.error).map((l) => l.responseBytes))).toBeLessThanOrEqual(40 * 1024);
    } finally {
      restore();
    }
  });

  test("reports progress up to 1", async () => {
    const fx = fake({ sheets: [statsSheet()] });
    const restore = fx.install();
    const seen: number[] = [];
    try {
      await run(fx, (c) => readWorkbookSnapshot(c, (p) => seen.push(p.fraction)));
      expect(seen[seen.length - 1]).toBe(1);
      expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    } finally {
      restore();
    }
  });
});
