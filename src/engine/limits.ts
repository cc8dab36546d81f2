/**
 * How much of a sheet a host reads, stated once for every front end: the CLI (`src/cli/limits.ts`
 * re-exports it for its help) and the plain-browser page (`src/hosts/browser`) read a sheet up to
 * this many rows; beyond it the sheet is read in part and the engine says so (a warning on the
 * first row left out), never silently. The measurement behind the figure is in `src/cli/limits.ts`.
 * No imports: anything may read it.
 */
export const MAX_SHEET_ROWS = 150_000;
