/**
 * The plan's value-normalising write (src/engine/valueWrite.ts, issue 10 item 3): which text
 * is made which number with which number format, when the score stays a plain value and why,
 * and that a value the engine cannot read never feeds a formula that would show #N/A.
 */
import { analyzeWorkbook } from "../../src/engine";
import type { CellValue, WorkbookSnapshot } from "../../src/engine/grid";
import type { CellWrite } from "../../src/engine/plan";
import { parseRule } from "../../src/engine/rules";
import { decideValueCell } from "../../src/engine/valueWrite";

const PER_UNIT = "每召开1次计3分,计满10分为止";
const DEDUCT = "少1项扣2分,扣完为止";
const RATE = "到位率达到50%以上计30分,每降低1个百分点扣2.5分,低于30%不计分";
const YES_NO = "有专题会议记录计20分,否则不计分";

function rule(text: string) {
  const p = parseRule(text);
  if (!p.understood) throw new Error(`not understood: ${text}`);
  return p.rule;
}

function decide(text: string, value: CellValue, extra: { locked?: boolean; numberFormat?: string } = {}) {
  return decideValueCell(rule(text), {
    sheet: "考核表", cell: "E2", value, formula: null, numberFormat: extra.numberFormat ?? null, scoreCell: "F2", locked: !!extra.locked,
  }, { numberFormat: extra.numberFormat });
}

/** A 考核表 with one item per (clause, value), and its 合计. */
function sheet(rows: ReadonlyArray<[string, number, CellValue]>, scores: CellValue[] = []): WorkbookSnapshot {
  const values: CellValue[][] = [["序号", "考核项目", "分值", "评分标准", "完成情况", "考核得分"]];
  rows.forEach(([text, max, v], i) => values.push([i + 1, `考核项目${i + 1}`, max, text, v, scores[i] ?? null]));
  values.push([null, "合计", rows.reduce((s, r) => s + r[1], 0), null, null, null]);
  return { sheets: [{ name: "考核表", values }] };
}

const made = (writes: ReadonlyArray<CellWrite>) => writes.filter((w) => w.kind === "normalise-value");

describe("which value is made which number", () => {
  it.each([
    [PER_UNIT, "4次", 4, '0"次"'],
    [PER_UNIT, "5种", 5, '0"种"'],
    [PER_UNIT, "2个展板", 2, '0"个展板"'],
    [PER_UNIT, "４次", 4, '0"次"'],
    [PER_UNIT, "约3次", 3, '"约"0"次"'],
    [PER_UNIT, "未发生", 0, '"未发生"'],
    [DEDUCT, "少2项", 2, '"少"0"项"'],
    [DEDUCT, "缺1人", 1, '"缺"0"人"'],
    [DEDUCT, "3项未完成", 3, '0"项未完成"'],
    [DEDUCT, "迟到1次", 1, '"迟到"0"次"'],
    [DEDUCT, "×", 0, '"×"'],
    [RATE, "96%", 0.96, "0%"],
    [RATE, "９６％", 0.96, "0%"],
    [RATE, "46.5%", 0.465, "0.0%"],
    [RATE, "约30%", 0.3, '"约"0%'],
    [RATE, "30%左右", 0.3, '0%"左右"'],
    [RATE, "达96%", 0.96, '"达"0%'],
    [RATE, "０.９６", 0.96, "General"],
    [YES_NO, "√", 1, '"√"'],
    [YES_NO, "完成", 1, '"完成"'],
    [YES_NO, "未完成", 0, '"未完成"'],
  ])("%s ← %s: %p shown %s", (text, value, number, format) => {
    const d = decide(text, value);
    expect(d.kind).toBe("normalise");
    if (d.kind !== "normalise") return;
    expect([d.write.value, d.write.numberFormat, d.numberFormat]).toEqual([number, format, format]);
    expect(d.write).toMatchObject({ kind: "normalise-value", sheet: "考核表", cell: "E2", original: value, readBy: "F2", previous: { value, formula: null, numberFormat: null } });
    expect(d.write.explain).toContain(`“${value}”`);
  });

  it.each([
    [PER_UNIT, 4],
    [PER_UNIT, "无"],
    [YES_NO, "是"],
    [YES_NO, "有"],
    [YES_NO, "否"],
    [RATE, 0.96],
    [PER_UNIT, null],
  ])("%s ← %p: the formula reads the cell as it stands", (text, value) => {
    expect(decide(text, value).kind).toBe("as-is");
  });

  it("keeps text no number format shows as typed, and says why", () => {
    // a Chinese numeral
    const cn = decide(PER_UNIT, "三次");
    expect(cn).toMatchObject({ kind: "plain" });
    if (cn.kind === "plain") expect(cn.reason.zh).toContain("会显示为“3次”");
    // a figure with a thousands separator
    const sep = decide(RATE, "1,200");
    expect(sep).toMatchObject({ kind: "plain" });
    if (sep.kind === "plain") expect(sep.reason.en).toContain('it would show "1200"');
    // " 是" with a space is not the word the formula compares with: made 1 shown "是"
    expect(decide(YES_NO, " 是")).toMatchObject({ kind: "normalise", write: { value: 1, numberFormat: '"是"' } });
  });

  it("leaves a locked value cell as it is: the score is a plain value, with the reason", () => {
    expect(decide(PER_UNIT, "4次", { locked: true })).toMatchObject({ kind: "plain", reason: { en: expect.stringContaining("kept as it is") } });
  });
});

describe("the plan", () => {
  const snap = sheet([[PER_UNIT, 10, "4次"], [DEDUCT, 10, "少2项"], [RATE, 30, "46%"], [YES_NO, 20, "三人"]]);

  it("writes each value cell before its score, the score as a live formula; 三人 keeps its plain score and the reason", () => {
    const a = analyzeWorkbook(snap);
    const cells = a.writes.map((w) => w.cell);
    expect(made(a.writes).map((w) => [w.cell, w.value, w.numberFormat])).toEqual([["E2", 4, '0"次"'], ["E3", 2, '"少"0"项"'], ["E4", 0.46, "0%"]]);
    for (const [v, s] of [["E2", "F2"], ["E3", "F3"], ["E4", "F4"]]) expect(cells.indexOf(v)).toBeLessThan(cells.indexOf(s));
    const score = (c: string) => a.scores.find((s) => s.cell === c);
    expect(score("F2")).toMatchObject({ value: 10, formula: expect.stringContaining("E2") });
    expect(score("F3")).toMatchObject({ value: 6, formula: expect.stringContaining("E3") });
    expect(score("F4")).toMatchObject({ value: 20, formula: expect.stringContaining("ROUND(E4*100,10)") });
    // 三人 for a yes/no item: 20, as a value, and why
    expect(score("F5")).toMatchObject({ value: 20, plainReason: expect.stringContaining("三人") });
    expect(score("F5")?.formula).toBeUndefined();
    expect(a.writes.find((w) => w.cell === "F5")).toMatchObject({ value: 20, plainReason: expect.stringContaining("无法原样显示") });
    expect(a.writes.find((w) => w.cell === "E5")).toBeUndefined();
    expect(score("F6")).toMatchObject({ value: 56, formula: "=SUM(F2:F5)" });
  });

  it("with `values`, or with the value cell locked, nothing is made a number", () => {
    const v = analyzeWorkbook(snap, { values: true });
    expect(made(v.writes)).toEqual([]);
    expect(v.writes.some((w) => w.plainReason)).toBe(false);
    const locked = analyzeWorkbook(snap, { lockedCells: ["考核表!E2"] });
    expect(made(locked.writes).map((w) => w.cell)).toEqual(["E3", "E4"]);
    expect(locked.scores.find((s) => s.cell === "F2")).toMatchObject({ value: 10, plainReason: expect.stringContaining("4次") });
    expect(locked.scores.find((s) => s.cell === "F2")?.formula).toBeUndefined();
  });

  it("a locked score cell is not written, nor is its value cell made a number", () => {
    const a = analyzeWorkbook(snap, { lockedCells: ["考核表!F2"] });
    expect(a.writes.map((w) => w.cell)).not.toContain("E2");
    expect(a.writes.map((w) => w.cell)).not.toContain("F2");
  });

  it("a value made a number is never counted as replacing a typed score", () => {
    expect(made(analyzeWorkbook(snap).writes).some((w) => w.replacesTyped)).toBe(false);
  });

  it("once written, the same scores and nothing more to write", () => {
    const a = analyzeWorkbook(snap);
    const values = snap.sheets[0].values.map((r) => [...r]);
    const formats: Array<Array<string | null>> = values.map((r) => r.map(() => null));
    const formulas: Array<Array<string | null>> = values.map((r) => r.map(() => null));
    for (const w of a.writes) {
      const row = Number(w.cell.slice(1)) - 1;
      const col = w.cell.charCodeAt(0) - 65;
      values[row][col] = w.value;
      if (w.numberFormat) formats[row][col] = w.numberFormat;
      if (w.formula) formulas[row][col] = w.formula;
    }
    const b = analyzeWorkbook({ sheets: [{ name: "考核表", values, numberFormats: formats, formulas }] });
    expect(b.scores.map((s) => [s.cell, s.value])).toEqual(a.scores.map((s) => [s.cell, s.value]));
    expect(b.writes).toEqual([]);
  });
});

describe("a value the engine cannot read", () => {
  it("is a bad-value finding; its score is not written and the section and 合计 stay live sums", () => {
    const a = analyzeWorkbook(sheet([[PER_UNIT, 10, "4次"], [PER_UNIT, 10, "很多次"]]));
    expect(a.findings.find((f) => f.kind === "bad-value")).toMatchObject({ cell: "E3" });
    expect(a.writes.map((w) => w.cell)).not.toContain("F3");
    expect(a.writes.map((w) => w.cell)).not.toContain("E3");
    expect(a.scores.find((s) => s.cell === "F4")).toMatchObject({ value: 10, formula: "=SUM(F2:F3)" });
  });

  it("whose score cell still shows #N/A (an old formula): the 合计 is written as its value, saying why", () => {
    const a = analyzeWorkbook(sheet([[PER_UNIT, 10, "4次"], [PER_UNIT, 10, "很多次"]], [null, { error: "#N/A" }]));
    const total = a.writes.find((w) => w.cell === "F4");
    expect(total).toMatchObject({ value: 10, plainReason: expect.stringContaining("#N/A") });
    expect(total?.formula).toBeUndefined();
  });
});
