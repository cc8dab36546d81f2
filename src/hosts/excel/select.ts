/** Click-to-cell: show a finding's cell (and the cells it was compared with, where Excel can). */
import { excelApi } from "./limits";

/**
 * Activate `sheet` and select `address` (a cell or range, A1 style) in one sync. A list of areas
 * ("C12,C5:C11": a finding's cell first, then the cells it was compared with) is selected as one
 * multi-area selection where Excel can (RangeAreas.select, ExcelApi 1.18), else only its first
 * area. Excel refuses when the sheet is gone or hidden; the error then says which cell could not
 * be shown (its Office `code` is kept) rather than failing silently.
 */
export async function selectCell(context: Excel.RequestContext, sheet: string, address: string): Promise<void> {
  const areas = address.split(",").map((a) => a.trim()).filter(Boolean);
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  if (areas.length > 1 && excelApi(18)) ws.getRanges(areas.join(", ")).select();
  else ws.getRange(areas[0] ?? address).select();
  try {
    await context.sync();
  } catch (e) {
    const code = (e as { code?: string }).code;
    const err = new Error(
      `无法定位到 ${sheet}!${areas[0] ?? address}(工作表不存在或已隐藏) / Cannot show ${sheet}!${areas[0] ?? address} (the sheet is missing or hidden)`,
    ) as Error & { code?: string };
    err.code = code;
    throw err;
  }
}
