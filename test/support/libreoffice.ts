/**
 * Recalculate an .xlsx with headless LibreOffice and read the values back (ExcelJS), so a
 * test can compare the formulas we write with a real spreadsheet engine.
 *
 *   const soffice = systemProgram(["soffice", "libreoffice"], SOFFICE_INSTALL);
 *   describeWith(soffice)("…", () => {
 *     it("…", async () => {
 *       const out = await recalcXlsx(inPath, outDir);        // outDir ≠ the input's folder
 *       const values = await readXlsxValues(out);           // values[sheetName][row][col]
 *     });
 *   });
 *
 * LibreOffice keeps the cached values of an OOXML file unless told otherwise: the helper
 * makes a private user profile whose registrymodifications.xcu sets OOXMLRecalcMode and
 * ODFRecalcMode to 0 ("always recalculate"), once per process. soffice exits 0 even when
 * the conversion failed, so the output file is checked. Calls are serialised (one profile
 * cannot be used by two soffice processes at once).
 */
import { execFile } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { basename, extname, join, resolve } from "path";
import { pathToFileURL } from "url";
import ExcelJS from "exceljs";
// exceljs's own zip reader (a dependency of exceljs): used to recover formula results
// ExcelJS drops (0, "", FALSE — it copies only truthy results)
import JSZip from "jszip";
import { SOFFICE_INSTALL, systemProgram, type SystemProgram } from "./system";

let cachedProgram: SystemProgram | undefined;

/** soffice / libreoffice on this machine (see system.ts: skipped locally, a failure under CI=true). */
export function sofficeProgram(): SystemProgram {
  if (!cachedProgram) cachedProgram = systemProgram(["soffice", "libreoffice"], SOFFICE_INSTALL);
  return cachedProgram;
}

const RECALC_XCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

let profileDir: string | undefined;

/** A LibreOffice user profile that always recalculates on load (made once per process). */
export function recalcProfile(): string {
  if (profileDir) return profileDir;
  const dir = mkdtempSync(join(tmpdir(), "assess-lo-profile-"));
  mkdirSync(join(dir, "user"), { recursive: true });
  writeFileSync(join(dir, "user", "registrymodifications.xcu"), RECALC_XCU);
  profileDir = dir;
  return dir;
}

let queue: Promise<unknown> = Promise.resolve();

function run(cmd: string, args: string[], timeoutMs: number): Promise<{ stdout: string; stderr: string }> {
  return new Promise((res, rej) => {
    execFile(cmd, args, { timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) rej(new Error(`${cmd} failed: ${err.message}\n${stderr}`));
      else res({ stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

/**
 * Open `inPath` in headless LibreOffice, recalculate every formula, save it as .xlsx in
 * `outDir` (which must not be the input's own folder) and return the output path.
 */
export function recalcXlsx(inPath: string, outDir: string, opts: { timeoutMs?: number } = {}): Promise<string> {
  const job = queue.then(async () => {
    const program = sofficeProgram();
    if (!program.available || !program.path) throw new Error(`LibreOffice is not installed (${SOFFICE_INSTALL})`);
    const input = resolve(inPath);
    const out = resolve(outDir);
    if (resolve(join(input, "..")) === out) throw new Error("recalcXlsx: outDir must differ from the input's folder");
    mkdirSync(out, { recursive: true });
    const target = join(out, `${basename(input, extname(input))}.xlsx`);
    const before = existsSync(target) ? statSync(target).mtimeMs : -1;
    const { stdout, stderr } = await run(
      program.path,
      [
        `-env:UserInstallation=${pathToFileURL(recalcProfile()).href}`,
        "--headless", "--norestore", "--nolockcheck", "--nodefault",
        "--convert-to", "xlsx:Calc MS Excel 2007 XML",
        "--outdir", out, input,
      ],
      opts.timeoutMs ?? 180_000,
    );
    if (!existsSync(target) || statSync(target).mtimeMs === before) {
      throw new Error(`LibreOffice did not write ${target}\n${stdout}\n${stderr}`);
    }
    return target;
  });
  queue = job.catch(() => undefined);
  return job;
}

/** A recalculated cell: a number, text, boolean, an error ("#N/A"…) or null. */
export type RecalcValue = number | string | boolean | { error: string } | null;

/** Every sheet's cell values (formula results for formula cells), 1-based [row][col]. */
export async function readXlsxValues(path: string): Promise<Map<string, RecalcValue[][]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const out = new Map<string, RecalcValue[][]>();
  const missing: Array<{ sheet: string; address: string; r: number; c: number }> = [];
  wb.eachSheet((ws) => {
    const rows: RecalcValue[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      const cells: RecalcValue[] = [];
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const v = cell.value;
        const isFormula = typeof v === "object" && v !== null && ("formula" in v || "sharedFormula" in v);
        if (isFormula && (v as ExcelJS.CellFormulaValue).result === undefined) missing.push({ sheet: ws.name, address: cell.address, r, c });
        cells[c] = toRecalcValue(v);
      });
      rows[r] = cells;
    });
    out.set(ws.name, rows);
  });
  if (missing.length > 0) {
    const raw = await rawFormulaResults(path);
    for (const m of missing) {
      const v = raw.get(m.sheet)?.get(m.address);
      if (v !== undefined) out.get(m.sheet)![m.r][m.c] = v;
    }
  }
  return out;
}

/** The cached <v> of every formula cell, read from the sheet XML. */
async function rawFormulaResults(path: string): Promise<Map<string, Map<string, RecalcValue>>> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.replace(/^\/?xl\//, ""));
  }
  const out = new Map<string, Map<string, RecalcValue>>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = decodeXml(/\bname="([^"]*)"/.exec(m[0])?.[1] ?? "");
    const rid = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    const target = rid ? targets.get(rid) : undefined;
    const xml = target ? await zip.file(`xl/${target}`)?.async("string") : undefined;
    if (!xml) continue;
    const cells = new Map<string, RecalcValue>();
    for (const c of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attrs = c[1];
      const body = c[2] ?? "";
      if (!/<f\b/.test(body)) continue;
      const address = /\br="([A-Z]+\d+)"/.exec(attrs)?.[1];
      const t = /\bt="([^"]+)"/.exec(attrs)?.[1] ?? "n";
      const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      if (!address) continue;
      if (v === undefined) cells.set(address, t === "str" ? "" : null);
      else if (t === "str" || t === "inlineStr") cells.set(address, decodeXml(v));
      else if (t === "b") cells.set(address, v !== "0");
      else if (t === "e") cells.set(address, { error: decodeXml(v) });
      else cells.set(address, parseFloat(v));
    }
    out.set(name, cells);
  }
  return out;
}

function decodeXml(s: string): string {
  return s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
}

function toRecalcValue(v: ExcelJS.CellValue): RecalcValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.getTime();
  if (typeof v === "object") {
    if ("error" in v) return { error: String((v as ExcelJS.CellErrorValue).error) };
    if ("formula" in v || "sharedFormula" in v) {
      const result = (v as ExcelJS.CellFormulaValue).result;
      if (result === undefined || result === null) return null;
      return toRecalcValue(result as ExcelJS.CellValue);
    }
    if ("richText" in v) return (v as ExcelJS.CellRichTextValue).richText.map((t) => t.text).join("");
    if ("text" in v) return String((v as ExcelJS.CellHyperlinkValue).text);
  }
  return null;
}
