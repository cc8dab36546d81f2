import { runChecks } from "../../../src/engine/checks";
import { corpus } from "./corpus";

describe("corpus: 20 generated statistics workbooks, half consistent, half with 1–5 planted contradictions", () => {
  const books = corpus(20);
  const results = books.map((b) => ({
    book: b,
    found: runChecks(b.snapshot, b.layout).map((f) => `${f.kind}@${f.sheet}!${f.cell}`),
  }));

  it("has what it claims: 10 consistent, 10 planted, every plant kind used", () => {
    expect(books.filter((b) => b.expected.length === 0)).toHaveLength(10);
    expect(books.filter((b) => b.expected.length > 0)).toHaveLength(10);
    expect(new Set(books.flatMap((b) => b.planted)).size).toBe(8);
  });

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
    const precision = tp / Math.max(1, tp + fp);
    const recall = tp / Math.max(1, tp + fn);
    process.stdout.write(`checks corpus: ${tp} true, ${fp} false alarms, ${fn} missed; precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}\n`);
    expect(misses).toEqual([]);
    expect(tp).toBeGreaterThanOrEqual(30);
    expect(precision).toBe(1);
    expect(recall).toBe(1);
  });

  it.each(results.filter((r) => r.book.expected.length === 0).map((r) => [r.book.name, r.found] as const))("%s: no finding", (_name, found) => {
    expect(found).toEqual([]);
  });
});
