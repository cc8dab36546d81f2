/**
 * Node-only file access for the ExcelJS host (the CLI); the browser build never imports this.
 *
 * Reading: only a regular file is read (never a device such as /dev/zero, a FIFO or a
 * directory), and only up to a stated size. Writing: the output goes to a temporary file
 * beside the target and is renamed over it, and the target is compared with the input by
 * file identity (device + inode), so a symlink or a hard link to the input is never written.
 */
import { constants } from "fs";
import { lstat, open, realpath, rename, stat, unlink, writeFile } from "fs/promises";
import { basename, dirname, join } from "path";
import { randomBytes } from "crypto";
import { inflateRawSync } from "zlib";
import type { XlsxReadResult } from "./read";
import { XlsxReadError } from "./read-error";
import type { ReadOptions } from "./snapshotValues";
import { readXlsxSnapshot } from "./direct";
import { useRawInflater } from "./inflate";
import type { WorkbookSnapshot } from "../../engine/grid";

// in Node the package's parts are inflated by zlib, natively (inflate.ts)
useRawInflater(inflateRawSync);

/** Largest workbook file read (bytes): within it a check stays inside the time and memory budget. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

function mb(n: number): string {
  return `${Math.round((n / (1024 * 1024)) * 10) / 10} MB`;
}

function errnoReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code === "ENOENT" ? "no such file" :
    code === "EISDIR" ? "is a directory, not a file" :
    code === "EACCES" || code === "EPERM" ? "permission denied" :
    code === "ELOOP" ? "too many symbolic links" :
    String((e as Error).message ?? e).split("\n")[0];
}

/**
 * The bytes of a regular file of at most `maxBytes`. Opened without blocking (a FIFO would
 * otherwise wait for a writer), checked on the open handle (no race with a rename), and read
 * no further than the size it had when opened.
 */
export async function readRegularFile(path: string, maxBytes = MAX_FILE_BYTES): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw new XlsxReadError(`${path}: ${errnoReason(e)}`);
  }
  try {
    const st = await handle.stat();
    if (st.isDirectory()) throw new XlsxReadError(`${path}: is a directory, not a file`);
    if (!st.isFile()) throw new XlsxReadError(`${path}: not a regular file (a device, pipe or socket is never read)`);
    if (st.size > maxBytes) {
      throw new XlsxReadError(`${path}: the file is ${mb(st.size)}, larger than the ${mb(maxBytes)} a workbook may have here`);
    }
    const bytes = new Uint8Array(st.size);
    let off = 0;
    while (off < st.size) {
      const { bytesRead } = await handle.read(bytes, off, st.size - off, off);
      if (bytesRead === 0) break;
      off += bytesRead;
    }
    return off === st.size ? bytes : bytes.subarray(0, off);
  } catch (e) {
    if (e instanceof XlsxReadError) throw e;
    throw new XlsxReadError(`${path}: ${errnoReason(e)}`);
  } finally {
    await handle.close();
  }
}

/** Read an .xlsx file from disk. Every failure is an XlsxReadError with a one-line message. */
export async function readXlsxFile(path: string, options: ReadOptions = {}): Promise<XlsxReadResult> {
  const bytes = await readRegularFile(path);
  // ExcelJS is loaded when a workbook is read with it, not with this module (readXlsxSnapshotFile)
  const { readXlsx } = await import("./read");
  try {
    return await readXlsx(bytes, options);
  } catch (e) {
    if (e instanceof XlsxReadError) throw new XlsxReadError(`${path}: ${e.message}`);
    throw e;
  }
}

/** Read an .xlsx file's snapshot only (nothing will be written back): direct.ts where it can. */
export async function readXlsxSnapshotFile(path: string, options: ReadOptions = {}): Promise<{ snapshot: WorkbookSnapshot }> {
  const bytes = await readRegularFile(path);
  try {
    return await readXlsxSnapshot(bytes, options);
  } catch (e) {
    if (e instanceof XlsxReadError) throw new XlsxReadError(`${path}: ${e.message}`);
    throw e;
  }
}

/**
 * Whether `output` is (or leads to) the same file as `input`: same device and inode after
 * following links (a symlink or a hard link to the input counts), or the same real path.
 * A missing output is not the input.
 */
export async function isSameFile(input: string, output: string): Promise<boolean> {
  let a, b;
  try {
    a = await stat(input);
  } catch {
    return false;
  }
  try {
    b = await stat(output);
  } catch {
    return false;
  }
  if (a.dev === b.dev && a.ino === b.ino) return true;
  try {
    return (await realpath(input)) === (await realpath(output));
  } catch {
    return false;
  }
}

/** Why `output` cannot be written for `input`, one line in each language, or null when it can. */
export async function writeTargetProblem(input: string, output: string): Promise<{ readonly en: string; readonly zh: string } | null> {
  if (await isSameFile(input, output)) {
    return {
      en: "--write OUT must not be the input file or a link to it (the input is never modified)",
      zh: "--write 的输出文件不能是输入文件或指向它的链接(输入文件从不改动)",
    };
  }
  try {
    const st = await stat(output);
    if (st.isDirectory()) return { en: `cannot write ${output}: it is a folder`, zh: `无法写入 ${output}: 这是文件夹` };
    if (!st.isFile()) return { en: `cannot write ${output}: not a regular file`, zh: `无法写入 ${output}: 不是普通文件` };
  } catch {
    // a new file: its folder must exist
    const folder = dirname(output);
    try {
      const d = await stat(folder);
      if (!d.isDirectory()) return { en: `cannot write ${output}: ${folder} is not a folder`, zh: `无法写入 ${output}: ${folder} 不是文件夹` };
    } catch {
      return { en: `cannot write ${output}: the folder ${folder} does not exist`, zh: `无法写入 ${output}: 文件夹 ${folder} 不存在` };
    }
  }
  return null;
}

/**
 * Write bytes to `path` through a temporary file beside it, renamed over it at the end, so a
 * failed write never leaves a half-written file and a link at `path` is replaced, not followed.
 * With `notSameAs`, refuses when `path` is that file (checked again just before the rename).
 */
export async function writeBytesFile(path: string, bytes: Uint8Array, notSameAs?: string): Promise<void> {
  if (notSameAs !== undefined) {
    const problem = await writeTargetProblem(notSameAs, path);
    if (problem) throw new Error(problem.en);
  }
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await writeFile(tmp, bytes, { flag: "wx", mode: 0o644 });
    if (notSameAs !== undefined && (await isSameFile(notSameAs, path))) {
      throw new Error("--write OUT must not be the input file or a link to it (the input is never modified)");
    }
    await rename(tmp, path);
  } catch (e) {
    try {
      await lstat(tmp);
      await unlink(tmp);
    } catch {
      // nothing left behind
    }
    throw e;
  }
}
