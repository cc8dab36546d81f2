import { checkDifferences } from "../../../src/engine/checks/difference";
import type { CellValue } from "../../../src/engine/grid";
import { rel, sheet } from "./builder";

/** 未签约 = 人群总数 190 − 已签约 186 = 4 */
const s = (rest: CellValue, signed: CellValue = 186) => sheet("签约", [["人群总数", "已签约", "未签约"], [190, signed, rest]]);
const r = rel.difference("C2", "A2", "B2", "未签约人数");

describe("difference: 未签约 = 人群总数 − 已签约", () => {
  it("is silent on 4 = 190 − 186 (also typed “4人”)", () => {
    expect(checkDifferences(s(4), [r])).toEqual([]);
    expect(checkDifferences(s("4人"), [r])).toEqual([]);
  });

  it("flags 5 on the difference, expected 4", () => {
    const f = checkDifferences(s(5), [r]);
    expect(f).toEqual([
      expect.objectContaining({
        kind: "difference-mismatch", severity: "error", cell: "C2", related: ["A2", "B2"], expected: 4, actual: 5,
      }),
    ]);
    expect(f[0].message).toBe("未签约人数 5 与 190 − 186 = 4 不一致(相差 1)");
  });

  it("allows rounding of figures shown with decimals (82.5 − 40.25 shown 42.3)", () => {
    const d = sheet("表", [[82.5, 40.25, 42.3]]);
    expect(checkDifferences(d, [rel.difference("C1", "A1", "B1", "差")])).toEqual([]);
  });

  it("never flags when a figure is missing", () => {
    expect(checkDifferences(s(5, null), [r])).toEqual([]);
  });
});
