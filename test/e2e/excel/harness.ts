/**
 * Browser entry that stands in for office.js in the Excel-mode e2e test: the page's
 * `<script src="office-js/office.js">` is answered with a bundle of this file. It defines the
 * globals `Office` and `Excel` from the in-memory fake (test/support/fakeExcel.ts) over the
 * workbook the test injected as `window.__fakeExcelInit` (plain JSON, see ./protocol.ts), and
 * exposes the fake as `window.__fakeExcel` with an `inspect()` that returns plain data for the
 * test (cells, fills, notes, selection, sync stats and a per-Excel.run log).
 *
 * Runs synchronously at script load, before the pane's own bundle.
 */
import { cellAddress } from "../../../src/engine/address";
import { createFakeExcel, type FakeRequestContext } from "../../support/fakeExcel";
import type { HarnessInit, Inspection, RunRecord } from "./protocol";

const w = window as unknown as Record<string, unknown>;
const init = w.__fakeExcelInit as HarnessInit | undefined;
if (!init) throw new Error("excel harness: window.__fakeExcelInit is not set");

const calcValues = init.calcValues;
const workbook = calcValues ? { ...init.workbook, calc: (sheet: string, address: string) => calcValues[`${sheet}!${address}`] ?? null } : init.workbook;
const fake = createFakeExcel(workbook, { displayLanguage: init.displayLanguage });

/** every Excel.run: its syncs and largest payloads, and the properties its syncs loaded */
const runs: RunRecord[] = [];
const innerRun = fake.Excel.run.bind(fake.Excel);
fake.Excel.run = <T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> =>
  innerRun((ctx) => {
    const rec: RunRecord = { syncs: 0, loads: [], maxRequestBytes: 0, maxResponseBytes: 0 };
    runs.push(rec);
    const sync = ctx.sync.bind(ctx);
    ctx.sync = async () => {
      for (const op of ctx._queueOps) {
        const wire = op.wire as { load?: string[] };
        if (wire && Array.isArray(wire.load)) rec.loads.push(wire.load.join(","));
      }
      const before = fake.stats.log.length;
      try {
        await sync();
      } finally {
        rec.syncs++;
        for (const s of fake.stats.log.slice(before)) {
          rec.maxRequestBytes = Math.max(rec.maxRequestBytes, s.requestBytes);
          rec.maxResponseBytes = Math.max(rec.maxResponseBytes, s.responseBytes);
        }
      }
    };
    return batch(ctx);
  });

const MAX_COLS = 16384;
const a1 = (key: number) => cellAddress(Math.floor(key / MAX_COLS), key % MAX_COLS);

function inspect(): Inspection {
  const st = fake.state;
  return {
    sheets: st.sheets.map((s) => ({ name: s.name, visibility: s.visibility })),
    activeSheet: st.activeSheet,
    selection: st.selection,
    cells: st.dump(),
    fills: Object.fromEntries(
      st.sheets.map((s) => [s.name, Object.fromEntries([...s.fills].map(([k, f]) => [a1(k), { ...f }]))]),
    ),
    notes: Object.fromEntries(st.sheets.map((s) => [s.name, Object.fromEntries([...s.notes].map(([k, n]) => [a1(k), n]))])),
    comments: st.comments.map((c) => ({ sheet: c.sheet.name, cell: cellAddress(c.row, c.col), content: c.content })),
    stats: {
      syncs: fake.stats.syncs,
      maxRequestBytes: fake.stats.maxRequestBytes,
      maxResponseBytes: fake.stats.maxResponseBytes,
      log: fake.stats.log.map((l) => ({ ...l })),
      runs: runs.map((r) => ({ ...r, loads: [...r.loads] })),
    },
  };
}

function resetStats(): void {
  fake.stats.reset();
  runs.length = 0;
}

w.__fakeExcel = Object.assign(fake, { inspect, resetStats, runs });
fake.install();
