/**
 * Issue 13 item 1: corrections enter the engine as typed data. Grouping typed corrections gives
 * what reading them back from the corrections sheet gives (the sheet stays the workbook's store),
 * and a correction that makes no sense is ignored either way.
 */
import * as fc from "fast-check";
import { CORRECTIONS_SHEET, correctionRows, correctionsFromSheet, groupCorrections, readCorrections, type Correction } from "../../../src/engine/layout";
import { COLUMN_ROLES } from "../../../src/engine/layout/model";
import { SHEET_KINDS } from "../../../src/engine/plan";

const sheetName = fc.constantFrom("城关镇", "统计", "Sheet 1", "考核'表");
const correction: fc.Arbitrary<Correction> = fc.oneof(
  fc.record({ sheet: sheetName, what: fc.constant("column" as const), col: fc.integer({ min: 0, max: 40 }), role: fc.constantFrom(...COLUMN_ROLES) }),
  fc.record({ sheet: sheetName, what: fc.constant("level" as const), row: fc.integer({ min: 0, max: 60 }), level: fc.integer({ min: 0, max: 4 }) }),
  fc.record({ sheet: sheetName, what: fc.constant("kind" as const), kind: fc.constantFrom(...SHEET_KINDS) }),
);

const asSheet = (list: ReadonlyArray<Correction>) => ({ sheets: [{ name: CORRECTIONS_SHEET, values: correctionRows(list) }] });

describe("typed corrections", () => {
  it("grouped directly, they are what the corrections sheet reads back", () => {
    fc.assert(
      fc.property(fc.array(correction, { maxLength: 30 }), (list) => {
        expect(groupCorrections(list)).toEqual(readCorrections(asSheet(list)));
        expect(correctionsFromSheet(asSheet(list))).toEqual(list);
      }),
      { numRuns: 300 },
    );
  });

  it("a later correction of the same column wins; nonsense is ignored", () => {
    const list = [
      { sheet: "城关镇", what: "column", col: 6, role: "score" },
      { sheet: "城关镇", what: "column", col: 6, role: "max" },
      { sheet: "城关镇", what: "column", col: -1, role: "score" },
      { sheet: "城关镇", what: "level", row: 3, level: 9 },
      { sheet: "城关镇", what: "kind", kind: "nonsense" },
      { sheet: "", what: "kind", kind: "statistics" },
    ] as unknown as Correction[];
    const got = groupCorrections(list);
    expect([...got.keys()]).toEqual(["城关镇"]);
    expect([...got.get("城关镇")!.roles]).toEqual([[6, "max"]]);
    expect(got.get("城关镇")!.levels.size).toBe(0);
    expect(got.get("城关镇")!.kind).toBeUndefined();
  });
});
