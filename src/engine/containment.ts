/**
 * Failure contained: a rule, a table or a sheet that breaks the engine (a bug, or a value no
 * one planned for, such as a 400-digit number in a scoring standard) becomes an error finding on
 * its cell, and the rest of the workbook is still checked and reported. Never a silent gap: the
 * finding says what was not checked, so the exit status cannot be 0 because of it.
 */
import { cellAddress } from "./address";
import type { SheetSnapshot, WorkbookSnapshot } from "./grid";
import type { Finding } from "./findings";
import type { SheetLayout, WorkbookLayout } from "./layout/model";

function reason(e: unknown): string {
  const s = e instanceof Error ? e.message : String(e);
  const line = s.split(/\r?\n/)[0].trim();
  return line.length > 160 ? line.slice(0, 157) + "…" : line;
}

/** The finding that says what could not be checked, and why, on the cell it is about. */
export function failureFinding(
  sheet: string,
  cell: string,
  e: unknown,
  what: { readonly zh: string; readonly en: string },
): Finding {
  const why = reason(e);
  return {
    kind: "bad-value", severity: "error", sheet, cell, related: [],
    message: `${what.zh}时出错,未能检查(${why}),请人工核对`,
    messageEn: `${what.en} failed and was not checked (${why}); check it by hand`,
  };
}

/** Run `f`; when it throws, push a failure finding and return `fallback`. */
export function contained<T>(
  findings: Finding[],
  where: { readonly sheet: string; readonly cell: string },
  what: { readonly zh: string; readonly en: string },
  f: () => T,
  fallback: T,
): T {
  try {
    return f();
  } catch (e) {
    findings.push(failureFinding(where.sheet, where.cell, e, what));
    return fallback;
  }
}

/**
 * The layout of a workbook; a sheet whose layout cannot be understood is left out with an
 * error finding on its first cell, and the others are still understood (relations across
 * sheets then only among the sheets that could be read).
 */
export function understandContained(
  snapshot: WorkbookSnapshot,
  understand: (s: WorkbookSnapshot) => WorkbookLayout,
  isData: (s: SheetSnapshot) => boolean,
  findings: Finding[],
): WorkbookLayout {
  try {
    return understand(snapshot);
  } catch (first) {
    const helpers = snapshot.sheets.filter((s) => !isData(s));
    const broken = new Set<string>();
    for (const s of snapshot.sheets) {
      if (!isData(s)) continue;
      try {
        understand({ ...snapshot, sheets: [s, ...helpers] });
      } catch (e) {
        broken.add(s.name);
        findings.push(failureFinding(s.name, "A1", e, { zh: "识别此表的结构", en: "Reading this sheet's layout" }));
      }
    }
    const rest = { ...snapshot, sheets: snapshot.sheets.filter((s) => !broken.has(s.name)) };
    try {
      return understand(rest);
    } catch (e) {
      // the sheets read one by one: relations across sheets are what failed
      const sheets: SheetLayout[] = [];
      for (const s of rest.sheets) if (isData(s)) sheets.push(...understand({ ...snapshot, sheets: [s, ...helpers] }).sheets);
      const firstSheet = rest.sheets.find(isData)?.name ?? snapshot.sheets[0]?.name ?? "";
      if (broken.size === 0) findings.push(failureFinding(firstSheet, "A1", e ?? first, { zh: "比较各表之间的相同数字", en: "Comparing figures across sheets" }));
      return { sheets, relations: [] };
    }
  }
}

/**
 * The checks of a workbook; when they fail, run sheet by sheet so that only the sheet that
 * breaks them is reported as not checked.
 */
export function checkContained(
  snapshot: WorkbookSnapshot,
  layout: WorkbookLayout,
  check: (s: WorkbookSnapshot, l: WorkbookLayout) => Finding[],
): Finding[] {
  try {
    return check(snapshot, layout);
  } catch (whole) {
    const out: Finding[] = [];
    for (const sl of layout.sheets) {
      try {
        out.push(...check(snapshot, { sheets: [sl], relations: [] }));
      } catch (e) {
        out.push(failureFinding(sl.name, "A1", e, { zh: "检查此表的数字关系", en: "Checking this sheet's figures" }));
      }
    }
    try {
      out.push(...check(snapshot, { sheets: [], relations: layout.relations }));
    } catch (e) {
      out.push(failureFinding(layout.sheets[0]?.name ?? "", "A1", e ?? whole, { zh: "比较各表之间的相同数字", en: "Comparing figures across sheets" }));
    }
    return out;
  }
}

/** The first cell of a table (its header's first cell), where a failure of the table is said. */
export function tableCell(table: { readonly headerTop: number; readonly columns: ReadonlyArray<{ readonly col: number }> }): string {
  return cellAddress(table.headerTop, table.columns[0]?.col ?? 0);
}

/** What the host left out when it read a sheet (an oversized merge, rows beyond the grid): warnings on their cells. */
export function readWarningFindings(snapshot: WorkbookSnapshot): Finding[] {
  const out: Finding[] = [];
  for (const s of snapshot.sheets) {
    for (const w of s.readWarnings ?? []) {
      out.push({ kind: "bad-value", severity: "warning", sheet: s.name, cell: w.cell, related: [], message: w.message, messageEn: w.messageEn });
    }
  }
  return out;
}
