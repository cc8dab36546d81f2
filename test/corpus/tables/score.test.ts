/**
 * The scorer's matching rule (not the engine's score): a finding of severity error or warning
 * matches a contradiction with the same sheet, cell and kind; other errors and warnings are
 * false alarms unless the truth tolerates their cell; info findings do not count.
 */
import type { Finding } from "../../../src/engine/findings";
import type { CorpusTable } from "./format";
import { scoreFindings } from "./score";

const table: CorpusTable = {
  id: "t", title: "t", doc: "d", source: "https://example.org",
  sheets: [{ name: "表1", rows: [["合计", 10], ["甲", 4], ["乙", 5], ["率(‰)", 9.19]] }],
  truth: {
    holds: [],
    contradictions: [{ relation: "sum", kind: "sum-mismatch", cell: "B1", parts: ["B2:B3"], expected: 9, actual: 10 }],
    tolerated: [{ cell: "B4", kinds: ["rate-mismatch"], why: "average population" }],
  },
};

function finding(kind: Finding["kind"], cell: string, severity: Finding["severity"] = "error", sheet = "表1"): Finding {
  return { kind, severity, sheet, cell, related: [], message: `${kind} ${cell}`, messageEn: "" };
}

describe("scoreFindings", () => {
  it("matches by sheet, cell and kind", () => {
    const s = scoreFindings(table, [finding("sum-mismatch", "B1")]);
    expect([s.matched.length, s.missed.length, s.falseAlarms.length]).toEqual([1, 0, 0]);
  });

  it("a finding on the right cell of another kind or sheet is a false alarm, and the contradiction is missed", () => {
    const s = scoreFindings(table, [finding("part-exceeds-total", "B1"), finding("sum-mismatch", "B1", "error", "表2")]);
    expect([s.matched.length, s.missed.length, s.falseAlarms.length]).toEqual([0, 1, 2]);
  });

  it("warnings count, info does not, and a tolerated cell counts neither way", () => {
    const s = scoreFindings(table, [finding("sum-mismatch", "B1", "warning"), finding("sum-mismatch", "B2", "info"), finding("rate-mismatch", "B4")]);
    expect([s.matched.length, s.missed.length, s.falseAlarms.length]).toEqual([1, 0, 0]);
    const other = scoreFindings(table, [finding("sum-mismatch", "B4")]);
    expect(other.falseAlarms.map((f) => f.cell)).toEqual(["B4"]);
  });
});
