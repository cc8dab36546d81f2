/**
 * Issue 10, round 12 (pc):
 * - a standard stated as an absence (无随意扣款现象, 杜绝乱收费行为, 未发生安全事故): 有/无 say whether the thing named
 *   happened — 有 fails the standard, 无 meets it (before, 有 read as "yes" and scored the points). When other
 *   requirements stand beside the absence (宣传到位,无…现象,召开欢送会) 有/无 answer nothing and are refused.
 */
import { parseRule, scoreRule } from "../../../src/engine/rules";

const parsed = (text: string, max?: number) => parseRule(text, max !== undefined ? { max } : {});
const score = (text: string, value: string, max?: number): number | null => {
  const p = parsed(text, max);
  return p.understood ? scoreRule(p.rule, value, max).score : null;
};

describe("a standard stated as an absence: 有 fails it, 无 meets it", () => {
  it.each([
    // rewordings: other subjects, verbs (杜绝, 没有发生), order (points before / after), no points said
    ["未经上级批准,无擅自占用耕地行为。", 3],
    ["全年杜绝私设小金库现象的,得4分", 4],
    ["得2分:年内没有发生挪用专项资金的情况", 2],
    ["辖区内无违规发放津贴问题,计1.5分。", 1.5],
  ] as Array<[string, number]>)("%s", (text, pts) => {
    const max = pts === 1.5 ? 1.5 : pts;
    expect(parsed(text, max).understood).toBe(true);
    expect(score(text, "有", max)).toBe(0);
    expect(score(text, "无", max)).toBe(pts);
    expect(score(text, "是", max)).toBe(pts);
    expect(score(text, "否", max)).toBe(0);
  });

  it("beside other requirements, 有/无 answer nothing (是/否 still do)", () => {
    const text = "宣传发动到位,无逃避服役现象,按时召开欢送会";
    expect(parsed(text, 5).understood).toBe(true);
    expect(score(text, "有", 5)).toBeNull();
    expect(score(text, "无", 5)).toBeNull();
    expect(score(text, "是", 5)).toBe(5);
    expect(score(text, "否", 5)).toBe(0);
  });

  it("near miss: 无特殊情况 is a condition, not an absence required — 有 stays a yes", () => {
    const text = "无特殊情况按时参加例会,得3分";
    const p = parsed(text, 3);
    if (p.understood) expect((p.rule as { absence?: string }).absence).toBeUndefined();
  });
});

describe("points measured by a named body of assessors (由考核组统一量分, 由评委打分) are refused as discretion", () => {
  it.each([
    ["由学校评委现场打分,包括仪表(2分)、表达(3分)。", 5],
    ["作品由市专家组集中评分,内容(4分)、形式(2分)", 6],
    ["由考评小组赋分,满分10分", 10],
  ] as Array<[string, number]>)("%s", (text, max) => {
    const p = parsed(text, max);
    expect(p.understood).toBe(false);
    if (!p.understood) expect(p.reasonCode).toBe("discretion");
    expect(score(text, "是", max)).toBeNull();
    expect(score(text, "否", max)).toBeNull();
  });

  it("near miss: the assessors only check, the clause says the points — still scored", () => {
    const text = "由考核组检查台账,每缺一项扣1分";
    expect(parsed(text, 5).understood).toBe(true);
    expect(score(text, "0", 5)).toBe(5);
    expect(score(text, "2", 5)).toBe(3);
  });
});
