/**
 * Brackets of other shapes are parentheses: 〔1分〕, 【2分】, 〖3分〗, ［4分］ read as (1分) … (dev7
 * L01-02 `2.认真履行团支部工作手册管理制度。〔1分〕`). A property over every corpus clause that holds
 * points in parentheses: written with each other bracket, the reading is the same.
 */
import { existsSync } from "fs";
import { join } from "path";
import { parseRule } from "../../../src/engine/rules";
import { normalizeClause } from "../../../src/engine/rules/parse/normalize";
import { loadCorpus } from "./corpus-run";

const FILES = ["dev.json", "dev2.json", "dev3.json", "dev4.json", "dev5.json", "dev6.json", "dev7.json", "dev10.json", "dev11.json", "dev12.json", "dev13.json", "dev14.json", "dev15.json", "dev16.json", "dev17.json", "dev18.json", "dev19.json"].map((f) => join(__dirname, "../../corpus/clauses", f));
const CLAUSES = FILES.flatMap((f) => (existsSync(f) ? loadCorpus(f).clauses.map((c) => ({ id: c.id, text: c.clause, max: c.max ?? undefined })) : []));

const reading = (text: string, max: number | undefined): string => {
  const p = parseRule(text, max !== undefined ? { max } : {});
  return p.understood ? `${p.construct} ${JSON.stringify(p.rule, (k, v: unknown) => (k === "label" ? undefined : v))}` : `not understood`;
};

describe("brackets of other shapes", () => {
  it.each([["〔", "〕"], ["【", "】"], ["〖", "〗"], ["［", "］"], ["[", "]"]])("%s1分%s is (1分)", (open, close) => {
    expect(normalizeClause(`建立台账${open}1分${close}`)).toBe(normalizeClause("建立台账(1分)"));
    const p = parseRule(`2.认真履行团支部工作手册管理制度。${open}1分${close}`, { max: 1 });
    expect(p.understood && p.rule).toEqual({ kind: "all-or-nothing", points: 1 });
  });

  it("every corpus clause with points in parentheses reads the same with each other bracket", () => {
    const re = /[(（]([^()（）]*\d[^()（）]*分[^()（）]*)[)）]/g;
    const bad: string[] = [];
    let rewritten = 0;
    for (const c of CLAUSES) {
      if (!new RegExp(re.source).test(c.text)) continue;
      const before = reading(c.text, c.max);
      for (const [open, close] of [["〔", "〕"], ["【", "】"]]) {
        const t = c.text.replace(re, `${open}$1${close}`);
        rewritten++;
        const after = reading(t, c.max);
        if (after !== before) bad.push(`${c.id}\n  ${c.text}\n→ ${t}\n  ${before}\n≠ ${after}`);
      }
    }
    expect(rewritten).toBeGreaterThan(40);
    expect(bad.slice(0, 3).join("\n")).toBe("");
  });
});
