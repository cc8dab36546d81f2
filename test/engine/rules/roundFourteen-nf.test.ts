/**
 * Issue 10, round 14, `nf`: clauses refused for "no points found" whose points were there — rewordings of our own (in no
 * corpus file), each scored on several values, with near misses that stay refused.
 */
import { parseRule, scoreRule, ruleFormula } from "../../../src/engine/rules";

const score = (text: string, value: string | number, max?: number): number | null => {
  const p = parseRule(text, max !== undefined ? { max } : {});
  return p.understood ? scoreRule(p.rule, value, max).score : null;
};
const understood = (text: string, max?: number): boolean => parseRule(text, max !== undefined ? { max } : {}).understood;

describe("a step of time said with 每 (每迟到5分钟扣1分, 每减少5分钟扣5分) counts whole steps of it, as 每延误5天 does", () => {
  it("no max: the signed deduction per whole step of minutes", () => {
    const t = "学生课间操每迟到3分钟扣0.5分";
    expect(score(t, 0)).toBe(0);
    expect(score(t, "3分钟")).toBe(-0.5);
    expect(score(t, "10分钟")).toBe(-1.5);
  });

  it("with a max and a floor: the time short of the plan, said by 减少", () => {
    const t = "午休值守时长,每减少10分钟扣1分,扣完为止";
    expect(score(t, 0, 5)).toBe(5);
    expect(score(t, "少20分钟", 5)).toBe(3);
    expect(score(t, "少60分钟", 5)).toBe(0);
  });

  it("hours, the direction and its word apart (每超时1小时), with the deduction's own cap", () => {
    const t = "材料报送每超时1小时扣2分,最多扣6分";
    expect(score(t, "2小时", 10)).toBe(6);
    expect(score(t, "5小时", 10)).toBe(4);
  });

  it("a sanction past an amount of time (超过60分钟的取消…资格): below it the step scores, past it the value is refused", () => {
    const t = "每延误15分钟扣2分,超过60分钟的取消当月评优资格";
    expect(score(t, "30分钟")).toBe(-4);
    expect(score(t, "60分钟")).toBe(-8);
    expect(score(t, "75分钟")).toBeNull();
    // the formula refuses the same amounts (#N/A past 60)
    const p = parseRule(t);
    if (!p.understood) throw new Error("not understood");
    expect(ruleFormula(p.rule, "B2")).toContain(">60,NA()");
  });

  it("the earned points with a step of time taken from them (及时上报计5分,每迟报1小时扣1分) read as with a step of days", () => {
    const t = "及时上报计5分,每迟报1小时扣1分";
    expect(score(t, 0)).toBe(5);
    expect(score(t, "2小时")).toBe(3);
    expect(score(t, "9小时")).toBe(0);
    expect(score("及时上报计5分,每迟报1天扣1分", "2天")).toBe(3);
  });

  it("a time in another word is not converted (1小时 on a rule counted in 分钟)", () => {
    expect(score("学生课间操每迟到3分钟扣0.5分", "1小时")).toBeNull();
  });

  it("near misses stay refused: a time with no 每, a duty's frequency, a sanction in another unit", () => {
    // per 10 minutes, or once past 10? not said
    expect(understood("会议迟到10分钟扣1分")).toBe(false);
    // how often a duty recurs, not a step of lateness
    expect(understood("值班人员每2小时巡查,未巡查的扣1分")).toBe(false);
    // the sanction past 1小时 is not in the minutes the rule counts: the clause is not read
    expect(score("每迟到10分钟扣1分,超过1小时按旷工论处", "90分钟")).toBeNull();
  });
});

describe("a step of time said with 每 earns as it takes (每服务1小时加0.5分): the same construct, the other sign", () => {
  it("per hour, with a cap", () => {
    const t = "志愿服务每满1小时加0.5分,最多加5分";
    expect(score(t, 0)).toBe(0);
    expect(score(t, "3小时")).toBe(1.5);
    expect(score(t, "20小时")).toBe(5);
  });

  it("per two hours, with the item's max", () => {
    const t = "参加社区服务每2小时计1分";
    expect(score(t, "4小时", 10)).toBe(2);
    expect(score(t, "5小时", 10)).toBe(2);
    expect(score(t, "30小时", 10)).toBe(10);
  });

  it("per half hour in minutes, no max", () => {
    const t = "义工服务每30分钟奖励0.2分";
    expect(score(t, "60分钟")).toBeCloseTo(0.4, 9);
    expect(score(t, "90分钟")).toBeCloseTo(0.6, 9);
  });

  it("near miss: a period of the subject (每天工作8小时) is no step of time", () => {
    expect(score("每天工作8小时计1分", "8小时")).toBeNull();
  });
});
