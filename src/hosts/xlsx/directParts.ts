/**
 * The workbook-level parts the direct reader (direct.ts) needs besides the sheets: which
 * sheets there are, in what order, their names and visibility (xl/workbook.xml and its
 * relationships), the 1904 date system, the number format and indent of each cell style
 * (xl/styles.xml) and the shared texts (xl/sharedStrings.xml) — each read as ExcelJS 4.4
 * reads it, or null where ExcelJS would do something this reader does not copy (then the
 * caller falls back to ExcelJS). Also ExcelJS's rules the sheet reader copies: a shared
 * formula slid from its master (utils/shared-formula.js), its excelToDate and xmlDecode.
 */
import { attrsOf, decodeAttr, decodeText, rootName, walkXml } from "./xml";

/** ExcelJS's built-in number formats (lib/xlsx/defaultnumformats.js; a test compares them) */
export const BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00",
  12: "# ?/?", 13: "# ??/??", 14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy",
  18: "h:mm AM/PM", 19: "h:mm:ss AM/PM", 20: "h:mm", 21: "h:mm:ss", 22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)", 39: "#,##0.00 ;(#,##0.00)", 40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0", 48: "##0.0E+0", 49: "@",
};

/** A cell style as the snapshot reads it */
export interface CellStyle {
  readonly numFmt?: string;
  readonly indent?: number;
  /** ExcelJS turns a number in this style into a Date */
  readonly date: boolean;
}

/** ExcelJS's utils.isDateFmt */
export function isDateFmt(fmt: string | undefined): boolean {
  if (!fmt) return false;
  const f = fmt.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]+/.test(f);
}

/** A shared text: plain, or rich (runs joined; ExcelJS gives it as `{richText}`) */
export interface SharedText {
  readonly text: string;
  readonly rich: boolean;
}

/** `_xHHHH_` escapes, as ExcelJS's TextXform decodes them */
function unescapeX(s: string): string {
  return s.includes("_x") ? s.replace(/_x([0-9A-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : s;
}

function attrValue(attrs: Map<string, string>, name: string): string | undefined | null {
  const raw = attrs.get(name);
  return raw === undefined ? undefined : decodeAttr(raw);
}

export interface SheetEntry {
  readonly name: string;
  readonly path: string;
  readonly hidden: boolean;
}

export interface WorkbookInfo {
  readonly sheets: SheetEntry[];
  readonly date1904: boolean;
}

/** Sheets in ExcelJS's order with their parts; null where ExcelJS would differ or fail. */
export function readWorkbookInfo(workbookXml: string, relsXml: string): WorkbookInfo | null {
  // a prefixed root (<x:workbook>) is read by ExcelJS its own way: left to it
  if (rootName(workbookXml) !== "workbook" || rootName(relsXml) !== "Relationships") return null;
  const targets = new Map<string, string>();
  const relsOk = walkXml(relsXml, {
    open(name, raw) {
      if (name !== "Relationship") return true;
      const a = attrsOf(raw);
      if (!a) return false;
      const id = attrValue(a, "Id");
      const target = attrValue(a, "Target");
      if (id === null || target === null) return false;
      if (id !== undefined && target !== undefined) targets.set(id, target);
      return true;
    },
    text: () => undefined,
    close: () => true,
  });
  if (!relsOk) return null;
  const listed: { name: string; id: number; rId: string; state?: string }[] = [];
  let date1904 = false;
  const ok = walkXml(workbookXml, {
    open(name, raw) {
      if (name !== "sheet" && name !== "workbookPr") return true;
      const a = attrsOf(raw);
      if (!a) return false;
      if (name === "workbookPr") {
        date1904 = a.get("date1904") === "1";
        return true;
      }
      const sheetName = attrValue(a, "name");
      const id = attrValue(a, "sheetId");
      const rId = attrValue(a, "r:id");
      const state = attrValue(a, "state");
      if (!sheetName || !id || !rId || state === null || !/^[1-9]\d{0,8}$/.test(id)) return false;
      listed.push({ name: sheetName, id: Number(id), rId, ...(state !== undefined ? { state } : {}) });
      return true;
    },
    text: () => undefined,
    close: () => true,
  });
  if (!ok) return null;
  const sheets: SheetEntry[] = [];
  const ids = new Set<number>();
  const names = new Set<string>();
  for (const s of listed) {
    // ExcelJS keys worksheets by id and refuses or renames these names: leave them to it
    if (ids.has(s.id) || names.has(s.name.toLowerCase())) return null;
    if (s.name === "History" || /[*?:/\\[\]]/.test(s.name) || /(^')|('$)/.test(s.name) || s.name.length > 31) return null;
    ids.add(s.id);
    names.add(s.name.toLowerCase());
    const target = targets.get(s.rId);
    if (target === undefined) continue; // ExcelJS skips a sheet without its relationship
    const path = `xl/${target.replace(/^(\s|\/xl\/)+/, "")}`;
    if (!path.includes("worksheets/")) continue; // a chartsheet: ExcelJS does not load it
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(path)) return null;
    sheets.push({ name: s.name, path, hidden: s.state === "hidden" || s.state === "veryHidden" });
  }
  return { sheets, date1904 };
}

/** Cell styles by index (cellXfs); null where ExcelJS would differ or fail. */
export function readStyles(xml: string): CellStyle[] | null {
  if (rootName(xml) !== "styleSheet") return null;
  const formats = new Map<number, string>();
  const xfs: { numFmtId: number; indent?: number }[] = [];
  let inCellXfs = false;
  let inXf = false;
  const ok = walkXml(xml, {
    open(name, raw) {
      if (name === "cellXfs") inCellXfs = true;
      else if (name === "numFmt") {
        const a = attrsOf(raw);
        const code = a && attrValue(a, "formatCode");
        const id = a && attrValue(a, "numFmtId");
        if (typeof code !== "string" || typeof id !== "string") return false;
        formats.set(parseInt(id, 10), code.replace(/[\\](.)/g, "$1"));
      } else if (inCellXfs && name === "xf") {
        const a = attrsOf(raw);
        const id = a && attrValue(a, "numFmtId");
        if (!a || id === null) return false;
        xfs.push({ numFmtId: parseInt(id ?? "", 10) });
        inXf = true;
      } else if (inXf && name === "alignment") {
        const a = attrsOf(raw);
        if (!a) return false;
        const indent = attrValue(a, "indent");
        if (indent === null) return false;
        if (indent) xfs[xfs.length - 1].indent = parseInt(indent, 10);
      }
      return true;
    },
    text: () => undefined,
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
      else if (name === "xf") inXf = false;
      return true;
    },
  });
  if (!ok || xfs.length === 0) return null; // no cellXfs: ExcelJS fails on the first styled cell
  return xfs.map((x) => {
    const numFmt = x.numFmtId ? formats.get(x.numFmtId) || BUILT_IN_FORMATS[x.numFmtId] : undefined;
    return { ...(numFmt ? { numFmt } : {}), ...(x.indent !== undefined ? { indent: x.indent } : {}), date: isDateFmt(numFmt) };
  });
}

/** The shared texts in order; null where ExcelJS would differ or fail. */
export function readSharedStrings(xml: string): SharedText[] | null {
  const out: SharedText[] = [];
  let depth = 0; // 1 = sst, 2 = si
  let plain: string | undefined;
  let runs: string[] | undefined;
  let inRun = false;
  let inPhonetic = false;
  let text: string[] | undefined;
  let bad = false;
  const ok = walkXml(xml, {
    open(name) {
      depth++;
      if (depth === 1) return name === "sst";
      if (depth === 2) {
        if (name !== "si") return false; // ExcelJS throws on anything else in <sst>
        plain = undefined;
        runs = undefined;
        return true;
      }
      if (inPhonetic) return true;
      if (depth === 3) {
        if (name === "rPh") inPhonetic = true;
        else if (name === "r") {
          inRun = true;
          (runs ??= []).push("");
        } else if (name === "t") text = [];
        else if (name !== "phoneticPr") return false;
        return true;
      }
      if (inRun && depth === 4 && name === "t") text = [];
      return true;
    },
    text(raw) {
      if (text && !inPhonetic) {
        const t = decodeText(raw);
        if (t === null) bad = true;
        else text.push(t);
      }
    },
    close(name) {
      depth--;
      if (inPhonetic) {
        if (depth === 2 && name === "rPh") inPhonetic = false;
        return true;
      }
      if (name === "t" && text) {
        const t = unescapeX(text.join(""));
        text = undefined;
        if (inRun && runs) runs[runs.length - 1] = t;
        else if (depth === 2) plain = t;
      } else if (name === "r" && depth === 2) inRun = false;
      else if (name === "si" && depth === 1) {
        if (runs && plain !== undefined) return false; // both: ExcelJS's result depends on their order
        if (runs) out.push({ text: runs.join(""), rich: true });
        else if (plain !== undefined) out.push({ text: plain, rich: false });
        else return false; // neither text nor runs: ExcelJS gives an object, not a text
      }
      return !bad;
    },
  });
  return ok && !bad ? out : null;
}

/** Not something this reader copies ExcelJS on: the caller falls back to ExcelJS. */
export class NotDirect extends Error {}

export function no(why: string): never {
  throw new NotDirect(why);
}

function colLetters(n: number): string {
  if (n < 1 || n > 16_384) no("formula slides out of the grid"); // ExcelJS throws here
  let s = "";
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

function lettersToCol(s: string): number {
  let c = 0;
  for (let i = 0; i < s.length; i++) c = c * 26 + (s.charCodeAt(i) - 64);
  return c;
}

const CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const CR = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

/** ExcelJS's slideFormula: a shared formula's text moved from its master to a follower */
export function slideFormula(formula: string, from: { row: number; col: number }, to: { row: number; col: number }): string {
  return formula.replace(CANDIDATE, (refMatch: string, sheet: string | undefined, _s: string | undefined, addr: string, paren: string | undefined) => {
    if (paren) return refMatch;
    const m = CR.exec(addr);
    if (!m) return refMatch;
    const colStr = m[2].toUpperCase();
    if (colStr.length > 3 || (colStr.length === 3 && colStr > "XFD")) return refMatch;
    let col = lettersToCol(colStr);
    let row = parseInt(m[4], 10);
    if (!m[1]) col += to.col - from.col;
    if (!m[3]) row += to.row - from.row;
    return (sheet || "") + (m[1] || "") + colLetters(col) + (m[3] || "") + row;
  });
}

/** ExcelJS's utils.excelToDate (a result of any type, as ExcelJS passes it) */
export function excelDate(v: unknown, date1904: boolean): Date {
  return new Date(Math.round((Number(v) - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

/** ExcelJS's utils.xmlDecode, which it applies to t="str" texts after the XML parser has */
export function xmlDecode(text: string): string {
  return text.replace(/&([a-z]*);/g, (c) => {
    switch (c) {
      case "&lt;": return "<";
      case "&gt;": return ">";
      case "&amp;": return "&";
      case "&apos;": return "'";
      case "&quot;": return '"';
      default: return c;
    }
  });
}
