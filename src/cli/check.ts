/**
 * `assess check PATH... [--json] [--write OUT] [--values] [--summary FILE] [--jobs N]`
 * (docs/contract.md): read each workbook (folders and globs expanded by inputs.ts, many files
 * checked by batch.ts), run the engine, print the findings (or one JSON document) and, for
 * several files, one summary; optionally write the recalculated workbook. Exit 0 = no error
 * finding, 1 = at least one, 2 = bad arguments or an unreadable file (one line on stderr,
 * never a stack trace); a batch exits with its worst file.
 */
import { basename, resolve } from "path";
import type { CliIO } from "./io";
import { tr, type Lang } from "./i18n";
import { CLI_MAX_ROWS } from "./limits";
import { expandInputs } from "./inputs";
import { runBatch } from "./batch";
import { formatSummary, summaryRow, writeSummary, type SummaryRow } from "./summary";
import { unitOf } from "./unit";
import { formatReport } from "./textReport";
import type { CheckFileOptions, FileOutcome, FileReport } from "./outcome";
export type { CheckFileOptions, FileOutcome, FileReport } from "./outcome";
export { formatReport };
import { analyzeWorkbook, settingsInSnapshot } from "../engine/index";
import { keepTypedNumbers } from "../engine/keepTyped";
import type { Plan } from "../engine/plan";
import { valueWritesOf, type ValueWriteReport } from "../engine/valueWrite";
import { readXlsxFile, readXlsxSnapshotFile, writeBytesFile, writeTargetProblem } from "../hosts/xlsx/file";
import type { XlsxReadResult } from "../hosts/xlsx/read";
import { XlsxReadError } from "../hosts/xlsx/read-error";

type Snapshot = XlsxReadResult["snapshot"];
type Workbook = XlsxReadResult["workbook"];
import { applyPlanToWorkbook, writeXlsx } from "../hosts/xlsx/write";

export interface CheckArgs {
  /** files, folders and globs as given */
  readonly files: string[];
  readonly json: boolean;
  readonly write?: string;
  readonly values: boolean;
  /** --overwrite: replace numbers the clerk typed that differ from the computed ones (kept by default) */
  readonly overwrite?: boolean;
  /** --summary FILE.xlsx|.csv */
  readonly summary?: string;
  /** --jobs N: workbooks checked at a time */
  readonly jobs?: number;
  /** check the workbook as it stands, without the settings stored in it */
  readonly ignoreSettings?: boolean;
}

/** Parse the arguments; a string is the one-line reason they are unusable. */
export function parseCheckArgs(argv: string[], lang: Lang = "en"): CheckArgs | string {
  const files: string[] = [];
  let json = false;
  let values = false;
  let overwrite = false;
  let ignoreSettings = false;
  let write: string | undefined;
  let summary: string | undefined;
  let jobs: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--json") json = true;
    else if (a === "--values") values = true;
    else if (a === "--overwrite") overwrite = true;
    else if (a === "--ignore-settings") ignoreSettings = true;
    else if (a === "--write" || a.startsWith("--write=")) {
      const out = a === "--write" ? argv[++i] : a.slice("--write=".length);
      if (!out || out.startsWith("--")) return tr(lang, "--write 后面应为输出文件(--write 输出文件)", "--write needs an output file (--write OUT)");
      if (write !== undefined) return tr(lang, "--write 给了两次", "--write given twice");
      write = out;
    } else if (a === "--summary" || a.startsWith("--summary=")) {
      const out = a === "--summary" ? argv[++i] : a.slice("--summary=".length);
      if (!out || out.startsWith("--")) return tr(lang, "--summary 后面应为汇总文件(.xlsx 或 .csv)", "--summary needs a file (.xlsx or .csv)");
      if (!/\.(xlsx|csv)$/i.test(out)) return tr(lang, `汇总文件应以 .xlsx 或 .csv 结尾: ${out}`, `the summary file must end in .xlsx or .csv: ${out}`);
      summary = out;
    } else if (a === "--jobs" || a.startsWith("--jobs=") || a === "-j") {
      const v = a.startsWith("--jobs=") ? a.slice("--jobs=".length) : argv[++i];
      const n = Number(v);
      if (v === undefined || !Number.isInteger(n) || n < 1) return tr(lang, `--jobs 应为正整数,而不是 '${v ?? ""}'`, `--jobs must be a positive whole number, got '${v ?? ""}'`);
      jobs = n;
    } else if (a === "--") {
      files.push(...argv.slice(i + 1));
      break;
    } else if (a.startsWith("-") && a !== "-") return tr(lang, `不认识的选项 '${a}'`, `unknown option '${a}'`);
    else files.push(a);
  }
  if (files.length === 0) {
    return tr(lang, "没有给出要检查的工作簿(用法: assess check 路径... [--json] [--write 输出文件] [--values])", "no input file (usage: assess check FILE... [--json] [--write OUT] [--values])");
  }
  if (write !== undefined && files.length !== 1) return tr(lang, "--write 只能用于一个输入文件", "--write takes exactly one input file");
  if (write !== undefined && resolve(write) === resolve(files[0])) {
    return tr(lang, "--write 的输出文件不能是输入文件(输入文件从不改动)", "--write OUT must not be the input file (the input is never modified)");
  }
  if (summary !== undefined && files.some((f) => resolve(f) === resolve(summary!))) {
    return tr(lang, "--summary 的文件不能是输入文件", "--summary FILE must not be an input file");
  }
  return {
    files, json, write, values,
    ...(overwrite ? { overwrite } : {}),
    ...(summary !== undefined ? { summary } : {}),
    ...(jobs !== undefined ? { jobs } : {}),
    ...(ignoreSettings ? { ignoreSettings } : {}),
  };
}

export function fileReport(file: string, plan: Plan): FileReport {
  return {
    file,
    sheets: plan.sheets.map((s) => ({
      name: s.name, kind: s.kind, tables: s.tables,
      ...(s.checked ? { checked: s.checked } : {}),
      ...(s.note ? { note: s.note } : {}),
      ...(s.noteEn ? { noteEn: s.noteEn } : {}),
    })),
    findings: plan.findings.map((f) => ({
      kind: f.kind,
      severity: f.severity,
      sheet: f.sheet,
      cell: f.cell,
      related: [...f.related],
      ...(f.expected !== undefined ? { expected: f.expected } : {}),
      ...(f.actual !== undefined ? { actual: f.actual } : {}),
      message: f.message,
      messageEn: f.messageEn,
      ...(f.settled ? { settled: { status: f.settled.status, note: f.settled.note ?? "" } } : {}),
    })),
    scores: plan.scores.map((s) => ({
      sheet: s.sheet,
      cell: s.cell,
      value: s.value,
      ...(s.formula ? { formula: s.formula } : {}),
      ...(s.explain !== undefined ? { explain: s.explain, explainEn: s.explainEn ?? "" } : {}),
      ...(s.plainReason !== undefined ? { plainReason: s.plainReason, plainReasonEn: s.plainReasonEn ?? "" } : {}),
    })),
    totals: plan.totals.map((t) => ({
      sheet: t.sheet,
      cell: t.cell,
      value: t.value,
      ...(t.formula ? { formula: t.formula } : {}),
      veto: t.veto,
      ...(t.grand !== undefined ? { grand: t.grand } : {}),
      ...(t.explain !== undefined ? { explain: t.explain, explainEn: t.explainEn ?? "" } : {}),
    })),
    ...valueWrites(plan),
  };
}

/** `valueWrites` only where a value is made a number (an additive field of the JSON) */
function valueWrites(plan: Plan): { valueWrites?: ValueWriteReport[] } {
  const list = valueWritesOf(plan.writes);
  return list.length ? { valueWrites: list } : {};
}

function oneLine(e: unknown): string {
  const s = e instanceof Error ? e.message : String(e);
  return s.split(/\r?\n/)[0];
}

/** Why a file could not be read, in the CLI's language (the host's reasons are English). */
export function readReason(message: string, lang: Lang): string {
  if (lang === "en") return message;
  const table: ReadonlyArray<readonly [RegExp, string]> = [
    [/: no such file$/, ": 文件不存在"],
    [/: is a directory, not a file$/, ": 是文件夹,不是文件"],
    [/: permission denied$/, ": 没有读取权限"],
    [/: the file is empty, not an \.xlsx workbook$/, ": 文件是空的,不是 .xlsx 工作簿"],
    [/: this is an old \.xls .*$/, ": 这是旧的 .xls(Excel 97-2003)文件或加密的工作簿,请另存为 .xlsx 后再试"],
    [/: not an \.xlsx workbook \(the file is not a zip archive\)$/, ": 不是 .xlsx 工作簿(文件不是 zip 压缩包)"],
    [/: not a readable \.xlsx workbook \((.*)\)$/, ": 无法读取的 .xlsx 工作簿($1)"],
    [/: not a regular file \(a device, pipe or socket is never read\)$/, ": 不是普通文件(设备、管道或套接字不会被读取)"],
    [/: the file is (.*), larger than the (.*) a workbook may have here$/, ": 文件大小 $1,超过了可检查的上限 $2"],
    [/: the workbook unpacks to (\d+) MB, more than the (\d+) MB that can be checked here$/, ": 工作簿解压后有 $1 MB,超过了可检查的上限 $2 MB"],
    [/: the workbook has more than ([\d,]+) cells, .*$/, ": 工作簿的单元格超过 $1 个,超出可检查的范围(约 1 GB 内存);请拆分后分别检查"],
    [/: the workbook has more than ([\d,]+) rows, .*$/, ": 工作簿的行数超过 $1 行,超出可检查的范围(约 1 GB 内存);请拆分后分别检查"],
    [/: the workbook's texts are lost: (\d+) cell\(s\) refer to .*$/, ": 工作簿的文字已丢失:$1 个单元格引用了文件中不存在的共享字符串表(xl/sharedStrings.xml);请在 Excel 中修复并保存后再检查"],
  ];
  for (const [re, zh] of table) if (re.test(message)) return message.replace(re, zh);
  return message;
}

/** Read and check one workbook (in this thread or in a worker). Never throws. */
export async function checkFile(
  file: string,
  opts: CheckFileOptions,
): Promise<FileOutcome & { written?: number; writeError?: string; kept?: number; notWritten?: string[] }> {
  const fallbackUnit = basename(file).replace(/\.(xlsx|xlsm)$/i, "");
  let loaded: { snapshot: Snapshot; workbook?: Workbook } | undefined;
  try {
    // without --write nothing is written back: the snapshot alone, without ExcelJS's workbook where it can
    loaded = opts.write === undefined
      ? await readXlsxSnapshotFile(file, { maxRows: CLI_MAX_ROWS })
      : await readXlsxFile(file, { maxRows: CLI_MAX_ROWS });
  } catch (e) {
    const why = e instanceof XlsxReadError ? e.message : `${file}: ${oneLine(e)}`;
    return { file, unit: fallbackUnit, error: readReason(why, opts.lang) };
  }
  const snapshot = loaded.snapshot;
  // Without --write the ExcelJS workbook is not needed again: let it go before the analysis, so
  // that the analysis reuses its memory (the peak is the larger of the two, not their sum).
  const workbook = opts.write === undefined ? undefined : loaded.workbook;
  loaded = undefined;
  let plan: Plan;
  let kept = 0;
  try {
    // --write keeps every number the clerk typed that differs (reported as a finding); parents
    // and totals are then computed from the kept figures. --overwrite replaces them.
    const analyzeOptions = { values: opts.values, ...(opts.ignoreSettings ? { ignoreSettings: true } : {}) };
    if (opts.write !== undefined && !opts.overwrite) {
      const k = keepTypedNumbers(analyzeWorkbook, snapshot, analyzeOptions);
      plan = k.analysis;
      kept = k.kept.length;
    } else plan = analyzeWorkbook(snapshot, analyzeOptions);
  } catch (e) {
    return { file, unit: fallbackUnit, error: tr(opts.lang, `${file}: 检查此工作簿时出错: ${oneLine(e)}`, `${file}: the engine failed on this workbook: ${oneLine(e)}`) };
  }
  const report = fileReport(file, plan);
  const unit = unitOf(snapshot) ?? fallbackUnit;
  if (opts.write === undefined || workbook === undefined) return { file, report, unit };
  // while the workbook's settings cannot be read, which cells the clerk locked is unknown
  if (!opts.ignoreSettings && settingsInSnapshot(snapshot).error) {
    return {
      file, report, unit,
      writeError: tr(opts.lang,
        `未写入 ${opts.write}: 工作簿中保存的设置无法读取,不知道哪些单元格已锁定(请在加载项中修复设置,或用 --ignore-settings 按原样写入)`,
        `not writing ${opts.write}: the settings stored in the workbook cannot be read, so which cells the clerk locked is unknown ` +
          "(repair them in the add-in, or use --ignore-settings to write as the workbook stands)"),
    };
  }
  let applied;
  try {
    applied = applyPlanToWorkbook(workbook, plan.writes, { values: opts.values });
    // beside OUT and renamed; never onto the input, links included
    await writeBytesFile(opts.write, await writeXlsx(workbook), file);
  } catch (e) {
    return { file, report, unit, writeError: tr(opts.lang, `无法写入 ${opts.write}: ${oneLine(e)}`, `cannot write ${opts.write}: ${oneLine(e)}`) };
  }
  const notWritten = applied.skipped.map((s) =>
    tr(opts.lang,
      `未写入 ${s.write.sheet}!${s.write.cell}: ${s.reason.startsWith("covered") ? "位于合并单元格内" : "单元格中的数值超出 Excel 的范围,保持原样"}`,
      `not written ${s.write.sheet}!${s.write.cell}: ${s.reason}`));
  return { file, report, unit, written: applied.written, ...(kept ? { kept } : {}), ...(notWritten.length ? { notWritten } : {}) };
}

export async function runCheck(argv: string[], io: CliIO, lang: Lang = "zh"): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h")) {
    io.stdout(
      tr(lang,
        "用法: assess check 路径... [--json] [--write 输出文件] [--values] [--overwrite] [--ignore-settings] [--summary 汇总.xlsx|汇总.csv] [--jobs N] [--lang en]\n" +
          "  --overwrite  与 --write 同用:已填写的得分与计算结果不同时也替换(默认保留原值,并作为 entered-score-mismatch 列出)\n" +
          "  --ignore-settings  按工作簿原样检查,不采用其中保存的设置\n",
        "Usage: assess check FILE... [--json] [--write OUT] [--values] [--overwrite] [--ignore-settings] [--summary S.xlsx|S.csv] [--jobs N] [--lang zh]\n" +
          "  --overwrite  with --write: also replace scores the clerk typed that differ from the computed ones\n" +
          "               (by default they are kept, and reported as entered-score-mismatch)\n" +
          "  --ignore-settings  check the workbook as it stands, without the settings stored in it\n"),
    );
    return 0;
  }
  const args = parseCheckArgs(argv, lang);
  if (typeof args === "string") {
    io.stderr(`assess check: ${args}\n`);
    return 2;
  }
  if (args.write !== undefined) {
    // by file identity (links included), not by path text
    const problem = await writeTargetProblem(args.files[0], args.write);
    if (problem) {
      io.stderr(`assess check: ${tr(lang, problem.zh, problem.en)}\n`);
      return 2;
    }
  }
  const inputs = await expandInputs(args.files, lang);
  const started = Date.now();
  const outcomes: FileOutcome[] = [];
  let unreadable = inputs.problems.length > 0;
  let anyError = false;
  let writeFailed = false;
  // a failed write is said after the check's own output (with --json, after the JSON)
  const writeErrors: string[] = [];
  for (const p of inputs.problems) io.stderr(`assess check: ${p.reason}\n`);

  const show = (o: FileOutcome & { written?: number; writeError?: string; kept?: number; notWritten?: string[] }) => {
    outcomes.push(o);
    if (o.error !== undefined) {
      unreadable = true;
      io.stderr(`assess check: ${o.error}\n`);
      return;
    }
    const report = o.report!;
    if (report.findings.some((f) => f.severity === "error" && !f.settled)) anyError = true;
    if (!args.json) io.stdout(formatReport(report, lang));
    if (o.writeError !== undefined) {
      writeFailed = true;
      writeErrors.push(o.writeError);
    } else if (o.written !== undefined && !args.json) {
      io.stdout(tr(lang, `已写入 ${args.write}: ${o.written} 个单元格\n`, `wrote ${args.write}: ${o.written} cells\n`));
      if (o.kept) {
        io.stdout(tr(lang, `保留了 ${o.kept} 个与计算结果不同的已填写得分,用 --overwrite 替换\n`, `kept ${o.kept} typed scores that differ from the computed ones; --overwrite replaces them\n`));
      }
      for (const line of o.notWritten ?? []) io.stdout(`  ${line}\n`);
    }
  };

  if (args.write !== undefined) {
    const o = await checkFile(inputs.files[0], {
      values: args.values, lang, write: args.write, ...(args.overwrite ? { overwrite: true } : {}), ...(args.ignoreSettings ? { ignoreSettings: true } : {}),
    });
    show(o);
  } else {
    await runBatch(inputs.files, {
      values: args.values, lang, jobs: args.jobs, progress: inputs.batch ? io.progress : undefined, checkHere: checkFile,
      ...(args.ignoreSettings ? { ignoreSettings: true } : {}),
    }, show);
  }

  const rows: SummaryRow[] = outcomes.map(summaryRow);
  for (const p of inputs.problems) rows.push({ file: p.path, unit: "", errors: null, warnings: null, infos: null, total: null, veto: null, problem: p.reason });
  if (args.json) {
    const files = outcomes.filter((o) => o.report).map((o) => ({ ...o.report!, unit: o.unit }));
    const bad = rows.filter((r) => r.problem !== undefined).map((r) => ({ file: r.file, reason: r.problem! }));
    io.stdout(JSON.stringify({ files, ...(bad.length ? { unreadable: bad } : {}) }, null, 2) + "\n");
  } else if (rows.length > 1) {
    io.stdout(formatSummary(rows, lang));
  }
  for (const w of writeErrors) io.stderr(`assess check: ${w}\n`);
  if (args.summary !== undefined) {
    try {
      await writeSummary(args.summary, rows, lang);
    } catch (e) {
      io.stderr(`assess check: ${tr(lang, `无法写入汇总 ${args.summary}`, `cannot write the summary ${args.summary}`)}: ${oneLine(e)}\n`);
      writeFailed = true;
    }
  }
  if (inputs.batch) {
    const bad = rows.filter((r) => r.problem !== undefined).length;
    const withErrors = rows.filter((r) => (r.errors ?? 0) > 0).length;
    const secs = ((Date.now() - started) / 1000).toFixed(1);
    io.stderr(
      tr(lang,
        `assess check: 检查了 ${rows.length - bad} 个工作簿,${withErrors} 个有错误,${bad} 个无法读取(${secs} 秒)\n`,
        `assess check: checked ${rows.length - bad} workbooks, ${withErrors} with errors, ${bad} unreadable (${secs} s)\n`),
    );
  }
  if (unreadable || writeFailed) return 2;
  return anyError ? 1 : 0;
}
