/**
 * `npx tsx scripts/pin-parse-outputs.ts`: write test/engine/rules/__pinned__/parse-outputs.json,
 * the parser's output (normalised text, tokens, parse result, formula, section reading, item max)
 * for every clause parseEquivalence.test.ts checks (parseEquivalence.inputs.ts says which).
 * Run it when the parser's output changes on purpose, and look at the diff before committing.
 */
import { writeFileSync } from "fs";
import { PIN_FILE, pinInputs, pinOutput } from "../test/engine/rules/parseEquivalence.inputs";

const entries = pinInputs().map((p) => ({ ...p, ...pinOutput(p) }));
// one entry per line: a changed output is a one-line diff
writeFileSync(PIN_FILE, `[\n${entries.map((e) => JSON.stringify(e)).join(",\n")}\n]\n`);
process.stdout.write(`${PIN_FILE}: ${entries.length} clauses\n`);
