/**
 * A webpack plugin that prints, after a build, what the task pane loads before its first paint
 * (the entry's own files, the scripts its HTML page names) and what it loads later (every other
 * chunk), raw and gzipped, so the size of the first load is stated by every build. The budget
 * (issue 15): the pane's initial JS ≤ 100 KB gzipped; office.js comes from Office's CDN (or
 * from the add-in's origin with OFFICE_JS=local) and is counted apart.
 */
"use strict";
const zlib = require("zlib");

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

class BundleSizesPlugin {
  /** @param {{ entry: string, budgetGzip?: number, log?: (s: string) => void }} opts */
  constructor(opts) {
    this.entry = opts.entry;
    this.budget = opts.budgetGzip;
    this.log = opts.log || ((s) => process.stdout.write(s + "\n"));
  }

  apply(compiler) {
    compiler.hooks.emit.tap("BundleSizesPlugin", (compilation) => {
      const sizeOf = (file) => {
        const asset = compilation.getAsset(file);
        if (!asset) return { raw: 0, gzip: 0 };
        const buf = Buffer.from(asset.source.buffer());
        return { raw: buf.length, gzip: zlib.gzipSync(buf, { level: 9 }).length };
      };
      const entry = compilation.entrypoints.get(this.entry);
      if (!entry) return;
      const initial = new Set(entry.getFiles().filter((f) => f.endsWith(".js")));
      let raw = 0;
      let gzip = 0;
      const lines = [];
      for (const f of [...initial].sort()) {
        const s = sizeOf(f);
        raw += s.raw;
        gzip += s.gzip;
        lines.push(`    ${f}: ${kb(s.raw)} (${kb(s.gzip)} gzip)`);
      }
      const lazy = [];
      for (const chunk of entry.getEntrypointChunk().getAllAsyncChunks()) {
        for (const f of chunk.files) if (f.endsWith(".js") && !initial.has(f)) lazy.push(f);
      }
      // web workers (the engine) are entry points of their own, loaded on the first check
      for (const f of Object.keys(compilation.assets)) {
        if (f.endsWith(".js") && !initial.has(f) && !lazy.includes(f) && !/^(commands|office-js\/)/.test(f)) lazy.push(f);
      }
      const over = this.budget !== undefined && gzip > this.budget;
      this.log(`task pane, first load (${this.entry} entry): ${kb(raw)}, ${kb(gzip)} gzip` + (this.budget !== undefined ? ` (budget ${kb(this.budget)} gzip${over ? ", OVER" : ""})` : ""));
      for (const l of lines) this.log(l);
      this.log("  loaded later (lazy chunks and the engine worker):");
      for (const f of [...new Set(lazy)].sort()) {
        const s = sizeOf(f);
        this.log(`    ${f}: ${kb(s.raw)} (${kb(s.gzip)} gzip)`);
      }
    });
  }
}

module.exports = { BundleSizesPlugin };
