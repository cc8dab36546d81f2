/**
 * One read in one worker, through comlink, that an AbortSignal can end (readInWorker.ts gives
 * it webpack's worker; tests give it a MessageChannel). Kept apart from the worker's URL so it
 * can be tested without a bundler.
 */
import { transfer, wrap } from "comlink";
import type { WorkbookSnapshot } from "../../engine/grid";
import type { ReadWorkerApi } from "./read.worker";

/** What comlink and the read need of a worker (a Worker, or a test's MessagePort pair). */
export interface ReadWorker {
  postMessage(message: unknown, transfer: Transferable[]): void;
  addEventListener(type: string, listener: (e: Event) => void): void;
  removeEventListener(type: string, listener: (e: Event) => void): void;
  terminate(): void;
}

/** The error an aborted read rejects with (the pane reads its name: 已取消). */
export function abortError(): Error {
  const e = new Error("cancelled: reading the file was stopped");
  e.name = "AbortError";
  return e;
}

export function readWithWorker(
  spawn: () => ReadWorker,
  bytes: ArrayBuffer,
  signal: AbortSignal | undefined,
  inPage: (bytes: ArrayBuffer) => Promise<WorkbookSnapshot>,
): Promise<WorkbookSnapshot> {
  if (signal?.aborted) return Promise.reject(abortError());
  let worker: ReadWorker;
  try {
    worker = spawn();
  } catch {
    return inPage(bytes);
  }
  const w = worker;
  return new Promise<WorkbookSnapshot>((resolve, reject) => {
    let done = false;
    const finish = () => {
      done = true;
      signal?.removeEventListener("abort", onAbort);
      w.terminate();
    };
    function onAbort() {
      if (done) return;
      finish();
      reject(abortError());
    }
    signal?.addEventListener("abort", onAbort);
    // the worker's script did not load: read in the page
    w.addEventListener("error", () => {
      if (done) return;
      finish();
      inPage(bytes).then(resolve, reject);
    });
    const copy = bytes.slice(0);
    wrap<ReadWorkerApi>(w)
      .read(transfer(copy, [copy]))
      .then(
        (snapshot) => {
          if (done) return;
          finish();
          resolve(snapshot);
        },
        (e: unknown) => {
          if (done) return;
          finish();
          reject(e);
        },
      );
  });
}
