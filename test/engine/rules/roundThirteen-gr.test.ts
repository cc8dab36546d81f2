/**
 * Issue 10, round 13 (gr): grades, ranks and a failing's count.
 * - a yes/no standard that names an absence (無過期失效藥品, 地面无纸屑、无灰尘) or failings that zero the item
 *   (有下列现象之一者给0分, 存在…情形的不得分), answered with a bare number: the number counts the failings — 0 meets the
 *   standard (the points), any fails it (0); 是/否 and 有/无 read as before. Beside other requirements (地面清洁,无积水)
 *   a number is read as before (not refused: the formula cannot tell √ from 1 there); a requirement that is a thing done (召开会议1次) still reads a
 *   number as done.
 */
import { parseRule, scoreRule } from "../../../src/engine/rules";
import { GR_ABSENCE } from "./roundThirteen-gr-clauses";

const parsed = (text: string, max?: number) => parseRule(text, max !== undefined ? { max } : {});
const score = (text: string, value: string, max?: number): number | null => {
  const p = parsed(text, max);
  return p.understood ? scoreRule(p.rule, value, max).score : null;
};

describe("an absence or failings that zero the item, answered by a count of failings", () => {
  it.each(GR_ABSENCE.map((c) => [...c]))("%s", (text, max, cases) => {
    expect(parsed(text as string, (max as number | null) ?? undefined).understood).toBe(true);
    for (const [value, expected] of cases as Array<[string, number]>) expect([value, score(text as string, value, (max as number | null) ?? undefined)]).toEqual([value, expected]);
  });

  it("leaves a standard with other requirements and a count of a thing done as they were", () => {
    // 整洁 beside 无积灰: 有/无 answer nothing (a count is read as before: see the report)
    expect(score("桌面整洁,无积灰,无杂物。", "有", 4)).toBeNull();
    expect(score("桌面整洁,无积灰,无杂物。", "是", 4)).toBe(4);
    // a thing built without something is no absence: a count says how many were built
    expect(score("建成无障碍通道。", "2条", 5)).toBe(5);
    // 无 naming the failing of a deduction is not an absence standard: unchanged
    expect(score("无交接记录、无签名,扣6分", "是", 6)).toBe(6);
    // a requirement done, counted: unchanged
    expect(score("组织召开安全例会1次(4分)", "1次", 4)).toBe(4);
    expect(score("组织召开安全例会1次(4分)", "0", 4)).toBe(0);
  });
});
