/**
 * The fuzz property: a realistic workbook, structured hostile mutations (fast-check picks
 * them), `assess check --json [--write OUT]` on it. Whatever the mutation:
 * exit 0/1/2 only; every message one line, no stack trace; the input's bytes unchanged; and
 * when OUT is written: no typed number changed, OUT re-readable by the CLI itself.
 * Used by the bounded run in `npm test` (fuzz.test.ts) and the long one (`npm run fuzz`).
 */
import * as fc from "fast-check";
import { createHash } from "crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import * as ExcelJS from "exceljs";
import { main, type CliIO } from "../../src/cli/main";
import { readXlsx } from "../../src/hosts/xlsx/read";
import { addSettingsSheet, baseWorkbook, bytesOf, describeMutation, mutate, typedNumbers, type Base, type Mutation } from "./hostile";

export interface FuzzCase {
  readonly base: Base;
  readonly mutations: Mutation[];
  /** text of a planted `_assess_settings` record, if any */
  readonly settings?: string;
  readonly write: boolean;
  readonly values: boolean;
}

const cellArb = fc.tuple(fc.integer({ min: 0, max: 11 }), fc.integer({ min: 1, max: 24 })).map(([c, r]) => `${String.fromCharCode(65 + c)}${r}`);
const colArb = fc.oneof(
  fc.integer({ min: 1, max: 12 }).map((c) => String.fromCharCode(64 + c)),
  fc.constantFrom("XFD", "XFE", "ZZZZ", "AAA"),
);
const rowNumArb = fc.oneof(fc.integer({ min: 1, max: 30 }), fc.constantFrom(0, 1_048_576, 1_048_577, 2_000_000_000, 99_999_999_999));
const mergeRefArb = fc.oneof(
  fc.tuple(colArb, rowNumArb, colArb, rowNumArb).map(([a, b, c, d]) => `${a}${b}:${c}${d}`),
  fc.constantFrom("A1:XFD1048576", "A1:A1048576", "A1:XFD1", "B2:A1", "A1:", ":", "A1:B2:C3", "1:1", "A0:B1", "$A$1:$C$3"),
);
const textArb = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constantFrom("第一行\r\n第二行", "a\tb", "𠀀😀", "_x000D_", "_x005F_x0041_", "\r", "=1+1", "@SUM(A1)", "+cmd", "每配备1名计3分,计满10分为止", "合计", "其中"),
  fc.string({ unit: "binary", maxLength: 20 }),
);
const digitsArb = fc.oneof(
  fc.constantFrom("1e308", "1e309", "-1e309", "-0", "1E-400", "4.9e-324", "123456789012345678901234567890"),
  fc.integer({ min: 16, max: 400 }).map((n) => "9".repeat(n)),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
);
const formulaArb = fc.constantFrom(
  "SUM(A1:XFD1048576)", "1/0", "A1", "\"x\"", "SUM(" + "A1,".repeat(300) + "A1)", "INDIRECT(\"A\"&ROW())", "WEBSERVICE(\"http://x\")", "",
);

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  mergeRefArb.map((ref) => ({ kind: "merge" as const, ref })),
  fc.tuple(rowNumArb, textArb).map(([row, value]) => ({ kind: "row" as const, row, value })),
  fc.integer({ min: 1, max: 16 }).map((row) => ({ kind: "duplicate-row" as const, row })),
  fc.constant({ kind: "drop-shared-strings" as const }),
  fc.tuple(cellArb, fc.oneof(fc.integer({ min: 0, max: 40 }), fc.constantFrom(-1, 1e9))).map(([cell, index]) => ({ kind: "shared-index" as const, cell, index })),
  fc.tuple(cellArb, fc.constantFrom(1000, 32_767, 100_000), fc.constantFrom("9", "a", "分", "、", "1人")).map(([cell, length, char]) => ({ kind: "huge-text" as const, cell, length, char })),
  fc.tuple(cellArb, textArb).map(([cell, text]) => ({ kind: "text" as const, cell, text })),
  fc.tuple(cellArb, digitsArb).map(([cell, digits]) => ({ kind: "number" as const, cell, digits })),
  fc.tuple(cellArb, formulaArb).map(([cell, formula]) => ({ kind: "formula" as const, cell, formula })),
  fc.constantFrom("A1:XFD1048576", "A1", "garbage", "A0:B0").map((ref) => ({ kind: "dimension" as const, ref })),
);

const settingsArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "{oops",
    "",
    "null",
    "[]",
    '{"version":2}',
    '{"version":"1"}',
    '{"version":1,"__proto__":{"polluted":1}}',
    '{"version":1,"corrections":[{"sheet":"考核评分表","what":"column","col":null,"role":"score"}]}',
    '{"version":1,"corrections":[{"sheet":"考核评分表","what":"kind","kind":"other"},{"sheet":"统计表","what":"kind","kind":"other"}]}',
    '{"version":1,"lockedCells":["考核评分表!XFE9","没有的表!A1",7,null]}',
    '{"version":1,"ruleOverrides":{"考核评分表!D5":"每1人+9999999999999999999999999 上限1e400"}}',
    '{"version":1,"scoreColumn":"self","settled":[{"kind":"sum-mismatch","sheet":"统计表","cell":"C12","status":"ignored","fingerprint":"x"}]}',
  ),
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify({ version: 1, corrections: v, lockedCells: v, ruleOverrides: v })),
);

export const caseArb: fc.Arbitrary<FuzzCase> = fc.record(
  {
    base: fc.constantFrom<Base>("scoring", "scoring-blank", "statistics", "summary-detail"),
    mutations: fc.array(mutationArb, { minLength: 1, maxLength: 4 }),
    settings: settingsArb,
    write: fc.boolean(),
    values: fc.boolean(),
  },
  { requiredKeys: ["base", "mutations", "write", "values"] },
);

export function describeCase(c: FuzzCase): string {
  return `${c.base} ${c.mutations.map(describeMutation).join(" ")}${c.settings !== undefined ? ` settings=${JSON.stringify(c.settings).slice(0, 80)}` : ""}${c.write ? " --write" : ""}${c.values ? " --values" : ""}`;
}

const baseCache = new Map<string, Uint8Array>();

async function inputBytes(c: FuzzCase): Promise<Uint8Array> {
  const key = `${c.base}\u0000${c.settings ?? ""}\u0000${c.settings !== undefined}`;
  let bytes = baseCache.get(key);
  if (!bytes) {
    const wb: ExcelJS.Workbook = baseWorkbook(c.base);
    if (c.settings !== undefined) addSettingsSheet(wb, c.settings);
    bytes = await bytesOf(wb);
    baseCache.set(key, bytes);
  }
  return mutate(bytes, c.mutations);
}

export interface CaseResult {
  readonly code: number;
  readonly ms: number;
  readonly problems: string[];
}

const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string; threw?: unknown }> {
  let stdout = "";
  let stderr = "";
  const io: CliIO = { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s) };
  try {
    const code = await main(["check", "--lang", "en", ...argv], io);
    return { code, stdout, stderr };
  } catch (e) {
    return { code: -1, stdout, stderr, threw: e };
  }
}

function messageProblems(stderr: string): string[] {
  const out: string[] = [];
  for (const line of stderr.split("\n").filter((l) => l.length > 0)) {
    if (!line.startsWith("assess check: ")) out.push(`stderr line not a message: ${line.slice(0, 120)}`);
    if (/^\s+at |\bat .*:\d+:\d+\)?$|node:internal|TypeError|RangeError|ReferenceError/.test(line)) out.push(`stack trace: ${line.slice(0, 160)}`);
  }
  return out;
}

/** Run one case; the list of properties it broke (empty when it held). */
export async function runCase(c: FuzzCase): Promise<CaseResult> {
  const dir = mkdtempSync(join(tmpdir(), "assess-fuzz-"));
  const problems: string[] = [];
  try {
    const bytes = await inputBytes(c);
    const input = join(dir, "in.xlsx");
    const out = join(dir, "out.xlsx");
    writeFileSync(input, bytes);
    const before = sha(bytes);
    const argv = [input, "--json", ...(c.write ? ["--write", out] : []), ...(c.values ? ["--values"] : [])];
    const t0 = Date.now();
    const r = await run(argv);
    const ms = Date.now() - t0;
    if (r.threw !== undefined) problems.push(`crash: main() threw ${String(r.threw).split("\n")[0]}`);
    else if (![0, 1, 2].includes(r.code)) problems.push(`exit ${r.code}`);
    problems.push(...messageProblems(r.stderr));
    if (r.code !== 2 || r.stdout.trim()) {
      try {
        JSON.parse(r.stdout);
      } catch {
        problems.push("stdout is not one JSON document");
      }
    }
    if (sha(readFileSync(input)) !== before) problems.push("input changed");
    if (c.write && existsSync(out)) {
      const again = await run([out, "--json"]);
      if (again.code !== 0 && again.code !== 1) problems.push(`output not re-readable (exit ${again.code}: ${again.stderr.split("\n")[0]})`);
      problems.push(...messageProblems(again.stderr));
      try {
        const typed = await typedNumbers(readFileSync(input));
        const wb = (await readXlsx(readFileSync(out))).workbook;
        for (const [key, v] of typed) {
          const [sheet, cell] = [key.slice(0, key.lastIndexOf("!")), key.slice(key.lastIndexOf("!") + 1)];
          const got = wb.getWorksheet(sheet)?.getCell(cell);
          const value = got?.type === ExcelJS.ValueType.Formula ? got.result : got?.value;
          if (value !== v) {
            problems.push(`typed number changed: ${key} ${v} → ${JSON.stringify(value)}`);
            break;
          }
        }
      } catch (e) {
        problems.push(`output not loadable by ExcelJS: ${String(e).split("\n")[0]}`);
      }
    }
    return { code: r.code, ms, problems };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
