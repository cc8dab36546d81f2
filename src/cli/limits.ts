/**
 * How much of a workbook the CLI reads. No import but the stated figure (the help states it
 * without loading ExcelJS). Measured with `npm run bench batch -- 150000`: a sheet of this many rows (a 合计
 * every 10 rows, 10 columns, 6.6 MB) checks in 13 s of CPU and 844 MB at peak (ExcelJS's own
 * load: 10 s, 788 MB), inside the hostile-workbook budget (≤ 30 s, ≤ 1 GB); at 200,000 rows
 * ExcelJS alone passes 1 GB. Beyond it a sheet is read in part and the engine says so (a
 * warning on the first row left out), never silently.
 */
import { MAX_SHEET_ROWS } from "../engine/limits";

/** the one stated limit (src/engine/limits.ts), also what the plain-browser page reads */
export const CLI_MAX_ROWS = MAX_SHEET_ROWS;
