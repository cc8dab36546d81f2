/**
 * `assess check --write` and the value-normalising write (issue 10 item 3): a 完成情况 typed
 * "4次" comes out as the number 4 shown `0"次"`, the score cell as a live formula reading it,
 * the JSON lists the change (`valueWrites`, additive), and no other cell's format moves (ExcelJS
 * shares one style object among cells of the same style).
 */
import * as ExcelJS from "exceljs";
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main, type CliIO } from "../../src/cli/main";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "assess-valuewrite-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function check(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: CliIO = { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s) };
  const code = await main(["check", ...argv], io);
  return { code, stdout, stderr };
}

async function workbook(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("考核表");
  ws.addRow(["序号", "考核项目", "分值", "评分标准", "完成情况", "考核得分"]);
  ws.addRow([1, "召开专题会议", 10, "每召开1次计3分,计满10分为止", "4次", null]);
  ws.addRow([2, "资料报送", 10, "少1项扣2分,扣完为止", "少2项", null]);
  ws.addRow([null, "合计", 20, null, null, null]);
  // every cell of column E in one bordered style, as a template gives them
  const border: Partial<ExcelJS.Borders> = { top: { style: "thin" }, bottom: { style: "thin" } };
  for (let r = 1; r <= 4; r++) ws.getCell(`E${r}`).border = border;
  await wb.xlsx.writeFile(path);
}

describe("assess check --write with values typed as text", () => {
  it("writes 4次 as the number 4 formatted 0\"次\" and a formula in the score cell", async () => {
    const input = join(dir, "in.xlsx");
    const out = join(dir, "out.xlsx");
    await workbook(input);
    const r = await check(input, "--write", out, "--json");
    expect(r.stderr).toBe("");
    const doc = JSON.parse(r.stdout) as { files: Array<{ valueWrites?: unknown[]; scores: Array<{ cell: string; value: number; formula?: string }> }> };
    expect(doc.files[0].valueWrites).toEqual([
      { sheet: "考核表", cell: "E2", text: "4次", value: 4, numberFormat: '0"次"', scoreCell: "F2" },
      { sheet: "考核表", cell: "E3", text: "少2项", value: 2, numberFormat: '"少"0"项"', scoreCell: "F3" },
    ]);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("考核表")!;
    expect([ws.getCell("E2").value, ws.getCell("E2").numFmt]).toEqual([4, '0"次"']);
    expect([ws.getCell("E3").value, ws.getCell("E3").numFmt]).toEqual([2, '"少"0"项"']);
    const f2 = ws.getCell("F2").value as ExcelJS.CellFormulaValue;
    expect(f2.formula).toContain("E2");
    expect(f2.result).toBe(10);
    expect((ws.getCell("F3").value as ExcelJS.CellFormulaValue).formula).toContain("E3");
    expect((ws.getCell("F4").value as ExcelJS.CellFormulaValue).formula).toBe("SUM(F2:F3)");
    // the cells sharing E2's style keep theirs: the header and the 合计 row's E cell
    expect(ws.getCell("E1").numFmt).toBeUndefined();
    expect(ws.getCell("E4").numFmt).toBeUndefined();
    expect(ws.getCell("E2").border).toEqual(ws.getCell("E1").border);
  });

  it("with --values nothing is made a number: the value cells keep their text", async () => {
    const input = join(dir, "in2.xlsx");
    const out = join(dir, "out2.xlsx");
    await workbook(input);
    const r = await check(input, "--write", out, "--values", "--json");
    expect((JSON.parse(r.stdout) as { files: Array<{ valueWrites?: unknown[] }> }).files[0].valueWrites).toBeUndefined();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("考核表")!;
    expect([ws.getCell("E2").value, ws.getCell("F2").value]).toEqual(["4次", 10]);
  });
});
