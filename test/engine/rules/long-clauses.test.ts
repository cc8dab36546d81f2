/**
 * Issue 14 item 2: the clause reader is linear in the clause's length. A 评分标准 cell of
 * Excel's maximum (32,767 characters) in any shape — plain text, a list without separators,
 * repeated scoring words, numbers, parentheses — parses in milliseconds; 20 such cells in
 * under a second (the old reader took 67 s for 19 cells of one shape).
 */
import { parseRule } from "../../../src/engine/rules";

const EXCEL_CELL_MAX = 32767;
const fill = (unit: string, length = EXCEL_CELL_MAX): string => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

const SHAPES = [
  "啊", "卫生计生公安教育", "一", "1", "1分", "每1人计1分,", "、a", "a、", "(", "计满", "达1%以上计1分",
  "每", "扣1分;", "百分之", "(1分)", "每起扣", "各计1分", "1名以上", "上半年;", "一票否决",
];

describe("clauses of Excel's maximum cell length", () => {
  it("20 cells of 32,767 characters parse in under 1 s", () => {
    expect(SHAPES).toHaveLength(20);
    // warm the code up on short cells of the same shapes (the first calls run unoptimised)
    for (let round = 0; round < 3; round++) for (const u of SHAPES) parseRule(fill(u, 2000));
    const cells = SHAPES.map((u) => fill(u));
    const start = process.hrtime.bigint();
    const results = cells.map((c) => parseRule(c));
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    expect(results).toHaveLength(20);
    expect(ms).toBeLessThan(1000);
  });

  it("a long clause of repeated scoring words is refused or read, never guessed from a part", () => {
    // 每1人计1分 repeated: a per-unit fragment with the other points unread → not understood
    const p = parseRule(fill("每1人计1分,", 700));
    expect(p.understood).toBe(false);
    if (!p.understood) expect(p.reason).toContain("未能理解");
  });

  it("a clause of more words than any real standard is refused as too long", () => {
    const p = parseRule(fill("每1人计1分,"));
    expect(p).toMatchObject({ understood: false });
    if (!p.understood) expect(p.reason).toContain("过长");
    // the same length of plain subject text is read (and has no points)
    const q = parseRule(fill("卫生计生公安教育") + "计5分");
    expect(q).toMatchObject({ understood: true, construct: "all-or-nothing", rule: { points: 5 } });
  });
});
