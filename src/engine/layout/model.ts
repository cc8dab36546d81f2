/**
 * What the engine understood of a workbook's layout: tables, column roles, the item tree of
 * a scoring sheet, and the relations the layout implies between cells. Layout only says
 * which cells relate; the checks (../checks) say whether their figures agree, and the
 * scoring (../scoring) computes what goes into score cells.
 */
import type { SheetKind } from "../plan";

/** A cell on the sheet the structure belongs to (0-based). */
export interface CellRef {
  readonly row: number;
  readonly col: number;
}

/** A cell anywhere in the workbook. */
export interface SheetCellRef extends CellRef {
  readonly sheet: string;
}

/** What a column holds; the list is the one place the roles are named (corrections read against it). */
export const COLUMN_ROLES = [
  // scoring sheets (考核评分表)
  "number",      // 序号
  "item",        // 考核项目 / 考核内容 / 项目
  "max",         // 分值 / 标准分 / 满分 / 权重分
  "standard",    // 评分标准 / 计分办法 / 评分细则 / 考核标准
  "measured",    // 完成情况 / 实际完成 / 完成值 / 考核情况
  "selfScore",   // 自评分 / 自评得分
  "score",       // 考核得分 / 实得分 / 得分 / 评分
  "deduction",   // 扣分
  "reason",      // 扣分原因 / 扣分理由
  "remark",      // 备注
  // summary sheets (汇总表)
  "unit",        // 单位 / 乡镇 / 街道 / 部门
  "category",    // a scored category, max in the header "(20分)"
  "bonus",       // 加分
  "penalty",     // 减分 / 扣分
  "total",       // 总分 / 合计 / 综合得分
  "weighted",    // 市考核(60%) / 按60%计算
  "rank",        // 名次 / 排名
  // statistics sheets (统计报表)
  "label",       // the row's name
  "value",       // a figure
  "rate",        // …率 (% or ‰)
  "ratio",       // …比
  "share",       // 占…比例 / 构成 (%): shares of one whole
  "other",
] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

export interface Column {
  readonly col: number;
  /** header text, all header rows joined with "/" (top group first), spaces removed */
  readonly header: string;
  readonly role: ColumnRole;
  /** max points from the header "(20分)" */
  readonly max?: number;
  /** weight in percent from the header "(60%)" / "按60%计算" */
  readonly weight?: number;
  /** rates: 100 for %, 1000 for ‰ */
  readonly scale?: number;
}

export interface Table {
  /** header rows, inclusive, 0-based; equal when the header is one row */
  readonly headerTop: number;
  readonly headerBottom: number;
  /** data rows, inclusive */
  readonly firstRow: number;
  readonly lastRow: number;
  readonly columns: ReadonlyArray<Column>;
  /** what the table is: scoring / summary / statistics / other (the sheet's kind is its main table's) */
  readonly kind?: SheetKind;
  /** title rows above the header ("2016年计划生育目标管理考核评分表"), spaces removed */
  readonly title?: string;
  /** unit/date lines between title and header (填报单位:…, 2016年12月) */
  readonly context?: ReadonlyArray<string>;
  /** notes rows under the table (说明:…, 注:…) */
  readonly notes?: ReadonlyArray<string>;
  /** rows with a 合计/小计/总计 label, and rows of a 其中 breakdown */
  readonly totalRows?: ReadonlyArray<number>;
  /** no header row (a label | value list): headerTop = headerBottom = firstRow − 1, column headers "" */
  readonly headerless?: boolean;
  /** statistics tables: "columns" = one row per unit, figures in columns; "rows" = label | value list */
  readonly figuresIn?: "columns" | "rows";
}

export type ItemSection = "item" | "bonus" | "penalty" | "veto" | "total";

export interface ScoringItem {
  readonly row: number;
  /** numbering as written: "一", "(一)", "1", "(1)", "⑴", "①"; absent for unnumbered rows */
  readonly number?: string;
  /** 0 = top level (一、), 1 = (一), 2 = 1、, 3 = (1)/⑴, 4 = ① */
  readonly level: number;
  /** item text without the numbering and without a trailing "(20分)" */
  readonly name: string;
  readonly max?: number;
  readonly maxFrom?: "column" | "text";
  /** the scoring standard (评分标准) text of the row, when the sheet has one */
  readonly ruleText?: string;
  readonly section: ItemSection;
  /** row of the parent item, absent at top level */
  readonly parent?: number;
  /** rows of the child items, in sheet order */
  readonly children: ReadonlyArray<number>;
  /** the measured column this row's rule reads, where the sheet has several (目标数 | 完成数 | 完成情况) and it is not the tree's */
  readonly measuredCol?: number;
}

export interface ItemTree {
  readonly table: Table;
  readonly items: ReadonlyArray<ScoringItem>;
  /** the columns by role (absent when the sheet has none) */
  readonly maxCol?: number;
  readonly standardCol?: number;
  readonly measuredCol?: number;
  readonly selfScoreCol?: number;
  readonly scoreCol?: number;
  /** 以上三项加分不超过5分 → 5 */
  readonly bonusCap?: number;
  /** 上述累计减分不超过15分 → 15 */
  readonly penaltyCap?: number;
  /** the 合计/总分 row */
  readonly totalRow?: number;
  /** weight in percent the sheet's own title or notes give its total (百分制打分,按60%计算 → 60) */
  readonly weight?: number;
}

/** The relations between cells that a layout implies (docs/domain.md "Consistency relations"). */
export type Relation =
  /** total = sum of parts (exhaustive: 合计/小计) or total ≥ sum of parts (partial: 其中) */
  | { readonly kind: "sum"; readonly total: CellRef; readonly parts: ReadonlyArray<CellRef>; readonly exhaustive: boolean; readonly label: string }
  /** rate = numerator / denominator × scale (100 for %, 1000 for ‰) */
  | {
      readonly kind: "rate"; readonly rate: CellRef; readonly numerator: CellRef; readonly denominator: CellRef; readonly scale: number; readonly label: string;
      /** relative tolerance where the denominator stands in for another (the year-end population for the 年平均人口 a 出生率 rests on) */
      readonly approx?: number;
      /** the operands' units as the names state them: 出生人数(人) over 户籍人口(万人) → 1/10000 */
      readonly factor?: number;
      /**
       * where only one operand states its unit (城镇人口 under a group heading 城乡人口(万人), over
       * 总人口(万人)), the factor the unstated one would give if it shared the other's unit: the rate
       * agrees when either factor gives it (the two differ by a power of ten, so a wrong rate fails both)
       */
      readonly altFactor?: number;
      /** the decimals the indicator is published with (a clerk's indicator): the expected figure is stated at them */
      readonly decimals?: number;
    }
  /** count ≤ base */
  | { readonly kind: "coverage"; readonly count: CellRef; readonly base: CellRef; readonly label: string }
  /** difference = base − count */
  | { readonly kind: "difference"; readonly difference: CellRef; readonly base: CellRef; readonly count: CellRef; readonly label: string }
  /** ratio = numerator / denominator × scale (性别比: 男/女×100) */
  | { readonly kind: "ratio"; readonly ratio: CellRef; readonly numerator: CellRef; readonly denominator: CellRef; readonly scale: number; readonly label: string; readonly decimals?: number }
  /** 自增率 = 出生率 − 死亡率 */
  | { readonly kind: "natural-increase"; readonly result: CellRef; readonly birthRate: CellRef; readonly deathRate: CellRef; readonly label: string }
  /** shares of one whole that must add to 100 (%) */
  | { readonly kind: "shares"; readonly shares: ReadonlyArray<CellRef>; readonly label: string };

/** The cells a relation reads or flags, the figure it is about first. */
export function relationCells(rel: Relation): CellRef[] {
  switch (rel.kind) {
    case "sum": return [rel.total, ...rel.parts];
    case "rate": return [rel.rate, rel.numerator, rel.denominator];
    case "coverage": return [rel.count, rel.base];
    case "difference": return [rel.difference, rel.base, rel.count];
    case "ratio": return [rel.ratio, rel.numerator, rel.denominator];
    case "natural-increase": return [rel.result, rel.birthRate, rel.deathRate];
    case "shares": return [...rel.shares];
  }
}

export interface SheetLayout {
  readonly name: string;
  readonly kind: SheetKind;
  readonly tables: ReadonlyArray<Table>;
  /** scoring sheets: one tree per scoring table */
  readonly trees: ReadonlyArray<ItemTree>;
  readonly relations: ReadonlyArray<Relation>;
  /** what the layout saw but could not place (a rate whose operands were not found), with the reason */
  readonly unplaced?: ReadonlyArray<Unplaced>;
}

/** Something the layout could not relate, said to the clerk rather than skipped silently. */
export interface Unplaced {
  readonly zh: string;
  readonly en: string;
}

/** Relations that cross sheets. */
export type WorkbookRelation =
  /** the same figure (same unit, same indicator, same period) in several places */
  | { readonly kind: "same-figure"; readonly cells: ReadonlyArray<SheetCellRef>; readonly label: string }
  /** a summary-sheet cell and the unit's own sheet's cell */
  | { readonly kind: "summary-detail"; readonly summary: SheetCellRef; readonly detail: SheetCellRef; readonly label: string };

export interface WorkbookLayout {
  readonly sheets: ReadonlyArray<SheetLayout>;
  readonly relations: ReadonlyArray<WorkbookRelation>;
}

/** The label of a data row (layout/totals.ts reads it; here so that the readers of labels need not import totals.ts). */
export interface RowLabel {
  readonly text: string;
  readonly col: number;
  /** leading spaces (a full-width space counts 2) and 2 per alignment indent level, plus 4 per column to the right of the first label column */
  readonly indent: number;
  /** the indentation within the label's own column: leading spaces and alignment indent, as `indent` counts them */
  readonly level: number;
}
