/**
 * Points per unit written after the points, with a cap (dev6 K25-02/05/06: 加0.2分/家,累计不超过1分):
 * the cap joins the per-unit fragment, as it does for 每…加N分,最多加M分. Paraphrases other documents
 * use: other measure words, other cap words (最多加, 最高, 上限, 封顶), 得/计/奖励 for 加, 。 or ; before
 * the cap, traditional characters.
 */
import { parseRule, scoreRule } from "../../../src/engine/rules";

function score(text: string, value: string, max?: number): number | null {
  const p = parseRule(text, max !== undefined ? { max } : {});
  if (!p.understood) throw new Error(`${text}: ${p.reason}`);
  return scoreRule(p.rule, value, max).score;
}

describe("points per unit written after them, then a cap", () => {
  it.each<[string, number | undefined, ReadonlyArray<[string, number]>]>([
    ["新增限上住宿业企业,加0.2分/家,累计不超过1分。", undefined, [["0", 0], ["2家", 0.4], ["5家", 1], ["7家", 1]]],
    ["积极配合文旅体相关信息约稿、素材提供,加0.1分/次,累计不超过1分。", undefined, [["0", 0], ["3次", 0.3], ["12次", 1]]],
    ["列入“微改造、精提升”示范点的,加0.2分/个。累计不超过3分。", undefined, [["1个", 0.2], ["15个", 3], ["20个", 3]]],
    ["发表论文的,加0.5分/篇,最多加2分", undefined, [["1篇", 0.5], ["4篇", 2], ["6篇", 2]]],
    ["获评先进个人的,得1分/人;最高3分", 3, [["0", 0], ["2人", 2], ["5人", 3]]],
    ["承办市级以上现场会的,奖励1分/次,上限5分", undefined, [["1次", 1], ["5次", 5], ["9次", 5]]],
    ["新增規上企業,加0.2分/家,累計不超過1分。", undefined, [["2家", 0.4], ["9家", 1]]],
  ])("%s", (text, max, cases) => {
    for (const [value, expected] of cases) expect(score(text, value, max)).toBeCloseTo(expected, 10);
  });

  it("the same without a cap is read as before (no cap)", () => {
    const p = parseRule("新增限上住宿业企业,加0.2分/家。");
    expect(p.understood && p.rule).toEqual({ kind: "per-unit-capped", per: 1, unit: "家", points: 0.2, cap: null });
  });

  it("reads as the same rule written with 每 before the unit", () => {
    for (const max of [undefined, 3, 10]) {
      const a = parseRule("加1分/次,最多加5分", max !== undefined ? { max } : {});
      const b = parseRule("每次加1分,最多加5分", max !== undefined ? { max } : {});
      expect(a.understood && a.rule).toEqual(b.understood && b.rule);
    }
  });

  it("a deduction per unit with its cap keeps its reading (per case, capped)", () => {
    const p = parseRule("受通报批评的扣0.5分/次,累计不超过3分");
    expect(p.understood && p.rule.kind).toBe("per-case");
    expect(p.understood && p.rule.kind === "per-case" && p.rule.cap).toBe(3);
  });
});
