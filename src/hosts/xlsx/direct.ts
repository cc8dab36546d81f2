/**
 * The read-only path (`assess check` without --write): the snapshot straight from the sheet
 * XML that inspect.ts has already inflated, without building ExcelJS's workbook — the same
 * snapshot ExcelJS 4.4 plus `snapshotWorkbook` (read.ts) gives, for the packages spreadsheet
 * programs write; anything else (a DOCTYPE, an undefined entity, a hyperlink on a cell, rich
 * inline text, rows out of order, a shared formula whose master is not a formula …) returns
 * null and the caller loads the package with ExcelJS as before. A test compares the two
 * snapshots on every workbook the tests build, the table corpus and thousands of hostile ones.
 *
 * Why not ExcelJS's streaming WorkbookReader: it drops merges (`case 'mergeCell': break`) and
 * shared formulas (a follower's `<f t="shared" si="0"/>` reads as an empty formula), so it
 * does not give the same snapshot. Why not another XML library: none is a dependency here, and
 * what is read is a fixed, small part of the format; the XML reader (xml.ts) reads one pass
 * with indexOf and refuses what it does not know.
 *
 * It follows ExcelJS's reading (lib/xlsx/xform/sheet/cell-xform.js, doc/row.js,
 * doc/worksheet.js, doc/column.js, utils/shared-formula.js) and read.ts's mapping.
 */
import type { CellValue, RangeRef, SheetSnapshot, WorkbookSnapshot } from "../../engine/grid";
import { inspectPackage, type InspectResult } from "./inspect";
import { partBytes } from "./inflate";
import { DEFAULT_MAX_COLS, DEFAULT_MAX_ROWS, EPOCH_1900, EPOCH_1904, mapValue, sheetSnapshot, sniff, toBytes, withReadWarnings, type ReadOptions } from "./snapshotValues";
import { excelDate, no, NotDirect, readSharedStrings, readStyles, readWorkbookInfo, slideFormula, xmlDecode, type CellStyle, type SharedText } from "./directParts";

export { slideFormula };
import { attrsOf, decodeText, rootName, walkXml } from "./xml";

/** "AB12" → {row 12, col 28}; letters upper case, no $ (what spreadsheet programs write) */
function cellRef(s: string): { row: number; col: number } {
  let col = 0;
  let i = 0;
  for (; i < s.length && i < 4; i++) {
    const ch = s.charCodeAt(i);
    if (ch < 65 || ch > 90) break;
    col = col * 26 + (ch - 64);
  }
  if (i === 0 || i > 3 || col > 16_384) no("cell reference");
  const digits = s.slice(i);
  if (!/^[1-9]\d{0,6}$/.test(digits)) no("cell reference");
  return { row: Number(digits), col };
}

function isTrue(v: string | undefined): boolean {
  return v === "1" || v === "true";
}

interface Parts {
  readonly styles: CellStyle[] | undefined;
  readonly strings: SharedText[] | undefined;
  readonly date1904: boolean;
}

/** The sheet's merges, read ahead of its rows (ExcelJS applies them after the rows) */
function mergesOfXml(xml: string): RangeRef[] {
  const out: RangeRef[] = [];
  const at = xml.indexOf("<mergeCells");
  if (at < 0) return out;
  const end = xml.indexOf("</mergeCells>", at);
  const block = xml.slice(at, end < 0 ? xml.indexOf(">", at) + 1 : end);
  for (const m of block.matchAll(/<mergeCell\b([^>]*?)\/?>/g)) {
    const a = attrsOf(m[1]);
    const ref = a?.get("ref");
    if (!ref) no("merge");
    const [p, q = p, extra] = ref.split(":");
    if (extra !== undefined) no("merge");
    const x = cellRef(p);
    const y = cellRef(q);
    if (y.row < x.row || y.col < x.col) no("merge");
    out.push({ top: x.row - 1, left: x.col - 1, bottom: y.row - 1, right: y.col - 1 });
  }
  return out;
}

interface Cell {
  row: number;
  col: number;
  s: number;
  t: string | undefined;
  formula: string[] | undefined;
  shareType: string | undefined;
  ref: string | undefined;
  si: string | undefined;
  value: string[] | undefined;
}

/** One sheet's snapshot, as snapshotSheet (read.ts) makes it from ExcelJS's worksheet. */
function readSheet(name: string, hidden: boolean, xml: string, parts: Parts, options: ReadOptions): SheetSnapshot {
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const maxCols = options.maxCols ?? DEFAULT_MAX_COLS;
  const epoch = parts.date1904 ? EPOCH_1904 : EPOCH_1900;
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  const indents: (number | null)[][] = [];
  const hiddenRows: number[] = [];
  let anyFormula = false;
  let anyFormat = false;
  let fullRows = 0;
  let fullCols = 0;

  if (rootName(xml) !== "worksheet") no("root element"); // <x:worksheet>: ExcelJS reads it its own way
  // merges first (they follow the rows in the file): a covered cell's value is dropped
  const merges = mergesOfXml(xml);
  const covered = new Map<number, number[]>();
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      let list = covered.get(r);
      if (!list) covered.set(r, (list = []));
      list.push(m.left, m.right, m.top, m.left);
    }
  }
  const isCovered = (r: number, c: number): boolean => {
    const list = covered.get(r);
    if (!list) return false;
    for (let i = 0; i < list.length; i += 4) {
      if (c >= list[i] && c <= list[i + 1] && !(r === list[i + 2] && c === list[i + 3])) return true;
    }
    return false;
  };
  // shared formulas: si → the master's address and text, as ExcelJS records them in file order
  const masters = new Map<string, { row: number; col: number }>();
  const formulaAt = new Map<number, string>();
  const cols: { min: number; max: number; hidden: boolean }[] = [];
  let mergesSeen = 0;

  let inSheetData = false;
  let inCols = false;
  let inMerges = false;
  let rowNumber = 0;
  let previousRow = 0;
  let previousCol = 0;
  let cell: Cell | undefined;
  let target: "value" | "formula" | undefined;

  const finish = (c: Cell): void => {
    const r = c.row - 1;
    const col = c.col - 1;
    const formula = c.formula ? decodeText(c.formula.join("")) : undefined;
    if (formula === null) no("entity");
    const raw = c.value ? decodeText(c.value.join("")) : undefined;
    if (raw === null) no("entity");
    const style = c.s && parts.styles ? parts.styles[c.s] : undefined;
    if (c.s && !parts.styles) no("styles"); // ExcelJS without xl/styles.xml: not copied here
    let value: CellValue;
    let text = false; // a plain text: its indent is read
    let f: string | undefined;
    if (formula || c.shareType) {
      let result: unknown;
      if (raw) {
        result = c.t === "str" ? xmlDecode(raw) : c.t === "b" ? parseInt(raw, 10) !== 0 : c.t === "e" ? { error: raw } : parseFloat(raw);
      }
      if (result !== undefined && style?.date) result = excelDate(result, parts.date1904);
      value = mapValue(result, epoch);
      if (c.shareType === "shared" && c.si === undefined) no("shared formula without si");
      if (c.shareType === "shared" && !c.ref) {
        const master = c.si === undefined ? undefined : masters.get(c.si);
        if (formula) f = formula;
        else if (master) {
          const masterFormula = formulaAt.get((master.row - 1) * 16_384 + master.col - 1);
          if (!masterFormula || isCovered(master.row - 1, master.col - 1)) no("shared formula master");
          f = slideFormula(masterFormula, master, { row: c.row, col: c.col });
        }
      } else {
        if (c.shareType === "shared") masters.set(c.si!, { row: c.row, col: c.col });
        f = formula || undefined;
      }
      if (formula) formulaAt.set(r * 16_384 + col, formula);
    } else if (raw !== undefined) {
      switch (c.t) {
        case "s": {
          const shared = parts.strings?.[parseInt(raw, 10)];
          if (!shared) no("shared text");
          value = shared.text;
          text = !shared.rich;
          break;
        }
        case "str":
          value = xmlDecode(raw);
          text = true;
          break;
        case "inlineStr":
          value = raw;
          text = true;
          break;
        case "b":
          value = parseInt(raw, 10) !== 0;
          break;
        case "e":
          value = mapValue({ error: raw }, epoch);
          break;
        default: {
          const n = parseFloat(raw);
          value = mapValue(style?.date ? excelDate(n, parts.date1904) : n, epoch);
        }
      }
    } else return; // an empty cell (styled or not): nothing read
    if (isCovered(r, col)) return;
    if (c.row > fullRows) fullRows = c.row;
    if (c.col > fullCols) fullCols = c.col;
    if (r >= maxRows || col >= maxCols) return;
    (values[r] ??= [])[col] = value;
    if (f) {
      (formulas[r] ??= [])[col] = f.startsWith("=") ? f : "=" + f;
      anyFormula = true;
    }
    const fmt = style?.numFmt;
    if (fmt && fmt !== "General") {
      (numberFormats[r] ??= [])[col] = fmt;
      anyFormat = true;
    }
    const indent = text ? style?.indent : undefined;
    if (typeof indent === "number" && indent > 0) (indents[r] ??= [])[col] = indent;
  };

  const ok = walkXml(xml, {
    open(tag, raw) {
      if (cell) {
        // text makes the value or the formula (ExcelJS appends each piece of text it is given)
        if (tag === "v" || tag === "t") target = "value";
        else if (tag === "f") {
          const a = attrsOf(raw);
          if (!a) return false;
          target = "formula";
          cell.shareType = a.get("t");
          cell.ref = a.get("ref");
          cell.si = a.get("si");
        } else if (tag !== "is") return false; // rich inline text, extensions: left to ExcelJS
        return true;
      }
      if (inSheetData) {
        if (tag === "row") {
          const a = attrsOf(raw);
          const r = a?.get("r");
          if (!a || r === undefined || !/^[1-9]\d{0,6}$/.test(r)) return false;
          rowNumber = Number(r);
          if (rowNumber <= previousRow) return false; // repeated or out of order: ExcelJS keeps the last copy
          previousRow = rowNumber;
          previousCol = 0;
          if (isTrue(a.get("hidden")) && rowNumber - 1 < maxRows) hiddenRows.push(rowNumber - 1);
          return true;
        }
        if (tag === "c" && rowNumber > 0) {
          const a = attrsOf(raw);
          const r = a?.get("r");
          if (!a || r === undefined) return false;
          const at = cellRef(r);
          if (at.row !== rowNumber || at.col <= previousCol) return false;
          previousCol = at.col;
          const s = a.get("s");
          cell = { row: at.row, col: at.col, s: s ? parseInt(s, 10) : 0, t: a.get("t"), formula: undefined, shareType: undefined, ref: undefined, si: undefined, value: undefined };
          if (s && !(cell.s >= 0)) return false;
          return true;
        }
        return false;
      }
      if (tag === "sheetData") inSheetData = true;
      else if (tag === "cols") inCols = true;
      else if (tag === "mergeCells") inMerges = true;
      else if (inMerges && tag === "mergeCell") mergesSeen++;
      else if (inCols && tag === "col") {
        const a = attrsOf(raw);
        if (!a) return false;
        const min = parseInt(a.get("min") || "0", 10);
        const max = parseInt(a.get("max") || "0", 10);
        if (!Number.isFinite(min) || !Number.isFinite(max)) return false;
        cols.push({ min, max, hidden: isTrue(a.get("hidden")) });
      } else if (tag === "hyperlink") {
        const a = attrsOf(raw);
        if (!a || a.has("r:id")) return false; // a linked cell reads as a hyperlink value in ExcelJS
      }
      return true;
    },
    text(raw) {
      if (cell && target) (cell[target] ??= []).push(raw);
    },
    close(tag) {
      if (cell) {
        if (tag === "c") {
          finish(cell);
          cell = undefined;
        }
        target = undefined;
        return true;
      }
      if (tag === "sheetData") inSheetData = false;
      else if (tag === "row") rowNumber = 0;
      else if (tag === "cols") inCols = false;
      else if (tag === "mergeCells") inMerges = false;
      return true;
    },
  });
  if (!ok) no("sheet XML");
  if (mergesSeen !== merges.length) no("merges");

  // ExcelJS's Column.fromModel: sorted by min, each column once
  const hiddenCols: number[] = [];
  cols.sort((a, b) => a.min - b.min);
  let count = 1;
  for (const c of cols) {
    while (count < c.min) count++;
    while (count <= c.max && count <= maxCols) {
      if (c.hidden) hiddenCols.push(count - 1);
      count++;
    }
    if (count > maxCols) break;
  }

  merges.sort((a, b) => a.top - b.top || a.left - b.left);
  return sheetSnapshot({
    name, hidden, values, formulas, numberFormats, indents, hiddenRows, hiddenCols, merges,
    anyFormula, anyFormat, fullRows, fullCols, maxRows, maxCols,
  });
}

async function partText(inspected: Pick<InspectResult, "zip">, path: string): Promise<string | undefined> {
  const f = inspected.zip.file(path);
  if (!f) return undefined;
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(await partBytes(f));
}

/**
 * The snapshot of an inspected package read directly, or null when ExcelJS must read it
 * (the caller then loads it as before). The inspected sheets are read, not taken.
 */
export async function readDirect(inspected: Pick<InspectResult, "zip" | "sheets">, options: ReadOptions = {}): Promise<WorkbookSnapshot | null> {
  try {
    const workbookXml = await partText(inspected, "xl/workbook.xml");
    const relsXml = await partText(inspected, "xl/_rels/workbook.xml.rels");
    if (workbookXml === undefined || relsXml === undefined) return null;
    const info = readWorkbookInfo(workbookXml, relsXml);
    if (!info || info.sheets.length === 0) return null;
    // every sheet ExcelJS would parse is one it shows (a sheet it parses and does not list could still fail its load)
    if (info.sheets.length !== inspected.sheets.size || info.sheets.some((s) => !inspected.sheets.has(s.path))) return null;
    const stylesXml = await partText(inspected, "xl/styles.xml");
    const styles = stylesXml === undefined ? undefined : readStyles(stylesXml);
    if (styles === null) return null;
    const stringsXml = await partText(inspected, "xl/sharedStrings.xml");
    const strings = stringsXml === undefined ? undefined : readSharedStrings(stringsXml);
    if (strings === null) return null;
    const parts: Parts = { styles, strings, date1904: info.date1904 };
    const sheets = info.sheets.map((s) => readSheet(s.name, s.hidden, inspected.sheets.get(s.path)!, parts, options));
    return { sheets };
  } catch (e) {
    if (e instanceof NotDirect) return null;
    throw e;
  }
}

/**
 * What `assess check` without --write reads: the snapshot alone, directly where it can
 * (`direct`), otherwise through ExcelJS as readXlsx does. Same errors as readXlsx.
 */
export async function readXlsxSnapshot(data: ArrayBuffer | Uint8Array, options: ReadOptions = {}): Promise<{ snapshot: WorkbookSnapshot; direct: boolean }> {
  const bytes = toBytes(data);
  sniff(bytes);
  const inspected = await inspectPackage(bytes);
  const snapshot = await readDirect(inspected, options);
  if (!snapshot) {
    // ExcelJS, loaded only now: most workbooks never need it on this path (start-up)
    const { readInspected } = await import("./read");
    return { snapshot: (await readInspected(inspected, options)).snapshot, direct: false };
  }
  inspected.sheets.clear(); // the sheets' text is not needed again
  return { snapshot: inspected.warnings.size ? withReadWarnings(snapshot, inspected.warnings) : snapshot, direct: true };
}
