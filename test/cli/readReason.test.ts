/**
 * The CLI says why a workbook could not be read in its language: the workbook limits the
 * inspection refuses a file with (src/hosts/xlsx/inspect.ts, src/engine/limits.ts) read in
 * Chinese, with the figure kept; the help states the limit beforehand.
 */
import JSZip from "jszip";
import { readReason } from "../../src/cli/check";
import { help } from "../../src/cli/main";
import { inspectPackage } from "../../src/hosts/xlsx/inspect";
import { MAX_WORKBOOK_CELLS, MAX_WORKBOOK_ROWS } from "../../src/engine/limits";

async function refusal(rows: number, colsPerRow: number): Promise<string> {
  const zip = new JSZip();
  const body: string[] = [];
  for (let r = 1; r <= rows; r++) {
    const cells: string[] = [];
    for (let c = 0; c < colsPerRow; c++) cells.push(`<c r="${String.fromCharCode(65 + (c % 26))}${r}"><v>1</v></c>`);
    body.push(`<row r="${r}">${cells.join("")}</row>`);
  }
  zip.file("xl/worksheets/sheet1.xml", `<worksheet><sheetData>${body.join("")}</sheetData></worksheet>`);
  try {
    await inspectPackage(await zip.generateAsync({ type: "uint8array" }));
  } catch (e) {
    return `book.xlsx: ${(e as Error).message}`;
  }
  throw new Error("not refused");
}

describe("readReason", () => {
  it("says the row limit and the cell limit in Chinese, with the figure", async () => {
    const rows = await refusal(MAX_WORKBOOK_ROWS + 1, 1);
    expect(rows).toMatch(/more than 200,000 rows/);
    expect(readReason(rows, "zh")).toBe("book.xlsx: 工作簿的行数超过 200,000 行,超出可检查的范围(约 1 GB 内存);请拆分后分别检查");
    const cells = await refusal(Math.ceil((MAX_WORKBOOK_CELLS + 1) / 26), 26);
    expect(readReason(cells, "zh")).toBe("book.xlsx: 工作簿的单元格超过 1,200,000 个,超出可检查的范围(约 1 GB 内存);请拆分后分别检查");
    expect(readReason(rows, "en")).toBe(rows);
  }, 60_000);
});

describe("the help", () => {
  it("states the workbook limit the inspection refuses a file beyond, in both languages", () => {
    expect(help("zh")).toContain(`工作簿所有工作表合计最多 ${MAX_WORKBOOK_ROWS.toLocaleString("zh-CN")} 行、${MAX_WORKBOOK_CELLS.toLocaleString("zh-CN")} 个单元格`);
    expect(help("en")).toContain(`at most ${MAX_WORKBOOK_ROWS.toLocaleString("en-US")} rows and ${MAX_WORKBOOK_CELLS.toLocaleString("en-US")} cells in all sheets together`);
  });
});
