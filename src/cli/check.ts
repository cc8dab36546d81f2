/**
 * `assess check FILE... [--json] [--write OUT] [--values]` (CONTRACT.md): read each workbook,
 * run the engine, print the findings (or one JSON document), optionally write the
 * recalculated workbook. Exit 0 = no error finding, 1 = at least one, 2 = bad arguments or
 * an unreadable file (one line on stderr, never a stack trace).
 */
import { resolve } from "path";
import type { CliIO } from "./main";
import { analyzeWorkbook, settingsInSnapshot } from "../engine/index";
import type { Plan } from "../engine/plan";
import type { Finding } from "../engine/findings";
import { readXlsxFile, writeBytesFile, writeTargetProblem } from "../hosts/xlsx/file";
import { XlsxReadError } from "../hosts/xlsx/read";
import { applyPlanToWorkbook, writeXlsx } from "../hosts/xlsx/write";

export interface CheckArgs {
  readonly files: string[];
  readonly json: boolean;
  readonly write?: string;
  readonly values: boolean;
  /** check the workbook as it stands, without the settings stored in it */
  readonly ignoreSettings?: boolean;
}

/** Parse the arguments; a string is the one-line reason they are unusable. */
export function parseCheckArgs(argv: string[]): CheckArgs | string {
  const files: string[] = [];
  let json = false;
  let values = false;
  let ignoreSettings = false;
  let write: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--json") json = true;
    else if (a === "--values") values = true;
    else if (a === "--ignore-settings") ignoreSettings = true;
    else if (a === "--write" || a.startsWith("--write=")) {
      const out = a === "--write" ? argv[++i] : a.slice("--write=".length);
      if (!out || out.startsWith("--")) return "--write needs an output file (--write OUT)";
      if (write !== undefined) return "--write given twice";
      write = out;
    } else if (a === "--") {
      files.push(...argv.slice(i + 1));
      break;
    } else if (a.startsWith("-") && a !== "-") return `unknown option '${a}'`;
    else files.push(a);
  }
  if (files.length === 0) return "no input file (usage: assess check FILE... [--json] [--write OUT] [--values])";
  if (write !== undefined && files.length !== 1) return "--write takes exactly one input file";
  if (write !== undefined && resolve(write) === resolve(files[0])) {
    return "--write OUT must not be the input file (the input is never modified)";
  }
  return { files, json, write, values, ...(ignoreSettings ? { ignoreSettings } : {}) };
}

/** CONTRACT.md's per-file JSON object. */
export interface FileReport {
  readonly file: string;
  readonly sheets: Plan["sheets"];
  readonly findings: Array<Omit<Finding, "messageEn"> & { messageEn?: string }>;
  readonly scores: Plan["scores"];
  readonly totals: Plan["totals"];
}

export function fileReport(file: string, plan: Plan): FileReport {
  return {
    file,
    sheets: plan.sheets.map((s) => ({ name: s.name, kind: s.kind, tables: s.tables })),
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
    })),
    scores: plan.scores.map((s) => ({
      sheet: s.sheet,
      cell: s.cell,
      value: s.value,
      ...(s.formula ? { formula: s.formula } : {}),
    })),
    totals: plan.totals.map((t) => ({
      sheet: t.sheet,
      cell: t.cell,
      value: t.value,
      ...(t.formula ? { formula: t.formula } : {}),
      veto: t.veto,
      ...(t.grand !== undefined ? { grand: t.grand } : {}),
    })),
  };
}

const SEVERITY_ZH: Record<Finding["severity"], string> = { error: "错误", warning: "警告", info: "提示" };
const KIND_ZH: Record<Plan["sheets"][number]["kind"], string> = {
  scoring: "考核评分表",
  summary: "汇总表",
  statistics: "统计报表",
  other: "其他",
};

/** The human-readable report of one file (Chinese first, as the clerk reads it). */
export function formatReport(r: FileReport): string {
  const lines: string[] = [r.file];
  for (const s of r.sheets) {
    lines.push(`  工作表 ${s.name}: ${KIND_ZH[s.kind] ?? s.kind}, ${s.tables} 个表格`);
  }
  if (r.findings.length === 0) {
    lines.push("  未发现问题 (no findings)");
  } else {
    for (const f of r.findings) {
      // the message already states the figures; the related cells say where they came from
      const rel = f.related.length ? ` (${f.related.join(", ")})` : "";
      lines.push(`  ${SEVERITY_ZH[f.severity]} ${f.sheet}!${f.cell} [${f.kind}] ${f.message}${rel}`);
    }
  }
  const errors = r.findings.filter((f) => f.severity === "error").length;
  const warnings = r.findings.filter((f) => f.severity === "warning").length;
  const infos = r.findings.length - errors - warnings;
  lines.push(
    `  共 ${errors} 个错误, ${warnings} 个警告, ${infos} 个提示; 计算得分 ${r.scores.length} 处` +
      ` (${errors} errors, ${warnings} warnings, ${infos} notes; ${r.scores.length} scores computed)`,
  );
  return lines.join("\n") + "\n";
}

function oneLine(e: unknown): string {
  const s = e instanceof Error ? e.message : String(e);
  return s.split(/\r?\n/)[0];
}

export async function runCheck(argv: string[], io: CliIO): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h")) {
    io.stdout("Usage: assess check FILE... [--json] [--write OUT] [--values] [--ignore-settings]\n");
    return 0;
  }
  const args = parseCheckArgs(argv);
  if (typeof args === "string") {
    io.stderr(`assess check: ${args}\n`);
    return 2;
  }

  if (args.write !== undefined) {
    // by file identity (links included), not by path text
    const problem = await writeTargetProblem(args.files[0], args.write);
    if (problem) {
      io.stderr(`assess check: ${problem}\n`);
      return 2;
    }
  }

  const reports: FileReport[] = [];
  // a failed write is said after the check's own output (the JSON is still printed)
  const writeFailures: string[] = [];
  let unreadable = false;
  let anyError = false;
  for (const file of args.files) {
    let loaded;
    try {
      loaded = await readXlsxFile(file);
    } catch (e) {
      unreadable = true;
      io.stderr(`assess check: ${e instanceof XlsxReadError ? e.message : `${file}: ${oneLine(e)}`}\n`);
      continue;
    }
    let plan: Plan;
    try {
      plan = analyzeWorkbook(loaded.snapshot, { values: args.values, ...(args.ignoreSettings ? { ignoreSettings: true } : {}) });
    } catch (e) {
      unreadable = true;
      io.stderr(`assess check: ${file}: the engine failed on this workbook: ${oneLine(e)}\n`);
      continue;
    }
    const report = fileReport(file, plan);
    reports.push(report);
    if (plan.findings.some((f) => f.severity === "error")) anyError = true;
    if (!args.json) io.stdout(formatReport(report));

    const unknownLocks = args.write !== undefined && !args.ignoreSettings ? settingsInSnapshot(loaded.snapshot).error : undefined;
    if (unknownLocks) {
      writeFailures.push(
        `not writing ${args.write}: the settings stored in the workbook cannot be read, so which cells the clerk locked is unknown ` +
          "(repair them in the add-in, or use --ignore-settings to write as the workbook stands)",
      );
    } else if (args.write !== undefined) {
      const written = await writeCheckedWorkbook(file, args.write, loaded.workbook, plan, args.values);
      if (typeof written === "string") writeFailures.push(written);
      else if (!args.json) io.stdout(written.join("\n") + "\n");
    }
  }

  if (args.json) io.stdout(JSON.stringify({ files: reports }, null, 2) + "\n");
  for (const w of writeFailures) io.stderr(`assess check: ${w}\n`);
  if (unreadable || writeFailures.length) return 2;
  return anyError ? 1 : 0;
}

/**
 * Apply the plan to the workbook read and write it to `out` (beside it, then renamed). The
 * lines to print, or the one-line reason the write failed.
 */
async function writeCheckedWorkbook(
  input: string,
  out: string,
  workbook: Parameters<typeof applyPlanToWorkbook>[0],
  plan: Plan,
  values: boolean,
): Promise<string[] | string> {
  try {
    const result = applyPlanToWorkbook(workbook, plan.writes, { values });
    await writeBytesFile(out, await writeXlsx(workbook), input);
    const lines = [`已写入 ${out}: ${result.written} 个单元格 (wrote ${result.written} cells)`];
    for (const s of result.skipped) {
      lines.push(`  未写入 ${s.write.sheet}!${s.write.cell}: 位于合并单元格内 (not written: ${s.reason})`);
    }
    return lines;
  } catch (e) {
    return `cannot write ${out}: ${oneLine(e)}`;
  }
}
