/**
 * Issue 14's cases, through `assess check` as a user runs it: hostile and damaged workbooks
 * never hang, never crash, never overwrite the input, never hide what was not checked.
 * (Cases 2 and 7 of the issue, the clause reader's time and the formulas' length, are the
 * rule parser's and tested in test/engine/rules.)
 */
import * as ExcelJS from "exceljs";
import JSZip from "jszip";
import { createHash } from "crypto";
import { execFileSync } from "child_process";
import { existsSync, linkSync, lstatSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, truncateSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main, type CliIO } from "../../src/cli/main";
import { addSettingsSheet, baseWorkbook, bytesOf, mutate } from "../fuzz/hostile";
import { MAX_FILE_BYTES } from "../../src/hosts/xlsx/file";

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}
interface JsonFinding {
  kind: string;
  severity: string;
  sheet: string;
  cell: string;
  message: string;
}
interface JsonOut {
  files: Array<{ file: string; sheets: Array<{ name: string; kind: string }>; findings: JsonFinding[]; scores: Array<{ sheet: string; cell: string }> }>;
}

async function check(...argv: string[]): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const io: CliIO = { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s) };
  const code = await main(["check", "--lang", "en", ...argv], io);
  return { code, stdout, stderr };
}

function json(r: Run): JsonOut {
  return JSON.parse(r.stdout) as JsonOut;
}

function oneLineNoStack(s: string): void {
  for (const line of s.split("\n").filter(Boolean)) expect(line).not.toMatch(/^\s+at |Error:|node:internal/);
  expect(s.split("\n").filter(Boolean).length).toBeLessThanOrEqual(1);
}

const sha = (p: string) => createHash("sha256").update(readFileSync(p)).digest("hex");

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "assess-hostile-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function file(name: string, bytes: Uint8Array): Promise<string> {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
}

const planted = async () => bytesOf(baseWorkbook("scoring"));
/** the planted scoring fixture's own findings (test/fixtures: addScoringSheet) */
const PLANTED = ["parent-score-mismatch@G4", "max-sum-mismatch@C8", "entered-score-mismatch@F6", "cap-exceeded@G11"];
const has = (out: JsonOut, keys: string[]) => {
  const got = new Set(out.files[0].findings.map((f) => `${f.kind}@${f.cell}`));
  for (const k of keys) expect([k, got.has(k)]).toEqual([k, true]);
};

describe("case 1: --write never replaces the input, whatever OUT is", () => {
  it("refuses OUT that is a symlink or a hard link to the input; the input's bytes stay", async () => {
    const input = await file("in.xlsx", await planted());
    const before = sha(input);
    const sym = join(dir, "sym.xlsx");
    const hard = join(dir, "hard.xlsx");
    symlinkSync(input, sym);
    linkSync(input, hard);
    for (const out of [sym, hard, join(dir, ".", "in.xlsx")]) {
      const r = await check(input, "--write", out);
      expect([out, r.code]).toEqual([out, 2]);
      expect(r.stderr).toMatch(/must not be the input file/);
      oneLineNoStack(r.stderr);
    }
    expect(sha(input)).toBe(before);
  });

  it("OUT a symlink elsewhere: the link is replaced by the new file (written beside it, renamed), its target untouched", async () => {
    const input = await file("in2.xlsx", await bytesOf(baseWorkbook("scoring-blank")));
    const other = await file("other.txt", new TextEncoder().encode("keep me"));
    const out = join(dir, "out-link.xlsx");
    symlinkSync(other, out);
    const r = await check(input, "--write", out);
    expect(r.code).toBe(0);
    expect(lstatSync(out).isSymbolicLink()).toBe(false);
    expect(readFileSync(other, "utf8")).toBe("keep me");
    expect((await check(out, "--json")).code).toBe(0);
  });

  it("reads only regular files, up to a stated size: /dev/zero, a FIFO, an oversized file are refused at once", async () => {
    const fifo = join(dir, "pipe.xlsx");
    execFileSync("mkfifo", [fifo]);
    const big = join(dir, "big.xlsx");
    writeFileSync(big, "");
    truncateSync(big, MAX_FILE_BYTES + 1);
    const t0 = Date.now();
    for (const [p, why] of [["/dev/zero", /not a regular file/], [fifo, /not a regular file/], [big, /larger than the 20 MB/]] as const) {
      const r = await check(p);
      expect([p, r.code]).toEqual([p, 2]);
      expect(r.stderr).toMatch(why);
      oneLineNoStack(r.stderr);
    }
    expect(Date.now() - t0).toBeLessThan(5000);
  });
});

describe("case 3: reading is bounded by what the file holds", () => {
  it("a merge A1:XFD1048576 is a warning, not an out-of-memory crash; the rest is checked", async () => {
    const p = await file("merge.xlsx", await mutate(await planted(), [{ kind: "merge", ref: "A1:XFD1048576" }, { kind: "dimension", ref: "A1:XFD1048576" }]));
    const t0 = Date.now();
    const r = await check(p, "--json");
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(r.code).toBe(1);
    const out = json(r);
    const w = out.files[0].findings.find((f) => f.kind === "bad-value" && /A1:XFD1048576/.test(f.message));
    expect(w).toMatchObject({ severity: "warning", cell: "A1" });
    has(out, PLANTED);
  });

  it("a row numbered 2,000,000,000 is a warning, not a 78-second loop", async () => {
    const p = await file("row.xlsx", await mutate(await planted(), [{ kind: "row", row: 2_000_000_000, value: "x" }]));
    const t0 = Date.now();
    const r = await check(p, "--json");
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(r.code).toBe(1);
    const out = json(r);
    expect(out.files[0].findings.some((f) => f.severity === "warning" && /row 2000000000/.test(f.message))).toBe(true);
    has(out, PLANTED);
  });

  it("overlapping merges: the later one is left out with a warning, the file is read", async () => {
    const p = await file("overlap.xlsx", await mutate(await planted(), [{ kind: "merge", ref: "B20:D22" }, { kind: "merge", ref: "C21:E23" }]));
    const r = await check(p, "--json");
    expect(r.code).toBe(1);
    expect(json(r).files[0].findings.some((f) => /C21:E23|B20:D22/.test(f.message))).toBe(true);
  });
});

describe("the budget per file", () => {
  it("a workbook beyond the cell budget or unpacking beyond the size budget is refused at once with the limit named (exit 2)", async () => {
    const z = await JSZip.loadAsync(await bytesOf(baseWorkbook("statistics")));
    const many = await JSZip.loadAsync(await z.generateAsync({ type: "uint8array" }));
    const rows: string[] = [];
    // just over the stated limit (src/engine/limits.ts): 1,210,000 cells in 121,000 rows
    for (let r = 1; r <= 121_000; r++) rows.push(`<row r="${r}">${"ABCDEFGHIJ".split("").map((c) => `<c r="${c}${r}"><v>1</v></c>`).join("")}</row>`);
    const xml = await many.file("xl/worksheets/sheet1.xml")!.async("string");
    many.file("xl/worksheets/sheet1.xml", xml.replace(/<sheetData>[\s\S]*<\/sheetData>/, `<sheetData>${rows.join("")}</sheetData>`));
    const cells = await file("cells.xlsx", await many.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
    z.file("xl/media/padding.bin", "0".repeat(151 * 1024 * 1024));
    const bomb = await file("bomb.xlsx", await z.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
    for (const [p, why] of [[cells, /more than 1,200,000 cells/], [bomb, /unpacks to 15\d MB, more than the 150 MB/]] as const) {
      const t0 = Date.now();
      const r = await check(p);
      expect([p, r.code]).toEqual([p, 2]);
      expect(r.stderr).toMatch(why);
      oneLineNoStack(r.stderr);
      expect(Date.now() - t0).toBeLessThan(20_000);
    }
  }, 120_000);
});

describe("case 4: failure contained", () => {
  it("a 400-digit number in one standard is an error on that cell; every other finding is still reported (exit 1, not 2)", async () => {
    const wb = baseWorkbook("scoring");
    wb.getWorksheet("考核评分表")!.getCell("D5").value = "每配备1名计" + "9".repeat(400) + "分,计满10分为止";
    const p = await file("digits.xlsx", await bytesOf(wb));
    const r = await check(p, "--json");
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    const out = json(r);
    has(out, PLANTED);
    // the clause reader refuses a figure no double can hold: the standard is not understood, on its cell
    const d5 = out.files[0].findings.find((f) => f.cell === "D5" && f.kind === "unparsed-rule");
    expect(d5).toBeDefined();
    expect(d5!.message).toMatch(/不是可用的数字/);
    // the other items are still scored
    expect(out.files[0].scores.some((s) => s.cell === "G6")).toBe(true);
  });
});

describe("case 5: settings read through one schema, never hiding a check", () => {
  const withSettings = async (name: string, text: string, base: "scoring" | "scoring-blank" = "scoring") => {
    const wb = baseWorkbook(base);
    addSettingsSheet(wb, text);
    return file(name, await bytesOf(wb));
  };

  it("damaged or newer-version settings: a warning naming the sheet and cell, and --write refuses (JSON still printed)", async () => {
    for (const [name, text, why] of [
      ["damaged.xlsx", '{"version":1,"lockedCells":["考核评分表!G5"', /已损坏/],
      ["newer.xlsx", JSON.stringify({ version: 9, lockedCells: ["考核评分表!G5"] }), /更新版本/],
    ] as const) {
      const p = await withSettings(name, text, "scoring-blank");
      const out = join(dir, `out-${name}`);
      const r = await check(p, "--json", "--write", out);
      expect([name, r.code]).toEqual([name, 2]);
      const f = json(r).files[0].findings.find((x) => x.sheet === "_assess_settings");
      expect(f).toMatchObject({ severity: "warning", cell: "A1" });
      expect(f!.message).toMatch(why);
      expect(r.stderr).toMatch(/which cells the clerk locked is unknown/);
      oneLineNoStack(r.stderr);
      expect(existsSync(out)).toBe(false);
      // --ignore-settings: the supervisor writes the workbook as it stands
      expect((await check(p, "--write", out, "--ignore-settings")).code).toBe(0);
      expect(existsSync(out)).toBe(true);
    }
  });

  it("{col: null} is not column A: the correction is left out with a warning, 序号 never becomes a formula", async () => {
    const text = JSON.stringify({ version: 1, corrections: [{ sheet: "考核评分表", what: "column", col: null, role: "score" }], ruleOverrides: {}, lockedCells: [] });
    const p = await withSettings("colnull.xlsx", text, "scoring-blank");
    const out = join(dir, "colnull-out.xlsx");
    const r = await check(p, "--json", "--write", out);
    expect(r.code).toBe(0);
    const j = json(r);
    expect(j.files[0].findings.some((f) => f.sheet === "_assess_settings" && /识别修正/.test(f.message))).toBe(true);
    expect(j.files[0].scores.some((s) => s.cell.startsWith("A"))).toBe(false);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("考核评分表")!;
    for (let r0 = 3; r0 <= 15; r0++) expect(ws.getCell(r0, 1).formula).toBeUndefined();
  });

  it("a __proto__ key and a locked cell outside the workbook's sheets are warnings; nothing is polluted", async () => {
    const text = '{"version":1,"corrections":[],"ruleOverrides":{"__proto__":{"polluted":"yes"}},"lockedCells":["没有的表!G5","考核评分表!G5"],"__proto__":{"x":1}}';
    const p = await withSettings("proto.xlsx", text);
    const r = await check(p, "--json");
    const settingsFindings = json(r).files[0].findings.filter((f) => f.sheet === "_assess_settings");
    expect(settingsFindings.length).toBe(1);
    expect(settingsFindings.some((f) => /__proto__/.test(f.message))).toBe(true);
    expect(settingsFindings.some((f) => /没有的表!G5/.test(f.message))).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it("a planted very hidden sheet that sets every sheet to 'other' does not hide the errors; --ignore-settings checks as it stands", async () => {
    const plain = await check(await file("plain.xlsx", await planted()), "--json");
    const text = JSON.stringify({ version: 1, corrections: [{ sheet: "考核评分表", what: "kind", kind: "other" }], ruleOverrides: {}, lockedCells: [] });
    const p = await withSettings("hide.xlsx", text);
    const r = await check(p, "--json");
    expect(r.code).toBe(1);
    const f = json(r).files[0].findings.find((x) => x.sheet === "考核评分表" && /本工作簿的设置使 1 张表未参与检查/.test(x.message));
    expect(f).toMatchObject({ severity: "error" });
    expect(f!.message).toMatch(/按表格原样检查,此表有 \d+ 个错误/);
    const ignored = await check(p, "--json", "--ignore-settings");
    expect(ignored.code).toBe(1);
    expect(json(ignored).files[0].findings.map((x) => `${x.kind}@${x.cell}`)).toEqual(json(plain).files[0].findings.map((x) => `${x.kind}@${x.cell}`));
  });
});

describe("case 6: exit 0 never when data was lost or not checked", () => {
  it("a workbook without sharedStrings.xml is refused (texts lost), and nothing is written", async () => {
    const p = await file("nosst.xlsx", await mutate(await bytesOf(baseWorkbook("scoring-blank")), [{ kind: "drop-shared-strings" }]));
    const out = join(dir, "nosst-out.xlsx");
    const r = await check(p, "--write", out);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/texts are lost/);
    oneLineNoStack(r.stderr);
    expect(existsSync(out)).toBe(false);
  });

  it("a data sheet named 校验报告 or Check Report is checked", async () => {
    for (const name of ["校验报告", "Check Report"]) {
      const wb = baseWorkbook("scoring");
      wb.getWorksheet("考核评分表")!.name = name;
      const r = await check(await file(`report-${name}.xlsx`, await bytesOf(wb)), "--json");
      expect([name, r.code]).toEqual([name, 1]);
      expect(json(r).files[0].sheets.map((s) => s.name)).toEqual([name]);
      expect(json(r).files[0].findings.some((f) => f.kind === "parent-score-mismatch")).toBe(true);
    }
  });
});

describe("case 8: writing never aborts the check, keeps every text, and is re-readable", () => {
  it("a planned write inside a merged area is left out (said), the rest written; with --json the JSON is printed", async () => {
    const wb = baseWorkbook("scoring-blank");
    wb.getWorksheet("考核评分表")!.mergeCells("G9:G10");
    const p = await file("mergewrite.xlsx", await bytesOf(wb));
    const out = join(dir, "mergewrite-out.xlsx");
    const r = await check(p, "--write", out);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/not written 考核评分表!G10: covered by the merged area starting at G9/);
    const rj = await check(p, "--json", "--write", join(dir, "mergewrite-out2.xlsx"));
    expect(() => json(rj)).not.toThrow();
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(out);
    const ws = back.getWorksheet("考核评分表")!;
    expect(ws.getCell("G9").formula).toBeTruthy();
    expect(ws.getCell("G10").isMerged).toBe(true);
    expect((await check(out)).code).not.toBe(2);
  });

  it("a number beyond a double's range (found by the fuzz run: -1e309 in a score cell) is never overwritten", async () => {
    const p = await file("inf.xlsx", await mutate(await bytesOf(baseWorkbook("scoring-blank")), [{ kind: "number", cell: "G11", digits: "-1e309" }]));
    const out = join(dir, "inf-out.xlsx");
    const r = await check(p, "--write", out, "--values");
    expect(r.code).not.toBe(2);
    expect(r.stdout).toMatch(/not written 考核评分表!G11: the cell holds a number beyond Excel's range/);
    const z = await JSZip.loadAsync(readFileSync(out));
    const xml = await z.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(/<c r="G11"[^>]*>(.*?)<\/c>/.exec(xml)?.[1]).toMatch(/<v>-Infinity<\/v>|<v>-1e309<\/v>/);
  });

  it("a write failure is said after the check's own output: the JSON is printed, then one line, exit 2", async () => {
    const p = await file("wf.xlsx", await bytesOf(baseWorkbook("scoring-blank")));
    const r = await check(p, "--json", "--write", join(dir, "no-such-folder", "x.xlsx"));
    expect(r.code).toBe(2);
    oneLineNoStack(r.stderr);
    // the target's folder is checked before the check; a failure at the rename is said after the JSON
    const ro = join(dir, "ro");
    execFileSync("mkdir", ["-p", ro]);
    execFileSync("chmod", ["500", ro]);
    try {
      const r2 = await check(p, "--json", "--write", join(ro, "x.xlsx"));
      if (process.getuid && process.getuid() !== 0) {
        expect(r2.code).toBe(2);
        expect(json(r2).files).toHaveLength(1);
        expect(r2.stderr).toMatch(/^assess check: cannot write .*x\.xlsx/);
        oneLineNoStack(r2.stderr);
      }
    } finally {
      execFileSync("chmod", ["700", ro]);
    }
  });

  it("CR (_x000D_), tabs, surrogate pairs and literal _xHHHH_ texts survive --write byte for byte", async () => {
    const texts = ["第一行\r\n第二行", "a\tb", "𠀀😀", "_x000D_ 照原样", "\r", "x_x0041_y"];
    const wb = baseWorkbook("scoring-blank");
    texts.forEach((t, i) => (wb.getWorksheet("考核评分表")!.getCell(`J${20 + i}`).value = t));
    // the shared strings as Excel writes them: a CR as _x000D_, a literal _x000D_ with its "_" escaped
    const z = await JSZip.loadAsync(await bytesOf(wb));
    const sst = await z.file("xl/sharedStrings.xml")!.async("string");
    z.file("xl/sharedStrings.xml", sst.replace(/_x/g, "_x005F_x").replace(/\r/g, "_x000D_"));
    const p = await file("texts.xlsx", await z.generateAsync({ type: "uint8array" }));
    const out = join(dir, "texts-out.xlsx");
    expect((await check(p, "--write", out)).code).toBe(0);
    for (const path of [p, out]) {
      const back = new ExcelJS.Workbook();
      await back.xlsx.readFile(path);
      const ws = back.getWorksheet("考核评分表")!;
      expect([path, texts.map((_, i) => ws.getCell(`J${20 + i}`).value)]).toEqual([path, texts]);
    }
  });

  it("malformed row numbering (a row repeated) is said, and the written file has no overlapping merges and is re-readable", async () => {
    const p = await file("duprow.xlsx", await mutate(await planted(), [{ kind: "duplicate-row", row: 5 }, { kind: "merge", ref: "J5:K6" }]));
    const out = join(dir, "duprow-out.xlsx");
    const r = await check(p, "--json", "--write", out);
    expect(r.code).toBe(1);
    expect(json(r).files[0].findings.some((f) => /行编号顺序异常/.test(f.message))).toBe(true);
    const again = await check(out, "--json");
    expect(again.code).toBe(1);
    const z = await JSZip.loadAsync(readFileSync(out));
    const xml = await z.file("xl/worksheets/sheet1.xml")!.async("string");
    const refs = [...xml.matchAll(/<mergeCell ref="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(refs).size).toBe(refs.length);
  });
});
