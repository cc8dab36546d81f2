/**
 * `ensureProductionBuild()`: run `webpack --mode production` into dist/ unless dist/ already
 * holds a build of the current sources. Tests that need the bundle (the manifest test, the
 * end-to-end test) call it; jest runs them in parallel workers, so a lock directory makes one
 * of them build while the other waits, and a fingerprint of the inputs (path, size, mtime)
 * saved next to the build lets later runs skip it. Tests build with `OFFICE_JS=local`: the
 * pages load office.js from the add-in's own origin, which the tests answer themselves (a
 * production build for users loads it from Office's CDN).
 */
"use strict";
const crypto = require("crypto");
const fs = require("fs");
const path = require("path");
const { spawn } = require("child_process");

const ROOT = path.join(__dirname, "..");
const DIST = path.join(ROOT, "dist");
const STAMP = path.join(DIST, ".build-stamp");
const LOCK = path.join(ROOT, ".tmp", "build.lock");
const INPUTS = ["src", "assets", "manifest.xml", "webpack.config.js", "scripts/certs.js", "scripts/ajv8-path.js", "tsconfig.json", "package-lock.json"];
const STALE_LOCK_MS = 10 * 60 * 1000;
/** what the tests' build differs in from a user's */
const TEST_ENV = { OFFICE_JS: "local" };

function walk(p, out) {
  let st;
  try {
    st = fs.statSync(p);
  } catch {
    return;
  }
  if (st.isDirectory()) {
    for (const name of fs.readdirSync(p).sort()) walk(path.join(p, name), out);
  } else {
    out.push(`${path.relative(ROOT, p)}\t${st.size}\t${Math.floor(st.mtimeMs)}`);
  }
}

/** A digest of everything the bundle is built from. */
function inputsFingerprint() {
  const lines = [];
  for (const p of INPUTS) walk(path.join(ROOT, p), lines);
  lines.push(`OFFICE_JS=${TEST_ENV.OFFICE_JS}`);
  return crypto.createHash("sha1").update(lines.join("\n")).digest("hex");
}

function upToDate(fingerprint) {
  try {
    return fs.readFileSync(STAMP, "utf8").trim() === fingerprint && fs.existsSync(path.join(DIST, "taskpane.html"));
  } catch {
    return false;
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function acquireLock(timeoutMs) {
  fs.mkdirSync(path.dirname(LOCK), { recursive: true });
  const start = Date.now();
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      return;
    } catch (err) {
      if (err.code !== "EEXIST") throw err;
      try {
        if (Date.now() - fs.statSync(LOCK).mtimeMs > STALE_LOCK_MS) fs.rmSync(LOCK, { recursive: true, force: true });
      } catch {
        // released meanwhile
      }
      if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${LOCK}`);
      await sleep(500);
    }
  }
}

function runWebpack() {
  return new Promise((resolve, reject) => {
    const cli = path.join(ROOT, "node_modules", "webpack", "bin", "webpack.js");
    const child = spawn(process.execPath, [cli, "--mode", "production"], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...TEST_ENV } });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve(output);
      else reject(new Error(`webpack --mode production exited ${code}:\n${output.slice(-4000)}`));
    });
  });
}

/** Build dist/ unless it is current. Resolves to the dist directory. */
async function ensureProductionBuild({ timeoutMs = 5 * 60 * 1000 } = {}) {
  if (upToDate(inputsFingerprint())) return DIST;
  await acquireLock(timeoutMs);
  try {
    const fingerprint = inputsFingerprint();
    if (!upToDate(fingerprint)) {
      await runWebpack();
      fs.writeFileSync(STAMP, `${fingerprint}\n`);
    }
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
  return DIST;
}

module.exports = { ensureProductionBuild, inputsFingerprint, DIST };

if (require.main === module) {
  ensureProductionBuild().then(
    (d) => console.log(`production build in ${d}`),
    (err) => {
      console.error(err.message);
      process.exit(1);
    },
  );
}
