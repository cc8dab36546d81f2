/**
 * The bounded fuzz run of `npm test`: a few dozen hostile workbooks (fast-check over structured
 * mutations), each through `assess check --json [--write]`. The long run is
 * `npm run fuzz -- --runs 10000` (test/fuzz/run.ts).
 */
import * as fc from "fast-check";
import { caseArb, describeCase, runCase } from "./property";

describe("fuzz: hostile workbooks through assess check", () => {
  it("exit 0/1/2 only, one-line messages, no stack trace, input unchanged, typed numbers kept, output re-readable", async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, async (c) => {
        const r = await runCase(c);
        if (r.problems.length) throw new Error(`${describeCase(c)}: ${r.problems.join("; ")}`);
        // each file within the per-file budget (30 s), with room for a loaded machine
        expect(r.ms).toBeLessThan(30_000);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 24), endOnFailure: true },
    );
  }, 600_000);
});
