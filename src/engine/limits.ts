/**
 * How large a workbook file can be checked: the one stated limit, used by the package
 * inspection that refuses a larger workbook (hosts/xlsx/inspect.ts), the CLI's help, the
 * pane's message and the README. No imports: the CLI's help states it without loading
 * anything else.
 *
 * Counted over all sheets together, from the file itself before it is loaded: the rows and
 * the cells it holds (every cell the file stores, a formatted empty one too). Sized on this
 * machine (2 cores, Node 20) with `npm run bench batch`, so that a workbook at the limit
 * checks within issue 14's budget (a file of at most 20 MB in at most 30 s and 1 GB of
 * memory): ExcelJS, which every check loads the workbook with, needs about 0.4–0.55 KB per
 * cell and 0.7 KB per row, so a sheet of many short rows is bounded by its rows, a wide one
 * by its cells. A statistics sheet of 100,000 rows × 10 columns fits.
 */

/** cells in all sheets together */
export const MAX_WORKBOOK_CELLS = 1_200_000;

/** rows holding cells, in all sheets together */
export const MAX_WORKBOOK_ROWS = 200_000;

/**
 * How much of a sheet a host reads (the CLI and the plain-browser page): beyond it the sheet is
 * read in part and the engine says so (a warning on the first row left out), never silently.
 * The measurement behind the figure is in `src/cli/limits.ts`.
 */
export const MAX_SHEET_ROWS = 150_000;

function figure(n: number, lang: "zh" | "en"): string {
  return n.toLocaleString(lang === "en" ? "en-US" : "zh-CN");
}

/** The limit in words, as the help, the pane and the README state it. */
export function workbookLimitText(lang: "zh" | "en"): string {
  return lang === "en"
    ? `at most ${figure(MAX_WORKBOOK_ROWS, lang)} rows and ${figure(MAX_WORKBOOK_CELLS, lang)} cells in all sheets together`
    : `所有工作表合计最多 ${figure(MAX_WORKBOOK_ROWS, lang)} 行、${figure(MAX_WORKBOOK_CELLS, lang)} 个单元格`;
}
