/**
 * `npm run bench batch`: the supervisor's side, as whole processes (what a user waits for).
 *
 * 1. A statistics sheet with a 合计 every 10 rows (each township closed by its total) at
 *    2,000, 20,000, 45,000 and 100,000 rows: `assess check FILE --json` against a bare
 *    ExcelJS load of the same file in its own process, medians of RUNS runs each, with time
 *    per row and peak memory (max RSS). Targets: ≤ 1.3× the ExcelJS time and ≤ 1.5× its
 *    memory at every size, time per row flat (within 1.5× from 2k to 100k rows). Time per row
 *    is printed whole-process (node's start-up included) and net of a start-up run (the same
 *    sheet with its header only) and per added row net of a 200-row base run of the same shape
 *    (which loads and first compiles every code path the header-only run never reaches), with
 *    the machine's load beside each size; then, in one warm
 *    process (CPU time), what `check` reads (the snapshot: direct.ts, or ExcelJS where it
 *    declines) and the analysis, per row.
 * 2. `assess rule`: median of 10 calls, next to a bare `node -e 0`.
 * 3. 200 small workbooks: one `assess check FOLDER` call with --jobs 1 and with the default.
 *
 * Runs the built CLI (bin/assess.js → the bundles in dist/cli), rebuilt first. Sizes can be chosen:
 * `npm run bench batch -- 2000,20000`.
 */
import * as ExcelJS from "exceljs";
import { spawnSync } from "child_process";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "fs";
import { join } from "path";
import { loadavg } from "os";
import { readXlsxSnapshot } from "../src/hosts/xlsx/direct";
import { useRawInflater } from "../src/hosts/xlsx/inflate";
import { inflateRawSync } from "zlib";
import { analyzeWorkbook } from "../src/engine/index";

const ROOT = join(__dirname, "..", "..");
const BIN = join(ROOT, "bin", "assess.js");
const DIR = join(ROOT, ".tmp", "bench", "batch");
const RUNS = 3;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** 102 → "一〇二" */
function chineseDigits(n: number): string {
  return String(n).replace(/\d/g, (d) => "〇一二三四五六七八九"[Number(d)]);
}

/** A county sheet: title, unit line, header, then blocks of 9 villages each closed by 合计. */
export function everyTenRows(rows: number): (string | number | null)[][] {
  const out: (string | number | null)[][] = [
    [`各村人口计生情况统计表(${rows}行)`],
    ["填报单位:XX县卫生健康局", null, null, null, null, null, null, null, "2024年12月"],
    ["单位", "总人口", "出生人数", "男", "女", "死亡人数", "迁入", "迁出", "已婚育龄妇女", "落实节育措施"],
  ];
  let block: number[][] = [];
  let town = 0;
  while (out.length - 3 < rows) {
    if (block.length === 9) {
      const sums = block[0].map((_, c) => block.reduce((a, r) => a + r[c], 0));
      // "第三片合计": a block total the engine reads (a label with Arabic digits before 合计 is not read as one)
      out.push([`第${chineseDigits(++town)}片合计`, ...sums]);
      block = [];
      continue;
    }
    const i = out.length;
    const born = 5 + (i % 7);
    const boys = Math.ceil(born / 2);
    const figures = [900 + (i % 300), born, boys, born - boys, 3 + (i % 5), i % 4, i % 3, 180 + (i % 40), 170 + (i % 30)];
    block.push(figures);
    out.push([`第${town + 1}片${block.length}村`, ...figures]);
  }
  return out;
}

async function workbookFile(rows: number): Promise<string> {
  const path = join(DIR, `every10b-${rows}.xlsx`);
  if (existsSync(path)) return path;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("统计表");
  for (const r of everyTenRows(rows)) ws.addRow(r);
  ws.mergeCells(1, 1, 1, 10);
  await wb.xlsx.writeFile(path);
  return path;
}

interface Run {
  /** wall clock */
  seconds: number;
  /** user + system CPU: what the work costs, whatever else the machine is running */
  cpu: number;
  maxRssMb: number;
  status: number;
}

/** One whole process under /usr/bin/time: wall seconds and peak resident memory. */
function timed(args: string[]): Run {
  const r = spawnSync("/usr/bin/time", ["-f", "%e %U %S %M", process.execPath, ...args], { cwd: DIR, encoding: "utf8", maxBuffer: 1 << 30 });
  const last = r.stderr.trim().split("\n").pop() ?? "";
  const [e, u, sys, m] = last.split(" ").map(Number);
  if (!Number.isFinite(e)) throw new Error(`could not time ${args.join(" ")}: ${r.stderr.slice(-400)}`);
  return { seconds: e, cpu: u + sys, maxRssMb: m / 1024, status: r.status ?? -1 };
}

function medianRun(args: string[], runs = RUNS): Run {
  const rs: Run[] = [];
  for (let i = 0; i < runs; i++) rs.push(timed(args));
  return {
    seconds: median(rs.map((r) => r.seconds)),
    cpu: median(rs.map((r) => r.cpu)),
    maxRssMb: median(rs.map((r) => r.maxRssMb)),
    status: rs[0].status,
  };
}

const LOAD_SCRIPT = `
const ExcelJS = require(${JSON.stringify(join(ROOT, "node_modules", "exceljs"))});
const bytes = require("fs").readFileSync(process.argv[1]);
new ExcelJS.Workbook().xlsx.load(bytes).then((wb) => { if (wb.worksheets.length === 0) process.exit(3); });
`;

/** rows of the base run: enough 合计 blocks to reach every code path of check */
const BASE_ROWS = 200;

const load1 = () => loadavg()[0].toFixed(1);

async function rowsSeries(sizes: number[]): Promise<void> {
  process.stdout.write(
    `a 合计 every 10 rows, whole process, median of ${RUNS} (ExcelJS = node loading the file with ExcelJS and nothing else);\n` +
      `wall = elapsed, cpu = user+system seconds (on a shared machine the wall clock also counts waiting for a core)\n`,
  );
  // start-up: the same sheet with its title and header only, checked and loaded the same way
  const emptyFile = await workbookFile(0);
  const emptyLoad = medianRun(["-e", LOAD_SCRIPT, emptyFile]);
  const emptyCheck = medianRun([BIN, "check", emptyFile, "--json"]);
  process.stdout.write(
    `start-up (the sheet with its header only): ExcelJS ${emptyLoad.seconds.toFixed(2)} s wall ${emptyLoad.cpu.toFixed(2)} s cpu, ` +
      `check ${emptyCheck.seconds.toFixed(2)} s wall ${emptyCheck.cpu.toFixed(2)} s cpu (load ${load1()})\n`,
  );
  // a small workbook of the same shape (ten 合计 blocks) takes every code path once: module loading
  // and V8's first compilation of the reader and the analysis, which the header-only run never
  // reaches. Time per row net of it, (cpu(N) - cpu(base)) / (N - base), is the cost of each added
  // row: flat across the sizes means linear time.
  const baseFile = await workbookFile(BASE_ROWS);
  const baseCheck = medianRun([BIN, "check", baseFile, "--json"]);
  process.stdout.write(
    `base (${BASE_ROWS} rows, every code path once): check ${baseCheck.seconds.toFixed(2)} s wall ${baseCheck.cpu.toFixed(2)} s cpu (load ${load1()})\n`,
  );
  process.stdout.write("rows     file KB | ExcelJS wall cpu | check wall cpu | ratio wall cpu | µs/row cpu whole net | ExcelJS MB check MB ratio | exit | load\n");
  const perRow: number[] = [];
  const perRowNet: number[] = [];
  const perRowAdded: number[] = [];
  const cpuAt: number[] = [];
  const f = (n: number, d = 2, w = 5) => n.toFixed(d).padStart(w);
  for (const rows of sizes) {
    const file = await workbookFile(rows);
    const load = medianRun(["-e", LOAD_SCRIPT, file]);
    const check = medianRun([BIN, "check", file, "--json"]);
    const us = (check.cpu / rows) * 1e6;
    const net = ((check.cpu - emptyCheck.cpu) / rows) * 1e6;
    perRow.push(us);
    perRowNet.push(net);
    perRowAdded.push(((check.cpu - baseCheck.cpu) / (rows - BASE_ROWS)) * 1e6);
    cpuAt.push(check.cpu);
    process.stdout.write(
      `${String(rows).padEnd(8)} ${String(Math.round(statSync(file).size / 1024)).padStart(7)} | ${f(load.seconds)} ${f(load.cpu)}     | ` +
        `${f(check.seconds)} ${f(check.cpu)}   | ${f(check.seconds / load.seconds)} ${f(check.cpu / load.cpu)}   | ${f(us, 1, 9)} ${f(net, 1, 6)}     | ` +
        `${f(load.maxRssMb, 0, 10)} ${f(check.maxRssMb, 0, 8)} ${f(check.maxRssMb / load.maxRssMb)} | ${check.status}    | ${load1()}\n`,
    );
  }
  if (perRow.length > 1) {
    const over = (xs: number[]) => (Math.max(...xs) / Math.min(...xs)).toFixed(2);
    process.stdout.write(
      `time (cpu) per row, largest over smallest across the sizes: ${over(perRow)}× whole process (start-up included), ` +
        `${over(perRowNet)}× net of the start-up run\n`,
    );
    process.stdout.write(
      `time (cpu) per added row, net of the ${BASE_ROWS}-row base run: ${perRowAdded.map((x) => x.toFixed(1)).join(" / ")} µs; ` +
        `largest over smallest ${over(perRowAdded)}×\n`,
    );
    const steps = sizes.slice(1).map((n, i) => ((cpuAt[i + 1] - cpuAt[i]) / (n - sizes[i])) * 1e6);
    process.stdout.write(
      `time (cpu) per row between consecutive sizes (${sizes.join(" → ")}): ${steps.map((x) => x.toFixed(1)).join(" / ")} µs ` +
        `(the one-time costs cancel between two sizes)\n`,
    );
  }
  // Linear time, measured where it can be: in one process, warm. A whole process also pays
  // start-up and V8's one-time compilation of the reader and the analysis (a fixed cost that
  // the smallest size carries over few rows); here every code path is first run and optimised
  // on the base workbook, then each size is read and analysed several times (median), so the
  // time per row is what each row costs.
  process.stdout.write("in one process, warm (every path run first on the base workbook, then each size unmeasured), median, cpu: rows | read ms  µs/row | analyze ms  µs/row | both µs/row | findings | read directly\n");
  const cpuMs = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  useRawInflater(inflateRawSync); // as the CLI reads (hosts/xlsx/file.ts)
  const warmBytes = new Uint8Array(readFileSync(baseFile));
  for (let i = 0; i < 30; i++) analyzeWorkbook((await readXlsxSnapshot(warmBytes, { maxRows: BASE_ROWS + 10 })).snapshot);
  const perRowWarm: number[] = [];
  for (const rows of sizes) {
    const bytes = new Uint8Array(readFileSync(join(DIR, `every10b-${rows}.xlsx`)));
    const runs = rows <= 2000 ? 15 : rows <= 20000 ? 7 : 5;
    // unmeasured runs first: this size's own paths and type feedback (the base workbook does not
    // reach every one), so the median is the steady state
    const warmRuns = rows <= 2000 ? 5 : rows <= 20000 ? 2 : 1;
    for (let i = 0; i < warmRuns; i++) analyzeWorkbook((await readXlsxSnapshot(bytes, { maxRows: rows + 10 })).snapshot);
    const reads: number[] = [];
    const analyses: number[] = [];
    let findings = 0;
    let direct = false;
    for (let i = 0; i < runs; i++) {
      const t0 = cpuMs();
      const r = await readXlsxSnapshot(bytes, { maxRows: rows + 10 });
      const t1 = cpuMs();
      const plan = analyzeWorkbook(r.snapshot);
      const t2 = cpuMs();
      reads.push(t1 - t0);
      analyses.push(t2 - t1);
      findings = plan.findings.length;
      direct = r.direct;
    }
    const read = median(reads);
    const analyze = median(analyses);
    const both = ((read + analyze) / rows) * 1000;
    perRowWarm.push(both);
    process.stdout.write(
      `  ${String(rows).padStart(7)} | ${f(read, 0, 7)} ${f((read / rows) * 1000, 1, 7)} | ${f(analyze, 0, 10)} ${f((analyze / rows) * 1000, 1, 7)} | ${f(both, 1, 11)} | ${findings} | ${direct ? "yes" : "no (ExcelJS)"}\n`,
    );
  }
  if (perRowWarm.length > 1) {
    process.stdout.write(
      `time per row (read + analysis, warm, cpu), largest over smallest across the sizes: ${(Math.max(...perRowWarm) / Math.min(...perRowWarm)).toFixed(2)}× (linear time: flat)\n`,
    );
  }
}

function ruleSeries(): void {
  const calls: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < 10; i++) {
    calls.push(timed([BIN, "rule", "--text", "每配备1名计3分,计满10分为止", "--max", "10", "--value", "3人"]).seconds);
    bare.push(timed(["-e", "0"]).seconds);
  }
  process.stdout.write(`assess rule: median ${median(calls).toFixed(2)} s a call (node -e 0: ${median(bare).toFixed(2)} s), 10 calls each\n`);
}

async function manyFiles(): Promise<void> {
  const dir = join(DIR, "many-b");
  if (!existsSync(join(dir, "199.xlsx"))) {
    mkdirSync(dir, { recursive: true });
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("统计表");
    for (const r of everyTenRows(100)) ws.addRow(r);
    const bytes = await wb.xlsx.writeBuffer();
    for (let i = 0; i < 200; i++) writeFileSync(join(dir, `${i}.xlsx`), new Uint8Array(bytes as ArrayBuffer));
  }
  for (const jobs of ["1", ""]) {
    const args = [BIN, "check", dir, "--json", ...(jobs ? ["--jobs", jobs] : [])];
    const r = timed(args);
    process.stdout.write(`200 workbooks (100 rows each) in one call${jobs ? ` --jobs ${jobs}` : " (default jobs)"}: ${r.seconds.toFixed(2)} s, ${((r.seconds / 200) * 1000).toFixed(1)} ms each, ${r.maxRssMb.toFixed(0)} MB peak\n`);
  }
}

export async function run(): Promise<void> {
  mkdirSync(DIR, { recursive: true });
  const build = spawnSync(process.execPath, [join(ROOT, "scripts", "build-cli.js")], { cwd: ROOT, encoding: "utf8" });
  if (build.status !== 0) throw new Error(`npm run build:cli failed: ${build.stdout}${build.stderr}`);
  const arg = process.argv[3];
  const sizes = arg ? arg.split(",").map(Number) : [2000, 20000, 45000, 100000];
  await rowsSeries(sizes);
  if (!arg) {
    ruleSeries();
    await manyFiles();
  }
}
