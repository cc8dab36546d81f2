/**
 * `npx tsx scripts/table-corpus.ts [DIR] [--brief]`: score the engine on a corpus of real tables
 * (test/corpus/tables/dev by default): per table the contradictions found, missed and the false
 * alarms, then precision and recall. Exit 1 when a truth of the corpus does not verify.
 */
import { join } from "path";
import { formatScore, scoreCorpus } from "../test/corpus/tables/score";

async function main(argv: string[]): Promise<number> {
  const dir = argv.find((a) => !a.startsWith("--")) ?? join(__dirname, "..", "test", "corpus", "tables", "dev");
  const score = await scoreCorpus(dir);
  process.stdout.write(formatScore(score, !argv.includes("--brief")));
  return score.problems.length ? 1 : 0;
}

main(process.argv.slice(2)).then((code) => process.exit(code));
