/**
 * Every string the pane shows, in Chinese (the default: the clerks' language) and English
 * (when Office's display language, or the browser's, is English).
 */
import { formatNumber as fmt } from "../engine/findings";
import type { Finding, Severity } from "../engine/findings";
import { workbookLimitText } from "../engine/limits";
import type { SheetKind } from "../engine/plan";

export type Lang = "zh" | "en";

export interface Strings {
  readonly title: string;
  readonly check: string;
  readonly checking: string;
  readonly reading: string;
  readonly analyzing: string;
  readonly loading: string;
  readonly openFile: string;
  /** the one stated size limit (engine/limits.ts), on the open button */
  readonly openFileLimit: string;
  readonly sample: string;
  readonly noFindings: string;
  readonly notChecked: string;
  readonly failed: (reason: string) => string;
  readonly summary: (sheets: number, errors: number, warnings: number, infos: number) => string;
  readonly severity: Record<Severity, string>;
  readonly itemsScored: (n: number) => string;
  readonly filter: string;
  readonly understood: string;
  readonly sheetKind: Record<SheetKind, string>;
  readonly tables: (n: number) => string;
  readonly expectedActual: (expected: number | undefined, actual: number | undefined) => string;
  readonly related: (cells: string) => string;
  readonly goToCell: (sheet: string, cell: string) => string;
  readonly sheetCounts: (errors: number, warnings: number, infos: number) => string;
  readonly preview: string;
  readonly previewSheet: string;
  readonly previewTruncated: (rows: number, cols: number) => string;
  // actions (issue 7)
  readonly actions: string;
  readonly recalc: string;
  readonly apply: string;
  readonly cancel: string;
  readonly undo: string;
  readonly markReport: string;
  readonly clearMarks: string;
  readonly download: string;
  readonly writing: string;
  readonly undoing: string;
  readonly marking: string;
  readonly clearing: string;
  readonly saving: string;
  readonly saveSettings: string;
  /** "<action> failed: <reason>" for every action but 检查 (which keeps `failed`) */
  readonly actionFailed: (action: string, reason: string) => string;
  readonly recalcPreview: string;
  readonly recalcCount: (n: number) => string;
  readonly recalcNothing: string;
  readonly recalcCell: string;
  readonly recalcOld: string;
  readonly recalcNew: string;
  readonly recalcValuesOnly: string;
  readonly recalcMore: (n: number) => string;
  readonly empty: string;
  readonly applied: (n: number, checked: boolean) => string;
  readonly cancelled: string;
  readonly undone: (checked: boolean) => string;
  readonly nothingToUndo: string;
  readonly marked: (cells: number, annotation: "notes" | "comments" | "none", annotated: number) => string;
  readonly reported: (sheet: string, rows: number) => string;
  /** status parts as one line */
  readonly sentences: (parts: ReadonlyArray<string>) => string;
  readonly cleared: string;
  readonly nothingToClear: string;
  readonly downloaded: (name: string) => string;
  readonly settingsSaved: string;
  // issue 12: the preview's table, settled findings, errors with message codes
  readonly recalcTypedCount: (n: number) => string;
  readonly recalcWrite: string;
  readonly recalcItem: string;
  readonly recalcOldNew: string;
  readonly recalcChoose: (label: string, cell: string) => string;
  readonly recalcTypedReplaced: string;
  readonly recalcTypedKept: string;
  readonly recalcFormula: string;
  readonly recalcUnchanged: string;
  readonly recalcKeptValue: (value: string) => string;
  readonly recalcChosen: (n: number) => string;
  readonly checkFailed: string;
  readonly actionFailedTitle: (action: string) => string;
  readonly details: string;
  readonly figures: (f: Finding) => string;
  readonly settle: string;
  readonly verify: string;
  readonly ignore: string;
  readonly reopen: string;
  readonly note: string;
  readonly settledStatus: Record<"verified" | "ignored", string>;
  readonly settledTitle: (n: number) => string;
  readonly settledSaved: (status: "verified" | "ignored" | "open") => string;
  readonly resolvedByApplyTitle: (n: number) => string;
  /** coverage (what was checked on each sheet): its heading, and "no problems" only of what was checked */
  readonly coverageTitle: string;
  readonly correctUnderstood: string;
  readonly correctUnderstoodOf: (sheet: string) => string;
  readonly noFindingsChecked: (unchecked: ReadonlyArray<string>) => string;
  readonly nothingChecked: string;
  readonly findingsLabel: string;
  readonly keysHint: string;
  readonly explainLabel: string;
}

/** How the figures of a finding read, by kind: a bound is "不应超过", not "应为"; units stay with their numbers. */
function unitOf(f: Finding): string {
  if (f.kind !== "rate-mismatch" && f.kind !== "share-sum-mismatch" && f.kind !== "weight-sum-mismatch") return "";
  if (/‰/.test(f.message)) return "‰";
  if (/%/.test(f.message)) return "%";
  return "";
}

function decimalsOf(n: number): number {
  const s = fmt(n);
  const i = s.indexOf(".");
  return i < 0 ? 0 : s.length - i - 1;
}

/** Both figures with the same decimals and the unit beside each (100.00% vs 112.55%). */
function pair(f: Finding): [string, string] {
  const unit = unitOf(f);
  const d = Math.max(f.expected !== undefined ? decimalsOf(f.expected) : 0, f.actual !== undefined ? decimalsOf(f.actual) : 0);
  const show = (n: number | undefined) => (n === undefined ? "" : `${unit ? n.toFixed(d) : fmt(n)}${unit}`);
  return [show(f.expected), show(f.actual)];
}

type Bound = "max" | "min" | "exact";
function boundOf(f: Finding): Bound {
  switch (f.kind) {
    case "count-exceeds-base":
    case "cap-exceeded":
    case "score-over-max":
      return "max";
    case "part-exceeds-total":
    case "score-below-zero":
      return "min";
    default:
      return "exact";
  }
}

const zh: Strings = {
  title: "考核表校验",
  check: "检查",
  checking: "正在检查…",
  reading: "正在读取工作簿…",
  analyzing: "正在核对数字…",
  loading: "正在加载…",
  openFile: "打开 .xlsx",
  openFileLimit: `可检查的工作簿:${workbookLimitText("zh")}`,
  sample: "示例工作簿",
  noFindings: "没有发现问题:所有合计与分项一致。",
  notChecked: "点击“检查”核对本工作簿的合计、比率与得分。",
  failed: (reason) => `检查失败:${reason}`,
  summary: (sheets, errors, warnings, infos) =>
    `已读取 ${sheets} 张工作表;${errors} 个错误,${warnings} 个警告` + (infos ? `,${infos} 条提示` : ""),
  severity: { error: "错误", warning: "警告", info: "提示" },
  itemsScored: (n) => `;已计分 ${n} 项`,
  filter: "按严重程度筛选",
  understood: "识别结果",
  sheetKind: { scoring: "考核评分表", summary: "汇总表", statistics: "统计报表", other: "其他" },
  tables: (n) => `${n} 个表格`,
  expectedActual: (expected, actual) =>
    [expected !== undefined ? `应为 ${fmt(expected)}` : "", actual !== undefined ? `实为 ${fmt(actual)}` : ""]
      .filter(Boolean)
      .join(","),
  figures: (f) => {
    const [e, a] = pair(f);
    const b = boundOf(f);
    const want = e ? (b === "max" ? `不应超过 ${e}` : b === "min" ? `不应小于 ${e}` : `应为 ${e}`) : "";
    return [want, a ? `实为 ${a}` : ""].filter(Boolean).join(",");
  },
  related: (cells) => `对照:${cells}`,
  goToCell: (sheet, cell) => `转到 ${sheet}!${cell}`,
  sheetCounts: (errors, warnings, infos) =>
    [errors ? `${errors} 个错误` : "", warnings ? `${warnings} 个警告` : "", infos ? `${infos} 条提示` : ""]
      .filter(Boolean)
      .join(","),
  preview: "工作表预览",
  previewSheet: "工作表",
  previewTruncated: (rows, cols) => `只显示前 ${rows} 行、${cols} 列`,
  actions: "操作",
  recalc: "计算得分…",
  apply: "应用",
  cancel: "取消",
  undo: "撤销",
  markReport: "标记并生成报告",
  clearMarks: "清除标记",
  download: "下载结果",
  writing: "正在写入…",
  undoing: "正在撤销…",
  marking: "正在标记并生成报告…",
  clearing: "正在清除标记…",
  saving: "正在保存设置…",
  saveSettings: "保存设置",
  actionFailed: (action, reason) => `${action}失败:${reason}`,
  recalcPreview: "将要写入的单元格",
  recalcCount: (n) => `可写入 ${n} 个单元格(应用前不会修改工作簿)`,
  recalcNothing: "没有需要计算的单元格",
  recalcCell: "单元格",
  recalcOld: "原内容",
  recalcNew: "新内容",
  recalcValuesOnly: "写入数值而不是公式",
  recalcMore: (n) => `另有 ${n} 个单元格未列出`,
  empty: "(空)",
  applied: (n, checked) => `已写入 ${n} 个单元格` + (checked ? ",并已重新检查。" : "。"),
  cancelled: "已取消,未写入任何单元格。",
  undone: (checked) => "已撤销上次写入" + (checked ? ",并已重新检查。" : "。"),
  nothingToUndo: "没有可以撤销的写入。",
  marked: (cells, annotation, annotated) =>
    `已标记 ${cells} 个单元格` +
    (annotation === "notes" ? `(${annotated} 个附有批注)` : annotation === "comments" ? `(${annotated} 个附有评论)` : "(此版本 Excel 只能填充颜色,未添加批注)"),
  reported: (sheet, rows) => `报告已写入工作表“${sheet}”(${rows} 行)`,
  sentences: (parts) => (parts.length ? `${parts.join(";")}。` : ""),
  cleared: "已清除标记,单元格已恢复原来的填充。",
  nothingToClear: "没有需要清除的标记。",
  downloaded: (name) => `已生成 ${name}。`,
  settingsSaved: "设置已保存,并已重新检查。",
  recalcTypedCount: (n) => `其中 ${n} 处将改变已填写的得分:默认不选,勾选后才会替换`,
  recalcWrite: "写入",
  recalcItem: "项目",
  recalcOldNew: "原值 → 新值",
  recalcChoose: (label, cell) => `写入“${label}”(${cell})`,
  recalcTypedReplaced: "将替换已填写的得分",
  recalcTypedKept: "与已填写的得分不同,默认保留原值",
  recalcFormula: "公式",
  recalcUnchanged: "不变",
  recalcKeptValue: (v) => `计算值 ${v},不写入`,
  recalcChosen: (n) => `已选 ${n} 个单元格`,
  checkFailed: "检查失败",
  actionFailedTitle: (action) => `${action.replace(/…$/, "")}失败`,
  details: "技术细节",
  settle: "处理此问题",
  verify: "已核实",
  ignore: "忽略",
  reopen: "重新列为问题",
  note: "备注(可选)",
  settledStatus: { verified: "已核实", ignored: "已忽略" },
  settledTitle: (n) => `已核实或忽略的问题(${n} 项,数字改变后会重新列出)`,
  settledSaved: (status) => (status === "open" ? "已重新列为问题,并已保存到工作簿。" : `已标为“${status === "verified" ? "已核实" : "已忽略"}”,并已保存到工作簿。`),
  resolvedByApplyTitle: (n) => `应用后已解决的问题(${n} 项)`,
  coverageTitle: "检查范围",
  correctUnderstood: "更正识别结果",
  correctUnderstoodOf: (sheet) => `在“识别结果”中更正工作表“${sheet}”`,
  noFindingsChecked: (unchecked) => `已核对的部分没有发现问题;未能核对:${unchecked.join("、")}。`,
  nothingChecked: "未能核对任何合计、比率或得分,不能说没有问题;请在“识别结果”中更正表格类型或列的含义。",
  findingsLabel: "问题列表",
  keysHint: "用上下方向键在问题之间移动,回车转到单元格",
  explainLabel: "计算",
};

const en: Strings = {
  title: "Assessment check",
  check: "Check",
  checking: "Checking…",
  reading: "Reading the workbook…",
  analyzing: "Checking the figures…",
  loading: "Loading…",
  openFile: "Open .xlsx",
  openFileLimit: `A workbook that can be checked holds ${workbookLimitText("en")}`,
  sample: "Sample workbook",
  noFindings: "No problems found: every total agrees with its parts.",
  notChecked: "Press “Check” to verify this workbook's totals, rates and scores.",
  failed: (reason) => `The check failed: ${reason}`,
  summary: (sheets, errors, warnings, infos) =>
    `Read ${sheets} ${plural(sheets, "sheet")}; ${errors} ${plural(errors, "error")}, ${warnings} ${plural(warnings, "warning")}` +
    (infos ? `, ${infos} ${plural(infos, "note")}` : ""),
  severity: { error: "Error", warning: "Warning", info: "Note" },
  itemsScored: (n) => `; ${n} ${plural(n, "item")} scored`,
  filter: "Filter by severity",
  understood: "What was recognised",
  sheetKind: { scoring: "scoring sheet", summary: "summary sheet", statistics: "statistics sheet", other: "other" },
  tables: (n) => `${n} ${plural(n, "table")}`,
  expectedActual: (expected, actual) =>
    [expected !== undefined ? `expected ${fmt(expected)}` : "", actual !== undefined ? `actual ${fmt(actual)}` : ""]
      .filter(Boolean)
      .join(", "),
  figures: (f) => {
    const [e, a] = pair(f);
    const b = boundOf(f);
    const want = e ? (b === "max" ? `at most ${e}` : b === "min" ? `at least ${e}` : `expected ${e}`) : "";
    return [want, a ? `actual ${a}` : ""].filter(Boolean).join(", ");
  },
  related: (cells) => `compared with ${cells}`,
  goToCell: (sheet, cell) => `Go to ${sheet}!${cell}`,
  sheetCounts: (errors, warnings, infos) =>
    [
      errors ? `${errors} ${plural(errors, "error")}` : "",
      warnings ? `${warnings} ${plural(warnings, "warning")}` : "",
      infos ? `${infos} ${plural(infos, "note")}` : "",
    ]
      .filter(Boolean)
      .join(", "),
  preview: "Sheet preview",
  previewSheet: "Sheet",
  previewTruncated: (rows, cols) => `Showing the first ${rows} rows and ${cols} columns`,
  actions: "Actions",
  recalc: "Calculate scores…",
  apply: "Apply",
  cancel: "Cancel",
  undo: "Undo",
  markReport: "Mark & report",
  clearMarks: "Clear marks",
  download: "Download",
  writing: "Writing…",
  undoing: "Undoing…",
  marking: "Marking the cells and writing the report…",
  clearing: "Clearing the marks…",
  saving: "Saving the settings…",
  saveSettings: "Saving the settings",
  actionFailed: (action, reason) => `${action} failed: ${reason}`,
  recalcPreview: "Cells to be written",
  recalcCount: (n) => `${n} ${plural(n, "cell")} to write (nothing changes until you apply)`,
  recalcNothing: "No cells need calculating",
  recalcCell: "Cell",
  recalcOld: "Now",
  recalcNew: "New",
  recalcValuesOnly: "Write values instead of formulas",
  recalcMore: (n) => `${n} more ${plural(n, "cell")} not listed`,
  empty: "(empty)",
  applied: (n, checked) => `Wrote ${n} ${plural(n, "cell")}` + (checked ? " and checked again." : "."),
  cancelled: "Cancelled; nothing was written.",
  undone: (checked) => "Undid the last write" + (checked ? " and checked again." : "."),
  nothingToUndo: "There is no write to undo.",
  marked: (cells, annotation, annotated) =>
    `Marked ${cells} ${plural(cells, "cell")}` +
    (annotation === "notes"
      ? ` (${annotated} with a note)`
      : annotation === "comments"
        ? ` (${annotated} with a comment)`
        : " (fills only: this version of Excel cannot add notes)"),
  reported: (sheet, rows) => `Report written to sheet “${sheet}” (${rows} ${plural(rows, "row")})`,
  sentences: (parts) => (parts.length ? `${parts.join(". ")}.` : ""),
  cleared: "Marks cleared; the cells have their fills back.",
  nothingToClear: "There are no marks to clear.",
  downloaded: (name) => `Saved ${name}.`,
  settingsSaved: "Settings saved and checked again.",
  recalcTypedCount: (n) => `${n} of them would change a score someone typed: not selected; tick to replace`,
  recalcWrite: "Write",
  recalcItem: "Item",
  recalcOldNew: "Now → new",
  recalcChoose: (label, cell) => `Write “${label}” (${cell})`,
  recalcTypedReplaced: "replaces the typed score",
  recalcTypedKept: "differs from the typed score; kept unless ticked",
  recalcFormula: "Formula",
  recalcUnchanged: "unchanged",
  recalcKeptValue: (v) => `computed ${v}, not written`,
  recalcChosen: (n) => `${n} ${plural(n, "cell")} selected`,
  checkFailed: "The check failed",
  actionFailedTitle: (action) => `${action.replace(/…$/, "")} failed`,
  details: "Technical details",
  settle: "Settle this finding",
  verify: "Verified",
  ignore: "Ignore",
  reopen: "Reopen",
  note: "Note (optional)",
  settledStatus: { verified: "Verified", ignored: "Ignored" },
  settledTitle: (n) => `Verified or ignored (${n}; listed again when the figures change)`,
  settledSaved: (status) => (status === "open" ? "Reopened, and saved in the workbook." : `Marked ${status === "verified" ? "verified" : "ignored"}, and saved in the workbook.`),
  resolvedByApplyTitle: (n) => `Resolved by Apply (${n})`,
  coverageTitle: "What was checked",
  correctUnderstood: "Correct what was understood",
  correctUnderstoodOf: (sheet) => `Correct how sheet “${sheet}” was understood`,
  noFindingsChecked: (unchecked) => `No problems found in what was checked; not checked: ${unchecked.join(", ")}.`,
  nothingChecked: "No total, rate or score could be checked, so no problems can be said; correct the sheet's kind or its columns under “What was understood”.",
  findingsLabel: "Findings",
  keysHint: "Arrow keys move between findings; Enter goes to the cell",
  explainLabel: "Computed",
};

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}

export const STRINGS: Record<Lang, Strings> = { zh, en };

/**
 * The pane's language: an explicit `?lang=en|zh` wins; then Office's display language (in
 * Excel) or the browser's language; English only when that language is English, Chinese
 * otherwise (the clerks' default).
 */
export function pickLanguage(displayLanguage: string | null | undefined, search = ""): Lang {
  const forced = new URLSearchParams(search).get("lang");
  if (forced) return forced.toLowerCase().startsWith("en") ? "en" : "zh";
  return displayLanguage && displayLanguage.toLowerCase().startsWith("en") ? "en" : "zh";
}
