/**
 * Read .xlsx bytes into a snapshot in a worker of its own (read.worker.ts), started for this
 * file and terminated when the read ends or `signal` aborts (取消: the read rejects with an
 * AbortError at once, whatever ExcelJS was doing). The caller's bytes are copied, not moved:
 * the page keeps them for the workbook it edits later. Where no worker can start (or its script
 * does not load), the file is read in the page. Bundler-only (`import.meta.url`).
 */
import type { WorkbookSnapshot } from "../../engine/grid";
import { MAX_SHEET_ROWS } from "../../engine/limits";
import { readWithWorker } from "./workerRead";

export function readInWorker(bytes: ArrayBuffer, signal?: AbortSignal): Promise<WorkbookSnapshot> {
  return readWithWorker(() => new Worker(new URL("./read.worker.ts", import.meta.url), { name: "xlsx-read" }), bytes, signal, inPage);
}

async function inPage(bytes: ArrayBuffer): Promise<WorkbookSnapshot> {
  const { readXlsx } = await import(/* webpackChunkName: "xlsx" */ "../xlsx/read");
  return (await readXlsx(bytes, { maxRows: MAX_SHEET_ROWS })).snapshot;
}
