/**
 * How the pane calls the engine: in a Web Worker (webpack bundles engine.worker.ts as its own
 * chunk, fetched on the first check), so a 20,000-row workbook does not freeze the pane.
 * Where a worker cannot start, the engine is loaded into the page instead (a separate chunk
 * as well). Not imported by App (tests pass their own `analyze`): `import.meta.url` is
 * bundler-only.
 */
import type { Analysis } from "../engine";
import type { WorkbookSnapshot } from "../engine/grid";
import type { Analyze, PaneAnalyzeOptions } from "./options";

export type { Analyze, PaneAnalyzeOptions } from "./options";

type Reply = { id: number; analysis: Analysis } | { id: number; error: string };
interface Pending {
  readonly snapshot: WorkbookSnapshot;
  readonly options: PaneAnalyzeOptions;
  readonly resolve: (a: Analysis) => void;
  readonly reject: (e: Error) => void;
}

export function createAnalyzer(): Analyze {
  let worker: Worker | null | undefined; // undefined: not started yet; null: unavailable
  const pending = new Map<number, Pending>();
  let nextId = 1;

  function start(): Worker | null {
    try {
      const w = new Worker(new URL("./engine.worker.ts", import.meta.url), { name: "engine" });
      w.onmessage = (e: MessageEvent<Reply>) => {
        const p = pending.get(e.data.id);
        if (!p) return;
        pending.delete(e.data.id);
        if ("error" in e.data) p.reject(new Error(e.data.error));
        else p.resolve(e.data.analysis);
      };
      // the worker script did not load or crashed: finish what was asked in the page, and
      // keep using the page from now on
      w.onerror = () => {
        worker = null;
        w.terminate();
        for (const p of pending.values()) inPage(p.snapshot, p.options).then(p.resolve, p.reject);
        pending.clear();
      };
      return w;
    } catch {
      return null;
    }
  }

  return (snapshot, options = {}) => {
    if (worker === undefined) worker = start();
    const w = worker;
    if (!w) return inPage(snapshot, options);
    return new Promise<Analysis>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { snapshot, options, resolve, reject });
      w.postMessage({ id, snapshot, options });
    });
  };
}

async function inPage(snapshot: WorkbookSnapshot, options: PaneAnalyzeOptions): Promise<Analysis> {
  const { analyzeWorkbook } = await import(/* webpackChunkName: "engine-in-page" */ "../engine");
  return analyzeWorkbook(snapshot, options);
}
