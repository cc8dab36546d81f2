/**
 * How much of a workbook the CLI reads. No imports (the help states it without loading
 * ExcelJS). Measured with `npm run bench batch`: a sheet at this many rows (a 合计 every 10
 * rows, 10 columns) checks within the hostile-workbook budget (≤ 30 s, ≤ 1 GB) on a 2-core
 * machine. Beyond it the sheet is read in part and the engine says so (a bad-value warning on
 * the first row left out), never silently.
 */
export const CLI_MAX_ROWS = 200_000;
