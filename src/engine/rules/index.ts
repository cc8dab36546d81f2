/** Scoring standards (评分标准): clause → ScoringRule → { score, Excel formula }. */
export * from "./types";
export { parseRule, parseSectionRule, parseShortForm, normalizeClause, maxFromItemText } from "./parse";
export { scoreRule, yesNo, countOf, rateOf, listTokens } from "./evaluate";
export { ruleFormula, formulaDepth, YES_WORDS, NO_WORDS, type FormulaOptions } from "./formula";
export { valueCellFor, type ValueCell } from "./cell";
export { REASONS, REASON_CODES, reasonText, reasonString, type ReasonCode, type ReasonParams } from "./reasons";
