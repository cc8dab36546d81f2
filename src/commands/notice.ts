/** The text the ribbon's 检查 command shows: pure, so a test can read it without Office. */
import type { Plan } from "../engine/plan";
import type { Lang } from "../taskpane/i18n";

export interface Notice {
  readonly errors: number;
  readonly warnings: number;
  readonly headline: string;
  readonly detail: string;
}

export function noticeFor(plan: Plan, lang: Lang): Notice {
  let errors = 0;
  let warnings = 0;
  for (const f of plan.findings) {
    if (f.severity === "error") errors++;
    else if (f.severity === "warning") warnings++;
  }
  const first = plan.findings.find((f) => f.severity === "error") ?? plan.findings[0];
  const where = first ? `${first.sheet}!${first.cell}` : "";
  if (lang === "en") {
    return {
      errors,
      warnings,
      headline: `${errors} ${errors === 1 ? "error" : "errors"}, ${warnings} ${warnings === 1 ? "warning" : "warnings"}`,
      detail: first ? `First: ${where} — ${first.messageEn}. Open the pane for the full list.` : "Every figure checked agrees.",
    };
  }
  return {
    errors,
    warnings,
    headline: `${errors} 个错误,${warnings} 个警告`,
    detail: first ? `第一处:${where} —— ${first.message}。打开任务窗格查看全部。` : "所核对的数字全部一致。",
  };
}

/** The failure text when the check itself could not run. */
export function failureNotice(reason: string, lang: Lang): Notice {
  return lang === "en"
    ? { errors: 0, warnings: 0, headline: "The check could not run", detail: reason }
    : { errors: 0, warnings: 0, headline: "无法完成检查", detail: reason };
}
