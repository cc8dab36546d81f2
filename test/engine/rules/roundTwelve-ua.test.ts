/**
 * Issue 10, round 12, `ua`: scoring text left unread, read by construct — rewordings of our own (in no corpus file),
 * each scored on several values, with a near miss that stays refused or scores otherwise.
 */
import { parseRule, scoreRule } from "../../../src/engine/rules";

const score = (text: string, value: string, max?: number): number | null => {
  const p = parseRule(text, max !== undefined ? { max } : {});
  return p.understood ? scoreRule(p.rule, value, max).score : null;
};
const reason = (text: string, max?: number): string | undefined => {
  const p = parseRule(text, max !== undefined ? { max } : {});
  return p.understood ? "understood" : p.reasonCode;
};

describe("one period after 每 or 每有 (每有一月, 每有一季度, 每一周) is a count of periods, not a date", () => {
  // (dev6 K11-04 每有一月不张榜公布扣 2 分;…每发现一项扣1分: 一月 after 每 is no January)
  it.each<[string, string, number | undefined, number]>([
    ["每有一季度未按时报送统计报表扣3分", "0", 12, 12],
    ["每有一季度未按时报送统计报表扣3分", "1", 12, 9],
    ["每有一季度未按时报送统计报表扣3分", "5", 12, 0],
    ["每有一周卫生检查不达标扣1分", "0", undefined, 0],
    ["每有一周卫生检查不达标扣1分", "3", undefined, -3],
    ["每有一年未完成绿化任务扣5分", "1", 10, 5],
    ["每有一年未完成绿化任务扣5分", "2", 10, 0],
    ["村务公开栏每有一月未更新的扣1分;其他应公开未公开的事项,每发现一项扣0.5分", "0,0", 6, 6],
    ["村务公开栏每有一月未更新的扣1分;其他应公开未公开的事项,每发现一项扣0.5分", "2,2", 6, 3],
    ["村务公开栏每有一月未更新的扣1分;其他应公开未公开的事项,每发现一项扣0.5分", "5,4", 6, 0],
  ])("%s: %s (max %s) → %s", (text, value, max, expected) => {
    expect(score(text, value, max)).toBe(expected);
  });

  it("a month named after another period (每年一月, 每月1日前) is a date, not a count: not read so", () => {
    expect(reason("每年一月未报送年报扣2分", 10)).not.toBe("understood");
    expect(reason("每月1日前未报送报表扣2分", 10)).not.toBe("understood");
  });
});

describe("the item's points said as a heading, then again as the standard's own full points, then a deduction per unit", () => {
  // (dev2 E07-03 設立信訪信息員記30分,3月份前…設立信訪信息員記30分,每推遲1個月到位的扣10分: one full, said twice)
  it.each<[string, string, number, number]>([
    ["编制应急预案计10分。6月底前完成预案编制的计10分,每推迟一天扣1分", "0", 10, 10],
    ["编制应急预案计10分。6月底前完成预案编制的计10分,每推迟一天扣1分", "2天", 10, 8],
    ["编制应急预案计10分。6月底前完成预案编制的计10分,每推迟一天扣1分", "12天", 10, 0],
    ["档案整理记8分:年底前各站所档案整理到位的记8分,每少一个站所扣2分", "少1个", 8, 6],
    ["档案整理记8分:年底前各站所档案整理到位的记8分,每少一个站所扣2分", "5", 8, 0],
    ["建立台账得20分,年底前各村全部建立台账的得20分,每少一个村扣2分", "0", 20, 20],
    ["建立台账得20分,年底前各村全部建立台账的得20分,每少一个村扣2分", "少3个", 20, 14],
  ])("%s: %s (max %s) → %s", (text, value, max, expected) => {
    expect(score(text, value, max)).toBe(expected);
  });

  it("points said twice that are not the item's max (or with no max) are not one full said twice: refused", () => {
    expect(reason("建立台账得20分,各村建立台账的得10分,每少一个村扣2分", 20)).toBe("unread-words");
    expect(reason("建立台账得10分,各村建立台账的得10分,每少一个村扣2分", 20)).not.toBe("understood");
    expect(reason("编制应急预案计10分。6月底前完成预案编制的计10分,每推迟一天扣1分")).not.toBe("understood");
  });
});
