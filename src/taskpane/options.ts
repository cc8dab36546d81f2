/**
 * What the pane asks of the engine: the `analyze` function's type, and how the clerk's saved
 * choices (WorkbookSettings) become the engine's options. Types and one pure function, so App
 * can import it (analyze.ts, with its worker, is bundler-only).
 */
import type { Analysis, AnalyzeOptions } from "../engine";
import type { WorkbookSnapshot } from "../engine/grid";
import type { WorkbookSettings } from "../engine/settings";

/** The engine's options as the pane sends them (to the worker: plain data, structured-cloned). */
export type PaneAnalyzeOptions = AnalyzeOptions;

export type Analyze = (snapshot: WorkbookSnapshot, options?: PaneAnalyzeOptions) => Promise<Analysis>;

/**
 * The engine's options from the workbook's settings. Corrections are not options: the host
 * mirrors them into the `_assess_layout` sheet, which the engine reads from the snapshot.
 */
export function optionsFromSettings(settings: WorkbookSettings | null | undefined, extra: { values?: boolean } = {}): PaneAnalyzeOptions {
  return {
    ...(settings?.scoreColumn ? { scoreColumn: settings.scoreColumn } : {}),
    ...(settings && Object.keys(settings.ruleOverrides).length ? { ruleOverrides: { ...settings.ruleOverrides } } : {}),
    ...(settings?.lockedCells.length ? { lockedCells: [...settings.lockedCells] } : {}),
    // the clerk's indicators as the pane last read or saved them (the engine keeps one definition per name)
    ...(settings?.indicators?.length ? { indicators: settings.indicators.map((d) => ({ ...d })) } : {}),
    // the marks as the pane last read or saved them (the snapshot's may be older)
    ...(settings ? { settled: [...(settings.settled ?? [])] } : {}),
    ...(extra.values ? { values: true } : {}),
  };
}

