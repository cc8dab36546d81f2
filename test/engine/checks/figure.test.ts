import { readFigure, rangeOf } from "../../../src/engine/checks/figure";
import type { CellValue } from "../../../src/engine/grid";
import { readCell } from "../../../src/engine/values";
import { sheet } from "./builder";

describe("figures as the checks read them", () => {
  it.each<CellValue>(["97.89%", "182", "45%", "0.9697", "100.00", "3571", "96.9%", "８.４７‰", "182人", "１８２", "约30%", "107:100"])(
    "%s reads as values.ts readCell reads it", (v) => {
      const r = readFigure(sheet("s", [[v]]), { row: 0, col: 0 });
      const c = readCell(v);
      expect(r.kind).toBe("number");
      if (r.kind !== "number" || c.kind !== "number") throw new Error("not a number");
      expect([r.figure.value, r.figure.decimals, r.figure.unit, r.figure.approximate]).toEqual([c.value, c.decimals, c.unit, c.approximate]);
    });

  it("a percent-formatted number is the percentage shown, at the format's decimals", () => {
    const s = sheet("s", [[0.969696, 0.9789, 19.8049]], { formats: { A1: "0.00%", B1: "0%", C1: "0.0" } });
    const [a, b, c] = [0, 1, 2].map((col) => readFigure(s, { row: 0, col }));
    expect(a).toMatchObject({ kind: "number", figure: { value: 96.97, raw: 96.9696, decimals: 2, unit: "%" } });
    expect(b).toMatchObject({ kind: "number", figure: { value: 98, decimals: 0, unit: "%" } });
    expect(c).toMatchObject({ kind: "number", figure: { value: 19.8, raw: 19.8049, decimals: 1, unit: "", isCount: false } });
  });

  it("empty, “—” and 是/否 are no figure; text and errors are bad", () => {
    const s = sheet("s", [[null, "—", "是", "见附表", { error: "#REF!" }]]);
    expect([0, 1, 2, 3, 4].map((col) => readFigure(s, { row: 0, col }).kind)).toEqual(["missing", "missing", "missing", "bad", "bad"]);
  });

  it("a shown figure stands for what rounds or truncates to it (45 ← [44.5, 46))", () => {
    const [lo, hi] = rangeOf(45, 0, false);
    expect(lo).toBe(44.5);
    expect(hi).toBeLessThan(46);
    expect(hi).toBeGreaterThan(45.999);
    expect(rangeOf(182, 0, true)).toEqual([182, 182]);
    const [nlo, nhi] = rangeOf(-3.1, 1, false);
    expect(nlo).toBeGreaterThan(-3.2);
    expect(nhi).toBeCloseTo(-3.05, 10);
  });
});
