import { checkNaturalIncrease } from "../../../src/engine/checks/naturalIncrease";
import type { CellValue } from "../../../src/engine/grid";
import { rel, sheet } from "./builder";

/** 出生率 8.47‰ (seed 000), 死亡率 5.39‰ → 自然增长率 3.08‰ */
const s = (result: CellValue, birth: CellValue = "8.47‰") =>
  sheet("统计表", [["出生率", "死亡率", "自然增长率"], [birth, "5.39‰", result]]);
const r = rel.naturalIncrease("C2", "A2", "B2");

describe("natural increase: 自然增长率 = 出生率 − 死亡率", () => {
  it.each<CellValue>(["3.08‰", 3.08, "3.1‰", "3.0‰", "3‰"])("%s agrees with 8.47‰ − 5.39‰", (v) => {
    expect(checkNaturalIncrease(s(v), [r])).toEqual([]);
  });

  it("flags 3.5‰ on the derived rate as a rate-mismatch", () => {
    const f = checkNaturalIncrease(s("3.5‰"), [r]);
    expect(f).toEqual([
      expect.objectContaining({
        kind: "rate-mismatch", severity: "error", cell: "C2", related: ["A2", "B2"], expected: 3.08, actual: 3.5,
      }),
    ]);
    expect(f[0].message).toBe("自然增长率 3.5‰ 与 出生率 8.47‰ − 死亡率 5.39‰ = 3.08‰ 不一致(相差 0.42 个千分点)");
  });

  it("never flags when the birth rate is missing", () => {
    expect(checkNaturalIncrease(s("3.5‰", null), [r])).toEqual([]);
  });
});
