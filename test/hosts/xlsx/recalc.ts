/**
 * Recalculate an .xlsx with headless LibreOffice and read its first sheet back as CSV, for
 * tests that compare what we cache with an independent spreadsheet engine. LibreOffice keeps
 * OOXML cached values unless its profile says otherwise, so a private profile sets
 * OOXMLRecalcMode/ODFRecalcMode to 0 (always recalculate).
 */
import { execFileSync } from "child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "fs";
import { basename, extname, join } from "path";
import { pathToFileURL } from "url";
import { SOFFICE_INSTALL, systemProgram } from "../../support/system";

export const soffice = systemProgram(["soffice", "libreoffice"], SOFFICE_INSTALL);

const RECALC_XCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * Open `input` in LibreOffice (recalculating every formula) and save it with `filter` into
 * `work`/out-<ext>; returns the output path. soffice exits 0 even when it fails, so the
 * output's existence is checked.
 */
export function convertWithLibreOffice(input: string, work: string, ext: "csv" | "xlsx"): string {
  const profile = join(work, "profile");
  mkdirSync(join(profile, "user"), { recursive: true });
  writeFileSync(join(profile, "user", "registrymodifications.xcu"), RECALC_XCU);
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

