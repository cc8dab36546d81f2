/**
 * The plain-browser host: an .xlsx file read with ExcelJS (through the xlsx host), shown by
 * the page's own preview grid. ExcelJS is imported dynamically so that it is fetched only
 * when this host is used, never by the pane running inside Excel.
 */
import type { WorkbookSnapshot } from "../../engine/grid";
import type { Progress } from "../host";
import { parseSelectionAddress, SelectionStore, type PreviewableHost } from "./selection";

export type { PreviewableHost, SheetSelection } from "./selection";

export interface BrowserWorkbookHost extends PreviewableHost {
  /** the file name the workbook was opened from */
  readonly name: string;
}

export async function createBrowserHost(file: ArrayBuffer, name: string): Promise<BrowserWorkbookHost> {
  const { readXlsx } = await import(/* webpackChunkName: "xlsx" */ "../xlsx/read");
  const { snapshot } = await readXlsx(file);
  return browserHostFromSnapshot(snapshot, name);
}

/** A browser host over a snapshot already read (also what tests use). */
export function browserHostFromSnapshot(snapshot: WorkbookSnapshot, name: string): BrowserWorkbookHost {
  const selection = new SelectionStore();
  return {
    kind: "browser",
    name,
    snapshot,
    async title() {
      return name;
    },
    async readSnapshot(onProgress?: (p: Progress) => void) {
      onProgress?.({ phase: "read", fraction: 1 });
      return snapshot;
    },
    async select(sheet: string, address: string) {
      if (!snapshot.sheets.some((s) => s.name === sheet)) throw new Error(`no sheet named ${sheet}`);
      selection.set({ sheet, range: parseSelectionAddress(address) });
    },
    selection: () => selection.get(),
    subscribe: (listener) => selection.subscribe(listener),
  };
}
