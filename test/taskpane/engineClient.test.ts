/**
 * @jest-environment node
 *
 * The engine behind a worker the pane can stop (src/taskpane/engineClient.ts), over comlink.
 * The "worker" is one end of a MessageChannel with the engine exposed on the other (a real
 * Worker needs the bundler; the browser test covers that): a check runs there and its analysis
 * comes back; 取消 terminates the worker, the running check rejects as cancelled, and the next
 * check starts a new worker and succeeds.
 */
import { channelWorker, type FakeWorker } from "../support/channelWorker";
import { analyzeWorkbook, type Analysis } from "../../src/engine";
import type { WorkbookSnapshot } from "../../src/engine/grid";
import type { EngineWorkerApi } from "../../src/taskpane/engine.worker";
import { createEngineClient } from "../../src/taskpane/engineClient";
import { messageOf } from "../../src/taskpane/messages";
import { SNAPSHOT } from "./fakes";


const realEngine: EngineWorkerApi = { analyze: (s, o) => analyzeWorkbook(s, o ?? {}) };
/** a check that does not end by itself (a huge workbook, as far as the client can tell) */
const endless: EngineWorkerApi = { analyze: () => new Promise<Analysis>(() => undefined) as unknown as Analysis };

const inPageNever = jest.fn(async (): Promise<Analysis> => {
  throw new Error("the page was used although a worker was there");
});

describe("createEngineClient", () => {
  it("checks in the worker: the analysis that comes back is the engine's own", async () => {
    const workers: FakeWorker[] = [];
    const client = createEngineClient(() => {
      workers.push(channelWorker(realEngine));
      return workers[workers.length - 1];
    }, inPageNever);
    const got = await client.analyze(SNAPSHOT, {});
    expect(got.findings).toEqual(analyzeWorkbook(SNAPSHOT, {}).findings);
    expect(got.findings.length).toBeGreaterThan(0);
    // one worker for every call
    await client.analyze(SNAPSHOT, {});
    expect(workers).toHaveLength(1);
    expect(client.cancel()).toBe(false); // nothing running: nothing stopped
    expect(workers[0].terminated).toBe(false);
    workers[0].terminate();
  });

  it("取消 terminates the worker, the running check rejects as cancelled, the next check starts a new worker", async () => {
    const workers: FakeWorker[] = [];
    const apis = [endless, realEngine];
    const client = createEngineClient(() => {
      workers.push(channelWorker(apis[workers.length]));
      return workers[workers.length - 1];
    }, inPageNever);
    const running = client.analyze(SNAPSHOT, {});
    const outcome = running.then(
      () => "resolved",
      (e: unknown) => e,
    );
    await new Promise((r) => setTimeout(r, 20));
    expect(client.cancel()).toBe(true);
    const err = await outcome;
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).name).toBe("AbortError");
    expect(messageOf(err).code).toBe("cancelled");
    expect(workers[0].terminated).toBe(true);

    const next = await client.analyze(SNAPSHOT, {});
    expect(workers).toHaveLength(2);
    expect(next.findings).toEqual(analyzeWorkbook(SNAPSHOT, {}).findings);
    workers[1].terminate();
    expect(inPageNever).not.toHaveBeenCalled();
  });

  it("a worker whose script fails: the running check and every later one are done in the page", async () => {
    let worker: FakeWorker | undefined;
    const inPage = jest.fn(async (s: WorkbookSnapshot) => analyzeWorkbook(s, {}));
    const client = createEngineClient(() => (worker = channelWorker(endless)), inPage);
    const running = client.analyze(SNAPSHOT, {});
    await new Promise((r) => setTimeout(r, 20));
    worker!.fail();
    expect((await running).findings).toEqual(analyzeWorkbook(SNAPSHOT, {}).findings);
    expect(worker!.terminated).toBe(true);
    await client.analyze(SNAPSHOT, {});
    expect(inPage).toHaveBeenCalledTimes(2);
  });

  it("where no worker can start, checks in the page", async () => {
    const inPage = jest.fn(async (s: WorkbookSnapshot) => analyzeWorkbook(s, {}));
    const client = createEngineClient(() => {
      throw new Error("Worker is not defined");
    }, inPage);
    expect((await client.analyze(SNAPSHOT, {})).findings.length).toBeGreaterThan(0);
    expect(inPage).toHaveBeenCalledTimes(1);
  });
});
