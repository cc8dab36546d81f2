/**
 * The clerk's choices kept in the workbook (very hidden sheet `_assess_settings`, JSON in
 * column A cut into cells): which score column is computed, corrections of what was understood,
 * rules stated by hand, locked cells, settled findings. The Excel host writes them
 * (src/hosts/excel/records.ts); every host reads them through the snapshot, so the CLI, the
 * browser page and Excel give the next person who opens the file the same result.
 *
 * Read through one schema (zod): a record that cannot be read at all (not JSON, a newer
 * version) is refused; an entry that does not make sense (a `{col: null}` correction, a locked
 * cell outside the sheet, a `__proto__` key) is left out, and each is said as a problem naming
 * the sheet and cell, never silently.
 */
import { z } from "zod";
import { EMPTY_SETTINGS as EMPTY } from "./settingsEmpty";
import type { Correction } from "./layout/corrections";
import type { IndicatorDef } from "./layout/indicators";
import type { WorkbookSnapshot } from "./grid";
import { normalCellKey, parseCellAddress } from "./address";

export const SETTINGS_SHEET = "_assess_settings";
export const SETTINGS_VERSION = 1;

const ROLES = [
  "number", "item", "max", "standard", "measured", "selfScore", "score", "deduction", "reason", "remark", "unit", "category",
  "bonus", "penalty", "total", "weighted", "rank", "label", "value", "rate", "ratio", "share", "other",
] as const;
const KINDS = ["scoring", "summary", "statistics", "other"] as const;
/** Excel's grid, 0-based bounds */
const MAX_ROW = 1_048_575;
const MAX_COL = 16_383;

const sheetName = z.string().min(1).max(255);

/** One correction of what was understood (the union the layout applies). */
export const CorrectionSchema = z.discriminatedUnion("what", [
  z.object({ sheet: sheetName, what: z.literal("column"), col: z.number().int().min(0).max(MAX_COL), role: z.enum(ROLES) }),
  z.object({ sheet: sheetName, what: z.literal("level"), row: z.number().int().min(0).max(MAX_ROW), level: z.number().int().min(0).max(4) }),
  z.object({ sheet: sheetName, what: z.literal("kind"), kind: z.enum(KINDS) }),
]);

/** A finding the clerk marked 已核实 (verified) or 忽略 (ignored); the pane writes these. */
export const SettledSchema = z.object({
  kind: z.string().min(1).max(64),
  sheet: sheetName,
  cell: z.string().regex(/^\$?[A-Za-z]{1,3}\$?\d{1,7}$/),
  status: z.enum(["verified", "ignored"]),
  note: z.string().max(10_000).optional(),
  fingerprint: z.string().max(1_000),
});
export type SettledFinding = z.infer<typeof SettledSchema>;
/** A finding the clerk settled; `fingerprint` is made from its figures, so a change brings it back (settled.ts). */
export type SettledMark = SettledFinding;

/**
 * A word pattern a clerk may state for an indicator: literal text, with `^` (must start the
 * name), `(…)?` (may be left out), `.*` (anything between, at most once), `|` and `\\(` `\\)` (a bracket in
 * the name). Nothing else of regular expressions: a pattern from a workbook never backtracks
 * without bound.
 */
const INDICATOR_WORD = z.string().min(1).max(60).refine(
  (w) => w.split(".*").length <= 2 && /^\^?(?:[^\\^$.*+?()[\]{}|]|\\[()]|\((?:[^\\^$.*+?()[\]{}|]|\\[()])+\)\?|\.\*|\|)+$/u.test(w),
  { message: "only text, ^, (…)?, .*, | and \\( \\)" },
);
const indicatorWords = z.array(INDICATOR_WORD).max(20);

/**
 * An indicator the clerk adds (识别结果 panel), the shape of src/engine/layout/indicators.json:
 * `rate` names the indicator, `num`/`den` its numerator and denominator (each a list of
 * patterns, see INDICATOR_WORD), `scale` 100 for %, 1000 for ‰. Example:
 * `{ name: "孕检率", kind: "rate", rate: ["孕检率"], num: ["已检查"], den: ["目标人数"], scale: 100, coverage: true }`.
 */
export const IndicatorSchema = z.object({
  name: z.string().min(1).max(60),
  kind: z.enum(["rate", "ratio", "natural-increase"]),
  definition: z.string().max(500).optional(),
  rate: indicatorWords.min(1),
  num: indicatorWords.min(1),
  notNum: indicatorWords.optional(),
  den: indicatorWords.min(1),
  den2: indicatorWords.optional(),
  notDen: indicatorWords.optional(),
  scale: z.union([z.literal(1), z.literal(100), z.literal(1000), z.literal(10000)]).optional(),
  coverage: z.boolean().optional(),
  stem: z.string().min(1).max(20).optional(),
  /** the decimals the indicator is published with: the expected figure a finding states */
  decimals: z.number().int().min(0).max(4).optional(),
});

/** The whole record, as the Excel host writes it. */
export const SettingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION),
  scoreColumn: z.enum(["assessed", "self"]).optional(),
  corrections: z.array(CorrectionSchema),
  ruleOverrides: z.record(z.string(), z.string().max(32_767)),
  lockedCells: z.array(z.string()),
  settled: z.array(SettledSchema).optional(),
  indicators: z.array(IndicatorSchema).max(100).optional(),
});

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
  /** findings the clerk settled (已核实/忽略) */
  readonly settled?: ReadonlyArray<SettledFinding>;
  /** indicators the clerk added (识别结果 panel), checked like the built-in ones (IndicatorSchema) */
  readonly indicators?: ReadonlyArray<IndicatorDef>;
}

export const EMPTY_SETTINGS: WorkbookSettings = EMPTY;

/** Something in the stored record that was left out, said on the cell of the record that holds it. */
export interface SettingsProblem {
  /** the store sheet's cell (A1, A2, … one per chunk) */
  readonly cell: string;
  readonly message: string;
  readonly messageEn: string;
}

/** The record cannot be used at all (not JSON, a newer version, not an object). */
export class SettingsUnreadable extends Error {
  constructor(message: string, readonly cell = "A1") {
    super(message);
    this.name = "SettingsUnreadable";
  }
}

/** Column A of a store sheet, joined. */
export function joinChunks(values: ReadonlyArray<ReadonlyArray<unknown>> | undefined): string {
  return (values ?? []).map((row) => (typeof row[0] === "string" ? row[0] : "")).join("");
}

/** Which chunk (cell A1, A2, …) holds a character offset of the joined text. */
function chunkCell(values: ReadonlyArray<ReadonlyArray<unknown>> | undefined, offset: number): string {
  let at = 0;
  const rows = values ?? [];
  for (let r = 0; r < rows.length; r++) {
    const s = typeof rows[r][0] === "string" ? (rows[r][0] as string) : "";
    if (offset < at + s.length) return `A${r + 1}`;
    at += s.length;
  }
  return `A${Math.max(1, rows.length)}`;
}

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/** What the record's entries may refer to: the workbook's sheets and their extent. */
export interface SettingsContext {
  readonly sheets: ReadonlyArray<string>;
}

function describe(value: unknown): string {
  let s: string;
  try {
    s = JSON.stringify(value) ?? String(value);
  } catch {
    s = String(value);
  }
  return s.length > 80 ? s.slice(0, 77) + "…" : s;
}

/**
 * Read a stored record through the schema. Throws SettingsUnreadable when it cannot be used
 * at all; otherwise returns what makes sense and a problem for each entry left out.
 */
export function readSettings(
  text: string,
  context?: SettingsContext,
  values?: ReadonlyArray<ReadonlyArray<unknown>>,
): { settings: WorkbookSettings; problems: SettingsProblem[] } {
  if (!text.trim()) return { settings: EMPTY_SETTINGS, problems: [] };
  const problems: SettingsProblem[] = [];
  const forbidden: string[] = [];
  let raw: unknown;
  try {
    raw = JSON.parse(text, (k, v: unknown) => {
      if (FORBIDDEN_KEYS.has(k)) {
        forbidden.push(k);
        return undefined;
      }
      return v;
    });
  } catch (e) {
    const pos = /position (\d+)/.exec(e instanceof Error ? e.message : "");
    throw new SettingsUnreadable(
      `工作簿中保存的设置已损坏(工作表 ${SETTINGS_SHEET}) / The settings kept in sheet ${SETTINGS_SHEET} are damaged`,
      pos ? chunkCell(values, Number(pos[1])) : "A1",
    );
  }
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    throw new SettingsUnreadable(`工作簿中保存的设置已损坏(工作表 ${SETTINGS_SHEET}) / The settings kept in sheet ${SETTINGS_SHEET} are damaged`);
  }
  const o = raw as Record<string, unknown>;
  if (o.version !== SETTINGS_VERSION) {
    throw new SettingsUnreadable(
      typeof o.version === "number" && o.version > SETTINGS_VERSION
        ? `工作簿中的设置来自更新版本的加载项,请更新加载项 / The settings in this workbook were saved by a newer version of the add-in (version ${String(o.version)})`
        : `工作簿中保存的设置版本无法识别(${describe(o.version)}) / The settings in this workbook have an unknown version (${describe(o.version)})`,
    );
  }
  const drop = (what: string, whatEn: string, value: unknown) =>
    problems.push({
      cell: "A1",
      message: `工作表 ${SETTINGS_SHEET} 保存的设置中${what}无效,已忽略:${describe(value)}`,
      messageEn: `The settings in sheet ${SETTINGS_SHEET} have an invalid ${whatEn}, left out: ${describe(value)}`,
    });
  for (const k of forbidden) drop(`键 ${k}`, `key ${k}`, k);

  const sheets = context ? new Set(context.sheets) : null;
  const sheetKnown = (name: string) => !sheets || sheets.has(name);
  /** a "Sheet!A1" key naming a sheet of the workbook and a cell inside Excel's grid, normalised */
  const cellKeyOk = (key: string): string | null => {
    const k = normalCellKey(key);
    if (!k) return null;
    const i = k.lastIndexOf("!");
    try {
      const { row, col } = parseCellAddress(k.slice(i + 1));
      if (row < 0 || row > MAX_ROW || col < 0 || col > MAX_COL) return null;
    } catch {
      return null;
    }
    return sheetKnown(k.slice(0, i)) ? key : null;
  };
  /** without the workbook at hand, a key is only checked for being text */
  const keyOk = (key: string): boolean => (context ? cellKeyOk(key) !== null : true);

  const field = <T>(name: string, schema: z.ZodType<T>, fallback: T, whatZh: string, whatEn: string): T => {
    if (o[name] === undefined) return fallback;
    const r = schema.safeParse(o[name]);
    if (r.success) return r.data;
    drop(whatZh, whatEn, o[name]);
    return fallback;
  };

  const scoreColumn = field("scoreColumn", SettingsSchema.shape.scoreColumn, undefined, "计分列", "score column");

  const corrections: Correction[] = [];
  for (const c of field("corrections", z.array(z.unknown()), [], "识别修正", "corrections")) {
    const r = CorrectionSchema.safeParse(c);
    if (!r.success) drop("一条识别修正", "correction", c);
    else if (!sheetKnown(r.data.sheet)) drop(`一条识别修正(没有工作表“${r.data.sheet}”)`, `correction (no sheet "${r.data.sheet}")`, c);
    else corrections.push(r.data as Correction);
  }

  const ruleOverrides: Record<string, string> = {};
  for (const [k, v] of Object.entries(field("ruleOverrides", z.record(z.string(), z.unknown()), {}, "手工规则", "rules stated by hand"))) {
    if (typeof v !== "string") drop(`手工规则 ${k}`, `rule stated by hand ${k}`, v);
    else if (!keyOk(k)) drop(`手工规则的单元格(不在工作簿的表内)`, `cell of a rule stated by hand (not in the workbook's sheets)`, k);
    else ruleOverrides[k] = v;
  }

  const lockedCells: string[] = [];
  for (const k of field("lockedCells", z.array(z.unknown()), [], "锁定单元格", "locked cells")) {
    if (typeof k !== "string" || !keyOk(k)) drop("一个锁定单元格(不在工作簿的表内)", "locked cell (not in the workbook's sheets)", k);
    else lockedCells.push(k);
  }

  const settled: SettledFinding[] = [];
  for (const s of field("settled", z.array(z.unknown()), [], "已核实/忽略的问题", "settled findings")) {
    const r = SettledSchema.safeParse(s);
    if (r.success && sheetKnown(r.data.sheet)) {
      const { note, ...mark } = r.data;
      settled.push(note ? { ...mark, note } : mark);
    }
    else drop("一条已核实/忽略的记录", "settled finding", s);
  }

  const indicators: IndicatorDef[] = [];
  for (const d of field("indicators", z.array(z.unknown()), [], "自定义指标", "indicators")) {
    const r = IndicatorSchema.safeParse(d);
    if (r.success) indicators.push(r.data);
    else drop("一个自定义指标", "indicator", d);
  }

  return {
    settings: {
      version: 1,
      ...(scoreColumn ? { scoreColumn } : {}),
      corrections,
      ruleOverrides,
      lockedCells,
      ...(settled.length ? { settled } : {}),
      ...(indicators.length ? { indicators: indicators.slice(0, 100) } : {}),
    },
    problems,
  };
}

/** Check a stored record; throws (both languages) when it cannot be used, leaves out entries that make no sense. */
export function parseSettings(text: string): WorkbookSettings {
  return readSettings(text).settings;
}

/** What a snapshot's stored settings are, and what was wrong with them. */
export interface StoredSettings {
  readonly settings: WorkbookSettings | null;
  /** the record could not be used at all (then locked cells are unknown) */
  readonly error?: string;
  /** the store sheet's cell the error is about */
  readonly errorCell?: string;
  readonly problems?: ReadonlyArray<SettingsProblem>;
}

/**
 * The settings a snapshot carries (its `_assess_settings` sheet), or null when it has none.
 * Damaged or newer-version settings are reported as `error`, and then not used.
 */
export function settingsInSnapshot(snapshot: WorkbookSnapshot): StoredSettings {
  const sheet = snapshot.sheets.find((s) => s.name.toLowerCase() === SETTINGS_SHEET);
  if (!sheet) return { settings: null };
  try {
    const sheets = snapshot.sheets.map((s) => s.name);
    const { settings, problems } = readSettings(joinChunks(sheet.values), { sheets }, sheet.values);
    return { settings, ...(problems.length ? { problems } : {}) };
  } catch (e) {
    return {
      settings: null,
      error: e instanceof Error ? e.message : String(e),
      errorCell: e instanceof SettingsUnreadable ? e.cell : "A1",
    };
  }
}
