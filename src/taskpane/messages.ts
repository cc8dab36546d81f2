/**
 * What went wrong, as the pane says it: a message code with its text in each language, each
 * one saying what to do. A host's or the engine's error is read once into a code (and the
 * figures it names); the pane then speaks only its own language. An error the pane does not
 * know keeps its original text as a technical detail, shown apart and folded.
 */
import type { Lang } from "./i18n";

export type MessageCode =
  | "file-xls"
  | "file-not-xlsx"
  | "file-empty"
  | "file-unreadable"
  | "file-no-sheets"
  | "cells-changed"
  | "undo-record-failed"
  | "write-rolled-back"
  | "write-failed"
  | "settings-damaged"
  | "settings-newer"
  | "marks-damaged"
  | "engine-failed"
  | "no-such-sheet"
  | "sheet-gone-write"
  | "sheet-gone-undo"
  | "undo-record-damaged"
  | "mark-rolled-back"
  | "mark-failed"
  | "report-failed"
  | "settings-save-failed"
  | "cell-merged"
  | "cancelled"
  | "unexpected";

export interface PaneMessage {
  readonly code: MessageCode;
  /** the file or the cells the message is about */
  readonly subject?: string;
  /** the original text of an error the pane does not know (shown folded, as a technical detail) */
  readonly detail?: string;
}

type Texts = Readonly<Record<MessageCode, (m: PaneMessage) => string>>;

const zh: Texts = {
  "file-xls": (m) =>
    `${m.subject ? `“${m.subject}”` : "这个文件"}是旧版 Excel 97-2003 (.xls) 文件或加密的工作簿,无法直接读取。请在 Excel 或 WPS 中打开它,点“另存为”,保存类型选“Excel 工作簿(*.xlsx)”,再打开保存后的文件。`,
  "file-not-xlsx": (m) =>
    `${m.subject ? `“${m.subject}”` : "这个文件"}不是 Excel 工作簿(.xlsx),可能是改了扩展名的其他文件。请选择用 Excel 或 WPS 保存的 .xlsx 文件;其他格式请先在 Excel 中另存为 .xlsx。`,
  "file-empty": (m) => `${m.subject ? `“${m.subject}”` : "这个文件"}是空的(0 字节)。请重新导出或复制原文件后再打开。`,
  "file-unreadable": (m) =>
    `${m.subject ? `“${m.subject}”` : "这个文件"}已损坏或不完整,无法作为 .xlsx 工作簿读取。请在 Excel 中打开并重新保存为 .xlsx 后再试。`,
  "file-no-sheets": (m) => `${m.subject ? `“${m.subject}”` : "这个工作簿"}中没有工作表。请打开含有考核表或统计表的工作簿。`,
  "cells-changed": (m) => `以下单元格在检查之后已被修改,未写入任何内容。请先点击“检查”,再点“计算得分…”:${m.subject ?? ""}`,
  "undo-record-failed": () => "无法在工作簿中保存撤销记录(工作簿结构可能受保护),未写入任何内容。请在“审阅”中撤销保护工作簿后再试。",
  "write-rolled-back": () => "写入时 Excel 拒绝了部分单元格,已全部恢复原状。请检查工作表是否受保护,然后再试。",
  "write-failed": () => "写入未能完成,部分单元格可能已改变。请点击“撤销”恢复,然后再试。",
  "settings-damaged": () => "工作簿中保存的加载项设置已损坏,本次按未设置处理。重新保存设置(例如更改“识别结果”中的一项)即可修复。",
  "settings-newer": () => "工作簿中的设置来自更新版本的加载项,本次未使用。请更新加载项后再打开。",
  "marks-damaged": () => "标记记录已损坏或不是本加载项写入的,无法自动清除标记。请手工清除单元格填充色,或使用 Excel 的撤销。",
  "engine-failed": () => "核对这个工作簿时出错,未写入任何内容。请重试;如果仍然出错,请把文件和下面的技术细节发给技术支持。",
  "no-such-sheet": (m) => `找不到工作表“${m.subject ?? ""}”,它可能已被删除或改名。请重新检查。`,
  "sheet-gone-write": (m) => `工作表不存在,未写入任何内容:${m.subject ?? ""}。它可能已被删除或改名,请重新检查后再计算得分。`,
  "sheet-gone-undo": (m) => `工作表已不存在,未撤销任何内容:${m.subject ?? ""}。请恢复或改回该工作表的名称后再撤销。`,
  "undo-record-damaged": () => "撤销记录已损坏或不是本加载项写入的,无法撤销。请用 Excel 自带的撤销,或从备份中恢复。",
  "mark-rolled-back": () => "标记时 Excel 拒绝了部分单元格,已全部恢复原状。请检查工作表是否受保护,然后再试。",
  "mark-failed": () => "标记未能完成,部分单元格可能已填色。请点击“清除标记”恢复,然后再试。",
  "report-failed": () => "无法写入校验报告工作表(工作簿结构可能受保护)。请在“审阅”中撤销保护工作簿后再试。",
  "settings-save-failed": () => "无法在工作簿中保存设置(工作簿结构可能受保护)。请在“审阅”中撤销保护工作簿后再试。",
  "cell-merged": (m) => `单元格 ${m.subject ?? ""} 位于合并区域中,无法写入。请取消合并或在“识别结果”中锁定该单元格后再试。`,
  cancelled: () => "已取消:读取和检查已停止,工作簿没有任何改动。可以再次检查,或打开下一个文件。",
  unexpected: () => "操作未能完成。请重试;如果仍然出错,请把下面的技术细节发给技术支持。",
};

const en: Texts = {
  "file-xls": (m) =>
    `${m.subject ? `“${m.subject}”` : "This file"} is an old Excel 97-2003 (.xls) file or an encrypted workbook and cannot be read. Open it in Excel or WPS, choose Save As, pick “Excel Workbook (*.xlsx)”, then open the saved file.`,
  "file-not-xlsx": (m) =>
    `${m.subject ? `“${m.subject}”` : "This file"} is not an Excel workbook (.xlsx); it may be another kind of file renamed. Choose an .xlsx saved by Excel or WPS; save other formats as .xlsx in Excel first.`,
  "file-empty": (m) => `${m.subject ? `“${m.subject}”` : "This file"} is empty (0 bytes). Export or copy the original again, then open it.`,
  "file-unreadable": (m) =>
    `${m.subject ? `“${m.subject}”` : "This file"} is damaged or incomplete and cannot be read as an .xlsx workbook. Open it in Excel, save it again as .xlsx, and try again.`,
  "file-no-sheets": (m) => `${m.subject ? `“${m.subject}”` : "This workbook"} has no worksheets. Open a workbook with a scoring or statistics sheet.`,
  "cells-changed": (m) => `These cells changed after the check; nothing was written. Press Check, then Calculate scores… again: ${m.subject ?? ""}`,
  "undo-record-failed": () => "The undo record could not be kept in the workbook (is its structure protected?); nothing was written. Unprotect the workbook (Review tab) and try again.",
  "write-rolled-back": () => "Excel refused some cells while writing; every cell was put back. Check whether the sheet is protected, then try again.",
  "write-failed": () => "Writing did not finish and some cells may have changed. Press Undo to put them back, then try again.",
  "settings-damaged": () => "The add-in's settings kept in this workbook are damaged and were not used. Saving the settings again (change any choice under What was recognised) repairs them.",
  "settings-newer": () => "The settings in this workbook were saved by a newer version of the add-in and were not used. Update the add-in and open the workbook again.",
  "marks-damaged": () => "The marks record is damaged or was not written by this add-in, so the marks cannot be cleared automatically. Clear the cell fills by hand, or use Excel's Undo.",
  "engine-failed": () => "Checking this workbook failed; nothing was written. Try again; if it fails again, send the file and the technical details below to support.",
  "no-such-sheet": (m) => `There is no sheet named “${m.subject ?? ""}”; it may have been deleted or renamed. Check again.`,
  "sheet-gone-write": (m) => `No such worksheet, nothing was written: ${m.subject ?? ""}. It may have been deleted or renamed; check again, then calculate the scores.`,
  "sheet-gone-undo": (m) => `The worksheet no longer exists, nothing was undone: ${m.subject ?? ""}. Restore it or give it back its name, then undo.`,
  "undo-record-damaged": () => "The undo record is damaged or was not written by this add-in, so nothing can be undone. Use Excel's own Undo, or restore a backup.",
  "mark-rolled-back": () => "Excel refused some cells while marking; every cell was put back. Check whether the sheet is protected, then try again.",
  "mark-failed": () => "Marking did not finish and some cells may be filled. Press Clear marks to put them back, then try again.",
  "report-failed": () => "The report sheet could not be written (is the workbook's structure protected?). Unprotect the workbook (Review tab) and try again.",
  "settings-save-failed": () => "The settings could not be kept in the workbook (is its structure protected?). Unprotect the workbook (Review tab) and try again.",
  "cell-merged": (m) => `Cell ${m.subject ?? ""} is inside a merged area and cannot be written. Unmerge it, or lock the cell under What was recognised, and try again.`,
  cancelled: () => "Cancelled: reading and checking stopped; nothing in the workbook changed. Check again, or open the next file.",
  unexpected: () => "The action did not finish. Try again; if it fails again, send the technical details below to support.",
};

export const MESSAGES: Readonly<Record<Lang, Texts>> = { zh, en };

export const MESSAGE_CODES = Object.keys(zh) as MessageCode[];

export function messageText(lang: Lang, m: PaneMessage): string {
  return MESSAGES[lang][m.code](m);
}

function textOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * Read an error into a code. `file`: the file being opened, when the error came from opening it
 * (its name also tells an old .xls apart from a renamed text file).
 */
export function messageOf(err: unknown, file?: string): PaneMessage {
  if (isPaneMessage(err)) return err;
  const text = textOf(err);
  const subject = file ? { subject: file } : {};
  const name = err instanceof Error ? err.name : "";
  // 取消: the worker reading or checking was stopped (engineClient.ts, hosts/browser/workerRead.ts)
  if (name === "AbortError") return { code: "cancelled" };
  if (name === "ApplyConflictError") {
    const cells = (err as { cells?: ReadonlyArray<string> }).cells ?? [];
    return { code: "cells-changed", subject: cells.slice(0, 10).join("、") + (cells.length > 10 ? ` 等 ${cells.length} 处` : "") };
  }
  if (name === "XlsxReadError" || file !== undefined) {
    if (/old \.xls|97-2003|encrypted/i.test(text)) return { code: "file-xls", ...subject };
    if (/empty/i.test(text)) return { code: "file-empty", ...subject };
    if (/no worksheets/i.test(text)) return { code: "file-no-sheets", ...subject };
    if (/not a zip|not an \.xlsx/i.test(text)) return { code: file && /\.xls$/i.test(file) ? "file-xls" : "file-not-xlsx", ...subject };
    return { code: "file-unreadable", ...subject, detail: text };
  }
  const zhHead = text.split(" / ")[0];
  const after = (t: string) => t.slice(t.indexOf(":") + 1).trim();
  if (text.startsWith("工作表不存在,未写入")) return { code: "sheet-gone-write", subject: after(zhHead) };
  if (text.startsWith("工作表已不存在,未撤销")) return { code: "sheet-gone-undo", subject: after(zhHead) };
  if (text.startsWith("撤销记录")) return { code: "undo-record-damaged" };
  if (text.startsWith("标记失败,已恢复原状")) return { code: "mark-rolled-back", detail: text.split(": ").slice(1).join(": ") };
  if (text.startsWith("标记失败")) return { code: "mark-failed", detail: text.split(": ").slice(1).join(": ") };
  if (text.startsWith("无法写入校验报告")) return { code: "report-failed", detail: text.split(": ").slice(1).join(": ") };
  if (text.startsWith("无法在工作簿中保存设置")) return { code: "settings-save-failed", detail: text.split(": ").slice(1).join(": ") };
  if (text.startsWith("无法在工作簿中保存撤销记录")) return { code: "undo-record-failed" };
  if (text.startsWith("写入失败,已恢复原状")) return { code: "write-rolled-back", detail: text.split(": ").slice(1).join(": ") };
  if (text.startsWith("写入失败")) return { code: "write-failed", detail: text.split(": ").slice(1).join(": ") };
  if (text.startsWith("工作簿中保存的设置已损坏")) return { code: "settings-damaged" };
  if (text.startsWith("工作簿中的设置来自更新版本")) return { code: "settings-newer" };
  if (text.startsWith("标记记录")) return { code: "marks-damaged" };
  const sheet = /^no sheet named (.*)$|cannot write (.*)!.*: no such sheet$/.exec(text);
  if (sheet) return { code: "no-such-sheet", subject: sheet[1] ?? sheet[2] };
  const merged = /cannot write (.*): the cell is covered by a merge/.exec(text);
  if (merged) return { code: "cell-merged", subject: merged[1] };
  if (name === "EngineError" || /engine/i.test(name)) return { code: "engine-failed", detail: text };
  return { code: "unexpected", detail: text };
}

export function isPaneMessage(x: unknown): x is PaneMessage {
  return typeof x === "object" && x !== null && typeof (x as PaneMessage).code === "string" && (x as PaneMessage).code in zh;
}
