/**
 * 下载结果 in a plain browser: the recalculated workbook saved as a new file
 * (`<a download>` over a Blob). No ExcelJS here: the host serialises (a DownloadableHost,
 * src/hosts/host.ts), the pane only saves the bytes.
 */
export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

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
