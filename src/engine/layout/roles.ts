/**
 * What each column of a table is (header roles), and what the table is: a scoring sheet
 * (考核评分表), a summary sheet (汇总表), statistics (统计报表) or something else.
 */
import type { SheetKind } from "../plan";
import type { Column, ColumnRole } from "./model";
import type { SheetGrid } from "./sheetgrid";
import type { FoundTable } from "./tables";
import {
  headerWord, isChangeHeader, isLabelHeader, isNonAdditive, isNumberHeader, isShareText, isUnitHeader, maxFromText, scaleFromText,
  scoringHeaderRole, summaryHeaderRole, weightFromText,
} from "./text";

interface ColumnStats {
  figures: number;
  /** cells typed as words ("一组" reads as a number but is a name) */
  words: number;
  texts: number;
  percent: number;
  permille: number;
}

function statsOf(g: SheetGrid, t: FoundTable, col: number): ColumnStats {
  const s: ColumnStats = { figures: 0, words: 0, texts: 0, percent: 0, permille: 0 };
  const rows = t.dataRows.length > 400 ? t.dataRows.slice(0, 400) : t.dataRows;
  for (const r of rows) {
    if (g.isEmpty(r, col)) continue;
    if (/[^\d.,%‰\s+-]/.test(g.key(r, col)) && !/^[\d.,]+(%|‰|人|户|例|个)?$/.test(g.key(r, col))) s.words++;
    const rd = g.reading(r, col);
    if (rd.kind === "number") {
      s.figures++;
      if (rd.unit === "%") s.percent++;
      if (rd.unit === "‰") s.permille++;
    } else if (rd.kind === "text") s.texts++;
  }
  return s;
}

export function classifyTable(g: SheetGrid, t: FoundTable): SheetKind {
  const leaves = t.columns.map((c) => c.leaf);
  const scoring = new Set(leaves.map((l) => scoringHeaderRole(l)).filter((x) => x));
  const summary = leaves.map((l) => summaryHeaderRole(l));
  const title = t.title ?? "";
  const hasUnit = summary.includes("unit");
  const maxHeaders = t.columns.filter((c) => maxFromText(c.header) !== undefined).length;
  const weighted = t.columns.filter((c) => weightFromText(c.header) !== undefined).length;
  if (scoring.has("standard") || (scoring.has("max") && (scoring.has("score") || scoring.has("selfScore") || scoring.has("item")))) {
    return "scoring";
  }
  if (hasUnit && (summary.includes("rank") || maxHeaders >= 2 || weighted >= 1 || (summary.includes("total") && /汇总|得分|考核|评分/.test(title)))) {
    return "summary";
  }
  if (/汇总|综合考核得分|考核得分表|得分汇总/.test(title) && (summary.includes("rank") || maxHeaders >= 2)) return "summary";
  if (scoring.has("score") && (scoring.has("item") || scoring.has("number")) && !hasUnit) return "scoring";
  const figures = t.columns.some((c) => statsOf(g, t, c.col).figures > 0);
  return figures ? "statistics" : "other";
}

/** a 单位 column holding 人 / 户 / 例 / % / ‰ is a measuring unit, not an administrative unit */
function measuringUnits(g: SheetGrid, t: FoundTable, col: number): boolean {
  let n = 0;
  for (const r of t.dataRows) {
    const k = g.key(r, col);
    if (!k) continue;
    if (!/^(人|户|个|例|对|次|%|‰|元|万元|岁|人次|名|所|家|起)$/.test(k)) return false;
    n++;
  }
  return n > 0;
}

function rateScale(header: string, s: ColumnStats): number | undefined {
  return scaleFromText(header) ?? (s.permille > 0 ? 1000 : s.percent > 0 ? 100 : undefined);
}

/** Roles of the columns of a table of the given kind. */
export function columnRoles(g: SheetGrid, t: FoundTable, kind: SheetKind): Column[] {
  const out: Column[] = [];
  let seenValue = false;
  for (const fc of t.columns) {
    const leaf = fc.leaf;
    const header = fc.header;
    const s = statsOf(g, t, fc.col);
    let role: ColumnRole = "other";
    let max: number | undefined;
    let weight: number | undefined;
    let scale: number | undefined;
    if (kind === "scoring") {
      role = (scoringHeaderRole(leaf) as ColumnRole | undefined) ?? "other";
      if (role === "other" && fc.cells.length > 1) role = (scoringHeaderRole(fc.cells[0].text) as ColumnRole | undefined) ?? "other";
    } else if (kind === "summary") {
      const w = summaryHeaderRole(leaf);
      weight = weightFromText(header);
      max = maxFromText(leaf) ?? maxFromText(header);
      if (w === "number") role = "number";
      else if (w === "unit") role = "unit";
      else if (w === "rank") role = "rank";
      else if (weight !== undefined && w !== "total") role = "weighted";
      else if (w === "bonus") role = "bonus";
      else if (w === "penalty") role = "penalty";
      else if (w === "total") role = "total";
      else if (w === "remark") role = "remark";
      else if (s.figures > 0 || max !== undefined) role = "category";
      else if (s.texts > 0 && !seenValue) role = "unit";
    } else {
      if (isNumberHeader(leaf)) role = "number";
      // 人口排行 / 名次 / 位次: a rank, never the row's label (its 1, 2, * are not names)
      else if (/^[^\d]{0,6}(名次|排名|排行|位次)$/.test(headerWord(leaf))) role = "rank";
      else if (/^(单位|计量单位|计算单位)$/.test(headerWord(leaf)) && measuringUnits(g, t, fc.col)) role = "other";
      else if (!seenValue && isUnitHeader(leaf) && s.words >= s.figures - s.words) role = "unit";
      else if (!seenValue && (isLabelHeader(leaf) || (s.words > 0 && s.figures - s.words <= s.words))) role = "label";
      else if (isShareText(header)) {
        role = "share";
        scale = 100;
      } else if (/率/.test(headerWord(leaf)) || (/率/.test(leaf) && !/比例/.test(leaf))) {
        role = "rate";
        scale = rateScale(header, s);
      } else if (/比/.test(leaf) && !/比例|比重|占比|同比|环比|对比/.test(leaf) && !isChangeHeader(leaf)) {
        role = "ratio";
        scale = 100;
      } else if (/备注|说明/.test(leaf)) role = "remark";
      else if (s.figures > 0 || s.texts === 0) role = "value";
    }
    const leading = role === "label" || role === "unit" || role === "number" || role === "item" || role === "other" || (role === "rank" && kind === "statistics");
    if (!leading) seenValue = true;
    if (role === "other" && s.figures > 0) seenValue = true;
    const col: Column = {
      col: fc.col, header, role,
      ...(max !== undefined ? { max } : {}),
      ...(weight !== undefined ? { weight } : {}),
      ...(scale !== undefined ? { scale } : {}),
    };
    out.push(col);
  }
  return out;
}

/** Figures of this column may be summed (not a rate, ratio, average, rank, serial or year). */
export function additive(c: Column): boolean {
  if (c.role !== "value" && c.role !== "category" && c.role !== "bonus" && c.role !== "penalty" && c.role !== "total") return false;
  return !isNonAdditive(c.header.split("/").pop() ?? "") && !/[%‰]|平均|名次|排名/.test(c.header);
}
