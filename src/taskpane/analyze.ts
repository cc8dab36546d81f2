/**
 * How the pane calls the engine: in a Web Worker (webpack bundles engine.worker.ts as its own
 * chunk, fetched on the first check), so a 20,000-row workbook does not freeze the pane, and
 * 取消 can stop it (engineClient.ts). Where a worker cannot start, the engine is loaded into the
 * page instead (a separate chunk as well). Not imported by App (tests pass their own
 * `analyze`): `import.meta.url` is bundler-only.
 */
import type { Analysis } from "../engine";
import type { WorkbookSnapshot } from "../engine/grid";
import { createEngineClient, type EngineClient } from "./engineClient";
import type { PaneAnalyzeOptions } from "./options";

export type { Analyze, PaneAnalyzeOptions } from "./options";
export type { EngineClient } from "./engineClient";

export function createAnalyzer(): EngineClient {
  return createEngineClient(() => new Worker(new URL("./engine.worker.ts", import.meta.url), { name: "engine" }), inPage);
}

async function inPage(snapshot: WorkbookSnapshot, options: PaneAnalyzeOptions): Promise<Analysis> {
  const { analyzeWorkbook } = await import(/* webpackChunkName: "engine-in-page" */ "../engine");
  return analyzeWorkbook(snapshot, options);
}
