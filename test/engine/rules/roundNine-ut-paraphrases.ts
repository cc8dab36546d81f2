/**
 * Round 9, `ut`: the development clause met (its id in the group's name) and paraphrases written the
 * way another township, school or hospital would word the same rule (other subjects, word orders,
 * 以上/达到, 超过/高于/提高/增加, a cap or none, traditional characters). Each value's score is worked by
 * hand in the comment above it; null: the value is refused. Used by roundNine-ut.test.ts (the engine)
 * and libreoffice.test.ts (the written formula).
 */
import type { Paraphrase } from "./quantity-paraphrases";

export const UT_GROUPS: ReadonlyArray<{ readonly kind: string; readonly clauses: ReadonlyArray<Paraphrase> }> = [
  {
    kind: "a rate threshold with a step up above it (dev10 P14-01, P14-02)",
    clauses: [
      // 8% reached → the item's 20; below → 0; 9% would add 0.5 past the item's 20: how is not said → refused
      { text: "全面实现全市经济工作会议确定的增长8%的目标,达目标的计满分,不达目标不计分,每超目标两个百分点加1分;", max: 20, construct: "rate-threshold", unit: "%",
        cases: [["8%", 20], ["7.5%", 0], ["3%", 0], ["9%", null], ["是", null], ["否", 0]] },
      // 90% → 8; 92% → 8 + 0.5 × 2 = 9; 95% → 8 + min(2, 2.5) = 10; 89% → 0
      { text: "完成率达到90%以上得8分,低于90%不得分,每超过1个百分点加0.5分,最多加2分", max: 10, construct: "rate-threshold", unit: "%",
        cases: [["89%", 0], ["90%", 8], ["92%", 9], ["95%", 10], ["100%", 10]] },
      // 85% → 8; 87% → 9; 89% → 10; 90% → 10.5 past the item's 10 → refused
      { text: "达到85%的得8分,达不到不得分;每提高1个百分点加0.5分", max: 10, construct: "rate-threshold", unit: "%",
        cases: [["80%", 0], ["85%", 8], ["87%", 9], ["89%", 10], ["90%", null]] },
      // traditional characters, 再加: 80% → 6; 81% → 7; 84% → 10; 90% → 6 + min(4, 10) = 10
      { text: "覆蓋率達到80%以上的計6分,否則不計分,每高於1個百分點再加1分,最高加4分。", max: 10, construct: "rate-threshold", unit: "%",
        cases: [["79%", 0], ["80%", 6], ["81%", 7], ["84%", 10], ["90%", 10]] },
      // the step in %: 10% → 5; 12% → 7; 20% → 5 + min(3, 10) = 8; 9% → 0
      { text: "增长10%以上计5分,低于10%不计分,每增加1%加1分,加分最多3分", max: 10, construct: "rate-threshold", unit: "%",
        cases: [["9%", 0], ["10%", 5], ["12%", 7], ["20%", 8]] },
    ],
  },
];
