/**
 * A measured value in any unit (issue 10, round 7, kind A): clauses whose value is a quantity in a
 * measure word — a mark out of 100, hours, days, money in 元 or 万元 — and whose points depend on it
 * by a threshold, bands or a per-unit step. The first of each group is the development clause met
 * (dev4 G02-03, G19-01, G08-01, dev5 H26-01); the others are paraphrases written for this test the
 * way another township, school or hospital would word the same rule (other subject and measure
 * words, word orders, 以上/及以上/不低于/不少于, traditional characters, points in parentheses). Each
 * value's score is worked by hand; null: the value is not read (another unit, a value the bands do
 * not say). Used by quantity.test.ts (the engine) and libreoffice.test.ts (the written formula).
 */
export interface Paraphrase {
  readonly text: string;
  readonly max?: number;
  readonly construct: string;
  readonly unit: string;
  readonly cases: ReadonlyArray<readonly [string | number, number | null]>;
}

export const PARAPHRASE_GROUPS: ReadonlyArray<{ readonly kind: string; readonly clauses: ReadonlyArray<Paraphrase> }> = [
  {
    kind: "a mark as the value: full points from a mark, each mark below takes points (dev4 G02-03)",
    clauses: [
      // 60 → 2; 59 → 2 − 0.5; 55 → 2 − 2.5 → 0 (floored); above 60 still 2
      { text: "年度月温度、降水气候预测综合评分达60分得2分,综合评分每低1分扣0.5分,直至不得分。", max: 2, construct: "rate-per-point-to-zero", unit: "分",
        cases: [["60分", 2], ["59分", 1.5], ["58分", 1], ["55分", 0], ["72分", 2], [59.5, 1.75], ["60天", null]] },
      { text: "考评得分达到80分以上的得5分,每低1分扣1分,扣完为止", max: 5, construct: "rate-per-point-to-zero", unit: "分",
        cases: [["80分", 5], ["78分", 3], ["74分", 0], ["90分", 5]] },
      { text: "群众測評分數達到85分及以上計3分,每降低1分扣0.5分,扣完為止。", max: 3, construct: "rate-per-point-to-zero", unit: "分",
        cases: [["85分", 3], ["84分", 2.5], ["80分", 0.5], ["70分", 0]] },
      { text: "年终考核成绩不低于90分的,得10分;每少1分,扣2分,直至0分", max: 10, construct: "rate-per-point-to-zero", unit: "分",
        cases: [["90分", 10], ["88分", 6], ["80分", 0], [95, 10]] },
    ],
  },
  {
    kind: "bands of a duration, each taking its points (dev4 G19-01)",
    clauses: [
      // no max: the signed points; 5小时 is in both bands by the words — the higher band is what the tiers give
      { text: "按时完成（不扣分）延时1小时以上5小时以下（扣10分）延时5小时以上24小时以下（扣15分）延时24小时以上（扣25分）", construct: "rate-tiers", unit: "小时",
        cases: [[0, 0], ["3小时", -10], ["10小时", -15], ["30小时", -25], ["3天", null]] },
      { text: "超时2天以上5天以下扣1分,5天以上10天以下扣2分,10天以上扣3分", construct: "rate-tiers", unit: "天",
        cases: [["0", 0], ["3天", -1], ["7天", -2], ["12天", -3], ["1天", 0]] },
      // 1-3天 and 4-7天: 3.5天 is in no band, refused; with a max of 6 the points come off it
      { text: "办结时限延误1-3天的扣2分,延误4-7天的扣4分,延误8天以上的扣6分", max: 6, construct: "rate-tiers", unit: "天",
        cases: [["0", 6], ["2天", 4], ["3.5天", null], ["7天", 2], ["9天", 0]] },
    ],
  },
  {
    kind: "bands of a mark or a rate with a gap or a shared bound: that one value refused, the others scored (dev4 G08-01)",
    clauses: [
      { text: "-按时完成招聘计划,每月招聘计划完成率达到90%及以上得10 分。-完成率在80% - 89%得8 分,70% - 79%得6 分,低于70%得0 分。", max: 10, construct: "rate-tiers", unit: "%",
        cases: [["95%", 10], ["90%", 10], ["89%", 8], ["89.5%", null], ["85%", 8], ["79.5%", null], ["75%", 6], ["60%", 0]] },
      { text: "完成率90%以上得10分,80%-89%得8分,60%-79%得5分,低于60%不得分", max: 10, construct: "rate-tiers", unit: "%",
        cases: [["95%", 10], ["85%", 8], ["70%", 5], ["50%", 0], ["89.5%", null]] },
      // 70 is in 70-80分 and in 70分以下
      { text: "测评得分90分以上得10分,80-90分得8分,70-80分得6分,70分以下不得分", max: 10, construct: "rate-tiers", unit: "分",
        cases: [["95分", 10], ["85分", 8], ["75分", 6], ["65分", 0], ["70分", null], [69.9, 0]] },
    ],
  },
  {
    kind: "money (or another measure) required, the points only in the item's max (dev5 H26-01)",
    clauses: [
      { text: "安排工作经费10万元以上", max: 4, construct: "rate-threshold", unit: "万元",
        cases: [["12万元", 4], ["10万元", 4], ["8万元", 0], ["0", 0], ["12元", null]] },
      { text: "年度投入资金不少于5万元", max: 3, construct: "rate-threshold", unit: "万元",
        cases: [["5万元", 3], ["4.5万元", 0], [6, 3]] },
      { text: "落实專項經費20萬元以上", max: 10, construct: "rate-threshold", unit: "万元",
        cases: [["20萬元", 10], ["19萬元", 0], ["25万元", 10]] },
      { text: "村级活动经费达到2000元以上", max: 2, construct: "rate-threshold", unit: "元",
        cases: [["2000元", 2], ["1500元", 0], ["0.3万元", null]] },
      { text: "投入达5000元以上的计2分,否则不计分", max: 2, construct: "rate-threshold", unit: "元",
        cases: [["6000元", 2], ["4999元", 0]] },
    ],
  },
  {
    kind: "a per-unit step where a part of a step counts as a whole one (不足100公里的,按100公里计算: dev3 F24-01)",
    clauses: [
      // 250公里: ⌈2.5⌉ = 3 steps of 0.2
      { text: "每超出100公里扣0. 2分,不足100公 里的,按100公里计算扣分。", max: 4, construct: "per-unit-deduction-floored", unit: "公里",
        cases: [[0, 4], ["100公里", 3.8], ["250公里", 3.4], ["1000公里", 2], ["2500公里", 0], ["50公里", 3.8]] },
      { text: "超期每10天扣1分,不足10天的按10天计算", max: 5, construct: "per-unit-deduction-floored", unit: "天",
        cases: [["0", 5], ["3天", 4], ["10天", 4], ["11天", 3], ["45天", 0]] },
      { text: "用水超标每超1吨扣0.5分,不足1吨按1吨计", construct: "per-unit-deduction-floored", unit: "吨",
        cases: [[0, 0], ["2.3吨", -1.5], ["3吨", -1.5]] },
      { text: "每延误1个月扣2分,不足1个月的,按1个月计算,扣完为止", max: 6, construct: "per-unit-deduction-floored", unit: "个",
        cases: [[0, 6], [0.5, 4], [1, 4], [1.2, 2], [5, 0]] },
    ],
  },
  {
    kind: "over a target: bands of the same width over it, one step each, and so on up to a cap (依次类推,最多加5分: dev5 H27-01)",
    clauses: [
      // below the target nothing is said (the page makes it a veto): refused
      { text: "完成年度计划目标得30分,超额完成10%(含)至20%加1分,超额完成20%(含)至30%加2分,依次类推,最多加5分。", max: 35, construct: "rate-tiers", unit: "%",
        cases: [["100%", 30], ["105%", 30], ["115%", 31], ["125%", 32], ["200%", 35], ["149.9%", 34], ["150%", 35], ["95%", null]] },
      { text: "完成目标任务得20分,超额完成5%(含)至10%加1分,超额完成10%(含)至15%加2分,以此类推,最多加3分", max: 23, construct: "rate-tiers", unit: "%",
        cases: [["100%", 20], ["104.9%", 20], ["105%", 21], ["112%", 22], ["130%", 23], ["90%", null]] },
      { text: "完成年度任务计10分;超出10%-20%的加2分,超出20%-30%的加4分,依此类推,最高加6分", max: 16, construct: "rate-tiers", unit: "%",
        cases: [["100%", 10], ["115%", 12], ["125%", 14], ["135%", 16], ["200%", 16]] },
    ],
  },
];

/** Near misses that must stay refused: an outcome, not a figure compared (为0分); points above the max; one step below it. */
export const REFUSED: ReadonlyArray<{ readonly text: string; readonly max?: number }> = [
  { text: "未按时上交教案本项为 0 分。", max: 2 },
  // bands over the target of different widths (10%, then 20%): "and so on" says no one step
  { text: "完成年度计划目标得30分,超额完成10%(含)至20%加1分,超额完成20%(含)至40%加2分,依次类推,最多加5分。", max: 35 },
  // the note's step is not the deduction's (不足50公里 beside 每超出100公里): which is meant is not said
  { text: "每超出100公里扣0.2分,不足50公里的,按50公里计算", max: 4 },
  { text: "发生一次受害森林面积1500亩以上扣45分。", max: 35 },
  { text: "年内召开专题会议1次以上记0.3分(以会议记录为准);", max: 3 },
  // (60-70分得6分 beside 低于65分得0分: round 9 reads it, refusing the values given both — roundNine-rt.test.ts)
];
