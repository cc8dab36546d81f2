/** The CLI's text report of one file (`assess check` without --json): per sheet what was checked, then the findings. */
import { tr, type Lang } from "./i18n";
import type { FileReport } from "./outcome";
import type { Finding } from "../engine/findings";
import type { Plan } from "../engine/plan";

const SEVERITY_ZH: Record<Finding["severity"], string> = { error: "错误", warning: "警告", info: "提示" };
const KIND_ZH: Record<Plan["sheets"][number]["kind"], string> = {
  scoring: "考核评分表",
  summary: "汇总表",
  statistics: "统计报表",
  other: "其他",
};

/** The human-readable report of one file (Chinese unless the CLI speaks English). */
export function formatReport(r: FileReport, lang: Lang = "zh"): string {
  const en = lang === "en";
  const lines: string[] = [r.file];
  for (const s of r.sheets) {
    lines.push(
      (en ? `  sheet ${s.name}: ${s.kind}, ${s.tables} table(s)` : `  工作表 ${s.name}: ${KIND_ZH[s.kind] ?? s.kind}, ${s.tables} 个表格`) +
        checkedText(s, en),
    );
  }
  const unchecked = r.sheets.filter((s) => s.checked && Object.keys(s.checked.relations).length === 0 && s.checked.scores === 0);
  if (r.findings.length === 0 && unchecked.length === r.sheets.length) {
    lines.push(en ? "  nothing could be checked: no problems can be said" : "  未核对任何关系,不能说没有问题");
  } else if (r.findings.length === 0) {
    // "no problems" is said only of the sheets where something was checked
    const names = unchecked.map((s) => s.name).join(", ");
    lines.push(en ? `  no findings in what was checked${names ? `; not checked: ${names}` : ""}` : `  已核对部分未发现问题${names ? `; 未核对: ${names}` : ""}`);
  } else {
    for (const f of r.findings) {
      // the message already states the figures; the related cells say where they came from
      const rel = f.related.length ? ` (${f.related.join(", ")})` : "";
      const sev = en ? f.severity : SEVERITY_ZH[f.severity];
      const msg = en ? f.messageEn ?? f.message : f.message;
      const mark = f.settled ? (f.settled.status === "verified" ? tr(lang, "已核实", "verified") : tr(lang, "已忽略", "ignored")) : "";
      const settled = f.settled ? `[${mark}${f.settled.note ? `: ${f.settled.note}` : ""}] ` : "";
      lines.push(`  ${settled}${sev} ${f.sheet}!${f.cell} [${f.kind}] ${msg}${rel}`);
    }
  }
  // a finding the clerk settled (已核实/忽略) is listed, marked, and not counted
  const open = r.findings.filter((f) => !f.settled);
  const errors = open.filter((f) => f.severity === "error").length;
  const warnings = open.filter((f) => f.severity === "warning").length;
  const infos = open.length - errors - warnings;
  lines.push(
    en
      ? `  ${errors} errors, ${warnings} warnings, ${infos} notes; ${r.scores.length} scores computed`
      : `  共 ${errors} 个错误, ${warnings} 个警告, ${infos} 个提示; 计算得分 ${r.scores.length} 处`,
  );
  return lines.join("\n") + "\n";
}

/** What was checked on a sheet, in one line's tail: "; 已核对 合计 12, 比率 3; 计算得分 25 处" and the note. */
function checkedText(s: Plan["sheets"][number], en: boolean): string {
  if (!s.checked) return "";
  const parts = Object.entries(s.checked.relations).map(([k, n]) => `${en ? k : (CHECKED_ZH[k] ?? k)} ${n}`);
  const said = parts.length ? (en ? `; checked ${parts.join(", ")}` : `; 已核对 ${parts.join(", ")}`) : "";
  const scores = s.checked.scores ? (en ? `; ${s.checked.scores} scores computed` : `; 计算得分 ${s.checked.scores} 处`) : "";
  const note = en ? (s.noteEn ?? s.note) : s.note;
  return `${said}${scores}${note ? `; ${note}` : ""}`;
}

/** Relation kinds (by the finding they can raise) as the clerk reads them. */
const CHECKED_ZH: Record<string, string> = {
  "sum-mismatch": "合计", "part-exceeds-total": "其中", "rate-mismatch": "比率", "count-exceeds-base": "人数不超基数",
  "difference-mismatch": "差数", "ratio-mismatch": "性别比", "share-sum-mismatch": "构成", "cross-sheet-mismatch": "跨表同数",
  "max-sum-mismatch": "分值", "score-over-max": "得分上限", "summary-detail-mismatch": "汇总与明细", "rank-mismatch": "名次",
  "weight-sum-mismatch": "权重", "change-mismatch": "增减",
};
