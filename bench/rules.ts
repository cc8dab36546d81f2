/**
 * `npm run bench rules`: how fast scoring standards are read, scored and written as formulas.
 * Input: every seed-001 scoring clause (test/engine/rules/seed-clauses.ts) with its values.
 */
import { parseRule, ruleFormula, scoreRule } from "../src/engine/rules";
import { SEED_CLAUSES } from "../test/engine/rules/seed-clauses";

function perSecond(label: string, unit: string, n: number, fn: () => void): number {
  fn(); // warm-up
  const start = process.hrtime.bigint();
  let rounds = 0;
  let elapsed = 0;
  do {
    fn();
    rounds += 1;
    elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  } while (elapsed < 1);
  const rate = (rounds * n) / elapsed;
  process.stdout.write(`${label}: ${Math.round(rate).toLocaleString("en-US")} ${unit}/s (${rounds * n} in ${elapsed.toFixed(2)} s)\n`);
  return rate;
}

export async function run(): Promise<void> {
  const texts = SEED_CLAUSES.map((c) => c.text);
  const parsed = SEED_CLAUSES.map((c) => {
    const p = parseRule(c.text);
    if (!p.understood) throw new Error(`seed clause not understood: ${c.id}`);
    return { rule: p.rule, c };
  });
  const scored = parsed.flatMap(({ rule, c }) => c.cases.map(([value]) => ({ rule, value, max: c.max, period: c.period })));
  process.stdout.write(`${texts.length} seed clauses (${texts.reduce((a, t) => a + t.length, 0)} characters), ${scored.length} values\n`);
  perSecond("parse", "clauses", texts.length, () => {
    for (const t of texts) parseRule(t);
  });
  perSecond("score", "values", scored.length, () => {
    for (const s of scored) scoreRule(s.rule, s.value, s.max, { period: s.period });
  });
  perSecond("formula", "formulas", parsed.length, () => {
    for (const { rule, c } of parsed) ruleFormula(rule, "B2", c.max, { period: c.period });
  });
}
