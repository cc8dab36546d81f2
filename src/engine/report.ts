/**
 * The report sheet 校验报告 ("Check report" in English) as text: its name, headings, the line
 * under the title and one row per finding (open findings first, then those the clerk settled,
 * marked 已核实/已忽略 with their note); below them what was checked on each sheet (检查范围:
 * "no problems" is said only of what was checked) and every computed score with how it comes
 * about (得分说明). Every host writes these same rows (Office.js in Excel, ExcelJS for 下载结果 in
 * a plain browser).
 */
import { sortFindings, type Finding, type FindingKind, type Severity } from "./findings";
import type { ScoreCell, SheetSummary, TotalCell } from "./plan";

export type ReportLanguage = "zh" | "en";

export const REPORT_SHEET: Readonly<Record<ReportLanguage, string>> = { zh: "校验报告", en: "Check report" };

/** rows above the findings */
export const REPORT_HEADER_ROWS = 3;

export const HEADINGS: Readonly<Record<ReportLanguage, readonly string[]>> = {
  zh: ["序号", "工作表", "单元格", "类型", "严重程度", "说明", "应为", "实为"],
  en: ["No.", "Sheet", "Cell", "Type", "Severity", "Description", "Expected", "Actual"],
};

/** column widths in points, for A4 landscape */
export const WIDTHS = [36, 90, 54, 110, 54, 380, 60, 60];

const SEVERITY_TEXT: Readonly<Record<Severity, readonly [string, string]>> = {
  error: ["错误", "Error"],
  warning: ["警告", "Warning"],
  info: ["提示", "Info"],
};

const KIND_TEXT: Readonly<Record<FindingKind, readonly [string, string]>> = {
  "sum-mismatch": ["合计不符", "Total ≠ sum of parts"],
  "part-exceeds-total": ["其中项超过总数", "Breakdown exceeds total"],
  "rate-mismatch": ["比率不符", "Rate mismatch"],
  "count-exceeds-base": ["数量超过基数", "Count exceeds base"],
  "difference-mismatch": ["差值不符", "Difference mismatch"],
  "ratio-mismatch": ["比例不符", "Ratio mismatch"],
  "share-sum-mismatch": ["占比合计不为100%", "Shares do not add to 100%"],
  "cross-sheet-mismatch": ["表间数据不一致", "Differs between sheets"],
  "max-sum-mismatch": ["分值合计不符", "Max points ≠ sum of items"],
  "score-over-max": ["得分超过分值", "Score above maximum"],
  "score-below-zero": ["得分小于零", "Score below zero"],
  "parent-score-mismatch": ["上级得分不符", "Parent score ≠ sum of items"],
  "entered-score-mismatch": ["得分与评分标准不符", "Score ≠ scoring standard"],
  "summary-detail-mismatch": ["汇总与明细不符", "Summary ≠ detail sheet"],
  "rank-mismatch": ["名次不符", "Rank mismatch"],
  "weight-sum-mismatch": ["权重合计不为100%", "Weights do not add to 100%"],
  "cap-exceeded": ["超过加减分上限", "Beyond bonus/penalty cap"],
  "unparsed-rule": ["评分标准未能识别", "Scoring standard not understood"],
  "bad-value": ["数值无法识别", "Value cannot be read"],
};

/** "2026-11-22 08:30", local time, as the clerk's clock shows it */
export function formatCheckTime(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** The line under the title: workbook, time, counts. */
export function summaryLine(workbook: string, at: Date, all: ReadonlyArray<Finding>, sheets: number, lang: ReportLanguage): string {
  // a finding the clerk settled (已核实/忽略) is listed apart, after the open ones, and not counted here
  const findings = all.filter((f) => !f.settled);
  const settled = all.length - findings.length;
  const n = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const time = formatCheckTime(at);
  return lang === "zh"
    ? `工作簿:${workbook}  检查时间:${time}  检查工作表 ${sheets} 个,发现问题 ${findings.length} 处(错误 ${n("error")},警告 ${n("warning")},提示 ${n("info")})` +
        (settled ? `;另有已核实或忽略 ${settled} 处,列在最后` : "")
    : `Workbook: ${workbook}  Checked: ${time}  ${sheets} sheet(s) checked, ${findings.length} finding(s) (${n("error")} error(s), ${n("warning")} warning(s), ${n("info")} info)` +
        (settled ? `; ${settled} verified or ignored, listed last` : "");
}

const SETTLED_TEXT: Readonly<Record<"verified" | "ignored", readonly [string, string]>> = {
  verified: ["已核实", "Verified"],
  ignored: ["已忽略", "Ignored"],
};

export type Row = [number, string, string, string, string, string, number | string, number | string];

/** The finding rows, in report order. */
export function reportRows(findings: ReadonlyArray<Finding>, sheets: ReadonlyArray<SheetSummary>, lang: ReportLanguage): Row[] {
  const li = lang === "zh" ? 0 : 1;
  const sorted = sortFindings([...findings], sheets.map((s) => s.name));
  // open findings first; the settled ones after them, their mark in the severity column, the note after the message
  const ordered = [...sorted.filter((f) => !f.settled), ...sorted.filter((f) => f.settled)];
  return ordered.map((f, i) => {
    const message = lang === "zh" ? f.message : f.messageEn || f.message;
    const note = f.settled?.note ? (lang === "zh" ? `(备注:${f.settled.note})` : ` (note: ${f.settled.note})`) : "";
    return [
      i + 1,
      f.sheet,
      f.cell,
      KIND_TEXT[f.kind]?.[li] ?? f.kind,
      f.settled ? SETTLED_TEXT[f.settled.status][li] : SEVERITY_TEXT[f.severity][li],
      message + note,
      f.expected ?? "",
      f.actual ?? "",
    ];
  });
}


// ------------------------------------------------------------------ coverage and explanations

/** Relation kinds (by the finding they can raise) as the clerk reads them in "what was checked". */
const CHECKED_TEXT: Readonly<Partial<Record<string, readonly [string, string]>>> = {
  "sum-mismatch": ["合计", "totals"],
  "part-exceeds-total": ["其中", "breakdowns"],
  "rate-mismatch": ["比率", "rates"],
  "count-exceeds-base": ["人数不超基数", "counts within their base"],
  "difference-mismatch": ["差数", "differences"],
  "ratio-mismatch": ["性别比", "ratios"],
  "share-sum-mismatch": ["构成", "shares"],
  "cross-sheet-mismatch": ["跨表同数", "figures on other sheets"],
  "max-sum-mismatch": ["分值", "max points"],
  "score-over-max": ["得分上限", "scores within their max"],
  "parent-score-mismatch": ["上级得分", "parent scores"],
  "summary-detail-mismatch": ["汇总与明细", "summary against detail"],
  "rank-mismatch": ["名次", "ranks"],
  "weight-sum-mismatch": ["权重", "weights"],
  "change-mismatch": ["增减", "changes"],
};

const SHEET_KIND_TEXT: Readonly<Record<SheetSummary["kind"], readonly [string, string]>> = {
  scoring: ["考核评分表", "Scoring sheet"],
  summary: ["汇总表", "Summary sheet"],
  statistics: ["统计报表", "Statistics sheet"],
  other: ["其他", "Other"],
};

/** Relations checked on a sheet, all kinds together; undefined when the engine did not say. */
export function relationsChecked(s: SheetSummary): number | undefined {
  if (!s.checked) return undefined;
  let n = 0;
  for (const v of Object.values(s.checked.relations)) n += v ?? 0;
  return n;
}

/** Whether anything was checked on a sheet (relations or scores); undefined when the engine did not say. */
export function sheetWasChecked(s: SheetSummary): boolean | undefined {
  const n = relationsChecked(s);
  return n === undefined ? undefined : n > 0 || s.checked!.scores > 0;
}

/**
 * What was checked on a sheet, in one sentence: "已核对 合计 12 处、比率 3 处;计算得分 25 处",
 * followed by the engine's note (why nothing, or only part, could be checked). Empty when unknown.
 */
export function coverageText(s: SheetSummary, lang: ReportLanguage): string {
  if (!s.checked) return "";
  const li = lang === "zh" ? 0 : 1;
  const parts = Object.entries(s.checked.relations)
    .filter(([, n]) => (n ?? 0) > 0)
    .map(([k, n]) => (lang === "zh" ? `${CHECKED_TEXT[k]?.[0] ?? KIND_TEXT[k as FindingKind]?.[0] ?? k} ${n} 处` : `${n} ${CHECKED_TEXT[k]?.[li] ?? k}`));
  const said: string[] = [];
  if (parts.length) said.push(lang === "zh" ? `已核对 ${parts.join("、")}` : `checked ${parts.join(", ")}`);
  if (s.checked.scores) said.push(lang === "zh" ? `计算得分 ${s.checked.scores} 处` : `${s.checked.scores} scores computed`);
  if (!said.length) said.push(lang === "zh" ? "未作核对" : "nothing checked");
  const note = lang === "zh" ? s.note : (s.noteEn ?? s.note);
  const text = said.join(lang === "zh" ? ";" : "; ");
  return note ? `${text}${lang === "zh" ? ";" : "; "}${note}` : text;
}

/**
 * What the report says where it lists no open finding: "no problems" only of what was checked.
 * Without coverage from the engine (an older caller), the plain 未发现问题.
 */
export function noProblemsText(sheets: ReadonlyArray<SheetSummary>, lang: ReportLanguage): string {
  const known = sheets.filter((s) => s.checked);
  const unchecked = known.filter((s) => !sheetWasChecked(s)).map((s) => s.name);
  if (!known.length || !unchecked.length) return lang === "zh" ? "未发现问题" : "No problems found";
  if (unchecked.length === known.length) return lang === "zh" ? "未核对任何关系,不能说没有问题(见下方“检查范围”)" : "Nothing could be checked, so no problems can be said (see “What was checked” below)";
  return lang === "zh"
    ? `已核对部分未发现问题;未核对:${unchecked.join("、")}(见下方“检查范围”)`
    : `No problems found in what was checked; not checked: ${unchecked.join(", ")} (see “What was checked” below)`;
}

/** A score for the report's explanation section: a ScoreCell and the item it belongs to. */
export interface ReportScore extends ScoreCell {
  /** the item's name (考核项目), where the engine knows it */
  readonly label?: string;
  /** a total a veto (一票否决) stands on */
  readonly veto?: boolean;
}

/**
 * The scores for the report: each with its item's name (the engine's understood items, by computed
 * cell) and, for a total, whether a veto (一票否决) stands on it.
 */
export function reportScores(plan: {
  readonly scores: ReadonlyArray<ScoreCell>;
  readonly totals: ReadonlyArray<TotalCell>;
  readonly items?: ReadonlyArray<{ readonly sheet: string; readonly computedCell?: string; readonly name: string }>;
}): ReportScore[] {
  const key = (sheet: string, cell: string) => `${sheet}\u0000${cell}`;
  const names = new Map((plan.items ?? []).filter((i) => i.computedCell).map((i) => [key(i.sheet, i.computedCell!), i.name] as const));
  const totals = new Map(plan.totals.map((t) => [key(t.sheet, t.cell), t] as const));
  return plan.scores.map((s) => {
    const label = names.get(key(s.sheet, s.cell));
    const veto = totals.get(key(s.sheet, s.cell))?.veto;
    return { ...s, ...(label ? { label } : {}), ...(veto ? { veto } : {}) };
  });
}

/** One row after the findings: a section title or its headings (bold), or a line (a link to its cell where it has one). */
export interface ReportTailRow {
  readonly cells: ReadonlyArray<string | number>;
  readonly strong?: boolean;
  /** column C holds a cell of the sheet in column B: linked like a finding's */
  readonly link?: boolean;
}

const TAIL_TEXT = {
  zh: {
    coverage: "检查范围",
    coverageHead: ["序号", "工作表", "", "表格类型", "", "核对内容", "关系数", "得分数"],
    scores: "得分说明",
    scoresHead: ["序号", "工作表", "单元格", "项目", "", "计算过程", "得分", ""],
    veto: "一票否决",
  },
  en: {
    coverage: "What was checked",
    coverageHead: ["No.", "Sheet", "", "Kind", "", "Checked", "Relations", "Scores"],
    scores: "How each score comes about",
    scoresHead: ["No.", "Sheet", "Cell", "Item", "", "Explanation", "Score", ""],
    veto: "veto",
  },
} as const;

/**
 * The sections below the findings: what was checked on each sheet (only when the engine said),
 * then every computed score with its explanation (only when scores are given). Both hosts write
 * these rows the same way, eight columns like the findings.
 */
export function reportTail(sheets: ReadonlyArray<SheetSummary>, scores: ReadonlyArray<ReportScore>, lang: ReportLanguage): ReportTailRow[] {
  const t = TAIL_TEXT[lang];
  const li = lang === "zh" ? 0 : 1;
  const pad = (title: string): string[] => [title, "", "", "", "", "", "", ""];
  const out: ReportTailRow[] = [];
  const known = sheets.filter((s) => s.checked);
  if (known.length) {
    out.push({ cells: pad("") }, { cells: pad(t.coverage), strong: true }, { cells: [...t.coverageHead], strong: true });
    known.forEach((s, i) =>
      out.push({ cells: [i + 1, s.name, "", SHEET_KIND_TEXT[s.kind]?.[li] ?? s.kind, "", coverageText(s, lang), relationsChecked(s) ?? "", s.checked!.scores] }),
    );
  }
  const explained = scores.filter((s) => (lang === "zh" ? s.explain : (s.explainEn ?? s.explain)));
  if (explained.length) {
    out.push({ cells: pad("") }, { cells: pad(t.scores), strong: true }, { cells: [...t.scoresHead], strong: true });
    explained.forEach((s, i) => {
      const explain = lang === "zh" ? s.explain! : (s.explainEn ?? s.explain!);
      const value = s.veto ? t.veto : (s.value ?? "");
      out.push({ cells: [i + 1, s.sheet, s.cell, s.label ?? "", "", explain, value, ""], link: true });
    });
  }
  return out;
}
