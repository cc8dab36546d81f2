/**
 * The parser's reasons as message codes (issue 12 item 4): every code has a Chinese text with
 * no Latin letters (quoted clause or short-form text aside) and an English text; a clause that
 * is not understood carries its code and parameters, and its `reason` string is the catalogue's
 * "中文 (English)" for them (what `assess rule --json` prints).
 */
import { parseRule, parseSectionRule, REASON_CODES, reasonString, reasonText } from "../../../src/engine/rules";
import { loadCorpus } from "./corpus-run";
import { join } from "path";

const SAMPLE = { min: 1, per: 10, max: 2000, text: "12345678901", list: "“扣分标准”", points: 3, full: 10, sum: 12, option: "x", token: "y" };

describe("reason codes", () => {
  it("every code has a zh text without Latin letters and an en text", () => {
    expect(REASON_CODES.length).toBeGreaterThan(30);
    for (const code of REASON_CODES) {
      const zh = reasonText(code, SAMPLE, "zh");
      const en = reasonText(code, SAMPLE, "en");
      expect(zh.trim()).not.toBe("");
      expect(en.trim()).not.toBe("");
      // quoted clause or short-form text may hold anything
      const own = zh.replace(/“[^”]*”|"[^"]*"/g, "");
      expect([code, own]).toEqual([code, expect.not.stringMatching(/[A-Za-z]/)]);
      expect([code, en]).toEqual([code, expect.stringMatching(/[a-z]/)]);
    }
  });

  it("a clause not understood carries its code, and its reason is the catalogue's text for it", () => {
    const corpus = loadCorpus(join(__dirname, "../../corpus/clauses/dev.json"));
    const seen = new Set<string>();
    const texts = [...corpus.clauses.map((c) => [c.clause, c.max] as const), ["", null] as const, ["A:7; B:-3; C:%", null] as const, ["每发现1起扣2分,扣2-1分", null] as const];
    for (const [text, max] of texts) {
      const p = parseRule(text, max === null ? {} : { max });
      if (p.understood) continue;
      seen.add(p.reasonCode);
      expect(REASON_CODES).toContain(p.reasonCode);
      expect(p.reason).toBe(reasonString(p.reasonCode, p.reasonParams));
    }
    expect(seen.size).toBeGreaterThanOrEqual(8);
    const section = parseSectionRule("");
    expect(section.understood).toBe(false);
    if (!section.understood) expect(section.reason).toBe("规则为空 (empty rule)");
  });

  it("keeps the texts assess rule printed before codes (the CLI contract)", () => {
    const p = parseRule("");
    expect(p.understood ? null : p.reason).toBe("评分标准为空 (empty scoring clause)");
    const q = parseRule("由考核组酌情扣分");
    expect(q.understood ? null : q.reason).toBe("由考核人酌情给分,没有可计算的分值 (left to the assessor's discretion; nothing to compute)");
  });
});
