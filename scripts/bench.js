#!/usr/bin/env node
/**
 * `npm run bench [name]`: bundle bench/index.ts with esbuild into .tmp/bench/ (packages stay in
 * node_modules) and run it with node, passing the arguments on.
 */
"use strict";
const path = require("path");
const { spawnSync } = require("child_process");
const esbuild = require("esbuild");

const ROOT = path.join(__dirname, "..");
const out = path.join(ROOT, ".tmp", "bench", "index.js");
esbuild.buildSync({
  entryPoints: [path.join(ROOT, "bench", "index.ts")],
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "es2020", // as tsconfig.json: what webpack and tsc ship
  packages: "external",
  outfile: out,
  logLevel: "error",
});
const r = spawnSync(process.execPath, [out, ...process.argv.slice(2)], { stdio: "inherit", cwd: ROOT });
process.exit(r.status ?? 1);
