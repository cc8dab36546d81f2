/**
 * Issue 10, round 14 (rt): rates, bands and steps.
 * - counts in bands "and so on" (dev7 L09-01 1至2人不做扣0.5分,3至4人不做扣1分,以此类推): bands of one width from 1,
 *   each the same points more than the one before, continued — a band begun takes its step (⌈n / width⌉ steps),
 *   out of the item's max; earned bands step up to the max. A band off the line, or of another subject, is refused.
 * - a PDF copy giving a character twice, once as its Kangxi radical (1⾄至2⼈人): one character.
 * - a rate band closed on both sides by comparators (dev18 C01-04/05 ≥规定数的80%,<规定数的90%,得0.5分; 80%以上90%以下;
 *   ≥80%且<90%; 85%(含)以上、不足95%): one tier from its lower bound, as a range N%-M% is — from its top up another
 *   tier, a gap up to the next tier refused, a value in two bands (以上 and 以下 both hold it) refused, nothing above
 *   it at all giving nothing. A requirement met in full said with the item's max as a figure (符合要求,得2分) is 100%.
 * - a zero for the thing not done at all beside earned rate tiers (dev10 P29-02 未办理法人资格不得分,法人资格登记率达80%以上
 *   得2分…): the words after the negation are in the rate's name — what the tiers give below them, read. A zero for
 *   another condition (负责人未签字的不得分), or beside deductions, still refuses.
 */
import { parseRule, scoreRule } from "../../../src/engine/rules";

const parsed = (text: string, max?: number) => parseRule(text, max !== undefined ? { max } : {});
const score = (text: string, value: string, max?: number): number | null => {
  const p = parsed(text, max);
  return p.understood ? scoreRule(p.rule, value, p.max ?? max).score : null;
};
type Cases = Array<[string, number | undefined, Array<[string, number]>]>;

describe("counts in bands, and so on", () => {
  it.each([
    // (rewordings of our own: other subjects, measure words, widths, verbs, separators)
    ["迟到1-3次扣1分,4-6次扣2分,依此类推", 5, [["2次", 4], ["4次", 3], ["7次", 2], ["30次", 0]]],
    ["卫生检查不合格1到2间宿舍的，扣1分；3到4间的，扣2分；依此类推。", 5, [["1间", 4], ["4间", 3], ["5间", 2]]],
    ["无故缺席会议1-2人次扣1分,3-4人次扣2分,以此类推", undefined, [["0", 0], ["1人次", -1], ["5人次", -3]]],
    ["未按时上报1次扣1分,2次扣2分,以此类推", 5, [["3次", 2], ["0", 5]]],
    ["发表论文1-2篇得2分,3-4篇得4分,以此类推", 6, [["0", 0], ["1篇", 2], ["3篇", 4], ["5篇", 6], ["9篇", 6]]],
  ] as Cases)("%s", (text, max, cases) => {
    expect(parsed(text, max).understood).toBe(true);
    for (const [value, expected] of cases) expect(score(text, value, max)).toBe(expected);
  });

  it("the corpus clause (dev7 L09-01), radicals doubled by its PDF copy", () => {
    const text = "2.1⾄至2⼈人不不做扣0.5分，3⾄至4⼈人不不做扣1分，以此类推。";
    expect(score(text, "1人", 10)).toBe(9.5);
    expect(score(text, "2人", 10)).toBe(9.5);
    expect(score(text, "6人", 10)).toBe(8.5);
  });

  it("near misses stay refused: bands off one line, of another width, of another subject, or not continued", () => {
    expect(parsed("1-2人扣0.5分,3-4人扣1.5分,以此类推", 5).understood).toBe(false);
    expect(parsed("1-2人扣0.5分,3-5人扣1分,以此类推", 5).understood).toBe(false);
    expect(parsed("卫生检查不合格1到2间宿舍的，扣1分；3到4间办公室的，扣2分；依此类推。", 5).understood).toBe(false);
    // (not continued: only the bands written — 5人 is no band of it, never a step extrapolated)
    expect(score("1-2人扣0.5分,3-4人扣1分", "5人", 5)).not.toBe(3.5);
  });
});

describe("a rate band closed on both sides by comparators", () => {
  it.each([
    // (rewordings of our own: other rates, comparators said in words or symbols, joined by 且 / 、 / nothing, points or deductions)
    ["合格率≥90%得5分,≥80%且<90%得3分,<80%不得分", 5, [["95%", 5], ["90%", 5], ["85%", 3], ["70%", 0]]],
    ["及格率85%(含)以上、不足95%,计2分;95%(含)以上计4分", 4, [["95%", 4], ["90%", 2], ["85%", 2], ["80%", 0]]],
    ["入户走访率不低于70%、低于85%的得1分;不低于85%的得3分", 3, [["90%", 3], ["85%", 3], ["75%", 1], ["60%", 0]]],
    ["资料完整率在60%以上80%以下的，扣2分；60%以下的，扣4分", 4, [["90%", 4], ["70%", 2], ["50%", 0]]],
    ["符合要求，得3分；完成数≥计划数的80%，<计划数的100%，得2分；<计划数的80%，不得分", 3, [["100%", 3], ["90%", 2], ["80%", 2], ["70%", 0]]],
  ] as Cases)("%s", (text, max, cases) => {
    expect(parsed(text, max).understood && (parsed(text, max) as { rule: { kind: string } }).rule.kind).toBe("rate-tiers");
    for (const [value, expected] of cases) expect(score(text, value, max)).toBe(expected);
  });

  it("the corpus clause (dev18 C01-04): cells of a table joined, each condition before its points", () => {
    const text = "符合要求（含协同单位），得2分≥规定数的90%，得1分≥规定数的80%，＜规定数的90%，得0.5分＜规定数的80%，不得分";
    expect(score(text, "100%", 2)).toBe(2);
    expect(score(text, "95%", 2)).toBe(1);
    expect(score(text, "89%", 2)).toBe(0.5);
    expect(score(text, "79%", 2)).toBe(0);
  });

  it("near misses: a value in two bands, or in a gap between them, is refused — never one band's points", () => {
    // (80%以上 and 80%以下 both hold 80%; 90%以上 and 90%以下 both hold 90%)
    const both = "合格率90%以上得5分,80%以上90%以下得3分,80%以下不得分";
    expect(score(both, "95%", 5)).toBe(5);
    expect(score(both, "85%", 5)).toBe(3);
    expect(score(both, "90%", 5)).toBeNull();
    expect(score(both, "80%", 5)).toBeNull();
    // (nothing said from 90% to 95%)
    const gap = "合格率≥80%且<90%得3分,≥95%得5分";
    expect(score(gap, "92%", 5)).toBeNull();
    expect(score(gap, "97%", 5)).toBe(5);
    expect(score(gap, "85%", 5)).toBe(3);
  });
});

describe("a zero for the thing not done at all beside earned rate tiers", () => {
  it.each([
    ["没有开展培训的不得分;培训率达到90%以上得5分,达到70%以上得3分", 5, [["95%", 5], ["80%", 3], ["50%", 0], ["0", 0]]],
    ["未建立健康档案者不得分，健康档案建档率在95%以上的计4分，健康档案建档率在85%以上的计2分", 4, [["96%", 4], ["90%", 2], ["70%", 0]]],
    ["体检率达到100%得3分,达到80%得1分;未组织体检的,不得分", 3, [["100%", 3], ["85%", 1], ["60%", 0]]],
  ] as Cases)("%s", (text, max, cases) => {
    expect(parsed(text, max).understood).toBe(true);
    for (const [value, expected] of cases) expect(score(text, value, max)).toBe(expected);
  });

  it("near misses stay refused: a zero for another condition; a zero beside deductions", () => {
    expect(parsed("负责人未签字的不得分;签字率达到90%以上得5分,达到70%以上得3分", 5).understood).toBe(false);
    expect(parsed("资料不全的不得分;完整率达到90%以上得5分,达到70%以上得3分", 5).understood).toBe(false);
    expect(parsed("未开展培训的不得分;培训率达到90%以上扣0分,70%以上扣3分", 5).understood).toBe(false);
  });
});
