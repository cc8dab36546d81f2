/**
 * What the engine understood of each scoring item, as the scoring read it (issue 13 item 1):
 * the rule (or the reason it was not understood), the value cell, the cell it computes and the
 * one it only compares, the explanation of the value and the key under which a rule stated by
 * hand is kept. The pane's 识别结果 panel, the 校验报告 and the CLI render this; none of them
 * reads a rule or chooses a score column again.
 */
import { cellAddress } from "../address";
import type { ItemSection, ItemTree } from "../layout/model";
import { parseSectionRule } from "../rules";
import type { Construct, SectionRule } from "../rules/types";
import type { ReasonCode, ReasonParams } from "../rules/reasons";

/** How the scoring read an item's rule. */
export type RuleReading =
  /** no rule: a parent (summed), the total, or an item without a scoring standard */
  | { readonly kind: "none" }
  /** a 加分/减分 row stating its section's cap (以上三项加分不超过5分) */
  | { readonly kind: "section"; readonly construct: SectionRule["kind"] }
  | { readonly kind: "understood"; readonly construct: Construct }
  /** why not: the parser's reason, its code and parameters (rules/reasons.ts gives the zh/en texts) */
  | { readonly kind: "unparsed"; readonly reason: string; readonly reasonCode: ReasonCode; readonly reasonParams: ReasonParams };

export interface UnderstoodItem {
  readonly sheet: string;
  /** sheet row, 0-based */
  readonly row: number;
  readonly name: string;
  readonly section: ItemSection;
  readonly rule: RuleReading;
  /** the rule the clerk stated by hand, which replaced the sheet's text */
  readonly stated?: string;
  /** the measured value the rule reads (完成情况), A1 */
  readonly valueCell?: string;
  /** the score cell the engine computes (and writes), A1 */
  readonly computedCell?: string;
  /** the other score column (自评分 beside 考核得分), compared, never written, A1 */
  readonly enteredCell?: string;
  /** the computed value, and how it comes about (rules/explain.ts) */
  readonly value?: number | null;
  readonly explain?: string;
  readonly explainEn?: string;
  /**
   * Where a rule stated by hand for this item is kept ("Sheet!D12": its scoring-standard cell, or
   * its computed score cell on a sheet without a standard column); only items a rule scores.
   */
  readonly overrideKey?: string;
}

/** The cell an item's score is computed in: 考核得分 unless the clerk chose 自评分 (or there is only one). */
export function chooseScoreColumn(tree: ItemTree, scoreColumn: "assessed" | "self" | undefined): number | undefined {
  if (scoreColumn === "self" && tree.selfScoreCol !== undefined) return tree.selfScoreCol;
  return tree.scoreCol ?? tree.selfScoreCol;
}

/** Whether a clerk may state a rule for the item: a leaf the scoring computes. */
export function canStateRule(item: { readonly section: ItemSection; readonly children: ReadonlyArray<number> }): boolean {
  return item.section !== "total" && item.children.length === 0;
}

/**
 * The understood items of one tree, from what the scoring recorded: the readings of the rules it
 * parsed (by row), the value and explanation of each cell it computed (by row).
 */
export function understoodItems(
  sheet: string,
  tree: ItemTree,
  computeCol: number | undefined,
  readings: ReadonlyMap<number, { readonly rule: RuleReading; readonly stated?: string }>,
  computed: ReadonlyMap<number, { readonly value: number | null; readonly explain?: { readonly zh: string; readonly en: string } }>,
): UnderstoodItem[] {
  const compareCol = tree.selfScoreCol !== undefined && tree.scoreCol !== undefined ? (computeCol === tree.scoreCol ? tree.selfScoreCol : tree.scoreCol) : undefined;
  const keyCol = tree.standardCol ?? computeCol;
  return tree.items.map((item) => {
    const read = readings.get(item.row) ?? sectionCap(item);
    const c = computed.get(item.row);
    const at = (col: number | undefined) => (col === undefined ? undefined : cellAddress(item.row, col));
    const leaf = item.children.length === 0 && item.section !== "total";
    const out: UnderstoodItem = {
      sheet,
      row: item.row,
      name: item.name,
      section: item.section,
      rule: read?.rule ?? { kind: "none" },
      ...(read?.stated !== undefined ? { stated: read.stated } : {}),
      ...(leaf && tree.measuredCol !== undefined ? { valueCell: at(tree.measuredCol) } : {}),
      ...(computeCol !== undefined ? { computedCell: at(computeCol) } : {}),
      ...(compareCol !== undefined && leaf ? { enteredCell: at(compareCol) } : {}),
      ...(c ? { value: c.value } : {}),
      ...(c?.explain ? { explain: c.explain.zh, explainEn: c.explain.en } : {}),
      ...(canStateRule(item) && keyCol !== undefined ? { overrideKey: `${sheet}!${cellAddress(item.row, keyCol)}` } : {}),
    };
    return out;
  });
}

/** A 加分/减分 heading whose text states the section's cap (以上三项加分不超过5分): read as such, not scored. */
function sectionCap(item: ItemTree["items"][number]): { readonly rule: RuleReading; readonly stated?: string } | undefined {
  if (item.section === "item" || item.section === "total" || !item.ruleText || item.children.length === 0) return undefined;
  const section = parseSectionRule(item.ruleText);
  return section.understood ? { rule: { kind: "section", construct: section.construct } } : undefined;
}
