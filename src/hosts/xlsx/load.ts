/**
 * ExcelJS loads the package inspect.ts has already opened, instead of unzipping the file a
 * second time: inspect.ts has inflated and decoded every sheet's XML (a tenth of ExcelJS's
 * whole load of a large sheet), so the sheets are handed over as text.
 *
 * ExcelJS 4.4 (pinned in package.json) starts `xlsx.load(data)` by calling
 * `JSZip.loadAsync(data)` synchronously, on the same JSZip module this host imports when both
 * run in Node (the CLI's bundle, the tests). For that one call `loadAsync` answers with the
 * inspected package, and it is put back before anything else can run. What ExcelJS reads of
 * the package is `files`: for each entry its `name`, `dir` and `async("string")` (or
 * `async("nodebuffer")` for images and themes). The sheets' entries give the inspected text
 * itself, once, and let go of it (a copy would cost as much memory as the text); the other
 * entries are JSZip's own.
 *
 * The browser build of ExcelJS carries its own copy of JSZip, which never sees the hand-over:
 * it is given the bytes instead (the input, or the patched copy when inspect.ts left something
 * out), made only when that copy of JSZip asks for them. Either way ExcelJS reads exactly what
 * inspect.ts bounded.
 */
import JSZip from "jszip";
import type * as ExcelJS from "exceljs";
import type { InspectResult } from "./inspect";

type LoadAsync = (data: unknown, options?: unknown) => Promise<unknown>;

/** A sheet already inflated: its text, given once. */
class InflatedSheet {
  readonly dir = false;
  constructor(
    readonly name: string,
    private text: string | undefined,
  ) {}

  async(type: string): Promise<string | Uint8Array> {
    const text = this.text;
    this.text = undefined;
    if (text === undefined) return Promise.reject(new Error(`${this.name} was read already`));
    return Promise.resolve(type === "string" || type === "text" ? text : new TextEncoder().encode(text));
  }
}

function arrayBufferOf(bytes: Uint8Array): ArrayBuffer {
  return (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes.buffer : bytes.slice().buffer) as ArrayBuffer;
}

/** Load the inspected package into `workbook` (a new one). */
export function loadInspected(workbook: ExcelJS.Workbook, inspected: Pick<InspectResult, "bytes" | "zip" | "sheets">): Promise<ExcelJS.Workbook> {
  // what a JSZip other than ours reads: a promise-like that makes the bytes when awaited
  const lazyBytes = {
    then(resolve: (b: ArrayBuffer) => void, reject: (e: unknown) => void) {
      inspected.bytes().then((b) => resolve(arrayBufferOf(b)), reject);
    },
  };
  const zipModule = JSZip as unknown as { loadAsync: LoadAsync };
  const own = zipModule.loadAsync;
  zipModule.loadAsync = () => {
    zipModule.loadAsync = own;
    const files: Record<string, unknown> = {};
    for (const [name, entry] of Object.entries(inspected.zip.files)) {
      const text = inspected.sheets.get(name);
      files[name] = text === undefined ? entry : new InflatedSheet(name, text);
    }
    inspected.sheets.clear();
    return Promise.resolve({ files });
  };
  try {
    return workbook.xlsx.load(lazyBytes as unknown as ArrayBuffer);
  } finally {
    zipModule.loadAsync = own;
  }
}
