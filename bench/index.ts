/**
 * `npm run bench`: every benchmark module in this folder, each printing its numbers.
 * A module exports `run(): Promise<void>`.
 */
import { readdirSync } from "fs";
import { join } from "path";

async function main(): Promise<void> {
  const only = process.argv[2];
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith(".ts") && f !== "index.ts" && !f.startsWith("_"))
    .filter((f) => !only || f.startsWith(only))
    .sort();
  for (const f of files) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(join(__dirname, f)) as { run?: () => Promise<void> };
    if (typeof mod.run !== "function") continue;
    process.stdout.write(`\n== ${f.replace(/\.ts$/, "")} ==\n`);
    await mod.run();
  }
}

main().catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e) + "\n");
  process.exit(1);
});
