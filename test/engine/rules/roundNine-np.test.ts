/**
 * Issue 10, round 9, `np`: refusals that were neither unread scoring text nor a quantity — each reading
 * a shape other documents share, with paraphrases another township/school/hospital would write and
 * their hand-worked scores, and the cases that must stay refused.
 */
import { parseRule, scoreRule } from "../../../src/engine/rules";
import { valueCellFor } from "../../../src/engine/rules/cell";

const parsed = (text: string, max?: number) => {
  const p = parseRule(text, max !== undefined ? { max } : {});
  if (!p.understood) throw new Error(`not understood: ${text} (${p.reason})`);
  return p.rule;
};
const score = (text: string, value: string, max?: number): number | null => {
  const p = parseRule(text, max !== undefined ? { max } : {});
  return p.understood ? scoreRule(p.rule, value, max).score : null;
};
/** the cell the formula reads (the value made a number, shown as typed) scores as the typed value does */
const cellAgrees = (text: string, value: string, max?: number): void => {
  const rule = parsed(text, max);
  const cell = valueCellFor(rule, value);
  expect(cell).not.toBeNull();
  expect(cell?.numberFormat).toBe(`"${value}"`);
  expect(scoreRule(rule, cell?.value ?? null, max).score).toBe(scoreRule(rule, value, max).score);
};

describe("the standard met, typed as the answer, on a count of failings whose full points the clause states", () => {
  // (dev6 K11-01, dev10 P08-02, P28-01, P25-01: 是 / 全部完成 / 达到年度任务书要求 → the full points)
  it.each<[string, number, string, number]>([
    ["制度健全的记 5 分,缺少一项扣 1 分。", 5, "是", 5],
    ["制度健全的记5分,缺少一项扣1分", 5, "√", 5],
    ["制度健全的记5分,缺少一项扣1分", 5, "缺2项", 3],
    ["各项资料齐全的得10分,每缺一项扣2分", 10, "齐全", 10],
    ["各项资料齐全的得10分,每缺一项扣2分", 10, "全部齐全", 10],
    ["各项资料齐全的得10分,每缺一项扣2分", 10, "缺3项", 4],
    ["按时上报的计4分,迟报一次扣1分,扣完为止", 4, "是", 4],
    ["按时上报的计4分,迟报一次扣1分,扣完为止", 4, "按时完成", 4],
    ["按时上报的计4分,迟报一次扣1分,扣完为止", 4, "2次", 2],
    ["檔案資料規範完整的得6分,每發現一處不規範扣2分。", 6, "是", 6],
    ["檔案資料規範完整的得6分,每發現一處不規範扣2分。", 6, "2處", 2],
    ["达到要求的,得8分;每少1人扣2分", 8, "达到要求", 8],
    ["达到要求的,得8分;每少1人扣2分", 8, "全部完成", 8],
    ["达到要求的,得8分;每少1人扣2分", 8, "少1人", 6],
  ])("%s (max %d) %s → %d", (text, max, value, want) => {
    expect(score(text, value, max)).toBe(want);
  });

  it("the formula reads the answer made 0 (no failing), shown as typed", () => {
    for (const v of ["是", "√", "全部完成", "达到要求"]) cellAgrees("达到要求的,得8分;每少1人扣2分", v, 8);
  });

  it.each<[string, number, string]>([
    // 有 says nothing of the standard (有 what?); 否/未完成 say it is not met but not how many failed
    ["制度健全的记5分,缺少一项扣1分", 5, "有"],
    ["制度健全的记5分,缺少一项扣1分", 5, "否"],
    ["制度健全的记5分,缺少一项扣1分", 5, "未完成"],
    ["制度健全的记5分,缺少一项扣1分", 5, "未全部完成"],
    // no full points stated: what 是 answers is not said
    ["每缺一项扣1分", 5, "是"],
    ["每缺一项扣1分", 5, "完成"],
  ])("%s (max %d) %s stays refused", (text, max, value) => {
    expect(score(text, value, max)).toBeNull();
  });
});

describe("是/有 on points per unit where one unit is all the points", () => {
  // (dev10 P21-04: 委员反映一条社情民意信息并被…采用的,计 10 分, item worth 10)
  it.each<[string, number, string, number]>([
    ["委员反映一条社情民意信息并被市政协信息载体采用的,计 10 分。", 10, "是", 10],
    ["每发表1篇论文计10分", 10, "是", 10],
    ["每发表1篇论文计10分", 10, "有", 10],
    ["每发表1篇论文计10分", 10, "否", 0],
    ["被市级以上媒体采用1条计5分", 5, "√", 5],
    ["每獲得一項專利得3分,最多得3分", 10, "是", 3],
  ])("%s (max %d) %s → %d", (text, max, value, want) => {
    expect(score(text, value, max)).toBe(want);
    if (want > 0) cellAgrees(text, value, max);
  });

  it("one unit short of the most: how many is not said by 是", () => {
    expect(score("每发表1篇论文计10分", "是", 20)).toBeNull();
    expect(score("每篇加2分,最多加6分", "是", 10)).toBeNull();
    expect(score("每篇加2分,最多加6分", "有")).toBeNull();
  });
});
