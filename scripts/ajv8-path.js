/**
 * Workaround for this install's dependency tree (see the report / README): with
 * `legacy-peer-deps=true` npm does not install peer dependencies, so the root node_modules has
 * ajv 6 (eslint's) while ajv-keywords 5 (copy-webpack-plugin → schema-utils) and ajv-draft-04
 * (office-addin-manifest) are hoisted beside it and need ajv 8 (`ajv/dist/...`). ajv 8 is
 * installed, only nested (schema-utils/node_modules/ajv). Adding that folder to Node's global
 * search path lets `require("ajv/dist/...")` fall through to it when the root ajv lacks the
 * file. The proper fix is `"ajv": "^8"` in package.json's devDependencies; this module then
 * does nothing.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const Module = require("module");

const root = path.join(__dirname, "..", "node_modules");

/** A node_modules folder that holds ajv 8, or undefined when the root ajv is already 8. */
function ajv8Folder() {
  try {
    const rootVersion = JSON.parse(fs.readFileSync(path.join(root, "ajv", "package.json"), "utf8")).version;
    if (/^8\./.test(rootVersion)) return undefined;
  } catch {
    // no root ajv: look for a nested one
  }
  for (const parent of ["schema-utils", "@microsoft/app-manifest", "ajv-formats"]) {
    const dir = path.join(root, parent, "node_modules");
    try {
      const v = JSON.parse(fs.readFileSync(path.join(dir, "ajv", "package.json"), "utf8")).version;
      if (/^8\./.test(v)) return dir;
    } catch {
      // try the next
    }
  }
  return undefined;
}

/** NODE_PATH for a child process (office-addin-manifest) that needs ajv 8. */
function nodePathWithAjv8(existing = process.env.NODE_PATH) {
  const dir = ajv8Folder();
  return [dir, existing].filter(Boolean).join(path.delimiter);
}

/** Make ajv 8 resolvable in this process (webpack's config, before copy-webpack-plugin loads). */
function useAjv8InThisProcess() {
  const dir = ajv8Folder();
  if (!dir) return;
  process.env.NODE_PATH = nodePathWithAjv8();
  Module._initPaths();
}

module.exports = { ajv8Folder, nodePathWithAjv8, useAjv8InThisProcess };
