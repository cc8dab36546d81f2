/**
 * The parser's output is pinned: for every dev-corpus clause, every seed clause and the reworded
 * variants of the metamorphic tests (parseEquivalence.inputs.ts), the normalised text, the
 * lexer's tokens, the full parse result (rule, construct, understood, reason code and
 * parameters), the formula, the section reading and the item max must equal
 * __pinned__/parse-outputs.json. It guards speed work on the lexer and the normaliser, which
 * must not change any output. A change on purpose: `npx tsx scripts/pin-parse-outputs.ts`.
 */
import { readFileSync } from "fs";
import { PIN_FILE, baseInputs, pinOutput, type PinEntry } from "./parseEquivalence.inputs";

const PINNED: ReadonlyArray<PinEntry> = JSON.parse(readFileSync(PIN_FILE, "utf8")) as PinEntry[];

describe("the parser's output equals the pinned output", () => {
  it("pins every dev-corpus and seed clause, and their variants", () => {
    const pinned = new Set(PINNED.map((e) => `${e.text}\u0000${e.max ?? ""}`));
    const missing = baseInputs().filter((p) => !pinned.has(`${p.text}\u0000${p.max ?? ""}`)).map((p) => p.id);
    expect(missing).toEqual([]);
    expect(PINNED.length).toBeGreaterThan(baseInputs().length * 2);
  });

  it("gives the pinned output for every pinned clause", () => {
    const diffs: string[] = [];
    for (const e of PINNED) {
      const got = pinOutput(e);
      for (const key of ["normalized", "tokens", "parse", "formula", "section", "itemMax"] as const) {
        const a = JSON.stringify(got[key]);
        const b = JSON.stringify(e[key]);
        if (a !== b) diffs.push(`${e.id} ${key}\n  pinned ${b}\n  got    ${a}`);
      }
    }
    expect(diffs.slice(0, 20).join("\n")).toBe("");
    expect(diffs.length).toBe(0);
  });
});
