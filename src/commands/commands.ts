/**
 * Ribbon function commands. 检查 (checkWorkbook) runs the whole check without opening the
 * pane: read the workbook through the Excel host, run the engine, select the first flagged
 * cell and show the count of errors and warnings in a small dialog (notice.html).
 */
import { analyzeWorkbook } from "../engine";
import { createExcelHost } from "../hosts/excel";
import { pickLanguage } from "../taskpane/i18n";
import { failureNotice, noticeFor, type Notice } from "./notice";

function noticeUrl(n: Notice): string {
  const q = new URLSearchParams({ h: n.headline, d: n.detail, errors: String(n.errors), warnings: String(n.warnings) });
  return new URL(`notice.html?${q.toString()}`, window.location.href).toString();
}

/** Show the notice in a dialog and resolve when the clerk closes it (or it cannot open). */
function showNotice(n: Notice): Promise<void> {
  return new Promise((resolve) => {
    if (!Office.context.requirements.isSetSupported("DialogApi", "1.1")) {
      resolve();
      return;
    }
    Office.context.ui.displayDialogAsync(noticeUrl(n), { height: 25, width: 30, displayInIframe: true }, (res) => {
      if (res.status !== Office.AsyncResultStatus.Succeeded) {
        resolve();
        return;
      }
      res.value.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
    });
  });
}

export async function checkWorkbook(event: Office.AddinCommands.Event): Promise<void> {
  const lang = pickLanguage(Office.context.displayLanguage);
  try {
    const host = createExcelHost();
    const plan = analyzeWorkbook(await host.readSnapshot());
    const first = plan.findings.find((f) => f.severity === "error") ?? plan.findings[0];
    if (first) await host.select(first.sheet, first.cell);
    await showNotice(noticeFor(plan, lang));
  } catch (err) {
    await showNotice(failureNotice(err instanceof Error ? err.message : String(err), lang));
  } finally {
    event.completed();
  }
}

if (typeof Office !== "undefined") {
  Office.onReady(() => {
    Office.actions.associate("checkWorkbook", checkWorkbook);
  });
}
