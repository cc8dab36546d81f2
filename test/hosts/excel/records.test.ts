/**
 * The very hidden record sheets (src/hosts/excel/records.ts) when what they hold is not what the
 * add-in wrote: a damaged or foreign marks or undo record is refused with a message naming the
 * sheet in both languages, and no cell of the clerk's changes; a record cut over several cells
 * comes back whole.
 */
import { clearMarks } from "../../../src/hosts/excel/marks";
import { undoLastApply } from "../../../src/hosts/excel/apply";
import { MARKS_SHEET, UNDO_SHEET, chunkText, decodeUndoRecord, encodeUndoRecord, type UndoEntry } from "../../../src/hosts/excel/records";
import type { FakeExcel, FakeWorkbookInit } from "../../support/fakeExcel";
import { fake, run } from "./helpers";

const DATA = { name: "考核表", cells: { A1: "出生人数", B1: 3, C1: { value: 9, numberFormat: "0.0" } }, fills: { B1: "#FFC000" } };

function workbookWith(store: string, column: string[]): FakeWorkbookInit {
  return {
    apiMinor: 18,
    sheets: [DATA, { name: store, visibility: "VeryHidden", rows: column.map((c) => [c]) }],
  };
}

const clerkCells = (fx: FakeExcel) => fx.state.dump((s) => s.name === DATA.name);

describe("records: damaged or foreign", () => {
  let restore: (() => void) | undefined;
  afterEach(() => restore?.());
  const open = (init: FakeWorkbookInit) => {
    const fx = fake(init);
    restore = fx.install();
    return fx;
  };

  const cases: Array<[string, string[], RegExp]> = [
    ["invalid JSON", ['{"assessMarks":1,"cells":['], /标记记录已损坏.*The marks record in sheet _assess_marks is damaged/],
    ["JSON null", ["null"], /标记记录无法识别.*The marks record in sheet _assess_marks is not one this add-in wrote/],
    ["another record's shape", ['{"assessUndo":1,"cells":[]}'], /标记记录无法识别.*not one this add-in wrote/],
    ["cells not a list", ['{"assessMarks":1,"cells":{"s":"考核表"}}'], /标记记录无法识别/],
  ];
  test.each(cases)("marks record with %s: 清除标记 refuses, the clerk's cells stay", async (_what, column, message) => {
    const fx = open(workbookWith(MARKS_SHEET, column));
    const before = clerkCells(fx);
    const fillBefore = fx.state.sheet(DATA.name).fills.get(1);
    await expect(run(fx, (c) => clearMarks(c))).rejects.toThrow(message);
    expect(clerkCells(fx)).toEqual(before);
    expect(fx.state.sheet(DATA.name).fills.get(1)).toEqual(fillBefore);
    expect(fx.state.sheet(MARKS_SHEET).visibility).toBe("VeryHidden");
  });

  const undoCases: Array<[string, string[], RegExp]> = [
    ["invalid JSON", ['{"assessUndo":1,'], /撤销记录已损坏.*The undo record in sheet _assess_undo is damaged/],
    ["JSON null", ["null"], /撤销记录无法识别.*The undo record in sheet _assess_undo is not one this add-in wrote/],
    ["the marks record's shape", ['{"assessMarks":1,"cells":[]}'], /撤销记录无法识别/],
  ];
  test.each(undoCases)("undo record with %s: 撤销 refuses, nothing is written", async (_what, column, message) => {
    const fx = open(workbookWith(UNDO_SHEET, column));
    const before = clerkCells(fx);
    await expect(run(fx, (c) => undoLastApply(c))).rejects.toThrow(message);
    expect(clerkCells(fx)).toEqual(before);
    expect(fx.state.sheet(UNDO_SHEET).visibility).toBe("VeryHidden");
  });

  test("a marks record cut over several cells is read whole: 清除标记 puts the fill back", async () => {
    const record = JSON.stringify({ assessMarks: 1, at: "2026-12-06T00:00:00Z", cells: [{ s: "考核表", a: "B1", f: { c: "#FFC000" } }] });
    const pieces = chunkText(record, 7);
    expect(pieces.length).toBeGreaterThan(10);
    const fx = open(workbookWith(MARKS_SHEET, pieces));
    // as 标记 left it: the error fill
    fx.state.sheet(DATA.name).fills.set(1, { color: "#FFC7CE", pattern: "Solid" });
    expect(await run(fx, (c) => clearMarks(c))).toBe(true);
    expect(fx.state.sheet(DATA.name).fills.get(1)?.color).toBe("#FFC000");
    expect(fx.state.sheets.some((s) => s.name === MARKS_SHEET)).toBe(false);
  });
});

describe("records: the undo record's text", () => {
  test("encode then decode gives back every cell (formulas, errors, text, formats), cut anywhere", () => {
    const entries: UndoEntry[] = [
      { sheet: "考核表", cell: "C1", content: { value: 9, formula: null, numberFormat: "0.0" } },
      { sheet: "O'Brien 表", cell: "D2", content: { value: null, formula: "=MIN(10,3*B1)", numberFormat: null } },
      { sheet: "考核表", cell: "E3", content: { value: { error: "#N/A" }, formula: null, numberFormat: "General" } },
      { sheet: "考核表", cell: "F4", content: { value: "😀 二十".repeat(3000), formula: null, numberFormat: "@" } },
      { sheet: "考核表", cell: "G5", content: { value: null, formula: null, numberFormat: null } },
    ];
    const chunks = encodeUndoRecord(entries, new Date("2026-12-06T00:00:00Z"));
    expect(chunks.length).toBeGreaterThan(1);
    expect(decodeUndoRecord(chunks)).toEqual(entries);
    // empty cells between the record's cells (a range read back) are left out
    expect(decodeUndoRecord([chunks[0], "", null, ...chunks.slice(1)])).toEqual(entries);
  });
});
