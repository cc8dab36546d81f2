/** The engine in a Web Worker: a snapshot and options in, an analysis out, the pane's thread never blocked. */
import { analyzeWorkbook } from "../engine";
import type { WorkbookSnapshot } from "../engine/grid";
import type { PaneAnalyzeOptions } from "./options";

export interface AnalyzeRequest {
  readonly id: number;
  readonly snapshot: WorkbookSnapshot;
  readonly options?: PaneAnalyzeOptions;
}

/** the worker's global scope (typed by hand: the DOM and WebWorker libs cannot share a program) */
interface WorkerScope {
  onmessage: ((e: MessageEvent<AnalyzeRequest>) => void) | null;
  postMessage(message: unknown): void;
}
const scope = self as unknown as WorkerScope;

scope.onmessage = (e: MessageEvent<AnalyzeRequest>) => {
  const { id, snapshot, options } = e.data;
  try {
    scope.postMessage({ id, analysis: analyzeWorkbook(snapshot, options ?? {}) });
  } catch (err) {
    scope.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
};
