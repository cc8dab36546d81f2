/**
 * Issue 10, round 14, `bs`: a base score moved up and down, and points of both signs in one clause — read by
 * construct, on rewordings of our own (in no corpus file), each on several values, with near misses that stay refused.
 */
import { parseRule, scoreRule } from "../../../src/engine/rules";

const score = (text: string, value: string | number, max?: number): number | null => {
  const p = parseRule(text, max !== undefined ? { max } : {});
  return p.understood ? scoreRule(p.rule, value, max).score : null;
};
const understood = (text: string, max?: number): boolean => parseRule(text, max !== undefined ? { max } : {}).understood;

describe("a base score said as such, moved up and down by kinds counted apart (基础分3分,每…加…,…扣…,得分不超过5分)", () => {
  it.each<[string, number, ReadonlyArray<[string | number, number]>]>([
    // another base word, found words, a score word before the cap
    ["底分60分,每发现一处亮点加2分,每发现一处问题扣3分,总分不超过80分", 80, [["2,1", 61], ["0,25", 0], ["15,0", 80], ["0", 60], ["无", 60]]],
    // 为 before the base, the other state of one unit after a comma, a bound that is the item's max
    ["基本分为10分;每抽查一名学生合格的加0.5分,不合格的扣1分;最高15分", 15, [["4,2", 10], ["0,12", 0], ["12,0", 15], ["3,1", 10.5]]],
    // a floor and a cap, other measure words and verbs
    ["基准分50分,每按期完成一项任务加5分,每逾期一项扣2分,得分最高不超过60分,扣完为止", 60, [["1,0", 55], ["3,4", 57], ["0,30", 0]]],
    // no cap: the item's max bounds the score
    ["各班基础分80分,每获表扬1次加2分,每被通报1次扣5分", 100, [["3,1", 81], ["0,20", 0], ["20,0", 100]]],
    // a note in parentheses closing it
    ["基础分20分,每检查1个村达标的加1分,不达标的扣2分,得分不超过30分(以检查记录为准)", 30, [["5,2", 21], ["0,11", 0], ["12,0", 30]]],
  ])("%s (max %s)", (text, max, cases) => {
    for (const [value, expected] of cases) expect(score(text, value, max)).toBe(expected);
  });

  it("with no max the base is the tally's start: the kinds give signed points", () => {
    const t = "宿舍基础分80分,每发现一处整洁加1分,每发现一处脏乱扣2分";
    expect(score(t, "1,0")).toBe(1);
    expect(score(t, "0,3")).toBe(-6);
    expect(score(t, "2,1")).toBe(0);
  });

  it.each<[string, number | undefined]>([
    // a cap on the additions only (最多加2分): whether deductions come off before or after it is not said
    ["基础分3分,每检查一户有宣传单加0.2分,无扣0.2分,最多加2分", 5],
    // a cap on the score past the item's max
    ["基础分3分,每检查一户有宣传单加0.2分,无扣0.2分,得分不超过8分", 5],
    // a base above the item's max
    ["基础分8分,每检查一户有宣传单加0.2分,无扣0.2分", 5],
    // no max, but a bound and a floor: what they bound is the item's, which is not given
    ["基础分3分,每检查一户有宣传单加0.2分,无扣0.2分,得分不超过5分,扣完为止", undefined],
    // a second state with no unit counted before it (no 每): what is counted is not said
    ["基础分3分,有宣传单的加0.2分,无扣0.2分,得分不超过5分", 5],
  ])("near miss stays refused: %s (max %s)", (text, max) => {
    expect(understood(text, max)).toBe(false);
  });
});

describe("a base score said beside grades of both signs, with no max (各栋宿舍基本分数85分,稍差扣1分…稍好加1分)", () => {
  it.each<[string, ReadonlyArray<[string, number]>]>([
    ["每间教室底分90分,卫生优加3分,良加1分,差扣2分", [["优", 3], ["差", -2], ["良", 1]]],
    ["各班基础分为60分:整洁加2分、一般不扣分、脏乱扣3分", [["整洁", 2], ["脏乱", -3], ["一般", 0]]],
    ["本项基准分70分,评为优秀的加5分,良好的加2分,较差的扣4分", [["优秀", 5], ["较差", -4], ["良好", 2]]],
  ])("%s", (text, cases) => {
    for (const [value, expected] of cases) expect(score(text, value)).toBe(expected);
    // (the base is no grade of its own)
    expect(score(text, "基础分")).toBeNull();
  });

  it("near miss: with a max, grades of both signs beside a base stay refused (base + grade is not read yet)", () => {
    expect(understood("基本分85分,稍差扣1分、差扣2分,好加2分", 100)).toBe(false);
    expect(understood("基础分为60分:整洁加2分、一般不扣分、脏乱扣3分", 10)).toBe(false);
  });
});
