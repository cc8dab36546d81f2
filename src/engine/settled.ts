/**
 * Findings the clerk settled (已核实 verified / 忽略 ignored, with an optional note), kept in the
 * workbook's settings. A mark holds a fingerprint of the figures the finding was made on: the
 * same finding with the same figures stays settled on every re-check; when the figures change,
 * the fingerprint no longer matches and the finding is open again.
 */
import type { Finding } from "./findings";
import type { SettledMark } from "./settings";

/** FNV-1a, 32 bits, hex: a short stable digest of a message's text. */
function digest(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

/**
 * The figures a finding was made on: expected and actual where it has them (so a reworded
 * message in a later version does not reopen it); otherwise a digest of its Chinese message,
 * which states what was read ("完成情况“—”无法按评分标准计分…").
 */
export function findingFingerprint(f: Finding): string {
  if (f.expected === undefined && f.actual === undefined) return `#${digest(f.message)}`;
  return [f.expected, f.actual].map((x) => (x === undefined ? "" : String(Math.round(x * 1e6) / 1e6))).join("/");
}

function key(kind: string, sheet: string, cell: string): string {
  return `${kind}\u0000${sheet}\u0000${cell.toUpperCase()}`;
}

/** The findings with `settled` set where a mark with the same figures exists. */
export function applySettled(findings: ReadonlyArray<Finding>, marks: ReadonlyArray<SettledMark> | undefined): Finding[] {
  if (!marks || marks.length === 0) return [...findings];
  const byKey = new Map(marks.map((m) => [key(m.kind, m.sheet, m.cell), m] as const));
  return findings.map((f) => {
    const m = byKey.get(key(f.kind, f.sheet, f.cell));
    if (!m || m.fingerprint !== findingFingerprint(f)) return f;
    return { ...f, settled: { status: m.status, ...(m.note ? { note: m.note } : {}) } };
  });
}

/** The marks after the clerk settles `f` (replacing an earlier mark on the same finding). */
export function settle(
  marks: ReadonlyArray<SettledMark> | undefined, f: Finding, status: SettledMark["status"], note?: string,
): SettledMark[] {
  const k = key(f.kind, f.sheet, f.cell);
  const kept = (marks ?? []).filter((m) => key(m.kind, m.sheet, m.cell) !== k);
  const trimmed = note?.trim();
  return [...kept, { kind: f.kind, sheet: f.sheet, cell: f.cell, status, fingerprint: findingFingerprint(f), ...(trimmed ? { note: trimmed } : {}) }];
}

/** The marks after the clerk reopens `f`. */
export function unsettle(marks: ReadonlyArray<SettledMark> | undefined, f: Finding): SettledMark[] {
  const k = key(f.kind, f.sheet, f.cell);
  return (marks ?? []).filter((m) => key(m.kind, m.sheet, m.cell) !== k);
}

/** Open findings only (what the exit status and the error count look at). */
export function openFindings<F extends Finding>(findings: ReadonlyArray<F>): F[] {
  return findings.filter((f) => !f.settled);
}
