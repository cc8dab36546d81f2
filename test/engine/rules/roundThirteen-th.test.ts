/**
 * Issue 10, round 13 (th): a sanction outside the scale past a count beside a per-case rule (迟到每次扣1分,3次以上辞退;
 * 旷工一天罚款100元,连续旷工3天以上按自动离职处理). Below the count the per-case rule scores; at it (以上, 满, 达到) or
 * past it (超过) the value is refused in the engine and gives #N/A in the formula — the sanction has no points. Dev11
 * Q13-02 was scored −4 at any count, the dismissal ignored. Rewordings in roundThirteen-th-clauses.ts (other subjects,
 * count words, verbs, sanctions, thresholds, order of the parts); near misses below.
 */
import { parseRule, ruleFormula, scoreRule } from "../../../src/engine/rules";
import { SANCTION_CLAUSES } from "./roundThirteen-th-clauses";

const parsed = (text: string, max: number | null) => parseRule(text, max !== null ? { max } : {});
const score = (text: string, value: string, max: number | null): number | null => {
  const p = parsed(text, max);
  return p.understood ? scoreRule(p.rule, value, p.max ?? max ?? undefined).score : null;
};

describe("a sanction past a count: scored below it, refused at or past it", () => {
  it.each(SANCTION_CLAUSES.map((c) => [c.text, c] as const))("%s", (_t, c) => {
    const p = parsed(c.text, c.max);
    expect(p.understood).toBe(true);
    if (!p.understood) return;
    expect(p.rule.kind === "per-case" || p.rule.kind === "fixed-deduction").toBe(true);
    expect((p.rule as { sanction?: unknown }).sanction).toBeDefined();
    expect(ruleFormula(p.rule, "B2", c.max ?? undefined)).toMatch(/NA\(\)/);
    for (const [value, expected] of c.cases) {
      const r = scoreRule(p.rule, value, p.max ?? c.max ?? undefined);
      expect([value, r.score]).toEqual([value, expected]);
      if (expected === null) expect(r.reason).toMatch(/没有分值|只说了一次/);
    }
  });
});

describe("the dev clauses of the construct", () => {
  it("dev11 Q13-02: 是 −4, a count at the dismissal refused", () => {
    const t = "2、不请假、无故矿工扣4分;三次以上者予以辞退;";
    expect(score(t, "是", null)).toBe(-4);
    expect(score(t, "无", null)).toBe(0);
    expect(score(t, "3次", null)).toBeNull();
  });
  it("dev16 A03-02: 50 元 a day below 3 days, refused from 3", () => {
    const t = "2、保安人员不服从领导工作安排,教育后仍不服从,可责令其离岗,离岗期每日扣 50 元.连续离岗 3 日以上,一律作辞退处理。";
    expect(score(t, "2天", null)).toBe(-100);
    expect(score(t, "3天", null)).toBeNull();
  });
});

describe("near misses", () => {
  it("a sanction the assessor may take (可直接辞退, 可予以解聘): the money stands at every count", () => {
    const t = "每缺席一次例会罚款30元,缺席5次以上的,可予以解聘";
    expect(score(t, "2次", null)).toBe(-60);
    expect(score(t, "5次", null)).toBe(-150);
  });
  it("money per case and past a count a bonus taken (its amount set elsewhere): refused whole", () => {
    const p = parsed("每次迟到罚款20元,当月累计10次以上的扣发全月奖金", null);
    expect(p.understood).toBe(false);
    if (!p.understood) expect(p.reasonCode).toBe("sanction-money-elsewhere");
  });
  it("a count with points, not a sanction (累计3次以上扣5分) is not taken for one", () => {
    const p = parsed("迟到每次扣1分,累计3次以上的另扣5分", null);
    if (p.understood) expect((p.rule as { sanction?: unknown }).sanction).toBeUndefined();
  });
  it("a threshold in another count word than the rule's (人次 against 天) is not applied", () => {
    const p = parsed("每人次扣1分,连续3天以上的予以辞退", null);
    if (p.understood) expect((p.rule as { sanction?: unknown }).sanction).toBeUndefined();
  });
});
