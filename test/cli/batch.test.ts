/**
 * The supervisor's batch: `assess check FOLDER|GLOB… [--summary FILE] [--jobs N]`, the language
 * of the CLI, the unit each workbook is about, and the summary files. The end-to-end part
 * runs the built CLI as a process from a directory outside the project, as a supervisor would.
 */
import * as ExcelJS from "exceljs";
import { execFileSync, spawnSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { expandInputs, isCheckable } from "../../src/cli/inputs";
import { takeLang } from "../../src/cli/i18n";
import { unitOf } from "../../src/cli/unit";
import { summaryCsv, summaryRow, summaryXlsx, type SummaryRow } from "../../src/cli/summary";
import { main, type CliIO } from "../../src/cli/main";
import { allFixtures, fixtureBytes } from "../fixtures";
import type { CellValue, WorkbookSnapshot } from "../../src/engine/grid";

const ROOT = resolve(__dirname, "..", "..");
const BIN = join(ROOT, "bin", "assess.js");

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "assess-batch-"));
  const want = new Map(allFixtures().map((f) => [f.file, f]));
  const put = async (name: string, rel: string) => {
    const f = want.get(name);
    if (!f) throw new Error(`no fixture ${name}`);
    mkdirSync(join(dir, rel, ".."), { recursive: true });
    writeFileSync(join(dir, rel), await fixtureBytes(f));
  };
  // 县/城关镇/…: clean and planted workbooks in nested folders
  await put("scoring.xlsx", "县/城关镇/考核表.xlsx");
  await put("statistics-bottom-planted.xlsx", "县/北关镇/统计表.xlsx");
  await put("statistics-bottom.xlsx", "县/南关镇/统计表.xlsm");
  await put("scoring.xlsx", "县/城关镇/~$考核表.xlsx"); // Excel's lock file beside an open workbook
  await put("scoring.xlsx", "县/城关镇/.考核表.xlsx.1234.abcdef.tmp"); // a write in progress
  await put("scoring.xlsx", "县/.hidden/考核表.xlsx");
  writeFileSync(join(dir, "县", "说明.docx"), "not a workbook");
  // 坏/: a clean workbook and one that is not a workbook at all
  await put("statistics-bottom.xlsx", "坏/好.xlsx");
  writeFileSync(join(dir, "坏", "坏.xlsx"), "这不是工作簿\n");
  mkdirSync(join(dir, "空"));
  // 好/: only clean workbooks
  await put("statistics-bottom.xlsx", "好/一.xlsx");
  await put("scoring.xlsx", "好/二.xlsx");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("inputs: folders, globs, files", () => {
  it("finds the .xlsx/.xlsm workbooks of a folder recursively, in a stable order, skipping lock, hidden and temporary files", async () => {
    const got = await expandInputs([join(dir, "县")], "zh");
    expect(got.problems).toEqual([]);
    expect(got.batch).toBe(true);
    expect(got.files.map((f) => f.slice(dir.length + 1))).toEqual(["县/北关镇/统计表.xlsx", "县/城关镇/考核表.xlsx", "县/南关镇/统计表.xlsm"].sort(new Intl.Collator("zh-CN", { numeric: true }).compare));
  });

  it("expands a glob itself (relative and absolute), once per file", async () => {
    const rel = inDir(dir, () => expandInputs(["县/**/*.xlsx", "县/*/考核表.xlsx"], "en"));
    expect((await rel).files).toEqual(["县/北关镇/统计表.xlsx", "县/城关镇/考核表.xlsx"]);
    const abs = await expandInputs([join(dir, "好", "*.xlsx")], "en");
    expect(abs.files.sort()).toEqual([join(dir, "好", "一.xlsx"), join(dir, "好", "二.xlsx")].sort());
  });

  it("says when a folder or a glob gives nothing; a named file is passed on as it is", async () => {
    const got = await expandInputs([join(dir, "空"), join(dir, "nothing-*.xlsx"), join(dir, "missing.xlsx")], "en");
    expect(got.files).toEqual([join(dir, "missing.xlsx")]);
    expect(got.problems.map((p) => p.reason)).toEqual([
      `${join(dir, "空")}: no .xlsx/.xlsm workbook in this folder`,
      `${join(dir, "nothing-*.xlsx")}: no .xlsx/.xlsm workbook matches`,
    ]);
    expect((await expandInputs([join(dir, "好", "一.xlsx")], "zh")).batch).toBe(false);
  });

  it("isCheckable", () => {
    expect(["a.xlsx", "B.XLSM", "统计.xlsx"].map(isCheckable)).toEqual([true, true, true]);
    expect(["~$a.xlsx", ".~lock.a.xlsx#", ".a.xlsx.1.ff.tmp", "a.xls", "a.csv", ".a.xlsx"].map(isCheckable)).toEqual([false, false, false, false, false, false]);
  });
});

async function inDir<T>(cwd: string, fn: () => Promise<T>): Promise<T> {
  const before = process.cwd();
  process.chdir(cwd);
  try {
    return await fn();
  } finally {
    process.chdir(before);
  }
}

describe("language", () => {
  it("is Chinese by default and under C/POSIX or a Chinese locale, English under an English one", () => {
    expect(takeLang([], {}).lang).toBe("zh");
    expect(takeLang([], { LANG: "C.UTF-8" }).lang).toBe("zh");
    expect(takeLang([], { LANG: "zh_CN.UTF-8" }).lang).toBe("zh");
    expect(takeLang([], { LANG: "en_US.UTF-8" }).lang).toBe("en");
    expect(takeLang([], { LANG: "zh_CN.UTF-8", LC_ALL: "en_GB.UTF-8" }).lang).toBe("en");
  });

  it("--lang wins over the locale and is taken out of the arguments", () => {
    expect(takeLang(["check", "--lang", "en", "a.xlsx"], { LANG: "zh_CN.UTF-8" })).toEqual({ lang: "en", rest: ["check", "a.xlsx"] });
    expect(takeLang(["--lang=zh", "check"], { LANG: "en_US.UTF-8" })).toEqual({ lang: "zh", rest: ["check"] });
    expect(takeLang(["check", "--", "--lang"], {}).rest).toEqual(["check", "--", "--lang"]);
    expect(takeLang(["--lang", "fr"], {}).error).toMatch(/zh 或 en/);
    expect(takeLang(["--lang"], { LANG: "en_US.UTF-8" }).error).toMatch(/zh or en/);
  });

  it("help and messages follow it", async () => {
    const run = async (...argv: string[]) => {
      let out = "";
      let err = "";
      const io: CliIO = { stdout: (s) => void (out += s), stderr: (s) => void (err += s) };
      const code = await main(argv, io);
      return { code, out, err };
    };
    expect((await run("--help")).out).toContain("用法");
    expect((await run("--help", "--lang", "en")).out).toContain("Usage");
    const zh = await run("check", join(dir, "missing.xlsx"));
    expect([zh.code, zh.err]).toEqual([2, `assess check: ${join(dir, "missing.xlsx")}: 文件不存在\n`]);
    const en = await run("check", join(dir, "missing.xlsx"), "--lang", "en");
    expect([en.code, en.err]).toEqual([2, `assess check: ${join(dir, "missing.xlsx")}: no such file\n`]);
    expect((await run("check", "a.xlsx", "--jobs", "0")).code).toBe(2);
    expect((await run("check", "a.xlsx", "--summary", "s.txt")).err).toMatch(/\.xlsx 或 \.csv/);
    expect((await run("frobnicate")).err).toMatch(/没有 'frobnicate' 这个命令/);
  });
});

describe("the unit a workbook is about", () => {
  const wb = (...rows: CellValue[][]): WorkbookSnapshot => ({ sheets: [{ name: "表", values: rows }] });

  it("reads 被考核单位 in one cell or as a label and the next cell", () => {
    expect(unitOf(wb(["2024年度综合考核评分表"], ["被考核单位:城关镇人民政府", null, "考核时间:2024年12月"]))).toBe("城关镇人民政府");
    expect(unitOf(wb(["考核评分表"], ["被考核单位:", "北关镇"]))).toBe("北关镇");
    expect(unitOf(wb(["考核评分表"], ["被考核单位", "南关镇", null, "日期"]))).toBe("南关镇");
    expect(unitOf(wb(["被考核单位:东关镇    考核日期:2024年12月"]))).toBe("东关镇");
  });

  it("takes 填报单位 when there is no 被考核单位, and prefers 被考核单位 on any sheet", () => {
    expect(unitOf(wb(["统计表"], ["填报单位:XX社区 2016年12月"]))).toBe("XX社区");
    expect(unitOf({
      sheets: [
        { name: "统计", values: [["填报单位:县统计局"]] },
        { name: "考核", values: [["被考核单位:城关镇"]] },
      ],
    })).toBe("城关镇");
  });

  it("finds none in a header row or a sheet without such a line", () => {
    expect(unitOf(wb(["单位", "总人口", "出生人数"], ["城关镇", 1, 2]))).toBeUndefined();
    expect(unitOf(wb(["填报单位:", null]))).toBeUndefined();
    expect(unitOf({ sheets: [{ name: "_assess_settings", values: [["被考核单位:不是我"]] }] })).toBeUndefined();
  });
});

describe("summary files", () => {
  const rows: SummaryRow[] = [
    { file: "a/城关镇.xlsx", unit: "城关镇", errors: 2, warnings: 1, infos: 0, total: 91.5, veto: false },
    { file: "b.xlsx", unit: "=HYPERLINK(\"http://x\")", errors: 0, warnings: 0, infos: 0, total: null, veto: null },
    { file: "c.xlsx", unit: "c", errors: null, warnings: null, infos: null, total: null, veto: null, problem: "c.xlsx: 文件不存在" },
  ];

  it("CSV: a BOM, Chinese headers, one row per file, formula-like text kept as text", () => {
    const csv = summaryCsv(rows, "zh");
    expect(csv.startsWith("\uFEFF单位,文件,错误,警告,提示,总分,一票否决,无法读取的原因\r\n")).toBe(true);
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines).toHaveLength(4);
    expect(lines[1]).toBe("城关镇,a/城关镇.xlsx,2,1,0,91.5,否,");
    expect(lines[2]).toBe(`"'=HYPERLINK(""http://x"")",b.xlsx,0,0,0,,,`);
    expect(lines[3]).toBe("c,c.xlsx,,,,,,c.xlsx: 文件不存在");
  });

  it("xlsx: one sheet, the same rows, plain values and no hyperlink", async () => {
    const bytes = await summaryXlsx(rows, "zh");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
    expect(wb.worksheets).toHaveLength(1);
    const ws = wb.worksheets[0];
    const values = [1, 2, 3, 4].map((r) => (ws.getRow(r).values as unknown[]).slice(1));
    expect(values[0]).toEqual(["单位", "文件", "错误", "警告", "提示", "总分", "一票否决", "无法读取的原因"]);
    expect(values[1]).toEqual(["城关镇", "a/城关镇.xlsx", 2, 1, 0, 91.5, "否"]);
    expect(values[2][0]).toBe("=HYPERLINK(\"http://x\")"); // a string cell, not a formula
    expect(ws.getCell("A3").type).toBe(ExcelJS.ValueType.String);
    expect(values[3]).toEqual(["c", "c.xlsx", undefined, undefined, undefined, undefined, undefined, "c.xlsx: 文件不存在"]);
    const zip = Buffer.from(bytes).toString("latin1");
    expect(zip).not.toMatch(/externalLink|hyperlink/i);
  });

  it("a row per outcome: errors and warnings counted, the scoring sheets' grand total, veto", () => {
    const row = summaryRow({
      file: "x.xlsx",
      unit: "城关镇",
      report: {
        file: "x.xlsx",
        sheets: [{ name: "考核", kind: "scoring", tables: 1 }, { name: "汇总", kind: "summary", tables: 1 }],
        findings: [
          { kind: "sum-mismatch", severity: "error", sheet: "考核", cell: "C3", related: [], message: "" },
          { kind: "sum-mismatch", severity: "warning", sheet: "考核", cell: "C4", related: [], message: "" },
          { kind: "sum-mismatch", severity: "warning", sheet: "考核", cell: "C5", related: [], message: "" },
        ],
        scores: [],
        totals: [
          { sheet: "考核", cell: "G9", value: 40, veto: false },
          { sheet: "考核", cell: "G20", value: 88.456, veto: true, grand: true },
          { sheet: "汇总", cell: "G5", value: 300, veto: false, grand: true },
        ],
      },
    });
    expect(row).toEqual({ file: "x.xlsx", unit: "城关镇", errors: 1, warnings: 2, infos: 0, total: 88.46, veto: true });
  });
});

describe("from a directory outside the project (the built CLI as a process)", () => {
  let cwd: string;
  beforeAll(() => {
    const built = join(ROOT, "dist", "cli", "cli", "batch.js");
    const newest = Math.max(...readdirSync(join(ROOT, "src", "cli")).map((f) => statSync(join(ROOT, "src", "cli", f)).mtimeMs));
    if (!existsSync(built) || statSync(built).mtimeMs < newest) {
      execFileSync(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.cli.json"], { cwd: ROOT, stdio: "pipe" });
    }
    cwd = mkdtempSync(join(tmpdir(), "assess-supervisor-"));
  }, 180_000);
  afterAll(() => rmSync(cwd, { recursive: true, force: true }));

  const assess = (env: NodeJS.ProcessEnv, ...argv: string[]) => {
    const r = spawnSync(process.execPath, [BIN, ...argv], { encoding: "utf8", cwd, env: { ...process.env, LANG: "C.UTF-8", LC_ALL: "", ...env } });
    return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
  };

  it("checks a folder in two workers, writes the summary workbook, exits with the worst file (1: an error)", async () => {
    const r = assess({}, "check", join(dir, "县"), "--summary", "汇总.xlsx", "--jobs", "2");
    expect(r.code).toBe(1);
    // not a terminal: no progress bar, a final line only
    expect(r.stderr).toMatch(/^assess check: 检查了 3 个工作簿,1 个有错误,0 个无法读取\([\d.]+ 秒\)\n$/);
    expect(r.stdout).toContain("汇总: 3 个工作簿, 1 个有错误, 0 个无法读取");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(cwd, "汇总.xlsx"));
    const ws = wb.worksheets[0];
    expect(ws.rowCount).toBe(4);
    const byFile = new Map([2, 3, 4].map((n) => {
      const v = (ws.getRow(n).values as unknown[]).slice(1);
      return [String(v[1]).slice(dir.length + 1), v];
    }));
    expect(byFile.get("县/北关镇/统计表.xlsx")!.slice(2, 4)).toEqual([1, 0]);
    expect(byFile.get("县/城关镇/考核表.xlsx")!.slice(2, 4)).toEqual([0, 0]);
    expect(typeof byFile.get("县/城关镇/考核表.xlsx")![5]).toBe("number");
  });

  it("a folder with an unreadable workbook exits 2, names it and why, in the CSV summary too", () => {
    const r = assess({}, "check", join(dir, "坏"), "--summary", "s.csv");
    expect(r.code).toBe(2);
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines[0]).toBe(`assess check: ${join(dir, "坏", "坏.xlsx")}: 不是 .xlsx 工作簿(文件不是 zip 压缩包)`);
    expect(lines[1]).toMatch(/^assess check: 检查了 1 个工作簿,0 个有错误,1 个无法读取/);
    const csv = readFileSync(join(cwd, "s.csv"), "utf8").trimEnd().split("\r\n");
    expect(csv).toHaveLength(3);
    expect(csv.some((l) => l.endsWith("坏.xlsx: 不是 .xlsx 工作簿(文件不是 zip 压缩包)"))).toBe(true);
  });

  it("a glob of clean workbooks exits 0; English under an English LANG; JSON keeps one object per file with its unit", () => {
    const r = assess({ LANG: "en_US.UTF-8" }, "check", join(dir, "好", "*.xlsx"), "--json");
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^assess check: checked 2 workbooks, 0 with errors, 0 unreadable/);
    const doc = JSON.parse(r.stdout) as { files: Array<{ file: string; unit: string; findings: unknown[] }>; unreadable?: unknown };
    // in the order a Chinese listing gives (二 èr before 一 yī), the same at every run
    expect(doc.files.map((f) => f.file)).toEqual([join(dir, "好", "二.xlsx"), join(dir, "好", "一.xlsx")]);
    expect(doc.files[1].unit).toBe("XX社区居委会"); // the 填报单位 line of the statistics fixture
    expect(doc.files[0].unit).toBe("二"); // no unit line: the file name
    expect(doc.unreadable).toBeUndefined();
  });

  it("--jobs 1 and --jobs 2 give the same document", () => {
    const one = assess({}, "check", dir, "--json", "--jobs", "1");
    const two = assess({}, "check", dir, "--json", "--jobs", "2");
    expect(one.code).toBe(2);
    expect(two.code).toBe(2);
    expect(JSON.parse(two.stdout)).toEqual(JSON.parse(one.stdout));
    expect(JSON.parse(one.stdout).files).toHaveLength(6);
  });

  it("`assess rule` loads no xlsx library", () => {
    const script = `
      const { main } = require(${JSON.stringify(join(ROOT, "dist", "cli", "cli", "main.js"))});
      main(["rule", "--text", "每起扣2分", "--value", "3", "--json"], { stdout() {}, stderr() {} }).then((code) => {
        const loaded = Object.keys(require.cache).filter((k) => /node_modules[\\\\/](exceljs|jszip)/.test(k));
        process.stdout.write(JSON.stringify({ code, loaded }));
      });`;
    const out = execFileSync(process.execPath, ["-e", script], { encoding: "utf8", cwd });
    expect(JSON.parse(out)).toEqual({ code: 0, loaded: [] });
  });
});
