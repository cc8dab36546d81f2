/**
 * The undo record lives in the workbook, so 撤销 works after the task pane (or Excel) was closed
 * and reopened: a very hidden sheet whose column k holds the k-th pending apply as JSON text cut
 * into cells (a cell holds at most 32,767 characters). Undo takes the last column.
 */
import type { CellValue } from "../../engine/grid";
import type { CellContent } from "../../engine/plan";

export const UNDO_SHEET = "_assess_undo";
/** characters of JSON per cell */
export const UNDO_CHUNK_CHARS = 8000;

/** one cell as it was before an apply */
interface UndoCell {
  /** sheet */
  s: string;
  /** A1 address */
  a: string;
  /** formula (with "=") */
  f?: string;
  /** constant value (absent = empty) */
  v?: number | string | boolean;
  /** error constant ("#N/A") */
  e?: string;
  /** number format */
  n: string | null;
}

interface UndoRecordJson {
  assessUndo: 1;
  at: string;
  cells: UndoCell[];
}

export interface UndoEntry {
  readonly sheet: string;
  readonly cell: string;
  readonly content: CellContent;
}

export function encodeUndoRecord(entries: ReadonlyArray<UndoEntry>, at: Date = new Date()): string[] {
  const cells: UndoCell[] = entries.map(({ sheet, cell, content }) => {
    const u: UndoCell = { s: sheet, a: cell, n: content.numberFormat };
    if (content.formula) u.f = content.formula;
    else if (content.value !== null && typeof content.value === "object") u.e = content.value.error;
    else if (content.value !== null) u.v = content.value;
    return u;
  });
  const json = JSON.stringify({ assessUndo: 1, at: at.toISOString(), cells } satisfies UndoRecordJson);
  const chunks: string[] = [];
  for (let i = 0; i < json.length; i += UNDO_CHUNK_CHARS) {
    let end = Math.min(json.length, i + UNDO_CHUNK_CHARS);
    // never split a surrogate pair across two cells
    const last = json.charCodeAt(end - 1);
    if (end < json.length && last >= 0xd800 && last <= 0xdbff) end--;
    chunks.push(json.slice(i, end));
    i = end - UNDO_CHUNK_CHARS;
  }
  return chunks;
}

export function decodeUndoRecord(chunks: ReadonlyArray<unknown>): UndoEntry[] {
  const text = chunks.filter((c) => typeof c === "string" && c !== "").join("");
  let parsed: UndoRecordJson;
  try {
    parsed = JSON.parse(text) as UndoRecordJson;
  } catch {
    throw new Error(`撤销记录已损坏,无法撤销 / The undo record in sheet ${UNDO_SHEET} is damaged`);
  }
  if (parsed?.assessUndo !== 1 || !Array.isArray(parsed.cells))
    throw new Error(`撤销记录无法识别 / The undo record in sheet ${UNDO_SHEET} is not one this add-in wrote`);
  return parsed.cells.map((u) => {
    const value: CellValue = u.f ? null : u.e !== undefined ? { error: u.e } : u.v ?? null;
    return { sheet: u.s, cell: u.a, content: { value, formula: u.f ?? null, numberFormat: u.n } };
  });
}
