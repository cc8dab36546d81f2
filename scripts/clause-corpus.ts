/**
 * `npx tsx scripts/clause-corpus.ts FILE [--misses]`: accuracy of `assess rule` on a clause
 * corpus file (test/corpus/clauses/README.md), the number of clauses, documents and cases,
 * and the length of the formulas written for the understood clauses (median, longest).
 * `--misses` also lists every case scored wrong (for development; not for the held-out file).
 * `--kinds` counts the misses by kind only (no clause text: fit for a held-out file): refused though
 * scorable, scored wrong, scored though not scorable.
 */
import { loadCorpus, median, runCorpus } from "../test/engine/rules/corpus-run";

async function run(): Promise<number> {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith("--"));
  if (!file) {
    process.stderr.write("usage: npx tsx scripts/clause-corpus.ts FILE [--misses]\n");
    return 2;
  }
  const r = await runCorpus(loadCorpus(file));
  const lengths = r.formulas.map((f) => f.length);
  if (args.includes("--misses")) {
    for (const m of r.misses) {
      process.stdout.write(`${m.id}\t${m.value ?? "-"}\texpected ${m.expected}\tgot ${m.got}\t${m.construct ?? ""}\t${m.reason ?? ""}\t${m.clause}\n`);
    }
  }
  let kinds = "";
  if (args.includes("--kinds")) {
    const refused = r.misses.filter((m) => m.expected !== "not scorable" && m.got === null);
    const wrong = r.misses.filter((m) => m.expected !== "not scorable" && m.got !== null);
    const scored = r.misses.filter((m) => m.expected === "not scorable");
    const clauses = (ms: typeof r.misses) => new Set(ms.map((m) => m.id)).size;
    kinds = `misses: refused though scorable ${refused.length} cases (${clauses(refused)} clauses); ` +
      `scored wrong ${wrong.length} cases (${clauses(wrong)} clauses); scored though not scorable ${scored.length} clauses\n`;
  }
  process.stdout.write(
    `${file}\n` +
    `accuracy ${r.accuracy.toFixed(4)} (${r.correct}/${r.cases} cases)\n` +
    `${r.clauses} clauses, ${r.documents} documents, ${r.cases} cases (a not_scorable clause counts as one)\n` +
    `understood ${r.understood.length} clauses; formulas: ${lengths.length}, length median ${median(lengths)}, longest ${lengths.length ? Math.max(...lengths) : 0}\n` +
    kinds,
  );
  return 0;
}

run().then((code) => { process.exitCode = code; }, (e: unknown) => { process.stderr.write(`${String(e)}\n`); process.exitCode = 2; });
