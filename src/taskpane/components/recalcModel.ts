/**
 * 计算得分 waiting for 应用 or 取消, as data: the snapshot it was planned from, every cell it could
 * write (those that would replace a typed number first), which of them the clerk chose, and the
 * writes the engine planned for that choice (a cell left out keeps its figure, and its parents
 * are computed from it). No React here; the engine is reached through `analyze`.
 */
import type { Analysis } from "../../engine";
import { cellKey } from "../../engine/address";
import type { WorkbookSnapshot } from "../../engine/grid";
import { keepTypedNumbersAsync } from "../../engine/keepTyped";
import type { CellWrite } from "../../engine/plan";
import type { WorkbookSettings } from "../../engine/settings";
import { writeKey } from "../keys";
import { optionsFromSettings, type Analyze } from "../options";
import type { PreviewRow } from "./RecalcPreview";

export interface Pending {
  readonly snapshot: WorkbookSnapshot;
  readonly settings: WorkbookSettings | null;
  readonly values: boolean;
  readonly candidates: ReadonlyArray<CellWrite>;
  readonly typed: ReadonlySet<string>;
  readonly selected: ReadonlySet<string>;
  readonly effective: ReadonlyArray<CellWrite>;
}

/** The preview's rows for the current choice. */
export function previewRows(p: Pending): PreviewRow[] {
  const planned = new Map(p.effective.map((w) => [writeKey(w), w] as const));
  return p.candidates.map((c) => {
    const key = writeKey(c);
    const selected = p.selected.has(key);
    const now = planned.get(key);
    return { write: selected && now ? now : c, typed: p.typed.has(key), selected, ...(selected && !now ? { unchanged: true } : {}) };
  });
}

/** What 应用 writes: the planned writes of the chosen cells, nothing the preview did not show. */
export function chosenWrites(p: Pending): CellWrite[] {
  return p.effective.filter((w) => p.selected.has(writeKey(w)));
}

/**
 * Plan the preview: every cell the engine could write; those that would replace a number the
 * clerk typed (also a parent made different by a child left out) are left unselected.
 */
export async function planPending(
  analyze: Analyze, snapshot: WorkbookSnapshot, settings: WorkbookSettings | null, values: boolean, full: Analysis,
): Promise<Pending> {
  const opts = optionsFromSettings(settings, { values });
  const kept = await keepTypedNumbersAsync(analyze, snapshot, opts, new Set(), full);
  const byKey = new Map(full.writes.map((w) => [writeKey(w), w] as const));
  for (const w of kept.keptWrites) byKey.set(writeKey(w), w);
  const typed = new Set(kept.keptWrites.map(writeKey));
  const all = [...byKey.values()];
  const candidates = [...all.filter((w) => typed.has(writeKey(w))), ...all.filter((w) => !typed.has(writeKey(w)))];
  const selected = new Set(candidates.map(writeKey).filter((k) => !typed.has(k)));
  return { snapshot, settings, values, candidates, typed, selected, effective: kept.analysis.writes };
}

/** The writes the engine plans when only `selected` are written: the cells left out are locked (kept as they are). */
export async function plannedFor(analyze: Analyze, p: Pending, selected: ReadonlySet<string>): Promise<ReadonlyArray<CellWrite>> {
  const opts = optionsFromSettings(p.settings, { values: p.values });
  const left = p.candidates.filter((w) => !selected.has(writeKey(w))).map((w) => cellKey(w.sheet, w.cell));
  return (await analyze(p.snapshot, { ...opts, lockedCells: [...(opts.lockedCells ?? []), ...left] })).writes;
}
