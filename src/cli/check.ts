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
import type { CheckFileOptions, FileOutcome, FileReport } from "./outcome";
export type { CheckFileOptions, FileOutcome, FileReport } from "./outcome";
import { analyzeWorkbook, settingsInSnapshot } from "../engine/index";
import { keepTypedNumbers } from "../engine/keepTyped";
import type { Plan } from "../engine/plan";
import { valueWritesOf, type ValueWriteReport } from "../engine/valueWrite";
import type { Finding } from "../engine/findings";
import { readXlsxFile, writeBytesFile, writeTargetProblem } from "../hosts/xlsx/file";
import { XlsxReadError } from "../hosts/xlsx/read";
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

const SEVERITY_ZH: Record<Finding["severity"], string> = { error: "错误", warning: "警告", info: "提示" };
const KIND_ZH: Record<Plan["sheets"][number]["kind"], string> = {
  scoring: "考核评分表",
  summary: "汇总表",
  statistics: "统计报表",
  other: "其他",
};

/** The human-readable report of one file (Chinese unless the CLI speaks English). */
export function formatReport(r: FileReport, lang: Lang = "zh"): string {
  const en = lang === "en";
  const lines: string[] = [r.file];
  for (const s of r.sheets) {
    lines.push(
      (en ? `  sheet ${s.name}: ${s.kind}, ${s.tables} table(s)` : `  工作表 ${s.name}: ${KIND_ZH[s.kind] ?? s.kind}, ${s.tables} 个表格`) +
        checkedText(s, en),
    );
  }
  const unchecked = r.sheets.filter((s) => s.checked && Object.keys(s.checked.relations).length === 0 && s.checked.scores === 0);
  if (r.findings.length === 0 && unchecked.length === r.sheets.length) {
    lines.push(en ? "  nothing could be checked: no problems can be said" : "  未核对任何关系,不能说没有问题");
  } else if (r.findings.length === 0) {
    // "no problems" is said only of the sheets where something was checked
    const names = unchecked.map((s) => s.name).join(", ");
    lines.push(en ? `  no findings in what was checked${names ? `; not checked: ${names}` : ""}` : `  已核对部分未发现问题${names ? `; 未核对: ${names}` : ""}`);
  } else {
    for (const f of r.findings) {
      // the message already states the figures; the related cells say where they came from
      const rel = f.related.length ? ` (${f.related.join(", ")})` : "";
      const sev = en ? f.severity : SEVERITY_ZH[f.severity];
      const msg = en ? f.messageEn ?? f.message : f.message;
      const mark = f.settled ? (f.settled.status === "verified" ? tr(lang, "已核实", "verified") : tr(lang, "已忽略", "ignored")) : "";
      const settled = f.settled ? `[${mark}${f.settled.note ? `: ${f.settled.note}` : ""}] ` : "";
      lines.push(`  ${settled}${sev} ${f.sheet}!${f.cell} [${f.kind}] ${msg}${rel}`);
    }
  }
  // a finding the clerk settled (已核实/忽略) is listed, marked, and not counted
  const open = r.findings.filter((f) => !f.settled);
  const errors = open.filter((f) => f.severity === "error").length;
  const warnings = open.filter((f) => f.severity === "warning").length;
  const infos = open.length - errors - warnings;
  lines.push(
    en
      ? `  ${errors} errors, ${warnings} warnings, ${infos} notes; ${r.scores.length} scores computed`
      : `  共 ${errors} 个错误, ${warnings} 个警告, ${infos} 个提示; 计算得分 ${r.scores.length} 处`,
  );
  return lines.join("\n") + "\n";
}

/** What was checked on a sheet, in one line's tail: "; 已核对 合计 12, 比率 3; 计算得分 25 处" and the note. */
function checkedText(s: Plan["sheets"][number], en: boolean): string {
  if (!s.checked) return "";
  const parts = Object.entries(s.checked.relations).map(([k, n]) => `${en ? k : (CHECKED_ZH[k] ?? k)} ${n}`);
  const said = parts.length ? (en ? `; checked ${parts.join(", ")}` : `; 已核对 ${parts.join(", ")}`) : "";
  const scores = s.checked.scores ? (en ? `; ${s.checked.scores} scores computed` : `; 计算得分 ${s.checked.scores} 处`) : "";
  const note = en ? (s.noteEn ?? s.note) : s.note;
  return `${said}${scores}${note ? `; ${note}` : ""}`;
}

/** Relation kinds (by the finding they can raise) as the clerk reads them. */
const CHECKED_ZH: Record<string, string> = {
  "sum-mismatch": "合计", "part-exceeds-total": "其中", "rate-mismatch": "比率", "count-exceeds-base": "人数不超基数",
  "difference-mismatch": "差数", "ratio-mismatch": "性别比", "share-sum-mismatch": "构成", "cross-sheet-mismatch": "跨表同数",
  "max-sum-mismatch": "分值", "score-over-max": "得分上限", "summary-detail-mismatch": "汇总与明细", "rank-mismatch": "名次",
  "weight-sum-mismatch": "权重", "change-mismatch": "增减",
};

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
  let loaded;
  try {
    loaded = await readXlsxFile(file, { maxRows: CLI_MAX_ROWS });
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
