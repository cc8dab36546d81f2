/**
 * Marks in the workbook: each flagged cell gets a fill (error red, warning amber, info light
 * blue) and, where the Excel version has them, a note (ExcelApi 1.18) or else a threaded comment
 * (ExcelApi 1.10) with the Chinese message. 清除标记 puts every fill back exactly (no fill stays
 * no fill, a colour stays that colour, with its pattern where ExcelApi 1.9 can tell) and removes
 * the notes and comments the add-in added, and only those.
 *
 * What each cell had is kept in a very hidden sheet `_assess_marks` (records.ts: JSON text, as the undo
 * record), written before any cell changes, so 清除标记 works after the pane or Excel was closed.
 * Marking again first clears the earlier marks, so the first record's fills are never lost.
 *
 * Syncs: markFindings 3 (4 with comments, whose ids are known only after they are added), plus
 * clearMarks's when earlier marks exist; clearMarks 4 (3 without notes or comments, 2 more when
 * Excel refused a batch part way and comments were left without ids). Whatever the number of
 * findings, up to one more sync per ~4 MB of commands. If Excel refuses a note or comment, the
 * cells are put back and marked again with fills only: marking degrades, it does not fail.
 */
import { parseCellAddress, cellAddress, parseReference } from "../../engine/address";
import type { Finding, Severity } from "../../engine/findings";
import type { MarkResult, Progress } from "../host";
import { batches, excelApi, jsonBytes, messageOf, putBack, syncBudget, type BudgetOptions } from "./limits";
import { encodeMarksRecord, queueStoreDelete, readMarksRecord, storeSheet, writeChunks, type MarkedCell, type SavedFill } from "./records";
import { loadSheetNames, sheetCache } from "./sheets";

export { MARKS_SHEET, MARK_COLORS, MARK_PREFIX } from "../../engine/addinSheets";
import { MARKS_SHEET, MARK_COLORS, MARK_PREFIX } from "../../engine/addinSheets";

/** characters of messages per note or comment */
const MAX_NOTE_CHARS = 1000;

export interface MarkOptions extends BudgetOptions {
  /** fills only, no notes or comments */
  readonly fillsOnly?: boolean;
}

export type { MarkResult } from "../host";

/**
 * Wire cost of one cell's commands, besides message text, with a margin over what the in-memory
 * Excel measures (≈ 350 bytes to read a fill and probe a note, ≈ 550 to set a fill and add a note).
 */
const BYTES_PER_CELL = 600;
const BYTES_PER_CELL_READ = 450;

/** "'My Sheet'!$C$12" → "my sheet!C12" (Excel quotes some sheet names and not others) */
function cellKey(address: string): string {
  const { sheet, address: a1 } = parseReference(address);
  return `${(sheet ?? "").toLowerCase()}!${a1.replace(/\$/g, "").split(":")[0].toUpperCase()}`;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

interface Target {
  readonly sheet: string;
  readonly cell: string;
  readonly severity: Severity;
  readonly note: string;
}

/** one target per cell: the worst severity, the messages joined */
function targetsOf(findings: ReadonlyArray<Finding>, names: ReadonlyMap<string, string>): Target[] {
  const byCell = new Map<string, { sheet: string; cell: string; severity: Severity; messages: string[] }>();
  for (const f of findings) {
    const sheet = names.get(f.sheet.toLowerCase());
    if (!sheet) continue; // a sheet renamed or deleted since the check
    let cell: string;
    try {
      const { row, col } = parseCellAddress(f.cell.replace(/\$/g, "").toUpperCase());
      cell = cellAddress(row, col);
    } catch {
      continue;
    }
    const key = `${sheet}\u0000${cell}`;
    const t = byCell.get(key) ?? { sheet, cell, severity: f.severity, messages: [] };
    if (SEVERITY_RANK[f.severity] < SEVERITY_RANK[t.severity]) t.severity = f.severity;
    if (!t.messages.includes(f.message)) t.messages.push(f.message);
    byCell.set(key, t);
  }
  return [...byCell.values()].map((t) => {
    let note = MARK_PREFIX + t.messages.join("\n");
    if (note.length > MAX_NOTE_CHARS) note = note.slice(0, MAX_NOTE_CHARS - 1) + "…";
    return { sheet: t.sheet, cell: t.cell, severity: t.severity, note };
  });
}

function annotationMode(): MarkResult["annotation"] {
  if (excelApi(18)) return "notes";
  if (excelApi(10)) return "comments";
  return "none";
}

function readFill(fill: Excel.RangeFill, withPattern: boolean): SavedFill | null {
  if (withPattern) {
    if (fill.pattern === ("None" as Excel.FillPattern) || fill.pattern === null) return null;
    const f: SavedFill = { c: fill.color };
    if (fill.pattern !== ("Solid" as Excel.FillPattern)) {
      f.p = fill.pattern;
      f.pc = fill.patternColor;
    }
    if (fill.tintAndShade) f.t = fill.tintAndShade;
    return f;
  }
  // below ExcelApi 1.9 a cell without fill reads as white: put white back as no fill
  const c = (fill.color ?? "").toUpperCase();
  return c === "" || c === "#FFFFFF" || c === "WHITE" ? null : { c: fill.color };
}

function queueRestoreFill(fill: Excel.RangeFill, f: SavedFill | null): void {
  fill.clear();
  if (!f) return;
  fill.color = f.c;
  if (f.p) fill.pattern = f.p as Excel.FillPattern;
  if (f.pc) fill.patternColor = f.pc;
  if (f.t) fill.tintAndShade = f.t;
}

/** 1 sync: the sheets, and whether the workbook holds marks */
async function sheetsAndRecord(context: Excel.RequestContext) {
  const names = await loadSheetNames(context);
  return { names, marksName: names.get(MARKS_SHEET.toLowerCase()) };
}

/** Are there marks to clear? (2 syncs) */
export async function hasMarks(context: Excel.RequestContext): Promise<boolean> {
  const { marksName } = await sheetsAndRecord(context);
  if (!marksName) return false;
  const used = context.workbook.worksheets.getItem(marksName).getUsedRangeOrNullObject(true);
  used.load("address");
  await context.sync();
  return !used.isNullObject;
}

/**
 * Highlight each finding's cell and attach its message; the cells' fills are kept in the
 * workbook first. Earlier marks are cleared before. Findings on sheets that no longer exist are
 * left out.
 */
export async function markFindings(
  context: Excel.RequestContext, findings: ReadonlyArray<Finding>,
  onProgress?: (p: Progress) => void, options: MarkOptions = {},
): Promise<MarkResult> {
  const { budget, report } = syncBudget(options, "write", onProgress);
  const mode = options.fillsOnly ? "none" : annotationMode();
  const withPattern = excelApi(9);

  let { names, marksName } = await sheetsAndRecord(context);
  if (marksName) {
    await clearMarks(context, undefined, options);
    names = new Map([...names].filter(([k]) => k !== MARKS_SHEET.toLowerCase()));
    marksName = undefined;
  }
  const targets = targetsOf(findings, names);
  if (!targets.length) return { cells: 0, annotation: mode, annotated: 0 };
  report(0.1);
  const sheetOf = sheetCache(context);

  // 2…: each target's fill, and whether it already holds a note or a comment
  // the message crosses the wire once (as UTF-8, quoted); reads carry no message
  const cost = (t: Target) => BYTES_PER_CELL + Math.ceil(1.5 * jsonBytes(t.note));
  const parts = batches(targets, cost, budget);
  const readParts = batches(targets, () => BYTES_PER_CELL_READ, budget);
  const saved = new Map<Target, SavedFill | null>();
  const occupied = new Set<Target>();
  let comments: Excel.CommentCollection | undefined;
  const commentCells = new Set<string>();
  for (let b = 0; b < readParts.length; b++) {
    const reads = readParts[b].map((t) => {
      const range = sheetOf(t.sheet).getRange(t.cell);
      range.format.fill.load(withPattern ? "color,pattern,patternColor,tintAndShade" : "color");
      const note = mode === "notes" ? sheetOf(t.sheet).notes.getItemOrNullObject(t.cell) : undefined;
      return { t, range, note };
    });
    if (b === 0 && mode !== "none") {
      // a cell holds a note or a comment, not both: where are the comments?
      comments = context.workbook.comments;
      comments.load("items/id");
    }
    await context.sync();
    for (const { t, range, note } of reads) {
      saved.set(t, readFill(range.format.fill, withPattern));
      if (note && !note.isNullObject) occupied.add(t);
    }
    if (b === 0 && comments && comments.items.length) {
      const locations = comments.items.map((c) => {
        const loc = c.getLocation();
        loc.load("address");
        return loc;
      });
      await context.sync();
      for (const loc of locations) commentCells.add(cellKey(loc.address));
    }
    report(0.1 + (0.3 * (b + 1)) / readParts.length);
  }
  for (const t of targets) if (commentCells.has(`${t.sheet.toLowerCase()}!${t.cell}`)) occupied.add(t);

  // the record first, then the fills and notes/comments, in batches under the budget
  const annotate = (t: Target) => mode !== "none" && !occupied.has(t);
  const record: MarkedCell[] = targets.map((t) => ({
    s: t.sheet,
    a: t.cell,
    f: saved.get(t) ?? null,
    ...(annotate(t) ? (mode === "notes" ? { n: 1 as const, l: t.note.length } : { k: "", l: t.note.length }) : {}),
  }));
  const recordOf = new Map(targets.map((t, i) => [t, record[i]] as const));
  const chunks = encodeMarksRecord(record);
  const added: Array<{ cell: MarkedCell; comment: Excel.Comment }> = [];
  try {
    const marksSheet = storeSheet(context, MARKS_SHEET, false);
    await writeChunks(context, marksSheet, chunks, 0, budget);
    // a record too large to share the first batch's request goes on its own
    if (jsonBytes(chunks) + parts[0].reduce((n, t) => n + cost(t), 0) > budget) await context.sync();
    for (let b = 0; b < parts.length; b++) {
      for (const t of parts[b]) {
        const range = sheetOf(t.sheet).getRange(t.cell);
        range.format.fill.color = MARK_COLORS[t.severity];
        if (withPattern) range.format.fill.pattern = "Solid" as Excel.FillPattern;
        if (!annotate(t)) continue;
        if (mode === "notes") sheetOf(t.sheet).notes.add(range, t.note);
        else {
          const comment = context.workbook.comments.add(range, t.note);
          comment.load("id");
          added.push({ cell: recordOf.get(t)!, comment });
        }
      }
      await context.sync();
      report(0.4 + (0.5 * (b + 1)) / parts.length);
    }
    if (added.length) {
      // the comments' ids, so that 清除标记 removes exactly these
      for (const { cell, comment } of added) cell.k = comment.id;
      await writeChunks(context, sheetOf(MARKS_SHEET), encodeMarksRecord(record), chunks.length, budget);
      await context.sync();
    }
  } catch (e) {
    const cleared = await putBack(() => clearMarks(context, undefined, options));
    // Excel refused a note or comment (a cell this version cannot tell is taken, a protected
    // sheet's comments…): the fills alone still show the clerk where to look
    if (cleared && mode !== "none") return markFindings(context, findings, onProgress, { ...options, fillsOnly: true });
    throw new Error(
      cleared
        ? `标记失败,已恢复原状 / Marking failed and every cell was put back: ${messageOf(e)}`
        : `标记失败,请点击“清除标记”恢复 / Marking failed; use Clear marks to put the cells back: ${messageOf(e)}`,
    );
  }
  report(1);
  return { cells: targets.length, annotation: mode, annotated: record.filter((c) => c.n || c.k !== undefined).length };
}

/**
 * Put back every marked cell's fill exactly and remove the notes and comments the add-in added
 * (a note or comment the clerk has since rewritten without the 【校验】 prefix stays). Returns
 * false when there were no marks.
 */
export async function clearMarks(
  context: Excel.RequestContext, onProgress?: (p: Progress) => void,
  options: MarkOptions = {},
): Promise<boolean> {
  const { names, marksName } = await sheetsAndRecord(context);
  if (!marksName) return false;
  const { budget, report } = syncBudget(options, "undo", onProgress);
  const marksSheet = context.workbook.worksheets.getItem(marksName);
  const cells = await readMarksRecord(context, marksName);
  // cells on sheets deleted since marking have nothing to put back
  const live = cells
    .map((c) => ({ ...c, s: names.get(c.s.toLowerCase()) ?? "" }))
    .filter((c) => c.s !== "");
  report(0.2);
  const sheetOf = sheetCache(context);

  // which of the add-in's notes and comments are still there, still the add-in's
  const annotated = live.filter((c) => c.n || c.k);
  const doomed = new Map<MarkedCell, Excel.Note | Excel.Comment>();
  const notesOk = excelApi(18);
  const commentsOk = excelApi(10);
  // a note's text comes back: batches sized by what the add-in wrote (a rewritten note may be longer)
  const probeParts = batches(annotated, (c) => BYTES_PER_CELL_READ + 3 * (c.l ?? MAX_NOTE_CHARS), budget);
  for (const part of probeParts) {
    const probes = part.flatMap((c) => {
      const item = c.n && notesOk ? sheetOf(c.s).notes.getItemOrNullObject(c.a) : c.k && commentsOk ? context.workbook.comments.getItemOrNullObject(c.k) : null;
      if (!item) return [];
      item.load("content");
      return [{ c, item }];
    });
    await context.sync();
    for (const { c, item } of probes) if (!item.isNullObject && item.content.startsWith(MARK_PREFIX)) doomed.set(c, item);
  }
  // comments added by a batch Excel refused part way have no id in the record: find them by cell
  const unknown = commentsOk ? live.filter((c) => c.k === "") : [];
  if (unknown.length) {
    const all = context.workbook.comments;
    all.load("items/id,items/content");
    await context.sync();
    const ours = all.items.filter((c) => c.content.startsWith(MARK_PREFIX));
    const locations = ours.map((c) => {
      const loc = c.getLocation();
      loc.load("address");
      return loc;
    });
    await context.sync();
    const byCell = new Map(ours.map((c, i) => [cellKey(locations[i].address), c] as const));
    for (const c of unknown) {
      const comment = byCell.get(`${c.s.toLowerCase()}!${c.a}`);
      if (comment) doomed.set(c, comment);
    }
  }
  report(0.4);

  const parts = batches(live, () => BYTES_PER_CELL, budget);
  if (!parts.length) parts.push([]);
  for (let b = 0; b < parts.length; b++) {
    for (const c of parts[b]) {
      queueRestoreFill(sheetOf(c.s).getRange(c.a).format.fill, c.f);
      doomed.get(c)?.delete();
    }
    if (b === parts.length - 1) queueStoreDelete(marksSheet); // the record goes only with the last fills
    await context.sync();
    report(0.4 + (0.6 * (b + 1)) / parts.length);
  }
  return true;
}
