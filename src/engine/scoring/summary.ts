/**
 * Scoring a summary sheet (汇总表 / 综合考核得分表): one row per unit. 总分 = the category
 * columns + 加分 − 减分 (in the sign the sheet uses); a weighted total (综合得分) =
 * Σ weight × part, when the weights add to 100%; 名次 = RANK over the unit rows (competition
 * ranks, ties share: 1, 2, 2, 4). Each becomes an ordinary formula over the row's own cells.
 */
import { cellAddress, columnName } from "../address";
import { type SheetSnapshot, cellAt, formulaAt, labelAt, numberFormatAt } from "../grid";
import { type Finding, formatNumber } from "../findings";
import type { Column, Table } from "../layout/model";
import type { CellWrite } from "../plan";
import { agreesAtPrecision, readCell } from "../values";
import type { ScoringOptions, SheetScoring } from "./score";
import { explainRank, explainRowTotal, explainWeighted, type Explanation } from "../rules/explain";
import { replacesTypedNumber } from "./typed";

const TOTAL_LABEL = /^(.{0,6}(合计|总计)|小计|总数|平均|平均分)$/;

function num(sheet: SheetSnapshot, row: number, col: number): number | undefined {
  const r = readCell(cellAt(sheet, row, col), numberFormatAt(sheet, row, col));
  return r.kind === "number" ? r.value : undefined;
}

function r9(n: number): number {
  return Math.round(n * 1e9) / 1e9;
}

export function scoreSummaryTable(sheet: SheetSnapshot, table: Table, options: ScoringOptions = {}): SheetScoring {
  const out: SheetScoring = { scores: [], totals: [], writes: [], findings: [] };
  const cols = table.columns;
  const unit = cols.find((c) => c.role === "unit");
  const total = cols.find((c) => c.role === "total");
  const rank = cols.find((c) => c.role === "rank");
  const cats = cols.filter((c) => c.role === "category" && c !== total);
  const bonus = cols.filter((c) => c.role === "bonus");
  const penalty = cols.filter((c) => c.role === "penalty");
  const weighted = cols.filter((c) => c.role === "weighted" && c.weight !== undefined);
  if (!total) return out;

  // the unit rows: a name in the unit column, not a 合计/平均 row, and at least one figure
  const rows: number[] = [];
  for (let r = table.firstRow; r <= table.lastRow; r++) {
    const name = unit ? labelAt(sheet, r, unit.col) : "";
    if (unit && (!name || TOTAL_LABEL.test(name))) continue;
    const inputs = weighted.length ? weighted : cats;
    if (!inputs.some((c) => num(sheet, r, c.col) !== undefined)) continue;
    rows.push(r);
  }
  if (rows.length === 0) return out;

  const negativePenalty = penalty.some((p) => rows.some((r) => (num(sheet, r, p.col) ?? 0) < 0));
  const weightSum = weighted.reduce((s, c) => s + (c.weight ?? 0), 0);
  const useWeights = weighted.length >= 2 && Math.abs(weightSum - 100) < 1e-9;
  if (!useWeights && cats.length < 2) return out;

  const totals = new Map<number, number>();
  for (const r of rows) {
    const terms: string[] = [];
    let value = 0;
    let missing = false;
    const shownTerms: Array<{ value: number; sign: 1 | -1; percent: number }> = [];
    const add = (c: Column, sign: 1 | -1, factor = 1) => {
      const v = num(sheet, r, c.col);
      shownTerms.push({ value: v ?? 0, sign, percent: factor * 100 });
      const ref = cellAddress(r, c.col);
      if (v === undefined) {
        // an empty 加分/减分 counts as none, as SUM reads it; an empty category is a gap we do not fill
        if (c.role === "category" || c.role === "weighted") missing = missing || readCell(cellAt(sheet, r, c.col)).kind !== "empty" || c.role === "weighted";
      } else value += sign * v * factor;
      const term = factor === 1 ? ref : `${ref}*${formatNumber(factor)}`;
      terms.push(terms.length === 0 ? (sign < 0 ? `-${term}` : term) : `${sign < 0 ? "-" : "+"}${term}`);
    };
    if (useWeights) {
      for (const w of weighted) add(w, 1, (w.weight ?? 0) / 100);
    } else {
      for (const c of cats) add(c, 1);
      for (const b of bonus) add(b, 1);
      for (const p of penalty) add(p, negativePenalty ? 1 : -1);
    }
    if (missing) continue;
    const formula =
      !useWeights && bonus.length === 0 && penalty.length === 0 && contiguous(cats.map((c) => c.col))
        ? `=SUM(${cellAddress(r, cats[0].col)}:${cellAddress(r, cats[cats.length - 1].col)})`
        : `=${terms.join("")}`;
    value = r9(value);
    totals.set(r, value);
    const explain = useWeights ? explainWeighted(shownTerms, value) : explainRowTotal(shownTerms, value);
    emit(sheet, out, r, total.col, value, formula, options, true, explain);
    const entered = readCell(cellAt(sheet, r, total.col), numberFormatAt(sheet, r, total.col));
    if (!formulaAt(sheet, r, total.col) && entered.kind === "number" && !agreesAtPrecision(entered.value, value, entered.decimals)) {
      const name = unit ? labelAt(sheet, r, unit.col) : "";
      const diff = Math.abs(entered.value - value);
      out.findings.push({
        kind: "sum-mismatch", severity: "error", sheet: sheet.name, cell: cellAddress(r, total.col),
        related: (useWeights ? weighted : [...cats, ...bonus, ...penalty]).map((c) => cellAddress(r, c.col)),
        expected: value, actual: entered.value,
        message: `${name}${total.header} ${formatNumber(entered.value)} 与${useWeights ? "加权合计" : "各项得分加减"} ${formatNumber(value)} 不一致(相差 ${formatNumber(diff)})`,
        messageEn: `${name} ${total.header} ${formatNumber(entered.value)} differs from ${useWeights ? "the weighted sum" : "the categories plus bonus minus penalty"} ${formatNumber(value)} (off by ${formatNumber(diff)})`,
      });
    }
  }

  // 名次: competition rank of each unit's total, as Excel's RANK gives it
  if (rank && totals.size === rows.length && contiguous(rows)) {
    const col = columnName(total.col);
    const range = `$${col}$${rows[0] + 1}:$${col}$${rows[rows.length - 1] + 1}`;
    const all = [...totals.values()];
    for (const r of rows) {
      const v = totals.get(r)!;
      const value = 1 + all.filter((x) => x > v + 1e-9).length;
      emit(sheet, out, r, rank.col, value, `=RANK(${cellAddress(r, total.col)},${range})`, options, false, explainRank(value, v, value - 1));
    }
  }
  return out;
}

function contiguous(xs: ReadonlyArray<number>): boolean {
  return xs.every((x, i) => i === 0 || x === xs[i - 1] + 1);
}

function emit(
  sheet: SheetSnapshot, out: SheetScoring, row: number, col: number, value: number, formula: string,
  options: ScoringOptions, isTotal: boolean, explain: Explanation,
): void {
  const cell = cellAddress(row, col);
  const ex = { explain: explain.zh, explainEn: explain.en };
  out.scores.push({ sheet: sheet.name, cell, value, formula, ...ex });
  if (isTotal) out.totals.push({ sheet: sheet.name, cell, value, formula, veto: false, ...ex });
  const previous = { value: cellAt(sheet, row, col), formula: formulaAt(sheet, row, col), numberFormat: numberFormatAt(sheet, row, col) };
  if (!options.values && previous.formula === formula) return;
  if (options.values && previous.formula === null && previous.value === value) return;
  const w: CellWrite = {
    sheet: sheet.name, cell, value, previous, ...(options.values ? {} : { formula }), ...ex,
    ...(replacesTypedNumber(previous, value) ? { replacesTyped: true } : {}),
  };
  out.writes.push(w);
}

export type { Finding };
