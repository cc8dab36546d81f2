/**
 * Issue 10, round 11, `wa`: dev15's refusals, read by construct — rewordings of our own (in no corpus file),
 * each scored on several values, with a near miss that stays refused.
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

describe("places given on an occasion (每次/每学期/每届 …评出前N名), then each place's points", () => {
  // (dev15 U11-06 每次评选出前两名,第一名加5分,第二名加3分: the 每 is the occasion, not a count with points)
  it.each<[string, string, number]>([
    ["每学期评出三个名次,第一名加6分,第二名加4分,第三名加2分", "第一名", 6],
    ["每学期评出三个名次,第一名加6分,第二名加4分,第三名加2分", "第3名", 2],
    ["每学期评出三个名次,第一名加6分,第二名加4分,第三名加2分", "第四名", 0],
    ["每届运动会取前两名:第一名奖励4分,第二名奖励2分", "第一名", 4],
    ["每届运动会取前两名:第一名奖励4分,第二名奖励2分", "第二名", 2],
    ["每届运动会取前两名:第一名奖励4分,第二名奖励2分", "无", 0],
    ["每季度卫生检查评比,第一名加3分,第二名加2分,第三名加1分", "第2名", 2],
    ["每季度卫生检查评比,第一名加3分,第二名加2分,第三名加1分", "第五名", 0],
    ["每次演讲比赛评出前3名,第1名加10分、第2名加6分、第3名加3分", "第1名", 10],
    ["每次演讲比赛评出前3名,第1名加10分、第2名加6分、第3名加3分", "第三名", 3],
    ["每一次板报评比取前两名,第一名计4分,第二名计2分", "第一名", 4],
    ["每一次板报评比取前两名,第一名计4分,第二名计2分", "第二名", 2],
  ])("%s: %s → %s", (text, value, expected) => {
    expect(score(text, value)).toBe(expected);
  });

  it("places said more than listed leave a place's points unsaid: refused", () => {
    expect(reason("每次评选出前三名,第一名加5分,第二名加3分")).toBe("places-unsaid");
    expect(reason("每月评出前4名,第一名奖3分,第二名奖2分,第三名奖1分")).toBe("places-unsaid");
    expect(reason("评出前三名,第一名加5分,第二名加3分")).toBe("places-unsaid");
    expect(reason("每学期评出三个名次,第一名加6分,第二名加4分")).toBe("places-unsaid");
  });

  it("a 每 with a count (每1名, 每2人) is no occasion: not read as places", () => {
    expect(reason("每1名加5分,第一名加5分")).not.toBe("understood");
  });
});
