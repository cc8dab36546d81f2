/**
 * Issue 10, round 12 (ks): a figure that is part of what a failing IS, not a count of cases.
 * - 品种超出3个以上(扣2分) among failings of fixed points: the figure is a bound naming the failing (a comparator
 *   right before it, 超出/超过/多于/少于…, no 每), so the part is answered yes/no (or the failings counted, when
 *   all take the same points) as the same failing without the figure is.
 * - Two such bounds of one measure word are still bands of one amount (旷工半日者扣5分,旷工1日以上扣10分) unless
 *   every part takes the same points, every bound points the same way, and each says its own subject; an
 *   elided subject (…超过8人扣2分,超过10人扣2分), a bound the other way (10分钟以内 / 超过10分钟) or a half
 *   (半日) stays refused.
 */
import { parseRule, scoreRule } from "../../../src/engine/rules";

const parsed = (text: string, max?: number) => parseRule(text, max !== undefined ? { max } : {});
const score = (text: string, value: string, max?: number): number | null => {
  const p = parsed(text, max);
  return p.understood ? scoreRule(p.rule, value, max).score : null;
};

describe("a bound inside a failing (超出3个以上) is what the failing is, not a count", () => {
  it.each([
    // [clause, max, [value, score]...]
    ["1、货架上饮料陈列,规格多于4种以上(扣1分) 2、冷柜内冻品陈列,规格多于5种以上(扣1分) 3、冷柜内出现2种过期商品(扣1分)", undefined,
      [["0", 0], ["2项", -2], ["是,否,是", -2], ["否,否,否", 0]]],
    ["教室内课桌超过40张的扣3分;走廊堆放杂物超过3件的扣3分;门窗玻璃破损的扣3分", 10,
      [["是,是,是", 10], ["否,否,否", 1], ["是,否,否", 4]]],
    ["1、车辆停放超出5辆以上扣1分 2、车辆乱停超出3辆以上扣1分", undefined, [["0", 0], ["1项", -1], ["2项", -2]]],
    ["会议记录少于4次的扣2分,签到表缺失的扣2分", undefined, [["0", 0], ["是,否", -2], ["是,是", -4]]],
  ] as Array<[string, number | undefined, Array<[string, number]>]>)("%s", (text, max, cases) => {
    expect(parsed(text, max).understood).toBe(true);
    for (const [value, expected] of cases) expect(score(text, value, max)).toBe(expected);
  });

  it("reads the part as the same failing without its figure is read", () => {
    const plain = "课桌摆放不齐的扣3分;走廊堆放杂物的扣3分;门窗玻璃破损的扣3分";
    const bound = "教室内课桌超过40张的扣3分;走廊堆放杂物超过3件的扣3分;门窗玻璃破损的扣3分";
    for (const value of ["是,是,是", "否,否,否", "是,否,否", "否,是,是", "2项"]) expect(score(bound, value, 10)).toBe(score(plain, value, 10));
  });

  it("a count that is the failing (脱岗2次扣3分) or per each (每少1次) stays counted or refused, not a yes/no", () => {
    expect(parsed("脱岗2次扣3分,未签到扣1分", 10).understood).toBe(false);
    expect(score("会议每少1次扣2分,记录不全扣1分", "是,否", 10)).not.toBe(8);
  });
});

describe("bounds of one amount stay bands (refused) unless each names its own failing", () => {
  it.each([
    ["宿舍住宿人数超过8人扣2分,超过10人扣2分"],
    ["旷工半日者扣5分,旷工1日以上扣5分"],
    ["旷工半日者扣5分,旷工1日以上扣10分"],
    ["迟到10分钟以内扣2分,迟到超过10分钟扣2分,旷工扣5分"],
  ])("%s", (text) => {
    expect(parsed(text).understood).toBe(false);
  });
});
