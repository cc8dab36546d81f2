/**
 * The words clerks use in headers and labels, and the numbering of items. Everything here
 * works on "keys": cell text with full-width ASCII folded to half-width and all spaces removed
 * ("合 计" → "合计", "（２０分）" → "(20分)"); circled numbers ⑴ ① are kept as they are,
 * because they carry the item level.
 */

/** Fold full-width ASCII (！…～) to half-width and drop every space. */
const NEEDS_FOLDING = /[\s\u3000\uff01-\uff5e【】〔〕［］：]/;

export function key(s: string): string {
  if (!NEEDS_FOLDING.test(s)) return s;
  let out = "";
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (ch === "\u3000" || /\s/.test(ch)) continue;
    else if (ch === "：") out += ":";
    else out += ch;
  }
  return out.replace(/[【〔［]/g, "[").replace(/[】〕］]/g, "]");
}

/** Text with full-width ASCII folded, inner runs of spaces kept as one (for names shown to people). */
export function tidy(s: string): string {
  if (!NEEDS_FOLDING.test(s)) return s;
  let out = "";
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (ch === "\u3000") out += " ";
    else out += ch;
  }
  return out.replace(/\s+/g, " ").trim();
}

// ---------------------------------------------------------------- totals, breakdowns

/** 合计 / 小计 / 总计 / 总数 / 共计, also 全县合计, 城关镇小计, "合 计" (spaces are gone in keys). */
export function totalWord(k: string): "grand" | "sub" | undefined {
  if (k.length > 14 || !/[计总合数和]/.test(k)) return undefined;
  if (/^(合|总)$/.test(k)) return "grand";
  if (/^(全[县市区镇乡省]|总|全部|本[页表])?(合计|总计|共计|总数|总和)$/.test(k)) return "grand";
  if (/^[^\d:]{0,10}(合计|总计|共计)$/.test(k)) return "grand";
  if (/^[^\d:]{0,10}小计$/.test(k)) return "sub";
  // a block numbered in Arabic digits: 第3片合计, 1组小计, 第12网格合计 (not 2020年合计 or 1-6月合计)
  const block = /^第?\d{1,4}(?:片区?|组|小组|村|村民小组|社|队|区|块|网格|单元|班|栋|号楼|中队|大队|分队)(合计|总计|共计|小计)$/.exec(k);
  if (block) return block[1] === "小计" ? "sub" : "grand";
  return undefined;
}

/** A label that opens a partial breakdown: 其中 / 其中:结扎 / 其中,结扎. */
export function startsWithOfWhich(k: string): boolean {
  return /^其中/.test(k);
}

/** The label after 其中: "其中:结扎" → "结扎", "其中" → "". */
export function afterOfWhich(k: string): string {
  return k.replace(/^其中[:,、]?/, "");
}

// ---------------------------------------------------------------- notes, titles, unit/date lines

/** 说明:… / 注:… / 注1. / 备注:… / 填表说明 / 填表人:… — rows that close a table. */
export function isNoteText(k: string): boolean {
  if (!/^[说注备附填制审负统联单报]/.test(k)) return false;
  return /^(说明|注|备注|附注|填表说明|注释)[:\d.、,]/.test(k) || /^(填表人|制表人|审核人|负责人|统计员|联系电话|单位负责人|报出日期)[:]/.test(k);
}

/** 填报单位:… / 单位:人 / 2016年12月31日 / 统计时间:… — lines under a title, above a header. */
export function isUnitDateText(k: string): boolean {
  return (
    /^(填报单位|报送单位|单位|计量单位|金额单位|制表单位|统计时间|统计时限|时间|日期|截止时间|截至|制表|填报日期|报表期)[:]/.test(k) ||
    /^(\d{4}|[二〇一九零]{4})年(\d{1,2}月(\d{1,2}日)?)?(止|底|末)?$/.test(k) ||
    /^\d{4}[-./]\d{1,2}([-./]\d{1,2})?$/.test(k) ||
    /^单位[:]?(人|户|个|万元|元|%|‰|例)$/.test(k)
  );
}

// ---------------------------------------------------------------- header roles

export type HeaderWord =
  | "number" | "item" | "max" | "standard" | "measured" | "selfScore" | "score" | "deduction" | "reason" | "remark"
  | "unit" | "bonus" | "penalty" | "total" | "rank" | "label";

const NUMBER_WORDS = /^(序号|序|编号|项次|No\.?|NO\.?|序列)$/;
const STANDARD_WORDS = /(评分标准|计分办法|评分细则|考核标准|评分办法|计分标准|考核办法|评分依据|评分方法|考核细则|评分说明|计分方法|扣分标准|考核评分标准|评分规则|考核要求及评分标准)/;
const SELF_WORDS = /(自评分|自评得分|自查得分|自查分|自评|自查评分|自评分数|单位自评)/;
const SCORE_WORDS = /^(考核得分|实得分|得分|考核评分|评分|实际得分|核定得分|评定得分|考评得分|检查得分|得分数|考核分|最后得分|评定分|复核得分)$/;
const MAX_WORDS = /^(分值|标准分|满分|权重分|分数|标准分值|权重|基本分|应得分|基础分|分值\(分\)|满分值|计分值|总分值)$/;
const MEASURED_WORDS = /^(完成情况|实际完成|完成值|考核情况|完成数|完成率|实际值|完成结果|工作完成情况|自查情况|实际完成情况|落实情况|完成情况说明|目标完成情况|检查情况|考核结果|实绩)$/;
const DEDUCTION_WORDS = /^(扣分|扣分数|扣减分|扣分值|失分)$/;
const REASON_WORDS = /^(扣分原因|扣分理由|扣分说明|失分原因|扣分情况|扣分事由)$/;
const REMARK_WORDS = /^(备注|说明|附注)$/;
const ITEM_WORDS = /^(考核项目|考核内容|项目|内容|考核指标|指标|工作项目|评分项目|考核要点|类别|名称|项目名称|指标名称|考核事项|工作任务|任务|目标任务|工作内容|考核项目及内容|具体内容|主要内容|目标内容|考评内容|考核细目|细目)$/;
const UNIT_WORDS = /^(单位|乡镇|街道|部门|乡镇\(街道\)|乡镇街道|单位名称|地区|县区|县\(区\)|县市区|村|社区|村\(居\)|村居|乡\(镇\)|乡镇\(场\)|被考核单位|考核单位)$/;
const RANK_WORDS = /^(名次|排名|排序|位次|综合排名|总排名|总名次)$/;
const TOTAL_SCORE_WORDS = /^(总分|综合得分|合计|总计|最终得分|得分合计|考核总分|总得分|合计得分|综合总分|小计|总成绩|综合分|最后得分)$/;
const BONUS_WORDS = /^(加分|加分项|加分项目|奖励加分|加分情况)$/;
const PENALTY_WORDS = /^(减分|减分项|减分项目|扣分项|扣分项目|减分情况|扣减分)$/;
const LABEL_WORDS = /^(指标|项目|指标名称|项目名称|类别|分类|名称|内容|统计指标|主要指标|类型|组别|人群|人群类别|年龄组|年龄段)$/;

/** Strip a trailing "(20分)" / "(60%)" / "(人)" qualifier to find the header's word. */
export function headerWord(k: string): string {
  return k.replace(/\([^()]*\)$/g, "").replace(/\[[^\]]*\]$/g, "");
}

/** The role a header leaf names on a scoring sheet, or undefined. */
export function scoringHeaderRole(leaf: string): HeaderWord | undefined {
  const w = headerWord(leaf);
  if (NUMBER_WORDS.test(w)) return "number";
  if (STANDARD_WORDS.test(w)) return "standard";
  if (REASON_WORDS.test(w)) return "reason";
  if (SELF_WORDS.test(w)) return "selfScore";
  if (SCORE_WORDS.test(w)) return "score";
  if (MAX_WORDS.test(w)) return "max";
  if (MEASURED_WORDS.test(w)) return "measured";
  if (DEDUCTION_WORDS.test(w)) return "deduction";
  if (REMARK_WORDS.test(w)) return "remark";
  if (ITEM_WORDS.test(w)) return "item";
  return undefined;
}

/** The role a header leaf names on a summary sheet, or undefined. */
export function summaryHeaderRole(leaf: string): HeaderWord | undefined {
  const w = headerWord(leaf);
  if (NUMBER_WORDS.test(w)) return "number";
  if (UNIT_WORDS.test(w)) return "unit";
  if (RANK_WORDS.test(w)) return "rank";
  if (BONUS_WORDS.test(w)) return "bonus";
  if (PENALTY_WORDS.test(w)) return "penalty";
  if (TOTAL_SCORE_WORDS.test(w)) return "total";
  if (REMARK_WORDS.test(w)) return "remark";
  return undefined;
}

export function isUnitHeader(leaf: string): boolean {
  return UNIT_WORDS.test(headerWord(leaf));
}

export function isLabelHeader(leaf: string): boolean {
  return LABEL_WORDS.test(headerWord(leaf)) || UNIT_WORDS.test(headerWord(leaf));
}

export function isNumberHeader(leaf: string): boolean {
  return NUMBER_WORDS.test(headerWord(leaf));
}

/** "(20分)" / "20分" / "满分20分" in a header or item text → 20. */
export function maxFromText(k: string): number | undefined {
  const m = /[(\[](?:满分|分值)?(\d+(?:\.\d+)?)分[)\]]\s*[。.]?$/.exec(k) ?? /[(\[](?:满分|分值)?(\d+(?:\.\d+)?)分[)\]]/.exec(k);
  return m ? parseFloat(m[1]) : undefined;
}

/** "市考核(60%)" / "按60%计算" / "占60%" / "(权重60%)" → 60. */
export function weightFromText(k: string): number | undefined {
  const m =
    /按(\d+(?:\.\d+)?)%(计算|折算|计)/.exec(k) ??
    /占(\d+(?:\.\d+)?)%/.exec(k) ??
    /[(\[](?:权重|占|按)?(\d+(?:\.\d+)?)%(?:计算|折算)?[)\]]/.exec(k) ??
    /[×x*](\d+(?:\.\d+)?)%/.exec(k);
  return m ? parseFloat(m[1]) : undefined;
}

/** Columns and rows whose figures are never summed: rates, ratios, averages, per-capita figures, ranks, serials, years. */
export function isNonAdditive(k: string): boolean {
  return /率|比|%|‰|平均|均值|名次|排名|排序|序号|编号|年份|年度|年龄|年月|日期|代码|人均|指数|倍|每[十百千万]+(人|户|名)/.test(k);
}

/** …率 / …比 with the scale the text states: % → 100, ‰ → 1000. */
export function scaleFromText(k: string): number | undefined {
  if (/‰|千分/.test(k)) return 1000;
  if (/%|百分/.test(k)) return 100;
  return undefined;
}

/** A share of a whole: 占…比例 / 构成 / 比重 / 占比 / 所占比例. */
export function isShareText(k: string): boolean {
  return /(^|\/)(占.*(比例|比重|%)|构成|比重|占比|所占比例|构成比|百分比)/.test(k) || /(^|\/)[^/]{1,6}构成(\(%\))?(\/|$)/.test(k);
}

// ---------------------------------------------------------------- item numbering

export interface Numbering {
  /** numbering as written, brackets normalised to ASCII: "一", "(一)", "1", "(1)", "⑴", "①" */
  readonly number: string;
  readonly level: number;
  /** the text after the numbering */
  readonly rest: string;
}

const CN = "一二三四五六七八九十百零〇两";
const CN_TOP = new RegExp(`^([${CN}]+)(?:[、.,]|$)`);
const CN_PAREN = new RegExp(`^\\(([${CN}]+)\\)[、.]?`);

/**
 * Numbering at the start of an item text (glued) or alone in a numbering column.
 * Levels: 0 = 一、, 1 = (一), 2 = 1、, 3 = (1) / ⑴, 4 = ①.
 */
const NUMBERING_START = new RegExp(`^[\\s\u3000(（\\d０-９${CN}\u2460-\u2487]`);

export function parseNumbering(raw: string, ownColumn: boolean): Numbering | undefined {
  if (!NUMBERING_START.test(raw)) return undefined;
  const k = key(raw);
  if (!k) return undefined;
  let m: RegExpExecArray | null;
  if ((m = CN_TOP.exec(k)) && (ownColumn || /[、.,]/.test(k.charAt(m[1].length)))) {
    return { number: m[1], level: 0, rest: k.slice(m[0].length) };
  }
  if ((m = CN_PAREN.exec(k))) return { number: `(${m[1]})`, level: 1, rest: k.slice(m[0].length) };
  if ((m = /^\((\d{1,2})\)[、.]?/.exec(k))) return { number: `(${m[1]})`, level: 3, rest: k.slice(m[0].length) };
  if ((m = /^([\u2474-\u2487])[、.]?/.exec(k))) return { number: m[1], level: 3, rest: k.slice(m[0].length) };
  if ((m = /^([\u2460-\u2473])[、.]?/.exec(k))) return { number: m[1], level: 4, rest: k.slice(m[0].length) };
  // decimal outline numbering: 1.1 → level 3, 1.1.1 → level 4 (under 1、 at level 2)
  if (
    (m = /^(\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)(?!\d)(?:、|\.(?!\d))?/.exec(k)) &&
    (ownColumn ? k.length === m[0].length : /^[\u4e00-\u9fa5]/.test(k.slice(m[0].length)) && !/^[万亿千百个人元倍%‰]/.test(k.slice(m[0].length)))
  ) {
    return { number: m[1], level: m[1].split(".").length === 2 ? 3 : 4, rest: k.slice(m[0].length) };
  }
  if (ownColumn) {
    if ((m = /^(\d{1,3})[、.]?$/.exec(k))) return { number: m[1], level: 2, rest: "" };
    return undefined;
  }
  if ((m = /^(\d{1,2})(?:、|\.(?!\d))/.exec(k))) return { number: m[1], level: 2, rest: k.slice(m[0].length) };
  const spaced = /^\s*(\d{1,2})[\s\u3000]+(?=[^\d\s])/.exec(raw);
  if (spaced) return { number: spaced[1], level: 2, rest: key(raw.slice(spaced[0].length)) };
  return undefined;
}

/** The item's name: without a trailing "(20分)" and trailing punctuation. */
export function itemName(k: string): string {
  const last = k.charAt(k.length - 1);
  if (last !== ")" && last !== "]" && last !== "。" && last !== "." && last !== ";" && last !== "；" && last !== ":") return k;
  return k.replace(/[(\[](?:满分|分值)?\d+(?:\.\d+)?分[)\]]\s*[。.;;]?$/, "").replace(/[。.;;:]+$/, "");
}

// ---------------------------------------------------------------- sections of a scoring sheet

export function sectionOf(name: string): "bonus" | "penalty" | "veto" | "total" | undefined {
  if (name.length > 12 || !/[加减扣否合总计]/.test(name)) return undefined;
  const w = headerWord(name);
  if (/^(加分|加分项|加分项目|加分因素|奖励加分|附加分)$/.test(w)) return "bonus";
  if (/^(减分|减分项|减分项目|扣分项|扣分项目|减分因素|扣减分|倒扣分)$/.test(w)) return "penalty";
  if (/^(一票否决|一票否决项|一票否决项目|否决项|实行一票否决)$/.test(w)) return "veto";
  if (/^(合计|总分|总计|得分合计|合计得分|总得分|考核总分|总分合计)$/.test(w)) return "total";
  return undefined;
}

/** "以上三项加分不超过5分" → 5; "累计加分不超过12分" → 12. */
export function bonusCapFromText(k: string): number | undefined {
  const m = /加分(?:总分|合计|累计|最多|最高)?(?:不超过|不得超过|不高于|最高|最多|封顶|以)(\d+(?:\.\d+)?)分/.exec(k);
  return m ? parseFloat(m[1]) : undefined;
}

/** "上述累计减分不超过15分" → 15. */
export function penaltyCapFromText(k: string): number | undefined {
  const m = /(?:减分|扣分)(?:总分|合计|累计|最多|最高)?(?:不超过|不得超过|不高于|最高|最多|封顶|以)(\d+(?:\.\d+)?)分/.exec(k);
  return m ? parseFloat(m[1]) : undefined;
}

/** 增减 / 比上年增减 / 增减量: a change in the figure's own unit (not 增长% or 增幅). */
export function isChangeHeader(h: string): boolean {
  const leaf = h.split("/").pop() ?? h;
  return /增减|增加|减少|比上年|比去年|同比/.test(leaf) && !/%|％|率|幅|倍|百分/.test(leaf);
}
