/**
 * Issue 10, round 14, `ti`: bands of a count or a length of time with a sanction past the last band (dev16 A24-01
 * 迟到、早退10分钟内扣…2分,超过10分钟扣…5分,超过1小时按旷工1天处理). The sanction (treated as another failing, a
 * dismissal, a distinction withdrawn) has no points: the values at/past it are refused, the bands below it scored — as
 * round 13's th reads a sanction past a per-case count. Hours past bands in minutes are converted (1小时 = 60分钟);
 * a sanction in another measure, below a band's bound, or with values unsaid between the bands and it is not read.
 * Rewordings of our own (in no corpus file), each scored on several values, and near misses that stay refused.
 */
import { parseRule, scoreRule, ruleFormula } from "../../../src/engine/rules";

const score = (text: string, value: string | number, max?: number): number | null => {
  const p = parseRule(text, max !== undefined ? { max } : {});
  return p.understood ? scoreRule(p.rule, value, max).score : null;
};
const understood = (text: string, max?: number): boolean => parseRule(text, max !== undefined ? { max } : {}).understood;

describe("bands of a count or a length of time with a sanction past the last band", () => {
  it.each([
    // minutes, the sanction in hours (converted), another subject and sanction (半天)
    ["值班脱岗15分钟内扣1分,超过15分钟扣3分,超过2小时按旷工半天处理", [[0, 0], ["10分钟", -1], ["15分钟", -1], ["16分钟", -3], ["120分钟", -3], ["121分钟", null]]],
    // a count of times, 以内 and 超过, dismissal past it
    ["缺勤2次以内扣1分,超过2次扣3分,超过5次予以辞退", [[0, 0], ["1次", -1], ["2次", -1], ["3次", -3], ["5次", -3], ["6次", null]]],
    // a range band and 以上, the sanction counted with 累计 and reached at its figure (以上: ≥)
    ["会议缺席1-2次扣1分,3次以上扣3分,累计6次以上取消评优资格", [[0, 0], ["2次", -1], ["4次", -3], ["5次", -3], ["6次", null], ["9次", null]]],
    // another order of the words: the band said 以上, the sanction 视为…
    ["上课迟到5分钟以内扣0.5分,超过5分钟扣1分,30分钟以上视为旷工", [["3分钟", -0.5], ["5分钟", -0.5], ["20分钟", -1], ["30分钟", null]]],
  ] as Array<[string, Array<[string | number, number | null]>]>)("%s", (text, cases) => {
    for (const [value, expected] of cases) expect(score(text, value)).toBe(expected);
  });

  it("with the item's max: the deductions taken from it, past the sanction refused", () => {
    const t = "地面纸屑2件以内扣1分,超过2件扣3分,超过10件取消本项评比资格";
    expect(score(t, 0, 5)).toBe(5);
    expect(score(t, "1件", 5)).toBe(4);
    expect(score(t, "4件", 5)).toBe(2);
    expect(score(t, "11件", 5)).toBeNull();
  });

  it("the corpus clause (dev16 A24-01): minutes, 超过1小时 past them", () => {
    const t = "迟到、早退10分钟内扣当月绩效2分,超过10分钟扣当月绩效5分,超过1小时按旷工1天处理。";
    expect(score(t, "5分钟")).toBe(-2);
    expect(score(t, "11分钟")).toBe(-5);
    expect(score(t, "60分钟")).toBe(-5);
    expect(score(t, "61分钟")).toBeNull();
    // the formula refuses the same values (#N/A past 60)
    const p = parseRule(t);
    if (!p.understood) throw new Error("not understood");
    expect(ruleFormula(p.rule, "B2")).toContain("B2>60,NA()");
  });

  it("a sanction the assessor may take (可按旷工处理): the bands stand at every value", () => {
    expect(score("迟到10分钟内扣2分,超过10分钟扣5分,超过1小时可按旷工处理", "90分钟")).toBe(-5);
  });

  it("near misses stay refused: a sanction below a band, in another measure, or past values the bands leave unsaid", () => {
    // the sanction (20) is below the band 超过30分钟
    expect(understood("迟到10分钟内扣2分,超过30分钟扣5分,超过20分钟按旷工处理")).toBe(false);
    // days are no length of minutes
    expect(understood("迟到10分钟内扣2分,超过10分钟扣5分,超过3天按旷工处理")).toBe(false);
    // 30 to 60 minutes: not said
    expect(understood("迟到10分钟内扣2分,30分钟内扣5分,超过1小时按旷工处理")).toBe(false);
  });
});
