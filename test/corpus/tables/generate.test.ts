/**
 * The corpus of real tables verifies: every relation its truth says holds does hold, every
 * contradiction fails with the stated figures, and every table builds into a workbook that the
 * xlsx host reads back with the same cells. (The engine's precision and recall on the corpus is
 * tables-engine's test, not this one.)
 */
import { join } from "path";
import { readXlsx } from "../../../src/hosts/xlsx/read";
import { withCell, type CorpusTable, type Relation } from "./format";
import { generateCorpus } from "./generate";
import { cellsOf, competitionRanks, evaluate, verifyTable } from "./verify";

const DEV = join(__dirname, "dev");

describe("the development corpus of real tables", () => {
  let result: Awaited<ReturnType<typeof generateCorpus>>;
  beforeAll(async () => {
    result = await generateCorpus(DEV);
  });

  it("has tables, each with a source and a truth", () => {
    expect(result.tables.length).toBeGreaterThan(0);
    for (const { table } of result.tables) {
      expect(table.source).toMatch(/^https?:\/\//);
      expect(table.truth.holds.length + table.truth.contradictions.length).toBeGreaterThan(0);
    }
  });

  it("verifies every truth by arithmetic", () => {
    expect(result.problems).toEqual([]);
  });

  it("builds every table into a workbook the xlsx host reads back cell for cell", async () => {
    for (const { table } of result.tables) {
      const bytes = result.workbooks.get(table.id);
      expect(bytes).toBeDefined();
      const { snapshot } = await readXlsx(bytes!);
      expect(snapshot.sheets.map((s) => s.name)).toEqual(table.sheets.map((s) => s.name));
      for (const sheet of table.sheets) {
        const read = snapshot.sheets.find((s) => s.name === sheet.name)!;
        sheet.rows.forEach((row, r) =>
          row.forEach((v, c) => {
            if (v !== null) expect([table.id, sheet.name, r, c, read.values[r]?.[c]]).toEqual([table.id, sheet.name, r, c, v]);
          }),
        );
        expect(read.merges?.length ?? 0).toBe(sheet.merges?.length ?? 0);
      }
    }
  });

  it("catches a figure changed in any table: a relation that held no longer verifies", () => {
    let planted = 0;
    for (const { table } of result.tables) {
      const rel = table.truth.holds.find((h): h is Extract<Relation, { relation: "sum" }> => h.relation === "sum");
      if (!rel) continue;
      const sheet = rel.sheet ?? table.sheets[0].name;
      const [outcome] = evaluate(table, rel);
      const broken = withCell(table, sheet, rel.cell, outcome.actual + 1);
      const problems = verifyTable(broken);
      expect(problems.map((p) => p.message).join("\n")).toContain(`at ${rel.cell} does not hold`);
      planted++;
    }
    expect(planted).toBeGreaterThan(0);
  });

  it("catches a contradiction stated with the wrong figures or that is not one", () => {
    for (const { table } of result.tables) {
      table.truth.contradictions.forEach((c, i) => {
        const wrongActual = { ...table, truth: { ...table.truth, contradictions: [{ ...c, actual: c.actual + 1 }] } };
        expect(verifyTable(wrongActual).some((p) => p.message.startsWith(`contradictions[0]`))).toBe(true);
        const outcome = evaluate(table, c).find((o) => !o.holds)!;
        // mend the figure: the contradiction is gone and the truth must say so
        const mended = withCell(table, c.sheet ?? table.sheets[0].name, outcome.cell, outcome.expected);
        const asHolds = { ...mended, truth: { holds: [], contradictions: [mended.truth.contradictions[i]] } };
        expect(verifyTable(asHolds).map((p) => p.message).join("\n")).toMatch(/not a contradiction|actual is/);
      });
    }
  });
});

describe("the arithmetic of the truths", () => {
  const base = (rows: (string | number | null)[][], numFmt?: Record<string, string>): CorpusTable => ({
    id: "t", title: "t", doc: "d", source: "https://example.org", sheets: [{ name: "S", rows, ...(numFmt ? { numFmt } : {}) }],
    truth: { holds: [], contradictions: [] },
  });

  it("a rate agrees rounded or truncated to its shown decimals, and not further off", () => {
    // 456/1000 = 45.6%: 46 (rounded) and 45 (truncated) agree, 44 does not
    for (const [shown, ok] of [[46, true], [45, true], [44, false], [45.6, true], [45.5, false]] as const) {
      const t = base([[456, 1000, shown]]);
      const [o] = evaluate(t, { relation: "rate", cell: "C1", numerator: "A1", denominator: "B1", scale: 100 });
      expect([shown, o.holds]).toEqual([shown, ok]);
    }
    // decimals come from the number format: 35.70 shown with two decimals is not 35.7 ± 0.05
    const t = base([[6998, 195804, 35.7]], { C1: "0.00" });
    expect(evaluate(t, { relation: "rate", cell: "C1", numerator: "A1", denominator: "B1", scale: 1000 })[0].holds).toBe(false);
  });

  it("a rate of rounded figures (万人 with decimals) agrees within their rounding; whole counts are exact", () => {
    const rounded = base([[26.1, 30.9, 84.6]]);
    expect(evaluate(rounded, { relation: "rate", cell: "C1", numerator: "A1", denominator: "B1", scale: 100 })[0].holds).toBe(true);
    const counts = base([[261, 309, 84.6]]);
    expect(evaluate(counts, { relation: "rate", cell: "C1", numerator: "A1", denominator: "B1", scale: 100 })[0].holds).toBe(false);
    const far = base([[26.1, 30.9, 85.0]], { C1: "0.0" }); // 85.0 with one decimal shown
    expect(evaluate(far, { relation: "rate", cell: "C1", numerator: "A1", denominator: "B1", scale: 100 })[0].holds).toBe(false);
  });

  it("shares may be off by their rounding, a natural increase by one unit of the last decimal", () => {
    const shares = base([[33.3, 33.3, 33.3, 99.9, 33.4]]);
    expect(evaluate(shares, { relation: "share-sum", parts: ["A1:C1"] })[0].holds).toBe(true);
    expect(evaluate(shares, { relation: "share-sum", parts: ["A1:B1", "E1"] })[0].holds).toBe(true);
    const off = base([[40, 40, 18]]); // 98: further than three half-units from 100
    expect(evaluate(off, { relation: "share-sum", parts: ["A1:C1"] })[0].holds).toBe(false);
    const ni = base([[10.94, 7.13, 3.81, 3.82, 3.83]]);
    expect(evaluate(ni, { relation: "natural-increase", cell: "D1", birthRate: "A1", deathRate: "B1" })[0].holds).toBe(true);
    expect(evaluate(ni, { relation: "natural-increase", cell: "E1", birthRate: "A1", deathRate: "B1" })[0].holds).toBe(false);
  });

  it("reads points stated in the text, competition ranks and ranges", () => {
    const t = base([["(一)村两委重视(20分)"], ["……计8分"], ["每月及时参加专干例会记12分"]]);
    const rel: Relation = { relation: "max-sum", cell: { cell: "A1", points: 20 }, parts: [{ cell: "A2", points: 8 }, { cell: "A3", points: 12 }] };
    expect(evaluate(t, rel)[0].holds).toBe(true);
    expect(() => evaluate(t, { ...rel, parts: [{ cell: "A2", points: 9 }] })).toThrow(/does not state 9分/);
    expect(competitionRanks([90, 95, 95, 80])).toEqual([3, 1, 1, 4]);
    expect(cellsOf("B3:C4")).toEqual(["B3", "C3", "B4", "C4"]);
  });
});
