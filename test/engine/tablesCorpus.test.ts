/**
 * The engine on the development corpus of real published tables (test/corpus/tables/dev),
 * scored by the corpus's own scorer: every contradiction of the originals found (recall), no
 * alarm on a figure that holds (precision). Trust first: precision below 0.98 fails, then
 * recall below 0.9.
 */
import { join } from "path";
import { loadCorpus } from "../corpus/tables/format";
import { formatScore, scoreCorpus } from "../corpus/tables/score";

const DEV = join(__dirname, "..", "corpus", "tables", "dev");

describe("the development corpus of real tables", () => {
  let score: Awaited<ReturnType<typeof scoreCorpus>>;
  beforeAll(async () => {
    score = await scoreCorpus(DEV);
  }, 120_000);

  it("has truths that verify and at least one contradiction to find", () => {
    expect(score.problems).toEqual([]);
    expect(score.matched + score.missed).toBeGreaterThan(0);
  });

  it("is the size issue 11 asks for: ≥ 40 tables from ≥ 25 documents, at least half of them consistent", () => {
    const tables = loadCorpus(DEV).map((t) => t.table);
    expect(tables.length).toBeGreaterThanOrEqual(40);
    expect(new Set(tables.map((t) => t.doc)).size).toBeGreaterThanOrEqual(25);
    expect(tables.filter((t) => t.truth.contradictions.length === 0).length * 2).toBeGreaterThanOrEqual(tables.length);
  });

  it("raises almost no false alarm (precision ≥ 0.98)", () => {
    if (score.precision < 0.98) process.stdout.write(formatScore(score, true));
    expect(score.precision).toBeGreaterThanOrEqual(0.98);
  });

  it("finds the contradictions of the originals (recall ≥ 0.9)", () => {
    expect(score.recall).toBeGreaterThanOrEqual(0.9);
  });
});

/**
 * The second set (test/corpus/tables/dev2): held out until its one run (precision 0.111, recall
 * 0.091), development since. Trust is guarded: no false alarm on its consistent figures.
 */
describe("the second set of real tables (development since its held-out run)", () => {
  let score: Awaited<ReturnType<typeof scoreCorpus>>;
  beforeAll(async () => {
    score = await scoreCorpus(join(__dirname, "..", "corpus", "tables", "dev2"));
  }, 120_000);

  it("has truths that verify", () => {
    expect(score.problems).toEqual([]);
    expect(loadCorpus(join(__dirname, "..", "corpus", "tables", "dev2")).length).toBeGreaterThanOrEqual(15);
  });

  it("raises almost no false alarm (precision ≥ 0.98)", () => {
    if (score.precision < 0.98) process.stdout.write(formatScore(score, true));
    expect(score.precision).toBeGreaterThanOrEqual(0.98);
  });
});
