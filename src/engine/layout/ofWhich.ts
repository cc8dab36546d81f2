/**
 * Partial breakdowns in rows, as publications lay them out:
 *  - `其中:一孩` as the first part, its siblings (二孩, 多孩, 无孩) on the rows after it at the
 *    same level — known by indentation, by a 序号 column left blank, by belonging to one family
 *    of words (一孩/二孩/多孩, 男/女, 政策内/政策外) or by carrying a share (占比) as it does;
 *  - `#` rows (统计年鉴: "#工业" is a part of the row above that is not marked);
 *  - `△` rows: a subset of the row above that is not a part of anything (never summed);
 *  - a `其中:长效节育措施` cell merged down over 小计/结扎/上环: the 小计 is the part of the
 *    parent, and the 小计 the exhaustive sum of the rows under it;
 *  - several 其中 groups in a row, each with its own parent (出生 → 男/女, then 政策内/政策外).
 * A 其中 breakdown is partial: its parts never exceed the parent, a remainder is never flagged.
 */
import type { Column, Relation } from "./model";
import type { SheetGrid } from "./sheetgrid";
import type { RowLabel } from "./model";
import { isNonAdditive, totalWord } from "./text";

/** 其中 / #: a row that opens (or, for #, is) a part of the row above. */
const OF_WHICH = /^(其中|[#＃])/;
/** 比上年末增加 / 增减: a change of the row above, not a whole with parts */
const CHANGE = /^(比上年|比去年|比上期|同比)|增减|增加|减少/;
/** △ ▲: a subset row (其中 of a part, 高龄 of 老年人…) that is no part of any sum. */
const SUBSET = /^[△▲]/;

export function isOfWhichLabel(k: string): boolean {
  return OF_WHICH.test(k);
}

export function isSubsetLabel(k: string): boolean {
  return SUBSET.test(k);
}

/** "其中:一孩" → "一孩", "#工业" → "工业", "△高龄" → "高龄". */
export function stripMark(k: string): string {
  return k.replace(/^(其中[:,、]?|[#＃]+|[△▲]+)/, "");
}

/** Words that split one whole; a run of rows naming one family's members is one breakdown. */
const ROW_FAMILIES: ReadonlyArray<ReadonlyArray<RegExp>> = [
  [/^男/, /^女/],
  [/^(政策内|计划内|符合政策)/, /^(政策外|计划外|不符合政策)/],
  [/^(城镇|城市)/, /^(农村|乡村)/],
  [/^(一孩|1孩)/, /^(二孩|2孩)/, /^(多孩|三孩|3孩)/, /^无孩/],
  [/^户籍/, /^(流动|外来)/],
];

function familyOf(name: string): ReadonlyArray<RegExp> | undefined {
  return ROW_FAMILIES.find((f) => f.some((re) => re.test(name)));
}

export interface OfWhichContext {
  readonly g: SheetGrid;
  readonly rows: ReadonlyArray<number>;
  readonly label: (r: number) => RowLabel | undefined;
  readonly labelCols: ReadonlyArray<number>;
  readonly numberCol?: number;
  readonly shareCols: ReadonlyArray<Column>;
  /** emit a sum relation over the summed columns (only where the cells hold figures) */
  readonly emit: (total: number, parts: ReadonlyArray<number>, exhaustive: boolean, label: string) => void;
}

/** words that split a whole (城镇/乡村, 男/女 …) */
const SPLIT = /^(城镇|城市|乡村|农村|男性?|女性?|一孩|二孩|多孩|政策内|政策外|计划内|计划外|户籍|常住|流动)/;

/** the name without its mark and "(万人)" qualifiers */
function bare(text: string): string {
  return stripMark(text).replace(/[(（][^)）]*[)）]/g, "").trim();
}

/**
 * `above` and `row` both name a split of the same whole (城镇户籍人口 and 男性户籍人口: 户籍人口
 * split by place, then by sex): `above` is a sibling breakdown, not the whole `row` is part of.
 */
function sameWholeSibling(above: string, row: string): boolean {
  const a = bare(above);
  const b = bare(row);
  const pa = SPLIT.exec(a);
  const pb = SPLIT.exec(b);
  if (!pa || !pb) return false;
  const stemA = a.slice(pa[0].length);
  return stemA.length >= 2 && stemA === b.slice(pb[0].length);
}

export interface OfWhichGroup {
  readonly parent: number;
  readonly parts: ReadonlyArray<number>;
}

export interface OfWhichResult {
  /** rows inside a breakdown (never counted again by a 合计) */
  readonly inner: Set<number>;
  /** △ rows: no part of any sum */
  readonly subsets: Set<number>;
  /** parents and parts, for a description */
  readonly marked: number[];
  readonly groups: OfWhichGroup[];
}

export function ofWhichGroups(cx: OfWhichContext, _out?: Relation[]): OfWhichResult {
  const { g, rows, label } = cx;
  const inner = new Set<number>();
  const subsets = new Set<number>();
  const marked: number[] = [];
  const groups: OfWhichGroup[] = [];
  for (const r of rows) {
    const l = label(r);
    if (l && isSubsetLabel(l.text)) subsets.add(r);
  }
  for (let i = 1; i < rows.length; i++) {
    const r = rows[i];
    const lab = label(r);
    if (!lab || !isOfWhichLabel(lab.text)) continue;
    // the parent: the nearest row above that is not a △ subset nor a part of an earlier group at this level
    let pi = i - 1;
    for (; pi >= 0; pi--) {
      const p = rows[pi];
      const pl = label(p);
      if (!pl || subsets.has(p)) continue;
      if (pl.indent > lab.indent) continue; // deeper rows above: parts or shares of a sibling
      if (pl.indent < lab.indent) break; // the row this one is indented under
      if (isOfWhichLabel(pl.text) || inner.has(p) || isNonAdditive(pl.text) || CHANGE.test(pl.text)) continue;
      // a sibling breakdown of the same whole (乡村户籍人口, 城镇户籍人口, then #男性户籍人口): not the parent
      if (sameWholeSibling(pl.text, lab.text)) continue;
      break;
    }
    if (pi < 0) continue;
    const parent = rows[pi];
    const plab = label(parent)!;
    if (totalWord(plab.text) || isNonAdditive(plab.text)) continue;
    const parts: number[] = [];
    const numbered = cx.numberCol !== undefined && !g.isEmpty(parent, cx.numberCol) && g.isEmpty(r, cx.numberCol);
    const unnumbered = (row: number) => numbered && g.isEmpty(row, cx.numberCol!);
    const laterLabel = (row: number, after: number) => {
      for (const c of cx.labelCols) if (c > after && g.key(row, c) !== "") return g.key(row, c);
      return "";
    };
    const name = stripMark(lab.text);
    const merge = g.merge(r, lab.col);
    let j = i + 1;
    if (merge && merge.top === r && merge.bottom > r && merge.right === merge.left) {
      // a 其中 cell merged down over the sub-rows; their names are in the next label column
      const inGroup: number[] = [];
      for (let k = i; k < rows.length && rows[k] <= merge.bottom; k++) inGroup.push(rows[k]);
      j = i + inGroup.length;
      const sub = name ? inGroup.filter((row) => totalWord(laterLabel(row, lab.col))) : [];
      if (sub.length === 1) {
        // 其中:长效节育措施 | 小计 / 结扎 / 上环: the 小计 is the part, and the sum of the rest
        const rest = inGroup.filter((row) => row !== sub[0] && !isNonAdditive(laterLabel(row, lab.col)) && !subsets.has(row));
        if (rest.length) cx.emit(sub[0], rest, true, `${name}/${laterLabel(sub[0], lab.col)}`);
        parts.push(sub[0]);
        for (const row of inGroup) inner.add(row);
        marked.push(...inGroup);
      } else {
        parts.push(...inGroup.filter((row) => !isNonAdditive(laterLabel(row, lab.col)) && !subsets.has(row)));
      }
    } else {
      if (name !== "" || laterLabel(r, lab.col) !== "") parts.push(r);
      const family = name ? familyOf(name) : undefined;
      const seen = new Set<RegExp>(family ? family.filter((re) => re.test(name)) : []);
      const hashRun = /^[#＃]/.test(lab.text);
      const share = cx.shareCols.find((c) => g.isFigure(r, c.col));
      // siblings written under the name after 其中: (  其中:一孩 /        二孩) are deeper than the 其中 row;
      // then a row back at the 其中 row's level is not one of them
      const next = j < rows.length ? label(rows[j]) : undefined;
      const deeper = !!next && next.indent > lab.indent && !isOfWhichLabel(next.text);
      for (; j < rows.length; j++) {
        const row = rows[j];
        const l = label(row);
        if (!l) break;
        if (subsets.has(row)) continue; // a △ subset row under a part: skipped, not a part
        if (totalWord(l.text)) break;
        if (hashRun && /^[#＃]/.test(l.text) && l.indent === lab.indent) {
          parts.push(row);
          continue;
        }
        if (isOfWhichLabel(l.text)) break;
        if (l.indent > plab.indent && (deeper ? l.indent > lab.indent : l.indent >= lab.indent)) parts.push(row);
        else if (unnumbered(row)) parts.push(row);
        else if (family && l.indent === lab.indent && family.some((re) => !seen.has(re) && re.test(l.text))) {
          for (const re of family) if (re.test(l.text)) seen.add(re);
          parts.push(row);
        } else if (share && l.indent === lab.indent && g.isFigure(row, share.col)) parts.push(row);
        else break;
      }
    }
    i = j - 1;
    const named = parts.filter((p) => !isNonAdditive(stripMark(label(p)?.text ?? "")));
    if (named.length === 0) continue;
    for (const p of parts) inner.add(p);
    marked.push(parent, ...parts);
    groups.push({ parent, parts: named });
    // a breakdown closed by 其他… (执业医师 … 检验人员, 其他卫生技术人员) names all of its parent
    const last = stripMark(label(named[named.length - 1])?.text ?? "");
    cx.emit(parent, named, named.length >= 2 && /^其[他它]/.test(last), `${plab.text}(其中)`);
  }
  return { inner, subsets, marked, groups };
}
