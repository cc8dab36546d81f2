/**
 * The checks: do the figures a layout relates agree? One file per family of relations
 * (docs/domain.md "Consistency relations"), each returning findings; this runs them all.
 */
import type { SheetSnapshot, WorkbookSnapshot } from "../grid";
import { type Finding, sortFindings } from "../findings";
import type { Relation, WorkbookLayout } from "../layout/model";
import { checkSums } from "./sums";
import { checkRates } from "./rates";
import { checkCoverage } from "./coverage";
import { checkDifferences } from "./difference";
import { checkRatios } from "./ratio";
import { checkNaturalIncrease } from "./naturalIncrease";
import { checkShares } from "./shares";
import { checkSameFigures } from "./crossSheet";
import { checkSummaryDetail } from "./summaryDetail";
import { checkScoreTree } from "./scoreTree";
import { checkPointsInText } from "./pointsInText";
import { checkRanks } from "./ranks";
import { checkWeights } from "./weights";
import { checkCaps } from "./caps";
import { checkBadValues } from "./values";
import { checkSummaryMax } from "./summaryMax";

/** The families over one sheet's relations. */
export const SHEET_RELATION_CHECKS: ReadonlyArray<(sheet: SheetSnapshot, relations: ReadonlyArray<Relation>) => Finding[]> = [
  checkSums, checkRates, checkCoverage, checkDifferences, checkRatios, checkNaturalIncrease, checkShares,
];

export function runChecks(snapshot: WorkbookSnapshot, layout: WorkbookLayout): Finding[] {
  const findings: Finding[] = [];
  const sheets = new Map(snapshot.sheets.map((s) => [s.name, s] as const));
  for (const sl of layout.sheets) {
    const sheet = sheets.get(sl.name);
    if (!sheet) continue;
    for (const check of SHEET_RELATION_CHECKS) findings.push(...check(sheet, sl.relations));
    for (const tree of sl.trees) {
      findings.push(...checkScoreTree(sheet, tree));
      findings.push(...checkPointsInText(sheet, tree));
      findings.push(...checkCaps(sheet, tree));
    }
    for (const table of sl.tables) {
      findings.push(...checkRanks(sheet, table));
      findings.push(...checkWeights(sheet, table));
      findings.push(...checkSummaryMax(sheet, table));
    }
  }
  findings.push(...checkSameFigures(snapshot, layout.relations));
  findings.push(...checkSummaryDetail(snapshot, layout.relations));
  findings.push(...checkBadValues(snapshot, layout));
  return sortFindings(dedupeFindings(findings), snapshot.sheets.map((s) => s.name));
}

/** One finding per (kind, sheet, cell): two relations reaching the same contradiction say it once. */
export function dedupeFindings(findings: ReadonlyArray<Finding>): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.kind}\u0000${f.sheet}\u0000${f.cell}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export {
  checkSums, checkRates, checkCoverage, checkDifferences, checkRatios, checkNaturalIncrease, checkShares,
  checkSameFigures, checkSummaryDetail, checkScoreTree, checkRanks, checkWeights, checkCaps, checkBadValues,
};
