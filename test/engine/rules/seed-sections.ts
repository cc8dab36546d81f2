/**
 * The seed sentences of seeds/001_*.txt that are section rules (加分/减分 caps, weights) or state
 * no rule at all (listed beside the item clauses of seed-clauses.ts).
 */
import type { SectionRule } from "../../../src/engine/rules";

export interface SeedSectionClause {
  readonly id: string;
  readonly text: string;
  readonly rule: SectionRule;
}

export interface SeedNotUnderstood {
  readonly id: string;
  readonly text: string;
  /** a word the reason must contain */
  readonly reasonHas: string;
}

export const SEED_SECTION_RULES: ReadonlyArray<SeedSectionClause> = [
  { id: "第1篇 以上三项加分不超过5分", text: "以上三项加分不超过5分。", rule: { kind: "bonus-cap", cap: 5, items: 3 } },
  { id: "第1篇 上述累计减分不超过15分", text: "上述累计减分不超过15分。", rule: { kind: "penalty-cap", cap: 15, items: null } },
  { id: "第3篇 累计加分不超过12分", text: "县区、乡镇累计加分不超过12分。", rule: { kind: "bonus-cap", cap: 12, items: null } },
  { id: "第3篇 上述5项累计扣分不超过8分", text: "上述5项累计扣分不超过8分。", rule: { kind: "penalty-cap", cap: 8, items: 5 } },
  {
    id: "第3篇 市级考核占60%,县级考核占40%",
    text: "(二)市对各乡镇按“市县结合、结果共享”的原则进行综合考核。市级考核占60%。主要内容包括:农村地区人口计生工作抽样调查(市级半年、年终两次考核,省查样本点,人民来信来访调查点,平时调查);全市重点工作情况调查。县级考核占40%。",
    rule: { kind: "weights", parts: [{ label: "市级考核", percent: 60 }, { label: "县级考核", percent: 40 }] },
  },
  { id: "第3篇 市考核(百分制打分,按60%计算)", text: "1、市考核(百分制打分,按60%计算)", rule: { kind: "weights", parts: [{ label: "市考核", percent: 60 }] } },
  { id: "第3篇 县区考核(百分制打分,按40%计算)", text: "2、县区考核(百分制打分,按40%计算)", rule: { kind: "weights", parts: [{ label: "县区考核", percent: 40 }] } },
];

/** Seed sentences that state no rule the engine could apply: "not understood", with a reason. */
export const SEED_NOT_UNDERSTOOD: ReadonlyArray<SeedNotUnderstood> = [
  { id: "第1篇 减分5 信访工作实行倒扣分", text: "5、信访工作实行倒扣分。", reasonHas: "分值" },
  { id: "第1篇 三 按干扰调查予以扣分", text: "否则一经调查组确认,按干扰调查予以扣分。", reasonHas: "分值" },
  { id: "第1篇 减分1 按省考核方案执行", text: "1、干扰调查及与抽样调查有关的违纪违规事项,按省考核方案执行。", reasonHas: "分值" },
  { id: "第1篇 加分1 参照省加分情况", text: "1、为省工作会议提供现场的,参照省加分情况为县、乡相应加分;", reasonHas: "分值" },
  { id: "第3篇 加分5 性别比案件得分", text: "5、性别比案件得分。", reasonHas: "分值" },
  { id: "第3篇 县级 信访扣分和性别比案件得分", text: "5、信访扣分和性别比案件得分", reasonHas: "分值" },
  { id: "第1篇 奖励 位居全市前两位 奖励50000元 (an award by rank, not a rule of the item)", text: "1、按省、市年度综合考核成绩,位居全市前两位的县区,评为“全市人口和计划生育工作先进县区”,各奖励人民币50000元(县、区五职责任人)。", reasonHas: "分值" },
  { id: "第1篇 减分2(3) 扣2分与一票否决同句", text: "(3)县站、乡所在计生技术服务中发生医疗责任事故的扣2分;出现重大责任事故或未按规定及时上报的予以“一票否决”。", reasonHas: "一票否决" },
  // a range of points is the assessor's choice: no typed figure gives the score (was range-bonus)
  { id: "第3篇 加分4 乡所达到国家标准 加3—5分", text: "4、2016年度乡所改建、新建达到国家标准并投入使用的加3—5分;", reasonHas: "区间" },
  { id: "第1篇 以上三项加分不超过5分 (not an item rule)", text: "以上三项加分不超过5分。", reasonHas: "分组规则" },
];
