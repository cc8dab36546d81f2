/**
 * @jest-environment node
 *
 * One .xlsx read in a worker of its own that 取消 can end (src/hosts/browser/workerRead.ts),
 * over comlink. The "worker" is one end of a MessageChannel with the reader exposed at the
 * other (the browser test runs the real worker): the snapshot that comes back is the xlsx
 * host's own, the caller keeps its bytes, the worker is terminated when the read ends; an
 * abort ends a read that would not end by itself at once, with the pane's "cancelled".
 */
import { channelWorker, type FakeWorker } from "../../support/channelWorker";
import { readFileSync } from "fs";
import { join } from "path";
import type { WorkbookSnapshot } from "../../../src/engine/grid";
import type { ReadWorkerApi } from "../../../src/hosts/browser/read.worker";
import { readWithWorker } from "../../../src/hosts/browser/workerRead";
import { readXlsx } from "../../../src/hosts/xlsx/read";
import { messageOf } from "../../../src/taskpane/messages";


function sampleBytes(): ArrayBuffer {
  const b = readFileSync(join(__dirname, "..", "..", "..", "assets", "sample.xlsx"));
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}

const reader: ReadWorkerApi = { read: async (bytes) => (await readXlsx(bytes)).snapshot };
const endless: ReadWorkerApi = { read: () => new Promise<WorkbookSnapshot>(() => undefined) };
const noPage = jest.fn(async (): Promise<WorkbookSnapshot> => {
  throw new Error("read in the page although a worker was there");
});

describe("readWithWorker", () => {
  it("reads in the worker: the xlsx host's snapshot, the caller's bytes kept, the worker terminated after", async () => {
    const bytes = sampleBytes();
    let worker: FakeWorker | undefined;
    const snapshot = await readWithWorker(() => (worker = channelWorker(reader)), bytes, undefined, noPage);
    expect(snapshot).toEqual((await readXlsx(sampleBytes())).snapshot);
    expect(bytes.byteLength).toBeGreaterThan(0); // a copy was moved to the worker, not the page's bytes
    expect(worker!.terminated).toBe(true);
  });

  it("a damaged file's one-line reason comes back from the worker with its name (the pane's file messages)", async () => {
    const notZip = new TextEncoder().encode("just some text, renamed to .xlsx").buffer as ArrayBuffer;
    const err = await readWithWorker(() => channelWorker(reader), notZip, undefined, noPage).catch((e: unknown) => e);
    expect((err as Error).name).toBe("XlsxReadError");
    expect(messageOf(err, "notes.xlsx").code).toBe("file-not-xlsx");
  });

  it("取消 (abort) ends a read that would not end by itself: rejected as cancelled, worker terminated", async () => {
    const abort = new AbortController();
    let worker: FakeWorker | undefined;
    const outcome = readWithWorker(() => (worker = channelWorker(endless)), sampleBytes(), abort.signal, noPage).catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 20));
    expect(worker!.terminated).toBe(false);
    abort.abort();
    const err = await outcome;
    expect((err as Error).name).toBe("AbortError");
    expect(messageOf(err, "huge.xlsx").code).toBe("cancelled");
    expect(worker!.terminated).toBe(true);
  });

  it("an abort before the read starts starts no worker", async () => {
    const abort = new AbortController();
    abort.abort();
    const spawn = jest.fn(() => channelWorker(reader));
    const err = await readWithWorker(spawn, sampleBytes(), abort.signal, noPage).catch((e: unknown) => e);
    expect((err as Error).name).toBe("AbortError");
    expect(spawn).not.toHaveBeenCalled();
  });

  it("a worker whose script does not load: read in the page", async () => {
    let worker: FakeWorker | undefined;
    const inPage = jest.fn(async (b: ArrayBuffer) => (await readXlsx(b)).snapshot);
    const outcome = readWithWorker(() => (worker = channelWorker(endless)), sampleBytes(), undefined, inPage);
    await new Promise((r) => setTimeout(r, 20));
    worker!.fail();
    expect((await outcome).sheets.length).toBeGreaterThan(0);
    expect(inPage).toHaveBeenCalledTimes(1);
    expect(worker!.terminated).toBe(true);
  });
});
