/**
 * A look inside an .xlsx package before ExcelJS loads it, so that reading is bounded by what
 * the file holds. ExcelJS expands every merge cell by cell and keeps rows in an array indexed
 * by row number, so one `<mergeCell ref="A1:XFD1048576"/>` or one `<row r="2000000000">` in a
 * 2 KB file would run it out of memory or time. Here, before anything is expanded:
 *
 * - the package's uncompressed size and its number of cells are checked against a budget
 *   (beyond it the file is refused with a one-line reason);
 * - rows and cells beyond Excel's own grid (1,048,576 rows, 16,384 columns) are left out;
 * - a merge that is malformed, outside the grid, much larger than the cells present, or
 *   overlapping an earlier merge is left out;
 * - texts that point into a shared-strings table the file does not have (texts lost) refuse
 *   the file rather than reading indexes as numbers.
 *
 * Everything left out is said, per sheet, as a warning the engine reports on its cell.
 * Runs in Node and in the browser (JSZip, no file system).
 */
import JSZip from "jszip";
import { XlsxReadError } from "./read-error";
import { quickCount } from "./scan";
import { partBytes } from "./inflate";
import { MAX_WORKBOOK_CELLS, MAX_WORKBOOK_ROWS } from "../../engine/limits";

/** Excel's grid */
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLS = 16_384;
/** the whole package, uncompressed: beyond it the workbook is refused */
export const MAX_UNCOMPRESSED_BYTES = 150 * 1024 * 1024;
/** cells and rows in all sheets together: the stated limit (engine/limits.ts) */
export const MAX_CELLS = MAX_WORKBOOK_CELLS;
export const MAX_ROWS = MAX_WORKBOOK_ROWS;
/** a merge covering more cells than this is not a layout a clerk made */
export const MAX_MERGE_AREA = 50_000;
/** how far a merge may reach beyond the last row / column holding a cell */
const MERGE_SLACK_ROWS = 200;
const MERGE_SLACK_COLS = 64;

/** Something left out of a sheet when it was read, said on its cell. */
export interface ReadWarning {
  /** A1 address of the cell it is about */
  readonly cell: string;
  readonly message: string;
  readonly messageEn: string;
}

export interface InspectResult {
  /** the package to give ExcelJS: the input itself, or a patched copy (made when asked) */
  readonly bytes: () => Promise<Uint8Array>;
  /** the package as read here (patched sheets replaced by their text) */
  readonly zip: JSZip;
  /**
   * Every sheet's XML, inflated (and patched where something was left out), by its path in
   * the package: ExcelJS can load them without inflating the sheets a second time (load.ts,
   * which takes them out of the map as it hands them over, so that no copy outlives the load).
   */
  readonly sheets: Map<string, string>;
  /** warnings per sheet name */
  readonly warnings: ReadonlyMap<string, ReadWarning[]>;
}

interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function colIndex(letters: string): number {
  let c = 0;
  for (const ch of letters.toUpperCase()) c = c * 26 + (ch.charCodeAt(0) - 64);
  return c;
}

function colName(c: number): string {
  let s = "";
  for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** 1-based row/col of an A1 reference, or null when it is not one. */
function parseRef(a: string): { r: number; c: number } | null {
  const m = /^\$?([A-Za-z]{1,4})\$?(\d{1,12})$/.exec(a.trim());
  if (!m) return null;
  return { r: Number(m[2]), c: colIndex(m[1]) };
}

function parseRange(ref: string): Range | null {
  const [a, b = a, extra] = ref.split(":");
  if (extra !== undefined) return null;
  const p = parseRef(a);
  const q = parseRef(b);
  if (!p || !q) return null;
  return { top: Math.min(p.r, q.r), left: Math.min(p.c, q.c), bottom: Math.max(p.r, q.r), right: Math.max(p.c, q.c) };
}

function decodeXmlAttr(s: string): string {
  if (!s.includes("&")) return s;
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-fA-F]+);/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(parseInt(d, 10)))
    .replace(/&amp;/g, "&");
}

const ATTR_RE = new Map<string, RegExp>();

function attr(tag: string, name: string): string | undefined {
  let re = ATTR_RE.get(name);
  if (!re) ATTR_RE.set(name, (re = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const m = re.exec(tag);
  return m ? decodeXmlAttr(m[1] ?? m[2]) : undefined;
}

/** The uncompressed size JSZip read from the zip's central directory (not inflated yet). */
function declaredSize(f: JSZip.JSZipObject): number {
  const d = (f as unknown as { _data?: { uncompressedSize?: number } })._data;
  return d && typeof d.uncompressedSize === "number" ? d.uncompressedSize : 0;
}

/** Sheet part path → sheet name, from the workbook and its relationships. */
async function sheetNames(zip: JSZip): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const wb = await zip.file("xl/workbook.xml")?.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")?.async("string");
  if (!wb || !rels) return out;
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], "Id");
    const target = attr(m[0], "Target");
    if (id && target) {
      const path = target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\.\//, "")}`;
      targets.set(id, path);
    }
  }
  for (const m of wb.matchAll(/<sheet\b[^>]*>/g)) {
    const name = attr(m[0], "name");
    const id = attr(m[0], "r:id") ?? attr(m[0], "id");
    const path = id ? targets.get(id) : undefined;
    if (name !== undefined && path) out.set(path, name);
  }
  return out;
}

export interface SheetScan {
  xml: string;
  changed: boolean;
  warnings: ReadWarning[];
  cells: number;
  sharedTexts: number;
  /** rows kept (holding cells or not) */
  rows?: number;
}

const ROW_RE = /<row\b[^>]*?(?:\/>|>[\s\S]*?<\/row>)/g;
const CELL_RE = /<c\b[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g;

/**
 * Rows and cells beyond Excel's grid left out; returns the extent of the cells kept. The quick
 * count (scan.ts) answers for ordinary sheets; `careful` forces the rewriting pass (tests
 * compare the two).
 */
export function boundRows(scan: SheetScan, careful = false): { lastRow: number; lastCol: number } {
  const quick = careful ? null : quickCount(scan.xml, EXCEL_MAX_ROWS, EXCEL_MAX_COLS);
  if (quick) {
    scan.cells = quick.cells;
    scan.sharedTexts = quick.sharedTexts;
    scan.rows = quick.rows;
    if (quick.disordered) scan.warnings.push(disorderedWarning(quick.disordered));
    return { lastRow: quick.lastRow, lastCol: quick.lastCol };
  }
  let lastRow = 0;
  let lastCol = 0;
  let droppedRows = 0;
  let droppedCells = 0;
  let firstDropped = "";
  let cells = 0;
  let sharedTexts = 0;
  let previousRow = 0;
  let disordered = 0;
  let rows = 0;
  const xml = scan.xml.replace(ROW_RE, (row) => {
    const open = /^<row\b[^>]*>/.exec(row)?.[0] ?? row;
    const rAttr = attr(open, "r");
    const rn = rAttr === undefined ? previousRow + 1 : /^\d{1,12}$/.test(rAttr) ? Number(rAttr) : NaN;
    if (!(rn >= 1 && rn <= EXCEL_MAX_ROWS)) {
      droppedRows++;
      if (!firstDropped) firstDropped = `row ${rAttr ?? "?"}`;
      return "";
    }
    if (rn <= previousRow) disordered++;
    previousRow = rn;
    if (rn > lastRow) lastRow = rn;
    rows++;
    let cellChanged = false;
    const body = row.replace(CELL_RE, (cell) => {
      const copen = /^<c\b[^>]*>/.exec(cell)?.[0] ?? cell;
      const ref = attr(copen, "r");
      const p = ref === undefined ? null : parseRef(ref);
      if (ref !== undefined && (!p || p.c > EXCEL_MAX_COLS || p.r > EXCEL_MAX_ROWS || p.c < 1)) {
        droppedCells++;
        if (!firstDropped) firstDropped = `cell ${ref}`;
        cellChanged = true;
        return "";
      }
      cells++;
      if (p && p.c > lastCol) lastCol = p.c;
      if (attr(copen, "t") === "s") sharedTexts++;
      return cell;
    });
    return cellChanged ? body : row;
  });
  scan.cells = cells;
  scan.sharedTexts = sharedTexts;
  scan.rows = rows;
  if (droppedRows || droppedCells) {
    scan.xml = xml;
    scan.changed = true;
    const what = [droppedRows ? `${droppedRows} 行` : "", droppedCells ? `${droppedCells} 个单元格` : ""].filter(Boolean).join("、");
    const whatEn = [droppedRows ? `${droppedRows} row(s)` : "", droppedCells ? `${droppedCells} cell(s)` : ""].filter(Boolean).join(" and ");
    scan.warnings.push({
      cell: `A${Math.min(lastRow + 1, EXCEL_MAX_ROWS)}`,
      message: `文件中有 ${what}位于 Excel 表格范围之外(如 ${firstDropped}),未读取也未检查`,
      messageEn: `The file has ${whatEn} outside Excel's grid (e.g. ${firstDropped}): not read and not checked`,
    });
  }
  if (disordered) scan.warnings.push(disorderedWarning(disordered));
  return { lastRow, lastCol };
}

function disorderedWarning(disordered: number): ReadWarning {
  return {
    cell: "A1",
    message: `文件中的行编号顺序异常(${disordered} 处重复或倒序),同一行号只读取最后一次出现的内容,请在 Excel 中另存后再检查`,
    messageEn: `The file's row numbering is malformed (${disordered} repeated or out of order); a repeated row is read from its last copy only. Save it again in Excel and check it again`,
  };
}

/** Merges that cannot be a clerk's layout left out (malformed, outside the grid, oversized, overlapping). */
function boundMerges(scan: SheetScan, lastRow: number, lastCol: number): void {
  const block = /<mergeCells\b[^>]*?(?:\/>|>[\s\S]*?<\/mergeCells>)/.exec(scan.xml);
  if (!block) return;
  const taken = new Set<number>();
  const kept: string[] = [];
  const dropped: string[] = [];
  let area = 0;
  for (const m of block[0].matchAll(/<mergeCell\b[^>]*>/g)) {
    const ref = attr(m[0], "ref") ?? "";
    const r = parseRange(ref);
    let ok =
      !!r && r.top >= 1 && r.left >= 1 && r.bottom <= EXCEL_MAX_ROWS && r.right <= EXCEL_MAX_COLS &&
      r.bottom <= lastRow + MERGE_SLACK_ROWS && r.right <= lastCol + MERGE_SLACK_COLS;
    const size = r ? (r.bottom - r.top + 1) * (r.right - r.left + 1) : 0;
    if (ok && (size > MAX_MERGE_AREA || area + size > MAX_CELLS)) ok = false;
    if (ok && r) {
      for (let i = r.top; ok && i <= r.bottom; i++) for (let j = r.left; j <= r.right; j++) if (taken.has(i * 16_385 + j)) { ok = false; break; }
    }
    if (ok && r) {
      for (let i = r.top; i <= r.bottom; i++) for (let j = r.left; j <= r.right; j++) taken.add(i * 16_385 + j);
      area += size;
      kept.push(m[0].endsWith("/>") ? m[0] : `<mergeCell ref="${ref}"/>`);
    } else {
      dropped.push(ref);
    }
  }
  if (dropped.length === 0) return;
  const replacement = kept.length ? `<mergeCells count="${kept.length}">${kept.join("")}</mergeCells>` : "";
  scan.xml = scan.xml.slice(0, block.index) + replacement + scan.xml.slice(block.index + block[0].length);
  scan.changed = true;
  const first = parseRange(dropped[0]);
  const cell = first && first.top <= EXCEL_MAX_ROWS && first.left <= EXCEL_MAX_COLS && first.top >= 1 && first.left >= 1
    ? `${colName(first.left)}${first.top}` : "A1";
  const list = dropped.slice(0, 3).map((d) => d.slice(0, 40)).join(", ") + (dropped.length > 3 ? ", …" : "");
  scan.warnings.push({
    cell,
    message: `${dropped.length} 处合并单元格超出表格内容、格式错误或相互重叠(${list}),已按未合并读取`,
    messageEn: `${dropped.length} merged range(s) reach far beyond the sheet's cells, are malformed or overlap (${list}); read as not merged`,
  });
}

/**
 * Look at the package before ExcelJS does; returns the bytes to load (patched when something
 * had to be left out) and the warnings per sheet. Throws XlsxReadError when the file is over
 * budget or its texts are lost.
 */
export async function inspectPackage(bytes: Uint8Array): Promise<InspectResult> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (e) {
    const why = e instanceof Error ? e.message.split("\n")[0] : String(e);
    throw new XlsxReadError(`not a readable .xlsx workbook (${why || "damaged zip archive"})`);
  }
  let total = 0;
  zip.forEach((_, f) => void (total += declaredSize(f)));
  if (total > MAX_UNCOMPRESSED_BYTES) {
    throw new XlsxReadError(
      `the workbook unpacks to ${Math.round(total / 1048576)} MB, more than the ${MAX_UNCOMPRESSED_BYTES / 1048576} MB that can be checked here`,
    );
  }
  const names = await sheetNames(zip);
  const sheetPaths = Object.keys(zip.files).filter((p) => /^xl\/worksheets\/[^/]+\.xml$/i.test(p));
  const warnings = new Map<string, ReadWarning[]>();
  const sheets = new Map<string, string>();
  let cells = 0;
  let rows = 0;
  let sharedTexts = 0;
  let patched = false;
  // BOM kept, as ExcelJS's own reading keeps it
  const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });
  for (const path of sheetPaths) {
    const scan: SheetScan = { xml: utf8.decode(await partBytes(zip.file(path)!)), changed: false, warnings: [], cells: 0, sharedTexts: 0 };
    const { lastRow, lastCol } = boundRows(scan);
    boundMerges(scan, lastRow, lastCol);
    cells += scan.cells;
    rows += scan.rows ?? 0;
    sharedTexts += scan.sharedTexts;
    if (cells > MAX_CELLS || rows > MAX_ROWS) {
      const what = cells > MAX_CELLS ? `${MAX_CELLS.toLocaleString("en-US")} cells` : `${MAX_ROWS.toLocaleString("en-US")} rows`;
      throw new XlsxReadError(
        `the workbook has more than ${what}, more than can be checked here (about 1 GB of memory); split it and check the parts`,
      );
    }
    sheets.set(path, scan.xml);
    if (scan.changed) {
      zip.file(path, scan.xml);
      patched = true;
    }
    if (scan.warnings.length) warnings.set(names.get(path) ?? path, scan.warnings);
  }
  if (sharedTexts > 0 && !zip.file("xl/sharedStrings.xml")) {
    throw new XlsxReadError(
      `the workbook's texts are lost: ${sharedTexts} cell(s) refer to a shared-strings table (xl/sharedStrings.xml) the file does not have; ` +
        "open it in Excel, repair and save it, then check it again",
    );
  }
  const patchedBytes = () => zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  return { bytes: patched ? patchedBytes : () => Promise.resolve(bytes), zip, sheets, warnings };
}
