/**
 * applyWrites / undoLastApply on the in-memory Excel: exact restore, refusal on stale plans, the
 * record kept in the workbook, round trips. Scoring figures: 出生人数 items scored =MIN(10,3*E7).
 */
import fc from "fast-check";
import { ApplyConflictError, applyWrites, hasUndoRecord, undoLastApply } from "../../../src/hosts/excel/apply";
import { readWorkbookSnapshot } from "../../../src/hosts/excel/snapshot";
import { UNDO_SHEET } from "../../../src/hosts/excel/records";
import { createExcelHost } from "../../../src/hosts/excel";
import { cellAt, formulaAt, numberFormatAt, type WorkbookSnapshot } from "../../../src/engine/grid";
import { parseCellAddress } from "../../../src/engine/address";
import type { CellWrite } from "../../../src/engine/plan";
import type { FakeCellInit, FakeExcel, FakeSheetInit, FakeWorkbookInit } from "../../support/fakeExcel";
import { fake, run } from "./helpers";

type Content = { formula?: string; value: number | string | null };

function writesFrom(snap: WorkbookSnapshot, wanted: ReadonlyArray<{ sheet: string; cell: string } & Content>): CellWrite[] {
  return wanted.map((w) => {
    const s = snap.sheets.find((x) => x.name === w.sheet)!;
    const { row, col } = parseCellAddress(w.cell);
    return {
      sheet: w.sheet,
      cell: w.cell,
      ...(w.formula ? { formula: w.formula } : {}),
      value: w.value,
      previous: s
        ? { value: cellAt(s, row, col), formula: formulaAt(s, row, col), numberFormat: numberFormatAt(s, row, col) }
        : { value: null, formula: null, numberFormat: null },
    };
  });
}

function scoringSheet(name = "考核表"): FakeSheetInit {
  return {
    name,
    cells: {
      A1: "序号", B1: "考核内容", C1: "分值", D1: "评分标准", E1: "实际值", F1: "自评分", G1: "考核得分",
      A2: 1, B2: "出生人数", C2: 10, D2: "每人得3分,最高10分", E2: 3, F2: 9, G2: { value: 9, numberFormat: "0.0" },
      A3: 2, B3: "政策符合率", C3: 20, D3: "达到95%得满分", E3: { value: 0.96, numberFormat: "0%" }, F3: 20, G3: "二十",
      A4: 3, B4: "一票否决", C4: 0, D4: "发生即否决", E4: "否", G4: { formula: "=IF(E4=\"是\",\"否决\",0)", value: 0 },
      A5: "合计", C5: { formula: "=SUM(C2:C4)", value: 30 }, G5: { value: 29, numberFormat: "@" },
    },
  };
}

const dumpUser = (fx: FakeExcel) => fx.state.dump((s) => s.name !== UNDO_SHEET);

async function snapshot(fx: FakeExcel) {
  return run(fx, (c) => readWorkbookSnapshot(c));
}

describe("applyWrites and undoLastApply", () => {
  let restore: () => void;
  let fx: FakeExcel;
  const open = (init: FakeWorkbookInit) => {
    fx = fake(init);
    restore = fx.install();
    return fx;
  };
  afterEach(() => restore?.());

  test("writes formulas and values, keeps number formats, never turns text into a formula; 5 syncs", async () => {
    open({ sheets: [scoringSheet()] });
    const snap = await snapshot(fx);
    const writes = writesFrom(snap, [
      { sheet: "考核表", cell: "G2", formula: "=MIN(10,3*E2)", value: 9 },
      { sheet: "考核表", cell: "G3", formula: "=IF(E3>=0.95,C3,0)", value: 20 },
      { sheet: "考核表", cell: "G4", value: "一票否决" },
      { sheet: "考核表", cell: "G5", value: 29 },
      { sheet: "考核表", cell: "H5", value: "=1+1" }, // engine text, stays text
    ]);
    fx.stats.reset();
    await run(fx, (c) => applyWrites(c, writes));
    expect(fx.stats.syncs).toBe(5);
    expect(fx.stats.calcSuspensions).toBe(1);
    expect(fx.stats.screenSuspensions).toBe(1);
    expect(fx.stats.calculations).toBe(1);
    const cell = (a: string) => fx.state.cell("考核表", a);
    expect(cell("G2")).toMatchObject({ formula: "=MIN(10,3*E2)", numberFormat: "0.0" });
    expect(cell("G3")).toMatchObject({ formula: "=IF(E3>=0.95,C3,0)", numberFormat: "General" });
    expect(cell("G4")).toEqual({ value: "一票否决", formula: null, numberFormat: "General" });
    expect(cell("G5")).toEqual({ value: 29, formula: null, numberFormat: "@" }); // a number, not the text "29"
    expect(cell("H5")).toEqual({ value: "=1+1", formula: null, numberFormat: "General" });
    const undoSheet = fx.state.sheet(UNDO_SHEET);
    expect(undoSheet.visibility).toBe("VeryHidden");
    expect(await run(fx, (c) => hasUndoRecord(c))).toBe(true);
  });

  test("undo puts back exactly what was there (values, formulas, formats) in 5 syncs and removes the record", async () => {
    open({ sheets: [scoringSheet(), { name: "汇总 表", cells: { B2: { value: 858, numberFormat: "#,##0" } } }] });
    const before = dumpUser(fx);
    const snap = await snapshot(fx);
    await run(fx, (c) =>
      applyWrites(c, writesFrom(snap, [
        { sheet: "考核表", cell: "G2", formula: "=MIN(10,3*E2)", value: 9 },
        { sheet: "考核表", cell: "G3", value: 20 },
        { sheet: "考核表", cell: "G4", value: null },
        { sheet: "考核表", cell: "G5", formula: "=SUM(G2:G4)", value: 29 },
        { sheet: "考核表", cell: "G9", value: 1 }, // an empty cell
        { sheet: "汇总 表", cell: "B2", formula: "='考核表'!G5", value: 29 },
      ])),
    );
    expect(dumpUser(fx)).not.toEqual(before);
    fx.stats.reset();
    expect(await run(fx, (c) => undoLastApply(c))).toBe(true);
    expect(fx.stats.syncs).toBe(5);
    expect(fx.stats.calcSuspensions).toBe(1);
    expect(dumpUser(fx)).toEqual(before);
    expect(fx.state.sheets.map((s) => s.name)).toEqual(["考核表", "汇总 表"]);
    fx.stats.reset();
    expect(await run(fx, (c) => undoLastApply(c))).toBe(false);
    expect(fx.stats.syncs).toBe(1);
  });

  test("refuses, writing nothing, when a target cell changed since the plan was made", async () => {
    open({ sheets: [scoringSheet()] });
    const snap = await snapshot(fx);
    const writes = writesFrom(snap, [
      { sheet: "考核表", cell: "G2", formula: "=MIN(10,3*E2)", value: 9 },
      { sheet: "考核表", cell: "G4", value: 0 },
    ]);
    fx.state.sheet("考核表").setCell(3, 6, { value: "否决", formula: null }); // the clerk edits G4
    const before = dumpUser(fx);
    const names = fx.state.sheets.map((s) => s.name);
    const err = await run(fx, (c) => applyWrites(c, writes)).catch((e) => e);
    expect(err).toBeInstanceOf(ApplyConflictError);
    expect((err as ApplyConflictError).cells).toEqual(["考核表!G4"]);
    expect((err as Error).message).toMatch(/已被修改.*G4/);
    expect(dumpUser(fx)).toEqual(before);
    expect(fx.state.sheets.map((s) => s.name)).toEqual(names); // no undo record either
  });

  test("refuses when a formula was replaced by the same number, and when the sheet is gone", async () => {
    open({ sheets: [scoringSheet()] });
    const snap = await snapshot(fx);
    const writes = writesFrom(snap, [{ sheet: "考核表", cell: "C5", value: 30 }]);
    fx.state.sheet("考核表").setCell(4, 2, { value: 30, formula: null }); // =SUM(C2:C4) typed over as 30
    await expect(run(fx, (c) => applyWrites(c, writes))).rejects.toBeInstanceOf(ApplyConflictError);
    const gone = writesFrom(snap, [{ sheet: "考核表", cell: "G2", value: 1 }]).map((w) => ({ ...w, sheet: "已删除" }));
    await expect(run(fx, (c) => applyWrites(c, gone))).rejects.toThrow(/工作表不存在.*已删除/);
    expect(fx.state.sheets.map((s) => s.name)).toEqual(["考核表"]);
  });

  test("when Excel refuses a write part way, what was already written is put back", async () => {
    open({ sheets: [scoringSheet()] });
    const before = dumpUser(fx);
    const snap = await snapshot(fx);
    const writes = writesFrom(snap, [
      { sheet: "考核表", cell: "G2", formula: "=MIN(10,3*E2)", value: 9 },
      { sheet: "考核表", cell: "G3", value: "说明".repeat(20000) }, // over Excel's 32,767 characters
    ]);
    // a tiny budget puts the two writes in separate batches: the first lands, the second fails
    const err = await run(fx, (c) => applyWrites(c, writes, undefined, { budgetBytes: 1000 })).catch((e) => e);
    expect((err as Error).message).toMatch(/写入失败,已恢复原状/);
    expect(dumpUser(fx)).toEqual(before);
    expect(await run(fx, (c) => hasUndoRecord(c))).toBe(false);
  });

  test("the undo record survives closing and reopening the pane (a new host)", async () => {
    open({ sheets: [scoringSheet()] });
    const before = dumpUser(fx);
    const first = createExcelHost();
    const snap = await first.readSnapshot();
    await first.applyWrites!(writesFrom(snap, [{ sheet: "考核表", cell: "G2", formula: "=MIN(10,3*E2)", value: 9 }]));
    const reopened = createExcelHost();
    expect(await reopened.canUndo()).toBe(true);
    expect(await reopened.undo!()).toBe(true);
    expect(dumpUser(fx)).toEqual(before);
    expect(await createExcelHost().canUndo()).toBe(false);
    expect(await createExcelHost().undo!()).toBe(false);
  });

  test("two applies are undone one at a time, last first", async () => {
    open({ sheets: [scoringSheet()] });
    const original = dumpUser(fx);
    let snap = await snapshot(fx);
    await run(fx, (c) => applyWrites(c, writesFrom(snap, [{ sheet: "考核表", cell: "G2", formula: "=MIN(10,3*E2)", value: 9 }])));
    const afterFirst = dumpUser(fx);
    snap = await snapshot(fx);
    await run(fx, (c) =>
      applyWrites(c, writesFrom(snap, [
        { sheet: "考核表", cell: "G2", value: 8 },
        { sheet: "考核表", cell: "G3", value: 20 },
      ])),
    );
    expect(await run(fx, (c) => undoLastApply(c))).toBe(true);
    expect(dumpUser(fx)).toEqual(afterFirst);
    expect(await run(fx, (c) => undoLastApply(c))).toBe(true);
    expect(dumpUser(fx)).toEqual(original);
    expect(await run(fx, (c) => hasUndoRecord(c))).toBe(false);
  });

  test("older Excel (ExcelApi 1.8, no screen-updating suspension): apply and undo still exact; progress reported", async () => {
    open({ apiMinor: 8, sheets: [scoringSheet()] });
    const before = dumpUser(fx);
    const snap = await snapshot(fx);
    const phases: string[] = [];
    const fractions: number[] = [];
    await run(fx, (c) =>
      applyWrites(c, writesFrom(snap, [{ sheet: "考核表", cell: "G2", formula: "=MIN(10,3*E2)", value: 9 }]), (p) => {
        phases.push(p.phase);
        fractions.push(p.fraction);
      }),
    );
    expect(fx.stats.screenSuspensions).toBe(0);
    expect(fx.stats.calcSuspensions).toBe(1);
    expect(new Set(phases)).toEqual(new Set(["write"]));
    expect(fractions[fractions.length - 1]).toBe(1);
    const undoPhases: string[] = [];
    expect(await run(fx, (c) => undoLastApply(c, (p) => undoPhases.push(p.phase)))).toBe(true);
    expect(new Set(undoPhases)).toEqual(new Set(["undo"]));
    expect(dumpUser(fx)).toEqual(before);
  });

  test("5,000 writes in batches under the budget; round trips grow with bytes only", async () => {
    const rows: FakeCellInit[][] = Array.from({ length: 5000 }, (_, r) => [`单位${r}`, 832 + (r % 26), { value: r % 11, numberFormat: "0.0" }]);
    open({ sheets: [{ name: "考核表", rows }] });
    const before = dumpUser(fx);
    const snap = await snapshot(fx);
    const writes = writesFrom(
      snap,
      rows.map((_, r) => ({ sheet: "考核表", cell: `C${r + 1}`, formula: `=MIN(10,3*B${r + 1})`, value: 10 })),
    );
    fx.stats.reset();
    await run(fx, (c) => applyWrites(c, writes));
    expect(fx.stats.syncs).toBe(5); // fits one request
    expect(fx.stats.maxRequestBytes).toBeLessThanOrEqual(5 * 1024 * 1024);
    fx.stats.reset();
    await run(fx, (c) => undoLastApply(c));
    expect(fx.stats.syncs).toBe(5);
    expect(dumpUser(fx)).toEqual(before);

    // a small budget forces several batches: every request stays under it, the result is the same
    const budget = 256 * 1024;
    fx.stats.reset();
    await run(fx, (c) => applyWrites(c, writes, undefined, { budgetBytes: budget }));
    const applySyncs = fx.stats.syncs;
    expect(applySyncs).toBeGreaterThan(5);
    expect(fx.stats.maxRequestBytes).toBeLessThanOrEqual(budget);
    expect(fx.state.cell("考核表", "C4999").formula).toBe("=MIN(10,3*B4999)");
    fx.stats.reset();
    await run(fx, (c) => undoLastApply(c, undefined, { budgetBytes: budget }));
    expect(fx.stats.maxRequestBytes).toBeLessThanOrEqual(budget);
    expect(fx.stats.maxResponseBytes).toBeLessThanOrEqual(budget);
    expect(dumpUser(fx)).toEqual(before);
  }, 120000);

  // ------------------------------------------------------------------ property test

  const SHEET_NAMES = ["考核表", "Sheet 1", "It's 表", "统计 报表(2)", "O''Neil", "数据-2024", "😀 表"];
  const hostileText = fc.constantFrom(
    "0123", "=1+1", "+5", "-x", "TRUE", "false", "#N/A", "#REF!", "'x", "46%", "４６％", "3人", "三人", "—", " ",
    "是", "合 计", "1,000", "1e5", "\"quoted\"", "a\nb", "😀", "\u0000",
  );
  const number = fc.oneof(fc.integer({ min: -1e6, max: 1e6 }), fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }).filter((x) => !Object.is(x, -0)));
  const format = fc.constantFrom("General", "General", "0.00", "@", "0%", "#,##0", "0.0_);(0.0)");
  const errorText = fc.constantFrom("#REF!", "#DIV/0!", "#N/A", "#VALUE!", "#NAME?");
  const initCell: fc.Arbitrary<FakeCellInit> = fc.oneof(
    fc.record({ value: number, numberFormat: format }),
    fc.record({ value: fc.oneof(hostileText, fc.string({ minLength: 1, maxLength: 6 }).filter((s) => s !== "")), numberFormat: format }),
    fc.record({ value: fc.boolean(), numberFormat: format }),
    fc.record({ error: errorText, numberFormat: format }),
    fc.record({ formula: fc.constantFrom("=SUM(A1:A3)", "=MIN(10,3*B2)", "=1/0", "=\"=x\""), value: fc.oneof(number, fc.constant("=x")), numberFormat: format }),
    fc.record({ numberFormat: fc.constantFrom("0.00", "@") }), // formatted but empty
  );
  const newContent: fc.Arbitrary<Content> = fc.oneof(
    fc.record({ formula: fc.constantFrom("=MIN(10,3*B2)", "=SUM(C1:C3)+MIN(5,D4)-MIN(15,D5)", "='Sheet 1'!A1"), value: number }),
    fc.record({ value: number }),
    fc.record({ value: fc.oneof(hostileText, fc.string({ minLength: 1, maxLength: 5 })) }),
    fc.constant({ value: null }),
  );
  const workbook = fc
    .uniqueArray(fc.constantFrom(...SHEET_NAMES), { minLength: 1, maxLength: 3 })
    .chain((names) =>
      fc.tuple(
        fc.constant(names),
        fc.array(fc.array(fc.array(initCell, { minLength: 0, maxLength: 5 }), { minLength: 0, maxLength: 6 }), {
          minLength: names.length,
          maxLength: names.length,
        }),
        fc.array(fc.tuple(fc.nat(names.length - 1), fc.nat(6), fc.nat(5), newContent), { minLength: 1, maxLength: 12 }),
      ),
    );

  test("property: apply then undo gives back the workbook cell by cell, for hostile workbooks", async () => {
    await fc.assert(
      fc.asyncProperty(workbook, async ([names, grids, edits]) => {
        const fx2 = fake({ sheets: names.map((name, i) => ({ name, rows: grids[i] })) });
        const un = fx2.install();
        try {
          const before = fx2.state.dump((s) => s.name !== UNDO_SHEET);
          const snap = await run(fx2, (c) => readWorkbookSnapshot(c));
          const wanted = edits.map(([s, r, c, content]) => ({ sheet: names[s], cell: `${"ABCDEF"[c]}${r + 1}`, ...content }));
          const writes = writesFrom(snap, wanted);
          await run(fx2, (c) => applyWrites(c, writes));
          // the last write to each cell is what it holds now, with its number format kept
          const last = new Map(wanted.map((w) => [`${w.sheet}!${w.cell}`, w]));
          for (const w of last.values()) {
            const now = fx2.state.cell(w.sheet, w.cell);
            const was = before[w.sheet][w.cell]?.numberFormat ?? "General";
            expect(now.numberFormat).toBe(was);
            if (w.formula) expect(now.formula).toBe(w.formula);
            else {
              expect(now.formula).toBeNull();
              expect(now.value).toEqual(w.value);
            }
          }
          expect(await run(fx2, (c) => undoLastApply(c))).toBe(true);
          expect(fx2.state.dump((s) => s.name !== UNDO_SHEET)).toEqual(before);
          expect(fx2.state.sheets.some((s) => s.name === UNDO_SHEET)).toBe(false);
        } finally {
          un();
        }
      }),
      { numRuns: 60 },
    );
  }, 120000);
});
