/** Node-only file access for the ExcelJS host (the CLI); the browser build never imports this. */
import { readFile, writeFile } from "fs/promises";
import { readXlsx, XlsxReadError, type ReadOptions, type XlsxReadResult } from "./read";

/** Read an .xlsx file from disk. Every failure is an XlsxReadError with a one-line message. */
export async function readXlsxFile(path: string, options: ReadOptions = {}): Promise<XlsxReadResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT" ? "no such file" :
      code === "EISDIR" ? "is a directory, not a file" :
      code === "EACCES" || code === "EPERM" ? "permission denied" :
      (e as Error).message.split("\n")[0];
    throw new XlsxReadError(`${path}: ${why}`);
  }
  try {
    return await readXlsx(bytes, options);
  } catch (e) {
    if (e instanceof XlsxReadError) throw new XlsxReadError(`${path}: ${e.message}`);
    throw e;
  }
}

/** Write bytes to a file (the CLI's --write OUT). */
export async function writeBytesFile(path: string, bytes: Uint8Array): Promise<void> {
  await writeFile(path, bytes);
}
