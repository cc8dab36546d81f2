/**
 * `npx tsx scripts/meaning-mutations.ts [FILE…] [--list]`: the meaning-changing mutations of
 * test/engine/rules/meaningMutations.ts over the development sets (never heldout*): every mutation
 * after which the reader still understands the clause and gives the same rule, counted by mutation
 * and by rule kind; `--list` prints each (id, mutation, kind, mutated clause).
 */
import { readdirSync } from "fs";
import { loadCorpus } from "../test/engine/rules/corpus-run";
import { blindnesses } from "../test/engine/rules/meaningMutations";

const DIR = "test/corpus/clauses";
const args = process.argv.slice(2);
let files = args.filter((a) => !a.startsWith("--"));
if (files.length === 0) files = readdirSync(DIR).filter((f) => /^dev\d*\.json$/.test(f)).map((f) => `${DIR}/${f}`);
if (files.some((f) => /heldout/.test(f))) throw new Error("never over a held-out file");
const clauses = files.flatMap((f) => loadCorpus(f).clauses);
const r = blindnesses(clauses);
const byMut = new Map<string, number>();
const byKind = new Map<string, number>();
for (const b of r.found) {
  byMut.set(b.mutation, (byMut.get(b.mutation) ?? 0) + 1);
  byKind.set(b.kind, (byKind.get(b.kind) ?? 0) + 1);
}
process.stdout.write(`${files.length} files, ${clauses.length} clauses, ${r.understood} understood; ${r.found.length} mutations with the same reading\n`);
process.stdout.write("by mutation (same reading / tried):\n");
for (const [m, n] of r.tried) process.stdout.write(`  ${m}\t${byMut.get(m) ?? 0} / ${n}\n`);
process.stdout.write("by rule kind:\n");
for (const [k, n] of [...byKind].sort((a, b) => b[1] - a[1])) process.stdout.write(`  ${k}\t${n}\n`);
if (args.includes("--list")) {
  for (const b of r.found) process.stdout.write(`${b.id}\t${b.mutation}\t${b.kind}\t…${b.mutated.slice(Math.max(0, b.at - 8), b.at + 8)}…\t${b.mutated}\n`);
}
