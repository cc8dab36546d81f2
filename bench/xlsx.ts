/**
 * ExcelJS load time of a 20,000-row statistics workbook (the baseline other benches compare
 * against), the snapshot mapping on top of it, and the CLI's read → analyze → write path.
 * Prints `exceljs load 20000 rows: N ms`.
 */
import * as ExcelJS from "exceljs";
import { buildLargeWorkbook } from "../test/fixtures/builders";
import { readXlsx, snapshotWorkbook } from "../src/hosts/xlsx/read";
import { writeXlsx } from "../src/hosts/xlsx/write";
import { analyzeWorkbook } from "../src/engine/index";

const ROWS = 20_000;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Bytes of the generated 20,000-row workbook (shared by benches that read it). */
export async function largeWorkbookBytes(rows = ROWS): Promise<Uint8Array> {
  const buf = await buildLargeWorkbook(rows).xlsx.writeBuffer();
  return buf instanceof Uint8Array ? buf : new Uint8Array(buf as ArrayBuffer);
}

export async function run(): Promise<void> {
  const bytes = await largeWorkbookBytes();
  const loads: number[] = [];
  const snaps: number[] = [];
  let heap = 0;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
    const t1 = performance.now();
    const snapshot = snapshotWorkbook(wb);
    const t2 = performance.now();
    loads.push(t1 - t0);
    snaps.push(t2 - t1);
    heap = Math.max(heap, process.memoryUsage().heapUsed);
    if (snapshot.sheets[0].values.length !== ROWS + 3) throw new Error("large workbook read back wrong");
  }
  process.stdout.write(`file size: ${Math.round(bytes.length / 1024)} KB\n`);
  process.stdout.write(`exceljs load ${ROWS} rows: ${Math.round(median(loads))} ms\n`);
  process.stdout.write(`snapshot ${ROWS} rows: ${Math.round(median(snaps))} ms\n`);
  process.stdout.write(`heap used (max): ${Math.round(heap / 1048576)} MB\n`);

  // what `assess check FILE --write OUT` does on it, step by step
  const t0 = performance.now();
  const { snapshot, workbook } = await readXlsx(bytes);
  const t1 = performance.now();
  const plan = analyzeWorkbook(snapshot);
  const t2 = performance.now();
  const out = await writeXlsx(workbook);
  const t3 = performance.now();
  process.stdout.write(
    `assess check ${ROWS} rows: read ${Math.round(t1 - t0)} ms, analyze ${Math.round(t2 - t1)} ms ` +
      `(${plan.findings.length} findings), write ${Math.round(t3 - t2)} ms (${Math.round(out.length / 1024)} KB)\n`,
  );
}
