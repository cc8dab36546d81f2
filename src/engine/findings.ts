/** Findings: one contradiction (or doubt) about one cell. Kinds are docs/contract.md's. */

export type FindingKind =
  | "sum-mismatch"
  | "part-exceeds-total"
  | "rate-mismatch"
  | "count-exceeds-base"
  | "difference-mismatch"
  | "ratio-mismatch"
  | "share-sum-mismatch"
  | "cross-sheet-mismatch"
  | "max-sum-mismatch"
  | "score-over-max"
  | "score-below-zero"
  | "parent-score-mismatch"
  | "entered-score-mismatch"
  | "summary-detail-mismatch"
  | "rank-mismatch"
  | "weight-sum-mismatch"
  | "cap-exceeded"
  | "unparsed-rule"
  | "bad-value";

/** most severe first */
export const SEVERITIES = ["error", "warning", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Finding {
  readonly kind: FindingKind;
  readonly severity: Severity;
  readonly sheet: string;
  /** the single cell the finding is about, A1 without sheet prefix */
  readonly cell: string;
  /** cells or ranges it was compared with; a cell on another sheet is written 'Sheet'!A1 */
  readonly related: string[];
  readonly expected?: number;
  readonly actual?: number;
  /** Chinese, for the clerk (the default UI language) */
  readonly message: string;
  /** the same in English */
  readonly messageEn: string;
  /** the clerk marked it 已核实/忽略 on these very figures (settled.ts): shown apart, not counted as open */
  readonly settled?: { readonly status: "verified" | "ignored"; readonly note?: string };
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Stable order: by sheet order given, then row, then column, then severity. */
export function sortFindings(findings: Finding[], sheetOrder: ReadonlyArray<string>): Finding[] {
  const sheetIndex = new Map(sheetOrder.map((s, i) => [s, i] as const));
  const pos = (a1: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(a1);
    if (!m) return [0, 0];
    let col = 0;
    for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
    return [parseInt(m[2], 10), col];
  };
  return [...findings].sort((a, b) => {
    const s = (sheetIndex.get(a.sheet) ?? 999) - (sheetIndex.get(b.sheet) ?? 999);
    if (s) return s;
    const [ar, ac] = pos(a.cell);
    const [br, bc] = pos(b.cell);
    return ar - br || ac - bc || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.kind.localeCompare(b.kind);
  });
}

/** Format a number the way a clerk reads it: no float noise, at most 4 decimals. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const r = Math.round(n * 10000) / 10000;
  return String(Object.is(r, -0) ? 0 : r);
}
