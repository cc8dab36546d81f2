/**
 * The clerk's choices kept in the workbook (very hidden sheet `_assess_settings`, JSON in
 * column A cut into cells): which score column is computed, corrections of what was understood,
 * rules stated by hand, locked cells. The Excel host writes them (src/hosts/excel/settings.ts);
 * every host reads them through the snapshot, so the CLI, the browser page and Excel give the
 * next person who opens the file the same result.
 */
import type { Correction } from "./layout/corrections";
import type { WorkbookSnapshot } from "./grid";

export const SETTINGS_SHEET = "_assess_settings";
export const SETTINGS_VERSION = 1;

export interface WorkbookSettings {
  readonly version: 1;
  /** which score column the clerk chose to check and fill: 考核得分 (assessed) or 自评分 (self) */
  readonly scoreColumn?: "assessed" | "self";
  /** the clerk's corrections of what the add-in understood (column roles, item levels, sheet kinds) */
  readonly corrections: ReadonlyArray<Correction>;
  /** a rule stated by hand for an item: "Sheet!D12" → short-form rule text ("每1人+3 上限10") */
  readonly ruleOverrides: Readonly<Record<string, string>>;
  /** cells the clerk locked: never written by 重新计算 ("Sheet!G12") */
  readonly lockedCells: ReadonlyArray<string>;
  /** findings the clerk marked 已核实 (verified) or 忽略 (ignored), with the figures they were marked on (settled.ts) */
  readonly settled?: ReadonlyArray<SettledMark>;
}

/** A finding the clerk settled; `fingerprint` is made from its figures, so a change brings it back. */
export interface SettledMark {
  readonly kind: string;
  readonly sheet: string;
  readonly cell: string;
  readonly status: "verified" | "ignored";
  readonly note?: string;
  readonly fingerprint: string;
}

function settledMarks(x: unknown): SettledMark[] {
  if (!Array.isArray(x)) return [];
  const out: SettledMark[] = [];
  for (const m of x as Array<Record<string, unknown>>) {
    if (!m || typeof m.kind !== "string" || typeof m.sheet !== "string" || typeof m.cell !== "string" || typeof m.fingerprint !== "string") continue;
    if (m.status !== "verified" && m.status !== "ignored") continue;
    out.push({ kind: m.kind, sheet: m.sheet, cell: m.cell, status: m.status, fingerprint: m.fingerprint, ...(typeof m.note === "string" && m.note ? { note: m.note } : {}) });
  }
  return out;
}

export const EMPTY_SETTINGS: WorkbookSettings = { version: 1, corrections: [], ruleOverrides: {}, lockedCells: [] };

/** Column A of a store sheet, joined. */
export function joinChunks(values: ReadonlyArray<ReadonlyArray<unknown>> | undefined): string {
  return (values ?? []).map((row) => (typeof row[0] === "string" ? row[0] : "")).join("");
}

/** Check a parsed object field by field; whatever does not make sense falls back to the default. */
export function parseSettings(text: string): WorkbookSettings {
  if (!text.trim()) return EMPTY_SETTINGS;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new Error(`工作簿中保存的设置已损坏(工作表 ${SETTINGS_SHEET}) / The settings kept in sheet ${SETTINGS_SHEET} are damaged`);
  }
  const o = (raw ?? {}) as Record<string, unknown>;
  if (typeof o.version !== "number" || o.version > SETTINGS_VERSION)
    throw new Error(
      `工作簿中的设置来自更新版本的加载项,请更新加载项 / The settings in this workbook were saved by a newer version of the add-in (version ${String(o.version)})`,
    );
  const overrides: Record<string, string> = {};
  if (o.ruleOverrides && typeof o.ruleOverrides === "object")
    for (const [k, v] of Object.entries(o.ruleOverrides as Record<string, unknown>)) if (typeof v === "string") overrides[k] = v;
  return {
    version: 1,
    ...(o.scoreColumn === "assessed" || o.scoreColumn === "self" ? { scoreColumn: o.scoreColumn } : {}),
    corrections: Array.isArray(o.corrections) ? (o.corrections as Correction[]).filter((c) => c && typeof c.sheet === "string") : [],
    ruleOverrides: overrides,
    lockedCells: Array.isArray(o.lockedCells) ? o.lockedCells.filter((x): x is string => typeof x === "string") : [],
    ...(settledMarks(o.settled).length ? { settled: settledMarks(o.settled) } : {}),
  };
}

/**
 * The settings a snapshot carries (its `_assess_settings` sheet), or null when it has none.
 * Damaged or newer-version settings are reported as `error`, and then not used.
 */
export function settingsInSnapshot(snapshot: WorkbookSnapshot): { settings: WorkbookSettings | null; error?: string } {
  const sheet = snapshot.sheets.find((s) => s.name.toLowerCase() === SETTINGS_SHEET);
  if (!sheet) return { settings: null };
  try {
    return { settings: parseSettings(joinChunks(sheet.values)) };
  } catch (e) {
    return { settings: null, error: e instanceof Error ? e.message : String(e) };
  }
}
