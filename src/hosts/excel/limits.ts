/**
 * Round-trip limits of Office.js. Excel on the web refuses a request or a response over 5 MB
 * (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded), so every batch is sized
 * from an estimate kept well under it, and a batch that is refused anyway is split and retried.
 */

/** what a single sync may carry, with room for Office.js's own envelope */
export const SYNC_BUDGET_BYTES = 4 * 1024 * 1024;

/** cells read per sheet before the sheet is cut and marked `truncated` */
export const MAX_CELLS_PER_SHEET = 1_000_000;
/** cells read per workbook; sheets past it are cut (or read as empty, marked `truncated`) */
export const MAX_CELLS_PER_WORKBOOK = 4_000_000;

/** ExcelApi requirement set check; false outside Office (or when Office cannot tell). */
export function excelApi(minor: number): boolean {
  try {
    const office = (globalThis as { Office?: typeof Office }).Office;
    return !!office?.context?.requirements?.isSetSupported("ExcelApi", `1.${minor}`);
  } catch {
    return false;
  }
}

export function isPayloadLimitError(e: unknown): boolean {
  const code = (e as { code?: string } | null)?.code ?? "";
  const msg = String((e as { message?: string } | null)?.message ?? "");
  return /PayloadSizeLimitExceeded/i.test(code) || /payload size/i.test(msg);
}

/** UTF-8 size of a JSON value, as it crosses the wire. */
export function jsonBytes(v: unknown): number {
  const s = JSON.stringify(v) ?? "";
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
