#!/usr/bin/env node
/**
 * `npm start`.
 * - Where Excel desktop is installed (Windows, macOS): sideload the add-in with
 *   `office-addin-debugging start manifest.xml` (it starts the dev server and opens Excel).
 * - Everywhere else (or with `npm start -- --browser`): start the https dev server on
 *   localhost:3000 and print the task pane's address for a plain browser, where the pane opens
 *   on an embedded sample workbook and can open any .xlsx. Other arguments go to
 *   `webpack serve` (e.g. `npm start -- --browser --no-live-reload`).
 */
"use strict";
const fs = require("fs");
const path = require("path");
const { spawn } = require("child_process");

const ROOT = path.join(__dirname, "..");
const PORT = Number(process.env.DEV_SERVER_PORT || process.env.npm_package_config_dev_server_port || 3000);

function excelDesktopPath() {
  if (process.platform === "darwin") {
    const app = "/Applications/Microsoft Excel.app";
    return fs.existsSync(app) ? app : undefined;
  }
  if (process.platform === "win32") {
    const roots = [process.env.ProgramFiles, process.env["ProgramFiles(x86)"]].filter(Boolean);
    for (const root of roots) {
      for (const rel of ["Microsoft Office\\root\\Office16\\EXCEL.EXE", "Microsoft Office\\Office16\\EXCEL.EXE"]) {
        const p = path.join(root, rel);
        if (fs.existsSync(p)) return p;
      }
    }
  }
  return undefined;
}

function run(cmd, args, onLine) {
  const child = spawn(cmd, args, { cwd: ROOT, stdio: ["inherit", "pipe", "pipe"], shell: process.platform === "win32" });
  const forward = (stream, out) =>
    stream.on("data", (d) => {
      out.write(d);
      if (onLine) onLine(String(d));
    });
  forward(child.stdout, process.stdout);
  forward(child.stderr, process.stderr);
  const stop = () => child.kill("SIGINT");
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  child.on("exit", (code) => process.exit(code ?? 0));
  return child;
}

function startBrowserMode(reason) {
  const url = `https://localhost:${PORT}/taskpane.html`;
  console.log(`${reason}: serving the task pane for a plain browser.`);
  let announced = false;
  const extra = process.argv.slice(2).filter((a) => a !== "--browser");
  run(process.execPath, [path.join(ROOT, "node_modules", "webpack", "bin", "webpack.js"), "serve", "--mode", "development", ...extra], (text) => {
    if (!announced && /compiled (successfully|with \d+ warning)/.test(text)) {
      announced = true;
      console.log(
        [
          "",
          `  Task pane (plain browser): ${url}`,
          `  English UI:                ${url}?lang=en`,
          "  The certificate is self-signed (.certs/): accept it once in the browser.",
          "  It starts on the sample workbook; 打开 .xlsx opens your own. Ctrl+C stops the server.",
          "",
        ].join("\n"),
      );
    }
  });
}

const forceBrowser = process.argv.includes("--browser");
const excel = excelDesktopPath();
if (excel && !forceBrowser) {
  console.log(`Excel found (${excel}): sideloading manifest.xml with office-addin-debugging.`);
  run(process.platform === "win32" ? "npx.cmd" : "npx", ["office-addin-debugging", "start", "manifest.xml"]);
} else {
  startBrowserMode(forceBrowser ? "--browser" : `no Excel desktop on this machine (${process.platform})`);
}
