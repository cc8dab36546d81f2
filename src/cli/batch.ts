/**
 * Checking many workbooks: in worker threads (`--jobs N`, default the number of cores), each
 * result handed on in input order as soon as it and those before it are done, with a progress
 * bar on a terminal's stderr. One file, one job, or the TypeScript sources (tests) run in
 * this thread. A worker that dies (out of memory on a huge workbook) costs only its file.
 */
import { availableParallelism, cpus } from "os";
import { basename, join } from "path";
import { existsSync } from "fs";
import { Worker } from "worker_threads";
import type { CheckFileOptions, FileOutcome } from "./outcome";
import { tr, type Lang } from "./i18n";

export interface BatchOptions {
  readonly values: boolean;
  readonly lang: Lang;
  readonly jobs?: number;
  /** a terminal to draw the progress bar on */
  readonly progress?: NodeJS.WriteStream;
  /** check the workbooks as they stand, without the settings stored in them */
  readonly ignoreSettings?: boolean;
  /** checks one file in this thread (check.ts's checkFile, passed in so the two do not import each other) */
  readonly checkHere: (file: string, options: CheckFileOptions) => Promise<FileOutcome>;
}

/** What a worker is asked and answers. */
export interface WorkerRequest {
  readonly index: number;
  readonly file: string;
}
export interface WorkerReply {
  readonly index: number;
  readonly outcome: FileOutcome;
}
export interface WorkerSetup {
  readonly options: CheckFileOptions;
}

export function defaultJobs(): number {
  return typeof availableParallelism === "function" ? availableParallelism() : Math.max(1, cpus().length);
}

/** The compiled worker beside this file, or undefined when running from the TypeScript sources. */
function workerScript(): string | undefined {
  if (!__filename.endsWith(".js")) return undefined;
  const p = join(__dirname, "worker.js");
  return existsSync(p) ? p : undefined;
}

interface Progress {
  tick(file: string): void;
  /** clear the bar's line before something else is written to the terminal */
  clear(): void;
  stop(): void;
}

async function progressBar(total: number, lang: Lang, stream: NodeJS.WriteStream | undefined): Promise<Progress | undefined> {
  if (!stream || total < 2) return undefined;
  const { SingleBar } = await import("cli-progress");
  const bar = new SingleBar({
    stream,
    format: tr(lang, "检查 [{bar}] {value}/{total} {percentage}% | 剩余 {eta_formatted} | {file}", "checking [{bar}] {value}/{total} {percentage}% | ETA {eta_formatted} | {file}"),
    barCompleteChar: "█",
    barIncompleteChar: "░",
    hideCursor: true,
    clearOnComplete: true,
    forceRedraw: true,
    etaBuffer: 20,
    fps: 10,
  });
  bar.start(total, 0, { file: "" });
  return {
    tick: (file) => bar.increment(1, { file: basename(file) }),
    clear: () => {
      stream.write("\r\x1b[2K");
    },
    stop: () => bar.stop(),
  };
}

/** Check `files`, calling `done` once per file in the order given. */
export async function runBatch(
  files: ReadonlyArray<string>,
  opts: BatchOptions,
  done: (o: FileOutcome) => void,
): Promise<void> {
  const options: CheckFileOptions = { values: opts.values, lang: opts.lang, ...(opts.ignoreSettings ? { ignoreSettings: true } : {}) };
  const jobs = Math.max(1, Math.min(opts.jobs ?? defaultJobs(), files.length));
  const script = workerScript();
  const bar = await progressBar(files.length, opts.lang, opts.progress);
  const results = new Array<FileOutcome | undefined>(files.length);
  let next = 0;
  const flush = () => {
    while (next < files.length && results[next]) {
      bar?.clear();
      done(results[next]!);
      results[next] = undefined; // let the report go once it is printed
      next++;
    }
  };
  const finished = (index: number, outcome: FileOutcome) => {
    results[index] = outcome;
    bar?.tick(files[index]);
    flush();
  };

  try {
    if (jobs === 1 || !script) {
      for (let i = 0; i < files.length; i++) finished(i, await opts.checkHere(files[i], options));
      return;
    }
    await inWorkers(files, jobs, script, options, finished);
  } finally {
    bar?.stop();
  }
}

function inWorkers(
  files: ReadonlyArray<string>,
  jobs: number,
  script: string,
  options: CheckFileOptions,
  finished: (index: number, o: FileOutcome) => void,
): Promise<void> {
  return new Promise((resolveAll) => {
    let queued = 0;
    let left = files.length;
    const setup: WorkerSetup = { options };
    const start = () => {
      const w = new Worker(script, { workerData: setup });
      let current: number | undefined;
      const give = () => {
        if (queued >= files.length) {
          current = undefined;
          void w.terminate();
          return;
        }
        current = queued++;
        w.postMessage({ index: current, file: files[current] } satisfies WorkerRequest);
      };
      w.on("message", (m: WorkerReply) => {
        current = undefined;
        left--;
        finished(m.index, m.outcome);
        if (left === 0) resolveAll();
        give();
      });
      const lost = (why: string) => {
        if (current === undefined) return;
        const i = current;
        current = undefined;
        left--;
        const file = files[i];
        const reason = tr(options.lang, `${file}: 检查此工作簿时出错: ${why}`, `${file}: the check of this workbook failed: ${why}`);
        finished(i, { file, unit: basename(file).replace(/\.(xlsx|xlsm)$/i, ""), error: reason });
        if (left === 0) resolveAll();
        else if (queued < files.length) start(); // a fresh worker takes the rest
      };
      w.on("error", (e) => lost(e.message.split("\n")[0]));
      w.on("exit", (code) => lost(tr(options.lang, `工作线程意外退出(${code})`, `the worker stopped (${code})`)));
      give();
    };
    for (let j = 0; j < jobs; j++) start();
  });
}
