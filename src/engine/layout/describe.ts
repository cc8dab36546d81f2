/**
 * What was understood, in a few lines a clerk can check at a glance in the task pane:
 * which rows are the table, which column is which, how many items on how many levels,
 * the caps, and how many totals and rates the add-in will check.
 */
import { columnName } from "../address";
import type { ColumnRole, Relation, SheetLayout, WorkbookLayout } from "./model";

const KIND_ZH: Record<SheetLayout["kind"], string> = { scoring: "考核评分表", summary: "汇总表", statistics: "统计表", other: "其他" };
const KIND_EN: Record<SheetLayout["kind"], string> = { scoring: "scoring sheet", summary: "summary sheet", statistics: "statistics sheet", other: "other" };

const ROLE_ZH: Partial<Record<ColumnRole, string>> = {
  number: "序号", item: "项目", max: "分值", standard: "评分标准", measured: "完成情况", selfScore: "自评分", score: "考核得分",
  deduction: "扣分", reason: "扣分原因", remark: "备注", unit: "单位", category: "分类得分", bonus: "加分", penalty: "减分",
  total: "总分", weighted: "加权得分", rank: "名次", label: "指标", rate: "比率", ratio: "比", share: "构成",
};

const REL_ZH: Record<Relation["kind"], string> = {
  sum: "合计", rate: "比率", coverage: "不超过基数", difference: "差额", ratio: "性别比", "natural-increase": "自增率", shares: "构成比",
};
const REL_EN: Record<Relation["kind"], string> = {
  sum: "totals", rate: "rates", coverage: "counts within base", difference: "differences", ratio: "ratios", "natural-increase": "natural increase", shares: "shares",
};

/** One line per table, then one line on the relations found (Chinese by default, English with lang "en"). */
export function describeSheet(layout: SheetLayout, lang: "zh" | "en" = "zh"): string[] {
  const lines: string[] = [];
  const en = lang === "en";
  lines.push(en ? `${layout.name}: ${KIND_EN[layout.kind]}, ${layout.tables.length} table(s)` : `${layout.name}:${KIND_ZH[layout.kind]},${layout.tables.length} 个表格`);
  layout.tables.forEach((t, i) => {
    const cols = t.columns
      .filter((c) => ROLE_ZH[c.role] && c.role !== "value")
      .map((c) => {
        const named = c.role === "rate" || c.role === "ratio" || c.role === "share" || c.role === "category" || c.role === "weighted";
        const header = named && c.header ? (en ? ` "${c.header}"` : `「${c.header}」`) : "";
        const extra = named ? "" : `${c.max !== undefined ? `(${c.max}${en ? " pts" : "分"})` : ""}${c.weight !== undefined ? `(${c.weight}%)` : ""}`;
        return `${columnName(c.col)}=${en ? c.role : ROLE_ZH[c.role]}${header}${extra}`;
      });
    const values = t.columns.filter((c) => c.role === "value").length;
    const span = t.lastRow > t.firstRow ? `${t.firstRow + 1}${en ? "-" : "–"}${t.lastRow + 1}` : `${t.firstRow + 1}`;
    const rows = en ? `row(s) ${span}` : `第 ${span} 行`;
    const head = t.headerless
      ? (en ? "no header row" : "无表头")
      : en
      ? `header row(s) ${t.headerTop + 1}${t.headerBottom > t.headerTop ? `-${t.headerBottom + 1}` : ""}`
      : `表头第 ${t.headerTop + 1}${t.headerBottom > t.headerTop ? `–${t.headerBottom + 1}` : ""} 行`;
    const title = t.title ? (en ? ` "${t.title}"` : `「${t.title}」`) : "";
    const valuesText = values ? (en ? `, ${values} figure column(s)` : `,${values} 个数据列`) : "";
    lines.push(`${en ? "Table" : "表"} ${i + 1}${title}: ${head}, ${rows}; ${cols.join(" ")}${valuesText}`);
  });
  for (const tree of layout.trees) {
    const items = tree.items.filter((x) => x.section !== "total");
    const levels = new Set(items.map((x) => x.level)).size;
    const noMax = items.filter((x) => x.max === undefined && x.section === "item").length;
    const caps: string[] = [];
    if (tree.bonusCap !== undefined) caps.push(en ? `bonus cap ${tree.bonusCap}` : `加分上限 ${tree.bonusCap} 分`);
    if (tree.penaltyCap !== undefined) caps.push(en ? `penalty cap ${tree.penaltyCap}` : `减分上限 ${tree.penaltyCap} 分`);
    const total = tree.totalRow !== undefined ? (en ? `, total on row ${tree.totalRow + 1}` : `,合计在第 ${tree.totalRow + 1} 行`) : "";
    lines.push(
      en
        ? `${items.length} items on ${levels} level(s)${noMax ? `, ${noMax} without max points` : ""}${total}${caps.length ? "; " + caps.join(", ") : ""}`
        : `${items.length} 个考核项目,${levels} 级${noMax ? `,${noMax} 项未找到分值` : ""}${total}${caps.length ? ";" + caps.join(",") : ""}`,
    );
  }
  const counts = new Map<Relation["kind"], number>();
  for (const r of layout.relations) counts.set(r.kind, (counts.get(r.kind) ?? 0) + 1);
  if (counts.size) {
    const parts = [...counts].map(([k, n]) => (en ? `${n} ${REL_EN[k]}` : `${REL_ZH[k]} ${n} 处`));
    lines.push(en ? `Checks: ${parts.join(", ")}` : `将核对:${parts.join(",")}`);
  }
  return lines;
}

export function describeWorkbook(layout: WorkbookLayout, lang: "zh" | "en" = "zh"): string[] {
  const lines = layout.sheets.flatMap((s) => describeSheet(s, lang));
  const sd = layout.relations.filter((r) => r.kind === "summary-detail").length;
  const sf = layout.relations.filter((r) => r.kind === "same-figure").length;
  if (sd || sf) {
    lines.push(lang === "en" ? `Across sheets: ${sd} summary-detail, ${sf} same-figure` : `跨表核对:汇总与明细 ${sd} 处,同一数字 ${sf} 处`);
  }
  return lines;
}
