/**
 * The manifest, checked offline (`npm run validate` is Microsoft's online service):
 * `office-addin-manifest info` parses it (as a child process: jest stubs that package
 * in-process), the elements Excel needs are there, every string has its en-US twin, and every
 * URL and icon it names is a file the production build produces.
 */
import { execFile } from "child_process";
import { existsSync, readFileSync, readdirSync } from "fs";
import { join } from "path";
import { gzipSync } from "zlib";
import { JSDOM } from "jsdom";
import { ensureProductionBuild } from "../scripts/build-once";
import { nodePathWithAjv8 } from "../scripts/ajv8-path";

const ROOT = join(__dirname, "..");
const DEV_ORIGIN = "https://localhost:3000/";
const manifestText = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const doc = new JSDOM(manifestText, { contentType: "text/xml" }).window.document;

function all(tag: string): Element[] {
  return [...doc.getElementsByTagName(tag)];
}
function one(tag: string): Element {
  const els = all(tag);
  if (els.length === 0) throw new Error(`<${tag}> missing`);
  return els[0];
}
function override(el: Element, locale: string): string | undefined {
  const o = [...el.children].find((c) => c.localName === "Override" && c.getAttribute("Locale") === locale);
  return o?.getAttribute("Value") ?? undefined;
}
const CJK = /[\u4e00-\u9fff]/;

/** width and height from a PNG's IHDR */
function pngSize(file: string): [number, number] {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString("ascii")).toBe("PNG");
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

let dist = "";
beforeAll(async () => {
  dist = await ensureProductionBuild();
}, 300_000);

describe("manifest.xml", () => {
  it("parses with office-addin-manifest info (child process) as an Excel task-pane add-in", async () => {
    const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        "npx",
        ["--no", "office-addin-manifest", "info", "manifest.xml"],
        // NODE_PATH: this install hoists ajv 6 beside packages that need ajv 8 (scripts/ajv8-path.js)
        { cwd: ROOT, env: { ...process.env, NODE_PATH: nodePathWithAjv8() }, timeout: 120_000 },
        (err, out, errOut) => resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout: out, stderr: errOut }),
      );
    });
    expect({ code, stderr: code ? stderr : "" }).toEqual({ code: 0, stderr: "" });
    expect(stdout).toMatch(/Name: 考核表校验/);
    expect(stdout).toMatch(/Type: TaskPaneApp/);
    expect(stdout).toMatch(/Hosts: Workbook/);
    expect(stdout).toMatch(/Permissions: ReadWriteDocument/);
    expect(stdout).toMatch(/Default Locale: zh-CN/);
    expect(stdout).toMatch(/Source Location: https:\/\/localhost:3000\/taskpane\.html/);
  }, 150_000);

  it("has the required elements: Workbook host, ReadWriteDocument, SourceLocation, icons", () => {
    expect(doc.documentElement.localName).toBe("OfficeApp");
    expect(doc.documentElement.getAttribute("xsi:type")).toBe("TaskPaneApp");
    expect(one("Id").textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(one("Version").textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    const hosts = all("Host").filter((h) => h.parentElement?.parentElement === doc.documentElement);
    expect(hosts.map((h) => h.getAttribute("Name"))).toEqual(["Workbook"]);
    expect(one("Permissions").textContent).toBe("ReadWriteDocument");
    expect(one("SourceLocation").getAttribute("DefaultValue")).toBe(`${DEV_ORIGIN}taskpane.html`);
    expect(one("IconUrl").getAttribute("DefaultValue")).toBe(`${DEV_ORIGIN}assets/icon-32.png`);
    expect(one("HighResolutionIconUrl").getAttribute("DefaultValue")).toBe(`${DEV_ORIGIN}assets/icon-64.png`);
  });

  it("is Chinese by default with an en-US override for the name, the description and every ribbon string", () => {
    expect(one("DefaultLocale").textContent).toBe("zh-CN");
    for (const tag of ["DisplayName", "Description"]) {
      const el = one(tag);
      expect(el.getAttribute("DefaultValue")).toMatch(CJK);
      expect(override(el, "en-US")).toMatch(/^[\x20-\x7e]+$/);
    }
    const strings = all("bt:String");
    expect(strings.length).toBeGreaterThanOrEqual(6);
    for (const s of strings) {
      expect([s.getAttribute("id"), CJK.test(s.getAttribute("DefaultValue") ?? "")]).toEqual([s.getAttribute("id"), true]);
      expect([s.getAttribute("id"), override(s, "en-US")]).toEqual([s.getAttribute("id"), expect.stringMatching(/^[\x20-\x7e]+$/)]);
    }
  });

  it("puts two buttons on the Home tab: one opens the pane, 检查 runs checkWorkbook; every resid resolves", () => {
    const tab = one("OfficeTab");
    expect(tab.getAttribute("id")).toBe("TabHome");
    const controls = [...tab.getElementsByTagName("Control")];
    const actions = controls.map((c) => c.getElementsByTagName("Action")[0]?.getAttribute("xsi:type"));
    expect(actions).toEqual(["ShowTaskpane", "ExecuteFunction"]);
    expect(controls[1].getElementsByTagName("FunctionName")[0].textContent).toBe("checkWorkbook");
    const resources = new Map(
      [...all("bt:Image"), ...all("bt:Url"), ...all("bt:String")]
        .filter((e) => e.getAttribute("id"))
        .map((e) => [e.getAttribute("id")!, e.getAttribute("DefaultValue")!] as const),
    );
    const checkLabel = controls[1].getElementsByTagName("Label")[0].getAttribute("resid")!;
    expect(resources.get(checkLabel)).toBe("检查");
    const resids = [...doc.getElementsByTagName("*")].map((e) => e.getAttribute("resid")).filter((r): r is string => !!r);
    expect(resids.length).toBeGreaterThan(10);
    for (const r of resids) expect([r, resources.has(r)]).toEqual([r, true]);
    const paneUrl = resources.get(controls[0].getElementsByTagName("SourceLocation")[0].getAttribute("resid")!);
    expect(paneUrl).toBe(`${DEV_ORIGIN}taskpane.html`);
  });
});

describe("the production build", () => {
  it("produces every URL and icon the manifest names, icons at their declared sizes", () => {
    const urls = [...new Set([...manifestText.matchAll(/"(https:\/\/localhost:3000\/[^"]*)"/g)].map((m) => m[1]))];
    expect(urls.length).toBeGreaterThanOrEqual(6);
    for (const url of urls) {
      const rel = url.slice(DEV_ORIGIN.length).split(/[?#]/)[0];
      if (rel === "") continue; // the AppDomain is the origin itself
      expect([url, existsSync(join(dist, rel))]).toEqual([url, true]);
    }
    expect(existsSync(join(dist, "manifest.xml"))).toBe(true);
    for (const img of all("bt:Image").filter((e) => e.getAttribute("id"))) {
      const size = Number(/(\d+)x\1$/.exec(img.getAttribute("id")!)![1]);
      expect(pngSize(join(dist, img.getAttribute("DefaultValue")!.slice(DEV_ORIGIN.length)))).toEqual([size, size]);
    }
    expect(pngSize(join(dist, "assets/icon-32.png"))).toEqual([32, 32]);
    expect(pngSize(join(dist, "assets/icon-64.png"))).toEqual([64, 64]);
  });

  it("serves Office.js from the add-in's own origin: office.js and the Excel host files, no debug builds", () => {
    const office = join(dist, "office-js");
    for (const f of ["office.js", "o15apptofilemappingtable.js", "excel-web-16.00.js", "excel-win32-16.01.js", "excel-mac-16.00.js", "zh-cn/office_strings.js", "en-us/office_strings.js", "telemetry/oteljs_agave.js", "ariatelemetry/aria-web-telemetry.js"]) {
      expect([f, existsSync(join(office, f))]).toEqual([f, true]);
    }
    expect(readdirSync(office).filter((f) => f.endsWith(".debug.js"))).toEqual([]);
    expect(readdirSync(office).filter((f) => /^(word|outlook|powerpoint|onenote)/.test(f))).toEqual([]);
    expect(readFileSync(join(dist, "taskpane.html"), "utf8")).toContain('src="office-js/office.js"');
    expect(readFileSync(join(dist, "commands.html"), "utf8")).toContain('src="office-js/office.js"');
  });

  it("keeps ExcelJS out of the Excel pane's initial JavaScript and the Fluent icons tree-shaken", () => {
    // a string only ExcelJS's writer/reader carries
    const marker = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const taskpane = readFileSync(join(dist, "taskpane.js"));
    expect(taskpane.includes(marker)).toBe(false);
    const chunks = readdirSync(dist).filter((f) => f.endsWith(".js") && f !== "taskpane.js" && f !== "commands.js");
    expect(chunks.some((f) => readFileSync(join(dist, f)).includes(marker))).toBe(true);
    const gz = gzipSync(taskpane, { level: 9 }).length;
    // eslint-disable-next-line no-console
    console.log(`taskpane.js: ${taskpane.length} bytes minified, ${gz} bytes gzipped`);
    // a CommonJS ts-loader output drags every Fluent icon in (megabytes); today ~120 KB gzipped
    expect(gz).toBeLessThan(250_000);
  });

  it("associates the ribbon's checkWorkbook function in the commands bundle", () => {
    expect(readFileSync(join(dist, "commands.js"), "utf8")).toMatch(/associate\)?\(\s*"checkWorkbook"/);
  });
});
