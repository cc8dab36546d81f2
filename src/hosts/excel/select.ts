/** Click-to-cell: show a finding's cell. */

/** Activate `sheet` and select `address` (a cell or range, A1 style) in one sync. */
export async function selectCell(context: Excel.RequestContext, sheet: string, address: string): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(address).select();
  await context.sync();
}
