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
  {
    kind: "a target with its points, a step up that adds and a step down that takes (dev6 K10-02, K13-01, K17-02)",
    clauses: [
      // 100% → 300; each point above +5, at most +50: 104% → 320, 115% → 350; each point below −5: 90% → 250, 40% → 0
      { text: "按时间进度完成县指导计划数计300分,高于计划数1个百分点加5分,但最高加分不超过50分;低于计划数1个百分点扣5分。", max: 350, construct: "rate-per-point-to-zero", unit: "%",
        cases: [["100%", 300], ["104%", 320], ["115%", 350], ["90%", 250], ["40%", 0]] },
      // the item's 100 at 8% growth, −2 per point below: 6% → 96, −2% → 80; above 8% the bonus would pass the
      // item's 100 (whether it counts elsewhere is not said): refused
      { text: "社区可支配财力完成年度增长8%的目标任务,得全部基本分。每超出目标数1个百分点再加1分,最高加分不超过30分;未完成8%增长任务的,每低于目标数一个百分点从基本分中扣2分。", max: 100, construct: "rate-per-point-to-zero", unit: "%",
        cases: [["8%", 100], ["6%", 96], ["3%", 90], ["-2%", 80], ["12%", null]] },
      // no max: 20 at 20%, ±5 per point: 22% → 30, 18% → 10, 16% → 0 (floored)
      { text: "二、三产业税收较上年增长20%的得20分,每增(减)1个百分点加(减)5分。", construct: "rate-per-point-to-zero", unit: "%",
        cases: [["20%", 20], ["22%", 30], ["18%", 10], ["16%", 0], ["10%", 0]] },
      // the target a task done (100%), 最多加 as the cap, 扣完为止: 103% → 26, 110% → 30 (cap 10), 95% → 10, 85% → 0
      { text: "完成年度目标任务得20分,每超过1个百分点加2分,最多加10分;每低于1个百分点扣2分,扣完为止", max: 30, construct: "rate-per-point-to-zero", unit: "%",
        cases: [["100%", 20], ["103%", 26], ["110%", 30], ["95%", 10], ["85%", 0]] },
      // 超出/低于 without 每, steps of different points: 105% → 55, 130% → 70 (cap 20), 98% → 46, 60% → 0
      { text: "招商引资完成计划任务的计50分,超出计划1个百分点加1分,最高加20分;低于计划1个百分点扣2分", max: 70, construct: "rate-per-point-to-zero", unit: "%",
        cases: [["100%", 50], ["105%", 55], ["130%", 70], ["98%", 46], ["60%", 0]] },
      // traditional characters, no max: 30 at 10%, ±3 per point: 12% → 36, 7% → 21, 0 → 0, −5% → 0
      { text: "稅收收入較上年增長10%的得30分,每增(減)1個百分點加(減)3分", construct: "rate-per-point-to-zero", unit: "%",
        cases: [["10%", 30], ["12%", 36], ["7%", 21], [0, 0], ["-5%", 0]] },
      // a rate target with 达到, steps of 1%: 93% → 13, 99% → 15 (cap 5), 85% → 5, 70% → 0
      { text: "就业率达到90%的得10分,每提高1%加1分,最多加5分;每降低1%扣1分", max: 15, construct: "rate-per-point-to-zero", unit: "%",
        cases: [["90%", 10], ["93%", 13], ["99%", 15], ["85%", 5], ["70%", 0]] },
      // no cap, the item's max 20 = the target's points: above 100% the bonus would pass it, refused; 95% → 10
      { text: "完成计划得20分,每超过1个百分点加2分;每低于1个百分点扣2分", max: 20, construct: "rate-per-point-to-zero", unit: "%",
        cases: [["100%", 20], ["105%", null], ["95%", 10]] },
    ],
  },
  {
    kind: "a rounding note inside a rate step: a part of a step rounded half up (dev6 K24-01 每降低1%(不足1%时四舍五入,下同)扣2分)",
    clauses: [
      // K24-01 without its stated total (满分为100分, read elsewhere): 2 off per point below 100%, a part point
      // rounded: 98% → 96, 97.5% → 2.5 → 3 points → 94, 97.4% → 2.6 → 3 → 94, 75% → 50, 50% → 0
      { text: "P1数值达100%时得满分,每降低1%(不足1%时四舍五入,下同)扣2分,扣完为止。", max: 100, construct: "rate-per-point-to-zero", unit: "%",
        cases: [["100%", 100], ["98%", 96], ["97.5%", 94], ["97.4%", 94], ["98.6%", 98], ["75%", 50], ["50%", 0]] },
      // the note after the points, 个百分点: 93.5% → 1.5 → 2 → 8; 93.6% → 1.4 → 1 → 9
      { text: "合格率达到95%以上得10分,每低1个百分点扣1分(不足1个百分点的按四舍五入计算)", max: 10, construct: "rate-per-point-to-zero", unit: "%",
        cases: [["95%", 10], ["93.5%", 8], ["93.6%", 9], ["80%", 0]] },
      // a comma-led note and a cut-off: 88.6% → 1.4 → 1 → 4.5; 85% → 2.5; below 80% → 0
      { text: "覆盖率90%以上的得5分,每下降1%扣0.5分,不足1%的四舍五入;低于80%不得分", max: 5, construct: "rate-per-point-with-cutoff", unit: "%",
        cases: [["90%", 5], ["88.6%", 4.5], ["88.4%", 4], ["85%", 2.5], ["70%", 0]] },
      // a step of 2 points: 97.5% → 1.25 steps → 1 → 19; 96.8% → 1.6 → 2 → 18
      { text: "完成率每降低2个百分点扣1分(不足2个百分点时四舍五入)", max: 20, construct: "rate-per-point-to-zero", unit: "%",
        cases: [["100%", 20], ["97.5%", 19], ["96.8%", 18]] },
    ],
  },
  {
    kind: "a target with its points and a fixed deduction when it is not met (dev6 K20-04 总量200条得8分,未完成扣2分)",
    clauses: [
      // 200 or more → 8; fewer → 8 − 2 = 6, however few
      { text: "(1)年度信息总量,总量200条得8分,未完成扣2分;", max: 8, construct: "rate-tiers", unit: "条",
        cases: [["200条", 8], ["260条", 8], ["199条", 6], ["50条", 6], [200, 8]] },
      // 以上 after the target, 未完成的: 30 or more → 5, fewer (none too) → 3
      { text: "全年报送信息30条以上得5分,未完成的扣2分", max: 5, construct: "rate-tiers", unit: "条",
        cases: [["30条", 5], ["45条", 5], ["29条", 3], [0, 3], ["3天", null]] },
      // 不少于 before it, 达不到的: 4 or more → 4, fewer → 3
      { text: "开展培训不少于4次得4分,达不到的扣1分", max: 4, construct: "rate-tiers", unit: "次",
        cases: [["4次", 4], ["6次", 4], ["3次", 3]] },
      // a rate target: 90% or more → 10, less → 5
      { text: "完成率达到90%得10分,未达到扣5分", max: 10, construct: "rate-tiers", unit: "%",
        cases: [["90%", 10], ["96%", 10], ["85%", 5]] },
      // traditional characters, no max: 3 or more → 6, fewer → 3
      { text: "全年發表論文3篇以上得6分,未完成扣3分", construct: "rate-tiers", unit: "篇",
        cases: [["3篇", 6], ["2篇", 3]] },
    ],
  },
  {
    kind: "how many of a list of conditions are met, each count with its points (dev7 L05-03, L28-05)",
    clauses: [
      // all three listed → 3, two → 2, one → 1, none → 0
      { text: "- 全部符合以下条件:有专人负责日常事务、有会员登记资料、建立了党组织,得3分; - 符合两项条件,得2分; - 符合一项条件,得1分。", max: 3, construct: "stepped-count", unit: "项",
        cases: [["3项", 3], ["2项", 2], ["1项", 1], [0, 0]] },
      // both met → the item's 3 (满分), one → 1, none → 0
      { text: "2项培训均满足，得满分1项满足，得1分", max: 3, construct: "stepped-count", unit: "项",
        cases: [["2项", 3], ["1项", 1], [0, 0]] },
      // the count of all said before 全部: 3 → 6, 2 → 4, 1 → 2
      { text: "三项要求全部达到得6分;达到两项得4分;达到一项得2分", max: 6, construct: "stepped-count", unit: "项",
        cases: [["3项", 6], ["2项", 4], ["1项", 2], [0, 0]] },
      // 具备…的, no 全部, the lowest count not worth points: 4 → 5, 3 → 3, 2 → 1, 1 → 0
      { text: "具备上述条件4项的得5分,具备3项的得3分,具备2项的得1分", max: 5, construct: "stepped-count", unit: "项",
        cases: [["4项", 5], ["3项", 3], ["2项", 1], ["1项", 0]] },
      // traditional characters, 同時: 3 → 3, 2 → 2, 1 → 1
      { text: "同時符合三項條件得3分;符合兩項得2分;符合一項得1分", max: 3, construct: "stepped-count", unit: "项",
        cases: [["3項", 3], ["2項", 2], ["1項", 1], [0, 0]] },
    ],
  },
  {
    kind: "points per one unit of time, the value the time in that word alone (dev7 L13-01, L13-03 一分钟扣1分)",
    clauses: [
      // −1 per minute; 3小时 or 3分 is no count of minutes (refused)
      { text: "1、上岗迟到、早退的,一分钟扣1分;", construct: "rate-per-point-to-zero", unit: "分钟",
        cases: [["1分钟", -1], ["3分钟", -3], ["12分钟", -12], [0, 0], ["3小时", null], ["3分", null]] },
      { text: "4、当班时间未经上级同意擅自离岗的,一分钟扣1分;", construct: "rate-per-point-to-zero", unit: "分钟",
        cases: [["2分钟", -2], ["15分钟", -15], [0, 0]] },
      // another failing and points: −0.5 per minute
      { text: "未经批准离岗的,一分钟扣0.5分", construct: "rate-per-point-to-zero", unit: "分钟",
        cases: [["1分钟", -0.5], ["4分钟", -2], [0, 0]] },
      // traditional characters: −1 per minute
      { text: "遲到的,一分鐘扣1分", construct: "rate-per-point-to-zero", unit: "分钟",
        cases: [["5分钟", -5], ["5分鐘", -5], [0, 0]] },
      // with the item's max 10: 10 − 2 per minute, floored at 0
      { text: "查岗时脱岗的,一分钟扣2分", max: 10, construct: "rate-per-point-to-zero", unit: "分钟",
        cases: [[0, 10], ["2分钟", 6], ["6分钟", 0]] },
    ],
  },
  {
    kind: "points per unit done up to the target's points, the same step said again from the shortfall's side (dev6 K17-03)",
    clauses: [
      // 10 per 实事 done, 70 for all seven: 5 → 50, 1 → 10, none → 0
      { text: "完成农村公路建设、农村改水、税费改革、草危房改造、新型医疗制度建设、农业开发、进万家带百姓增千元牵手致富工程等农村七件实事年度任务的得70分,每完成一件实事得10分,少完成一件实事减10分。", max: 70, construct: "per-unit-capped", unit: "件",
        cases: [["7件", 70], ["5件", 50], ["1件", 10], [0, 0]] },
      // 扣 for 减, 项: 4 per task, 20 at most: 3 → 12
      { text: "完成5项重点任务得20分,每完成1项得4分,少完成1项扣4分", max: 20, construct: "per-unit-capped", unit: "项",
        cases: [["5项", 20], ["3项", 12], [0, 0]] },
      // 计 and another verb after 少: 2 per activity, 8 at most
      { text: "全年开展4次活动计8分,每开展1次计2分,少开展1次扣2分", max: 8, construct: "per-unit-capped", unit: "次",
        cases: [["4次", 8], ["1次", 2], [0, 0]] },
    ],
  },
];

/** near misses: no rate on the other side of ×, a factor larger than the item, two factors */
export const MEASURED_REFUSED: ReadonlyArray<{ readonly text: string; readonly max?: number }> = [
  { text: "按60分乘以系数计算", max: 60 },
  { text: "得分=完成率×30", max: 20 },
  { text: "得分=完成率×20×权重", max: 20 },
  { text: "得分=实际到位资金/计划资金×60分", max: 60 },
  // a rounding note whose step is not the clause's step (1% beside a step of 2 points)
  { text: "完成率每降低2个百分点扣1分(不足1个百分点时四舍五入)", max: 20 },
  // the target's points below the item's max: how the rest is earned is not said
  { text: "总量200条得8分,未完成扣2分", max: 10 },
  // the deduction takes more than the target gives
  { text: "总量200条得8分,未完成扣10分", max: 8 },
  // every condition, but how many there are is not said
  { text: "全部符合以下条件得3分;符合两项条件得2分;符合一项条件得1分", max: 3 },
  // five minutes and a point: per five minutes, or once past five? not said
  { text: "迟到5分钟扣1分" },
  // the time glued to the failing: each hour, or once past one hour? not said
  { text: "超时1小时扣2分" },
  // the shortfall's side takes other points than the step gives: which holds is not said
  { text: "完成5项重点任务得20分,每完成1项得4分,少完成1项扣5分", max: 20 },
  // a step up with nothing said below the target
  { text: "完成计划得20分,每超1个百分点加1分,最多加5分", max: 25 },
  // two targets before the steps: which one the steps are about is not said
  { text: "完成率达到90%得10分,达到95%得12分,每超过1个百分点加1分;每低于1个百分点扣1分", max: 20 },
  // the task done gives the item's 5, beside a threshold of 90% for 4: not read yet (refused, never 4 at 100%)
  { text: "完成年度计划任务得满分;完成数不低于计划任务的90%,得4分;完成数低于计划任务的90%,不得分", max: 5 },
];
