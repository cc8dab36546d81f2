/**
 * The set of cells the relations read (layout/unplaced.ts): one byte per row per column, grown
 * as rows come, and filled table by table from where the last table stopped.
 */
import { addRelationCells, CellSet } from "../../../src/engine/layout/unplaced";
import type { Relation } from "../../../src/engine/layout/model";

const at = (row: number, col: number) => ({ row, col });

test("a cell set holds exactly the cells added, across growth and columns", () => {
  const s = new CellSet();
  s.add(0, 3);
  s.add(70, 3); // past the first allocation
  s.add(100_000, 3); // far past it
  s.add(5, 16383);
  expect([s.has(0, 3), s.has(70, 3), s.has(100_000, 3), s.has(5, 16383)]).toEqual([true, true, true, true]);
  expect([s.has(1, 3), s.has(69, 3), s.has(100_001, 3), s.has(0, 4), s.has(5, 16382), s.has(2_000_000, 3)]).toEqual([false, false, false, false, false, false]);
});

test("relations added from an index on give the same cells as all of them at once", () => {
  const rels: Relation[] = [
    { kind: "sum", total: at(10, 2), parts: [at(4, 2), at(5, 2)], exhaustive: true, label: "合计" },
    { kind: "rate", rate: at(4, 5), numerator: at(4, 3), denominator: at(4, 4), scale: 1000, label: "出生率" },
    { kind: "shares", shares: [at(7, 6), at(8, 6)], label: "比重" },
  ];
  const whole = addRelationCells(new CellSet(), rels);
  const inSteps = new CellSet();
  addRelationCells(inSteps, rels.slice(0, 1));
  addRelationCells(inSteps, rels, 1);
  const cells = [at(10, 2), at(4, 2), at(5, 2), at(4, 5), at(4, 3), at(4, 4), at(7, 6), at(8, 6)];
  for (const c of cells) expect([whole.has(c.row, c.col), inSteps.has(c.row, c.col)]).toEqual([true, true]);
  for (const c of [at(6, 2), at(4, 6), at(9, 6)]) expect([whole.has(c.row, c.col), inSteps.has(c.row, c.col)]).toEqual([false, false]);
  // from past the first relation: its cells are not added
  const tail = addRelationCells(new CellSet(), rels, 1);
  expect(tail.has(10, 2)).toBe(false);
  expect(tail.has(4, 5)).toBe(true);
});
