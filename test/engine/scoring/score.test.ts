/**
 * Scoring a 考核评分表 in place, on a hand-built sheet and item tree whose answers were
 * computed by hand from the clauses (docs/domain.md's family A, Dengzhou-style wording).
 */
import type { CellValue, SheetSnapshot } from "../../../src/engine/grid";
import type { ItemTree, ScoringItem, Table } from "../../../src/engine/layout/model";
import { scoreItemTree } from "../../../src/engine/scoring/score";

// A 序号 · B 考核项目 · C 分值 · D 评分标准 · E 完成情况 · F 自评分 · G 考核得分
const rows: CellValue[][] = [
  ["序号", "考核项目", "分值", "评分标准", "完成情况", "自评分", "考核得分"],
  ["一", "综合治理责任落实", 40, null, null, 29, null],
  [1, "加强机构、队伍建设(配备人员)", 10, "每配备1名计3分,计满10分为止", "3人", 9, null],
  [2, "事业费投入到位率", 30, "到位率达到50%以上计30分,每降低1个百分点扣2.5分,低于30%不计分", "46%", 25, null],
  ["二", "加分", null, "以上加分不超过5分", null, null, null],
  [1, "受到省级表彰", null, "受到省级表彰的,每次加3分", "2次", null, null],
  ["三", "减分", null, "上述累计减分不超过15分", null, null, null],
  [1, "政策外多孩生育", null, "每例扣2分", "3例", null, null],
  [2, "统计误差", null, "每起扣5分", "2起", null, null],
  ["", "合计", 40, null, null, null, 30],
];
const sheet: SheetSnapshot = { name: "考核评分表", values: rows };

function item(row: number, level: number, section: ScoringItem["section"], extra: Partial<ScoringItem> = {}): ScoringItem {
  return {
    row, level, section, name: String(rows[row][1]), children: [],
    ...(typeof rows[row][2] === "number" ? { max: rows[row][2] as number, maxFrom: "column" as const } : {}),
    ...(rows[row][3] ? { ruleText: String(rows[row][3]) } : {}),
    ...extra,
  };
}

const table: Table = { headerTop: 0, headerBottom: 0, firstRow: 1, lastRow: 9, columns: [] };
const tree: ItemTree = {
  table,
  items: [
    item(1, 0, "item", { children: [2, 3] }),
    item(2, 2, "item", { parent: 1 }),
    item(3, 2, "item", { parent: 1 }),
    item(4, 0, "bonus", { children: [5] }),
    item(5, 2, "bonus", { parent: 4 }),
    item(6, 0, "penalty", { children: [7, 8] }),
    item(7, 2, "penalty", { parent: 6 }),
    item(8, 2, "penalty", { parent: 6 }),
    item(9, 0, "total"),
  ],
  maxCol: 2, standardCol: 3, measuredCol: 4, selfScoreCol: 5, scoreCol: 6,
  bonusCap: 5, penaltyCap: 15, totalRow: 9,
};

describe("scoring a 考核评分表", () => {
  const r = scoreItemTree(sheet, tree);
  const score = (cell: string) => r.scores.find((s) => s.cell === cell);

  it("scores every leaf from its standard: 3人 → 9, 46% → 30 − 2.5×4 = 20", () => {
    expect(score("G3")?.value).toBe(9);
    expect(score("G4")?.value).toBe(20);
  });

  it("sums a parent, never above its max, as a live formula", () => {
    expect(score("G2")).toMatchObject({ value: 29, formula: "=MIN(40,SUM(G3:G4))" });
  });

  it("caps the bonus section at 5 (2 × 3 = 6 → 5) and the penalty section at 15 (6 + 10 = 16 → 15)", () => {
    expect(score("G6")).toMatchObject({ value: 6 });
    expect(score("G5")).toMatchObject({ value: 5, formula: "=MIN(5,G6)" });
    // nothing entered under 减分: deductions are written as positive figures
    expect(score("G8")?.value).toBe(6);
    expect(score("G9")?.value).toBe(10);
    expect(score("G7")).toMatchObject({ value: 15, formula: "=MIN(15,SUM(G8:G9))" });
  });

  it("totals base + capped bonus − capped penalty: 29 + 5 − 15 = 19", () => {
    expect(r.totals.find((t) => t.grand)).toMatchObject({ cell: "G10", value: 19, veto: false, formula: "=G2+G5-G7" });
  });

  it("keeps the sign the sheet uses when penalties are entered negative", () => {
    const neg = rows.map((r) => [...r]);
    neg[7][6] = -6;
    const n = scoreItemTree({ name: "考核评分表", values: neg }, tree);
    const at = (cell: string) => n.scores.find((s) => s.cell === cell);
    expect(at("G8")?.value).toBe(-6);
    expect(at("G9")?.value).toBe(-10);
    expect(at("G7")).toMatchObject({ value: -15, formula: "=MAX(-15,SUM(G8:G9))" });
    expect(n.totals.find((t) => t.grand)).toMatchObject({ value: 19, formula: "=G2+G5+G7" });
  });

  it("writes short formulas over numbers, and over text the formula does not read once it is made the number it means", () => {
    const num = rows.map((r) => [...r]);
    num[2][4] = 3;
    const n = scoreItemTree({ name: "考核评分表", values: num }, tree);
    const short = n.scores.find((s) => s.cell === "G3")?.formula ?? "";
    expect(short).toMatch(/3\*INT\(E3(\/1)?\)/);
    expect(short).not.toContain("SUBSTITUTE");
    // "3人", "46%" (issue 10 item 3, a changed contract: they were plain values): the value cell is
    // first made 3 shown 0"人" and 0.46 shown 0%, then the score cell gets the same short formula
    expect(score("G3")).toMatchObject({ value: 9, formula: short });
    expect(r.writes.find((w) => w.cell === "E3")).toMatchObject({
      kind: "normalise-value", value: 3, numberFormat: '0"人"', original: "3人", readBy: "G3",
      previous: { value: "3人", formula: null, numberFormat: null },
    });
    expect(r.writes.find((w) => w.cell === "E4")).toMatchObject({ kind: "normalise-value", value: 0.46, numberFormat: "0%" });
    // the formula reads the percent-formatted cell as percent
    expect(score("G4")?.formula).toContain("ROUND(E4*100,10)");
    expect(r.writes.find((w) => w.cell === "G3")).toMatchObject({ value: 9, formula: short });
    expect(r.writes.some((w) => (w.formula ?? "").includes("SUBSTITUTE"))).toBe(false);
  });

  it("compares the self score with the computed one and flags the difference on the self-score cell", () => {
    const f = r.findings.filter((x) => x.kind === "entered-score-mismatch");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ cell: "F4", expected: 20, actual: 25, severity: "error" });
    expect(f[0].message).toContain("相差 5");
  });

  it("plans a write for each computed cell with what was there before", () => {
    const total = r.writes.find((w) => w.cell === "G10");
    expect(total).toMatchObject({ formula: "=G2+G5-G7", value: 19, previous: { value: 30, formula: null, numberFormat: null } });
    const scores = r.writes.filter((w) => w.kind === undefined);
    expect(scores.map((w) => w.cell).sort()).toEqual(["G10", "G2", "G3", "G4", "G5", "G6", "G7", "G8", "G9"]);
    // only the computed column is written, and the value cells a formula reads made numbers (their text kept)
    expect(scores.every((w) => w.cell.startsWith("G"))).toBe(true);
    const values = r.writes.filter((w) => w.kind === "normalise-value");
    expect(values.map((w) => [w.cell, w.original, w.readBy])).toEqual([
      ["E3", "3人", "G3"], ["E4", "46%", "G4"], ["E6", "2次", "G6"], ["E8", "3例", "G8"], ["E9", "2起", "G9"],
    ]);
  });

  it("writes plain values with the values option", () => {
    const v = scoreItemTree(sheet, tree, { values: true });
    expect(v.writes.find((w) => w.cell === "G10")).toEqual(expect.objectContaining({ value: 19 }));
    expect(v.writes.some((w) => w.formula)).toBe(false);
  });

  it("computes the self-score column when the clerk chooses it, and compares the assessed one", () => {
    const s = scoreItemTree(sheet, tree, { scoreColumn: "self" });
    expect(s.writes.every((w) => w.cell.startsWith(w.kind === "normalise-value" ? "E" : "F"))).toBe(true);
    expect(s.findings.find((f) => f.kind === "entered-score-mismatch")?.cell).toBe("F4");
  });

  it("does not plan a write where the same formula is already there", () => {
    const formulas = rows.map((_, i) => (i === 1 ? [null, null, null, null, null, null, "=MIN(40,SUM(G3:G4))"] : []));
    const again = scoreItemTree({ ...sheet, formulas }, tree);
    expect(again.writes.find((w) => w.cell === "G2")).toBeUndefined();
  });

  it("shows a triggered veto on the total as text, never silently as a number", () => {
    const vetoRows = rows.map((r) => [...r]);
    vetoRows.splice(9, 0, ["四", "一票否决", null, "出现重大责任事故的予以一票否决", "是", null, null]);
    const vetoTree: ItemTree = {
      ...tree,
      items: [...tree.items.filter((i) => i.section !== "total"), { row: 9, level: 0, section: "veto", name: "一票否决", children: [] }, { row: 10, level: 0, section: "total", name: "合计", children: [] }],
      totalRow: 10,
    };
    const v = scoreItemTree({ name: "考核评分表", values: vetoRows }, vetoTree);
    const total = v.totals.find((t) => t.grand)!;
    expect(total.veto).toBe(true);
    expect(total.formula).toMatch(/^=IF\(OR\(E10="是"/);
    expect(v.writes.find((w) => w.cell === "G11")?.value).toBe("一票否决");
  });

  it("reports a measured value it cannot read, instead of scoring it as zero", () => {
    const bad = rows.map((r) => [...r]);
    bad[2][4] = { error: "#REF!" };
    const b = scoreItemTree({ name: "考核评分表", values: bad }, tree);
    expect(b.findings.find((f) => f.kind === "bad-value")).toMatchObject({ cell: "E3" });
    expect(b.scores.find((s) => s.cell === "G3")).toBeUndefined();
  });

  it("uses a rule the clerk stated by hand for an item, by its standard cell", () => {
    // 每人2分,最高10分 instead of the sheet's 每配备1名计3分: 3人 → 6, parent 6 + 20 = 26
    const o = scoreItemTree(sheet, tree, { ruleOverrides: { "考核评分表!D3": "每1人+2 上限10" } });
    expect(o.scores.find((s) => s.cell === "G3")?.value).toBe(6);
    expect(o.scores.find((s) => s.cell === "G2")?.value).toBe(26);
    // "3人" is text: the score is written as a value; over the number 3 the formula is the hand rule's
    expect(o.writes.find((x) => x.cell === "G3")).toMatchObject({ value: 6 });
    const num = rows.map((r) => [...r]);
    num[2][4] = 3;
    const w = scoreItemTree({ name: "考核评分表", values: num }, tree, { ruleOverrides: { "考核评分表!D3": "每1人+2 上限10" } }).writes.find((x) => x.cell === "G3")!;
    expect(w.formula).toMatch(/2\*/);
    expect(w.formula).not.toMatch(/3\*/);
  });

  it("reports a hand-stated rule it cannot read as not understood, and scores nothing from it", () => {
    const o = scoreItemTree(sheet, tree, { ruleOverrides: { "考核评分表!D3": "看情况给分" } });
    expect(o.findings.find((f) => f.kind === "unparsed-rule" && f.cell === "D3")?.message).toMatch(/^手工说明的规则未能识别/);
    expect(o.scores.find((s) => s.cell === "G3")).toBeUndefined();
  });

  it("never writes a locked cell; the parent sums what the clerk entered there", () => {
    const entered = rows.map((r) => [...r]);
    entered[2][6] = 7; // the clerk typed 7 in G3 and locked it
    const o = scoreItemTree({ name: "考核评分表", values: entered }, tree, { lockedCells: ["考核评分表!$G$3"] });
    expect(o.writes.find((w) => w.cell === "G3")).toBeUndefined();
    // G2 = MIN(40, SUM(G3:G4)) reads the locked 7, not the computed 9
    expect(o.scores.find((s) => s.cell === "G2")?.value).toBe(27);
    expect(o.writes.find((w) => w.cell === "G2")).toBeDefined();
    // and the difference between what was typed and what the rule gives is still reported
    expect(o.findings.find((f) => f.kind === "entered-score-mismatch" && f.cell === "G3")).toBeDefined();
  });

  it("reads a percent-formatted value cell as percent: 1.05 shown as 105% scores the full 30, not 1.05% → 0", () => {
    const pct = rows.map((r) => [...r]);
    pct[3][4] = 1.05;
    const numberFormats = rows.map((_, i) => (i === 3 ? [null, null, null, null, "0%"] : []));
    const p = scoreItemTree({ name: "考核评分表", values: pct, numberFormats }, tree);
    expect(p.scores.find((s) => s.cell === "G4")?.value).toBe(30);
    // without the format the same 1.05 is 1.05%: below 30%, no points
    const plain = scoreItemTree({ name: "考核评分表", values: pct }, tree);
    expect(plain.scores.find((s) => s.cell === "G4")?.value).toBe(0);
  });

  it("finds a hand-stated rule kept under the other score cell (the clerk switched columns since)", () => {
    const noStandard: ItemTree = { ...tree, standardCol: undefined };
    // stated while 自评分 (F) was computed; now 考核得分 (G) is
    const o = scoreItemTree(sheet, noStandard, { ruleOverrides: { "考核评分表!F3": "每1人+2 上限10" } });
    expect(o.scores.find((s) => s.cell === "G3")?.value).toBe(6);
  });
});
