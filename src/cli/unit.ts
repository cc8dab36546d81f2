/**
 * The unit a workbook is about, for the batch summary: the 被考核单位 (unit assessed) line of a
 * scoring sheet, else the 填报单位/报送单位 (reporting unit) line of a statistics sheet, read
 * from the lines above the tables ("被考核单位:城关镇", or the label in one cell and the
 * name in the next).
 */
import type { CellValue, WorkbookSnapshot } from "../engine/grid";
import { isAddinSheet } from "../engine/addinSheets";

/** labels in order of preference: the unit assessed before the one that filled the form in */
const LABELS: ReadonlyArray<RegExp> = [
  /^(?:被考核单位|被考评单位|考核对象|被考核对象)(?:名称)?$/,
  /^(?:填报单位|报送单位|填表单位)$/,
];
/** how far down a sheet the unit line may be (title, unit/date lines, then the header) */
const TOP_ROWS = 12;
/** a unit name ends before a date, a measure (单位:人) or the next label */
const AFTER = /\s{2,}|\s*(?:\d{4}\s*年|日期|时间|填报人|填表人|制表|负责人|联系电话|单位[::]|计量单位|金额单位)/;

function text(v: CellValue | undefined): string {
  return typeof v === "string" ? v.normalize("NFKC").replace(/\u3000/g, " ").trim() : "";
}

function clean(name: string): string | undefined {
  const n = name.split(AFTER)[0].replace(/^[::\s]+|[((]?盖章[))]?|[\s::]+$/g, "").trim();
  if (!n || /^[_\s—-]+$/.test(n) || /^(人|户|个|万元|元|%|‰|例|次)$/.test(n)) return undefined;
  return n.length > 60 ? n.slice(0, 60) : n;
}

export function unitOf(snapshot: WorkbookSnapshot): string | undefined {
  const found: Array<string | undefined> = LABELS.map(() => undefined);
  for (const sheet of snapshot.sheets) {
    if (sheet.hidden || isAddinSheet(sheet.name)) continue;
    const rows = Math.min(sheet.values.length, TOP_ROWS);
    for (let r = 0; r < rows; r++) {
      const row = sheet.values[r] ?? [];
      for (let c = 0; c < row.length; c++) {
        const t = text(row[c]);
        if (!t) continue;
        for (let k = 0; k < LABELS.length; k++) {
          if (found[k] !== undefined) continue;
          // "被考核单位:城关镇" in one cell (the label may follow other text on the line)
          const m = /(被考核单位|被考评单位|考核对象|被考核对象|填报单位|报送单位|填表单位)(?:名称)?\s*[::]\s*(.*)$/.exec(t);
          if (m && LABELS[k].test(m[1])) {
            const inCell = clean(m[2]);
            if (inCell) found[k] = inCell;
            else {
              // "被考核单位:" and the name in the next filled cell
              for (let d = c + 1; d < row.length; d++) {
                const next = text(row[d]);
                if (next) {
                  found[k] = clean(next);
                  break;
                }
              }
            }
          } else if (LABELS[k].test(t.replace(/[::\s]+$/, ""))) {
            for (let d = c + 1; d < row.length; d++) {
              const next = text(row[d]);
              if (next) {
                found[k] = clean(next);
                break;
              }
            }
          }
        }
      }
    }
    if (found[0] !== undefined) break;
  }
  return found.find((u) => u !== undefined);
}
