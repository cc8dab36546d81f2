/**
 * Issue 10, round 13 (gr): grades, ranks and a failing's count.
 * - a yes/no standard that names an absence (無過期失效藥品, 地面无纸屑、无灰尘) or failings that zero the item
 *   (有下列现象之一者给0分, 存在…情形的不得分), answered with a bare number: the number counts the failings — 0 meets the
 *   standard (the points), any fails it (0); 是/否 and 有/无 read as before. Beside other requirements (地面清洁,无积水)
 *   a number is read as before (not refused: the formula cannot tell √ from 1 there); a requirement that is a thing done (召开会议1次) still reads a
 *   number as done.
 * - grades and ranks mapped to points: one-character grades written together (按优良中差分别记5、4、3、1分), grades with
 *   依次 (优秀、良好…依次计), each grade with a note and a comma before its points (好(干净整洁),不扣分; 较差(十分脏乱): 十分
 *   the adverb, not ten points), and ranks whose points go on by one step (从高到低依次计14、13、12…). The value names a
 *   grade or a rank; any other value is refused.
 */
import { parseRule, scoreRule } from "../../../src/engine/rules";
import { GR_ABSENCE, GR_GRADES } from "./roundThirteen-gr-clauses";

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

describe("grades and ranks mapped to points", () => {
  it.each(GR_GRADES.map((c) => [...c]))("%s", (text, max, cases) => {
    expect(parsed(text as string, (max as number | null) ?? undefined).understood).toBe(true);
    for (const [value, expected] of cases as Array<[string, number]>) expect([value, score(text as string, value, (max as number | null) ?? undefined)]).toEqual([value, expected]);
  });

  it("refuses a value that names no grade or rank listed, and an order or a scale it cannot place", () => {
    // a grade not listed, a yes/no, a count
    expect(score("查阅台账资料,按好中差分别计6、4、2分", "优", 6)).toBeNull();
    expect(score("查阅台账资料,按好中差分别计6、4、2分", "是", 6)).toBeNull();
    expect(score("依据抽查结果按甲乙丙丁依次得8、6、4、0分", "戊", 8)).toBeNull();
    // a rank past the points said
    expect(score("按考核得分排名依次计20、18、16…", "第12名", 20)).toBeNull();
    // from the lowest up: which rank is first is not said
    expect(parsed("按考核得分从低到高依次计1、2、3…", 3).understood).toBe(false);
    // no rank said and the list does not go on: not a rank
    expect(score("依次计14、13、12分", "第2名", 14)).toBeNull();
    // letters that are no one scale, glued
    expect(parsed("按优乙中差分别记5、4、3、1分", 5).understood).toBe(false);
    // 十分 after a verb stays ten points
    expect(score("发现一处扣十分,扣完为止", "1处", 20)).toBe(10);
  });
});
