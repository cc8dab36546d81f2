/**
 * A 合计 every 10 rows (a county sheet listing villages, each township closed by its 合计):
 * each 合计 sums exactly the rows since the previous one, 小计 groups inside a block are
 * counted through their 小计, and the work stays one pass (the sheets run to 100,000 rows).
 */
import { understandSheet } from "../../../src/engine/layout";
import type { CellValue } from "../../../src/engine/grid";
import { sheet, shown } from "./build";

function blocks(n: number, withSub: boolean): CellValue[][] {
  const rows: CellValue[][] = [["单位", "人数", "户数"]];
  for (let b = 0; b < n; b++) {
    let s1 = 0;
    let s2 = 0;
    let g1 = 0;
    let g2 = 0;
    for (let k = 0; k < 9; k++) {
      if (withSub && k === 4) {
        rows.push(["小计", s1, s2]);
        g1 += s1;
        g2 += s2;
        s1 = 0;
        s2 = 0;
        continue;
      }
      const a = 10 + ((b * 7 + k * 3) % 13);
      const c = 3 + ((b + k) % 5);
      rows.push([`第${b + 1}片${k + 1}村`, a, c]);
      if (withSub && k < 4) {
        s1 += a;
        s2 += c;
      } else {
        g1 += a;
        g2 += c;
      }
    }
    rows.push(["合计", g1 + s1, g2 + s2]);
  }
  return rows;
}

describe("a 合计 every 10 rows", () => {
  it("sums the nine rows above each 合计, for every block", () => {
    const n = 30;
    const layout = understandSheet(sheet("统计", blocks(n, false)));
    const expected: string[] = [];
    for (let b = 0; b < n; b++) {
      const first = 2 + b * 10;
      const total = first + 9;
      expected.push(`sum B${total} = B${first}:B${total - 1}`, `sum C${total} = C${first}:C${total - 1}`);
    }
    expect(shown(layout.relations)).toEqual(expected.sort());
  });

  it("counts a block's 小计 group through its 小计 and the rest of the block directly", () => {
    const n = 12;
    const layout = understandSheet(sheet("统计", blocks(n, true)));
    const expected: string[] = [];
    for (let b = 0; b < n; b++) {
      const first = 2 + b * 10;
      const sub = first + 4;
      const total = first + 9;
      for (const col of ["B", "C"]) {
        expected.push(`sum ${col}${sub} = ${col}${first}:${col}${sub - 1}`);
        expected.push(`sum ${col}${total} = ${col}${sub}:${col}${total - 1}`);
      }
    }
    expect(shown(layout.relations)).toEqual(expected.sort());
  });

  it("takes time in proportion to the rows (4,000 blocks within 4× of 8 times 500 blocks)", () => {
    // warm up, then compare a large sheet to eight small ones: a re-scan per 合计 makes the large one ~8× slower
    const small = sheet("统计", blocks(500, false));
    const large = sheet("统计", blocks(4000, false));
    understandSheet(small);
    const t0 = performance.now();
    for (let i = 0; i < 8; i++) understandSheet(small);
    const t1 = performance.now();
    const layout = understandSheet(large);
    const t2 = performance.now();
    expect(layout.relations.length).toBe(8000);
    expect(t2 - t1).toBeLessThan(4 * (t1 - t0));
  });
});
