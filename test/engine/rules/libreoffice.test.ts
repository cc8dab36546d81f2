/**
 * Differential test against a real spreadsheet engine: the formulas ruleFormula writes are
 * recalculated by headless LibreOffice and must give exactly what scoreRule gives.
 *
 * The value cell holds what the plan leaves there (cell.ts): a value typed as text the
 * formula does not read ("4次", "少2项", "９６％", "约30%", "√") is first made a number with a
 * number format showing the same text, exactly as the plan writes it. Three sheets, one
 * LibreOffice run: 1,500 generated (rule, value, max, period) cases (seeded, every construct,
 * values at and around the boundaries in the shapes clerks type), every (clause, value) pair of
 * the seed clauses, and every (clause, value) pair of the clause corpus
 * (test/corpus/clauses/dev.json, dev2.json … dev7.json, dev10.json, dev11.json) and of the paraphrases of a measured
 * value (quantity-paraphrases.ts), with each value form of issue 10 item 2 added. scoreRule's
 * null ("cannot score") must come out as an error or text cell (#N/A, #VALUE!, "一票否决");
 * every number must agree to 1e-9.
 */
import ExcelJS from "exceljs";
import { existsSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { CellValue } from "../../../src/engine/grid";
import { parseRule, ruleFormula, scoreRule, valueCellFor, type Period, type ScoringRule } from "../../../src/engine/rules";
import { describeWith, systemProgram, SOFFICE_INSTALL } from "../../support/system";
import { readXlsxValues, recalcXlsx, type RecalcValue } from "../../support/libreoffice";
import { loadCorpus } from "./corpus-run";
import { generateCases } from "./generate";
import { KINDS_B_CLAUSES } from "./kinds-b-clauses";
import { MEASURED_GROUPS } from "./measured-paraphrases";
import { PARAPHRASE_GROUPS } from "./quantity-paraphrases";
import { UT_GROUPS } from "./roundNine-ut-paraphrases";
import { GR_CLAUSES } from "./roundThirteen-gr-clauses";
import { SEED_CLAUSES } from "./seed-clauses";
import { SANCTION_CLAUSES } from "./roundThirteen-th-clauses";
import { INT14_CLAUSES } from "./roundFourteen-int-clauses";

const soffice = systemProgram(["soffice", "libreoffice"], SOFFICE_INSTALL);
const CORPORA = ["dev.json", "dev2.json", "dev3.json", "dev4.json", "dev5.json", "dev6.json", "dev7.json", "dev10.json", "dev11.json", "dev12.json", "dev13.json", "dev14.json", "dev15.json", "dev16.json", "dev17.json", "dev18.json", "dev19.json"].map((f) => join(__dirname, "../../corpus/clauses", f));

interface Row {
  readonly label: string;
  readonly rule: ScoringRule;
  readonly value: CellValue;
  readonly max: number | undefined;
  readonly period: Period | undefined;
  readonly numberFormat?: string;
}

function agree(engine: number | null, sheet: RecalcValue): boolean {
  if (engine === null) return sheet !== null && (typeof sheet === "string" || typeof sheet === "object");
  return typeof sheet === "number" && Math.abs(sheet - engine) <= 1e-9 * Math.max(1, Math.abs(engine));
}

/** the value cell as the plan leaves it, then the formula reading it */
function writeRows(ws: ExcelJS.Worksheet, rows: ReadonlyArray<Row>): Array<string | null> {
  return rows.map((row, i) => {
    const r = i + 1;
    const opts = { period: row.period, numberFormat: row.numberFormat };
    const engine = scoreRule(row.rule, row.value, row.max, opts).score;
    // (rate tiers: a rate between two bands is read, then refused by the tiers — the plan still makes it a number;
    // so is a rate above the target whose bonus would pass the item's max, under a step up)
    const readThenRefused = row.rule.kind === "rate-tiers" || ((row.rule.kind === "rate-per-point-to-zero" || row.rule.kind === "rate-threshold") && row.rule.above !== undefined);
    const cell = engine !== null || readThenRefused ? valueCellFor(row.rule, row.value, opts) : null;
    const value = cell ? cell.value : row.value;
    const numberFormat = cell?.numberFormat ?? row.numberFormat;
    if (value !== null) ws.getCell(r, 1).value = value as ExcelJS.CellValue;
    if (numberFormat) ws.getCell(r, 1).numFmt = numberFormat;
    const f = ruleFormula(row.rule, `A${r}`, row.max, { period: row.period, numberFormat });
    if (f !== null) ws.getCell(r, 2).value = { formula: f.slice(1) } as ExcelJS.CellFormulaValue;
    return f;
  });
}

/** Every value form of issue 10 item 2, added to each corpus clause's own values. */
const VALUE_FORMS: ReadonlyArray<string> = [
  "4次", "5种", "2个展板", "少2项", "缺1人", "3项未完成", "迟到1次", "无", "未发生", "0", "是", "有", "√",
  "96%", "0.96", "９６％", "约30%", "三人", "否", "×",
  // (round 9: a rate typed as how far below its target, and a share from the top of a ranking)
  "少2%", "差3个百分点", "前8%",
  // (round 10: counts of several kinds, each with its count word, and none of any kind said in one word)
  "1人次,2人次", "2次、0次", "0,0",
  // (round 10: a rate threshold answered by the words of its standard)
  "达标", "未达标",
];

describeWith(soffice)("formulas recalculated by LibreOffice agree with scoreRule", () => {
  let dir: string;
  const generated: Row[] = generateCases(20261122, 1500).map((c, i) => ({ label: `gen#${i}`, ...c }));
  const seeds: Row[] = [];
  for (const c of SEED_CLAUSES) {
    const p = parseRule(c.text);
    if (!p.understood) throw new Error(`seed clause not understood: ${c.id}`);
    for (const [value] of c.cases) {
      seeds.push({ label: `${c.id} ← ${JSON.stringify(value)}`, rule: p.rule, value, max: c.max, period: c.period });
    }
  }
  const corpus: Row[] = [];
  for (const file of CORPORA.filter((f) => existsSync(f))) {
    for (const c of loadCorpus(file).clauses) {
      const p = parseRule(c.clause, c.max !== null ? { max: c.max } : {});
      if (!p.understood) continue;
      const max = c.max ?? undefined;
      for (const k of c.cases ?? []) {
        const period: Period | undefined = k.period === "half" ? "half-year" : k.period === "full" ? "full-year" : undefined;
        corpus.push({ label: `${c.id} ← ${k.value}`, rule: p.rule, value: k.value, max, period });
      }
      for (const v of VALUE_FORMS) corpus.push({ label: `${c.id} ← ${v} (form)`, rule: p.rule, value: v, max, period: undefined });
    }
  }
  // the round-7 paraphrases of kinds-b.test.ts (grades, stages, …), text values included
  for (const [text, max, values] of KINDS_B_CLAUSES) {
    const p = parseRule(text, max !== null ? { max } : {});
    if (!p.understood) throw new Error(`kinds-b clause not understood: ${text}`);
    for (const value of values) corpus.push({ label: `${text.slice(0, 12)} ← ${value}`, rule: p.rule, value, max: max ?? undefined, period: undefined });
  }
  // round 13 (th): a sanction past a count — the counts that reach it give #N/A as the engine refuses them
  for (const c of SANCTION_CLAUSES) {
    const p = parseRule(c.text, c.max !== null ? { max: c.max } : {});
    if (!p.understood) throw new Error(`sanction clause not understood: ${c.text}`);
    for (const [value] of c.cases) corpus.push({ label: `${c.text.slice(0, 12)} ← ${value}`, rule: p.rule, value, max: c.max ?? undefined, period: undefined });
  }
  // round 14 (integrator): a band for none within 以内 deductions, and a count short of a bound
  for (const c of INT14_CLAUSES) {
    const p = parseRule(c.text, c.max !== null ? { max: c.max } : {});
    if (!p.understood) throw new Error(`round 14 clause not understood: ${c.text}`);
    for (const [value] of c.cases) corpus.push({ label: `${c.text.slice(0, 12)} ← ${value}`, rule: p.rule, value, max: c.max ?? undefined, period: undefined });
  }
  // the paraphrases of a measured value in any unit (quantity-paraphrases.ts, round 7; measured-paraphrases.ts,
  // round 8) × their values and the value forms
  // (and round 9's, roundNine-ut-paraphrases.ts)
  for (const group of [...PARAPHRASE_GROUPS, ...MEASURED_GROUPS, ...UT_GROUPS]) {
    for (const c of group.clauses) {
      const p = parseRule(c.text, c.max !== undefined ? { max: c.max } : {});
      if (!p.understood) throw new Error(`paraphrase not understood: ${c.text}`);
      for (const [value] of c.cases) corpus.push({ label: `${c.text} ← ${value}`, rule: p.rule, value, max: c.max, period: undefined });
      for (const v of VALUE_FORMS) corpus.push({ label: `${c.text} ← ${v} (form)`, rule: p.rule, value: v, max: c.max, period: undefined });
    }
  }
  // round 13 (gr): its rewordings × their values and the value forms
  for (const [text, max, cases] of GR_CLAUSES) {
    const p = parseRule(text, max !== null ? { max } : {});
    if (!p.understood) throw new Error(`gr clause not understood: ${text}`);
    for (const value of [...cases.map(([v]) => v), ...VALUE_FORMS]) corpus.push({ label: `${text.slice(0, 12)} ← ${value}`, rule: p.rule, value, max: max ?? undefined, period: undefined });
  }
  let sheets: Map<string, RecalcValue[][]>;
  let formulas: Record<string, Array<string | null>>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "assess-rules-lo-"));
    const wb = new ExcelJS.Workbook();
    formulas = {
      generated: writeRows(wb.addWorksheet("generated"), generated),
      seeds: writeRows(wb.addWorksheet("seeds"), seeds),
      corpus: writeRows(wb.addWorksheet("corpus"), corpus),
    };
    const input = join(dir, "rules.xlsx");
    await wb.xlsx.writeFile(input);
    const out = await recalcXlsx(input, join(dir, "recalc"));
    sheets = await readXlsxValues(out);
  }, 180_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  function disagreements(name: "generated" | "seeds" | "corpus", rows: ReadonlyArray<Row>): string[] {
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

  it("every corpus clause × its values and every value form (4次, 少2项, ９６％, 约30%, √ …): zero disagreements", () => {
    if (!existsSync(CORPORA[0])) return;
    expect(corpus.length).toBeGreaterThanOrEqual(1000);
    const scored = corpus.filter((r) => scoreRule(r.rule, r.value, r.max, { period: r.period }).score !== null).length;
    expect(scored).toBeGreaterThanOrEqual(500);
    expect(disagreements("corpus", corpus)).toEqual([]);
  });

  it("rates in percent-formatted cells (1.05 is 105%) agree too", () => {
    const pct = generated.filter((r) => r.numberFormat);
    // and rates typed as text ("96%", "９６％", "约30%") the plan makes percent-formatted fractions
    const typed = corpus.filter((r) => /%/.test(valueCellFor(r.rule, r.value, { period: r.period })?.numberFormat ?? ""));
    expect(pct.length + typed.length).toBeGreaterThanOrEqual(50);
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
