/**
 * Round-trip limits of Office.js. Excel on the web refuses a request or a response over 5 MB
 * (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded), so every batch is sized
 * from an estimate kept well under it, and a batch that is refused anyway is split and retried.
 */
import type { Progress } from "../host";

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

/** The message of whatever Office.js threw. */
export function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** After a failed write: run the way back; true only when it ran through (its own failure is swallowed: the first error is the one to report). */
export async function putBack(wayBack: () => Promise<boolean>): Promise<boolean> {
  try {
    return await wayBack();
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------- batching under the budget

/** What every batched operation takes: the bytes one sync may carry (tests lower it). */
export interface BudgetOptions {
  readonly budgetBytes?: number;
}

/** The byte budget of one sync, and a progress reporter for one phase. */
export function syncBudget(
  options: BudgetOptions,
  phase: Progress["phase"],
  onProgress?: (p: Progress) => void,
): { budget: number; report: (fraction: number) => void } {
  return {
    budget: options.budgetBytes ?? SYNC_BUDGET_BYTES,
    report: (fraction) => onProgress?.({ phase, fraction: Math.min(1, fraction) }),
  };
}

/** Cut items into batches whose estimated bytes stay under the budget (an item over it goes alone). */
export function batches<T>(items: ReadonlyArray<T>, cost: (t: T) => number, budget: number): T[][] {
  const out: T[][] = [];
  let cur: T[] = [];
  let used = 0;
  for (const it of items) {
    const c = cost(it);
    if (cur.length && used + c > budget) {
      out.push(cur);
      cur = [];
      used = 0;
    }
    cur.push(it);
    used += c;
  }
  if (cur.length) out.push(cur);
  return out;
}

/** Rows of text cells of up to `chars` characters one sync may carry (≤ 3 UTF-8 bytes a character, plus quoting). */
export function textRowsPerSync(budget: number, chars: number): number {
  return Math.max(1, Math.floor(budget / (chars * 3 + 64)));
}

interface Placed {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

/** Order for column runs: sheet, then column, then row. */
export function bySheetColumnRow<T extends Placed>(a: T, b: T): number {
  return a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : a.col - b.col || a.row - b.row;
}

/**
 * Consecutive cells of one column of one sheet, in the order given (sort first): each run is read
 * or written as one range, so the commands stay few whatever the number of cells.
 */
export function columnRuns<T extends Placed>(xs: ReadonlyArray<T>): T[][] {
  const out: T[][] = [];
  for (const x of xs) {
    const run = out[out.length - 1];
    const last = run?.[run.length - 1];
    if (last && last.sheet === x.sheet && last.col === x.col && last.row === x.row - 1) run.push(x);
    else out.push([x]);
  }
  return out;
}
