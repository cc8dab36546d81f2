/** What understanding one sheet gives (layout/index.ts), as the workbook-wide relations read it (layout/workbook.ts). */
import type { SheetLayout } from "./model";
import type { SheetGrid } from "./sheetgrid";
import type { FoundTable } from "./tables";

export interface SheetUnderstanding {
  readonly layout: SheetLayout;
  readonly grid: SheetGrid;
  readonly found: ReadonlyArray<FoundTable>;
}
