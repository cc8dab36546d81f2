/**
 * The engine in a Web Worker, reached through comlink (issue 13): a snapshot and options in, an
 * analysis out, the pane's thread never blocked. The pane can end a check by terminating this
 * worker (取消); the next check starts a new one (engineClient.ts).
 */
import { expose } from "comlink";
import { analyzeWorkbook, type Analysis } from "../engine";
import type { WorkbookSnapshot } from "../engine/grid";
import type { PaneAnalyzeOptions } from "./options";

const api = {
  analyze(snapshot: WorkbookSnapshot, options?: PaneAnalyzeOptions): Analysis {
    return analyzeWorkbook(snapshot, options ?? {});
  },
};

export type EngineWorkerApi = typeof api;

expose(api);
