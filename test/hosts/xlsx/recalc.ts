/**
 * Recalculate an .xlsx with headless LibreOffice and read its first sheet back as CSV (or
 * save it as .xlsx), for tests that compare what we cache with an independent spreadsheet
 * engine. The program and the always-recalculate profile are test/support/libreoffice.ts's.
 */
import { execFileSync } from "child_process";
import { existsSync, readFileSync } from "fs";
import { basename, extname, join } from "path";
import { pathToFileURL } from "url";
import { recalcProfile, sofficeProgram } from "../../support/libreoffice";

export const soffice = sofficeProgram();

/**
 * Open `input` in LibreOffice (recalculating every formula) and save it with `filter` into
 * `work`/out-<ext>; returns the output path. soffice exits 0 even when it fails, so the
 * output's existence is checked.
 */
export function convertWithLibreOffice(input: string, work: string, ext: "csv" | "xlsx"): string {
  const profile = recalcProfile();
  const out = join(work, `out-${ext}`);
  const filter = ext === "csv" ? "csv:Text - txt - csv (StarCalc):44,34,76,1" : "xlsx:Calc MS Excel 2007 XML";
  execFileSync(
    soffice.path!,
    [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--headless", "--norestore", "--nolockcheck",
      "--convert-to", filter,
      "--outdir", out, input,
    ],
    { stdio: "pipe", timeout: 180_000 },
  );
  const target = join(out, `${basename(input, extname(input))}.${ext}`);
  if (!existsSync(target)) throw new Error(`LibreOffice wrote no ${ext} (soffice exits 0 even when it fails)`);
  return target;
}

/** Recalculate `xlsx` with LibreOffice and return its first sheet as CSV rows. */
export function recalcToCsv(xlsx: string, work: string): string[][] {
  return parseCsv(readFileSync(convertWithLibreOffice(xlsx, work, "csv"), "utf8"));
}

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = "";
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") endField();
    else if (ch === "\n") {
      endField();
      rows.push(row);
      row = [];
    } else if (ch !== "\r") field += ch;
  }
  if (field || row.length) {
    endField();
    rows.push(row);
  }
  return rows;
}

