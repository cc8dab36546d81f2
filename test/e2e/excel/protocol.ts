/** What the Excel-mode e2e test and its in-page harness (./harness.ts) exchange, as plain JSON. */
import type { FakeCell, FakeFill, FakeValue, FakeWorkbookInit, SyncRecord } from "../../support/fakeExcel";

/** set as `window.__fakeExcelInit` before the page's scripts run */
export interface HarnessInit {
  readonly workbook: FakeWorkbookInit;
  /** Office.context.displayLanguage, e.g. "zh-CN", "en-US" */
  readonly displayLanguage: string;
  /**
   * what Excel would calculate for a formula written through the API, by "Sheet!A1" (the fake
   * does not calculate; a cell not listed gets the value it last had with that formula, or null)
   */
  readonly calcValues?: Record<string, FakeValue>;
}

/** one Excel.run as the harness saw it */
export interface RunRecord {
  syncs: number;
  /** each `load` queued before a sync, its properties joined by "," */
  loads: string[];
  maxRequestBytes: number;
  maxResponseBytes: number;
}

/** `window.__fakeExcel.inspect()`: the fake workbook's state and the round trips so far */
export interface Inspection {
  readonly sheets: Array<{ name: string; visibility: string }>;
  readonly activeSheet: string | null;
  readonly selection: { sheet: string; address: string } | null;
  /** every non-empty cell by sheet and A1 address */
  readonly cells: Record<string, Record<string, FakeCell>>;
  readonly fills: Record<string, Record<string, FakeFill>>;
  readonly notes: Record<string, Record<string, string>>;
  readonly comments: Array<{ sheet: string; cell: string; content: string }>;
  readonly stats: {
    syncs: number;
    maxRequestBytes: number;
    maxResponseBytes: number;
    log: SyncRecord[];
    runs: RunRecord[];
  };
}
