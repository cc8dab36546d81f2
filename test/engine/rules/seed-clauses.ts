/**
 * Every scoring clause of seeds/001_*.txt: the Dengzhou 2016 half-year scheme (邓州市2016年上半年
 * 人口和计划生育目标管理责任制考核方案, 第二篇) and "2016计划生育目标管理考核方案(共4篇)" (第六篇:
 * 第1篇 and 第3篇 hold the 加分/减分 rules; 第2篇 and 第4篇 have no scoring clauses), plus the
 * 扣减20% clause of 第一篇. Where the scheme puts several clauses in one sentence that cannot be
 * one rule (a deduction and a veto), the sentence is listed split, as the clerk would enter it.
 *
 * Each clause: its text as in the seed (item title included where the max is only there),
 * the construct, the parsed rule's key figures, and (value, expected score) pairs at, just
 * above and just below every boundary. Expected scores are worked out by hand from the clause.
 */
import type { CellValue } from "../../../src/engine/grid";
import type { Period } from "../../../src/engine/rules";

export interface SeedClause {
  readonly id: string;
  readonly text: string;
  /** --max, when the clause is scored out of the item's max */
  readonly max?: number;
  readonly construct: string;
  readonly rule: Record<string, unknown>;
  /** the max the parser should find in the text itself */
  readonly statedMax?: number;
  readonly period?: Period;
  readonly cases: ReadonlyArray<readonly [CellValue, number | null]>;
}

export const SEED_CLAUSES: ReadonlyArray<SeedClause> = [
  // ---------------- 邓州 (一)综合治理责任落实 1、坚持党政一把手亲自抓、负总责(130分)
  {
    id: "邓州 1(1) 签订目标管理责任书 (20分)",
    text: "(1)签订目标管理责任书,明确各级各部门任务(20分)。其中各行政村(社区)与乡(镇、街、区)政府签订目标责任书的计7分;各乡(镇、街、区)直各部门与乡(镇、街、区)政府签订目标责任书的计3分;各乡(镇、街、区)政府与市政府签订目标责任书的计10分。",
    max: 20, statedMax: 20,
    construct: "sub-clauses",
    rule: { parts: [{ points: 7 }, { points: 3 }, { points: 10 }], sign: 1 },
    cases: [["是,是,是", 20], ["是,否,是", 17], ["否,是,否", 3], ["否、否、是", 10], ["是", 20], ["否", 0], ["是,否", null], ["", null]],
  },
  {
    id: "邓州 1(2) 坚持计划生育工作领导小组制度 (20分)",
    text: "(2)坚持计划生育工作领导小组制度(20分)。根据领导的变化,及时调整领导小组计5分(有正式文件计分);明确计划生育工作领导小组成员职责,建立完善计划生育相关部门信息共享机制计5分(有正式文件计分);建立并实行对计划生育领导小组成员单位的计划生育工作职责落实情况的督查考评制度计5分(有正式文件计分);领导小组1年内召开1-2次会议并解决实际问题计5分(领导小组1年内召开1次会议计3分,计满5为止)。",
    max: 20, statedMax: 20,
    construct: "sub-clauses",
    rule: { parts: [{ points: 5 }, { points: 5 }, { points: 5 }, { points: 5 }] },
    cases: [["是,是,是,是", 20], ["是,是,是,否", 15], ["否,否,否,否", 0], ["是,是,是", null]],
  },
  {
    id: "邓州 1(2) 领导小组会议 (5分)",
    text: "领导小组1年内召开1-2次会议并解决实际问题计5分(领导小组1年内召开1次会议计3分,计满5为止)",
    max: 5,
    construct: "stepped-count",
    rule: { steps: [{ atLeast: 2, points: 5 }, { atLeast: 1, points: 3 }], cap: 5 },
    cases: [[0, 0], [1, 3], ["1次", 3], [2, 5], ["两次", 5], [3, 5], ["无", 0], [-1, null]],
  },
  {
    id: "邓州 1⑶ 乡级计划生育办公室 (5分)",
    text: "建立健全乡级计划生育办公室,承担基层计划生育管理服务职责(5分)",
    max: 5, statedMax: 5,
    construct: "all-or-nothing",
    rule: { points: 5 },
    cases: [["是", 5], ["有", 5], ["否", 0], ["无", 0], ["待定", null]],
  },
  {
    id: "邓州 1⑶ 乡级计划生育服务所 (5分)",
    text: "建立健全乡级计划生育服务所(计划生育服务中心),承担基层计划生育宣传教育、技术服务、药具发放、人员培训、信息咨询、优生指导、随访服务、生殖保健等8项职能(5分)",
    max: 5, statedMax: 5,
    construct: "all-or-nothing",
    rule: { points: 5 },
    cases: [["是", 5], ["否", 0]],
  },
  {
    id: "邓州 1⑶ 配备工作人员 (10分)",
    text: "按常住人口比例配备工作人员(10分),保证至少有1名以上行政编制人员、2名以上行政执法人员、3名以上技术服务人员。每配备1名计3分,计满10分为止。",
    max: 10, statedMax: 10,
    construct: "per-unit-capped",
    rule: { per: 1, points: 3, cap: 10 },
    cases: [[0, 0], [1, 3], [3, 9], ["3人", 9], ["三人", 9], [4, 10], [5, 10], ["无", 0], ["46%", null], [-2, null]],
  },
  {
    id: "邓州 1⑷ 专项督查 (20分)",
    text: "⑷组织对各行政村(居委会)及乡直部门开展计划生育工作专项督查,严格兑现奖惩(20分)。每上半年和全年分别对各行政村(居委会)计划生育目标考核1次计15分,每上半年和全年分别对各乡直单位计划生育目标考核1次计5分。",
    max: 20, statedMax: 20,
    construct: "sub-clauses",
    rule: { parts: [{ points: 15 }, { points: 5 }] },
    cases: [["是,是", 20], ["是,否", 15], ["否,是", 5], ["否,否", 0]],
  },
  {
    id: "邓州 1⑸ 事业费投入到位率 (30分), both periods",
    text: "计划生育事业费按省定标准预算到位,投入到位,按月均衡拨付到位,上半年计划生育事业费投入到位率达到50%以上计30分,每降低1个百分点扣2.5分,低于30%不计分;全年计划生育事业费投入到位率达100%计30分,每降低1个百分点扣2.5分,低于80%不计分。",
    max: 30, period: "half-year",
    construct: "by-period",
    rule: {
      halfYear: { kind: "rate-per-point-with-cutoff", target: { cmp: ">=", bound: 50 }, full: 30, perStep: 2.5, cutoff: { cmp: "<", bound: 30 } },
      fullYear: { kind: "rate-per-point-with-cutoff", target: { cmp: ">=", bound: 100 }, full: 30, perStep: 2.5, cutoff: { cmp: "<", bound: 80 } },
    },
    cases: [["50%", 30], ["50.5%", 30], ["49.5%", 28.75], ["46%", 20], [0.46, 20], ["38%", 0], ["30%", 0], ["29%", 0]],
  },
  {
    id: "邓州 1⑸ 上半年事业费投入到位率",
    text: "上半年计划生育事业费投入到位率达到50%以上计30分,每降低1个百分点扣2.5分,低于30%不计分",
    max: 30,
    construct: "rate-per-point-with-cutoff",
    rule: { unit: "%", target: { cmp: ">=", bound: 50 }, full: 30, step: 1, perStep: 2.5, cutoff: { cmp: "<", bound: 30 } },
    cases: [["50%", 30], ["51%", 30], ["49%", 27.5], ["46%", 20], ["４６％", 20], [46, 20], ["38%", 0], ["30%", 0], ["29.9%", 0], ["是", null]],
  },
  {
    id: "邓州 1⑸ 全年事业费投入到位率",
    text: "全年计划生育事业费投入到位率达100%计30分,每降低1个百分点扣2.5分,低于80%不计分。",
    max: 30,
    construct: "rate-per-point-with-cutoff",
    rule: { target: { cmp: ">=", bound: 100 }, full: 30, perStep: 2.5, cutoff: { cmp: "<", bound: 80 } },
    cases: [["100%", 30], [1, 30], ["99%", 27.5], ["90%", 5], ["88%", 0], ["80%", 0], ["79%", 0]],
  },
  {
    id: "邓州 1⑹ 新国优创建 (20分)",
    text: "⑹“新国优”创建工作开展情况(20分)。及时向党委政府汇报新国优创建工作计10分;及时对新国优创建工作进行安排部署计10分。",
    max: 20, statedMax: 20,
    construct: "sub-clauses",
    rule: { parts: [{ points: 10 }, { points: 10 }] },
    cases: [["是,是", 20], ["是,否", 10], ["否", 0]],
  },
  // ---------------- 2、坚持部门齐抓共管(110分)
  {
    id: "邓州 2(1) 征求意见 (20分)",
    text: "有相关会议研究记录或者文件计20分,否则不计分。",
    max: 20,
    construct: "all-or-nothing",
    rule: { points: 20 },
    cases: [["有", 20], ["是", 20], ["无", 0], ["否", 0], ["", null]],
  },
  {
    id: "邓州 2(2)① 互通信息制度 (20分)",
    text: "①建立相关部门按季度互通人口出生、性别、节育、学籍、婚姻登记等信息制度计(20分),其中,卫生计生、公安、教育、民政、统计等5部门各计4分。",
    max: 20, statedMax: 20,
    construct: "listed-parts",
    rule: { parts: ["卫生计生", "公安", "教育", "民政", "统计"], count: 5, each: 4 },
    cases: [[0, 0], [4, 16], [5, 20], [6, 20], ["5个部门", 20], ["公安、教育", 8], ["无", 0], ["财政", null]],
  },
  {
    id: "邓州 2(2)② 共享信息 (15分)",
    text: "②有相关部门连续、规范、完整的共享信息,要求同时有汇总数据和个案信息,纸质或电子版均可(15分),每个部门各计3分。",
    max: 15, statedMax: 15,
    construct: "per-unit-capped",
    rule: { per: 1, points: 3, cap: null },
    cases: [[0, 0], [4, 12], [5, 15], [6, 15], ["4个", 12]],
  },
  {
    id: "邓州 2(2)③ 工作记录 (15分)",
    text: "③根据各相关部门提供的信息开展工作且有连续、规范、完整的工作记录(15分)。其中,卫生计生、公安、教育、民政、统计等5部门各计3分。",
    max: 15, statedMax: 15,
    construct: "listed-parts",
    rule: { count: 5, each: 3 },
    cases: [[0, 0], [4, 12], [5, 15], [6, 15], ["卫生计生、公安、教育", 9]],
  },
  {
    id: "邓州 2(3) 成员单位职责任务 (20分)",
    text: "各计划生育领导小组成员单位能够完成具体承担的职责任务的计20分,根据计划生育领导小组的职责分工,发现1个单位未完成职责任务的扣5分,扣完为止。",
    max: 20,
    construct: "per-unit-deduction-floored",
    rule: { per: 1, points: 5, full: 20 },
    cases: [[0, 20], [1, 15], [3, 5], [4, 0], [5, 0], ["2个", 10], ["无", 20]],
  },
  {
    id: "邓州 2(4) 年度报告 (20分), 半年考核默认满分",
    text: "每年11月底前由乡卫生计生部门及各计划生育领导小组成员单位以文件形式向乡计划生育工作领导小组报告年度计划生育工作目标管理责任制完成情况计20分,否则不计分。(半年考核时此项均默认为满分)",
    max: 20, period: "half-year",
    construct: "period-default",
    rule: { period: "half-year", rule: { kind: "all-or-nothing", points: 20 } },
    cases: [["否", 20], ["是", 20], ["", 20]],
  },
  // ---------------- 3、加强计划生育协会组织建设(40分) (1)乡级(20分)
  {
    id: "邓州 3(1)① 组织建设 (5分)",
    text: "①组织建设(5分)。是否配备专职副会长(查阅乡级是否出台任命文件);有1名以上计生协专职工作人员查看相关文件资料,少1人扣3分,扣完为止。",
    max: 5, statedMax: 5,
    construct: "per-unit-deduction-floored",
    // 有1名以上…少1人扣3分: the value is the staff there are; each one short of 1 costs 3
    rule: { per: 1, points: 3, full: null, target: 1, cap: null },
    cases: [[0, 2], ["无", 2], [1, 5], ["1人", 5], [2, 5]],
  },
  {
    id: "邓州 3(1)② 群众自治示范村 (10分), both periods",
    text: "②群众自治示范村创建工作(10分)2016年上半年考核时,群众自治示范村比例达65%以上计10分,低于65%不计分(此项内容根据2015年底群众自治示范村创建验收结果打分,由协会办提供);2016年全年考核时,群众自治示范村比例达70%以上计10分,否则每少1个比例点扣1分,扣完为止(此项内容根据2016年底群众自治示范村创建结果打分,由协会办提供)",
    max: 10, statedMax: 10, period: "full-year",
    construct: "by-period",
    rule: {
      halfYear: { kind: "rate-threshold", threshold: { cmp: ">=", bound: 65 }, points: 10 },
      fullYear: { kind: "rate-per-point-to-zero", target: { cmp: ">=", bound: 70 }, full: 10, step: 1, perStep: 1 },
    },
    cases: [["70%", 10], ["71%", 10], ["69%", 9], ["69.5%", 9.5], ["65%", 5], ["60%", 0], ["59%", 0]],
  },
  {
    id: "邓州 3(1)② 上半年群众自治示范村比例",
    text: "2016年上半年考核时,群众自治示范村比例达65%以上计10分,低于65%不计分",
    max: 10,
    construct: "rate-threshold",
    rule: { unit: "%", threshold: { cmp: ">=", bound: 65 }, points: 10 },
    cases: [["65%", 10], ["65.1%", 10], ["64.9%", 0], [0.65, 10], [0.649, 0], ["100%", 10]],
  },
  {
    id: "邓州 3(1)② 全年群众自治示范村比例",
    text: "2016年全年考核时,群众自治示范村比例达70%以上计10分,否则每少1个比例点扣1分,扣完为止",
    max: 10,
    construct: "rate-per-point-to-zero",
    rule: { target: { cmp: ">=", bound: 70 }, full: 10, step: 1, perStep: 1 },
    cases: [["70%", 10], ["70.5%", 10], ["69%", 9], ["61%", 1], ["60%", 0], ["59%", 0]],
  },
  // ---------------- 2016计划生育目标管理考核方案 第1篇 四、加分与减分
  {
    id: "第1篇 加分2 为市工作会议提供现场",
    text: "2、为市工作会议提供现场的县、乡均加1分;",
    construct: "all-or-nothing",
    rule: { points: 1 },
    cases: [["是", 1], ["否", 0]],
  },
  {
    id: "第1篇 加分3 表彰",
    text: "3、当年在全省考核中综合工作获得表彰的县区加3分;获得全国优质服务县(站、所)的加3分;获得全省优质服务县的县区加2分;获得全省优质服务站(所)的加1分;其它单项工作获得省以上表彰的县区加1分。",
    construct: "sub-clauses",
    rule: { parts: [{ points: 3 }, { points: 3 }, { points: 2 }, { points: 1 }, { points: 1 }], sign: 1 },
    cases: [["是,否,否,否,是", 4], ["是,是,是,是,是", 10], ["否,否,否,否,否", 0], ["是,否", null]],
  },
  {
    id: "第1篇 减分2(1) 违反群众纪律 扣6分, 批示查实加扣2分",
    text: "(1)因严重违反人口计生工作群众纪律,严重损害群众利益或弄虚作假造成恶劣影响的,扣6分;省、市领导批示查实的,加扣2分;情节特别严重的,报经市领导批准,直接列入“重点管理”。",
    construct: "sub-clauses",
    rule: { parts: [{ points: 6 }, { points: 2 }], sign: -1 },
    cases: [["是,否", -6], ["是,是", -8], ["否,否", 0], ["否", 0]],
  },
  {
    id: "第1篇 减分2(2)a 非法关押 每起扣2分",
    text: "非法关押或殴打群众的,非法扣押或损坏群众财产的,每起扣2分;",
    construct: "per-case",
    rule: { unit: "起", points: 2, pointsMax: null, addOn: false },
    cases: [[0, 0], [1, -2], [3, -6], ["2起", -4], ["无", 0], [-1, null]],
  },
  {
    id: "第1篇 减分2(2)a 非法关押 每起扣2分 (out of 15)",
    text: "非法关押或殴打群众的,非法扣押或损坏群众财产的,每起扣2分;",
    max: 15,
    construct: "per-case",
    rule: { points: 2 },
    cases: [[0, 15], [1, 13], [7, 1], [8, 0], [9, 0]],
  },
  {
    id: "第1篇 减分2(2)b 乱收费 每起扣1分",
    text: "乱收费、乱罚款或违反计划生育合同规定收取合同违约金的,每起扣1分。",
    construct: "per-case",
    rule: { points: 1, addOn: false },
    cases: [[0, 0], [1, -1], ["4起", -4]],
  },
  {
    id: "第1篇 减分2(2)c 情节严重 每起加扣1分",
    text: "上述事件情节严重的每起加扣1分;",
    construct: "per-case",
    rule: { points: 1, addOn: true },
    cases: [[0, 0], [2, -2]],
  },
  {
    id: "第1篇 减分2(2)d 未纠正 每起加扣1分",
    text: "上述行为未按上级行政部门要求纠正的,每起加扣1分。",
    construct: "per-case",
    rule: { points: 1, addOn: true },
    cases: [[0, 0], [1, -1]],
  },
  {
    id: "第1篇 减分2(3)a 医疗责任事故 扣2分",
    text: "(3)县站、乡所在计生技术服务中发生医疗责任事故的扣2分;",
    construct: "fixed-deduction",
    rule: { points: 2, addOn: false },
    cases: [["是", -2], ["否", 0], ["1起", -2], [0, 0]],
  },
  {
    id: "第1篇 减分2(3)b 重大责任事故 一票否决",
    text: "出现重大责任事故或未按规定及时上报的予以“一票否决”。",
    construct: "veto",
    rule: {},
    cases: [["否", 0], ["是", null]],
  },
  {
    id: "第1篇 减分2(4) 误差 每例扣1-3分",
    text: "(4)信访或平时调研出现出生、节育、“三项制度”、“孕前优生健康检查”误差的每例扣1-3分(一、二孩错漏每例扣2分,多孩错漏报每例扣3分,上环虚报、错报每例扣1分,结扎虚报、错报每例扣2分,补救措施虚报每例扣1分,“三项制度”资格确认和资金发放误差、“孕前优生健康检查”资格确认误差每例扣2分)。",
    construct: "per-case",
    rule: {
      points: 1, pointsMax: 3,
      categories: [{ points: 2 }, { points: 3 }, { points: 1 }, { points: 2 }, { points: 1 }, { points: 2 }],
    },
    cases: [["1,0,0,0,0,0", -2], ["0,1,0,1,0,0", -5], ["1,1,1,1,1,1", -11], ["0,0,0,0,0,0", 0], [1, null]],
  },
  {
    id: "第1篇 减分3 调整计生委主任 扣2分",
    text: "3、县区调整计生委主任没有事先征求市人口计生委意见的,扣2分。",
    construct: "fixed-deduction",
    rule: { points: 2 },
    cases: [["是", -2], ["否", 0]],
  },
  {
    id: "第1篇 减分4 加倍扣分",
    text: "4、乡镇在省考核中出现问题的,按照省考核标准加倍扣分。",
    construct: "doubled",
    rule: { factor: 2 },
    cases: [[3, -6], ["1.5分", -3], [0, 0], ["无", 0], ["是", null]],
  },
  {
    id: "第一篇 扣减20%的考核得分",
    text: "集团将计划生育工作与年度绩效考核挂购,出现违规情况扣减20%的考核得分",
    max: 100,
    construct: "percentage-cut",
    rule: { percent: 20 },
    cases: [["是", 80], ["否", 100]],
  },
  // ---------------- 第3篇 四、加分与减分
  {
    id: "第3篇 加分2 经验推广/交流",
    text: "2、为市重点工作会议提供现场并有经验推广的县、乡均加2分,进行经验交流的县、乡均加1分;",
    construct: "sub-clauses",
    rule: { parts: [{ points: 2 }, { points: 1 }] },
    cases: [["是,是", 3], ["否,是", 1], ["否,否", 0]],
  },
  {
    id: "第3篇 加分3 晋类/表彰",
    text: "3、在上年度全省综合考核中晋类的县区加3分,综合工作获得省以上表彰的县区加2分,单项重点工作获得省以上表彰的县区加1分;",
    construct: "sub-clauses",
    rule: { parts: [{ points: 3 }, { points: 2 }, { points: 1 }] },
    cases: [["是,是,是", 6], ["否,是,否", 2]],
  },
  {
    id: "第3篇 二(二)1(2) 上半年考核(30分);年终考核(45分): two parts of one item, both counted",
    text: "全市上半年人口计生工作考核(30分);全市年终全市人口计生工作考核(45分)。",
    max: 75,
    construct: "sub-clauses",
    rule: { parts: [{ points: 30 }, { points: 45 }], sign: 1 },
    cases: [["是,是", 75], ["是,否", 30], ["否,是", 45]],
  },
  {
    id: "第3篇 减分2(1) 违反群众纪律",
    text: "(1)因严重违反人口计生工作群众纪律,严重损害群众利益或弄虚作假造成恶劣影响的,扣6分;省、市领导批示查实的,加扣2分;情节特别严重的,报经市领导批准,直接列入“重点管理”。",
    max: 8,
    construct: "sub-clauses",
    rule: { sign: -1 },
    cases: [["是,否", 2], ["是,是", 0], ["否,否", 8]],
  },
  {
    id: "第3篇 减分2(3) 医疗责任事故 扣2分",
    text: "(3)县站、乡所在计生技术服务中发生医疗责任事故的扣2分。",
    construct: "fixed-deduction",
    rule: { points: 2 },
    cases: [["是", -2], ["无", 0]],
  },
  {
    id: "第3篇 减分2(4) 瞒漏报 扣2分",
    text: "(4)瞒、漏报重大责任事故或未按规定及时上报重大紧急问题信息的扣2分。",
    construct: "fixed-deduction",
    rule: { points: 2 },
    cases: [["是", -2], ["否", 0]],
  },
  {
    id: "第3篇 减分2(5) 节育误差每例扣2分,出生误差每例扣4分",
    text: "(5)平时调查出现节育误差的每例扣2分,出现出生误差的每例扣4分。",
    construct: "per-case",
    rule: { categories: [{ points: 2 }, { points: 4 }] },
    cases: [["1,1", -6], ["0,2", -8], ["0,0", 0], [3, null]],
  },
  {
    id: "第3篇 三 干扰调查 加倍扣分",
    text: "被考核单位不得跟踪调查组,不得干扰调查,不得以各种方式反调查,不得提供虚假证明。否则一经调查组确认,将加倍扣分。",
    construct: "doubled",
    rule: { factor: 2 },
    cases: [[2, -4], [0, 0]],
  },
];

export { SEED_SECTION_RULES, SEED_NOT_UNDERSTOOD, type SeedSectionClause, type SeedNotUnderstood } from "./seed-sections";
