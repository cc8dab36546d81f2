/**
 * The workbook's worksheets as the Excel host's modules look them up: one sync lists their names
 * (Excel matches sheet names without regard to case), and a cache keeps one proxy per sheet
 * within a request context.
 */

/** lower-case name → the sheet's name as Excel spells it */
export type SheetNames = ReadonlyMap<string, string>;

/** 1 sync: the names of every worksheet. */
export async function loadSheetNames(context: Excel.RequestContext): Promise<SheetNames> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  return new Map(worksheets.items.map((w) => [w.name.toLowerCase(), w.name] as const));
}

/** One worksheet proxy per name for the life of a request context. */
export function sheetCache(context: Excel.RequestContext): (name: string) => Excel.Worksheet {
  const cache = new Map<string, Excel.Worksheet>();
  return (name) => {
    let ws = cache.get(name);
    if (!ws) cache.set(name, (ws = context.workbook.worksheets.getItem(name)));
    return ws;
  };
}

/** The range of a run of cells in one column (see columnRuns). */
export function runRange(
  sheetOf: (name: string) => Excel.Worksheet,
  run: ReadonlyArray<{ readonly sheet: string; readonly row: number; readonly col: number }>,
): Excel.Range {
  return sheetOf(run[0].sheet).getRangeByIndexes(run[0].row, run[0].col, run.length, 1);
}
