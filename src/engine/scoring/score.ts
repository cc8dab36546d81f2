/**
 * Scoring a scoring sheet (考核评分表) in place: every item that has a measured value and a
 * rule gets its score; parents the sum of their children (never above their own max); the
 * 加分 / 减分 sections their capped sums; the total base + capped bonus − capped penalty,
 * with a veto (一票否决) shown on the total as text, never silently as a number.
 * Each computed cell becomes a write: an ordinary Excel formula over the sheet's own cells
 * (or the plain value), with the value it computes.
 */
import { cellAddress, cellKey, normalCellKey } from "../address";
import { type SheetSnapshot, cellAt, formulaAt, numberFormatAt } from "../grid";
import { contained } from "../containment";
import type { Finding } from "../findings";
import { formatNumber } from "../findings";
import type { ItemTree, ScoringItem } from "../layout/model";
import type { CellWrite, ScoreCell, TotalCell } from "../plan";
import { parseRule, parseSectionRule, ruleFormula, scoreRule } from "../rules";
import { decideValueCell, type Texts } from "../valueWrite";
import { isCellError } from "../grid";
import { agreesAtPrecision, readCell } from "../values";
import { explainCappedSection, explainRule, explainSum, explainTotal, reasonTexts, type Explanation } from "../rules/explain";
import { reasonText } from "../rules/reasons";
import { replacesTypedNumber } from "./typed";
import { negateFormula, penaltyNegative, vetoCondition, vetoHit } from "./sheetCells";
import { chooseScoreColumn, understoodItems, type RuleReading, type UnderstoodItem } from "./understood";

export interface ScoringOptions {
  /** which column the clerk wants computed when the sheet has both 自评分 and 考核得分 */
  readonly scoreColumn?: "assessed" | "self";
  /** write plain values instead of formulas */
  readonly values?: boolean;
  /**
   * Rules the clerk stated by hand (short form or a clause), by the item's scoring-standard cell
   * ("评分表!D12") or, where the sheet has no standard column, its score cell. They replace the
   * sheet's own text for that item.
   */
  readonly ruleOverrides?: Readonly<Record<string, string>>;
  /** cells the clerk locked ("评分表!G12"): never written; sums read what the clerk entered there */
  readonly lockedCells?: ReadonlyArray<string>;
}

export function keySet(keys: ReadonlyArray<string> | undefined): Set<string> {
  const out = new Set<string>();
  for (const k of keys ?? []) {
    const key = normalCellKey(k);
    if (key) out.add(key);
  }
  return out;
}

function overrideMap(overrides: Readonly<Record<string, string>> | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, text] of Object.entries(overrides ?? {})) {
    const key = normalCellKey(k);
    if (key && typeof text === "string" && text.trim()) out.set(key, text.trim());
  }
  return out;
}

export interface SheetScoring {
  readonly scores: ScoreCell[];
  readonly totals: TotalCell[];
  readonly writes: CellWrite[];
  readonly findings: Finding[];
  /** every item as the scoring read it (understood.ts): what the pane and the report render */
  readonly items?: UnderstoodItem[];
}

/** Number of a computed cell, or "veto" text; null when nothing can be computed. */
type Computed = {
  value: number | null; formula: string | null; veto?: boolean; explain?: Explanation;
  /** the value cell made a number first, so the formula reads it (valueWrite.ts) */
  valueWrite?: CellWrite;
  /** why there is no formula */
  plain?: Texts;
};

const VETO_TEXT = "一票否决";

/**
 * What the parser is told of an item besides its standard: the item's name, and the heading of
 * the standard's column when it says the points are taken (扣分标准, 扣分(每项)): a standard that
 * is only points ("1分/项") takes its sign from there, as `assess rule --item` does.
 */
function ruleContext(tree: ItemTree, item: ScoringItem): string {
  const header = tree.standardCol === undefined ? undefined : tree.table.columns.find((c) => c.col === tree.standardCol)?.header;
  return header && /扣|减/.test(header) ? `${item.name} | ${header}` : item.name;
}

function r2(n: number): number {
  return Math.round(n * 1e9) / 1e9;
}

export function scoreItemTree(sheet: SheetSnapshot, tree: ItemTree, options: ScoringOptions = {}): SheetScoring {
  const out: SheetScoring = { scores: [], totals: [], writes: [], findings: [] };
  const computeCol = chooseScoreColumn(tree, options.scoreColumn);
  /** how each leaf's rule was read, by row */
  const readings = new Map<number, { rule: RuleReading; stated?: string }>();
  if (computeCol === undefined) return { ...out, items: understoodItems(sheet.name, tree, undefined, readings, new Map()) };
  const compareCol =
    tree.selfScoreCol !== undefined && tree.scoreCol !== undefined
      ? computeCol === tree.scoreCol
        ? tree.selfScoreCol
        : tree.scoreCol
      : undefined;

  const negative = penaltyNegative(sheet, tree, computeCol);
  const byRow = new Map<number, ScoringItem>(tree.items.map((it) => [it.row, it]));
  const computed = new Map<number, Computed>();
  const ref = (row: number) => cellAddress(row, computeCol);
  const locked = keySet(options.lockedCells);
  const overrides = overrideMap(options.ruleOverrides);
  const isLocked = (row: number) => locked.has(cellKey(sheet.name, ref(row)));

  /** the value a cell contributes to a sum: computed, else what the clerk entered (as Excel's SUM reads it) */
  const contribution = (row: number): number => {
    const c = isLocked(row) ? undefined : computed.get(row);
    if (c && c.value !== null) return c.value;
    const v = cellAt(sheet, row, computeCol);
    return typeof v === "number" ? v : 0;
  };

  const sumFormula = (rows: ReadonlyArray<number>): string => {
    const sorted = [...rows].sort((a, b) => a - b);
    if (sorted.length === 1) return ref(sorted[0]);
    const contiguous = sorted.every((r, i) => i === 0 || r === sorted[i - 1] + 1);
    if (sorted.length > 1 && contiguous) return `SUM(${ref(sorted[0])}:${ref(sorted[sorted.length - 1])})`;
    return `SUM(${sorted.map(ref).join(",")})`;
  };

  const leaf = (item: ScoringItem): Computed | undefined => {
    // by the standard cell; without a standard column by a score cell (either: the clerk may switch columns later)
    const stated = [tree.standardCol, computeCol, tree.scoreCol, tree.selfScoreCol]
      .filter((c): c is number => c !== undefined)
      .map((c) => overrides.get(cellKey(sheet.name, cellAddress(item.row, c))))
      .find((t) => t !== undefined);
    const ruleText = stated ?? item.ruleText;
    if (!ruleText) return undefined;
    // a 加分/减分 row that states its section's cap (以上三项加分不超过5分) is not an item rule
    if (stated === undefined && item.section !== "item") {
      const section = parseSectionRule(ruleText);
      if (section.understood) {
        readings.set(item.row, { rule: { kind: "section", construct: section.construct } });
        return undefined;
      }
    }
    const parsed = parseRule(ruleText, { max: item.max, itemText: stated === undefined ? ruleContext(tree, item) : item.name });
    const rule: RuleReading = parsed.understood ? { kind: "understood", construct: parsed.construct } : { kind: "unparsed", reason: parsed.reason, reasonCode: parsed.reasonCode, reasonParams: parsed.reasonParams };
    readings.set(item.row, stated !== undefined ? { rule, stated } : { rule });
    if (!parsed.understood) {
      if (tree.standardCol !== undefined) {
        out.findings.push({
          kind: "unparsed-rule", severity: "info", sheet: sheet.name,
          cell: cellAddress(item.row, tree.standardCol), related: [],
          message: `${stated !== undefined ? "手工说明的规则" : "评分标准"}未能识别,请手工计分或用简写说明规则:${reasonText(parsed.reasonCode, parsed.reasonParams, "zh")}`,
          messageEn: `${stated !== undefined ? "The rule stated by hand" : "Scoring standard"} not understood; score it by hand or state the rule in short form: ${reasonText(parsed.reasonCode, parsed.reasonParams, "en")}`,
        });
      }
      return undefined;
    }
    // where the sheet has several measured columns, the one this row's rule reads (layout/tree.ts)
    const measuredCol = item.measuredCol ?? tree.measuredCol;
    if (measuredCol === undefined) return undefined;
    const measuredRef = cellAddress(item.row, measuredCol);
    const raw = cellAt(sheet, item.row, measuredCol);
    const reading = readCell(raw, numberFormatAt(sheet, item.row, measuredCol));
    if (reading.kind === "empty") return undefined;
    const badValue = (why: Explanation) => {
      const shown = reading.kind === "error" ? reading.error : reading.kind === "text" ? reading.text : String(raw);
      out.findings.push({
        kind: "bad-value", severity: "warning", sheet: sheet.name, cell: measuredRef,
        related: [cellAddress(item.row, tree.standardCol ?? computeCol)],
        message: `完成情况“${shown}”无法按评分标准计分${why.zh ? `:${why.zh}` : ""}`,
        messageEn: `The measured value "${shown}" cannot be scored by the standard${why.en ? `: ${why.en}` : ""}`,
      });
    };
    if (reading.kind === "error") {
      badValue({ zh: "", en: "" });
      return undefined;
    }
    // text is the rule's to read ("卫生计生、公安、教育" for listed parts, "3人"); what it cannot read is a finding
    const numberFormat = numberFormatAt(sheet, item.row, measuredCol) ?? undefined;
    const scored = scoreRule(parsed.rule, raw, item.max, { numberFormat });
    if (scored.score === null) {
      badValue(scored.why ?? reasonTexts(scored.reason));
      return undefined;
    }
    // text the formula does not read ("4次", "少2项", "96%") is first made the number it means, shown
    // the same (valueWrite.ts); what cannot be is left as typed and the score written as a value,
    // never a formula that would show #N/A
    const decision = decideValueCell(parsed.rule, {
      sheet: sheet.name, cell: measuredRef, value: raw,
      formula: formulaAt(sheet, item.row, measuredCol), numberFormat: numberFormatAt(sheet, item.row, measuredCol),
      scoreCell: ref(item.row), label: item.name, locked: locked.has(cellKey(sheet.name, measuredRef)),
    }, { numberFormat });
    let formula =
      decision.kind === "plain" ? null
        : ruleFormula(parsed.rule, measuredRef, item.max, { numberFormat: decision.kind === "normalise" ? decision.numberFormat : numberFormat });
    let value = scored.score;
    if (item.section === "penalty" && !negative && value < 0) {
      value = -value;
      if (formula) formula = negateFormula(formula, measuredRef);
    }
    const explain = explainRule(parsed.rule, raw, item.max, { numberFormat }, scored);
    const signNote = value !== scored.score ? { zh: `${explain.zh}(减分按正数填写:${formatNumber(value)})`, en: `${explain.en} (penalties entered positive: ${formatNumber(value)})` } : explain;
    return {
      value: r2(value), formula, explain: signNote,
      ...(decision.kind === "normalise" && formula ? { valueWrite: decision.write } : {}),
      ...(decision.kind === "plain" ? { plain: decision.reason } : {}),
    };
  };

  /**
   * A cell a sum reads as it stands (not computed, or locked) that shows an error (#N/A, #VALUE!):
   * a formula over it would carry the error up the section and the 合计, so the sum is written as
   * its value (the error counted as 0, as `contribution` counts it) and says why.
   */
  const errorIn = (rows: ReadonlyArray<number>): Texts | undefined => {
    for (const row of rows) {
      const c = isLocked(row) ? undefined : computed.get(row);
      if (c && c.value !== null) continue;
      const v = cellAt(sheet, row, computeCol);
      if (isCellError(v)) {
        return {
          zh: `${ref(row)} 显示错误值 ${v.error},公式会把它带到上级和合计:按数值写入(该格按 0 计)`,
          en: `${ref(row)} shows the error ${v.error}, which a formula would carry up to the section and the total: written as a value (that cell counted as 0)`,
        };
      }
    }
    return undefined;
  };
  const noFormulaOver = (c: Computed, rows: ReadonlyArray<number>): Computed => {
    const why = errorIn(rows);
    return why ? { ...c, formula: null, plain: why } : c;
  };

  // children before parents: deepest rows first
  const order = [...tree.items].sort((a, b) => b.level - a.level || a.row - b.row);
  for (const item of order) {
    if (item.section === "total") continue;
    let c: Computed | undefined;
    if (item.children.length === 0) {
      if (item.section === "item" || item.section === "bonus" || item.section === "penalty") {
        // a rule that breaks the engine is a finding on its standard cell, not the end of the check
        const at = { sheet: sheet.name, cell: cellAddress(item.row, tree.standardCol ?? computeCol) };
        c = contained(out.findings, at, { zh: "按评分标准计分", en: "Scoring by this standard" }, () => leaf(item), undefined);
      }
    } else {
      const parts = item.children.map((row) => contribution(row));
      const sum = r2(parts.reduce((s, v) => s + v, 0));
      const f = sumFormula(item.children);
      const label = { zh: "分项之和 ", en: "sum of parts " };
      if (item.section === "bonus" && tree.bonusCap !== undefined) {
        const value = Math.min(tree.bonusCap, sum);
        c = { value, formula: `=MIN(${tree.bonusCap},${f})`, explain: explainCappedSection("bonus", sum, tree.bonusCap, value) };
      } else if (item.section === "penalty" && tree.penaltyCap !== undefined) {
        const value = negative ? Math.max(-tree.penaltyCap, sum) : Math.min(tree.penaltyCap, sum);
        c = negative
          ? { value, formula: `=MAX(${-tree.penaltyCap},${f})`, explain: explainCappedSection("penalty", sum, tree.penaltyCap, value) }
          : { value, formula: `=MIN(${tree.penaltyCap},${f})`, explain: explainCappedSection("penalty", sum, tree.penaltyCap, value) };
      } else if (item.max !== undefined && item.section === "item") {
        const value = Math.min(item.max, sum);
        c = { value, formula: `=MIN(${item.max},${f})`, explain: explainSum(label, parts, value, item.max) };
      } else {
        c = { value: sum, formula: `=${f}`, explain: explainSum(label, parts, sum) };
      }
    }
    if (c && item.children.length > 0) c = noFormulaOver(c, item.children);
    if (c) computed.set(item.row, c);
  }

  // the total: base items + capped bonus − capped penalty; a triggered veto shows on it as text
  const totalItem = tree.totalRow !== undefined ? byRow.get(tree.totalRow) : tree.items.find((i) => i.section === "total");
  if (totalItem) {
    const top = tree.items.filter((i) => i.parent === undefined && i.section !== "total");
    const base = top.filter((i) => i.section === "item").map((i) => i.row);
    const bonus = top.filter((i) => i.section === "bonus");
    const penalty = top.filter((i) => i.section === "penalty");
    const vetoes = tree.items.filter((i) => i.section === "veto");
    let value = base.reduce((s, row) => s + contribution(row), 0);
    const shownBase = base.map((row) => contribution(row));
    const shownBonus: number[] = [];
    const shownPenalty: number[] = [];
    const terms: string[] = base.length ? [sumFormula(base)] : [];
    for (const b of bonus) {
      const capped = computed.has(b.row) || tree.bonusCap === undefined;
      const v = contribution(b.row);
      shownBonus.push(capped ? v : Math.min(tree.bonusCap!, v));
      value += capped ? v : Math.min(tree.bonusCap!, v);
      terms.push(capped ? ref(b.row) : `MIN(${tree.bonusCap},${ref(b.row)})`);
    }
    for (const p of penalty) {
      const capped = computed.has(p.row) || tree.penaltyCap === undefined;
      const v = contribution(p.row);
      shownPenalty.push(negative ? (capped ? v : Math.max(-tree.penaltyCap!, v)) : capped ? v : Math.min(tree.penaltyCap!, v));
      if (negative) {
        value += capped ? v : Math.max(-tree.penaltyCap!, v);
        terms.push(capped ? `+${ref(p.row)}` : `+MAX(${-tree.penaltyCap!},${ref(p.row)})`);
      } else {
        value -= capped ? v : Math.min(tree.penaltyCap!, v);
        terms.push(capped ? `-${ref(p.row)}` : `-MIN(${tree.penaltyCap},${ref(p.row)})`);
      }
    }
    let formula = "=" + terms.join("+").replace(/\+([+-])/g, "$1");
    if (terms.length === 0) formula = "";
    const vetoTriggered = vetoes.some((v) => vetoHit(sheet, tree, v));
    if (vetoes.length && tree.measuredCol !== undefined && formula) {
      const conds = vetoes.map((v) => vetoCondition(cellAddress(v.row, v.measuredCol ?? tree.measuredCol!)));
      formula = `=IF(OR(${conds.join(",")}),"${VETO_TEXT}",${formula.slice(1)})`;
    }
    if (formula) {
      const explain = explainTotal(shownBase, shownBonus, shownPenalty, r2(value), vetoTriggered);
      const total = { value: r2(value), formula, veto: vetoTriggered, explain };
      computed.set(totalItem.row, noFormulaOver(total, [...base, ...bonus.map((b) => b.row), ...penalty.map((p) => p.row)]));
    }
  }

  // compare what the clerk entered, then plan the writes
  for (const item of tree.items) {
    const c = computed.get(item.row);
    if (!c) continue;
    const cell = ref(item.row);
    const shownValue: number | string | null = c.veto ? VETO_TEXT : c.value;
    // a parent's or the total's entered figure is the checks' parent-score-mismatch; here only rule-scored leaves
    if (item.children.length === 0 && item.section !== "total") {
      const rel = [item.measuredCol ?? tree.measuredCol, tree.standardCol].filter((x): x is number => x !== undefined).map((col) => cellAddress(item.row, col));
      compareEntered(sheet, item, computeCol, c, out.findings, "computed", rel);
      if (compareCol !== undefined) compareEntered(sheet, item, compareCol, c, out.findings, "other", [cell, ...rel]);
    }
    const ex = {
      ...(c.explain ? { explain: c.explain.zh, explainEn: c.explain.en } : {}),
      // with `values` every score is a value: no reason to give
      ...(c.plain && !options.values ? { plainReason: c.plain.zh, plainReasonEn: c.plain.en } : {}),
    };
    out.scores.push({ sheet: sheet.name, cell, value: c.value, ...(c.formula ? { formula: c.formula } : {}), ...ex });
    if (item.section === "total") {
      out.totals.push({ sheet: sheet.name, cell, value: c.value, ...(c.formula ? { formula: c.formula } : {}), veto: !!c.veto, grand: true, ...ex });
    } else if (item.section === "bonus" || item.section === "penalty") {
      if (item.parent === undefined) out.totals.push({ sheet: sheet.name, cell, value: c.value, ...(c.formula ? { formula: c.formula } : {}), veto: false, ...ex });
    }
    const previous = {
      value: cellAt(sheet, item.row, computeCol),
      formula: formulaAt(sheet, item.row, computeCol),
      numberFormat: numberFormatAt(sheet, item.row, computeCol),
    };
    if (isLocked(item.row)) continue; // the clerk locked it: compared above, never written
    const useFormula = !options.values && c.formula;
    // the value cell first (its own row in the preview), also where the formula is already there
    if (useFormula && c.valueWrite) out.writes.push(c.valueWrite);
    if (useFormula && previous.formula === c.formula) continue; // already there
    if (!useFormula && previous.formula === null && previous.value === shownValue) continue;
    out.writes.push({
      sheet: sheet.name, cell, value: shownValue, previous,
      ...(useFormula ? { formula: c.formula! } : {}),
      ...ex,
      label: item.name,
      ...(replacesTypedNumber(previous, shownValue) ? { replacesTyped: true } : {}),
    });
  }
  return { ...out, items: understoodItems(sheet.name, tree, computeCol, readings, computed) };
}

function compareEntered(
  sheet: SheetSnapshot, item: ScoringItem, col: number, c: Computed, findings: Finding[], which: "computed" | "other",
  related: string[],
): void {
  if (c.value === null || c.veto) return;
  const raw = cellAt(sheet, item.row, col);
  if (formulaAt(sheet, item.row, col) && which === "computed") return; // a formula is replaced, not "entered"
  const reading = readCell(raw, numberFormatAt(sheet, item.row, col));
  if (reading.kind !== "number") return;
  if (agreesAtPrecision(reading.value, c.value, reading.decimals)) return;
  const diff = reading.value - c.value;
  findings.push({
    kind: "entered-score-mismatch", severity: "error", sheet: sheet.name,
    cell: cellAddress(item.row, col), related,
    expected: c.value, actual: reading.value,
    message: `${item.name}:填写的得分 ${formatNumber(reading.value)} 与按评分标准计算的 ${formatNumber(c.value)} 不一致(相差 ${formatNumber(Math.abs(diff))})${c.explain ? `;计算:${c.explain.zh}` : ""}`,
    messageEn: `${item.name}: the entered score ${formatNumber(reading.value)} differs from ${formatNumber(c.value)} computed from the scoring standard (off by ${formatNumber(Math.abs(diff))})${c.explain ? `; computed: ${c.explain.en}` : ""}`,
  });
}
