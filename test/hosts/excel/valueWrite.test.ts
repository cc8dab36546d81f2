/**
 * The value-normalising write in Excel (issue 10 item 3), on the in-memory Excel: the engine's
 * plan for a 考核表 whose 完成情况 cells hold "4次", "少2项", "96%" (one of them typed under the
 * text format "@") makes each the number it means with a number format showing the same text,
 * writes live formulas in the score cells, and 撤销 puts back each cell's text and number format
 * byte for byte.
 */
import { analyzeWorkbook } from "../../../src/engine";
import { applyWrites, undoLastApply } from "../../../src/hosts/excel/apply";
import { readWorkbookSnapshot } from "../../../src/hosts/excel/snapshot";
import { UNDO_SHEET } from "../../../src/hosts/excel/records";
import { writePayload } from "../../../src/hosts/excel/valueWrite";
import type { FakeExcel } from "../../support/fakeExcel";
import { fake, run } from "./helpers";

function workbook() {
  return {
    sheets: [
      {
        name: "考核表",
        cells: {
          A1: "序号", B1: "考核项目", C1: "分值", D1: "评分标准", E1: "完成情况", F1: "考核得分",
          A2: 1, B2: "召开专题会议", C2: 10, D2: "每召开1次计3分,计满10分为止", E2: "4次",
          A3: 2, B3: "资料报送", C3: 10, D3: "少1项扣2分,扣完为止", E3: { value: "少2项", numberFormat: "@" },
          A4: 3, B4: "政策符合率", C4: 20, D4: "达到95%以上计20分,低于95%不计分", E4: "96%",
          A5: null, B5: "合计", C5: 40,
        },
      },
    ],
  };
}

describe("the value-normalising write in Excel", () => {
  let fx: FakeExcel;
  let restore: () => void;
  afterEach(() => restore?.());

  it("writes 4次 as 4 shown 0\"次\" (少2项, 96% likewise) with live formulas, and 撤销 restores text and format byte for byte", async () => {
    fx = fake(workbook());
    restore = fx.install();
    const before = JSON.stringify(fx.state.dump((s) => s.name !== UNDO_SHEET));
    const snapshot = await run(fx, (c) => readWorkbookSnapshot(c));
    const plan = analyzeWorkbook(snapshot);
    const made = plan.writes.filter((w) => w.kind === "normalise-value");
    expect(made.map((w) => [w.cell, w.original, w.value, w.numberFormat, w.readBy])).toEqual([
      ["E2", "4次", 4, '0"次"', "F2"],
      ["E3", "少2项", 2, '"少"0"项"', "F3"],
      ["E4", "96%", 0.96, "0%", "F4"],
    ]);

    await run(fx, (c) => applyWrites(c, plan.writes));
    const cell = (a: string) => fx.state.cell("考核表", a);
    expect([cell("E2").value, cell("E2").numberFormat]).toEqual([4, '0"次"']);
    expect([cell("E3").value, cell("E3").numberFormat]).toEqual([2, '"少"0"项"']);
    expect([cell("E4").value, cell("E4").numberFormat]).toEqual([0.96, "0%"]);
    for (const a of ["F2", "F3", "F4", "F5"]) expect([a, cell(a).formula?.startsWith("=")]).toEqual([a, true]);
    // the plan read again from the written sheet: the same scores, nothing left to write
    const again = analyzeWorkbook(await run(fx, (c) => readWorkbookSnapshot(c)));
    expect(again.scores.map((s) => [s.cell, s.value])).toEqual(plan.scores.map((s) => [s.cell, s.value]));
    expect(again.writes).toEqual([]);

    expect(await run(fx, (c) => undoLastApply(c))).toBe(true);
    expect(JSON.stringify(fx.state.dump((s) => s.name !== UNDO_SHEET))).toBe(before);
    expect([cell("E3").value, cell("E3").numberFormat]).toEqual(["少2项", "@"]);
    expect([cell("E2").value, cell("E2").numberFormat]).toEqual(["4次", "General"]);
  });

  it("a score's write carries its formula; a value made a number carries the number and its format", () => {
    const previous = { value: "4次", formula: null, numberFormat: null };
    expect(writePayload({ sheet: "s", cell: "E2", value: 4, kind: "normalise-value", numberFormat: '0"次"', previous })).toEqual({ value: 4, numberFormat: '0"次"' });
    expect(writePayload({ sheet: "s", cell: "F2", value: 9, formula: "=MIN(10,3*INT(E2))", previous })).toEqual({ formula: "=MIN(10,3*INT(E2))" });
    expect(writePayload({ sheet: "s", cell: "F2", value: 9, previous })).toEqual({ value: 9 });
  });
});
