/**
 * ExcelJS host, reading side: .xlsx bytes → WorkbookSnapshot (plus the ExcelJS workbook, so
 * the same object can later be written back with a plan applied).
 *
 * Runs in Node (CLI, tests) and in the browser (plain-browser task pane; webpack resolves
 * `exceljs` to its browser build), so nothing here touches the file system.
 */
import * as ExcelJS from "exceljs";
import type { CellValue, RangeRef, SheetSnapshot, WorkbookSnapshot } from "../../engine/grid";
import { XlsxReadError } from "./read-error";
import { inspectPackage, type InspectResult } from "./inspect";
import { DEFAULT_MAX_COLS, DEFAULT_MAX_ROWS, EPOCH_1900, EPOCH_1904, mapValue, sheetSnapshot, sniff, toBytes, withReadWarnings, type ReadOptions } from "./snapshotValues";
import { loadInspected } from "./load";
import { parseRangeAddress } from "../../engine/address";

export interface XlsxReadResult {
  readonly snapshot: WorkbookSnapshot;
  readonly workbook: ExcelJS.Workbook;
}

export { XlsxReadError };
export { DEFAULT_MAX_COLS, DEFAULT_MAX_ROWS, dateToSerial, mapValue, sniff, toBytes, withReadWarnings, type ReadOptions } from "./snapshotValues";

function firstLine(s: string): string {
  return s.split(/\r?\n/)[0].trim();
}

/** Read .xlsx bytes into a snapshot and the ExcelJS workbook. Throws XlsxReadError (one line) on bad input. */
export async function readXlsx(data: ArrayBuffer | Uint8Array, options: ReadOptions = {}): Promise<XlsxReadResult> {
  const bytes = toBytes(data);
  sniff(bytes);
  // bounded by what the file holds before ExcelJS expands anything
  return readInspected(await inspectPackage(bytes), options);
}

/** Load an inspected package with ExcelJS and snapshot it (readXlsx after the inspection). */
export async function readInspected(inspected: InspectResult, options: ReadOptions = {}): Promise<XlsxReadResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    await loadInspected(workbook, inspected);
  } catch (e) {
    const why = e instanceof Error ? firstLine(e.message) : String(e);
    throw new XlsxReadError(`not a readable .xlsx workbook (${why || "unknown error"})`);
  }
  if (workbook.worksheets.length === 0) {
    throw new XlsxReadError("not a readable .xlsx workbook (it has no worksheets)");
  }
  const snapshot = snapshotWorkbook(workbook, options);
  if (inspected.warnings.size === 0) return { snapshot, workbook };
  return { snapshot: withReadWarnings(snapshot, inspected.warnings), workbook };
}

/** Snapshot an ExcelJS workbook already in memory (also used after writing, in tests). */
export function snapshotWorkbook(workbook: ExcelJS.Workbook, options: ReadOptions = {}): WorkbookSnapshot {
  const epoch = workbook.properties?.date1904 ? EPOCH_1904 : EPOCH_1900;
  return { sheets: workbook.worksheets.map((ws) => snapshotSheet(ws, epoch, options)) };
}

/** ExcelJS's covered-cell type; the enum value is 1 (ValueType.Merge). */
const MERGE_TYPE = 1;
const FORMULA_TYPE = 6;

interface MergeLike {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

function mergesOf(ws: ExcelJS.Worksheet): RangeRef[] {
  // `worksheet.model.merges` builds the whole sheet model; the merge map is what it reads.
  const internal = (ws as unknown as { _merges?: Record<string, MergeLike> })._merges;
  const out: RangeRef[] = [];
  if (internal && typeof internal === "object") {
    for (const m of Object.values(internal)) {
      if (m && typeof m.top === "number") {
        out.push({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 });
      }
    }
  } else {
    for (const a1 of (ws.model as { merges?: string[] }).merges ?? []) out.push(parseA1Range(a1));
  }
  out.sort((a, b) => a.top - b.top || a.left - b.left);
  return out;
}

function parseA1Range(s: string): RangeRef {
  try {
    return parseRangeAddress(s);
  } catch {
    throw new XlsxReadError(`bad cell address in workbook: ${s}`);
  }
}

function snapshotSheet(ws: ExcelJS.Worksheet, epoch: number, options: ReadOptions): SheetSnapshot {
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const maxCols = options.maxCols ?? DEFAULT_MAX_COLS;
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  const indents: (number | null)[][] = [];
  const hiddenRows: number[] = [];
  let anyFormula = false;
  let anyFormat = false;
  let fullRows = 0;
  let fullCols = 0;

  const rowTotal = ws.rowCount;
  for (let rn = 1; rn <= rowTotal; rn++) {
    const row = ws.findRow(rn);
    if (!row) continue;
    const r = rn - 1;
    if (row.hidden) {
      if (r < maxRows) hiddenRows.push(r);
    }
    row.eachCell({ includeEmpty: false }, (cell, cn) => {
      const c = cn - 1;
      if (cell.type === MERGE_TYPE) return; // covered by a merge: the master holds the value
      if (cell.value === null || cell.value === undefined) return;
      if (rn > fullRows) fullRows = rn;
      if (cn > fullCols) fullCols = cn;
      if (r >= maxRows || c >= maxCols) return;
      const rowValues = (values[r] ??= []);
      // `cell.value` of a formula drops falsy results (0, "", FALSE); `cell.result` keeps them
      rowValues[c] = mapValue(cell.type === FORMULA_TYPE ? cell.result : cell.value, epoch);
      if (cell.type === FORMULA_TYPE) {
        const f = cell.formula;
        if (f) {
          (formulas[r] ??= [])[c] = f.startsWith("=") ? f : "=" + f;
          anyFormula = true;
        }
      }
      const fmt = cell.numFmt;
      if (fmt && fmt !== "General") {
        (numberFormats[r] ??= [])[c] = fmt;
        anyFormat = true;
      }
      // an indented label (alignment indent) says its level in a hierarchy of rows
      const indent = typeof cell.value === "string" ? cell.alignment?.indent : undefined;
      if (typeof indent === "number" && indent > 0) (indents[r] ??= [])[c] = indent;
    });
  }

  const hiddenCols: number[] = [];
  (ws.columns ?? []).forEach((col, i) => {
    if (col && col.hidden && i < maxCols) hiddenCols.push(i);
  });
  const state = ws.state as string | undefined;
  return sheetSnapshot({
    name: ws.name, hidden: state === "hidden" || state === "veryHidden", values, formulas, numberFormats, indents,
    hiddenRows, hiddenCols, merges: mergesOf(ws), anyFormula, anyFormat, fullRows, fullCols, maxRows, maxCols,
  });
}
