#!/usr/bin/env node
"use strict";
// The CLI is compiled to dist/cli by `npm install` (the "prepare" script).
const path = require("path");
const fs = require("fs");
const entry = path.join(__dirname, "..", "dist", "cli", "main.js");
if (!fs.existsSync(entry)) {
  process.stderr.write("assess: the CLI is not built yet; run `npm install` (or `npm run build:cli`) first.\n");
  process.exit(2);
}
// `assess check DIR | head`: a closed pipe ends the output, quietly
process.stdout.on("error", (e) => { if (e && e.code === "EPIPE") process.exit(process.exitCode ?? 0); else throw e; });
require(entry).main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`assess: ${err && err.message ? err.message : String(err)}\n`); process.exitCode = 2; }
);
