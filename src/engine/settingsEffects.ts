/**
 * The check always says when the workbook's own settings changed how it is read. Settings
 * kept in the workbook (`_assess_settings`, `_assess_layout`) travel with it: a submitted
 * workbook could carry a planted very hidden sheet that sets every sheet to "other" and so
 * hide its own errors from the supervisor. So: a record that cannot be read, or an entry left
 * out, is a warning on the record's cell; every sheet the settings took out of the check is a
 * warning on that sheet, an error when checking it as it stands finds errors; and a sheet
 * whose columns or levels the settings corrected gets a note.
 */
import type { SheetSnapshot, WorkbookSnapshot } from "./grid";
import type { Finding } from "./findings";
import type { SheetKind } from "./plan";
import type { WorkbookLayout } from "./layout/model";
import { SETTINGS_SHEET, type StoredSettings } from "./settings";
import type { SheetCorrections } from "./layout/corrections";

const KIND_ZH: Record<SheetKind, string> = { scoring: "考核评分表", summary: "汇总表", statistics: "统计报表", other: "其他" };

/** Warnings about the stored record itself. */
export function storedSettingsFindings(stored: StoredSettings): Finding[] {
  const out: Finding[] = [];
  if (stored.error) {
    out.push({
      kind: "bad-value", severity: "warning", sheet: SETTINGS_SHEET, cell: stored.errorCell ?? "A1", related: [],
      message: `${stored.error.split(" / ")[0]};这些设置未使用,锁定的单元格未知`,
      messageEn: `${stored.error.split(" / ").slice(-1)[0]}; these settings were not used, and which cells are locked is unknown`,
    });
  }
  // one warning for the record, listing every entry left out
  const problems = stored.problems ?? [];
  if (problems.length) {
    out.push({
      kind: "bad-value", severity: "warning", sheet: SETTINGS_SHEET, cell: problems[0].cell, related: [],
      message: problems.map((p) => p.message).join(";"),
      messageEn: problems.map((p) => p.messageEn).join("; "),
    });
  }
  return out;
}

/**
 * What the settings changed, sheet by sheet. `checkAsItStands` checks one sheet without any
 * correction and returns its findings (to say whether the settings hid errors).
 */
export function settingsEffectFindings(
  sheets: ReadonlyArray<SheetSnapshot>,
  layout: WorkbookLayout,
  corrections: ReadonlyMap<string, SheetCorrections>,
  checkAsItStands: (sheet: SheetSnapshot) => Finding[],
): Finding[] {
  const out: Finding[] = [];
  const kinds = new Map(layout.sheets.map((s) => [s.name, s.kind] as const));
  const excluded = sheets.filter((s) => corrections.get(s.name)?.kind === "other" && kinds.has(s.name));
  for (const s of sheets) {
    const c = corrections.get(s.name);
    if (!c) continue;
    if (c.kind === "other") {
      let hidden: Finding[] = [];
      try {
        hidden = checkAsItStands(s).filter((f) => f.severity === "error");
      } catch {
        hidden = [];
      }
      const n = excluded.length;
      out.push({
        kind: "bad-value", severity: hidden.length ? "error" : "warning", sheet: s.name, cell: "A1", related: [],
        message:
          `本工作簿的设置使 ${n} 张表未参与检查,此表是其中之一` +
          (hidden.length ? `;按表格原样检查,此表有 ${hidden.length} 个错误(如 ${hidden[0].cell}:${hidden[0].message})` : "") +
          ";用 --ignore-settings 可按原样检查",
        messageEn:
          `This workbook's settings take ${n} sheet(s) out of the check, this one among them` +
          (hidden.length ? `; checked as it stands, this sheet has ${hidden.length} error(s) (e.g. ${hidden[0].cell}: ${hidden[0].messageEn})` : "") +
          "; --ignore-settings checks it as it stands",
      });
      continue;
    }
    const parts: string[] = [];
    const partsEn: string[] = [];
    if (c.kind) {
      parts.push(`把此表定为${KIND_ZH[c.kind]}`);
      partsEn.push(`set this sheet's kind to ${c.kind}`);
    }
    if (c.roles.size) {
      parts.push(`修改了 ${c.roles.size} 列的识别`);
      partsEn.push(`corrected ${c.roles.size} column role(s)`);
    }
    if (c.levels.size) {
      parts.push(`修改了 ${c.levels.size} 行的层级`);
      partsEn.push(`corrected ${c.levels.size} item level(s)`);
    }
    if (!parts.length) continue;
    out.push({
      kind: "bad-value", severity: "info", sheet: s.name, cell: "A1", related: [],
      message: `本工作簿的设置${parts.join("、")}(用 --ignore-settings 可按原样检查)`,
      messageEn: `This workbook's settings ${partsEn.join(", ")} (--ignore-settings checks it as it stands)`,
    });
  }
  return out;
}

/** The snapshot without the workbook's own settings (`--ignore-settings`). */
export function withoutStoredSettings(snapshot: WorkbookSnapshot, storeSheets: ReadonlyArray<string>): WorkbookSnapshot {
  const names = new Set(storeSheets.map((n) => n.toLowerCase()));
  return { ...snapshot, sheets: snapshot.sheets.filter((s) => !names.has(s.name.toLowerCase())) };
}
