/**
 * The engine behind a worker the pane can stop: every call goes to one worker (started on the
 * first call, through comlink); `cancel()` terminates it, every call still running rejects with
 * an AbortError (the pane says 已取消), and the next call starts a new worker. Where no worker
 * can start, or its script fails to load, the engine runs in the page instead.
 * The worker itself is made by the caller (`spawn`): analyze.ts with webpack's worker URL,
 * tests with a MessageChannel.
 */
import { wrap, releaseProxy, type Remote } from "comlink";
import type { Analysis } from "../engine";
import type { WorkbookSnapshot } from "../engine/grid";
import type { EngineWorkerApi } from "./engine.worker";
import type { Analyze, PaneAnalyzeOptions } from "./options";

/** What comlink and the client need of a worker (a Worker, or a test's MessagePort pair). */
export interface EngineWorker {
  postMessage(message: unknown, transfer: Transferable[]): void;
  addEventListener(type: string, listener: (e: Event) => void): void;
  removeEventListener(type: string, listener: (e: Event) => void): void;
  terminate(): void;
}

export interface EngineClient {
  readonly analyze: Analyze;
  /** Stop the worker if a call is running; true when something was cancelled. */
  cancel(): boolean;
}

/** The error a cancelled call rejects with (the pane reads its name: messages.ts). */
export function cancelledError(): Error {
  const e = new Error("cancelled: the check was stopped");
  e.name = "AbortError";
  return e;
}

interface Call {
  readonly snapshot: WorkbookSnapshot;
  readonly options: PaneAnalyzeOptions;
  readonly resolve: (a: Analysis) => void;
  readonly reject: (e: unknown) => void;
}

export function createEngineClient(
  spawn: () => EngineWorker | null,
  inPage: (snapshot: WorkbookSnapshot, options: PaneAnalyzeOptions) => Promise<Analysis>,
): EngineClient {
  /** undefined: none started yet (or the last one was cancelled); null: workers unavailable, use the page */
  let current: { worker: EngineWorker; api: Remote<EngineWorkerApi> } | null | undefined;
  const running = new Set<Call>();

  function start(): typeof current {
    let worker: EngineWorker | null;
    try {
      worker = spawn();
    } catch {
      worker = null;
    }
    if (!worker) return null;
    const w = worker;
    // the worker's script did not load or it crashed: finish what was asked in the page, and
    // keep using the page from now on
    w.addEventListener("error", () => {
      if (current?.worker !== w) return;
      current = null;
      w.terminate();
      const calls = [...running];
      running.clear();
      for (const c of calls) inPage(c.snapshot, c.options).then(c.resolve, c.reject);
    });
    return { worker: w, api: wrap<EngineWorkerApi>(w) };
  }

  const analyze: Analyze = (snapshot, options = {}) => {
    if (current === undefined) current = start();
    const c = current;
    if (!c) return inPage(snapshot, options);
    return new Promise<Analysis>((resolve, reject) => {
      const call: Call = { snapshot, options, resolve, reject };
      running.add(call);
      c.api.analyze(snapshot, options).then(
        (a) => {
          if (running.delete(call)) resolve(a);
        },
        (e: unknown) => {
          if (running.delete(call)) reject(e);
        },
      );
    });
  };

  return {
    analyze,
    cancel() {
      if (!running.size || !current) return false;
      const { worker, api } = current;
      current = undefined; // the next call starts a new worker
      api[releaseProxy]();
      worker.terminate();
      const calls = [...running];
      running.clear();
      for (const c of calls) c.reject(cancelledError());
      return true;
    },
  };
}
