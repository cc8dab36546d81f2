/**
 * Differential test against a real spreadsheet engine: the formulas ruleFormula writes are
 * recalculated by headless LibreOffice and must give exactly what scoreRule gives.
 *
 * 1,500 generated (rule, value, max, period) cases (seeded, every construct, values at and
 * around the boundaries in the shapes clerks type), every (clause, value) pair of the seed
 * clauses, and ~1,000 cases for the short numbers-mode formulas, in one workbook, one
 * LibreOffice run. scoreRule's null ("cannot score") must
 * come out as an error or text cell (#N/A, #VALUE!, "一票否决"); every number must agree to
 * 1e-9. Values the formula is documented not to read (full-width digits, Chinese numerals)
 * are left out of the seed sheet; the engine reads them, the formula shows an error.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { CellValue } from "../../../src/engine/grid";
import { parseRule, ruleFormula, scoreRule, type Period, type ScoringRule, type ValueShapes } from "../../../src/engine/rules";
import { readText } from "../../../src/engine/values";
import { describeWith, systemProgram, SOFFICE_INSTALL } from "../../support/system";
import { readXlsxValues, recalcXlsx, type RecalcValue } from "../../support/libreoffice";
import { generateCases } from "./generate";
import { SEED_CLAUSES } from "./seed-clauses";

const soffice = systemProgram(["soffice", "libreoffice"], SOFFICE_INSTALL);

interface Row {
  readonly label: string;
  readonly rule: ScoringRule;
  readonly value: CellValue;
  readonly max: number | undefined;
  readonly period: Period | undefined;
  readonly numberFormat?: string;
}

/** Shapes the formula does not read (documented in formula.ts). */
const FORMULA_UNREAD = /[０-９％]|^[一二三四五六七八九十两]+[\u4e00-\u9fa5]?$|^约/;

function agree(engine: number | null, sheet: RecalcValue): boolean {
  if (engine === null) return sheet !== null && (typeof sheet === "string" || typeof sheet === "object");
  return typeof sheet === "number" && Math.abs(sheet - engine) <= 1e-9 * Math.max(1, Math.abs(engine));
}

/**
 * The values numbers-mode formulas are for: numbers and blanks, 无 for a count, and for the
 * rules that take words (yes/no, lists, part names) any text that is not a number typed as text.
 */
const TAKES_WORDS = new Set(["all-or-nothing", "fixed-deduction", "percentage-cut", "veto", "period-default", "sub-clauses", "per-case", "listed-parts", "doubled", "range-bonus"]);
function numbersModeValue(row: Row): boolean {
  if (typeof row.value !== "string") return true;
  if (readText(row.value).kind === "number") return false;
  return row.value === "无" || TAKES_WORDS.has(row.rule.kind);
}

function writeRows(ws: ExcelJS.Worksheet, rows: ReadonlyArray<Row>, values: ValueShapes = "as-typed"): Array<string | null> {
  return rows.map((row, i) => {
    const r = i + 1;
    if (row.value !== null) ws.getCell(r, 1).value = row.value as ExcelJS.CellValue;
    if (row.numberFormat) ws.getCell(r, 1).numFmt = row.numberFormat;
    const f = ruleFormula(row.rule, `A${r}`, row.max, { period: row.period, values, numberFormat: row.numberFormat });
    if (f !== null) ws.getCell(r, 2).value = { formula: f.slice(1) } as ExcelJS.CellFormulaValue;
    return f;
  });
}

describeWith(soffice)("formulas recalculated by LibreOffice agree with scoreRule", () => {
  let dir: string;
  const generated: Row[] = generateCases(20261122, 1500).map((c, i) => ({ label: `gen#${i}`, ...c }));
  const numeric: Row[] = generateCases(11, 1500).map((c, i) => ({ label: `num#${i}`, ...c })).filter(numbersModeValue);
  const seeds: Row[] = [];
  for (const c of SEED_CLAUSES) {
    const p = parseRule(c.text);
    if (!p.understood) throw new Error(`seed clause not understood: ${c.id}`);
    for (const [value] of c.cases) {
      if (typeof value === "string" && FORMULA_UNREAD.test(value)) continue;
      seeds.push({ label: `${c.id} ← ${JSON.stringify(value)}`, rule: p.rule, value, max: c.max, period: c.period });
    }
  }
  let sheets: Map<string, RecalcValue[][]>;
  let formulas: Record<string, Array<string | null>>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "assess-rules-lo-"));
    const wb = new ExcelJS.Workbook();
    formulas = {
      generated: writeRows(wb.addWorksheet("generated"), generated),
      seeds: writeRows(wb.addWorksheet("seeds"), seeds),
      numbers: writeRows(wb.addWorksheet("numbers"), numeric, "numbers"),
    };
    const input = join(dir, "rules.xlsx");
    await wb.xlsx.writeFile(input);
    const out = await recalcXlsx(input, join(dir, "recalc"));
    sheets = await readXlsxValues(out);
  }, 120_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  function disagreements(name: "generated" | "seeds" | "numbers", rows: ReadonlyArray<Row>): string[] {
    const values = sheets.get(name);
    if (!values) throw new Error(`sheet ${name} missing after recalculation`);
    const bad: string[] = [];
    rows.forEach((row, i) => {
      const engine = scoreRule(row.rule, row.value, row.max, { period: row.period, numberFormat: row.numberFormat }).score;
      if (formulas[name][i] === null) {
        if (engine !== null) bad.push(`${row.label}: engine ${engine} but no formula`);
        return;
      }
      const sheet = values[i + 1]?.[2] ?? null;
      if (!agree(engine, sheet)) {
        bad.push(`${row.label} ${row.rule.kind} value=${JSON.stringify(row.value)} max=${row.max} period=${row.period}: engine ${engine}, LibreOffice ${JSON.stringify(sheet)}`);
      }
    });
    return bad;
  }

  it("≥1,000 generated cases: zero disagreements", () => {
    const withFormula = formulas.generated.filter((f) => f !== null).length;
    expect(withFormula).toBeGreaterThanOrEqual(1000);
    // enough cases that score a number (not only errors) for the agreement to mean something
    const scored = generated.filter((r) => scoreRule(r.rule, r.value, r.max, { period: r.period }).score !== null).length;
    expect(scored).toBeGreaterThanOrEqual(600);
    expect(disagreements("generated", generated)).toEqual([]);
  });

  it("every seed clause at its boundary values: zero disagreements", () => {
    expect(seeds.length).toBeGreaterThanOrEqual(150);
    expect(disagreements("seeds", seeds)).toEqual([]);
  });

  it("numbers-mode formulas on numbers, blanks and words: zero disagreements", () => {
    expect(formulas.numbers.filter((f) => f !== null).length).toBeGreaterThanOrEqual(700);
    expect(disagreements("numbers", numeric)).toEqual([]);
  });

  it("rates in percent-formatted cells (1.05 is 105%) agree too", () => {
    const pct = [...generated, ...numeric].filter((r) => r.numberFormat);
    expect(pct.length).toBeGreaterThanOrEqual(50);
    expect(pct.some((r) => typeof r.value === "number" && r.value > 1)).toBe(true);
  });

  it("a blank value leaves the score cell empty", () => {
    const i = generated.findIndex((r, k) => r.value === null && formulas.generated[k] !== null && /^=IF\(A\d+="",""/.test(formulas.generated[k]!));
    expect(i).toBeGreaterThanOrEqual(0);
    expect(sheets.get("generated")![i + 1][2]).toBe("");
  });

  it("a veto shows 一票否决 in the sheet", () => {
    const i = seeds.findIndex((r) => r.rule.kind === "veto" && r.value === "是");
    expect(i).toBeGreaterThanOrEqual(0);
    expect(sheets.get("seeds")![i + 1][2]).toBe("一票否决");
  });
});
