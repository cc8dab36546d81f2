/**
 * The settings of a workbook that keeps none, apart from the schema in settings.ts so that the
 * pane's first load does not carry zod (the schema is loaded with the first check).
 */
export const EMPTY_SETTINGS = { version: 1, corrections: [], ruleOverrides: {}, lockedCells: [] } as const;
