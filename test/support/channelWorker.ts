/**
 * A worker as comlink sees one, for tests in Node: our end of a MessageChannel, `api` exposed at
 * the other. `terminate` closes both ends (as a real worker's does) and `fail` fires the worker's
 * "error" event (a script that did not load).
 */
import { expose } from "comlink";
import { MessageChannel } from "worker_threads";

export interface FakeWorker {
  terminated: boolean;
  postMessage(message: unknown, transfer: Transferable[]): void;
  addEventListener(type: string, listener: (e: Event) => void): void;
  removeEventListener(type: string, listener: (e: Event) => void): void;
  terminate(): void;
  fail(): void;
}

export function channelWorker(api: object): FakeWorker {
  const { port1, port2 } = new MessageChannel();
  expose(api, port2 as unknown as Parameters<typeof expose>[1]);
  const errorListeners: ((e: Event) => void)[] = [];
  const w: FakeWorker = {
    terminated: false,
    postMessage: (m, t) => port1.postMessage(m, t as never),
    addEventListener: (type, l) => {
      if (type === "error") errorListeners.push(l);
      else (port1 as unknown as EventTarget).addEventListener(type, l);
    },
    removeEventListener: (type, l) => (port1 as unknown as EventTarget).removeEventListener(type, l),
    terminate() {
      w.terminated = true;
      port1.close();
      port2.close();
    },
    fail: () => errorListeners.forEach((l) => l(new Event("error"))),
  };
  port1.start();
  return w;
}
