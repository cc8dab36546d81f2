/** Click-to-cell: show a finding's cell. */

/**
 * Activate `sheet` and select `address` (a cell or range, A1 style) in one sync. Excel refuses
 * when the sheet is gone or hidden; the error then says which cell could not be shown (its Office
 * `code` is kept) rather than failing silently.
 */
export async function selectCell(context: Excel.RequestContext, sheet: string, address: string): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(address).select();
  try {
    await context.sync();
  } catch (e) {
    const code = (e as { code?: string }).code;
    const err = new Error(
      `无法定位到 ${sheet}!${address}(工作表不存在或已隐藏) / Cannot show ${sheet}!${address} (the sheet is missing or hidden)`,
    ) as Error & { code?: string };
    err.code = code;
    throw err;
  }
}
