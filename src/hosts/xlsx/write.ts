/**
 * ExcelJS host, writing side: apply the engine's writes to the workbook that was read, and
 * serialise it. Only the cells named in the writes change; styles, merges, widths, other
 * sheets and every other cell stay as they were loaded.
 */
import type * as ExcelJS from "exceljs";
import type { CellWrite } from "../../engine/plan";

export interface ApplyOptions {
  /** write the computed values instead of formulas */
  readonly values?: boolean;
}

const MERGE_TYPE = 1; // ExcelJS ValueType.Merge: a cell covered by a merge

/** Excel formula text as ExcelJS stores it (no leading "="). */
function bareFormula(f: string): string {
  return f.startsWith("=") ? f.slice(1) : f;
}

/**
 * Before a shared-formula master is overwritten, give each cell that shares its formula its
 * own explicit formula (same text ExcelJS derives for it), so those cells keep their meaning.
 */
function detachSharedFormula(ws: ExcelJS.Worksheet, master: ExcelJS.Cell): void {
  const address = master.address;
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      const v = cell.value as { sharedFormula?: string } | null;
      if (v && typeof v === "object" && v.sharedFormula === address) {
        const formula = cell.formula; // translated from the master
        // `cell.result`, not `cell.value.result`: the value getter drops falsy results (0, "")
        cell.value = { formula, result: cell.result } as ExcelJS.CellFormulaValue;
      }
    });
  });
}

/** What applying a plan did: writes made, and writes left out (a cell covered by a merge). */
export interface ApplyResult {
  readonly written: number;
  readonly skipped: ReadonlyArray<{ readonly write: CellWrite; readonly reason: string }>;
}

/**
 * Apply writes to an ExcelJS workbook in place. A formula is written with its computed value
 * cached as the result (so any spreadsheet program shows it without recalculating); with
 * `values`, or when a write has no formula, the plain value is written. A cell covered by a
 * merge (inside a merged area but not its top-left cell) is never written: that write is left
 * out and listed in the result. Throws (one line) when a write names a sheet that does not exist.
 */
export function applyPlanToWorkbook(
  workbook: ExcelJS.Workbook,
  writes: ReadonlyArray<CellWrite>,
  opts: ApplyOptions = {},
): ApplyResult {
  const skipped: Array<{ write: CellWrite; reason: string }> = [];
  let written = 0;
  const why = (w: CellWrite): string | null => {
    const ws = workbook.getWorksheet(w.sheet);
    if (!ws) throw new Error(`cannot write ${w.sheet}!${w.cell}: no such sheet`);
    const cell = ws.getCell(w.cell);
    if (cell.type === MERGE_TYPE && cell.master.address !== cell.address) return `covered by the merged area starting at ${cell.master.address}`;
    // never overwrite what the clerk's file holds, even a number no spreadsheet can show
    if (typeof cell.value === "number" && !Number.isFinite(cell.value)) return "the cell holds a number beyond Excel's range, kept as it is";
    return null;
  };
  // a score whose value cell cannot be made a number gets its value, not a formula that would show #N/A
  const unreadable = unwrittenValueCells(writes, why);
  for (const w of writes) {
    const reason = why(w);
    if (reason !== null) {
      skipped.push({ write: w, reason });
      continue;
    }
    const ws = workbook.getWorksheet(w.sheet)!;
    const cell = ws.getCell(w.cell);
    written++;
    const old = cell.value as { shareType?: string; ref?: string; formula?: string } | null;
    if (old && typeof old === "object" && old.shareType === "shared" && old.formula) {
      detachSharedFormula(ws, cell);
    }
    const value = w.value ?? null;
    if (w.kind === "normalise-value") {
      writeNormalisedValue(cell, w);
    } else if (!opts.values && w.formula && !unreadable.has(`${w.sheet}\u0000${w.cell}`)) {
      cell.value = {
        formula: bareFormula(w.formula),
        ...(value === null ? {} : { result: value }),
      } as ExcelJS.CellFormulaValue;
    } else {
      cell.value = value;
    }
  }
  return { written, skipped };
}

/** Score cells (sheet NUL cell) whose normalise-value write is left out. */
function unwrittenValueCells(writes: ReadonlyArray<CellWrite>, why: (w: CellWrite) => string | null): Set<string> {
  const out = new Set<string>();
  for (const w of writes) if (w.kind === "normalise-value" && w.readBy && why(w) !== null) out.add(`${w.sheet}\u0000${w.readBy}`);
  return out;
}

/**
 * The number and the number format that shows it as the text it replaces (4 as `0"次"`). A cell's
 * style object may be shared with other cells (ExcelJS keeps one per style of the file): the cell
 * gets a copy, so no other cell's format changes, and the old object stays as it was for 撤销.
 */
function writeNormalisedValue(cell: ExcelJS.Cell, w: CellWrite): void {
  cell.value = w.value ?? null;
  if (w.numberFormat !== undefined) cell.style = { ...cell.style, numFmt: w.numberFormat };
}

/** What the cells of `writes` hold now (value and style), to put back exactly (the browser host's 撤销). */
export type CellsRecord = ReadonlyArray<{ readonly sheet: string; readonly cell: string; readonly value: ExcelJS.CellValue; readonly style: Partial<ExcelJS.Style> }>;

function cloneValue(v: ExcelJS.CellValue): ExcelJS.CellValue {
  if (v === null || v === undefined || typeof v !== "object") return v ?? null;
  if (v instanceof Date) return new Date(v.getTime());
  return JSON.parse(JSON.stringify(v)) as ExcelJS.CellValue;
}

export function recordCells(workbook: ExcelJS.Workbook, writes: ReadonlyArray<CellWrite>): CellsRecord {
  return writes.map((w) => {
    const ws = workbook.getWorksheet(w.sheet);
    if (!ws) throw new Error(`cannot write ${w.sheet}!${w.cell}: no such sheet`);
    const cell = ws.getCell(w.cell);
    // the style object itself: writes never change it in place (writeNormalisedValue copies)
    return { sheet: w.sheet, cell: w.cell, value: cloneValue(cell.value), style: cell.style };
  });
}

/** Put back what `recordCells` recorded, last first (a cell written twice gets its first content back). */
export function restoreCells(workbook: ExcelJS.Workbook, record: CellsRecord): void {
  for (let i = record.length - 1; i >= 0; i--) {
    const { sheet, cell, value, style } = record[i];
    const ws = workbook.getWorksheet(sheet);
    if (!ws) continue;
    const c = ws.getCell(cell);
    c.value = cloneValue(value);
    c.style = style;
  }
}

/**
 * A text as OOXML must carry it so that it reads back byte for byte: XML cannot hold a carriage
 * return (a parser turns CR LF into LF) nor most control characters, so they are written as
 * `_xHHHH_` (as Excel does), and a text that itself looks like `_xHHHH_` has its `_` escaped
 * (`_x005F_`), since readers (ExcelJS, Excel) decode that form.
 */
export function escapeOoxmlText(s: string): string {
  return s
    .replace(/_(?=x[0-9A-Fa-f]{4}_)/g, "_x005F_")
    .replace(/[\u0000-\u0008\u000B\u000C\u000D\u000E-\u001F\uFFFE\uFFFF]/g, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
}

function needsEscape(s: string): boolean {
  return /_x[0-9A-Fa-f]{4}_|[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]/.test(s);
}

/** Escape every text ExcelJS will write; returns how to put the values back afterwards. */
function escapeTexts(workbook: ExcelJS.Workbook): () => void {
  const undo: Array<[ExcelJS.Cell, ExcelJS.CellValue]> = [];
  for (const ws of workbook.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.type === MERGE_TYPE) return;
        const v = cell.value;
        if (typeof v === "string") {
          if (needsEscape(v)) {
            undo.push([cell, v]);
            cell.value = escapeOoxmlText(v);
          }
        } else if (v && typeof v === "object" && Array.isArray((v as ExcelJS.CellRichTextValue).richText)) {
          const rt = (v as ExcelJS.CellRichTextValue).richText;
          if (rt.some((r) => typeof r.text === "string" && needsEscape(r.text))) {
            undo.push([cell, v]);
            cell.value = { richText: rt.map((r) => ({ ...r, text: escapeOoxmlText(r.text ?? "") })) };
          }
        }
      });
    });
  }
  return () => {
    for (const [cell, v] of undo) cell.value = v;
  };
}

/** Serialise a workbook to .xlsx bytes (Node and browser); every text is kept byte for byte. */
export async function writeXlsx(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const restore = escapeTexts(workbook);
  try {
    const buf = await workbook.xlsx.writeBuffer();
    return buf instanceof Uint8Array ? buf : new Uint8Array(buf as ArrayBuffer);
  } finally {
    restore();
  }
}
