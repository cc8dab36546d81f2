/**
 * The house rules in .dependency-cruiser.cjs (run by `npm run lint`) catch what they are for:
 * the repository's config is run over a small tree with one planted violation of each rule
 * beside imports the rules allow, and the cruiser must report exactly the planted ones and
 * fail.
 */
import { spawnSync } from "child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { dirname, join, resolve } from "path";

const ROOT = resolve(__dirname, "../..");
const CRUISER = join(ROOT, "node_modules/dependency-cruiser/bin/dependency-cruise.mjs");
const CONFIG = join(ROOT, ".dependency-cruiser.cjs");

/** file → source; each planted violation is commented with the rule it breaks */
const TREE: Record<string, string> = {
  "tsconfig.json": JSON.stringify({ compilerOptions: { module: "esnext", moduleResolution: "bundler", jsx: "react-jsx", strict: true } }),
  "src/engine/grid.ts": `export interface Grid { readonly cells: string[] }\n`,
  // engine-not-to-outside, engine-no-node, engine-no-ui-office-io (+ not-to-unresolvable: no node_modules here)
  "src/engine/index.ts": [
    `import type { Grid } from "./grid";`,
    `import { readFileSync } from "fs";`,
    `import { Button } from "@fluentui/react-components";`,
    `import { mark } from "../hosts/excel/marks";`,
    `export const run = (g: Grid) => [readFileSync, Button, mark, g];`,
  ].join("\n"),
  // no-circular, through a type-only import
  "src/engine/a.ts": `import type { B } from "./b";\nexport interface A { b?: B }\n`,
  "src/engine/b.ts": `import { type A } from "./a";\nexport interface B { a?: A }\nexport const b = 1;\n`,
  // host-interface-from-no-implementation, through a type-only import
  "src/hosts/host.ts": `import type { Grid } from "../engine/grid";\nimport type { MarkResult } from "./excel/marks";\nexport interface Host { read(): Grid; mark(): MarkResult }\n`,
  // excel-host-alone
  "src/hosts/excel/marks.ts": `import { readXlsx } from "../xlsx/read";\nexport interface MarkResult { cells: number }\nexport const mark = readXlsx;\n`,
  "src/hosts/xlsx/read.ts": `import type { Grid } from "../../engine/grid";\nexport const readXlsx = (): Grid => ({ cells: [] });\n`,
  "src/hosts/xlsx/write.ts": `export const writeXlsx = () => 0;\n`,
  "src/hosts/xlsx/file.ts": `import { readFile } from "fs/promises";\nimport { readXlsx } from "./read";\nexport const readXlsxFile = [readFile, readXlsx];\n`,
  // allowed: the xlsx codec (read, write); browser-host-only-the-xlsx-codec: file.ts; browser-host-not-to-excel
  "src/hosts/browser/index.ts": [
    `import type { Host } from "../host";`,
    `import { readXlsxFile } from "../xlsx/file";`,
    `import { mark } from "../excel/marks";`,
    `export async function browserHost(): Promise<Host | unknown> {`,
    `  const { readXlsx } = await import("../xlsx/read");`,
    `  const { writeXlsx } = await import("../xlsx/write");`,
    `  return [readXlsx, writeXlsx, readXlsxFile, mark];`,
    `}`,
  ].join("\n"),
  // allowed: the entry file wires a concrete host
  "src/taskpane/index.tsx": `import { browserHost } from "../hosts/browser/index";\nimport { App } from "./App";\nexport const start = () => [browserHost, App];\n`,
  // allowed: host.ts; pane-through-host-interface: a concrete host
  "src/taskpane/App.tsx": `import type { Host } from "../hosts/host";\nimport { browserHost } from "../hosts/browser/index";\nexport const App = (h: Host) => [h, browserHost];\n`,
  // allowed: the xlsx host; cli-not-to-pane-or-office (twice); no-circular (main ⇄ check, lazy one way)
  "src/cli/check.ts": [
    `import { readXlsxFile } from "../hosts/xlsx/file";`,
    `import { App } from "../taskpane/App";`,
    `import { mark } from "../hosts/excel/marks";`,
    `import type { IO } from "./main";`,
    `export const check = (io: IO) => [readXlsxFile, App, mark, io];`,
  ].join("\n"),
  "src/cli/main.ts": `export interface IO { out(s: string): void }\nexport const main = async () => (await import("./check")).check;\n`,
  // not-to-unresolvable
  "src/commands/commands.ts": `import { gone } from "./missing";\nexport const c = gone;\n`,
};

interface Violation {
  readonly rule: { readonly name: string };
  readonly from: string;
  readonly to: string;
  readonly cycle?: ReadonlyArray<{ readonly name: string }>;
}

describe("dependency-cruiser house rules", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "depcruise-"));
    for (const [file, text] of Object.entries(TREE)) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), text);
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const cruise = (...args: string[]) => spawnSync(process.execPath, [CRUISER, "src", "--config", CONFIG, ...args], { cwd: dir, encoding: "utf8", timeout: 120_000 });

  it("fails the way npm run lint runs it (the err reporter's exit status)", () => {
    const run = cruise();
    expect(run.error).toBeUndefined();
    expect(run.status).not.toBe(0);
    expect(run.stdout).toMatch(/error pane-through-host-interface: src\/taskpane\/App\.tsx → src\/hosts\/browser\/index\.ts/);
  });

  it("reports every planted violation, and only those", () => {
    const run = cruise("--output-type", "json");
    expect(run.error).toBeUndefined();
    const violations = (JSON.parse(run.stdout) as { summary: { violations: Violation[] } }).summary.violations;
    const found = violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();
    const cycles = violations.filter((v) => v.rule.name === "no-circular").map((v) => (v.cycle ?? []).map((m) => m.name).join(" → "));
    expect(cycles.sort()).toEqual(["src/cli/main.ts → src/cli/check.ts", "src/engine/b.ts → src/engine/a.ts"]);
    expect(found).toEqual(
      [
        "engine-not-to-outside: src/engine/index.ts → src/hosts/excel/marks.ts",
        "engine-no-node: src/engine/index.ts → fs",
        "engine-no-node-by-name: src/engine/index.ts → fs",
        "engine-no-ui-office-io: src/engine/index.ts → @fluentui/react-components",
        "not-to-unresolvable: src/engine/index.ts → @fluentui/react-components",
        "host-interface-from-no-implementation: src/hosts/host.ts → src/hosts/excel/marks.ts",
        "excel-host-alone: src/hosts/excel/marks.ts → src/hosts/xlsx/read.ts",
        "browser-host-only-the-xlsx-codec: src/hosts/browser/index.ts → src/hosts/xlsx/file.ts",
        "browser-host-not-to-excel: src/hosts/browser/index.ts → src/hosts/excel/marks.ts",
        "pane-through-host-interface: src/taskpane/App.tsx → src/hosts/browser/index.ts",
        "cli-not-to-pane-or-office: src/cli/check.ts → src/taskpane/App.tsx",
        "cli-not-to-pane-or-office: src/cli/check.ts → src/hosts/excel/marks.ts",
        "not-to-unresolvable: src/commands/commands.ts → ./missing",
        // a cycle is reported once, at its first edge
        "no-circular: src/engine/a.ts → src/engine/b.ts",
        "no-circular: src/cli/check.ts → src/cli/main.ts",
      ].sort(),
    );
  });
});
