/**
 * Which way a yes/no answers a clause that names only an event (有违规现象之一的不得分,
 * 查看现场,有违法违规行为扣2分) — the corpus convention (test/corpus/clauses/README.md,
 * "Conventions settled (round 7)"): with the item's max, 是/√ say the item's standard is met and
 * 否/× that it is not, while 有/无, 发生2起/未发生 and counts say whether the event happened; with no
 * max (a deduction standing alone), 是 means the event happened. A veto said beside the zero
 * (实行一票否决) keeps the same answers and adds the veto.
 */
import { parseRule, scoreRule } from "../../../src/engine/rules";
import type { CellValue } from "../../../src/engine/grid";

function score(text: string, value: CellValue, max?: number): { score: number | null; vetoed?: boolean } {
  const p = parseRule(text, max !== undefined ? { max } : {});
  if (!p.understood) throw new Error(`${text}: ${p.reason}`);
  const s = scoreRule(p.rule, value, max);
  return { score: s.score, ...(s.vetoed ? { vetoed: true } : {}) };
}

// dev4 G26-02, dev5 H11-05, and paraphrases another document would use
const EVENT_CLAUSES: ReadonlyArray<[string, number]> = [
  ["查看现场,有违法违规行为扣2分。", 2],
  ["有違規現象之一的不得分。", 5],
  ["发现违规行为的,此项不得分", 3],
  ["班子成员中有违规违纪的不得分。", 2],
  ["出现安全事故的不得分;", 4],
  ["经查实有违法违规行为的扣5分", 5],
];

describe("yes/no on a clause that names only an event, with the item's max", () => {
  it.each(EVENT_CLAUSES)("%s (max %d): 是/√/完成 met, 否/×/未完成 not", (text, max) => {
    for (const v of ["是", "√", "完成", true]) expect(score(text, v, max).score).toBe(max);
    for (const v of ["否", "×", "未完成", false]) expect(score(text, v, max).score).toBe(0);
  });
  it.each(EVENT_CLAUSES)("%s (max %d): 有/无, counts and 未发生 say whether the event happened", (text, max) => {
    for (const v of ["有", "1起", "发生2起", 3]) expect(score(text, v, max).score).toBe(0);
    for (const v of ["无", "無", "沒有", "未发生", 0, "0"]) expect(score(text, v, max).score).toBe(max);
  });
  it("with no max (a deduction standing alone) 是 still means the event happened", () => {
    expect(score("查看现场,有违法违规行为扣2分。", "是").score).toBe(-2);
    expect(score("查看现场,有违法违规行为扣2分。", "否").score).toBe(0);
    expect(score("发生违反《计划生育条例》行为扣40分。", "是").score).toBe(-40);
  });
  it("a clause that says both the absence and the event (dev D35-08) keeps its reading", () => {
    const t = "全年无火灾得10分,发生森林火灾无分,并实行一票否决";
    expect(score(t, "无", 10)).toEqual({ score: 10 });
    expect(score(t, "0", 10)).toEqual({ score: 10 });
    expect(score(t, "1起", 10)).toEqual({ score: 0, vetoed: true });
    expect(score(t, "有", 10)).toEqual({ score: 0, vetoed: true });
    expect(score(t, "是", 10)).toEqual({ score: 10 });
  });
});

describe("a veto said beside a failing that zeroes the item", () => {
  // dev5 H11-03, H11-04 and paraphrases: the brackets, the comma, 并/同时, quotes, full-width brackets
  const VETOED: ReadonlyArray<[string, number]> = [
    ["少任一種證件不得分(實行“一票否決”)。", 4],
    ["少任一种证件不得分,实行一票否决。", 4],
    ["缺少任何一种证照的不得分,并实行“一票否决”", 4],
    ["少任一种证件不得分（实行一票否决）", 4],
    ["有嚴重小學化傾向、體罰或變相體罰現象之一的不得分(實行“一票否決”);有亂收費行為的不得分。", 10],
    ["有违规现象之一的不得分,同时实行一票否决", 5],
  ];
  it.each(VETOED)("%s (max %d): 是 met, 否 zero and vetoed", (text, max) => {
    expect(score(text, "是", max)).toEqual({ score: max });
    expect(score(text, "√", max)).toEqual({ score: max });
    expect(score(text, "否", max)).toEqual({ score: 0, vetoed: true });
    expect(score(text, "×", max)).toEqual({ score: 0, vetoed: true });
  });
  it("the same clause without the veto scores the same (only the veto flag differs)", () => {
    for (const [text, max] of VETOED) {
      const plain = text.replace(/[(（]实行“?一票否[决決]”?[)）]|[(（]實行“?一票否決”?[)）]|,(?:并|同时)?实行“?一票否决”?/g, "");
      expect(plain).not.toBe(text);
      for (const v of ["是", "否", "√", "×"]) expect(score(plain, v, max).score).toBe(score(text, v, max).score);
    }
  });
  it("a veto with a condition of its own beside points stays two rules (refused)", () => {
    const p = parseRule("出现重大安全事故的实行一票否决,未按时上报的不得分", { max: 5 });
    expect(p.understood).toBe(false);
  });
  it("a veto with no points and no max is still the veto construct", () => {
    const p = parseRule("出现重大责任事故的予以一票否决");
    expect(p.understood && p.rule.kind).toBe("veto");
  });
});
