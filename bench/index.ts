/**
 * `npm run bench [name]`: every benchmark, each printing its numbers (not pass/fail).
 * scripts/bench.js bundles this file with esbuild and runs it with plain node, so the engine
 * runs as the shipped code does (one bundle, as webpack builds the pane; tsx's per-file
 * CommonJS interop calls every import through a getter and measured the checks 2.5× slower).
 */
import * as batch from "./batch";
import * as checks from "./checks";
import * as excel from "./excel";
import * as layout from "./layout";
import * as rules from "./rules";
import * as xlsx from "./xlsx";

const BENCHES: ReadonlyArray<readonly [string, { run(): Promise<void> }]> = [
  ["batch", batch],
  ["checks", checks],
  ["excel", excel],
  ["layout", layout],
  ["rules", rules],
  ["xlsx", xlsx],
];

async function main(): Promise<void> {
  const only = process.argv[2];
  for (const [name, mod] of BENCHES) {
    if (only && !name.startsWith(only)) continue;
    process.stdout.write(`\n== ${name} ==\n`);
    await mod.run();
  }
}

main().catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e) + "\n");
  process.exit(1);
});
