/**
 * The task pane's entry: wait for Office.js, then mount the pane on the right host.
 * In Excel: the Office.js host. In a plain browser (Office.onReady reports no host, or
 * office.js is not there at all): the sample workbook, read with ExcelJS, which is fetched
 * only in this mode (dynamic import → its own chunk).
 *
 * The first paint needs React, the pane's frame and its buttons; everything else is a chunk
 * of its own, fetched while the pane shows (the Excel host: reading, writing, marks, report)
 * or on first use (the engine, the findings list, the recalculation preview, the 识别结果
 * panel, the plain-browser host and ExcelJS). `npm run build` prints the sizes.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import type { WorkbookHost } from "../hosts/host";
import { createAnalyzer } from "./analyze";
import { App } from "./components/App";
import { pickLanguage } from "./i18n";

/** The sample the plain-browser page starts on (built by scripts/make-sample.ts). */
const SAMPLE_URL = "assets/sample.xlsx";
const SAMPLE_NAME = "sample.xlsx";

/** the file being read now (in a worker of its own): 取消 aborts it */
let reading: AbortController | null = null;

async function openInBrowser(data: ArrayBuffer, name: string): Promise<WorkbookHost> {
  const abort = new AbortController();
  reading = abort;
  try {
    const [{ createBrowserHost }, { readInWorker }] = await Promise.all([
      import(/* webpackChunkName: "browser-host" */ "../hosts/browser"),
      import(/* webpackChunkName: "browser-host" */ "../hosts/browser/readInWorker"),
    ]);
    return await createBrowserHost(data, name, (bytes) => readInWorker(bytes, abort.signal));
  } finally {
    if (reading === abort) reading = null;
  }
}

/** The Office.js host, in its own chunk: the pane paints while it loads. */
async function excelHost(): Promise<WorkbookHost> {
  const { createExcelHost } = await import(/* webpackChunkName: "excel-host" */ "../hosts/excel");
  return createExcelHost();
}

async function loadSample(): Promise<WorkbookHost> {
  const res = await fetch(SAMPLE_URL);
  if (!res.ok) throw new Error(`${SAMPLE_URL}: HTTP ${res.status}`);
  return openInBrowser(await res.arrayBuffer(), SAMPLE_NAME);
}

/** Office.onReady, or "no host" when office.js did not load (a page opened from disk, a test server). */
function officeReady(): Promise<{ host: Office.HostType | null }> {
  if (typeof Office === "undefined" || !Office.onReady) return Promise.resolve({ host: null });
  return Office.onReady().then((info) => ({ host: info.host ?? null }));
}

async function main(): Promise<void> {
  const { host } = await officeReady();
  const container = document.getElementById("container");
  if (!container) return;
  const root = createRoot(container);
  const engine = createAnalyzer();
  const { analyze } = engine;
  // 取消: stop the file being read and the check running (their workers are terminated; the next
  // file or check starts new ones)
  const cancel = () => {
    reading?.abort();
    engine.cancel();
  };
  if (host !== null && host === Office.HostType.Excel) {
    const lang = pickLanguage(Office.context.displayLanguage, window.location.search);
    root.render(<App lang={lang} host={excelHost()} analyze={analyze} cancel={cancel} />);
  } else {
    const lang = pickLanguage(navigator.language, window.location.search);
    root.render(<App lang={lang} host={loadSample()} analyze={analyze} openFile={openInBrowser} cancel={cancel} />);
  }
}

void main();
