import { checkCaps } from "../../../src/engine/checks/caps";
import { checkScoreTree } from "../../../src/engine/checks/scoreTree";
import { scoringSheet, scoringTree } from "./scoringSheet";

describe("section caps (以上三项加分不超过5分, 上述累计减分不超过15分)", () => {
  it("is silent within the caps", () => {
    expect(checkCaps(scoringSheet(), scoringTree())).toEqual([]);
    expect(checkCaps(scoringSheet({ F11: 5, F12: 4, F13: 1, F17: 956, G14: -15 }), scoringTree())).toEqual([]);
  });

  it("flags an entered bonus of 7 beyond the cap of 5 on the 加分 section row", () => {
    const s = scoringSheet({ F11: 7, F12: 4, F13: 3 });
    const f = checkCaps(s, scoringTree());
    expect(f).toEqual([
      expect.objectContaining({ kind: "cap-exceeded", severity: "error", cell: "F11", related: ["F12:F13"], expected: 5, actual: 7 }),
    ]);
    expect(f[0].message).toBe("加分自评分 7 超过上限 5 分(多 2)");
    // the section row is reported once, as cap-exceeded, not also as a parent mismatch
    expect(checkScoreTree(s, scoringTree()).filter((x) => x.cell === "F11")).toEqual([]);
  });

  it("reads penalties entered negative (−18 → expected −15) or positive (18 → expected 15)", () => {
    expect(checkCaps(scoringSheet({ G14: -18 }), scoringTree())).toEqual([
      expect.objectContaining({ kind: "cap-exceeded", cell: "G14", expected: -15, actual: -18 }),
    ]);
    expect(checkCaps(scoringSheet({ G14: 18 }), scoringTree())).toEqual([
      expect.objectContaining({ kind: "cap-exceeded", cell: "G14", expected: 15, actual: 18 }),
    ]);
  });

  it("has nothing to say without a cap", () => {
    expect(checkCaps(scoringSheet({ F11: 7 }), scoringTree({}, { bonusCap: undefined as never, penaltyCap: 15 }))).toEqual([]);
  });
});
