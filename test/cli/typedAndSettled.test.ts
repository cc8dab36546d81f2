/**
 * `assess check` and issue 12: every score in the JSON explains itself; `--write` keeps a
 * number the clerk typed that differs (and reports it), `--overwrite` replaces it; a finding
 * the clerk settled in the workbook carries `settled` and does not count for the exit status.
 */
import * as ExcelJS from "exceljs";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main, type CliIO } from "../../src/cli/main";
import { analyzeWorkbook } from "../../src/engine";
import { settle } from "../../src/engine/settled";
import { snapshotWorkbook } from "../../src/hosts/xlsx/read";
import { buildScoringWorkbook, fixtureBytes } from "../fixtures";

async function check(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: CliIO = { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s) };
  const code = await main(["check", ...argv], io);
  return { code, stdout, stderr };
}

interface Json {
  files: Array<{
    findings: Array<{ kind: string; cell: string; severity: string; message: string; settled?: { note: string } }>;
    scores: Array<{ cell: string; value: number | null; explain?: string; explainEn?: string }>;
    totals: Array<{ cell: string; explain?: string; explainEn?: string }>;
  }>;
}

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "assess-typed-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The consistent scoring fixture where the clerk typed 5 for 配备人员 (the standard gives 3人 × 3分 = 9). */
async function typedFive(): Promise<string> {
  const f = buildScoringWorkbook();
  f.workbook.getWorksheet("考核评分表")!.getCell("G5").value = 5;
  const path = join(dir, "typed5.xlsx");
  writeFileSync(path, await fixtureBytes(f));
  return path;
}

async function cellsOf(path: string, cells: string[]): Promise<Record<string, unknown>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet("考核评分表")!;
  return Object.fromEntries(cells.map((c) => {
    const v = ws.getCell(c).value as ExcelJS.CellValue;
    return [c, v && typeof v === "object" && "result" in v ? (v as ExcelJS.CellFormulaValue).result : v];
  }));
}

describe("assess check and issue 12", () => {
  it("gives every score and total its explanation", async () => {
    const r = await check(await typedFive(), "--json");
    const doc = JSON.parse(r.stdout) as Json;
    const f = doc.files[0];
    expect(f.scores.length).toBeGreaterThan(5);
    for (const s of [...f.scores, ...f.totals]) {
      expect(typeof s.explain).toBe("string");
      expect(typeof s.explainEn).toBe("string");
    }
    expect(f.scores.find((s) => s.cell === "G5")?.explain).toBe("3人 × 3分 = 9分(上限 10分)");
    const mismatch = f.findings.find((x) => x.kind === "entered-score-mismatch" && x.cell === "G5");
    expect(mismatch?.message).toContain("3人 × 3分 = 9分");
  });

  it("--write keeps the typed 5 (and the parents it makes) and reports it; --overwrite replaces it", async () => {
    const input = await typedFive();
    const kept = join(dir, "kept.xlsx");
    const r = await check(input, "--write", kept);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/保留了 4 个与计算结果不同的已填写得分/);
    expect(r.stdout).toMatch(/entered-score-mismatch.*G5|G5 \[entered-score-mismatch\]/);
    expect(await cellsOf(kept, ["G5", "G4", "G3", "G15", "G6"])).toEqual({ G5: 5, G4: 49, G3: 84, G15: 85, G6: 20 });

    const over = join(dir, "over.xlsx");
    await check(input, "--write", over, "--overwrite");
    expect(await cellsOf(over, ["G5", "G4", "G3", "G15"])).toEqual({ G5: 9, G4: 49, G3: 84, G15: 85 });
  });

  it("says so in its help", async () => {
    const r = await check("--help");
    expect(r.stdout).toMatch(/--overwrite/);
    let help = "";
    await main(["--help"], { stdout: (s) => void (help += s), stderr: () => undefined });
    expect(help).toMatch(/--overwrite/);
  });

  it("honours a finding settled in the workbook: carried as settled, not counted for the exit status", async () => {
    const f = buildScoringWorkbook();
    f.workbook.getWorksheet("考核评分表")!.getCell("G5").value = 5;
    const before = analyzeWorkbook(snapshotWorkbook(f.workbook));
    const errors = before.findings.filter((x) => x.severity === "error");
    expect(errors.length).toBeGreaterThan(0);
    let marks = undefined as ReturnType<typeof settle> | undefined;
    for (const e of errors) marks = settle(marks, e, "verified", "已与考核组核对");
    const ws = f.workbook.addWorksheet("_assess_settings", { state: "veryHidden" });
    ws.getCell("A1").value = JSON.stringify({ version: 1, corrections: [], ruleOverrides: {}, lockedCells: [], settled: marks });
    const path = join(dir, "settled.xlsx");
    writeFileSync(path, await fixtureBytes(f));
    const r = await check(path, "--json");
    const doc = JSON.parse(r.stdout) as Json;
    const settled = doc.files[0].findings.filter((x) => x.settled);
    expect(settled.length).toBe(errors.length);
    expect(settled[0].settled?.note).toBe("已与考核组核对");
    expect(r.code).toBe(0);

    // the figure changes: the finding is open again, and counts
    const ws2 = f.workbook.getWorksheet("考核评分表")!;
    ws2.getCell("G5").value = 6;
    const path2 = join(dir, "settled-changed.xlsx");
    writeFileSync(path2, await fixtureBytes(f));
    const r2 = await check(path2, "--json");
    const g5 = (JSON.parse(r2.stdout) as Json).files[0].findings.find((x) => x.cell === "G5" && x.kind === "entered-score-mismatch");
    expect(g5?.settled).toBeUndefined();
    expect(r2.code).toBe(1);
  });
});
