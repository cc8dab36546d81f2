/**
 * ExcelJS host, writing side: apply the engine's writes to the workbook that was read, and
 * serialise it. Only the cells named in the writes change; styles, merges, widths, other
 * sheets and every other cell stay as they were loaded.
 */
import * as ExcelJS from "exceljs";
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
  for (const w of writes) {
    const ws = workbook.getWorksheet(w.sheet);
    if (!ws) throw new Error(`cannot write ${w.sheet}!${w.cell}: no such sheet`);
    const cell = ws.getCell(w.cell);
    if (cell.type === MERGE_TYPE && cell.master.address !== cell.address) {
      skipped.push({ write: w, reason: `covered by the merged area starting at ${cell.master.address}` });
      continue;
    }
    if (typeof cell.value === "number" && !Number.isFinite(cell.value)) {
      // never overwrite what the clerk's file holds, even a number no spreadsheet can show
      skipped.push({ write: w, reason: "the cell holds a number beyond Excel's range, kept as it is" });
      continue;
    }
    written++;
    const old = cell.value as { shareType?: string; ref?: string; formula?: string } | null;
    if (old && typeof old === "object" && old.shareType === "shared" && old.formula) {
      detachSharedFormula(ws, cell);
    }
    const value = w.value ?? null;
    if (!opts.values && w.formula) {
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
