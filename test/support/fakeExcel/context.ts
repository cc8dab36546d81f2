/**
 * The request context (queue, sync, payload sizes) and `createFakeExcel`, which installs the
 * globals `Excel` and `Office` over a fake workbook.
 * Part of the in-memory Excel of ../fakeExcel.ts (see there).
 */
import { apiError, type Op } from "./client";
import { FakeOfficeError, buildState, utf8Bytes, type FakeState, type FakeStats, type FakeWorkbookInit } from "./state";
import { FakeApplication, FakeWorkbook } from "./workbook";

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  readonly _state: FakeState;
  readonly _stats: FakeStats;
  _queueOps: Op[] = [];
  _afterSync: Array<() => void> = [];
  readonly trackedObjects = { add(): void {}, remove(): void {} };

  constructor(state: FakeState, stats: FakeStats) {
    this._state = state;
    this._stats = stats;
    this.workbook = new FakeWorkbook(this);
  }

  get application(): FakeApplication {
    return this.workbook.application;
  }

  _enqueue(op: Op): void {
    this._queueOps.push(op);
  }

  get _pending(): number {
    return this._queueOps.length;
  }

  async sync(): Promise<void> {
    const ops = this._queueOps;
    this._queueOps = [];
    const stats = this._stats;
    stats.syncs++;
    const requestBytes = utf8Bytes(JSON.stringify(ops.map((o) => o.wire)));
    const resp: unknown[] = [];
    const commits: Array<() => void> = [];
    const finish = (responseBytes: number, error?: string) => {
      stats.log.push({ requestBytes, responseBytes, commands: ops.length, ...(error ? { error } : {}) });
      stats.maxRequestBytes = Math.max(stats.maxRequestBytes, requestBytes);
      stats.maxResponseBytes = Math.max(stats.maxResponseBytes, responseBytes);
    };
    await Promise.resolve();
    if (requestBytes > this._state.payloadLimitBytes) {
      finish(0, "RequestPayloadSizeLimitExceeded");
      this._afterSync = [];
      throw apiError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    }
    try {
      for (const op of ops) op.run(resp, commits);
    } catch (e) {
      finish(0, (e as FakeOfficeError).code ?? "GeneralException");
      this._afterSync = [];
      throw e instanceof FakeOfficeError ? e : apiError("GeneralException", String(e));
    }
    const responseBytes = utf8Bytes(JSON.stringify(resp));
    if (responseBytes > this._state.payloadLimitBytes) {
      finish(responseBytes, "ResponsePayloadSizeLimitExceeded");
      this._afterSync = [];
      throw apiError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
    }
    finish(responseBytes);
    for (const c of commits) c();
    for (const f of this._afterSync) f();
    this._afterSync = [];
  }
}

export interface FakeExcel {
  /** install as globalThis.Excel */
  readonly Excel: {
    run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T>;
    RequestContext: new () => FakeRequestContext;
    ErrorCodes: Record<string, string>;
  };
  /** install as globalThis.Office */
  readonly Office: {
    context: {
      document: { url: string };
      displayLanguage: string;
      requirements: { isSetSupported(name: string, version?: string): boolean };
    };
    onReady(cb?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }>;
    HostType: { Excel: string };
  };
  readonly state: FakeState;
  readonly stats: FakeStats;
  /** put Excel/Office on globalThis; returns a function that removes them */
  install(): () => void;
}

export function createFakeExcel(init: FakeWorkbookInit, opts: { displayLanguage?: string } = {}): FakeExcel {
  const state = buildState(init);
  const stats: FakeStats = {
    syncs: 0,
    log: [],
    maxRequestBytes: 0,
    maxResponseBytes: 0,
    calcSuspensions: 0,
    screenSuspensions: 0,
    calculations: 0,
    runs: 0,
    reset() {
      stats.syncs = 0;
      stats.log = [];
      stats.maxRequestBytes = 0;
      stats.maxResponseBytes = 0;
      stats.calcSuspensions = 0;
      stats.screenSuspensions = 0;
      stats.calculations = 0;
      stats.runs = 0;
    },
  };
  const Excel: FakeExcel["Excel"] = {
    async run(batch) {
      stats.runs++;
      const ctx = new FakeRequestContext(state, stats);
      const result = await batch(ctx);
      if (ctx._pending > 0) await ctx.sync(); // Excel.run flushes what is still queued
      return result;
    },
    RequestContext: class extends FakeRequestContext {
      constructor() {
        super(state, stats);
      }
    },
    ErrorCodes: {
      itemNotFound: "ItemNotFound",
      invalidArgument: "InvalidArgument",
      responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
      apiNotFound: "ApiNotFound",
    },
  };
  const info = { host: "Excel", platform: "OfficeOnline" };
  const Office: FakeExcel["Office"] = {
    context: {
      document: {
        get url() {
          return state.url;
        },
      },
      displayLanguage: opts.displayLanguage ?? "zh-CN",
      requirements: {
        isSetSupported(name: string, version?: string) {
          if (name !== "ExcelApi") return false;
          const minor = version ? Number(version.split(".")[1] ?? 0) : 1;
          return minor <= state.apiMinor;
        },
      },
    },
    onReady(cb) {
      cb?.(info);
      return Promise.resolve(info);
    },
    HostType: { Excel: "Excel" },
  };
  const g = globalThis as Record<string, unknown>;
  return {
    Excel,
    Office,
    state,
    stats,
    install() {
      const before = { Excel: g.Excel, Office: g.Office };
      g.Excel = Excel;
      g.Office = Office;
      return () => {
        g.Excel = before.Excel;
        g.Office = before.Office;
      };
    },
  };
}
