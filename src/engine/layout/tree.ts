/**
 * The item tree of a scoring sheet (考核评分表): levels from the numbering 一、/(一)/1、/(1)/⑴/①
 * (in its own column or glued to the item text), max points from the max column or from the
 * item text "(20分)", the scoring standard of each row, and the sections 加分 / 减分 /
 * 一票否决 / 合计 with the caps the sheet itself states (以上三项加分不超过5分).
 */
import type { Column, ItemSection, ItemTree, ScoringItem, Table } from "./model";
import type { SheetGrid } from "./sheetgrid";
import type { FoundTable } from "./tables";
import { weightFromText, bonusCapFromText, itemName, key, maxFromText, parseNumbering, penaltyCapFromText, sectionOf, tidy } from "./text";

interface Draft {
  row: number;
  number?: string;
  level: number;
  name: string;
  max?: number;
  maxFrom?: "column" | "text";
  ruleText?: string;
  section: ItemSection;
  parent?: number;
  children: number[];
  measuredCol?: number;
}

/** a standard that scores a rate (达92%以上, 每降低1个百分点, 符合率) */
const RATE_RULE = /[%％‰]|百分点|比例点|千分点|率|比例/;
/** a header that names a rate or a state, not a count (完成情况, 完成率) */
const RATE_HEADER = /率|情况|比例|%/;

/**
 * Where a sheet has several measured columns (目标数 | 完成数 | 完成情况), the one a row's
 * rule reads: a rate for a standard that scores a rate (the cell shown as a percent, else the
 * column named 情况/率), a count otherwise (the first measured cell not shown as a percent).
 * Undefined where the row gives nothing to choose by.
 */
function measuredColFor(g: SheetGrid, r: number, cols: ReadonlyArray<Column>, text: string): number | undefined {
  const percent = (c: Column) => {
    const rd = g.reading(r, c.col);
    return rd.kind === "number" && rd.unit === "%";
  };
  const filled = cols.filter((c) => !g.isEmpty(r, c.col));
  if (filled.length === 0) return undefined;
  if (RATE_RULE.test(text)) {
    return (filled.find(percent) ?? filled.find((c) => RATE_HEADER.test(c.header)))?.col;
  }
  return filled.find((c) => g.reading(r, c.col).kind === "number" && !percent(c))?.col;
}

const CAP_WORDS = /不超过|不得超过|不高于|最高|最多|封顶/;

function colOf(columns: ReadonlyArray<Column>, role: Column["role"]): number | undefined {
  return columns.find((c) => c.role === role)?.col;
}

/** `levels`: levels a clerk corrected, by row (they win over the numbering). */
export function buildItemTree(g: SheetGrid, t: FoundTable, table: Table, levels: ReadonlyMap<number, number> = new Map()): ItemTree {
  const columns = table.columns;
  const numberCol = colOf(columns, "number");
  const maxCol = colOf(columns, "max");
  const standardCol = colOf(columns, "standard");
  const measuredCol = colOf(columns, "measured");
  const measuredCols = columns.filter((c) => c.role === "measured");
  const selfScoreCol = colOf(columns, "selfScore");
  const scoreCol = colOf(columns, "score");
  // item columns: those named so, else the first text column that is not the numbering
  let itemCols = columns.filter((c) => c.role === "item").map((c) => c.col);
  if (itemCols.length === 0) {
    const firstOther = columns.find((c) => c.role === "other" && c.col !== numberCol);
    if (firstOther) itemCols = [firstOther.col];
  }

  const items: Draft[] = [];
  const stack: Draft[] = [];
  let bonusCap: number | undefined;
  let penaltyCap: number | undefined;
  let totalRow: number | undefined;
  const capTexts: string[] = [];

  for (const r of t.dataRows) {
    // numbering: own column first, else glued to the item text
    let numbering = numberCol !== undefined ? parseNumbering(g.raw(r, numberCol) || String(g.value(r, numberCol) ?? ""), true) : undefined;
    let text = "";
    // with a category column beside the item column (考核项目 | 考核内容) the row's item is the
    // rightmost text, unless only a left cell carries the numbering (一、组织领导 | description)
    for (let i = itemCols.length - 1; i >= 0; i--) {
      const c = itemCols[i];
      if (!g.key(r, c)) continue;
      text = g.raw(r, c);
      for (let j = i - 1; j >= 0; j--) {
        const left = g.raw(r, itemCols[j]);
        if (left && !parseNumbering(text, false) && parseNumbering(left, false)) text = left;
      }
      break;
    }
    const glued = text ? parseNumbering(text, false) : undefined;
    if (!numbering) numbering = glued;
    let name = glued ? glued.rest : text ? key(text) : "";
    if (!text && numbering && numbering.rest) name = numbering.rest;
    const ruleText = standardCol !== undefined && g.key(r, standardCol) ? tidy(g.raw(r, standardCol)) : undefined;
    const rowTexts = ruleText ? `${name} ${ruleText}` : name;
    const capWords = CAP_WORDS.test(name) || (!!ruleText && CAP_WORDS.test(ruleText));
    const bc = capWords ? bonusCapFromText(key(rowTexts)) : undefined;
    const pc = capWords ? penaltyCapFromText(key(rowTexts)) : undefined;
    if (!numbering && !name) {
      // a continuation row (rule text only) or a notes line inside the table
      if (bc !== undefined || pc !== undefined) capTexts.push(key(rowTexts));
      continue;
    }
    if (!name && !numbering) continue;

    const section = sectionOf(itemName(name));
    const top = stack[stack.length - 1];
    let level = numbering ? numbering.level : !top ? 0 : sectionOf(top.name) ? top.level + 1 : top.level;
    if (section === "total") level = 0;
    else if (!numbering && section) level = 0;
    level = levels.get(r) ?? level;
    // max points: the max column, else the item text "(20分)"
    let max: number | undefined;
    let maxFrom: "column" | "text" | undefined;
    if (maxCol !== undefined) {
      const rd = g.reading(r, maxCol);
      if (rd.kind === "number") {
        max = rd.value;
        maxFrom = "column";
      }
    }
    if (max === undefined) {
      const m = maxFromText(name);
      if (m !== undefined) {
        max = m;
        maxFrom = "text";
      }
    }
    while (stack.length && stack[stack.length - 1].level >= level) stack.pop();
    const parent = section === "total" ? undefined : stack[stack.length - 1];
    const d: Draft = { row: r, level, name: itemName(name), section: section ?? parent?.section ?? "item", children: [] };
    if (numbering) d.number = numbering.number;
    if (max !== undefined) {
      d.max = max;
      d.maxFrom = maxFrom;
    }
    if (ruleText) d.ruleText = ruleText;
    if (measuredCols.length >= 2) {
      const m = measuredColFor(g, r, measuredCols, `${name} ${ruleText ?? ""}`);
      if (m !== undefined && m !== measuredCol) d.measuredCol = m;
    }
    if (parent) d.parent = parent.row;
    if (parent) parent.children.push(r);
    items.push(d);
    stack.push(d);
    if (section === "total") {
      totalRow = r;
      stack.length = 0;
    }
    if (d.section === "bonus" && bc !== undefined) bonusCap = bonusCap ?? bc;
    if (d.section === "penalty" && pc !== undefined) penaltyCap = penaltyCap ?? pc;
    if (bc !== undefined || pc !== undefined) capTexts.push(key(rowTexts));
  }
  // caps stated in continuation rows or in the notes under the table
  for (const s of [...capTexts, ...t.notes]) {
    bonusCap = bonusCap ?? bonusCapFromText(s);
    penaltyCap = penaltyCap ?? penaltyCapFromText(s);
  }
  const done: ScoringItem[] = items;
  let weight: number | undefined;
  for (const s of [t.title ?? "", ...t.context, ...t.notes]) weight = weight ?? weightFromText(s);
  return {
    table,
    items: done,
    ...(maxCol !== undefined ? { maxCol } : {}),
    ...(standardCol !== undefined ? { standardCol } : {}),
    ...(measuredCol !== undefined ? { measuredCol } : {}),
    ...(selfScoreCol !== undefined ? { selfScoreCol } : {}),
    ...(scoreCol !== undefined ? { scoreCol } : {}),
    ...(bonusCap !== undefined ? { bonusCap } : {}),
    ...(penaltyCap !== undefined ? { penaltyCap } : {}),
    ...(totalRow !== undefined ? { totalRow } : {}),
    ...(weight !== undefined ? { weight } : {}),
  };
}
