/**
 * The long fuzz run: `npm run fuzz -- --runs 10000 [--seed N]`. Prints, at the end, the counts
 * the issue asks for (crashes, hangs over 30 s, stack traces, inputs changed, other broken
 * properties), the exit codes seen and the slowest file; exits 1 when any property broke.
 */
import * as fc from "fast-check";
import { caseArb, describeCase, runCase, type FuzzCase } from "./property";

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) ? v : fallback;
}

async function mainRun(): Promise<number> {
  const runs = arg("--runs", 1000);
  const seed = arg("--seed", Date.now() % 2_147_483_647);
  const samples = fc.sample(caseArb, { numRuns: runs, seed });
  const counts = { crashes: 0, hangs: 0, stackTraces: 0, inputsChanged: 0, otherBroken: 0 };
  const codes = new Map<number, number>();
  const failures: string[] = [];
  let slowest: { ms: number; c?: FuzzCase } = { ms: -1 };
  const started = Date.now();
  for (let i = 0; i < samples.length; i++) {
    const c = samples[i];
    const r = await runCase(c);
    codes.set(r.code, (codes.get(r.code) ?? 0) + 1);
    if (r.ms > slowest.ms) slowest = { ms: r.ms, c };
    if (r.ms > 30_000) counts.hangs++;
    for (const p of r.problems) {
      if (p.startsWith("crash")) counts.crashes++;
      else if (p.startsWith("stack trace")) counts.stackTraces++;
      else if (p === "input changed") counts.inputsChanged++;
      else counts.otherBroken++;
    }
    if (r.problems.length) failures.push(`#${i} ${describeCase(c)}\n    ${r.problems.join("\n    ")}`);
    if (process.env.FUZZ_VERBOSE) process.stderr.write(`#${i} ${r.ms} ms ${r.problems.length} ${describeCase(c).slice(0, 200)}\n`);
    if ((i + 1) % 100 === 0) process.stderr.write(`fuzz: ${i + 1}/${runs} (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
  }
  const secs = (Date.now() - started) / 1000;
  process.stdout.write(
    [
      `fuzz: ${runs} workbooks, seed ${seed}, ${secs.toFixed(0)} s (${((secs * 1000) / runs).toFixed(0)} ms each)`,
      `crashes ${counts.crashes}, hangs over 30 s ${counts.hangs}, stack traces ${counts.stackTraces}, inputs changed ${counts.inputsChanged}, other broken properties ${counts.otherBroken}`,
      `exit codes: ${[...codes].sort((a, b) => a[0] - b[0]).map(([k, v]) => `${k}×${v}`).join(", ")}`,
      `slowest: ${slowest.ms} ms: ${slowest.c ? describeCase(slowest.c) : "-"}`,
      ...failures.slice(0, 30),
    ].join("\n") + "\n",
  );
  return failures.length || counts.hangs ? 1 : 0;
}

mainRun().then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`fuzz: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(2);
  },
);
