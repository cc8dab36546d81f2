#!/usr/bin/env node
/**
 * `npm run build:cli` (also `prepare`, so `npm install` and `npm pack` build it): the CLI as
 * four esbuild bundles in dist/cli, after a type-check of its sources against Node's types
 * (tsconfig.cli.json):
 *
 *   main.js    argument handling and help; loads one of the two below
 *   check.js   `assess check`: the engine, the xlsx host and ExcelJS in one file
 *   rule.js    `assess rule`: the clause reader only (no ExcelJS, no zip)
 *   worker.js  a `--jobs` worker thread: loads check.js
 *
 * One file per command instead of a few hundred modules (ExcelJS alone is about 300): module
 * resolution and loading cost 0.35 s of CPU before the first byte of a workbook was read,
 * more than a bare ExcelJS load of an empty workbook spends in all. tinyglobby (an ES module
 * that reads import.meta) and cli-progress stay ordinary packages, loaded only for a glob or a
 * progress bar.
 */
"use strict";
const path = require("path");
const fs = require("fs");
const { spawnSync } = require("child_process");
const esbuild = require("esbuild");

const ROOT = path.join(__dirname, "..");
const CLI_SRC = path.join(ROOT, "src", "cli");
const OUT = path.join(ROOT, "dist", "cli");

/** main.ts and worker.ts load the command bundles at run time instead of carrying a copy */
const separateCommands = {
  name: "separate-commands",
  setup(build) {
    build.onResolve({ filter: /^\.\/(check|rule)$/ }, (args) => {
      const importer = path.basename(args.importer, ".ts");
      if (path.resolve(args.resolveDir) !== CLI_SRC || importer === "check" || importer === "rule") return undefined;
      return { path: `${args.path}.js`, external: true };
    });
  },
};

async function main() {
  const tsc = spawnSync(process.execPath, [path.join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.cli.json", "--noEmit"], {
    cwd: ROOT,
    stdio: "inherit",
  });
  if (tsc.status !== 0) process.exit(tsc.status ?? 1);

  fs.rmSync(OUT, { recursive: true, force: true });
  const result = await esbuild.build({
    entryPoints: ["main", "check", "rule", "worker"].map((e) => path.join(CLI_SRC, `${e}.ts`)),
    outdir: OUT,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    external: ["tinyglobby", "cli-progress"],
    // import() of a command bundle becomes require(): node would otherwise load it as an ES
    // module import of CommonJS, scanning the whole 3 MB file for its export names first (1 s)
    supported: { "dynamic-import": false },
    plugins: [separateCommands],
    logLevel: "warning",
    metafile: true,
  });
  for (const [file, out] of Object.entries(result.metafile.outputs)) {
    process.stdout.write(`${path.relative(ROOT, file)}  ${(out.bytes / 1024).toFixed(0)} KB\n`);
  }
}

main().catch(() => process.exit(1)); // esbuild has printed the errors
