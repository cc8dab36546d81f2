/**
 * Hostile and damaged workbooks, built in code: a realistic fixture workbook, then structured
 * mutations of its package (the sheet XML, shared strings, the settings record). Used by the
 * tests of the cases and by the fuzz suite (fast-check picks the mutations).
 */
import * as ExcelJS from "exceljs";
import JSZip from "jszip";
import { buildScoringWorkbook, buildStatisticsWorkbook, buildSummaryDetailWorkbook } from "../fixtures";
import { chunkText, SETTINGS_SHEET } from "../../src/hosts/excel/records";
import { readXlsx } from "../../src/hosts/xlsx/read";

export type Base = "scoring" | "scoring-blank" | "statistics" | "summary-detail";

export async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

export function baseWorkbook(base: Base): ExcelJS.Workbook {
  switch (base) {
    case "scoring":
      return buildScoringWorkbook({ planted: true }).workbook;
    case "scoring-blank":
      return buildScoringWorkbook({ assessedBlank: true }).workbook;
    case "statistics":
      return buildStatisticsWorkbook({ planted: true }).workbook;
    case "summary-detail":
      return buildSummaryDetailWorkbook({ planted: true }).workbook;
  }
}

/** A very hidden `_assess_settings` sheet holding `text` (cut into column A as the add-in does). */
export function addSettingsSheet(wb: ExcelJS.Workbook, text: string): void {
  const ws = wb.addWorksheet(SETTINGS_SHEET, { state: "veryHidden" });
  chunkText(text).forEach((chunk, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.numFmt = "@";
    cell.value = chunk;
  });
}

/** One structured change of a workbook package. */
export type Mutation =
  | { readonly kind: "merge"; readonly ref: string }
  | { readonly kind: "row"; readonly row: number; readonly value: string }
  | { readonly kind: "duplicate-row"; readonly row: number }
  | { readonly kind: "drop-shared-strings" }
  | { readonly kind: "shared-index"; readonly cell: string; readonly index: number }
  | { readonly kind: "huge-text"; readonly cell: string; readonly length: number; readonly char: string }
  | { readonly kind: "text"; readonly cell: string; readonly text: string }
  | { readonly kind: "number"; readonly cell: string; readonly digits: string }
  | { readonly kind: "formula"; readonly cell: string; readonly formula: string }
  | { readonly kind: "dimension"; readonly ref: string };

export function describeMutation(m: Mutation): string {
  const s = JSON.stringify(m);
  return s.length > 120 ? s.slice(0, 117) + "…" : s;
}

function xmlEscape(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function rowOf(cell: string): number {
  return Number(/\d+$/.exec(cell)![0]);
}

/** Put a `<c>` into the sheet XML (replacing the cell if it is there, adding its row if not). */
function setCellXml(xml: string, cell: string, inner: string, attrs = ""): string {
  const r = rowOf(cell);
  const c = `<c r="${cell}"${attrs}>${inner}</c>`;
  const existing = new RegExp(`<c r="${cell}"[^>]*?(?:/>|>[\\s\\S]*?</c>)`);
  if (existing.test(xml)) return xml.replace(existing, c);
  const row = new RegExp(`(<row r="${r}"[^>]*?)(/>|>)`);
  if (row.test(xml)) {
    return xml.replace(row, (_m, open: string, close: string) => (close === "/>" ? `${open}>${c}</row>` : `${open}>${c}`));
  }
  return xml.replace("</sheetData>", `<row r="${r}">${c}</row></sheetData>`).replace("<sheetData/>", `<sheetData><row r="${r}">${c}</row></sheetData>`);
}

function addMerge(xml: string, ref: string): string {
  const m = `<mergeCell ref="${xmlEscape(ref)}"/>`;
  if (/<mergeCells\b[^>]*>/.test(xml)) return xml.replace(/(<mergeCells\b[^>]*>)/, `$1${m}`);
  return xml.replace("</sheetData>", `</sheetData><mergeCells count="1">${m}</mergeCells>`);
}

/** Apply mutations to the first worksheet (and the package) of an .xlsx. */
export async function mutate(bytes: Uint8Array, mutations: ReadonlyArray<Mutation>, sheetPath = "xl/worksheets/sheet1.xml"): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  let xml = await zip.file(sheetPath)!.async("string");
  for (const m of mutations) {
    switch (m.kind) {
      case "merge":
        xml = addMerge(xml, m.ref);
        break;
      case "row":
        xml = xml.replace("</sheetData>", `<row r="${m.row}"><c r="A${m.row}" t="inlineStr"><is><t>${xmlEscape(m.value)}</t></is></c></row></sheetData>`);
        break;
      case "duplicate-row": {
        const row = new RegExp(`<row r="${m.row}"[^>]*?(?:/>|>[\\s\\S]*?</row>)`).exec(xml);
        if (row) xml = xml.replace("</sheetData>", `${row[0]}</sheetData>`);
        break;
      }
      case "drop-shared-strings":
        zip.remove("xl/sharedStrings.xml");
        break;
      case "shared-index":
        xml = setCellXml(xml, m.cell, `<v>${m.index}</v>`, ` t="s"`);
        break;
      case "huge-text":
        xml = setCellXml(xml, m.cell, `<is><t>${xmlEscape(m.char.repeat(m.length))}</t></is>`, ` t="inlineStr"`);
        break;
      case "text":
        xml = setCellXml(xml, m.cell, `<is><t xml:space="preserve">${xmlEscape(m.text)}</t></is>`, ` t="inlineStr"`);
        break;
      case "number":
        xml = setCellXml(xml, m.cell, `<v>${m.digits}</v>`);
        break;
      case "formula":
        xml = setCellXml(xml, m.cell, `<f>${xmlEscape(m.formula)}</f><v>0</v>`);
        break;
      case "dimension":
        xml = xml.replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="${xmlEscape(m.ref)}"/>`);
        break;
    }
  }
  zip.file(sheetPath, xml);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/**
 * The numbers typed in every sheet (sheet!A1 → value), to compare before and after --write.
 * Read through the bounded reader (a hostile merge would make plain ExcelJS expand it forever).
 */
export async function typedNumbers(bytes: Uint8Array): Promise<Map<string, number>> {
  const wb = (await readXlsx(bytes)).workbook;
  const out = new Map<string, number>();
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (typeof cell.value === "number") out.set(`${ws.name}!${cell.address}`, cell.value);
      }),
    );
  }
  return out;
}
