/**
 * A measured quantity and the points that follow from it (issue 10, round 8, kind A of dev6/dev7):
 * the first clause of each group is the development clause met (its id in the group's name); the
 * others are paraphrases written for this test the way another township, school or hospital would
 * word the same rule (other subject words, word orders, ×/X/x/乘以, 计分/计算, traditional
 * characters). Each value's score is worked by hand in the comment above it; null: the value is not
 * read. Used by measured.test.ts (the engine) and libreoffice.test.ts (the written formula).
 */
import type { Paraphrase } from "./quantity-paraphrases";

export const MEASURED_GROUPS: ReadonlyArray<{ readonly kind: string; readonly clauses: ReadonlyArray<Paraphrase> }> = [
  {
    kind: "a rate times the points (dev6 K15-04 好路率X120, K19-04 60分乘以…的比)",
    clauses: [
      // 120 × rate: 100% → 120, 85% → 102, 50% → 60, 0 → 0; above 100% the item's 120
      { text: "以实际评定的好路率X120。", max: 120, construct: "rate-per-point-to-zero", unit: "%",
        cases: [["100%", 120], ["85%", 102], ["50%", 60], [0, 0], ["105%", 120]] },
      // 60 × the share of the plan done: 75% → 45, 50% → 30
      { text: "进度按照60分乘以完成投资占年度计划的比;", max: 60, construct: "rate-per-point-to-zero", unit: "%",
        cases: [["100%", 60], ["75%", 45], ["50%", 30], [0, 0]] },
      // lower-case x and the verb after the points: 20 × 90% = 18
      { text: "按实际完成率x20计分", max: 20, construct: "rate-per-point-to-zero", unit: "%",
        cases: [["90%", 18], ["100%", 20], ["35%", 7]] },
      // the points first, 乘以 the rate, 计算 after: 30 × 50% = 15
      { text: "得分按30分乘以任务完成率计算", max: 30, construct: "rate-per-point-to-zero", unit: "%",
        cases: [["50%", 15], ["100%", 30], ["80%", 24]] },
      // the rate first, 乘以 the points: 10 × 80% = 8
      { text: "以培训覆盖率乘以10分计分", max: 10, construct: "rate-per-point-to-zero", unit: "%",
        cases: [["80%", 8], ["100%", 10], ["0%", 0]] },
      // traditional characters, × and points: 15 × 60% = 9
      { text: "得分＝驗收合格率×15分", max: 15, construct: "rate-per-point-to-zero", unit: "%",
        cases: [["60%", 9], ["100%", 15], ["96%", 14.4]] },
      // 按…比例 with 乘以: 8 × 25% = 2
      { text: "按完成数量占任务数的比例乘以8分计分", max: 8, construct: "rate-per-point-to-zero", unit: "%",
        cases: [["25%", 2], ["100%", 8]] },
    ],
  },
  {
    kind: "tiers of a share of a figure the clause names, with a comparator before it (dev7 L28-03 数量≥规定数的90%)",
    clauses: [
      // 符合要求 (100% or more) → 3; ≥90% → 2; ≥85% → 1; <85% → 0
      { text: "符合要求（含协同单位），得满分疾病种类及数量≥规定数的90%，得2分疾病种类及数量≥规定数的85%，得1分疾病种类及数量＜规定数的85%，不得分", max: 3, construct: "rate-tiers", unit: "%",
        cases: [["100%", 3], ["105%", 3], ["92%", 2], ["90%", 2], ["85%", 1], ["84.5%", 0], ["80%", 0]] },
      // no requirement-met tier: ≥95% → 4, ≥80% → 2, <80% → 0
      { text: "开设课程数≥应开设课程的95%，得4分；≥应开设课程的80%，得2分；<应开设课程的80%，不得分", max: 4, construct: "rate-tiers", unit: "%",
        cases: [["96%", 4], ["95%", 4], ["85%", 2], ["80%", 2], ["79%", 0]] },
      // traditional characters, one bound: ≥90% → 2, else 0
      { text: "病例數量≥規定數的90%，得2分；病例數量＜規定數的90%，不得分", max: 2, construct: "rate-threshold", unit: "%",
        cases: [["95%", 2], ["90%", 2], ["89%", 0]] },
      // 不低于/低于 in words, a share of another count: ≥95% → 3, else 0
      { text: "考试合格人数不低于参考人数的95%的得3分,低于参考人数的95%不得分", max: 3, construct: "rate-threshold", unit: "%",
        cases: [["96%", 3], ["95%", 3], ["94%", 0]] },
      // 达到 and 以上 with a share of the year's plan, money-free: ≥80% → 5, <80% → 0
      { text: "完成投资达到年度计划的80%以上的得5分,未达到年度计划的80%的不得分", max: 5, construct: "rate-threshold", unit: "%",
        cases: [["85%", 5], ["80%", 5], ["79%", 0]] },
    ],
  },
];

/** near misses: no rate on the other side of ×, a factor larger than the item, two factors */
export const MEASURED_REFUSED: ReadonlyArray<{ readonly text: string; readonly max?: number }> = [
  { text: "按60分乘以系数计算", max: 60 },
  { text: "得分=完成率×30", max: 20 },
  { text: "得分=完成率×20×权重", max: 20 },
  { text: "得分=实际到位资金/计划资金×60分", max: 60 },
  // the task done gives the item's 5, beside a threshold of 90% for 4: not read yet (refused, never 4 at 100%)
  { text: "完成年度计划任务得满分;完成数不低于计划任务的90%,得4分;完成数低于计划任务的90%,不得分", max: 5 },
];
