/**
 * The value-normalising write (issue 10 item 3): where an item's value cell holds text the
 * score's formula cannot read but the engine reads as a number ("4次", "少2项", "96%", "约30%",
 * "未发生" …), the plan first makes the cell that number, with a number format that shows the
 * same text (`0"次"`, `"少"0"项"`, `0%`, `"约"0%`, `"未发生"`), so the score cell can hold a live
 * formula and the sheet still looks as the clerk typed it. The write is a plan entry of its own
 * (`kind: "normalise-value"`, with the text it replaces): shown in the preview, written by every
 * host, undone by 撤销 like any other write.
 *
 * A text no number format can show as it stands (a Chinese numeral "三人", a list "√、×", a word
 * with a quote, "达96%") is never rewritten: the score is then written as its plain value, and
 * the plan says why (`plainReason`). Full-width digits and signs ("４次", "９６％") count as the
 * same text: the cell shows them half-width.
 */
import type { CellValue } from "./grid";
import type { CellWrite } from "./plan";
import { formatDecimals, isPercentFormat, round } from "./values";
import { valueCellPlan, type ValueCell } from "./rules/cell";
import type { ScoreOptions, ScoringRule } from "./rules/types";

export interface Texts {
  readonly zh: string;
  readonly en: string;
}

/** What the value cell needs for the score's formula. */
export type ValueDecision =
  /** the formula reads the cell as it stands */
  | { readonly kind: "as-is" }
  /** write this first; the formula reads the cell under `numberFormat` */
  | { readonly kind: "normalise"; readonly write: CellWrite; readonly numberFormat: string }
  /** no formula: the score is written as its value, for this reason */
  | { readonly kind: "plain"; readonly reason: Texts };

export interface ValueCellAt {
  readonly sheet: string;
  /** the value cell (A1) and what it holds now */
  readonly cell: string;
  readonly value: CellValue;
  readonly formula: string | null;
  readonly numberFormat: string | null;
  /** the score cell whose formula reads it */
  readonly scoreCell: string;
  readonly label?: string;
  /** the clerk keeps this cell as it is (locked, or the preview row not chosen) */
  readonly locked: boolean;
}

/** Literal text of a number format section, or null when it is not made only of literals and 0/0.0…/%. */
function render(value: number | string, numberFormat: string | undefined): string | null {
  if (typeof value === "string") return value;
  if (numberFormat === undefined || /^general$/i.test(numberFormat)) return String(value);
  if (numberFormat.includes(";")) return null;
  const decimals = formatDecimals(numberFormat) ?? 0;
  const percent = isPercentFormat(numberFormat);
  const shown = (percent ? round(value * 100, decimals) : round(value, decimals)).toFixed(decimals);
  let out = "";
  let digitsDone = false;
  for (let i = 0; i < numberFormat.length; ) {
    const ch = numberFormat[i];
    if (ch === '"') {
      const end = numberFormat.indexOf('"', i + 1);
      if (end < 0) return null;
      out += numberFormat.slice(i + 1, end);
      i = end + 1;
    } else if (ch === "0") {
      const m = /^0(?:\.0+)?/.exec(numberFormat.slice(i))!;
      if (digitsDone) return null;
      out += shown;
      digitsDone = true;
      i += m[0].length;
    } else if (ch === "%") {
      out += "%";
      i++;
    } else return null;
  }
  return out;
}

/** The text the cell shows, for comparing: width folded (NFKC), the ends trimmed. */
function same(a: string, b: string): boolean {
  return a.normalize("NFKC").trim() === b.normalize("NFKC").trim();
}

const show = (v: CellValue): string => (typeof v === "string" ? v : JSON.stringify(v));

/**
 * What the value cell of one scored item needs. `opts` are the options the rule is scored with
 * (the cell's own number format among them).
 */
export function decideValueCell(rule: ScoringRule, at: ValueCellAt, opts: ScoreOptions = {}): ValueDecision {
  const plan = valueCellPlan(rule, at.value, opts);
  if (plan.kind === "as-is") return { kind: "as-is" };
  const text = show(at.value);
  if (plan.kind === "cannot") {
    const { zh, en } = plan.reason;
    return {
      kind: "plain",
      reason: {
        zh: `完成情况“${text}”不能改为数字:${zh};得分按数值写入,不写公式`,
        en: `The value "${text}" cannot be made a number: ${en}; the score is written as a value, not a formula`,
      },
    };
  }
  const cell: ValueCell = plan.cell;
  const shown = render(cell.value, cell.numberFormat);
  if (shown === null || !same(shown, text)) {
    return {
      kind: "plain",
      reason: {
        zh: `完成情况“${text}”改为数字后无法原样显示${shown !== null ? `(会显示为“${shown}”)` : ""};得分按数值写入,不写公式`,
        en: `The value "${text}" would not look the same as a number${shown !== null ? ` (it would show "${shown}")` : ""}; the score is written as a value, not a formula`,
      },
    };
  }
  if (at.locked) {
    return {
      kind: "plain",
      reason: {
        zh: `完成情况“${text}”保持原样(已锁定或未选择改为数字);得分按数值写入,不写公式`,
        en: `The value "${text}" is kept as it is (locked, or not chosen to be made a number); the score is written as a value, not a formula`,
      },
    };
  }
  const numberFormat = cell.numberFormat ?? "General";
  const value = cell.value;
  const fmt = cell.numberFormat ? `,数字格式 ${cell.numberFormat}` : "";
  const fmtEn = cell.numberFormat ? `, number format ${cell.numberFormat}` : "";
  const write: CellWrite = {
    kind: "normalise-value",
    sheet: at.sheet,
    cell: at.cell,
    value,
    numberFormat,
    original: text,
    readBy: at.scoreCell,
    previous: { value: at.value, formula: at.formula, numberFormat: at.numberFormat },
    ...(at.label !== undefined ? { label: at.label } : {}),
    explain: `完成情况“${text}”写为数字 ${typeof value === "number" ? String(value) : value}${fmt},显示不变,得分公式(${at.scoreCell})才能读取`,
    explainEn: `The value "${text}" is written as ${typeof value === "number" ? `the number ${value}` : `"${value}"`}${fmtEn}, shown the same, so the score's formula (${at.scoreCell}) can read it`,
  };
  return { kind: "normalise", write, numberFormat };
}

/** A value made a number, as the CLI's JSON lists it (`files[].valueWrites`, docs/contract.md). */
export interface ValueWriteReport {
  readonly sheet: string;
  readonly cell: string;
  /** what the cell held, as typed */
  readonly text: string;
  readonly value: number | string | null;
  readonly numberFormat?: string;
  /** the score cell whose formula reads it */
  readonly scoreCell?: string;
}

export function valueWritesOf(writes: ReadonlyArray<CellWrite>): ValueWriteReport[] {
  return writes
    .filter((w) => w.kind === "normalise-value")
    .map((w) => ({
      sheet: w.sheet, cell: w.cell, text: w.original ?? show(w.previous.value), value: w.value,
      ...(w.numberFormat !== undefined ? { numberFormat: w.numberFormat } : {}),
      ...(w.readBy !== undefined ? { scoreCell: w.readBy } : {}),
    }));
}
