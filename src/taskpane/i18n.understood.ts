/**
 * Strings of the "what the add-in understood" panel (Understood.tsx), in Chinese (the default)
 * and English. Kept apart from i18n.ts so the panel can grow without touching the pane's strings.
 */
import type { ColumnRole } from "../engine/layout/model";
import type { SheetKind } from "../engine/plan";
import type { Construct } from "../engine/rules/types";
import type { Lang } from "./i18n";
import type { IndicatorProblem, IndicatorScale } from "./understood/indicators";

export interface UnderstoodStrings {
  readonly heading: string;
  readonly noSheets: string;
  readonly sheetKind: Record<SheetKind, string>;
  readonly tables: (n: number) => string;
  readonly kindLabel: string;
  readonly tableHeading: (i: number, title: string | undefined) => string;
  readonly tableRows: (headerTop: number, headerBottom: number, first: number, last: number) => string;
  readonly headerless: (first: number, last: number) => string;
  readonly columns: string;
  readonly noHeader: string;
  readonly role: Record<ColumnRole, string>;
  readonly roleGroup: Record<"scoring" | "summary" | "statistics" | "common", string>;
  readonly roleOf: (column: string) => string;
  readonly corrected: string;
  readonly undo: string;
  readonly undoTitle: string;
  readonly goTo: (sheet: string, cell: string) => string;
  readonly items: (n: number) => string;
  readonly more: (n: number) => string;
  readonly points: (n: string) => string;
  readonly understoodRule: (construct: string) => string;
  readonly sectionRule: string;
  readonly notUnderstood: string;
  readonly noRule: string;
  readonly construct: Record<Construct, string>;
  readonly section: Record<"bonus-cap" | "penalty-cap" | "weights", string>;
  readonly stateRule: string;
  readonly stateRuleLabel: (item: string) => string;
  readonly statedRule: (text: string) => string;
  readonly editRule: string;
  readonly clearRule: string;
  readonly save: string;
  readonly cancel: string;
  readonly shortFormHint: string;
  readonly typeRule: string;
  readonly sheetText: (text: string) => string;
  readonly scoreColumn: string;
  readonly scoreColumnChoice: Record<"assessed" | "self", string>;
  readonly readOnly: string;
  readonly correctLevels: string;
  readonly levelOf: (item: string) => string;
  readonly indicators: IndicatorStrings;
}

/** The form that adds an indicator (UnderstoodIndicators.tsx). */
export interface IndicatorStrings {
  readonly heading: string;
  readonly hint: string;
  readonly none: string;
  readonly add: string;
  readonly edit: string;
  readonly remove: string;
  readonly removeTitle: (name: string) => string;
  readonly editTitle: (name: string) => string;
  readonly name: string;
  readonly synonyms: string;
  readonly numerator: string;
  readonly denominator: string;
  readonly wordsHint: string;
  readonly scale: string;
  readonly scales: Record<IndicatorScale, string>;
  readonly decimals: string;
  readonly decimalsAny: string;
  readonly definition: (num: string, den: string, scale: IndicatorScale, decimals: number | undefined) => string;
  readonly problem: (p: IndicatorProblem) => string;
}

const zh: UnderstoodStrings = {
  heading: "识别结果",
  noSheets: "还没有识别到工作表。",
  sheetKind: { scoring: "评分表", summary: "汇总表", statistics: "统计表", other: "其他" },
  tables: (n) => `${n} 个表格`,
  kindLabel: "表的类型",
  tableHeading: (i, title) => `表格 ${i}${title ? `:${title}` : ""}`,
  tableRows: (ht, hb, f, l) => `表头 第${ht === hb ? ht : `${ht}–${hb}`}行,数据 第${f}–${l}行`,
  headerless: (f, l) => `无表头,数据 第${f}–${l}行`,
  columns: "各列的含义",
  noHeader: "(无表头)",
  role: {
    number: "序号", item: "考核项目", max: "分值", standard: "评分标准", measured: "完成情况", selfScore: "自评分",
    score: "考核得分", deduction: "扣分", reason: "扣分原因", remark: "备注", unit: "单位", category: "考核类别(分值)",
    bonus: "加分", penalty: "减分", total: "总分", weighted: "加权得分", rank: "名次", label: "项目名称", value: "数值",
    rate: "比率(%/‰)", ratio: "比(如性别比)", share: "构成比例", other: "其他(不参与计算)",
  },
  roleGroup: { scoring: "评分表", summary: "汇总表", statistics: "统计表", common: "通用" },
  roleOf: (column) => `第 ${column} 列的含义`,
  corrected: "已更正",
  undo: "撤销",
  undoTitle: "撤销更正,按加载项的识别",
  goTo: (sheet, cell) => `转到 ${sheet}!${cell}`,
  items: (n) => `考核项目(${n} 项)`,
  more: (n) => `还有 ${n} 项未列出`,
  points: (n) => `${n}分`,
  understoodRule: (c) => `✓ ${c}`,
  sectionRule: "✓ 分项规则",
  notUnderstood: "✗ 未能识别",
  noRule: "无评分标准",
  construct: {
    "all-or-nothing": "达到计满分,否则不计分", "per-unit-capped": "按数量计分,有上限", "per-unit-deduction-floored": "按数量扣分,扣完为止",
    "rate-per-point-with-cutoff": "按比率每差1点扣分,低于下限不计分", "rate-threshold": "比率达标计分", "rate-per-point-to-zero": "按比率每差1点扣分,扣完为止",
    "listed-parts": "按所列各项计分", "stepped-count": "按次数分档计分", "sub-clauses": "各分项分别计分", "per-case": "每起(例)扣分",
    "fixed-deduction": "固定扣分", doubled: "加倍扣分", "range-bonus": "区间加分(由考核人确定)", "percentage-cut": "按比例扣减得分",
    "period-default": "半年考核默认满分", "by-period": "半年与全年标准不同", veto: "一票否决", "money-tiers": "按比率奖罚金额",
    proportional: "按完成比例计分", "rank-tiers": "按名次计分", "rate-tiers": "按比率分档加减分", "grade-tiers": "按等次计分",
  },
  section: { "bonus-cap": "加分上限", "penalty-cap": "减分上限", weights: "权重" },
  stateRule: "手工说明规则",
  stateRuleLabel: (item) => `手工说明“${item}”的规则`,
  statedRule: (text) => `手工规则:${text}`,
  editRule: "修改",
  clearRule: "清除",
  save: "保存",
  cancel: "取消",
  shortFormHint: "简写示例:每1人+3 上限10;>=50%:30 每降1点-2.5 <30%:0;有:20;每1起-2",
  typeRule: "请输入规则",
  sheetText: (text) => `表中原文:${text}`,
  scoreColumn: "既有自评分又有考核得分时,计算哪一列",
  scoreColumnChoice: { assessed: "考核得分", self: "自评分" },
  readOnly: "此工作簿不能保存更正(只读)。",
  correctLevels: "更正层级",
  levelOf: (item) => `“${item}”的层级`,
  indicators: {
    heading: "自定义指标",
    hint: "按名称核对的比率:填写指标名称、分子和分母所在行或列的名称,保存在工作簿中,检查时与内置指标(出生率、签约率等)一样核对。",
    none: "尚未添加指标。",
    add: "添加指标",
    edit: "修改",
    remove: "删除",
    removeTitle: (name) => `删除指标“${name}”`,
    editTitle: (name) => `修改指标“${name}”`,
    name: "指标名称",
    synonyms: "同义词(可选)",
    numerator: "分子(行或列的名称)",
    denominator: "分母(行或列的名称)",
    wordsHint: "多个名称用顿号或逗号分隔,如:已检查、已检",
    scale: "计算方式",
    scales: { percent: "分子÷分母×100(%)", permille: "分子÷分母×1000(‰)", ratio: "分子÷分母×100(比,如性别比)" },
    decimals: "小数位数",
    decimalsAny: "按表中显示",
    definition: (num, den, scale, d) =>
      `${num} ÷ ${den} × ${scale === "permille" ? "1000(‰)" : scale === "ratio" ? "100(比)" : "100(%)"}${d === undefined ? "" : `,保留${d}位小数`}`,
    problem: (p) => {
      const field = { name: "指标名称", synonyms: "同义词", numerator: "分子", denominator: "分母", decimals: "小数位数" }[p.field];
      switch (p.what) {
        case "missing":
          return `请填写${field}`;
        case "taken":
          return "已有同名的指标";
        case "bad-decimals":
          return "小数位数应为 0 到 4";
        case "bad-text":
          return `${field}“${p.text}”只能是文字(不能含 . * + ? [ ] { } ^ $ \\ 等符号,最长60字)`;
      }
    },
  },
};

const en: UnderstoodStrings = {
  heading: "What the add-in understood",
  noSheets: "No sheets understood yet.",
  sheetKind: { scoring: "Scoring sheet", summary: "Summary sheet", statistics: "Statistics sheet", other: "Other" },
  tables: (n) => `${n} table${n === 1 ? "" : "s"}`,
  kindLabel: "Kind of sheet",
  tableHeading: (i, title) => `Table ${i}${title ? `: ${title}` : ""}`,
  tableRows: (ht, hb, f, l) => `Header row${ht === hb ? ` ${ht}` : `s ${ht}–${hb}`}, data rows ${f}–${l}`,
  headerless: (f, l) => `No header, data rows ${f}–${l}`,
  columns: "What each column is",
  noHeader: "(no header)",
  role: {
    number: "Numbering", item: "Item", max: "Max points", standard: "Scoring standard", measured: "Measured value", selfScore: "Self score",
    score: "Assessed score", deduction: "Deduction", reason: "Reason for deduction", remark: "Remark", unit: "Unit", category: "Category (max points)",
    bonus: "Bonus", penalty: "Penalty", total: "Total", weighted: "Weighted score", rank: "Rank", label: "Row label", value: "Figure",
    rate: "Rate (%/‰)", ratio: "Ratio (e.g. sex ratio)", share: "Share of a whole", other: "Other (not computed)",
  },
  roleGroup: { scoring: "Scoring sheet", summary: "Summary sheet", statistics: "Statistics sheet", common: "Any sheet" },
  roleOf: (column) => `What column ${column} is`,
  corrected: "Corrected",
  undo: "Undo",
  undoTitle: "Undo the correction, go back to what the add-in read",
  goTo: (sheet, cell) => `Go to ${sheet}!${cell}`,
  items: (n) => `Items (${n})`,
  more: (n) => `${n} more items not listed`,
  points: (n) => `${n} pts`,
  understoodRule: (c) => `✓ ${c}`,
  sectionRule: "✓ Section rule",
  notUnderstood: "✗ Not understood",
  noRule: "No scoring standard",
  construct: {
    "all-or-nothing": "All or nothing", "per-unit-capped": "Points per unit, capped", "per-unit-deduction-floored": "Deduction per unit, down to zero",
    "rate-per-point-with-cutoff": "Rate: deduction per point, cut-off", "rate-threshold": "Rate threshold", "rate-per-point-to-zero": "Rate: deduction per point, down to zero",
    "listed-parts": "Points per listed part", "stepped-count": "Stepped by count", "sub-clauses": "Sub-clauses add up", "per-case": "Deduction per case",
    "fixed-deduction": "Fixed deduction", doubled: "Doubled deduction", "range-bonus": "Bonus in a range (assessor chooses)", "percentage-cut": "Percentage cut of the score",
    "period-default": "Full points at the half-year", "by-period": "Half-year and full-year standards", veto: "Veto", "money-tiers": "Money by rate tiers",
    proportional: "Points in proportion", "rank-tiers": "Points by rank", "rate-tiers": "Points by rate tiers", "grade-tiers": "Points by grade",
  },
  section: { "bonus-cap": "Bonus cap", "penalty-cap": "Penalty cap", weights: "Weights" },
  stateRule: "State the rule by hand",
  stateRuleLabel: (item) => `State the rule of "${item}" by hand`,
  statedRule: (text) => `Rule stated by hand: ${text}`,
  editRule: "Edit",
  clearRule: "Clear",
  save: "Save",
  cancel: "Cancel",
  shortFormHint: "Short form, e.g.: 每1人+3 上限10; >=50%:30 每降1点-2.5 <30%:0; 有:20; 每1起-2",
  typeRule: "Type a rule",
  sheetText: (text) => `On the sheet: ${text}`,
  scoreColumn: "Where a sheet has both 自评分 and 考核得分, compute",
  scoreColumnChoice: { assessed: "Assessed score (考核得分)", self: "Self score (自评分)" },
  readOnly: "Corrections cannot be saved in this workbook (read-only).",
  correctLevels: "Correct levels",
  levelOf: (item) => `Level of "${item}"`,
  indicators: {
    heading: "Your indicators",
    hint: "Rates checked by name: give the indicator's name and the names of the rows or columns holding its numerator and denominator. Kept in the workbook and checked like the built-in ones (出生率, 签约率 …).",
    none: "No indicators added.",
    add: "Add an indicator",
    edit: "Edit",
    remove: "Remove",
    removeTitle: (name) => `Remove the indicator "${name}"`,
    editTitle: (name) => `Edit the indicator "${name}"`,
    name: "Name",
    synonyms: "Other names (optional)",
    numerator: "Numerator (row or column name)",
    denominator: "Denominator (row or column name)",
    wordsHint: "Several names separated by commas, e.g. 已检查, 已检",
    scale: "Computed as",
    scales: { percent: "numerator ÷ denominator × 100 (%)", permille: "numerator ÷ denominator × 1000 (‰)", ratio: "numerator ÷ denominator × 100 (a ratio, like the sex ratio)" },
    decimals: "Decimals",
    decimalsAny: "As shown in the sheet",
    definition: (num, den, scale, d) =>
      `${num} ÷ ${den} × ${scale === "permille" ? "1000 (‰)" : scale === "ratio" ? "100 (ratio)" : "100 (%)"}${d === undefined ? "" : `, ${d} decimal${d === 1 ? "" : "s"}`}`,
    problem: (p) => {
      const field = { name: "the name", synonyms: "other names", numerator: "the numerator", denominator: "the denominator", decimals: "decimals" }[p.field];
      switch (p.what) {
        case "missing":
          return `Please give ${field}`;
        case "taken":
          return "An indicator of that name is already there";
        case "bad-decimals":
          return "Decimals must be 0 to 4";
        case "bad-text":
          return `"${p.text}" in ${field} must be plain text (no . * + ? [ ] { } ^ $ \\, at most 60 characters)`;
      }
    },
  },
};

export function understoodStrings(lang: Lang): UnderstoodStrings {
  return lang === "en" ? en : zh;
}
