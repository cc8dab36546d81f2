/**
 * How the pane calls the engine: in a Web Worker (webpack bundles engine.worker.ts as its own
 * chunk), so a 20,000-row workbook does not freeze the pane. Where a worker cannot start the
 * engine is loaded into the page instead (a separate chunk as well, fetched on first use).
 * Not imported by App (tests pass their own `analyze`): `import.meta.url` is bundler-only.
 */
import type { WorkbookSnapshot } from "../engine/grid";
import type { Plan } from "../engine/plan";

type Reply = { id: number; plan: Plan } | { id: number; error: string };

export function createAnalyzer(): (snapshot: WorkbookSnapshot) => Promise<Plan> {
  let worker: Worker | null = null;
  try {
    worker = new Worker(new URL("./engine.worker.ts", import.meta.url), { name: "engine" });
  } catch {
    worker = null;
  }
  if (!worker) return inPage;

  const pending = new Map<number, { resolve: (p: Plan) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  worker.onmessage = (e: MessageEvent<Reply>) => {
    const p = pending.get(e.data.id);
    if (!p) return;
    pending.delete(e.data.id);
    if ("error" in e.data) p.reject(new Error(e.data.error));
    else p.resolve(e.data.plan);
  };
  worker.onerror = (e) => {
    for (const p of pending.values()) p.reject(new Error(e.message || "engine worker failed"));
    pending.clear();
  };
  const w = worker;
  return (snapshot) =>
    new Promise<Plan>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      w.postMessage({ id, snapshot });
    });
}

async function inPage(snapshot: WorkbookSnapshot): Promise<Plan> {
  const { analyzeWorkbook } = await import(/* webpackChunkName: "engine-in-page" */ "../engine");
  return analyzeWorkbook(snapshot);
}
