/**
 * The reader, the evaluator, the formula writer and the value-cell writer never throw on a clause
 * a document might hold: every clause of the development sets and the seeds, each with every
 * single rewording below (one scoring word, number or separator swapped for a neighbour a
 * document could use), and clauses recombined from parts of several real clauses. A clerk's
 * workbook gets a refusal with a reason, never an exception (an exception in the add-in is a
 * task pane that stops; in `assess` a folder run that stops at one workbook).
 *
 * parseRule and scoreRule catch a fault of their own and refuse with it (`reader-fault`, "the
 * evaluator failed"): those refusals count as throws here.
 *
 * Found so: `每一个百分点` reworded `每一百分点` (一百 read as 100) beside "(4分)" threw a TypeError in
 * earned.ts (no earned points to compare with the deduction).
 */
import fc from "fast-check";
import { existsSync } from "fs";
import { join } from "path";
import type { CellValue } from "../../../src/engine/grid";
import { parseRule, ruleFormula, scoreRule, valueCellFor, type ScoringRule } from "../../../src/engine/rules";
import { loadCorpus } from "./corpus-run";
import { SEED_CLAUSES } from "./seed-clauses";

/** the development sets only (never a held-out file) */
const FILES = ["dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev10", "dev11", "dev12", "dev13", "dev14", "dev15"].map((f) => join(__dirname, "../../corpus/clauses", `${f}.json`));
const CLAUSES: ReadonlyArray<{ id: string; text: string; max?: number; values: string[] }> = [
  ...SEED_CLAUSES.map((c) => ({ id: c.id, text: c.text, max: c.max as number | undefined, values: [] as string[] })),
  ...FILES.flatMap((f) => (existsSync(f) ? loadCorpus(f).clauses : []).map((c) => ({
    id: c.id, text: c.clause, max: c.max ?? undefined, values: (c.cases ?? []).map((v) => v.value),
  }))),
];

/** one word swapped for another a document could use in its place */
const SWAPS: ReadonlyArray<readonly [RegExp, ReadonlyArray<string>]> = [
  [/个百分点/g, ["百分点", "%", "点"]],
  [/一个/g, ["一", "1个", "个"]],
  [/扣/g, ["减", "扣除", "罚", "加"]],
  [/得/g, ["计", "记", "加", "给"]],
  [/以上/g, ["及以上", "以下", "(含)以上", ""]],
  [/每/g, ["每一", "每1", "", "每个"]],
  [/\d+(?:\.\d+)?/g, ["一百", "0", "二十", "1-3", "1～2", "0.", ".5", "百分之十"]],
  [/为止/g, ["", "止"]],
  [/分/g, ["", "分分"]],
  [/[,，]/g, [";", "。", "", "、"]],
  [/的/g, ["者", ""]],
];

function* rewordings(text: string): Generator<string> {
  for (const [re, outs] of SWAPS) {
    for (const m of text.matchAll(re)) {
      const at = m.index ?? 0;
      for (const o of outs) yield text.slice(0, at) + o + text.slice(at + m[0].length);
    }
  }
}

/** value forms a clerk types (item 2 of issue 10) and bad input */
const VALUES: ReadonlyArray<CellValue> = ["", "0", "3", "是", "否", "无", "√", "×", "96%", "0.96", "5次", "少2项", "-1", "1e400", "#REF!", "abc", "第一名", "120%", "优秀", "是,否,否", 0, 3, 0.96, -2, true, false, null];

/** every way a rule is used once read; returns the error text of the first that throws */
function useAll(rule: ScoringRule, max: number | undefined, values: ReadonlyArray<CellValue>): string | null {
  try {
    ruleFormula(rule, "B2", max);
    for (const v of values) {
      // (scoreRule turns a fault of its own into a refusal: that refusal is the failure here)
      const r = scoreRule(rule, v, max);
      if (r.score === null && r.why?.en.startsWith("the evaluator failed")) return `${JSON.stringify(v)}: ${r.why.en}`;
      valueCellFor(rule, v);
    }
    return null;
  } catch (e) {
    return String(e);
  }
}

function check(text: string, max: number | undefined, values: ReadonlyArray<CellValue>): string | null {
  try {
    const p = parseRule(text, max !== undefined ? { max } : {});
    // (parseRule turns a fault of the reader into this refusal: that refusal is the failure here)
    if (!p.understood) return p.reasonCode === "reader-fault" ? p.reason : null;
    const err = useAll(p.rule, p.max ?? max, values);
    return err === null ? null : `${err} (after reading)`;
  } catch (e) {
    return String(e);
  }
}

describe("the reader never throws", () => {
  it("has clauses to reword", () => {
    expect(CLAUSES.length).toBeGreaterThan(1000);
  });

  it("refuses the rewording that threw (每一百分点 beside (4分)) with a reason", () => {
    const p = parseRule("(一)正常审限内结案率(4分),超审限案件每一百分点扣0.4分。", { max: 4 });
    expect(p.understood).toBe(false);
    if (!p.understood) expect(p.reasonCode).not.toBe("reader-fault");
  });

  it("turns a fault inside the reader into a refusal that names it (options that throw when read)", () => {
    const throwing = new Proxy({}, { get: () => { throw new Error("boom"); } });
    const p = parseRule("每缺1项扣1分", throwing);
    expect(p.understood).toBe(false);
    if (!p.understood) {
      expect(p.reasonCode).toBe("reader-fault");
      expect(p.reason).toContain("boom");
    }
  });

  it("reads and uses every clause of the development sets and the seeds, with every value form", () => {
    const thrown: string[] = [];
    for (const c of CLAUSES) {
      const err = check(c.text, c.max, [...VALUES, ...c.values]);
      if (err !== null) thrown.push(`${c.id} ${c.text}: ${err}`);
    }
    expect(thrown).toEqual([]);
  });

  it("reads every single rewording of every clause (one scoring word, number or separator swapped)", () => {
    const thrown: string[] = [];
    let n = 0;
    for (const c of CLAUSES) {
      for (const t of rewordings(c.text)) {
        n++;
        const err = check(t, c.max, VALUES.slice(0, 8));
        if (err !== null && thrown.length < 10) thrown.push(`${c.id} ${JSON.stringify(t)} max ${c.max}: ${err}`);
      }
    }
    expect(n).toBeGreaterThan(30000);
    expect(thrown).toEqual([]);
  }, 180_000); // (about 60,000 readings: 6 s on a quiet machine, 30 s at load 6)

  it("reads clauses recombined from parts of real clauses, with and without a max", () => {
    const parts = CLAUSES.flatMap((c) => c.text.split(/(?<=[,，;；。])/)).filter((f) => f.trim() !== "");
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: parts.length - 1 }), { minLength: 1, maxLength: 4 }),
        fc.option(fc.constantFrom(0, 0.5, 1, 2, 5, 10, 20, 100), { nil: undefined }),
        (picks, max) => check(picks.map((i) => parts[i]).join(""), max, VALUES) === null,
      ),
      { numRuns: 3000, seed: 20261207 },
    );
  });
});
