/**
 * Issue 12 in the engine: a write that would replace a number the clerk typed says so; with
 * those cells left out (locked) the parents are computed from the kept figures; a finding the
 * clerk settled stays settled while its figures stay, and comes back when they change.
 */
import { analyzeWorkbook } from "../../src/engine";
import { cellKey } from "../../src/engine/address";
import type { CellValue, WorkbookSnapshot } from "../../src/engine/grid";
import { parseSettings, SETTINGS_SHEET } from "../../src/engine/settings";
import { readCell } from "../../src/engine/values";
import { keepTypedNumbers } from "../../src/engine/keepTyped";
import { findingFingerprint, settle, unsettle } from "../../src/engine/settled";
import { snapshotWorkbook } from "../../src/hosts/xlsx/read";
import { buildScoringWorkbook } from "../fixtures";

const SHEET = "考核评分表";

/** The consistent scoring fixture with one cell changed (A1 address, 0-based in the snapshot). */
function withCell(snap: WorkbookSnapshot, a1: string, v: CellValue): WorkbookSnapshot {
  const m = /^([A-Z])(\d+)$/.exec(a1)!;
  const col = m[1].charCodeAt(0) - 65;
  const row = Number(m[2]) - 1;
  return {
    sheets: snap.sheets.map((s) => {
      if (s.name !== SHEET) return s;
      const values = s.values.map((r) => [...r]);
      while (values[row].length <= col) values[row].push(null);
      values[row][col] = v;
      return { ...s, values };
    }),
  };
}

function withSettings(snap: WorkbookSnapshot, json: unknown): WorkbookSnapshot {
  return { sheets: [...snap.sheets, { name: SETTINGS_SHEET, hidden: true, values: [[JSON.stringify(json)]] }] };
}

const base = () => snapshotWorkbook(buildScoringWorkbook().workbook);

describe("writes that would replace a typed number", () => {
  it("are flagged, and only they", () => {
    // 配备人员 (row 5): 3人 × 3分 = 9; the clerk typed 5 in 考核得分
    const snap = withCell(base(), "G5", 5);
    const a = analyzeWorkbook(snap);
    const typed = a.writes.filter((w) => w.replacesTyped).map((w) => w.cell);
    expect(typed).toEqual(["G5"]);
    const g5 = a.writes.find((w) => w.cell === "G5")!;
    expect(g5.value).toBe(9);
    expect(g5.explain).toBe("3人 × 3分 = 9分(上限 10分)");
    expect(g5.label).toBe("加强机构、队伍建设(配备人员)");
    // the same figure typed again, and empty cells, are not
    expect(analyzeWorkbook(base()).writes.some((w) => w.replacesTyped)).toBe(false);
    const blank = snapshotWorkbook(buildScoringWorkbook({ assessedBlank: true }).workbook);
    const filled = analyzeWorkbook(blank).writes;
    expect(filled.length).toBeGreaterThan(5);
    expect(filled.some((w) => w.replacesTyped)).toBe(false);
  });

  it("left out, keep the clerk's figure and its parents are computed from it", () => {
    const snap = withCell(base(), "G5", 5);
    const all = analyzeWorkbook(snap);
    const kept = analyzeWorkbook(snap, { lockedCells: all.writes.filter((w) => w.replacesTyped).map((w) => cellKey(w.sheet, w.cell)) });
    expect(kept.writes.find((w) => w.cell === "G5")).toBeUndefined();
    // the parents the clerk typed (49, 84, 85) now differ from the kept figure: they say so
    expect(kept.writes.filter((w) => w.replacesTyped).map((w) => w.cell).sort()).toEqual(["G15", "G3", "G4"]);
    // (一) = 5 + 20 + 20 = 45 (not 49), 一 = 45 + 35 = 80, 合计 = 80 + 5 − 4 = 81
    const score = (cell: string) => kept.scores.find((s) => s.cell === cell)?.value;
    expect(score("G4")).toBe(45);
    expect(score("G3")).toBe(80);
    expect(score("G15")).toBe(81);
    expect(kept.findings.find((f) => f.cell === "G5" && f.kind === "entered-score-mismatch")?.message).toContain("3人 × 3分 = 9分");
  });

  it("by default (keepTypedNumbers) no typed number is replaced, down the tree", () => {
    const snap = withCell(base(), "G5", 5);
    const k = keepTypedNumbers(analyzeWorkbook, snap);
    expect(k.kept.sort()).toEqual(["G15", "G3", "G4", "G5"].map((c) => cellKey(SHEET, c)).sort());
    expect(k.analysis.writes.some((w) => w.replacesTyped)).toBe(false);
    // every write left fills a cell, or writes the figure already there
    // the score column G (a measured value typed as text, "46%", may be made the number it reads as: 0.46 shown 46%)
    for (const w of k.analysis.writes) {
      const before = readCell(w.previous.value, w.previous.numberFormat);
      if (w.cell.startsWith("G") && w.previous.formula === null && before.kind === "number") expect([w.cell, w.value]).toEqual([w.cell, before.value]);
    }
    // the clerk chose to overwrite G5: it is written, its parents follow
    const chosen = keepTypedNumbers(analyzeWorkbook, snap, {}, new Set([cellKey(SHEET, "G5")]));
    expect(chosen.analysis.writes.find((w) => w.cell === "G5")?.value).toBe(9);
    expect(chosen.kept).toEqual([]);
  });

  it("every score and total carries its explanation in both languages", () => {
    const a = analyzeWorkbook(base());
    expect(a.scores.length).toBeGreaterThan(10);
    for (const s of [...a.scores, ...a.totals]) {
      expect(s.explain).toEqual(expect.any(String));
      expect(s.explainEn).toEqual(expect.any(String));
      expect(s.explainEn).not.toMatch(/[\u4e00-\u9fff]/);
    }
    expect(a.scores.find((s) => s.cell === "G11")?.explain).toBe("加分 6,上限 5 → 5");
    expect(a.totals.find((s) => s.cell === "G15")?.explain).toBe("合计 = 84 + 5 − 4 = 85分");
  });
});

describe("settled findings", () => {
  const planted = () => snapshotWorkbook(buildScoringWorkbook({ planted: true }).workbook);

  it("stay settled on re-check while the figures stay, and come back when they change", () => {
    const snap = planted();
    const first = analyzeWorkbook(snap);
    const f = first.findings.find((x) => x.kind === "parent-score-mismatch" && x.cell === "G4")!;
    expect(f).toBeDefined();
    expect(f.settled).toBeUndefined();
    const marks = settle(undefined, f, "verified", "上级核定 50 分");
    expect(marks).toEqual([{ kind: f.kind, sheet: f.sheet, cell: "G4", status: "verified", note: "上级核定 50 分", fingerprint: findingFingerprint(f) }]);

    // kept in the workbook: the stored settings read back, and the engine honours them
    const stored = withSettings(snap, { version: 1, corrections: [], ruleOverrides: {}, lockedCells: [], settled: marks });
    expect(parseSettings(JSON.stringify({ version: 1, settled: marks })).settled).toEqual(marks);
    const again = analyzeWorkbook(stored);
    const g4 = again.findings.find((x) => x.kind === "parent-score-mismatch" && x.cell === "G4")!;
    expect(g4.settled).toEqual({ status: "verified", note: "上级核定 50 分" });
    // others stay open
    expect(again.findings.filter((x) => x.settled)).toHaveLength(1);

    // the clerk changes the figure: 51 is not what was verified
    const changed = analyzeWorkbook(withCell(stored, "G4", 51));
    const back = changed.findings.find((x) => x.kind === "parent-score-mismatch" && x.cell === "G4")!;
    expect(back.actual).toBe(51);
    expect(back.settled).toBeUndefined();

    // reopened by the clerk
    expect(unsettle(marks, f)).toEqual([]);
    expect(analyzeWorkbook(snap, { settled: [] }).findings.some((x) => x.settled)).toBe(false);
  });

  it("ignores damaged marks in the stored settings", () => {
    const s = parseSettings(JSON.stringify({ version: 1, settled: [{ kind: "x" }, { kind: "a", sheet: "b", cell: "C1", status: "maybe", fingerprint: "1" }, null] }));
    expect(s.settled).toBeUndefined();
  });
});
