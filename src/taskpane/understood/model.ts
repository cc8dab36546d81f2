/**
 * The pure side of the "what the add-in understood" panel: how a rule being typed reads, which
 * rule stated by hand a key holds, and the settings a correction produces. What the engine
 * understood of each item (rule, cells, explanation, override key) comes with the analysis
 * (`analysis.items`, src/engine/scoring/understood.ts); nothing here reads it again. No React here.
 */
import { cellAddress, normalCellKey } from "../../engine/address";
import type { RuleReading } from "../../engine/scoring/understood";
import type { Correction } from "../../engine/layout/corrections";
import type { ColumnRole, ItemTree, ScoringItem, Table } from "../../engine/layout/model";
import type { SheetKind } from "../../engine/plan";
import { parseRule, reasonText, type ReasonCode, type ReasonParams } from "../../engine/rules";
import type { WorkbookSettings } from "../../engine/settings";
import type { Lang } from "../i18n";

/** The roles a clerk can give a column, by the kind of sheet they belong to. */
export const ROLE_GROUPS: ReadonlyArray<{ readonly group: "scoring" | "summary" | "statistics" | "common"; readonly roles: ReadonlyArray<ColumnRole> }> = [
  { group: "scoring", roles: ["item", "max", "standard", "measured", "selfScore", "score", "deduction", "reason"] },
  { group: "summary", roles: ["unit", "category", "bonus", "penalty", "total", "weighted", "rank"] },
  { group: "statistics", roles: ["label", "value", "rate", "ratio", "share"] },
  { group: "common", roles: ["number", "remark", "other"] },
];

export { SHEET_KINDS } from "../../engine/plan";

/** The groups in the order that suits a table of this kind: its own group first. */
export function roleGroupsFor(kind: SheetKind | undefined): typeof ROLE_GROUPS {
  const first = ROLE_GROUPS.filter((g) => g.group === kind);
  return [...first, ...ROLE_GROUPS.filter((g) => g.group !== kind)];
}

/** The parser's reason in the pane's language, looked up by its code (engine/rules/reasons.ts). */
export function reasonIn(lang: Lang, status: { readonly reasonCode: ReasonCode; readonly reasonParams: ReasonParams }): string {
  return reasonText(status.reasonCode, status.reasonParams, lang);
}

/** How the engine read an item's rule (src/engine/scoring/understood.ts); the pane only renders it. */
export type RuleStatus = RuleReading;

/** How a rule the clerk is typing reads (the engine's own parser, with the item's max and name), before it is saved. */
export function readRule(text: string, item: Pick<ScoringItem, "max" | "name">): Exclude<RuleStatus, { kind: "none" } | { kind: "section" }> {
  const parsed = parseRule(text, { max: item.max, itemText: item.name });
  return parsed.understood ? { kind: "understood", construct: parsed.construct } : { kind: "unparsed", reason: parsed.reason, reasonCode: parsed.reasonCode, reasonParams: parsed.reasonParams };
}

/** The rule stated by hand for a key, matching the engine's reading of keys (case, $, quotes). */
export function statedRule(settings: WorkbookSettings, key: string | undefined): string | undefined {
  if (!key) return undefined;
  const direct = settings.ruleOverrides[key];
  if (direct !== undefined) return direct;
  const want = normalKey(key);
  for (const [k, v] of Object.entries(settings.ruleOverrides)) if (normalKey(k) === want) return v;
  return undefined;
}

/** "'Sheet'!$d$12" → "Sheet!D12", as the engine reads override keys. */
export function normalKey(k: string): string {
  return normalCellKey(k) ?? k;
}

/** The cell that stands for an item: its name (考核项目) column, else its numbering, else the row's first cell. */
export function itemCell(tree: ItemTree, item: ScoringItem): string {
  const col = tree.table.columns.find((c) => c.role === "item")?.col ?? tree.table.columns.find((c) => c.role === "number")?.col ?? tree.table.columns[0]?.col ?? 0;
  return cellAddress(item.row, col);
}

/** The cell that stands for a column: its header (the lowest header row), or its first data cell. */
export function columnCell(table: Table, col: number): string {
  return cellAddress(table.headerless ? table.firstRow : table.headerBottom, col);
}

// ---------------------------------------------------------------- settings the panel emits

const sameColumn = (c: Correction, sheet: string, col: number) => c.what === "column" && c.sheet === sheet && c.col === col;

/** The clerk's correction of a column's role, or null when none. */
export function columnCorrection(settings: WorkbookSettings, sheet: string, col: number): ColumnRole | null {
  for (let i = settings.corrections.length - 1; i >= 0; i--) {
    const c = settings.corrections[i];
    if (c.what === "column" && c.sheet === sheet && c.col === col) return c.role;
  }
  return null;
}

/** Settings with a column's role set (replacing an earlier correction of it) or, with null, the correction removed. */
export function withColumnRole(settings: WorkbookSettings, sheet: string, col: number, role: ColumnRole | null): WorkbookSettings {
  const rest = settings.corrections.filter((c) => !sameColumn(c, sheet, col));
  return { ...settings, corrections: role === null ? rest : [...rest, { sheet, what: "column", col, role }] };
}

/** The clerk's correction of an item's level (sheet row, 0-based), or null when none. */
export function levelCorrection(settings: WorkbookSettings, sheet: string, row: number): number | null {
  for (let i = settings.corrections.length - 1; i >= 0; i--) {
    const c = settings.corrections[i];
    if (c.what === "level" && c.sheet === sheet && c.row === row) return c.level;
  }
  return null;
}

/** Settings with an item's level set (0 = 一、 … 4 = ①) or, with null, the correction removed. */
export function withItemLevel(settings: WorkbookSettings, sheet: string, row: number, level: number | null): WorkbookSettings {
  const rest = settings.corrections.filter((c) => !(c.what === "level" && c.sheet === sheet && c.row === row));
  return { ...settings, corrections: level === null ? rest : [...rest, { sheet, what: "level", row, level }] };
}

/** The numbering of each level, as docs/domain.md lists them. */
export const LEVEL_MARKS: ReadonlyArray<string> = ["一、", "(一)", "1、", "(1)", "①"];

export function kindCorrection(settings: WorkbookSettings, sheet: string): SheetKind | null {
  for (let i = settings.corrections.length - 1; i >= 0; i--) {
    const c = settings.corrections[i];
    if (c.what === "kind" && c.sheet === sheet) return c.kind;
  }
  return null;
}

export function withSheetKind(settings: WorkbookSettings, sheet: string, kind: SheetKind | null): WorkbookSettings {
  const rest = settings.corrections.filter((c) => !(c.what === "kind" && c.sheet === sheet));
  return { ...settings, corrections: kind === null ? rest : [...rest, { sheet, what: "kind", kind }] };
}

/** Settings with a rule stated by hand for `key` or, with null / blank text, the statement removed. */
export function withRuleOverride(settings: WorkbookSettings, key: string, text: string | null): WorkbookSettings {
  const overrides: Record<string, string> = {};
  const want = normalKey(key);
  for (const [k, v] of Object.entries(settings.ruleOverrides)) if (normalKey(k) !== want) overrides[k] = v;
  const t = text?.trim();
  if (t) overrides[key] = t;
  return { ...settings, ruleOverrides: overrides };
}
