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
  {
    kind: "parts joined by 、, each with its points and no verb (dev13 S03-02); a total said after the standard, (共2分) / 。共8分 (dev12 R01)",
    clauses: [
      // 2 each: 是,否,是,是 → 6; 3项 (three done) → 6; 是 (all) → 8; 0 → 0
      { text: "6.做好幼儿的餐前餐后的清洁工作(桌面消毒2分、檫嘴毛巾2分、餐具清洁2分、地面清洁2分)。共8分", max: 8, construct: "sub-clauses", unit: "",
        cases: [["是,是,是,是", 8], ["是,否,是,是", 6], ["否,否,是,否", 2], ["3项", 6], ["是", 8], [0, 0]] },
      // 1 each: 是,是,否 → 2; 2项 → 2; 否 → 0
      { text: "会议记录1分、工作台账1分、活动照片1分", max: 3, construct: "sub-clauses", unit: "",
        cases: [["是,是,否", 2], ["2项", 2], ["否", 0], ["是", 3]] },
      // traditional characters, 3 each: 是,否,否,是 → 6; 4项 → 12; 5项 → 12 (four parts at most)
      { text: "制度上墙3分、人员到位3分、經費落實3分、檔案齊全3分", max: 12, construct: "sub-clauses", unit: "",
        cases: [["是,否,否,是", 6], ["4项", 12], ["5项", 12], ["1项", 3]] },
      // different points: 是,是,否 → 5; 2项 does not say which two → refused
      { text: "消防通道畅通2分、灭火器完好3分、应急灯有效1分", max: 6, construct: "sub-clauses", unit: "",
        cases: [["是,是,否", 5], ["否,否,是", 1], ["2项", null], ["是", 6]] },
      // 0.5 per item missing from 2: 少1项 → 1.5; 少3项 → 0.5; 少6项 → 0
      { text: "未建立制度的,每少一项扣 0.5 分。 (共 2分)", max: 2, construct: "per-unit-deduction-floored", unit: "项",
        cases: [[0, 2], ["少1项", 1.5], ["少3项", 0.5], ["少6项", 0]] },
      // two failings of 0.5 from 2: 1项 → 1.5; 2项 → 1; 0 → 2
      { text: "未建立组织机构的,扣 0.5 分;未落实专人负责的,扣 0.5 分。(共2 分)", max: 2, construct: "sub-clauses", unit: "",
        cases: [[0, 2], ["1项", 1.5], ["2项", 1]] },
      // 1 per copy missing from 5: 缺2份 → 3; 缺6份 → 0
      { text: "每缺一份资料扣1分(共5分)", max: 5, construct: "per-unit-deduction-floored", unit: "份",
        cases: [[0, 5], ["缺2份", 3], ["缺6份", 0]] },
      // 是 = the standard met, 否 = the failing: 是,否 → 3 − 1 = 2; 否,否 → 1
      { text: "资料不全扣1分;未按时上报扣1分。总分3分", max: 3, construct: "sub-clauses", unit: "",
        cases: [["是,否", 2], ["否,否", 1], ["是,是", 3]] },
    ],
  },
  {
    kind: "categories listed, then 分别 and as many points (dev12 R14-01..03 一、二、三类村; dev13 S11-05 国家级、省级…)",
    clauses: [
      // 一类 → 20, 二类村 → 18, 三类 → 16; 四类 is none of them → refused
      { text: "按工作情况分为一、二、三类村,分别计20分、18分、16分。", max: 20, construct: "grade-tiers", unit: "",
        cases: [["一类", 20], ["二类村", 18], ["三类", 16], ["四类", null]] },
      // grades with a shared word in Chinese numerals: 一等 → 10, 二等 → 8, 三等 → 6
      { text: "根据考核情况评为一、二、三等,分别得10分、8分、6分", max: 10, construct: "grade-tiers", unit: "",
        cases: [["一等", 10], ["二等", 8], ["三等", 6], ["是", null]] },
      // levels: 国家级 → 6, 省级 → 4, 市级 → 2; 县级 none of them
      { text: "参加比赛获奖的,按照国家级、省级、市级分别加6分、4分、2分", construct: "grade-tiers", unit: "",
        cases: [["国家级", 6], ["省级", 4], ["市级", 2], ["县级", null]] },
      // traditional characters, the value typed so too: 國家級 → 6
      { text: "按照國家級、省級、市級分別加6分、4分、2分", construct: "grade-tiers", unit: "",
        cases: [["國家級", 6], ["市级", 2]] },
      // taken: 严重 → −5, 较重 → −3, 一般 → −1
      { text: "违规情节分为严重、较重、一般,分别扣5分、3分、1分", construct: "grade-tiers", unit: "",
        cases: [["严重", -5], ["较重", -3], ["一般", -1], ["轻微", null]] },
    ],
  },
];
