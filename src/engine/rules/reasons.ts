/**
 * Why a clause (or a section rule) was not understood, as message codes with parameters and
 * one catalogue of Chinese and English texts. The parser returns the code and its parameters
 * (`reasonCode`, `reasonParams`); the `reason` string of `assess rule --json` is still
 * "中文 (English)" (the CLI contract), and a pane shows the text in its own language by code.
 */

export type ReasonParams = Readonly<Record<string, string | number>>;

interface Texts {
  readonly zh: (p: ReasonParams) => string;
  readonly en: (p: ReasonParams) => string;
}

const catalogue = <T extends Record<string, Texts>>(t: T): T => t;

export const REASONS = catalogue({
  // the clause as a whole
  "empty-clause": { zh: () => "评分标准为空", en: () => "empty scoring clause" },
  "too-long": {
    zh: (p) => `评分标准过长(超过${p.max}个词),请拆分或用简写说明规则`,
    en: (p) => `the scoring clause is too long (over ${p.max} words); split it or state the rule in short form`,
  },
  "reader-fault": {
    zh: (p) => `读取这条评分标准时程序出错(“${p.error}”),请将这条标准报告给开发者`,
    en: (p) => `the reader failed on this clause (${p.error}); please report the clause`,
  },
  "unusable-number": { zh: (p) => `“${p.text}…”不是可用的数字`, en: (p) => `"${p.text}…" is not a usable number` },
  "figure-lost": {
    zh: (p) => `“${p.text}”缺少数字(可能在抄录时丢失),无法计算`,
    en: (p) => `"${p.text}" lacks its figure (lost in copying?): nothing to compute`,
  },
  "section-rule": {
    zh: () => "这是加分/减分/权重的分组规则,不是单项评分标准",
    en: () => "this is a section rule (cap or weight), not an item rule",
  },
  "unread-words": { zh: (p) => `评分标准中有未能理解的计分文字:${p.list}`, en: (p) => `scoring words the parser could not read: ${p.list}` },
  "above-max": {
    zh: (p) => `条款给${p.points}分,超过该项满分${p.max}分,无法判断`,
    en: (p) => `the clause gives ${p.points}, more than the item's max ${p.max}: ambiguous`,
  },
  "max-unreached": { zh: (p) => `满分${p.max}分,但条款最多给${p.full}分`, en: (p) => `the max is ${p.max} but the clause gives at most ${p.full}` },
  "alternatives": {
    zh: (p) => `分项合计${p.sum}分超过满分${p.max}分,可能是择一计分`,
    en: (p) => `the sub-clauses add up to ${p.sum}, more than the max ${p.max}: they may be alternatives`,
  },
  // what the recognisers refuse
  "rate-incomplete": {
    zh: () => "含比率的评分标准未能完整理解(达标线、每降低几个百分点扣几分、不计分线)",
    en: () => "a rate clause whose threshold, per-point deduction or cut-off could not be read",
  },
  "rate-step-against": {
    zh: () => "达标线之后的每步扣分与达标方向相反(如“达到40%以上得2分,每超过10个百分点扣0.5分”),无法判断从哪一侧计算",
    en: () => "the per-point deduction goes the other way from the target (reach 40% for 2, then each 10 points above deducts): which side it counts from is not said",
  },
  "proportion-of-another": {
    zh: () => "按另一个数字的比例计分,需要多个数字",
    en: () => "points in proportion to another figure: needs several figures",
  },
  "range-reversed": { zh: () => "分值区间上下颠倒", en: () => "the range's bounds are reversed" },
  "each-per-what": { zh: () => "各扣几分,但没有说明按什么扣(每人、每项…)", en: () => "各扣N分 does not say per what" },
  "several-deductions": { zh: () => "有多处扣分,无法判断如何合计", en: () => "several deductions and no way to tell how they combine" },
  "points-range": {
    zh: (p) => `分值是一个区间(${p.min}-${p.max}分),由考核人在区间内酌定,无法由填写的数字算出`,
    en: (p) => `the points are a range (${p.min}-${p.max}) the assessor chooses within; no typed figure gives them`,
  },
  "several-counts": {
    zh: () => "条款按几种不同情形分别扣分,需要分别填写几个数字",
    en: () => "the clause deducts for several different acts, each counted apart: needs several figures",
  },
  "count-in-part": {
    zh: (p) => `分项的得分取决于数量(“${p.text}”),不是“是/否”能回答的`,
    en: (p) => `a sub-clause's points depend on a count ("${p.text}"), which a yes/no does not give`,
  },
  "rest-unsaid": {
    zh: (p) => `条款只说扣${p.points}分,该项满分${p.max}分的其余分值如何得到没有说明`,
    en: (p) => `the clause only deducts ${p.points}; how the rest of the item's ${p.max} points is earned is not said`,
  },
  "once-or-each": {
    zh: (p) => `扣分针对反复出现的情形(“${p.text}”),没有说明是扣一次还是每次都扣`,
    en: (p) => `the failing is of recurring occasions ("${p.text}"): whether the points go once or each time is not said`,
  },
  "per-no-unit": {
    zh: (p) => `“每${p.per}”没有说明单位(人、个、百分点、万元…),无法计算`,
    en: (p) => `"per ${p.per}" does not say of what (people, items, points, money …)`,
  },
  "per-n-cases": {
    zh: (p) => `“每${p.per}${p.unit}”计一次分(几个合算一次)尚不能计算,请手工计分`,
    en: (p) => `points per ${p.per} ${p.unit} (several counted as one) cannot be scored yet; score it by hand`,
  },
  "deduction-range": { zh: () => "扣分是一个区间,由考核人酌定", en: () => "the deduction is a range the assessor chooses" },
  "deduct-and-earn": { zh: () => "扣分与得分写在同一条款中", en: () => "deductions and earned points in one clause" },
  "rate-among-conditions": {
    zh: () => "比率只是几项同时要求的条件之一(…且…),一个比率无法判断是否全部达到",
    en: () => "the rate is one of several conditions joined by 且: one rate does not say whether all are met",
  },
  "figure-elsewhere": {
    zh: (p) => `与另处规定的数字比较(“${p.text}”),该数字不在条款中`,
    en: (p) => `compared with a figure set elsewhere ("${p.text}"), which the clause does not give`,
  },
  "points-elsewhere": {
    zh: (p) => `分值按另处的规定(“${p.text}”),条款只说了上限`,
    en: (p) => `the points follow rules set elsewhere ("${p.text}"); the clause gives only their cap`,
  },
  "scored-as-other": {
    zh: (p) => `有一种情形“${p.text}”,按条款中没有的另一种情形计分,分值不在条款中`,
    en: (p) => `one case is "${p.text}": scored as a kind the clause does not score, so its points are not in the clause`,
  },
  "points-only": {
    zh: () => "评分标准只有分值,没有说明是加分还是扣分、按什么计(请在项目名称中写明,如“扣分(每人次)”)",
    en: () => "the standard is only points: not whether they are given or taken, nor per what (say it in the item's heading, e.g. 扣分(每人次))",
  },
  "points-open": {
    zh: (p) => `“${p.text}”只说了最少的分值,其余由考核人决定`,
    en: (p) => `"${p.text}" states only the least points; the rest is the assessor's`,
  },
  "above-base": {
    zh: (p) => `按超出基数(“${p.text}”)的部分逐个计分,基数本身和不足基数时如何计分没有说明,请手工计分`,
    en: (p) => `points for each one above a base ("${p.text}"): what the base itself and a count below it give is not said; score it by hand`,
  },
  "per-per": {
    zh: (p) => `“${p.text}”按两个数量计算(每个单位里的数量),需要多个数字`,
    en: (p) => `"${p.text}" counts per unit and per amount within it: needs several figures`,
  },
  "states-in-part": {
    zh: (p) => `分项中还有不计分的情形(“${p.text}”),是几种状态之一,不是“是/否”能回答的`,
    en: (p) => `a sub-clause holds a zero outcome of its own ("${p.text}"): one of several states, which a yes/no does not give`,
  },
  "no-points": { zh: () => "没有找到分值或计分方法", en: () => "no points or scoring method found" },
  "points-other-unit": {
    zh: (p) => `分值不是以“分”计(“${p.text}”),请用简写说明规则`,
    en: (p) => `the points are counted in another unit ("${p.text}"), not 分: state the rule in short form`,
  },
  "money-per-unit": {
    zh: (p) => `金额按每个(每少、每多一个)计(“${p.text}”),不是分档金额,尚不能计算,请用简写说明规则`,
    en: (p) => `money per one ("${p.text}"), not money tiers: cannot be scored yet; state the rule in short form`,
  },
  "fine-several-parties": {
    zh: (p) => `罚款对象有多方(“${p.text}”),金额是每方各罚还是合计,无法判断`,
    en: (p) => `the fine falls on several parties ("${p.text}"): whether the amount is each one's or in all cannot be told`,
  },
  "money-scale": {
    zh: (p) => `分档金额的界限以“${p.unit}”计,尚不能按该单位计算,请用简写说明规则`,
    en: (p) => `the money tiers' bounds are counted in "${p.unit}", a scale not yet kept: state the rule in short form`,
  },
  "sanction-not-points": {
    zh: (p) => `条款中有一种情形罚的是钱或工资,不是分(“${p.text}”),一个数字无法判断是哪种情形`,
    en: (p) => `one case is penalised in money or wages, not points ("${p.text}"): one figure cannot say which case happened`,
  },
  "per-holder-cap": {
    zh: (p) => `“${p.text}”是对每个对象分别设的上限,一个总数无法判断每个对象是否超限,请按对象分别填写`,
    en: (p) => `"${p.text}" caps each holder apart: one count over all of them cannot say which is capped; score each holder apart`,
  },
  "negative-part": {
    zh: (p) => `“${p.text}”使该项得分低于零,而该项得分在0到满分之间,是扣成负分还是记0分没有说明`,
    en: (p) => `"${p.text}" takes the part below zero, which a score within [0, max] cannot show: whether it is negative or 0 is not said`,
  },
  "count-beside-failing": {
    zh: (p) => `按数量扣分(“${p.count}”)旁边还有一项只扣一次的情形(“${p.text}”),需要一个数量和一个“是/否”两个数字`,
    en: (p) => `a deduction by count ("${p.count}") beside a failing deducted once ("${p.text}"): needs a count and a yes/no`,
  },
  "bound-not-step": {
    zh: (p) => `“${p.text}”是达到的次数(连续或累计达到一次),不是“每${p.text}”:更多次数是否再扣(加)分没有说明,请手工计分`,
    en: (p) => `"${p.text}" is a count reached (a run or a total, met once), not a step per so many: whether more takes the points again is not said; score it by hand`,
  },
  "reward-for-absence": {
    zh: (p) => `奖励给的是没有发生的事(“${p.text}”),填写的数字是发生的次数,不是获奖的次数,尚不能计算,请用简写说明规则`,
    en: (p) => `the reward is for something not happening ("${p.text}"): a count typed is of the events, not of rewards; cannot be scored yet, state the rule in short form`,
  },
  "fine-with-dismissal": {
    zh: (p) => `同一情形既罚款又辞退(“${p.text}”),辞退不是金额,无法只按金额计算`,
    en: (p) => `one act is fined and the person dismissed ("${p.text}"): a dismissal is no amount; the money alone would not be the outcome`,
  },
  "one-of-both-unsaid": {
    zh: (p) => `“${p.text}”:只说了几项都没做到时不得分,只做到其中一项时如何计分没有说明`,
    en: (p) => `"${p.text}": zero only when none of the requirements is met; what one of them alone gives is not said`,
  },
  "deduction-unread": { zh: () => "条款中的扣分方法未能理解", en: () => "the clause deducts points in a way the parser cannot read" },
  "full-among-parts": { zh: () => "多个分项中有\"满分\",无法相加", en: () => "a sub-clause says 满分 among several; cannot add up" },
  "places-unsaid": {
    zh: (p) => `评出“${p.text}”,但只给出${p.points}个名次的分值`,
    en: (p) => `"${p.text}" are awarded but the points of only ${p.points} places are given`,
  },
  "average-of-others": {
    zh: () => "得分取决于其他单位的得分(平均分),一个数字无法计算",
    en: () => "the score depends on other units' scores (an average); one figure cannot give it",
  },
  "discretion": { zh: () => "由考核人酌情给分,没有可计算的分值", en: () => "left to the assessor's discretion; nothing to compute" },
  "vague-deduction": { zh: () => "条款说扣分,但没有说明扣多少分值", en: () => "the clause deducts points without saying how many" },
  "repeat-steps": {
    zh: () => "第一次、第二次……的扣分不同(按第几次计),尚不能计算,请手工计分",
    en: () => "the first, second … occurrence take different points; cannot be scored yet, score it by hand",
  },
  "per-duration": {
    zh: (p) => `按时长计分(“${p.text}”)尚不能计算,请手工计分`,
    en: (p) => `points per length of time ("${p.text}") cannot be scored yet; score it by hand`,
  },
  "line-zeroes-item": {
    zh: () => "这一条(编号在后)把整项计为0分,该项的分数还取决于其他各条,需要多个数字",
    en: () => "this numbered line zeroes the whole item, whose score otherwise comes from its other lines: needs several figures",
  },
  "grade-verdict": {
    zh: (p) => `“${p.text}”:条款在分值之外把结果直接判为一个等级(没有分值),无法由一个数字算出分数`,
    en: (p) => `"${p.text}": besides its points the clause sets a grade outright (no points): no one figure gives the score`,
  },
  "vague-count": {
    zh: (p) => `“${p.text}”没有说明几次计一次分(一次还是每次),无法计算`,
    en: (p) => `"${p.text}" does not say how many cases take the points (once, or each time)`,
  },
  "conditional-part": {
    zh: (p) => `“${p.text}”:后一部分的分值另有条件,是替代前面的分值还是另加,没有说明,需要多个数字`,
    en: (p) => `"${p.text}": a later part's points hang on a further condition (instead of the earlier points or besides them is not said): needs several figures`,
  },
  "item-veto": {
    zh: () => "“单项否决”可指该项不得分,也可指整个单位被否决,没有分值,无法计算",
    en: () => "单项否决 may mean the item scores nothing or the whole unit is vetoed, and no points are given: nothing to compute",
  },
  "veto-of-marked": {
    zh: (p) => `否决的条件是其他考核项的结果(“${p.text}”),不是本行填写的数字能回答的`,
    en: (p) => `the veto's condition is the result of other items ("${p.text}"), which this row's value does not give`,
  },
  "veto-list": {
    zh: () => "一票否决列有几种情形(1.…2.…),请每种情形一行,分别填写",
    en: () => "a veto over several listed conditions (1.… 2.…): one row per condition, each answered",
  },
  "veto-with-points": { zh: () => "一票否决与扣分写在同一条款中,请分开", en: () => "a veto and points in one clause; split them" },
  "sanction-money-elsewhere": {
    zh: (p) => `按次罚款,到一定次数另扣奖金或工资(“${p.text}”),其金额不在条款中,无法计算`,
    en: (p) => `money per case, and past a count a bonus or wage taken ("${p.text}"), whose amount the clause does not give`,
  },
  "cutoff-needs-max": {
    zh: () => "按次扣分到某次数以上不得分,需要该项满分",
    en: () => "deductions per count up to a count that scores nothing: needs the item's max",
  },
  // the short written form (short.ts)
  "short-range-reversed": { zh: () => "区间上下颠倒", en: () => "range bounds reversed" },
  "short-per-positive": { zh: () => "每…的数量必须大于0", en: () => "the per-quantity must be positive" },
  "short-bonus-range": { zh: () => "加分不能是区间", en: () => "a per-unit bonus cannot be a range" },
  "short-unknown-option": { zh: (p) => `无法理解简写选项"${p.option}"`, en: (p) => `unknown short-form option "${p.option}"` },
  "short-target-floored": { zh: () => "“应有N”只用于扣完为止的扣分", en: () => "应有N goes with a floored deduction" },
  "short-unknown-token": { zh: (p) => `无法理解简写"${p.token}"`, en: (p) => `cannot read short-form token "${p.token}"` },
  "short-no-tiers": { zh: () => "简写中没有分档", en: () => "no tiers in the short form" },
  "short-mixed-units": { zh: () => "各档单位不一致", en: () => "tiers use different units" },
  "short-money-options": { zh: () => "金额分档不能带扣分规则", en: () => "money tiers take no per-point or cap option" },
  "short-one-full-tier": { zh: () => "比率规则需要恰好一个达标档", en: () => "a rate rule needs exactly one full-points tier" },
  "short-zero-tier-points": { zh: () => "低档只能计0分", en: () => "the lower tier must score 0" },
  "short-one-zero-tier": { zh: () => "只能有一个不计分档", en: () => "only one zero tier" },
  "short-threshold-options": { zh: () => "阈值规则不带上限或扣完为止", en: () => "a threshold takes no cap or floor" },
  "short-threshold-gap": { zh: () => "阈值与不计分线不一致,中间区间未说明", en: () => "the threshold and the zero line differ; the middle is unsaid" },
  "short-count-tiers": { zh: () => "计数分档只能用 >= 档", en: () => "count steps use >= tiers only" },
  "short-count-ge": { zh: () => "计数分档只能用 >=", en: () => "count steps use >= only" },
  // section rules (section.ts)
  "section-empty": { zh: () => "规则为空", en: () => "empty rule" },
  "section-none": { zh: () => "没有找到加分上限、减分上限或权重", en: () => "no bonus cap, penalty cap or weight found" },
});

export type ReasonCode = keyof typeof REASONS;
export const REASON_CODES = Object.keys(REASONS) as ReadonlyArray<ReasonCode>;

/** The reason in one language. */
export function reasonText(code: ReasonCode, params: ReasonParams, lang: "zh" | "en"): string {
  return REASONS[code][lang](params);
}

/** The reason as `assess rule` has always printed it: "中文 (English)". */
export function reasonString(code: ReasonCode, params: ReasonParams = {}): string {
  return `${reasonText(code, params, "zh")} (${reasonText(code, params, "en")})`;
}
