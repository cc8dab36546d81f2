/**
 * Points stated inside the text of a scheme (考核细则): the sub-items a rule text lists with
 * their own points (`1.…得2分 2.…得3分`, `…计2分。…计2分(本项共计4分)`) add up to the item's
 * points column, and a section's merged category cell `班子建设(20分)` is the sum of the points
 * of the rows it spans. Alternatives inside one sentence (村民自治村计2分,合格村计1分) and tiers
 * (95%以上计10分;90%以上计8分) are not sub-items: a text whose largest award is the item's points
 * is never flagged, so only a list that adds up to neither is said.
 */
import { cellAddress } from "../address";
import type { SheetSnapshot } from "../grid";
import type { Finding } from "../findings";
import type { ItemTree, ScoringItem } from "../layout/model";
import { key, maxFromText } from "../layout/text";
import { clean, nearlyEqual, num, readFigure } from "./figure";

/** What a rule text says about points: its stated total (本项共计4分) and the award of each sentence. */
export interface StatedPoints {
  readonly total?: number;
  /** one figure per sentence or numbered sub-item that awards points (the largest, where a sentence offers alternatives) */
  readonly parts: ReadonlyArray<number>;
}

const FIG = String.raw`(\d+(?:\.\d+)?)`;
const TOTAL = new RegExp(String.raw`(?:本项|此项|该项)?共计?${FIG}分|本项${FIG}分`);
/** an award: 计2分 / 得3分 / 记5分 / 给2分 (not 扣, 减, 加, 奖, 罚; 计满10分 is a cap, not an award) */
const AWARD = new RegExp(String.raw`(?:计|得|记|给)${FIG}分`, "g");
/** a numbered sub-item's own points at its end: (20分) */
const OWN = new RegExp(String.raw`[(\[]${FIG}分[)\]]`, "g");
/** sentence and sub-item boundaries: 。；; and the markers 1、 1. (1) ① */
const SPLIT = /[。;；\n]|(?<![\d.])\d{1,2}[、.](?!\d)|[(\[]\d{1,2}[)\]]|[①-⑳]/;

/** The points a rule text states (undefined where it states none). */
export function statedPoints(text: string): StatedPoints | undefined {
  let t = key(text);
  const tm = TOTAL.exec(t);
  const total = tm ? parseFloat(tm[1] ?? tm[2]) : undefined;
  if (tm) t = t.slice(0, tm.index) + t.slice(tm.index + tm[0].length);
  const parts: number[] = [];
  for (const sentence of t.split(SPLIT)) {
    if (!sentence) continue;
    const awards: number[] = [];
    for (const re of [AWARD, OWN]) {
      re.lastIndex = 0;
      for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
        // 每配备1名计3分: a per-unit award, not a sub-item's points
        if (/每/.test(sentence.slice(0, m.index))) continue;
        awards.push(parseFloat(m[1]));
      }
    }
    if (awards.length) parts.push(Math.max(...awards));
  }
  if (total === undefined && parts.length < 2) return undefined;
  return { ...(total !== undefined ? { total } : {}), parts };
}

/** An item whose rule text states its sub-items' points, checkable against its points. */
export function textPointsItems(tree: ItemTree): Array<{ item: ScoringItem; stated: StatedPoints }> {
  const out: Array<{ item: ScoringItem; stated: StatedPoints }> = [];
  for (const item of tree.items) {
    if (item.section !== "item" || item.max === undefined || item.children.length > 0) continue;
    const stated = statedPoints(item.ruleText ?? item.name);
    if (stated) out.push({ item, stated });
  }
  return out;
}

export function checkPointsInText(sheet: SheetSnapshot, tree: ItemTree): Finding[] {
  const out: Finding[] = [];
  const itemCol = tree.table.columns.find((c) => c.role === "item")?.col;
  for (const { item, stated } of textPointsItems(tree)) {
    const max = item.max!;
    const col = item.maxFrom === "text" || tree.maxCol === undefined ? itemCol : tree.maxCol;
    if (col === undefined) continue;
    const textCol = tree.standardCol !== undefined && item.ruleText ? tree.standardCol : itemCol;
    const related = textCol !== undefined ? [cellAddress(item.row, textCol)] : [];
    const sum = clean(stated.parts.reduce((s, p) => s + p, 0));
    const largest = stated.parts.length ? Math.max(...stated.parts) : undefined;
    let expected: number | undefined;
    let zh = "";
    let en = "";
    if (stated.total !== undefined && !nearlyEqual(stated.total, max)) {
      expected = stated.total;
      zh = `评分标准写明本项共 ${num(stated.total)} 分,分值为 ${num(max)}`;
      en = `the standard states ${num(stated.total)} points for the item, its max points are ${num(max)}`;
    } else if (stated.parts.length >= 2 && !nearlyEqual(sum, max) && !(largest !== undefined && nearlyEqual(largest, max))) {
      expected = sum;
      zh = `评分标准中各小项分值 ${stated.parts.map(num).join("+")} = ${num(sum)},与分值 ${num(max)} 不一致`;
      en = `the sub-items of the standard give ${stated.parts.map(num).join("+")} = ${num(sum)} points, the item's max points are ${num(max)}`;
    }
    if (expected === undefined) continue;
    out.push({
      kind: "max-sum-mismatch", severity: "error", sheet: sheet.name, cell: cellAddress(item.row, col), related,
      expected, actual: max,
      message: `“${item.name.slice(0, 30)}”${zh}(相差 ${num(Math.abs(clean(expected - max)))})`,
      messageEn: `"${item.name.slice(0, 30)}": ${en} (off by ${num(Math.abs(clean(expected - max)))})`,
    });
  }
  return out.concat(checkSectionPoints(sheet, tree));
}

/**
 * A category cell merged down over the rows of its section (考核项目 | 考核内容 | 标准分, the
 * section `计划生育(30分)` spanning its seven items): its points are the sum of theirs.
 */
function checkSectionPoints(sheet: SheetSnapshot, tree: ItemTree): Finding[] {
  const out: Finding[] = [];
  const itemCols = tree.table.columns.filter((c) => c.role === "item").map((c) => c.col);
  if (itemCols.length < 2 || tree.maxCol === undefined) return out;
  const categoryCol = itemCols[0];
  const byRow = new Map(tree.items.map((i) => [i.row, i] as const));
  for (const m of sheet.merges ?? []) {
    if (m.left !== categoryCol || m.right !== categoryCol || m.bottom <= m.top) continue;
    const text = sheet.values[m.top]?.[categoryCol];
    if (typeof text !== "string") continue;
    const points = maxFromText(key(text));
    if (points === undefined) continue;
    const rows: ScoringItem[] = [];
    for (let r = m.top; r <= m.bottom; r++) {
      const it = byRow.get(r);
      if (it) rows.push(it);
    }
    // only the section's own top items, each with its points; one nested under another is its parent's business
    if (rows.length < 2 || rows.some((it) => it.section !== "item" || it.parent !== undefined)) continue;
    const maxes = rows.map((it) => it.max ?? readMax(sheet, it.row, tree.maxCol!));
    if (maxes.some((x) => x === undefined)) continue;
    const sum = clean((maxes as number[]).reduce((s, x) => s + x, 0));
    if (nearlyEqual(sum, points)) continue;
    const off = num(Math.abs(clean(points - sum)));
    out.push({
      kind: "max-sum-mismatch", severity: "error", sheet: sheet.name, cell: cellAddress(m.top, categoryCol),
      related: rows.map((it) => cellAddress(it.row, tree.maxCol!)),
      expected: sum, actual: points,
      message: `“${key(text).slice(0, 30)}”的分值 ${num(points)} 与其下各项分值之和 ${num(sum)} 不一致(相差 ${off})`,
      messageEn: `"${key(text).slice(0, 30)}": its ${num(points)} points differ from the sum of its items' points ${num(sum)} (off by ${off})`,
    });
  }
  return out;
}

function readMax(sheet: SheetSnapshot, row: number, col: number): number | undefined {
  const r = readFigure(sheet, { row, col });
  return r.kind === "number" ? r.figure.value : undefined;
}
