/**
 * `assess check` (docs/contract.md) on generated fixture workbooks: in-process through main() with a
 * capturing io, and as a real process through bin/assess.js for exit codes and stderr.
 */
import * as ExcelJS from "exceljs";
import { createHash } from "crypto";
import { execFileSync, spawnSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { main, type CliIO } from "../../src/cli/main";
import { writeFixtures, type WrittenFixture } from "../fixtures";
import { describeWith } from "../support/system";
import { recalcToCsv, soffice } from "../hosts/xlsx/recalc";
import { parseCellAddress } from "../../src/engine/address";

const ROOT = resolve(__dirname, "..", "..");
const BIN = join(ROOT, "bin", "assess.js");

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function check(...argv: string[]): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const io: CliIO = { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s) };
  const code = await main(["check", ...argv], io);
  return { code, stdout, stderr };
}

function spawnAssess(...argv: string[]): Run {
  const r = spawnSync(process.execPath, [BIN, ...argv], { encoding: "utf8", cwd: ROOT });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function sha256(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

interface JsonFinding {
  kind: string;
  severity: string;
  sheet: string;
  cell: string;
  related: string[];
  expected?: number;
  actual?: number;
  message: string;
}
interface JsonReport {
  files: Array<{
    file: string;
    sheets: Array<{ name: string; kind: string; tables: number }>;
    findings: JsonFinding[];
    scores: Array<{ sheet: string; cell: string; value: number | null; formula?: string }>;
    totals: Array<{ sheet: string; cell: string; value: number | null; formula?: string; veto: boolean }>;
    valueWrites?: Array<{ sheet: string; cell: string; text: string; value: number | string | null; numberFormat?: string; scoreCell?: string }>;
  }>;
}

let dir: string;
let fixtures: Map<string, WrittenFixture>;
const fx = (file: string): WrittenFixture => {
  const f = fixtures.get(file);
  if (!f) throw new Error(`no fixture ${file}`);
  return f;
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "assess-check-"));
  fixtures = new Map((await writeFixtures(dir)).map((f) => [f.file, f]));
  writeFileSync(join(dir, "notes.xlsx"), "这不是工作簿,只是文字\n");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("assess check: arguments and unreadable files (exit 2, one line, no stack)", () => {
  const oneLine = (s: string) => {
    expect(s.endsWith("\n")).toBe(true);
    expect(s.trimEnd().split("\n")).toHaveLength(1);
    expect(s).not.toMatch(/\n\s+at /);
  };

  it("no input file", async () => {
    const r = await check();
    expect(r.code).toBe(2);
    oneLine(r.stderr);
  });

  it("a missing file", async () => {
    const r = await check(join(dir, "missing.xlsx"), "--lang", "en");
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toContain("missing.xlsx: no such file");
  });

  it("a file that is not an .xlsx", async () => {
    const r = await check(join(dir, "notes.xlsx"), "--lang", "en");
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toMatch(/notes\.xlsx: not an \.xlsx workbook/);
  });

  it("--write with two inputs", async () => {
    const r = await check(fx("statistics-bottom.xlsx").path, fx("summary.xlsx").path, "--write", join(dir, "out.xlsx"));
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(existsSync(join(dir, "out.xlsx"))).toBe(false);
  });

  it("--write without OUT, --write onto the input, an unknown option", async () => {
    const input = fx("statistics-bottom.xlsx").path;
    for (const argv of [[input, "--write"], [input, "--write", "--json"], [input, "--write", input], [input, "--frobnicate"]]) {
      const r = await check(...argv);
      expect([argv.join(" "), r.code]).toEqual([argv.join(" "), 2]);
      oneLine(r.stderr);
    }
  });

  it("--write into a folder that does not exist", async () => {
    const r = await check(fx("statistics-bottom.xlsx").path, "--write", join(dir, "no-such-dir", "out.xlsx"), "--lang", "en");
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toMatch(/^assess check: cannot write .*out\.xlsx/);
  });

  it("one unreadable file among good ones still exits 2", async () => {
    const r = await check(fx("statistics-bottom.xlsx").path, join(dir, "missing.xlsx"));
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stdout).toContain("statistics-bottom.xlsx");
  });
});

describe("assess check --json: docs/contract.md's document", () => {
  it("has files[].file/sheets/findings/scores/totals for every input", async () => {
    const a = fx("statistics-bottom.xlsx").path;
    const b = fx("scoring.xlsx").path;
    const r = await check(a, b, "--json");
    expect(r.stderr).toBe("");
    const doc = JSON.parse(r.stdout) as JsonReport;
    expect(doc.files.map((f) => f.file)).toEqual([a, b]);
    for (const f of doc.files) {
      expect(Array.isArray(f.findings)).toBe(true);
      expect(Array.isArray(f.scores)).toBe(true);
      expect(Array.isArray(f.totals)).toBe(true);
      for (const s of f.sheets) {
        expect(["scoring", "summary", "statistics", "other"]).toContain(s.kind);
        expect(typeof s.tables).toBe("number");
      }
    }
    expect(doc.files[0].sheets.map((s) => s.name)).toEqual(["统计表"]);
    expect(doc.files[1].sheets.map((s) => s.name)).toEqual(["考核评分表"]);
  });

  it("classifies the fixture sheets by family", async () => {
    const r = await check(fx("sample-consistent.xlsx").path, "--json");
    const kinds = Object.fromEntries((JSON.parse(r.stdout) as JsonReport).files[0].sheets.map((s) => [s.name, s.kind]));
    expect(kinds).toEqual({
      统计表: "statistics",
      孩次构成: "statistics",
      节育措施: "statistics",
      出生情况: "statistics",
      考核评分表: "scoring",
      汇总表: "summary",
    });
  });
});

describe("assess check: the planted 合计 off by 2 (issue 2's done-when)", () => {
  it("prints a sum-mismatch at 统计表!C12 and exits 1; JSON has expected 182, actual 180", async () => {
    const path = fx("statistics-bottom-planted.xlsx").path;
    const human = await check(path);
    expect(human.code).toBe(1);
    expect(human.stdout).toMatch(/统计表!C12 \[sum-mismatch\]/);
    const r = await check(path, "--json");
    expect(r.code).toBe(1);
    const findings = (JSON.parse(r.stdout) as JsonReport).files[0].findings;
    const f = findings.find((x) => x.kind === "sum-mismatch" && x.cell === "C12");
    expect(f).toMatchObject({ severity: "error", sheet: "统计表", expected: 182, actual: 180 });
    expect(f!.related).toEqual(["C5:C11"]);
    expect(f!.message).toMatch(/180/);
  });

  it("prints no finding on the consistent twin and exits 0", async () => {
    const r = await check(fx("statistics-bottom.xlsx").path);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("未发现问题");
    expect(r.code).toBe(0);
  });

  it("says per sheet what was checked, in the text and in the JSON (sheets[].checked)", async () => {
    const path = fx("statistics-bottom.xlsx").path;
    const r = await check(path);
    expect(r.stdout).toMatch(/工作表 统计表: 统计报表, 1 个表格; 已核对 合计 \d+/);
    const doc = JSON.parse((await check(path, "--json")).stdout) as { files: { sheets: { checked?: { relations: Record<string, number>; scores: number } }[] }[] };
    const checked = doc.files[0].sheets[0].checked!;
    expect(checked.relations["sum-mismatch"]).toBeGreaterThan(0);
    expect(checked.scores).toBe(0);
  });
});

describe("assess check on every fixture: the expected findings, and no false alarm", () => {
  const consistent = [
    "statistics-bottom.xlsx",
    "statistics-top.xlsx",
    "partial-breakdown.xlsx",
    "merged-header.xlsx",
    "scoring.xlsx",
    "scoring-blank.xlsx",
    "summary.xlsx",
    "rates.xlsx",
    "summary-detail.xlsx",
    "sample-consistent.xlsx",
  ];
  const planted = [
    "statistics-bottom-planted.xlsx",
    "statistics-top-planted.xlsx",
    "partial-breakdown-planted.xlsx",
    "merged-header-planted.xlsx",
    "scoring-planted.xlsx",
    "summary-planted.xlsx",
    "rates-planted.xlsx",
    "summary-detail-planted.xlsx",
    "sample.xlsx",
    "sample-planted.xlsx",
  ];

  it.each(consistent)("%s: no error or warning, exit 0", async (file) => {
    const r = await check(fx(file).path, "--json");
    const findings = (JSON.parse(r.stdout) as JsonReport).files[0].findings;
    const alarms = findings.filter((f) => f.severity !== "info").map((f) => `${f.kind} ${f.sheet}!${f.cell}: ${f.message}`);
    expect(alarms).toEqual([]);
    expect(r.code).toBe(0);
  });

  it.each(planted)("%s: every planted error found, nothing else flagged as an error, exit 1", async (file) => {
    const f = fx(file);
    const r = await check(f.path, "--json");
    const findings = (JSON.parse(r.stdout) as JsonReport).files[0].findings;
    const got = findings.map((x) => `${x.kind} ${x.sheet}!${x.cell}`);
    for (const e of f.expected) {
      expect(got).toContain(`${e.kind} ${e.sheet}!${e.cell}`);
      const hit = findings.find((x) => x.kind === e.kind && x.sheet === e.sheet && x.cell === e.cell)!;
      if (e.expected !== undefined) expect([hit.cell, hit.expected]).toEqual([e.cell, e.expected]);
      if (e.actual !== undefined) expect([hit.cell, hit.actual]).toEqual([e.cell, e.actual]);
    }
    const allowed = new Set([...f.expected, ...f.tolerated].map((x) => `${x.sheet}!${x.cell}`));
    const stray = findings.filter((x) => x.severity === "error" && !allowed.has(`${x.sheet}!${x.cell}`));
    expect(stray.map((x) => `${x.kind} ${x.sheet}!${x.cell}: ${x.message}`)).toEqual([]);
    expect(r.code).toBe(1);
  });
});

describe("assess check --write OUT (issue 6)", () => {
  // hand-computed 考核得分 of the scoring fixture (test/fixtures/builders.ts addScoringSheet);
  // scoring-blank.xlsx has that column empty, so every one of these must come from the engine
  const HAND: Record<string, number> = { G5: 9, G6: 20, G7: 20, G4: 49, G9: 20, G10: 15, G8: 35, G3: 84, G15: 85 };

  it("never modifies the input, and the output keeps every cell it does not write", async () => {
    const input = fx("sample-consistent.xlsx").path;
    const out = join(dir, "sample-out.xlsx");
    const hash = sha256(input);
    const r = await check(input, "--write", out, "--json");
    expect(r.stderr).toBe("");
    expect(sha256(input)).toBe(hash);
    expect(existsSync(out)).toBe(true);

    const doc = JSON.parse(r.stdout) as JsonReport;
    const writtenCells = new Set(
      [...doc.files[0].scores, ...doc.files[0].totals].map((s) => `${s.sheet}!${s.cell}`),
    );
    // values typed as text ("3人") made numbers: only their value and number format change
    const formats = new Map((doc.files[0].valueWrites ?? []).map((v) => [`${v.sheet}!${v.cell}`, v] as const));
    expect(formats.size).toBeGreaterThan(0);
    const a = new ExcelJS.Workbook();
    await a.xlsx.readFile(input);
    const b = new ExcelJS.Workbook();
    await b.xlsx.readFile(out);
    expect(b.worksheets.map((w) => w.name)).toEqual(a.worksheets.map((w) => w.name));
    let compared = 0;
    for (const wa of a.worksheets) {
      const wb = b.getWorksheet(wa.name)!;
      expect(wb.model.merges).toEqual(wa.model.merges);
      expect(wb.columns?.map((c) => c.width)).toEqual(wa.columns?.map((c) => c.width));
      wa.eachRow({ includeEmpty: true }, (row, rn) => {
        row.eachCell({ includeEmpty: true }, (ca) => {
          const cb = wb.getRow(rn).getCell(ca.col);
          const made = formats.get(`${wa.name}!${ca.address}`);
          if (made) {
            expect([ca.address, ca.value, cb.value, cb.numFmt]).toEqual([ca.address, made.text, made.value, made.numberFormat]);
            expect([ca.address, JSON.stringify({ ...cb.style, numFmt: undefined })]).toEqual([ca.address, JSON.stringify({ ...ca.style, numFmt: undefined })]);
            return;
          }
          expect([ca.address, JSON.stringify(cb.style)]).toEqual([ca.address, JSON.stringify(ca.style)]);
          if (writtenCells.has(`${wa.name}!${ca.address}`)) return;
          expect([`${wa.name}!${ca.address}`, cb.value]).toEqual([`${wa.name}!${ca.address}`, ca.value]);
          compared++;
        });
      });
    }
    expect(compared).toBeGreaterThan(200);
  });

  it("writes the scoring sheet's 考核得分 as formulas with the hand-computed values cached", async () => {
    const out = join(dir, "scoring-out.xlsx");
    const r = await check(fx("scoring-blank.xlsx").path, "--write", out);
    expect(r.stderr).toBe("");
    const b = new ExcelJS.Workbook();
    await b.xlsx.readFile(out);
    const ws = b.getWorksheet("考核评分表")!;
    const got = Object.fromEntries(
      Object.keys(HAND).map((a) => {
        const v = ws.getCell(a).value as ExcelJS.CellFormulaValue;
        return [a, { hasFormula: typeof v === "object" && v !== null && typeof v.formula === "string", result: v && typeof v === "object" ? v.result : v }];
      }),
    );
    // Every score is a live formula, also where the value cell held text other than 是/否/有/无 (3人, 46%, 1个):
    // that cell is first made the number it means, shown the same (issue 10 item 3; these were plain values before)
    expect(got).toEqual(Object.fromEntries(Object.entries(HAND).map(([a, n]) => [a, { hasFormula: true, result: n }])));
    const made = Object.fromEntries(["E5", "E6", "E10"].map((a) => [a, [ws.getCell(a).value, ws.getCell(a).numFmt]]));
    expect(made).toEqual({ E5: [3, '0"人"'], E6: [0.46, "0%"], E10: [1, '0"个"'] });
  });

  it("with --values writes plain numbers", async () => {
    const out = join(dir, "scoring-values.xlsx");
    await check(fx("scoring-blank.xlsx").path, "--write", out, "--values");
    const b = new ExcelJS.Workbook();
    await b.xlsx.readFile(out);
    const ws = b.getWorksheet("考核评分表")!;
    expect(Object.fromEntries(Object.keys(HAND).map((a) => [a, ws.getCell(a).value]))).toEqual(HAND);
  });
});

describeWith(soffice)("assess check --write: LibreOffice agrees with every cached value (issue 6)", () => {
  it("recalculates each written score/total of the scoring sheet to the value the CLI cached", async () => {
    const out = join(dir, "scoring-lo.xlsx");
    const r = await check(fx("scoring-blank.xlsx").path, "--write", out, "--json");
    expect(r.stderr).toBe("");
    const doc = JSON.parse(r.stdout) as JsonReport;
    const written = [...doc.files[0].scores, ...doc.files[0].totals].filter((s) => s.formula && s.value !== null);
    expect(written.length).toBeGreaterThanOrEqual(9); // G3..G10 and G15 at least
    const work = mkdtempSync(join(tmpdir(), "assess-lo-cli-"));
    try {
      const rows = recalcToCsv(out, work);
      const recalculated = Object.fromEntries(
        written.map((s) => {
          const { row, col } = parseCellAddress(s.cell);
          return [s.cell, Number(rows[row]?.[col])];
        }),
      );
      expect(recalculated).toEqual(Object.fromEntries(written.map((s) => [s.cell, s.value])));
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 200_000);
});

describe("bin/assess.js as a process", () => {
  beforeAll(() => {
    // `npm test` builds the CLI first (pretest); a bare `npx jest` may not have
    if (!existsSync(join(ROOT, "dist", "cli", "cli", "main.js"))) {
      execFileSync(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.cli.json"], {
        cwd: ROOT,
        stdio: "pipe",
      });
    }
  });

  it("--help exits 0", () => {
    const r = spawnAssess("--help", "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("assess check FILE...");
  });

  it("a missing file: exit 2, one line on stderr", () => {
    const r = spawnAssess("check", join(dir, "missing.xlsx"), "--lang", "en");
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split("\n")).toEqual([`assess check: ${join(dir, "missing.xlsx")}: no such file`]);
    expect(r.stdout).toBe("");
  });

  it("a non-xlsx file: exit 2, one line on stderr", () => {
    const r = spawnAssess("check", join(dir, "notes.xlsx"), "--lang", "en");
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("not an .xlsx workbook");
  });

  it("--write with two inputs: exit 2", () => {
    const r = spawnAssess("check", fx("summary.xlsx").path, fx("scoring.xlsx").path, "--write", join(dir, "x.xlsx"));
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
  });

  it("--json on a consistent file: one JSON document, exit 0", () => {
    const r = spawnAssess("check", fx("statistics-bottom.xlsx").path, "--json");
    const doc = JSON.parse(r.stdout) as JsonReport;
    expect(doc.files).toHaveLength(1);
    expect(doc.files[0]).toEqual(
      expect.objectContaining({ file: fx("statistics-bottom.xlsx").path, findings: [], scores: expect.any(Array), totals: expect.any(Array) }),
    );
    expect(r.code).toBe(0);
  });

  it("the planted 合计: exit 1 with the sum-mismatch at C12", () => {
    const r = spawnAssess("check", fx("statistics-bottom-planted.xlsx").path, "--json");
    const doc = JSON.parse(r.stdout) as JsonReport;
    expect(doc.files[0].findings.map((f) => `${f.kind} ${f.sheet}!${f.cell}`)).toContain("sum-mismatch 统计表!C12");
    expect(r.code).toBe(1);
  });
});
