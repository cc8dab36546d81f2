/**
 * An ExcelJS fixture workbook (test/fixtures) → the in-memory fake's FakeWorkbookInit, as plain
 * JSON for the page: values, formulas (with their cached results), number formats, merges,
 * hidden rows/columns, solid fills, visibility. Cells covered by a merge hold nothing (ExcelJS
 * reports the master's value there; Excel does not).
 */
import type * as ExcelJS from "exceljs";
import type { FakeCellInit, FakeFill, FakeSheetInit, FakeValue, FakeWorkbookInit } from "../../support/fakeExcel";

function argbColor(c: Partial<ExcelJS.Color> | undefined): string | undefined {
  const argb = c?.argb;
  return argb && /^[0-9A-Fa-f]{8}$/.test(argb) ? `#${argb.slice(2).toUpperCase()}` : undefined;
}

function fillOf(cell: ExcelJS.Cell): FakeFill | undefined {
  const f = cell.fill;
  if (!f || f.type !== "pattern" || f.pattern === "none") return undefined;
  const color = argbColor(f.fgColor);
  if (!color) return undefined;
  return f.pattern === "solid" ? { color, pattern: "Solid" } : undefined;
}

function constant(v: ExcelJS.CellValue): FakeValue | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return (v.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000; // serial date
  if (typeof v === "object" && "richText" in v) return v.richText.map((r) => r.text).join("");
  if (typeof v === "object" && "error" in v) return { error: String(v.error) };
  if (typeof v === "object" && "text" in v) return String(v.text); // hyperlink
  return null;
}

function cellInit(cell: ExcelJS.Cell): FakeCellInit {
  const numberFormat = cell.numFmt && cell.numFmt !== "General" ? cell.numFmt : undefined;
  const v = cell.value;
  if (v && typeof v === "object" && "formula" in v && v.formula) {
    const result = constant((v.result ?? null) as ExcelJS.CellValue);
    return { formula: `=${v.formula}`, value: result, ...(numberFormat ? { numberFormat } : {}) };
  }
  const value = constant(v);
  if (value === null && !numberFormat) return undefined;
  if (value !== null && typeof value === "object") return { error: value.error, ...(numberFormat ? { numberFormat } : {}) };
  return numberFormat ? { value, numberFormat } : value;
}

const VISIBILITY: Record<string, FakeSheetInit["visibility"]> = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" };

export function toFakeWorkbook(wb: ExcelJS.Workbook, name: string, url = `https://contoso.sharepoint.com/Shared%20Documents/${encodeURIComponent(name)}`): FakeWorkbookInit {
  const sheets: FakeSheetInit[] = wb.worksheets.map((ws) => {
    const cells: Record<string, FakeCellInit> = {};
    const fills: Record<string, FakeFill> = {};
    const hiddenRows: number[] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      if (row.hidden) hiddenRows.push(r - 1);
      row.eachCell({ includeEmpty: true }, (cell) => {
        const fill = fillOf(cell);
        if (fill) fills[cell.address] = fill;
        if (cell.isMerged && cell.master.address !== cell.address) return;
        const init = cellInit(cell);
        if (init !== undefined) cells[cell.address] = init;
      });
    });
    const hiddenCols: number[] = [];
    for (let c = 1; c <= ws.columnCount; c++) if (ws.getColumn(c).hidden) hiddenCols.push(c - 1);
    const merges = Object.keys((ws as unknown as { _merges: Record<string, unknown> })._merges ?? {}).map(
      (master) => (ws as unknown as { _merges: Record<string, { range: string }> })._merges[master].range,
    );
    return {
      name: ws.name,
      visibility: VISIBILITY[ws.state] ?? "Visible",
      cells,
      merges,
      fills,
      ...(hiddenRows.length ? { hiddenRows } : {}),
      ...(hiddenCols.length ? { hiddenCols } : {}),
    };
  });
  return { name, url, sheets };
}
