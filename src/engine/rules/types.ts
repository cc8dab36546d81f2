/**
 * Scoring rules: what a 评分标准 / 计分办法 (scoring standard) says, as data.
 *
 * One discriminated union for item rules (`ScoringRule`, switched over exhaustively by the
 * evaluator and the formula emitter) and one for rules of a whole section or total
 * (`SectionRule`: 加分/减分 caps, weights). The `kind` of a rule is the construct name that
 * `assess rule --json` reports ("per-unit-capped", …).
 *
 * Conventions: n = the row's measured value (a count, a rate, a yes/no answer), M = the
 * item's max points (分值). Points are positive numbers; whether they add or deduct is said
 * by the kind (a deduction kind lowers M, or gives negative points when there is no M).
 */
import type { ReasonCode, ReasonParams } from "./reasons";

/** "以上/达到" ≥, "超过/高于" >, "以下" ≤, "不足/低于/未达到" <. */
export type Comparator = ">=" | ">" | "<=" | "<";

/** A rate is read in percent (46 for "46%") or per mille (5.39 for "5.39‰"). */
export type RateUnit = "%" | "‰";

/**
 * What a threshold, band or step is measured in: a rate (% ‰), or the measure word of a quantity
 * the clause compares (延时5小时以上, 综合评分达60分, 经费10万元以上, 每超出100公里: 小时, 分, 万元, 公里).
 * A quantity is read in that word alone: "3小时" or 3 for 小时, never "3天" or "3万元" for 元.
 */
export type MeasureUnit = RateUnit | (string & {});

/** 半年考核 (half-year assessment) or 全年/年终考核 (full-year). */
export type Period = "half-year" | "full-year";

export interface Threshold {
  readonly cmp: Comparator;
  readonly bound: number;
}

export interface LabelledPoints {
  readonly label: string;
  readonly points: number;
}

/** A tier of a step function: when n `cmp` bound, the tier gives `amount`. */
export interface Tier {
  readonly cmp: Comparator;
  readonly bound: number;
  readonly amount: number;
}

/**
 * A tier of rate tiers; `amount` null: what the value gives there is not said (80%-89%得8分 beside
 * 90%及以上得10分: 89.5% falls between two bands), so the value is refused, not scored.
 */
export interface RateTier {
  readonly cmp: Comparator;
  readonly bound: number;
  readonly amount: number | null;
}

/** yes → points (null: the item's max M), no → 0. 有…计20分,否则不计分; 能完成的计20分; 加1分. */
export interface AllOrNothingRule {
  readonly kind: "all-or-nothing";
  readonly points: number | null;
  /** 合同签定率达100%、代管率达100%…: the rates all required, which the yes/no answers together */
  readonly required?: ReadonlyArray<Threshold>;
  /**
   * 综合评定达甲等,得1分: the grade required, so a grade may be the value too — one `reached` (甲等)
   * gives the points, one `below` (乙等, 丙等, 丁等) 0; any other word is no answer
   */
  readonly grades?: { readonly reached: ReadonlyArray<string>; readonly below: ReadonlyArray<string> };
  /**
   * The standard is an absence (无随意扣款现象, 杜绝乱收费行为, 未发生安全事故): 有/无 answer whether the thing named
   * happened, not whether the standard is met. "whole": the absence is all the standard (有 → 0, 无 → the points);
   * "part": other requirements stand beside it (宣传到位,无逃避兵役现象,召开欢送会), so 有/无 answer nothing and are refused.
   */
  readonly absence?: "whole" | "part";
}

/** min(cap, points × ⌊n / per⌋). 每配备1名计3分,计满10分为止. */
export interface PerUnitCappedRule {
  readonly kind: "per-unit-capped";
  readonly per: number;
  readonly unit: string;
  readonly points: number;
  readonly cap: number | null;
  /**
   * Kinds earned apart, each with its own points (学生投稿1篇,计5分,教职工投稿1篇,计8分): one count per kind in
   * the clause's order ("2,1"), min(cap, Σ points × count); `points` is the least of them, `per` 1. A kind that
   * loses points per case beside them (每次出勤加1分,缺勤一次扣2分, read only with no max and no cap) has its
   * points negative — signed kinds; `points` is then the least of the earned ones.
   */
  readonly categories?: ReadonlyArray<LabelledPoints>;
  /** 成绩大于等于95分,…每次加0.1分: the figures of a condition that says which occasions are counted — read, not scored */
  readonly described?: ReadonlyArray<number>;
  /** the amounts are money in 元, not points (round 12: money per case, 违者罚款50元; an item counted in 元) */
  readonly currency?: "元";
  /**
   * 基础分3分,每检查1户有宣传单加0.2分,无扣0.2分,得分不超过5分: a base score the signed kinds move up and down (with
   * the item's max only): base + Σ points × count, between 0 and the cap (or the item's max)
   */
  readonly base?: number;
  /** the same base said with no max (宿舍基础分80分,…加1分,…扣2分): the start the signed points move — read, not scored */
  readonly baseStated?: number;
}

/**
 * max(0, full − d), full = the clause's points or M, d = points × ⌊short / per⌋ (at most `cap`).
 * short = n, the units missing (发现1个单位未完成…扣5分), or, when the clause states a target
 * (有1名以上…少1人扣3分), max(0, target − n) with n the units there are.
 */
export interface PerUnitDeductionFlooredRule {
  readonly kind: "per-unit-deduction-floored";
  readonly per: number;
  readonly unit: string;
  readonly points: number;
  readonly full: number | null;
  readonly target: number | null;
  /** a rate the clause states only to describe the standard or the sample (出勤率100%, 抽查10%): read, not scored */
  readonly rateStated?: number;
  /** the sheet's pass mark said beside the deduction (合格分数线暂定为40分): read, not scored */
  readonly passMark?: number;
  /** 最多扣6分 */
  readonly cap: number | null;
  /** 不足100公里的,按100公里计算: a part of a step counts as a whole one, d = points × ⌈short / per⌉ */
  readonly roundUp?: true;
  /** 每迟到5分钟扣1分,超过30分钟扣罚半天工资: a sanction outside the scale past an amount of the units counted (those amounts are refused) */
  readonly sanction?: CountSanction;
  /** 绿化覆盖率低于98%,…的每处扣1分: the figures of a condition that says which occasions are counted — read, not scored */
  readonly described?: ReadonlyArray<number>;
  /** the amounts are money in 元, not points (round 12: money per case, 违者罚款50元; an item counted in 元) */
  readonly currency?: "元";
}

/**
 * r meets target → full; r meets cut-off → 0; else full − perStep × |target − r| / step.
 * Higher is better (达到50%以上…低于30%不计分) or lower is better (控制在12‰以下…超过15‰不计分).
 */
export interface RatePerPointWithCutoffRule {
  readonly kind: "rate-per-point-with-cutoff";
  readonly unit: MeasureUnit;
  readonly target: Threshold;
  readonly full: number | null;
  readonly step: number;
  readonly perStep: number;
  /** the rates that score 0: 低于30%不计分 → { cmp: "<", bound: 30 } */
  readonly cutoff: Threshold;
  /** 不足1%时四舍五入: the steps below the target counted to the nearest whole one (2.5 → 3), not in proportion */
  readonly roundSteps?: true;
}

/** r meets threshold → points else 0. 比例达65%以上计10分,低于65%不计分. */
export interface RateThresholdRule {
  readonly kind: "rate-threshold";
  readonly unit: MeasureUnit;
  readonly threshold: Threshold;
  readonly points: number | null;
  /**
   * A step up as well (threshold ≥ or > only): above the bound each `step` adds `perStep`, at most `cap` (null: no
   * cap but the item's max). 达目标的计满分,不达目标不计分,每超目标1个百分点加1分.
   */
  readonly above?: { readonly step: number; readonly perStep: number; readonly cap: number | null };
}

/** r meets target → full, else max(0, full − perStep × |target − r| / step). 否则每少1个比例点扣1分,扣完为止. */
export interface RatePerPointToZeroRule {
  readonly kind: "rate-per-point-to-zero";
  readonly unit: MeasureUnit;
  readonly target: Threshold;
  readonly full: number | null;
  readonly step: number;
  readonly perStep: number;
  /**
   * A step up as well (target ≥ only): above the target each `step` adds `perStep`, at most `cap` (null: no
   * cap but the item's max) — full + min(cap, perStep × (r − target) / step). 完成计划数计300分,高于计划数1个
   * 百分点加5分,但最高加分不超过50分;低于计划数1个百分点扣5分; 增长20%的得20分,每增(减)1个百分点加(减)5分.
   */
  readonly above?: { readonly step: number; readonly perStep: number; readonly cap: number | null };
  /** 每降低1%(不足1%时四舍五入,下同)扣2分: the steps below the target counted to the nearest whole one (2.5 → 3) */
  readonly roundSteps?: true;
}

/** `each` per part present, at most `count` parts. 卫生计生、公安、教育、民政、统计等5部门各计4分. */
export interface ListedPartsRule {
  readonly kind: "listed-parts";
  readonly parts: ReadonlyArray<string>;
  readonly count: number;
  readonly each: number;
}

/** The highest step n reaches, capped. 召开1-2次会议计5分(1次计3分,计满5为止). Steps sorted by atLeast, descending. */
export interface SteppedCountRule {
  readonly kind: "stepped-count";
  readonly unit: string;
  readonly steps: ReadonlyArray<{ readonly atLeast: number; readonly points: number }>;
  readonly cap: number | null;
}

/** Sum of the satisfied sub-clauses. 村签订的计7分;部门签订的计3分;乡镇签订的计10分 (7+3+10). */
export interface SubClausesRule {
  readonly kind: "sub-clauses";
  readonly parts: ReadonlyArray<LabelledPoints>;
  /** +1: points are earned (计/加); the clause list of a bonus section is still +1 */
  readonly sign: 1 | -1;
  /**
   * With sign −1: each answer says whether the part's requirement is met (未成立小组的,扣2分;
   * 未作出部署的,扣3分 → "是,否" takes 3), an unmet one takes its points; with the same points
   * for every part a number counts the unmet ones. Absent: 是 means the deduction applies.
   */
  readonly met?: true;
  /** the amounts are money in 元, not points (round 12: money per case, 违者罚款50元; an item counted in 元) */
  readonly currency?: "元";
}

/**
 * A sanction outside the scale past a count, said beside a per-case rule (迟到每次扣1分,3次以上辞退; 旷工一天罚款100元,
 * 连续旷工3天以上按自动离职处理): at `count` cases or more (`inclusive`, 以上/满/达到) or past it (超过), the value is
 * refused — the sanction has no points; below it the rule scores. `what` is the sanction as said.
 */
export interface CountSanction {
  readonly count: number;
  readonly inclusive: boolean;
  /** the count word of the threshold (次, 天 …) */
  readonly unit: string;
  readonly what: string;
}

/**
 * cases × points (每起扣2分, 每例扣1-3分, 每起加扣1分). `pointsMax` set: a range, the
 * assessor chooses within [points, pointsMax]; `categories`: the clause lists different
 * points per kind of case (一、二孩错漏每例扣2分,多孩错漏报每例扣3分), scored from one count per category.
 */
export interface PerCaseRule {
  readonly kind: "per-case";
  readonly unit: string;
  readonly points: number;
  readonly pointsMax: number | null;
  /** 加扣: an extra deduction on top of another clause */
  readonly addOn: boolean;
  readonly categories: ReadonlyArray<LabelledPoints>;
  /** a rate the clause states only to describe the standard or the sample (出勤率100%, 抽查10%): read, not scored */
  readonly rateStated?: number;
  /** the sheet's pass mark said beside the deduction (合格分数线暂定为40分): read, not scored */
  readonly passMark?: number;
  /** 最多扣10分: the deduction's own cap */
  readonly cap: number | null;
  /** 超速在限速值20%(含)-50%每次-2分: the figures of a condition that says which occasions are counted — read, not scored */
  readonly described?: ReadonlyArray<number>;
  /** the amounts are money in 元, not points (round 12: money per case, 违者罚款50元; an item counted in 元) */
  readonly currency?: "元";
  /** 3次以上辞退: a sanction outside the scale past a count (those counts are refused) */
  readonly sanction?: CountSanction;
}

/** yes → −points. 扣6分; 批示查实的,加扣2分. */
export interface FixedDeductionRule {
  readonly kind: "fixed-deduction";
  readonly points: number;
  readonly addOn: boolean;
  /** the same event also vetoes the unit (全年无火灾得10分,发生森林火灾无分,并实行一票否决) */
  readonly veto?: true;
  /**
   * The deduction takes the whole item (有违规现象之一的不得分 for an item worth 5): 是/√ answer that
   * the item's standard is met (no deduction), 否/× that it is not; 有/无, 发生2起/未发生 and counts
   * say whether the event named happened. Absent (a deduction standing alone, no max): 是 means
   * the event happened.
   */
  readonly met?: true;
  /** 无故旷工扣4分;3次以上者予以辞退: a sanction past a count (those counts are refused; so is a count above one, the points being said once) */
  readonly sanction?: CountSanction;
}

/** factor × the deduction the referenced standard gives (n = that deduction). 按照省考核标准加倍扣分. */
export interface DoubledRule {
  readonly kind: "doubled";
  readonly factor: number;
}

/** The assessor chooses within [min, max] (n = the points chosen). 达到国家标准的加3—5分. */
export interface RangeBonusRule {
  readonly kind: "range-bonus";
  readonly min: number;
  readonly max: number;
}

/** yes → the score is cut by percent (M × (1 − p/100)). 出现违规情况扣减20%的考核得分. */
export interface PercentageCutRule {
  readonly kind: "percentage-cut";
  readonly percent: number;
}

/** At the given period the item scores M; otherwise `rule` (null: the note stands alone). 半年考核时此项均默认为满分. */
export interface PeriodDefaultRule {
  readonly kind: "period-default";
  readonly period: Period;
  readonly rule: ScoringRule | null;
}

/** Different standards for the half-year and the full-year assessment (上半年…;全年…). */
export interface ByPeriodRule {
  readonly kind: "by-period";
  readonly halfYear: ScoringRule;
  readonly fullYear: ScoringRule;
}

/** yes → the unit is vetoed (一票否决): no score, flagged on the total. */
export interface VetoRule {
  readonly kind: "veto";
}

/**
 * A rate → money lookup (奖/罚 in 元, not points). The first matching "<"/"<=" tier from the
 * lowest bound up, else the first matching ">="/">" tier from the highest bound down, else 0.
 * 三查到位率达95%的奖村500元,90%的奖200元,不足90%的罚300元,不足85%的罚800元.
 */
export interface MoneyTiersRule {
  readonly kind: "money-tiers";
  readonly unit: RateUnit | "";
  readonly currency: string;
  readonly tiers: ReadonlyArray<Tier>;
}

/**
 * points × n / per, at most `cap` (null: the item's max). n is a count of `unit` (年内查处10例以上;
 * 否则按完成比例得分(15分): per 10, points 15), a rate in `unit` % or ‰, or, with unit "", the figure
 * as typed (4×实达标数: 15% is 15).
 */
export interface ProportionalRule {
  readonly kind: "proportional";
  readonly unit: string;
  readonly per: number;
  readonly points: number;
  readonly cap: number | null;
}

/**
 * Points by rank: rank `first` gets points[0], the next points[1] … (排名1-5名的依次赋予20分、19分…).
 * `rest`: the points of any rank after the listed ones, where the clause gives them (前三名按照6、5、4分
 * 打分,有新培育的得3分,没有新培育的0分); then rank 0 / 无 (nothing to rank) scores 0.
 */
export interface RankTiersRule {
  readonly kind: "rank-tiers";
  readonly first: number;
  readonly points: ReadonlyArray<number>;
  readonly rest?: number;
}

/**
 * Points by a grade the assessor writes in the value cell (按严重、比较严重、一般…5档划分,计分为1分、2分…;
 * 优秀加5分,良好加4分,合格加3分,不合格扣5分): the value is one of the grades, as written in the clause;
 * any other value is not read. Signed points; with a max, earned points are clamped to it and a
 * deduction lowers it.
 */
export interface GradeTiersRule {
  readonly kind: "grade-tiers";
  readonly grades: ReadonlyArray<LabelledPoints>;
  /** 各栋宿舍基本分数85分,…稍差扣1分…稍好加1分 with no max: the base the signed points move — read, not scored */
  readonly baseStated?: number;
}

/**
 * Signed points by rate tiers, tried as money tiers are (差错率为3%~5%的,扣0.1分;超过5%的,扣0.2分):
 * the first matching "<"/"<=" tier from the lowest bound up, else the first ">="/">" tier from the
 * highest bound down, else 0. With a max, a deduction lowers it (floored at 0), earned points are
 * clamped to it.
 */
export interface RateTiersRule {
  readonly kind: "rate-tiers";
  readonly unit: MeasureUnit;
  readonly tiers: ReadonlyArray<RateTier>;
  /**
   * 有1名代表作审议发言(10分),每增加1名加5分 for an item worth 10: the step said for each one past a base, which
   * passes the item's max (those counts are refused, a null tier) — read, not scored
   */
  readonly pastMax?: number;
  /** 超过1小时按旷工处理: a sanction outside the scale past the last band (those values are refused, a null band above it) */
  readonly sanction?: CountSanction;
}

export type ScoringRule =
  | AllOrNothingRule
  | PerUnitCappedRule
  | PerUnitDeductionFlooredRule
  | RatePerPointWithCutoffRule
  | RateThresholdRule
  | RatePerPointToZeroRule
  | ListedPartsRule
  | SteppedCountRule
  | SubClausesRule
  | PerCaseRule
  | FixedDeductionRule
  | DoubledRule
  | RangeBonusRule
  | PercentageCutRule
  | PeriodDefaultRule
  | ByPeriodRule
  | VetoRule
  | MoneyTiersRule
  | ProportionalRule
  | RankTiersRule
  | RateTiersRule
  | GradeTiersRule;

export type Construct = ScoringRule["kind"];

export const CONSTRUCTS: ReadonlyArray<Construct> = [
  "all-or-nothing", "per-unit-capped", "per-unit-deduction-floored", "rate-per-point-with-cutoff",
  "rate-threshold", "rate-per-point-to-zero", "listed-parts", "stepped-count", "sub-clauses",
  "per-case", "fixed-deduction", "doubled", "range-bonus", "percentage-cut", "period-default",
  "by-period", "veto", "money-tiers", "proportional", "rank-tiers", "rate-tiers",
  "grade-tiers",
];

/** Rules of a section or a total rather than of one item. */
export type SectionRule =
  /** 以上三项加分不超过5分; 累计加分不超过12分 */
  | { readonly kind: "bonus-cap"; readonly cap: number; readonly items: number | null }
  /** 上述累计减分不超过15分; 上述5项累计扣分不超过8分 */
  | { readonly kind: "penalty-cap"; readonly cap: number; readonly items: number | null }
  /** 市级考核占60%, 县级考核占40%; 百分制打分,按60%计算 */
  | { readonly kind: "weights"; readonly parts: ReadonlyArray<{ readonly label: string; readonly percent: number }> };

export type RuleParse =
  | {
      readonly understood: true;
      readonly construct: Construct;
      readonly rule: ScoringRule;
      /** the max points found in the clause or item text "(20分)", or given by the caller */
      readonly max?: number;
    }
  | NotUnderstood;

/** Why not: `reason` is "中文 (English)" (what `assess rule` prints); the code and its parameters name it (reasons.ts). */
export interface NotUnderstood {
  readonly understood: false;
  readonly reason: string;
  readonly reasonCode: ReasonCode;
  readonly reasonParams: ReasonParams;
}

export type SectionRuleParse =
  | { readonly understood: true; readonly construct: SectionRule["kind"]; readonly rule: SectionRule }
  | NotUnderstood;

/** a reason's text in each language */
export interface ReasonTexts {
  readonly zh: string;
  readonly en: string;
}

export interface RuleScore {
  /** null when the rule cannot score this value (reason says why) */
  readonly score: number | null;
  /** "中文 (English)", as `assess rule` prints it */
  readonly reason?: string;
  /** the same reason in each language apart, for messages in one language */
  readonly why?: ReasonTexts;
  /** the value answers yes to a veto (一票否决) */
  readonly vetoed?: boolean;
}

export interface ScoreOptions {
  /** which assessment this is, for period-default and by-period rules */
  readonly period?: Period;
  /**
   * The value cell's number format. A percent format ("0%", "0.00%") means the cell holds
   * 1.05 for 105%: a rate is then always read ×100 (without it, a bare number ≤ 1 is taken
   * for a fraction and one > 1 for percent, so 1.05 would read as 1.05%).
   */
  readonly numberFormat?: string | null;
}
