/**
 * loadSettings / saveSettings on the in-memory Excel: a round trip through a new host instance
 * and through a reopened file (only the cells of the hidden sheet carried over), corrections
 * mirrored into _assess_layout where the engine reads them, long settings across several cells,
 * damaged or newer records refused with a clear message, constant syncs.
 */
import {
  EMPTY_SETTINGS,
  SETTINGS_SHEET,
  STORE_CHUNK_CHARS,
  chunkText,
  loadSettings,
  parseSettings,
  saveSettings,
  type WorkbookSettings,
} from "../../../src/hosts/excel/records";
import { createExcelHost } from "../../../src/hosts/excel";
import { readWorkbookSnapshot } from "../../../src/hosts/excel/snapshot";
import { CORRECTIONS_SHEET, readCorrections } from "../../../src/engine/layout/corrections";
import type { FakeExcel, FakeSheetInit } from "../../support/fakeExcel";
import { fake, run } from "./helpers";

const SETTINGS: WorkbookSettings = {
  version: 1,
  scoreColumn: "self",
  corrections: [
    { sheet: "城关镇", what: "column", col: 6, role: "score" },
    { sheet: "城关镇", what: "level", row: 11, level: 2 },
    { sheet: "统计", what: "kind", kind: "statistics" },
  ],
  ruleOverrides: { "城关镇!D7": "每人3分,最高10分", "城关镇!D9": "达到95%得满分,每低1个百分点扣1分" },
  lockedCells: ["城关镇!G12"],
};

const book = () =>
  fake({
    sheets: [
      { name: "城关镇", cells: { A1: "序号", B1: "考核内容", C1: "分值", G1: "考核得分", B7: "出生人数", C7: 10, G7: 9 } },
      { name: "统计", cells: { A1: "乡镇", B1: "出生人数" } },
    ],
  });

/** "reopen the file": a new workbook holding only the cells (and visibility) of every sheet */
function reopen(fx: FakeExcel): FakeExcel {
  const dump = fx.state.dump();
  const sheets: FakeSheetInit[] = fx.state.sheets.map((s) => ({
    name: s.name,
    visibility: s.visibility,
    cells: Object.fromEntries(
      Object.entries(dump[s.name]).map(([a1, c]) => [a1, { value: c.value, numberFormat: c.numberFormat, ...(c.formula ? { formula: c.formula } : {}) }]),
    ),
  }));
  return fake({ sheets });
}

describe("workbook settings", () => {
  let restore: (() => void) | undefined;
  const open = (fx: FakeExcel) => {
    restore?.();
    restore = fx.install();
    return fx;
  };
  afterEach(() => {
    restore?.();
    restore = undefined;
  });

  test("none yet: the empty settings, in 1 sync, nothing written", async () => {
    const fx = open(book());
    fx.stats.reset();
    expect(await run(fx, (c) => loadSettings(c))).toEqual(EMPTY_SETTINGS);
    expect(fx.stats.syncs).toBe(1);
    expect(fx.state.sheets.map((s) => s.name)).toEqual(["城关镇", "统计"]);
  });

  test("round trip through a new host instance and through a reopened file", async () => {
    const fx = open(book());
    const before = fx.state.dump((s) => s.name === "城关镇" || s.name === "统计");
    await createExcelHost().saveSettings(SETTINGS);
    expect(fx.state.sheet(SETTINGS_SHEET).visibility).toBe("VeryHidden");
    expect(await createExcelHost().loadSettings()).toEqual(SETTINGS);
    // the clerk's sheets are untouched
    expect(fx.state.dump((s) => s.name === "城关镇" || s.name === "统计")).toEqual(before);

    const again = open(reopen(fx));
    expect(await createExcelHost().loadSettings()).toEqual(SETTINGS);
    expect(again.state.sheet(SETTINGS_SHEET).visibility).toBe("VeryHidden");
  });

  test("corrections are mirrored into _assess_layout, where the engine reads them from the snapshot", async () => {
    const fx = open(book());
    await run(fx, (c) => saveSettings(c, SETTINGS));
    const snap = await run(fx, (c) => readWorkbookSnapshot(c));
    const corrections = readCorrections(snap);
    expect(corrections.get("城关镇")?.roles.get(6)).toBe("score");
    expect(corrections.get("城关镇")?.levels.get(11)).toBe(2);
    expect(corrections.get("统计")?.kind).toBe("statistics");
    expect(fx.state.cell(CORRECTIONS_SHEET, "C3")).toMatchObject({ value: "12", numberFormat: "@" });

    // fewer corrections later: the old rows go
    await run(fx, (c) => saveSettings(c, { ...SETTINGS, corrections: [SETTINGS.corrections[2]] }));
    const after = readCorrections(await run(fx, (c) => readWorkbookSnapshot(c)));
    expect(after.get("城关镇")).toBeUndefined();
    expect(after.get("统计")?.kind).toBe("statistics");
  });

  test("long settings across several cells; a shorter save leaves no tail; 3 syncs to save, 2 to load", async () => {
    const fx = open(book());
    const overrides: Record<string, string> = {};
    for (let r = 2; r < 700; r++) overrides[`城关镇!D${r}`] = `第${r}项:每人得3分,最高10分;未完成的不得分😀`;
    const long: WorkbookSettings = { ...SETTINGS, ruleOverrides: overrides };
    fx.stats.reset();
    await run(fx, (c) => saveSettings(c, long));
    expect(fx.stats.syncs).toBe(3);
    const rows = fx.state.sheet(SETTINGS_SHEET).usedRange(true)!.bottom + 1;
    expect(rows).toBeGreaterThan(2);
    fx.stats.reset();
    expect(await run(fx, (c) => loadSettings(c))).toEqual(long);
    expect(fx.stats.syncs).toBe(2);
    await run(fx, (c) => saveSettings(c, SETTINGS));
    expect(fx.state.sheet(SETTINGS_SHEET).usedRange(true)!.bottom).toBe(0);
    expect(await run(fx, (c) => loadSettings(c))).toEqual(SETTINGS);
  });

  test("chunks never split a surrogate pair", () => {
    const text = "a".repeat(STORE_CHUNK_CHARS - 1) + "😀" + "b";
    const chunks = chunkText(text);
    expect(chunks.join("")).toBe(text);
    expect(chunks[0]).toHaveLength(STORE_CHUNK_CHARS - 1);
    expect(chunks[1].startsWith("😀")).toBe(true);
  });

  test("damaged or newer settings are refused with a message in both languages; odd fields fall back", async () => {
    expect(() => parseSettings("{\"version\":1,")).toThrow(/已损坏.*damaged/);
    expect(() => parseSettings(JSON.stringify({ version: 2 }))).toThrow(/更新版本.*newer version/);
    expect(parseSettings(JSON.stringify({ version: 1, scoreColumn: "other", ruleOverrides: { a: 1, b: "x" }, lockedCells: [1, "A1"] }))).toEqual({
      version: 1,
      corrections: [],
      ruleOverrides: { b: "x" },
      lockedCells: ["A1"],
    });
    const fx = open(fake({ sheets: [{ name: "表" }, { name: SETTINGS_SHEET, visibility: "VeryHidden", cells: { A1: { value: "{oops", numberFormat: "@" } } }] }));
    await expect(run(fx, (c) => loadSettings(c))).rejects.toThrow(/_assess_settings/);
  });
});
