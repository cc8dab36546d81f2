/** Scoring standards (评分标准): clause → ScoringRule → { score, Excel formula }. */
export * from "./types";
export { parseRule, parseSectionRule, parseShortForm, normalizeClause, maxFromItemText } from "./parse";
export { scoreRule, yesNo, countOf, rateOf, listTokens } from "./evaluate";
export { ruleFormula, YES_WORDS, NO_WORDS, type FormulaOptions, type ValueShapes } from "./formula";
