import { checkRatios } from "../../../src/engine/checks/ratio";
import type { CellValue } from "../../../src/engine/grid";
import { rel, sheet } from "./builder";

/** 出生2647人, 出生性别比108.26 (seed 000): 男1376, 女1271 → 1376/1271×100 = 108.26 */
const s = (ratio: CellValue) => sheet("统计表", [["男", "女", "出生人口性别比"], [1376, 1271, ratio]]);
const r = rel.ratio("C2", "A2", "B2", 100, "出生人口性别比");

describe("ratio: 出生人口性别比 = 男 / 女 × 100", () => {
  it.each<CellValue>([108.26, "108.26", "108:100", "108.3", "1.08:1"])("%s agrees with 1376/1271", (v) => {
    expect(checkRatios(s(v), [r])).toEqual([]);
  });

  it("flags “107:100” on the ratio, expected 108.26", () => {
    const f = checkRatios(s("107:100"), [r]);
    expect(f).toEqual([
      expect.objectContaining({
        kind: "ratio-mismatch", severity: "error", sheet: "统计表", cell: "C2", related: ["A2", "B2"], expected: 108.26, actual: 107,
      }),
    ]);
    expect(f[0].message).toBe("出生人口性别比 107:100 与 1376/1271×100 = 108.26 不一致(相差 1.26)");
  });

  it("flags 110.5", () => {
    expect(checkRatios(s(110.5), [r])).toEqual([expect.objectContaining({ expected: 108.26, actual: 110.5 })]);
  });

  it("never flags without girls to divide by", () => {
    const z = sheet("统计表", [["男", "女", "性别比"], [3, 0, "—"]]);
    expect(checkRatios(z, [r])).toEqual([]);
  });
});
