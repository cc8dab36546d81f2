import { runChecks } from "../../../src/engine/checks";
import { scoringCorpus } from "./scoringCorpus";

describe("corpus: 20 generated scoring workbooks (考核表 + 汇总表), half consistent, half with 1–4 planted contradictions", () => {
  const books = scoringCorpus(20);
  const results = books.map((b) => ({ book: b, found: runChecks(b.snapshot, b.layout).map((f) => `${f.kind}@${f.sheet}!${f.cell}`) }));

  it("precision and recall are both 1.0", () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const misses: string[] = [];
    for (const { book, found } of results) {
      const exp = new Set(book.expected);
      for (const f of found) {
        if (exp.has(f)) tp++;
        else { fp++; misses.push(`${book.name}: false alarm ${f}`); }
      }
      for (const e of exp) if (!found.includes(e)) { fn++; misses.push(`${book.name}: missed ${e}`); }
    }
    process.stdout.write(`scoring corpus: ${tp} true, ${fp} false alarms, ${fn} missed; precision ${(tp / Math.max(1, tp + fp)).toFixed(3)}, recall ${(tp / Math.max(1, tp + fn)).toFixed(3)}\n`);
    expect(misses).toEqual([]);
    expect(tp).toBeGreaterThanOrEqual(20);
  });

  it("uses every kind of plant and keeps the consistent half silent", () => {
    expect(new Set(books.flatMap((b) => b.planted)).size).toBeGreaterThanOrEqual(8);
    expect(results.filter((r) => r.book.expected.length === 0).every((r) => r.found.length === 0)).toBe(true);
  });
});
