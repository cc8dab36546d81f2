import { checkCoverage } from "../../../src/engine/checks/coverage";
import type { CellValue } from "../../../src/engine/grid";
import { rel, sheet } from "./builder";

/** 签约 186 of 人群总数 190 */
const s = (count: CellValue, base: CellValue = 190) => sheet("签约", [["人群总数", "已签约"], [base, count]]);
const r = rel.coverage("B2", "A2", "已签约人数");

describe("coverage: a count never exceeds its base", () => {
  it("is silent on 186 of 190 and on 190 of 190", () => {
    expect(checkCoverage(s(186), [r])).toEqual([]);
    expect(checkCoverage(s(190), [r])).toEqual([]);
    expect(checkCoverage(s("186人", "１９０人"), [r])).toEqual([]);
  });

  it("flags 192 signed of 190 on the count", () => {
    const f = checkCoverage(s(192), [r]);
    expect(f).toEqual([
      expect.objectContaining({
        kind: "count-exceeds-base", severity: "error", sheet: "签约", cell: "B2", related: ["A2"], expected: 190, actual: 192,
      }),
    ]);
    expect(f[0].message).toBe("已签约人数 192 大于其基数 190(多 2)");
  });

  it("never flags when a figure is missing", () => {
    expect(checkCoverage(s(192, null), [r])).toEqual([]);
    expect(checkCoverage(s("—"), [r])).toEqual([]);
  });
});
