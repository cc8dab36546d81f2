/**
 * Issue 10, round 11 (ak): scoring text left unread in clauses made of parts the reader understands.
 * - acts counted by the time (迟到一次扣1分, 每次扣2分) beside acts said with their own points and no count
 *   (旷操扣2分, 不接待的扣2分, (发现装病扣10分)): kinds of occurrence counted apart — round 10's convention, one
 *   count per kind in the clause's order. Not so beside counts of things (每处, 每人) or of times short (每少开1次),
 *   a graver case of the act counted (时间长的扣3分), or a kind named twice.
 * - a note of words in parentheses right after the count (凡缺勤一次(除报备参加…会议外),扣30分): which times count,
 *   not another figure — the count is still per time; a note that scores (加倍) or holds a figure is not this.
 * - levels listed, one of a unit (每个, 1篇), then 分别 and as many points (被省、市、县督查组巡查发现的火点,每个分别扣10分、
 *   5分、3分; 在省、市级刊物发表1篇(项)分别加1分和0.5分): each level a kind counted apart, beside the clause's other kinds
 *   or alone with a cap; levels and points not as many stay refused.
 */
import { parseRule, scoreRule } from "../../../src/engine/rules";

const parsed = (text: string, max?: number) => parseRule(text, max !== undefined ? { max } : {});
const score = (text: string, value: string, max?: number): number | null => {
  const p = parsed(text, max);
  return p.understood ? scoreRule(p.rule, value, max).score : null;
};

describe("acts counted by the time beside acts said with their points alone", () => {
  it.each([
    // [clause, max, [value, score]...]
    ["值班人员脱岗一次扣2分,睡岗扣5分", 20, [["0,0", 20], ["1,0", 18], ["2,1", 11], ["5,3", 0]]],
    ["例会无故不到者,每次扣3分;中途离场的扣1分;顶替签到的扣4分。", null, [["0,0,0", 0], ["1,2,0", -5], ["0,0,2", -8]]],
    ["巡查记录弄虚作假扣6分,漏巡一次扣0.5分", 10, [["0,0", 10], ["1,2", 3], ["0,4", 8]]],
    ["升旗仪式缺席的,一次扣2分(因公外出除外),讲话者扣1分", null, [["1,0", -2], ["2,3", -7]]],
  ] as Array<[string, number | null, Array<[string, number]>]>)("%s", (text, max, cases) => {
    const p = parsed(text, max ?? undefined);
    expect(p.understood).toBe(true);
    if (!p.understood) return;
    expect(p.rule.kind).toBe("per-case");
    for (const [value, expected] of cases) expect(score(text, value, max ?? undefined)).toBe(expected);
  });

  it("the kinds keep the clause's order, a bare act first too", () => {
    const text = "睡岗扣5分,值班人员脱岗一次扣2分";
    expect(score(text, "1,0", 20)).toBe(15);
    expect(score(text, "0,1", 20)).toBe(18);
  });

  it.each([
    // beside a count of things (处), a failing with its points alone is a state, not another kind of occurrence
    ["卫生死角每发现一处扣1分,未建立清扫台账扣3分", 10],
    // times short of a requirement: the failings beside it are states
    ["未成立工作小组扣1分,每少召开1次例会扣0.5分,未制定年度方案扣0.5分", 2],
    // a graver case of the act counted: once or twice is not said
    ["上课迟到,1次扣1分,情节严重的扣3分", null],
    // the same words twice: a condition on acts said elsewhere
    ["迟到者无假条的每次扣1分;缺席时,无假条的扣3分", null],
  ] as Array<[string, number | null]>)("stays refused: %s", (text, max) => {
    expect(parsed(text, max ?? undefined).understood).toBe(false);
  });
});

describe("a note of words in parentheses between the count and the deduction", () => {
  it.each([
    ["值班脱岗一次(经批准的除外)扣2分", 10, [["0", 10], ["3", 4], ["6", 0]]],
    ["上课玩手机一次(含平板、电子表),扣0.5分,睡觉一次,扣1分", 10, [["0,0", 10], ["1,2", 7.5], ["4,1", 7]]],
    ["会议缺席一人次(请假的不算)扣2分", null, [["0", 0], ["3", -6]]],
  ] as Array<[string, number | null, Array<[string, number]>]>)("%s", (text, max, cases) => {
    const p = parsed(text, max ?? undefined);
    expect(p.understood && p.rule.kind).toBe("per-case");
    for (const [value, expected] of cases) expect(score(text, value, max ?? undefined)).toBe(expected);
  });

  it("a note that scores stays refused (值班脱岗1次(节假日、夜间加倍)扣2分)", () => {
    expect(parsed("值班脱岗1次(节假日、夜间加倍)扣2分", 10).understood).toBe(false);
  });
  it("a note with a figure is not read as a note of words (迟到一次(10分钟以上)扣1分 stays refused)", () => {
    expect(parsed("迟到一次(10分钟以上)扣1分", 10).understood).toBe(false);
  });
});

describe("levels listed, one of a unit, then 分别 and their points: a kind per level", () => {
  it.each([
    ["被区、县、乡检查组发现的违规广告,每处分别扣6分、4分、2分;被群众举报查实的违规广告,每处扣3分。", null, [["0,0,0,0", 0], ["1,2,0,1", -17], ["0,0,3,0", -6]]],
    ["被市、县通报1次分别扣4分、2分,被乡镇通报1次扣1分", 10, [["0,0,0", 10], ["1,2,1", 1], ["2,1,3", 0]]],
    ["在国家、省级期刊发表1篇分别加3分和2分,最多加8分", null, [["0,0", 0], ["1,1", 5], ["2,3", 8]]],
    ["获市、县表彰1次分别计4分、2分", null, [["1,0", 4], ["1,2", 8]]],
    ["被区、县、乡检查组发现的违规广告,每处依次扣6分、4分、2分;被群众举报查实的违规广告,每处扣3分。", null, [["1,2,0,1", -17], ["0,0,3,0", -6]]],
  ] as Array<[string, number | null, Array<[string, number]>]>)("%s", (text, max, cases) => {
    expect(parsed(text, max ?? undefined).understood).toBe(true);
    for (const [value, expected] of cases) expect(score(text, value, max ?? undefined)).toBe(expected);
  });

  it("levels and points not as many stay refused (被省、市、县督查发现的问题,每个分别扣5分、3分)", () => {
    expect(parsed("被省、市、县督查发现的问题,每个分别扣5分、3分;被镇督查发现的问题,每个扣1分").understood).toBe(false);
    expect(parsed("被省、市、县督查发现的问题,每个分别扣5分、3分").understood).toBe(false);
  });
});
