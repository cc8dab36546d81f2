/**
 * Every page of the add-in carries a Content-Security-Policy: scripts from its own origin and
 * Office's script host only, no inline script anywhere, connections to its own origin only.
 * (The browser test test/e2e/csp.e2e.test.ts shows the pages still work under it.)
 */
import { readFileSync, readdirSync } from "fs";
import { join } from "path";

const ROOT = join(__dirname, "..", "..");
const PAGES = [
  "src/taskpane/taskpane.html",
  ...readdirSync(join(ROOT, "src", "commands")).filter((f) => f.endsWith(".html")).map((f) => `src/commands/${f}`),
];

function policy(html: string): Map<string, string[]> {
  const m = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
  if (!m) throw new Error("no Content-Security-Policy meta");
  return new Map(
    m[1].split(";").map((d) => d.trim()).filter(Boolean).map((d) => {
      const [name, ...sources] = d.split(/\s+/);
      return [name, sources] as const;
    }),
  );
}

describe.each(PAGES)("%s", (page) => {
  const html = readFileSync(join(ROOT, page), "utf8");

  it("states a policy: own origin and Office's script host only, connect-src 'self'", () => {
    const p = policy(html);
    expect(p.get("default-src")).toEqual(["'self'"]);
    expect(p.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(p.get("connect-src")).toEqual(["'self'"]);
    expect(p.get("object-src")).toEqual(["'none'"]);
    // the pane's workers (the engine, the .xlsx reader) come from its own origin, never a blob: or data: URL
    expect(p.get("worker-src") ?? p.get("default-src")).toEqual(["'self'"]);
    for (const [name, sources] of p) {
      if (name === "style-src") continue; // Fluent's Griffel inserts <style> elements: 'unsafe-inline' for styles only
      expect([name, sources.filter((s) => /unsafe|\*|^https?:$|^data:$/.test(s) && !(name === "img-src" || name === "font-src"))]).toEqual([name, []]);
    }
  });

  it("has no inline script and no inline event handler", () => {
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\bsrc=/);
      expect(body.trim()).toBe("");
    }
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  });
});
