/**
 * What `assess check PATH...` checks: a file as given; a folder's .xlsx/.xlsm workbooks,
 * recursively; a glob expanded here (Windows shells do not expand `*.xlsx`, and a quoted glob
 * reaches us unexpanded everywhere). Skipped in folders and globs: Excel's lock files
 * (`~$报表.xlsx`), hidden files (LibreOffice's `.~lock.…#`, the add-in's own temporary
 * `.OUT.xlsx.…tmp` beside a file being written) and hidden folders.
 */
import { readdir, stat } from "fs/promises";
import { isAbsolute, join, resolve, sep } from "path";
import { tr, type Lang } from "./i18n";

export interface Inputs {
  /** the workbooks to check, each once, in a stable order */
  readonly files: string[];
  /** paths that gave nothing to check, with why (counted as unreadable) */
  readonly problems: Array<{ path: string; reason: string }>;
  /** true when a folder or glob was given: a batch shows progress and a final line */
  readonly batch: boolean;
}

const WORKBOOK = /\.(xlsx|xlsm)$/i;
const GLOB_CHARS = /[*?[\]{}]/;

/** A workbook a folder or glob should yield (not a lock file, not hidden, not temporary). */
export function isCheckable(name: string): boolean {
  return WORKBOOK.test(name) && !name.startsWith("~$") && !name.startsWith(".");
}

const collator = new Intl.Collator("zh-CN", { numeric: true });

async function walk(dir: string, out: string[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return; // an unreadable sub-folder has nothing we can check; the top folder was stat'ed
  }
  entries.sort((a, b) => collator.compare(a.name, b.name));
  for (const e of entries) {
    if (e.name.startsWith(".")) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) await walk(p, out);
    else if ((e.isFile() || e.isSymbolicLink()) && isCheckable(e.name)) out.push(p);
  }
}

export async function expandInputs(paths: ReadonlyArray<string>, lang: Lang): Promise<Inputs> {
  const files: string[] = [];
  const problems: Array<{ path: string; reason: string }> = [];
  let batch = false;
  const seen = new Set<string>();
  const add = (f: string) => {
    const key = resolve(f);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(f);
  };
  for (const p of paths) {
    let st;
    try {
      st = await stat(p);
    } catch {
      st = undefined;
    }
    if (st?.isDirectory()) {
      batch = true;
      const found: string[] = [];
      await walk(p, found);
      if (found.length === 0) {
        problems.push({ path: p, reason: tr(lang, `${p}: 文件夹中没有 .xlsx/.xlsm 工作簿`, `${p}: no .xlsx/.xlsm workbook in this folder`) });
      }
      found.forEach(add);
    } else if (!st && GLOB_CHARS.test(p)) {
      batch = true;
      // globs are written with / (a Windows user may type \)
      const pattern = sep === "\\" ? p.replace(/\\/g, "/") : p;
      // loaded only for a glob: most runs name files and folders
      const { glob } = await import("tinyglobby");
      const found = (await glob(pattern, { onlyFiles: true, dot: false, expandDirectories: false, absolute: isAbsolute(p) }))
        .filter((f) => isCheckable(f.slice(f.lastIndexOf("/") + 1)))
        .sort(collator.compare);
      if (found.length === 0) {
        problems.push({ path: p, reason: tr(lang, `${p}: 没有与之匹配的 .xlsx/.xlsm 工作簿`, `${p}: no .xlsx/.xlsm workbook matches`) });
      }
      found.forEach(add);
    } else {
      // a file as given (its reading says what is wrong with it, a missing one included)
      add(p);
    }
  }
  return { files, problems, batch };
}
