/**
 * The house rules on who may import whom, checked by `npm run lint` (dependency-cruiser; any
 * rule below with severity "error" fails the run, and so CI, `.ci/run`). The layering is the
 * flow read → understand → compute/check → apply (docs/architecture.md):
 *
 *   src/engine     pure TypeScript over grid snapshots: imports nothing outside itself but
 *                  small pure libraries (no host, UI, Office or Node module)
 *   src/hosts      host.ts is the one interface; excel/ (Office.js), xlsx/ (ExcelJS, files)
 *                  and browser/ (a file opened in a page) implement it and import the engine
 *   src/taskpane   the pane: the engine, and hosts only through hosts/host.ts
 *   src/commands   ribbon commands (an entry: wires the Excel host)
 *   src/cli        `assess`: the engine and the xlsx host
 *
 * Type-only imports count (tsPreCompilationDeps): a type flowing from an implementation to
 * the interface is as much a wrong direction as a call. Test files are not cruised: a test
 * may reach into any module it tests. test/lint/depcruise.test.ts plants a violation of each
 * rule in a small temporary tree and checks that the cruiser reports it.
 */

/** Node's own modules, by name, for the engine rule (also caught as dependency type "core"). */
const NODE_BUILTINS = "^(node:)?(fs|fs/promises|path|os|child_process|worker_threads|cluster|net|http|https|stream|zlib|crypto|url|util|vm|module|process|readline|buffer|events|assert|tty|dns|perf_hooks)$";

/**
 * Packages the engine must not import, resolved (node_modules/...) or not: UI (React, Fluent),
 * Office (Office.js and its tooling), file formats and I/O (ExcelJS, JSZip, globbing, progress
 * bars), worker messaging. The engine runs unchanged in the pane's worker, the CLI and tests.
 */
const NOT_FOR_THE_ENGINE =
  "(^|node_modules/)(react|react-dom|scheduler|@fluentui/[^/]+|@tanstack/react-virtual|@microsoft/office-js|office-addin-[^/]+|exceljs|jszip|tinyglobby|cli-progress|comlink)(/|$)";

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    // ---------------------------------------------------------------- the engine is pure
    {
      name: "engine-not-to-outside",
      comment:
        "The engine knows nothing of where a workbook lives or who shows the result: it must not import a host, the pane, the ribbon commands or the CLI (they import it).",
      severity: "error",
      from: { path: "^src/engine/" },
      to: { path: "^src/(hosts|taskpane|commands|cli)/" },
    },
    {
      name: "engine-no-node",
      comment:
        "The engine runs in a browser worker as well as in Node: no Node module (fs, path, worker_threads …). File I/O belongs to the hosts and the CLI.",
      severity: "error",
      from: { path: "^src/engine/" },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "engine-no-node-by-name",
      comment: "The same, for a Node module the resolver did not classify as core (a typo, node: prefix on an old resolver).",
      severity: "error",
      from: { path: "^src/engine/" },
      to: { path: NODE_BUILTINS },
    },
    {
      name: "engine-no-ui-office-io",
      comment:
        "The engine imports no UI (React, Fluent UI), no Office.js or Office tooling, no file-format or I/O library (ExcelJS, JSZip …) and no worker messaging: those are the hosts', the pane's and the CLI's.",
      severity: "error",
      from: { path: "^src/engine/" },
      to: { path: NOT_FOR_THE_ENGINE },
    },

    // ---------------------------------------------------------------- hosts stand apart
    {
      name: "host-interface-from-no-implementation",
      comment:
        "hosts/host.ts is the interface every host implements: nothing (not even a type) may flow into it from an implementation, or the pane would depend on Office.js through it.",
      severity: "error",
      from: { path: "^src/hosts/host\\.ts$" },
      to: { path: "^src/hosts/(excel|xlsx|browser)/" },
    },
    {
      name: "excel-host-alone",
      comment: "The Excel host (Office.js) does not import the file hosts: each host is replaceable on its own.",
      severity: "error",
      from: { path: "^src/hosts/excel/" },
      to: { path: "^src/hosts/(xlsx|browser)/" },
    },
    {
      name: "xlsx-host-alone",
      comment:
        "The xlsx host (ExcelJS: file → snapshot, plan → file) does not import the Excel or browser host; the CLI and the browser page both build on it.",
      severity: "error",
      from: { path: "^src/hosts/xlsx/" },
      to: { path: "^src/hosts/(excel|browser)/" },
    },
    {
      name: "browser-host-not-to-excel",
      comment: "The plain-browser host does not import the Excel host (Office.js is not loaded in a plain page).",
      severity: "error",
      from: { path: "^src/hosts/browser/" },
      to: { path: "^src/hosts/excel/" },
    },
    {
      name: "browser-host-only-the-xlsx-codec",
      comment:
        "The one allowed crossing between hosts: the browser host is an .xlsx file opened in a page, so it loads the xlsx host's ExcelJS codec (read.ts, write.ts; dynamically, so Excel never fetches it). Nothing else of hosts/xlsx, in particular not file.ts (Node fs).",
      severity: "error",
      from: { path: "^src/hosts/browser/" },
      to: { path: "^src/hosts/xlsx/", pathNot: "^src/hosts/xlsx/(read|write)\\.ts$" },
    },
    {
      name: "hosts-not-to-front-ends",
      comment: "Hosts serve the pane, the ribbon and the CLI; they never import them.",
      severity: "error",
      from: { path: "^src/hosts/" },
      to: { path: "^src/(taskpane|commands|cli)/" },
    },

    // ---------------------------------------------------------------- front ends
    {
      name: "pane-through-host-interface",
      comment:
        "The pane talks to a host only through hosts/host.ts (the interface and its capability types), so the same components run inside Excel and in a plain page. The one exception is the entry file src/taskpane/index.tsx, which chooses and wires the concrete host (Excel when Office.js is there, the browser host otherwise).",
      severity: "error",
      from: { path: "^src/taskpane/", pathNot: "^src/taskpane/index\\.tsx$" },
      to: { path: "^src/hosts/", pathNot: "^src/hosts/host\\.ts$" },
    },
    {
      name: "pane-not-to-cli",
      comment: "The pane is bundled for a browser: nothing of the Node command line.",
      severity: "error",
      from: { path: "^src/taskpane/" },
      to: { path: "^src/cli/" },
    },
    {
      name: "cli-not-to-pane-or-office",
      comment:
        "The CLI runs in Node: it imports neither the pane (React), nor the ribbon commands, nor the Excel host (Office.js) or the browser host (DOM); it reads and writes files through hosts/xlsx.",
      severity: "error",
      from: { path: "^src/cli/" },
      to: { path: "^src/(taskpane|commands|hosts/excel|hosts/browser)/" },
    },

    // ---------------------------------------------------------------- everywhere
    {
      name: "no-circular",
      comment:
        "No import cycles anywhere in src/, type-only and lazy (dynamic) imports included: a cycle means two modules that cannot be understood, tested or moved apart; break it by moving the shared part into a third module.",
      severity: "error",
      from: { path: "^src/" },
      to: { circular: true },
    },
    {
      name: "not-to-unresolvable",
      comment: "An import that resolves to no file and no installed package is a typo or a missing dependency.",
      severity: "error",
      from: { path: "^src/" },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "\\.d\\.ts$" },
    // type-only imports are dependencies too (see above)
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      mainFields: ["module", "main", "types", "typings"],
    },
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
