/**
 * Where the pages load office.js from (webpack.config.js): Office's CDN in a production build,
 * the add-in's own origin with OFFICE_JS=local (intranets without the CDN; the tests' build).
 */
import { spawnSync } from "child_process";
import { readFileSync } from "fs";
import { join } from "path";
import { gzipSync } from "zlib";

const ROOT = join(__dirname, "..", "..");
const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

interface Seen {
  pages: Record<string, string | undefined>;
  copiesOfficeJs: boolean;
}

/** The production config as webpack gets it (a child process: the config loads webpack's plugins). */
async function config(officeJs: string | undefined): Promise<Seen> {
  const script = `
    require(${JSON.stringify(join(ROOT, "webpack.config.js"))})({}, { mode: "production" }).then((c) => {
      const source = c.plugins.find((p) => p.constructor.name === "OfficeJsSourcePlugin");
      const pages = {};
      for (const p of c.plugins) if (p.userOptions && p.userOptions.filename && p.userOptions.chunks) pages[p.userOptions.filename] = source && source.url;
      const copiesOfficeJs = c.plugins.some((p) => (p.patterns || []).some((q) => typeof q.to === "function" && /office|excel|telemetry/.test(String(q.from))));
      process.stdout.write(JSON.stringify({ pages, copiesOfficeJs }));
    }, (e) => { process.stderr.write(e.message); process.exit(3); });`;
  const env = { ...process.env };
  if (officeJs === undefined) delete env.OFFICE_JS;
  else env.OFFICE_JS = officeJs;
  const r = spawnSync(process.execPath, ["-e", script], { cwd: ROOT, env, encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as Seen;
}

const pageSource = (c: Seen, page: string) => c.pages[page];
const copiesOfficeJs = (c: Seen) => c.copiesOfficeJs;

describe("office.js in the production build", () => {
  it("comes from Office's CDN by default, for the pane and the ribbon commands, and is not copied", async () => {
    const c = await config(undefined);
    expect(pageSource(c, "taskpane.html")).toBe(CDN);
    expect(pageSource(c, "commands.html")).toBe(CDN);
    expect(copiesOfficeJs(c)).toBe(false);
  });

  it("comes from the add-in's own origin with OFFICE_JS=local, copied into dist/office-js", async () => {
    const c = await config("local");
    expect(pageSource(c, "taskpane.html")).toBe("office-js/office.js");
    expect(pageSource(c, "commands.html")).toBe("office-js/office.js");
    expect(copiesOfficeJs(c)).toBe(true);
  });

  it("refuses an OFFICE_JS it does not know", async () => {
    await expect(config("intranet")).rejects.toThrow(/OFFICE_JS must be "local" or "cdn"/);
  });

  it("the pages name the local copy, which the build points at the CDN", () => {
    for (const page of ["src/taskpane/taskpane.html", "src/commands/commands.html"]) {
      const html = readFileSync(join(ROOT, page), "utf8");
      expect([page, /<script[^>]+src="office-js\/office\.js"/.test(html)]).toEqual([page, true]);
    }
  });
});

describe("the pane's first load (the production build the tests use)", () => {
  it("taskpane.js, all the page loads before its first paint, is at most 100 KB gzipped", async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { ensureProductionBuild } = require("../../scripts/build-once") as { ensureProductionBuild: () => Promise<string> };
    const dist = await ensureProductionBuild();
    const html = readFileSync(join(dist, "taskpane.html"), "utf8");
    const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]).filter((s) => !s.includes("office"));
    expect(scripts).toEqual(["taskpane.js"]);
    const gz = gzipSync(readFileSync(join(dist, "taskpane.js")), { level: 9 }).length;
    expect(gz).toBeLessThanOrEqual(100 * 1024);
  }, 600_000);
});
