/**
 * How the pane calls the engine: in a Web Worker (webpack bundles engine.worker.ts as its own
 * chunk, fetched on the first check), so a 20,000-row workbook does not freeze the pane, and
 * 取消 can stop it (engineClient.ts, loaded with the first check: comlink is not part of the
 * pane's first load). Where a worker cannot start, the engine is loaded into the page instead
 * (a separate chunk as well). Not imported by App (tests pass their own `analyze`):
 * `import.meta.url` is bundler-only.
 */
import type { Analysis } from "../engine";
import type { WorkbookSnapshot } from "../engine/grid";
import type { EngineClient } from "./engineClient";
import type { PaneAnalyzeOptions } from "./options";

export type { Analyze, PaneAnalyzeOptions } from "./options";
export type { EngineClient } from "./engineClient";

export function createAnalyzer(): EngineClient {
  let client: EngineClient | undefined;
  let loading: Promise<EngineClient> | undefined;
  const load = () =>
    (loading ??= import(/* webpackChunkName: "engine-client" */ "./engineClient").then(
      (m) => (client = m.createEngineClient(() => new Worker(new URL("./engine.worker.ts", import.meta.url), { name: "engine" }), inPage)),
    ));
  return {
    analyze: async (snapshot, options) => (await load()).analyze(snapshot, options),
    cancel: () => client?.cancel() ?? false,
  };
}

async function inPage(snapshot: WorkbookSnapshot, options: PaneAnalyzeOptions): Promise<Analysis> {
  const { analyzeWorkbook } = await import(/* webpackChunkName: "engine-in-page" */ "../engine");
  return analyzeWorkbook(snapshot, options);
}
