/**
 * 下载结果 in a plain browser: the recalculated workbook saved as a new file
 * (`<a download>` over a Blob). No ExcelJS here: the host serialises, this only saves bytes.
 */
import type { WorkbookHost } from "../host";
import type { Finding } from "../../engine/findings";
import type { SheetSummary } from "../../engine/plan";

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A host whose workbook can be saved as a file (the plain-browser host). */
export interface DownloadableHost extends WorkbookHost {
  readonly kind: "browser";
  /** the file name the workbook was opened from */
  readonly name: string;
  /**
   * The workbook as it is now (writes applied), serialised as .xlsx; with `extras`, the findings'
   * cells marked and the report sheet written in the copy (the workbook in memory stays as it is).
   */
  toXlsx(extras?: DownloadExtras): Promise<Uint8Array>;
}

/** What 下载结果 adds to the saved copy: the last check's findings (marks and 校验报告). */
export interface DownloadExtras {
  readonly findings: ReadonlyArray<Finding>;
  readonly sheets: ReadonlyArray<SheetSummary>;
  readonly lang: "zh" | "en";
}

export function isDownloadable(host: WorkbookHost | null | undefined): host is DownloadableHost {
  return !!host && host.kind === "browser" && typeof (host as DownloadableHost).toXlsx === "function";
}

/** "考核表.xlsx" → "考核表-校验.xlsx": the name 下载结果 saves under (the opened file is never replaced). */
export function downloadName(name: string): string {
  const base = name.replace(/\.(xlsx|xlsm|xls)$/i, "") || "workbook";
  return `${base}-校验.xlsx`;
}

/** Offer bytes to the user as a download named `fileName`. */
export function saveBytes(bytes: Uint8Array, fileName: string, doc: Document = document): void {
  const blob = new Blob([bytes as BlobPart], { type: XLSX_MIME });
  const url = URL.createObjectURL(blob);
  const a = doc.createElement("a");
  a.href = url;
  a.download = fileName;
  a.style.display = "none";
  doc.body.appendChild(a);
  try {
    a.click();
  } finally {
    a.remove();
    // the browser has started reading the blob by now; give it time before letting go
    setTimeout(() => URL.revokeObjectURL(url), 30_000);
  }
}
