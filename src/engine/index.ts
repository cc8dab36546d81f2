/**
 * The engine's one entry point: a workbook snapshot in, a plan out (what it understood,
 * every finding, every score it computes and the writes that put them in the sheet).
 * Pure: no Office.js, DOM or I/O. One direction of flow:
 *   snapshot → layout (which cells relate) → checks (do they agree) + scoring (what to write) → plan
 */
import type { WorkbookSnapshot } from "./grid";
import type { Finding } from "./findings";
import { cellAddress, cellKey } from "./address";
import { sortFindings } from "./findings";
import type { Plan, PlanOptions } from "./plan";
import { CORRECTIONS_SHEET, correctionsFromSheet, groupCorrections, understandWorkbook, type Correction } from "./layout";
import { isAddinSheetSnapshot } from "./addinSheets";
import { SETTINGS_SHEET, settingsInSnapshot, type SettledMark, type StoredSettings } from "./settings";
import { settingsEffectFindings, storedSettingsFindings, withoutStoredSettings } from "./settingsEffects";
import { applySettled } from "./settled";
import type { WorkbookLayout } from "./layout/model";
import type { IndicatorDef } from "./layout/indicators";
import { runChecks } from "./checks";
import { sheetCoverage } from "./checks/checked";
import { keySet, scoreItemTree, type ScoringOptions, type SheetScoring } from "./scoring/score";
import { scoreSummaryTable } from "./scoring/summary";
import type { UnderstoodItem } from "./scoring/understood";
import { checkContained, contained, readWarningFindings, tableCell, understandContained } from "./containment";

export interface AnalyzeOptions extends PlanOptions, ScoringOptions {
  /**
   * The clerk's corrections of what was understood, over those the workbook keeps in
   * `_assess_layout` (a host that cannot write the workbook passes them here).
   */
  readonly corrections?: ReadonlyArray<Correction>;
  /** check the workbook as it stands: the settings stored in it (`_assess_settings`, `_assess_layout`) are not applied */
  readonly ignoreSettings?: boolean;
  /** findings the clerk settled; given, they replace those the workbook keeps (settled.ts) */
  readonly settled?: ReadonlyArray<SettledMark>;
  /** indicators the clerk added (识别结果 panel, kept in the workbook's settings), over the built-in ones */
  readonly indicators?: ReadonlyArray<IndicatorDef>;
}

export interface Analysis extends Plan {
  readonly layout: WorkbookLayout;
  /** every item of the scoring sheets as the scoring read it: rule, cells, explanation, override key */
  readonly items?: ReadonlyArray<UnderstoodItem>;
}

export function analyzeWorkbook(givenInput: WorkbookSnapshot, given: AnalyzeOptions = {}): Analysis {
  // --ignore-settings: the workbook as it stands, without the choices stored in it
  const input = given.ignoreSettings ? withoutStoredSettings(givenInput, [SETTINGS_SHEET, CORRECTIONS_SHEET]) : givenInput;
  const stored = settingsInSnapshot(input);
  const options = withStoredSettings(stored, given);
  const data = input.sheets.some(isAddinSheetSnapshot) ? { ...input, sheets: input.sheets.filter((s) => !isAddinSheetSnapshot(s)) } : input;
  // the clerk's corrections enter the layout as typed data: those kept in the workbook's
  // corrections sheet first, then the settings' and the caller's (a later one for the same place wins)
  const corrections = [...correctionsFromSheet(data), ...(options.corrections ?? [])];
  const byCorrectedSheet = groupCorrections(corrections);
  const snapshot = data;
  // a sheet, table or rule that breaks the engine is a finding on its cell; the rest is still checked
  const failures: Finding[] = [];
  const understand = (s: WorkbookSnapshot, typed: ReadonlyArray<Correction> = corrections) => understandWorkbook(s, options.indicators, typed);
  const layout = understandContained(snapshot, (s) => understand(s), (s) => s.name !== CORRECTIONS_SHEET, failures);
  const findings: Finding[] = [...checkContained(snapshot, layout, runChecks), ...truncationFindings(snapshot)];
  // what the host left out, what failed, what the settings changed: each said, never merged away by dedupe
  failures.push(...readWarningFindings(snapshot), ...storedSettingsFindings(stored), ...settingsEffectFindings(
    snapshot.sheets.filter((s) => s.name !== CORRECTIONS_SHEET), layout, byCorrectedSheet,
    (sheet) => { const one = { sheets: [sheet] }; return runChecks(one, understand(one, [])); },
  ));
  const scores: Plan["scores"] = [];
  const totals: Plan["totals"] = [];
  const writes: Plan["writes"] = [];
  const items: UnderstoodItem[] = [];
  for (const sheetLayout of layout.sheets) {
    const sheet = snapshot.sheets.find((s) => s.name === sheetLayout.name);
    if (!sheet) continue;
    const none: SheetScoring = { scores: [], totals: [], writes: [], findings: [] };
    const where = (t: Parameters<typeof tableCell>[0]) => ({ sheet: sheet.name, cell: tableCell(t) });
    const results: SheetScoring[] = sheetLayout.trees.map((tree) =>
      contained(findings, where(tree.table), { zh: "计算此表的得分", en: "Scoring this table" }, () => scoreItemTree(sheet, tree, options), none),
    );
    for (const table of sheetLayout.tables) {
      if (table.kind === "summary") {
        results.push(contained(findings, where(table), { zh: "计算此汇总表", en: "Scoring this summary table" }, () => scoreSummaryTable(sheet, table, options), none));
      }
    }
    for (const r of results) {
      findings.push(...r.findings);
      scores.push(...r.scores);
      totals.push(...r.totals);
      writes.push(...r.writes);
      if (r.items) items.push(...r.items);
    }
  }
  // a locked cell is never written, whichever table computed it (summary sheets too)
  const locked = keySet(options.lockedCells);
  const kept = locked.size ? writes.filter((w) => !locked.has(cellKey(w.sheet, w.cell))) : writes;
  const scoresPerSheet = new Map<string, number>();
  for (const s of scores) scoresPerSheet.set(s.sheet, (scoresPerSheet.get(s.sheet) ?? 0) + 1);
  const coverage = sheetCoverage(layout, scoresPerSheet, new Set(byCorrectedSheet.keys()));
  return {
    layout,
    items,
    sheets: layout.sheets.map((s) => ({ name: s.name, kind: s.kind, tables: s.tables.length, ...coverage.get(s.name) })),
    findings: applySettled(sortFindings([...dedupe(findings), ...failures], snapshot.sheets.map((s) => s.name)), options.settled),
    scores,
    totals,
    writes: kept,
  };
}

/**
 * The clerk's choices kept in the workbook (`_assess_settings`) apply unless the caller says
 * otherwise: the score column given wins; rules stated by hand and locked cells add up.
 */
function withStoredSettings(stored: StoredSettings, options: AnalyzeOptions): AnalyzeOptions {
  const { settings } = stored;
  if (!settings) return options;
  const scoreColumn = options.scoreColumn ?? settings.scoreColumn;
  return {
    ...options,
    ...(scoreColumn ? { scoreColumn } : {}),
    ruleOverrides: { ...settings.ruleOverrides, ...options.ruleOverrides },
    corrections: [...settings.corrections, ...(options.corrections ?? [])],
    lockedCells: [...settings.lockedCells, ...(options.lockedCells ?? [])],
    settled: options.settled ?? settings.settled,
    // the caller's own indicators first: a definition given wins over the workbook's on its names
    ...(settings.indicators?.length ? { indicators: [...(options.indicators ?? []), ...settings.indicators] } : {}),
  };
}

/**
 * A sheet the host could not read whole (beyond its row/cell limits) is checked only in part:
 * said as a finding on the first cell left out, never silently.
 */
function truncationFindings(snapshot: WorkbookSnapshot): Finding[] {
  const out: Finding[] = [];
  for (const s of snapshot.sheets) {
    if (!s.truncated) continue;
    const rows = s.values.length;
    const cols = s.values.reduce((n, r) => Math.max(n, r.length), 0);
    const cutRows = s.truncated.rows > rows;
    const cell = cutRows ? cellAddress(rows, 0) : cellAddress(0, cols);
    out.push({
      kind: "bad-value", severity: "warning", sheet: s.name, cell, related: [],
      message: `工作表过大,只检查了前 ${rows} 行、${cols} 列(共 ${s.truncated.rows} 行、${s.truncated.cols} 列),其余部分未检查`,
      messageEn: `The sheet is too large: only its first ${rows} rows and ${cols} columns were checked (of ${s.truncated.rows} rows, ${s.truncated.cols} columns); the rest was not`,
    });
  }
  return out;
}

/** The corrections sheet the layout reads, with `corrections` after its own rows (the later row wins). */
/** One finding per (kind, sheet, cell): two paths to the same contradiction say it once. */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.kind}\u0000${f.sheet}\u0000${f.cell}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export { ADDIN_SHEETS, isAddinSheet, isAddinSheetSnapshot } from "./addinSheets";
export { EMPTY_SETTINGS, parseSettings, settingsInSnapshot, type WorkbookSettings } from "./settings";
export type { WorkbookSnapshot } from "./grid";
export type { Plan, PlanOptions } from "./plan";
export type { Finding } from "./findings";
