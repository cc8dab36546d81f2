import { checkScoreTree } from "../../../src/engine/checks/scoreTree";
import { scoringSheet, scoringTree } from "./scoringSheet";

describe("score tree", () => {
  it("is silent on a consistent sheet (both 自评分 and 考核得分, negative penalties, capped sections)", () => {
    expect(checkScoreTree(scoringSheet(), scoringTree())).toEqual([]);
  });

  it("is silent when penalties are entered as positive deductions", () => {
    const s = scoringSheet({ F14: 6, F15: 2, F16: 4, G14: 8, G15: 2, G16: 6 });
    expect(checkScoreTree(s, scoringTree())).toEqual([]);
  });

  it("is silent when a score is rounded to the decimals it is shown with (912.5 written 913)", () => {
    const s = scoringSheet({ G7: 17.5, G3: 106.5, G2: 241.5, G17: 927 });
    expect(checkScoreTree(s, scoringTree())).toEqual([]);
  });

  describe("max-sum-mismatch: children's max points add up to the parent's", () => {
    it("flags 一 280 when its parts' max are 130 + 110 + 50 = 290, on the parent's max cell", () => {
      const f = checkScoreTree(scoringSheet({ C9: 50 }), scoringTree({ 9: 50 }));
      expect(f).toEqual([
        expect.objectContaining({
          kind: "max-sum-mismatch", severity: "error", sheet: "考核表", cell: "C2", related: ["C3", "C8:C9"], expected: 290, actual: 280,
        }),
      ]);
      expect(f[0].message).toBe("“综合治理责任落实”分值 280 与下级各项分值之和 290 不一致(相差 10)");
    });

    it("flags the total 1000 when the top items make 990", () => {
      const f = checkScoreTree(scoringSheet({ C11: 710 }), scoringTree({ 10: 710 }));
      expect(f.filter((x) => x.kind === "max-sum-mismatch")).toEqual([
        expect.objectContaining({ cell: "C17", related: ["C2", "C10"], expected: 990, actual: 1000 }),
      ]);
    });

    it("flags the item cell when the max is only in the item text “(20分)”", () => {
      const tree = scoringTree({ 3: 120 });
      const items = tree.items.map((i) => (i.row === 2 ? { ...i, maxFrom: "text" as const } : i));
      const f = checkScoreTree(scoringSheet(), { ...tree, items });
      expect(f.filter((x) => x.kind === "max-sum-mismatch")).toEqual([
        expect.objectContaining({ cell: "B3", related: ["C4:C7"], expected: 130, actual: 120 }),
      ]);
    });
  });

  describe("scores out of range", () => {
    it("flags 12 points on an item worth 10 (score-over-max) and nothing else", () => {
      const f = checkScoreTree(scoringSheet({ F6: 12, F3: 122, F2: 260, F17: 958 }), scoringTree());
      expect(f).toEqual([
        expect.objectContaining({ kind: "score-over-max", severity: "error", cell: "F6", related: ["C6"], expected: 10, actual: 12 }),
      ]);
      expect(f[0].message).toBe("“加强机构、队伍建设(配备人员)”自评分 12 超过该项分值 10(多 2)");
    });

    it("flags −2 on an ordinary item (score-below-zero) but not the penalty items' −2, −6", () => {
      const f = checkScoreTree(scoringSheet({ G4: -2, G3: 87, G2: 222, G17: 907 }), scoringTree());
      expect(f).toEqual([
        expect.objectContaining({ kind: "score-below-zero", severity: "error", cell: "G4", expected: 0, actual: -2 }),
      ]);
    });
  });

  describe("parent-score-mismatch: a parent's score is the sum of its children's", () => {
    it("flags (一) 自评分 120 ≠ 20+65+9+25 = 119, and not 一 above it", () => {
      const f = checkScoreTree(scoringSheet({ F3: 120 }), scoringTree());
      expect(f).toEqual([
        expect.objectContaining({
          kind: "parent-score-mismatch", severity: "error", cell: "F3", related: ["F4:F7"], expected: 119, actual: 120,
        }),
      ]);
      expect(f[0].message).toBe("“坚持党政一把手亲自抓、负总责”自评分 120 与下级各项得分之和 119 不一致(相差 1)");
    });

    it("checks the 考核得分 column too", () => {
      const f = checkScoreTree(scoringSheet({ G9: 30 }), scoringTree());
      expect(f).toEqual([expect.objectContaining({ kind: "parent-score-mismatch", cell: "G2", expected: 239, actual: 244 })]);
    });

    it("flags a wrong total: 955 entered as 965", () => {
      const f = checkScoreTree(scoringSheet({ F17: 965 }), scoringTree());
      expect(f).toEqual([expect.objectContaining({ kind: "parent-score-mismatch", cell: "F17", expected: 955, actual: 965 })]);
      expect(f[0].message).toContain("= 955");
    });

    it("caps the bonus in the total: 加分 3 + 4 = 7 counts as 5", () => {
      const s = scoringSheet({ F12: 4, F13: 3, F11: 5, F17: 956 });
      expect(checkScoreTree(s, scoringTree())).toEqual([]);
      const wrong = scoringSheet({ F12: 4, F13: 3, F11: 5, F17: 958 });
      expect(checkScoreTree(wrong, scoringTree())).toEqual([expect.objectContaining({ cell: "F17", expected: 956, actual: 958 })]);
    });

    it("a penalty section whose sign differs from the sheet's is compared by magnitude, reported with its sign", () => {
      const f = checkScoreTree(scoringSheet({ F14: -7, F17: 954 }), scoringTree());
      expect(f).toEqual([expect.objectContaining({ kind: "parent-score-mismatch", cell: "F14", expected: -6, actual: -7 })]);
    });

    it("blank children are unknown: no finding unless the filled ones already give more", () => {
      expect(checkScoreTree(scoringSheet({ F5: null }), scoringTree())).toEqual([]);
      const f = checkScoreTree(scoringSheet({ F5: null, F3: 50 }), scoringTree());
      expect(f).toEqual([expect.objectContaining({ kind: "parent-score-mismatch", cell: "F3", expected: 54, actual: 50 })]);
    });

    it("does not compare the total of a vetoed unit (一票否决)", () => {
      const tree = scoringTree();
      const veto = { row: 17, level: 0, name: "出现重大责任事故", section: "veto" as const, children: [] };
      const rows = scoringSheet({ F17: 0 });
      const s = { ...rows, values: [...rows.values, ["六", "出现重大责任事故", null, "一票否决", "是", null, null]] };
      expect(checkScoreTree(s, { ...tree, items: [...tree.items, veto] })).toEqual([]);
      expect(checkScoreTree(rows, tree)).toEqual([expect.objectContaining({ cell: "F17", actual: 0 })]);
    });
  });
});

describe("score tree: one wrong max is reported once", () => {
  it("flags (一) 120 whose parts make 130, not 一 280 above it (280 = 130 + 110 + 40 as the parts make them)", () => {
    const f = checkScoreTree(scoringSheet({ C3: 120 }), scoringTree({ 3: 120 }));
    expect(f.filter((x) => x.kind === "max-sum-mismatch")).toEqual([
      expect.objectContaining({ cell: "C3", related: ["C4:C7"], expected: 130, actual: 120 }),
    ]);
  });
});

describe("score tree: items inside a penalty section", () => {
  it("never calls a deduction under 减分 below zero, even when the layout marks it an ordinary item", () => {
    const tree = scoringTree();
    const items = tree.items.map((i) => (i.row === 15 ? { ...i, section: "item" as const } : i));
    expect(checkScoreTree(scoringSheet(), { ...tree, items })).toEqual([]);
  });
});
