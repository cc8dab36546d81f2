/**
 * Reading an .xlsx off the page's thread: the package inspection (inspect.ts) and ExcelJS run
 * in this worker, reached through comlink (readInWorker.ts), so a hostile or huge file never
 * freezes the tab and 取消 can end the read by terminating the worker. One worker per file.
 */
import { expose } from "comlink";
import type { WorkbookSnapshot } from "../../engine/grid";
import { MAX_SHEET_ROWS } from "../../engine/limits";

const api = {
  async read(bytes: ArrayBuffer): Promise<WorkbookSnapshot> {
    const { readXlsx } = await import(/* webpackChunkName: "xlsx" */ "../xlsx/read");
    return (await readXlsx(bytes, { maxRows: MAX_SHEET_ROWS })).snapshot;
  },
};

export type ReadWorkerApi = typeof api;

expose(api);
