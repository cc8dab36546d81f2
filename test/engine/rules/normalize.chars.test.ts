/**
 * The characters the clause normaliser maps (issue 10): traditional characters (the table
 * generated from OpenCC's TSCharacters), enumeration marks inside a clause, unit symbols after
 * a number, 乙 for the numeral 一 of a count; and what the table must never touch.
 */
import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { parseRule, ruleFormula, scoreRule } from "../../../src/engine/rules";
import { valueCellFor } from "../../../src/engine/rules/cell";
import { WORDS } from "../../../src/engine/rules/parse/lexer";
import { AFTER_NUMERAL_CHARS, normalizeClause, simplifiedChar } from "../../../src/engine/rules/parse/normalize";
import { TRADITIONAL_PAIRS } from "../../../src/engine/rules/parse/traditional";
import { readCountText } from "../../../src/engine/values";
import { loadCorpus } from "./corpus-run";
import { SEED_CLAUSES } from "./seed-clauses";

const TABLE = new Map<string, string>();
for (let i = 0; i + 1 < TRADITIONAL_PAIRS.length; i += 2) TABLE.set(TRADITIONAL_PAIRS[i], TRADITIONAL_PAIRS[i + 1]);

describe("the traditional → simplified table", () => {
  it("is pairs of single characters, each traditional character once, none mapped to itself or to another key", () => {
    expect(TRADITIONAL_PAIRS.length % 2).toBe(0);
    expect(TABLE.size).toBe(TRADITIONAL_PAIRS.length / 2);
    expect(TABLE.size).toBeGreaterThan(2500);
    for (const [from, to] of TABLE) {
      expect(from).not.toBe(to);
      expect(TABLE.has(to)).toBe(false);
    }
  });

  it("has no character of a scoring word, a measure word or a recogniser's code as a key (a simplified clause keeps them)", () => {
    const dir = join(__dirname, "../../../src/engine/rules/parse");
    const used = new Set<string>();
    for (const [, ws] of WORDS) for (const w of ws) for (const ch of w) used.add(ch);
    for (const ch of AFTER_NUMERAL_CHARS) used.add(ch);
    for (const f of readdirSync(dir).filter((n) => n.endsWith(".ts") && n !== "traditional.ts")) {
      // the code without its comments, which quote traditional spellings on purpose
      const code = readFileSync(join(dir, f), "utf8").replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:\\])\/\/.*$/gm, "$1");
      for (const ch of code) if (ch >= "\u4e00" && ch <= "\u9fff") used.add(ch);
    }
    expect([...used].filter((ch) => TABLE.has(ch)).join("")).toBe("");
  });

  it("leaves the seed clauses (simplified) as they are, and changes only the few corpus clauses published in traditional characters", () => {
    const has = (t: string): boolean => [...t].some((ch) => TABLE.has(ch));
    expect(SEED_CLAUSES.filter((c) => has(c.text)).map((c) => c.id)).toEqual([]);
    const dir = join(__dirname, "../../corpus/clauses");
    const corpus = ["dev.json", "dev2.json", "dev3.json"].flatMap((f) => loadCorpus(join(dir, f)).clauses);
    const changed = corpus.filter((c) => has(c.clause));
    // D34 (a scheme from Taiwan), E07, E26, E37, E45 … and F15-01: about 30 of 515
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.length).toBeLessThan(corpus.length / 10);
  });

  it("simplifies the scoring words of a traditional clause", () => {
    expect(normalizeClause("每推遲1個月到位的扣10分,扣完為止。")).toBe("每推迟1个月到位的扣10分,扣完为止;");
    expect(normalizeClause("計滿10分為止")).toBe("计满10分为止");
    expect(normalizeClause("達不到標準不計分,實行一票否決")).toBe("达不到标准不计分,实行一票否决");
    expect(normalizeClause("記50分,減2分,滿分")).toBe("记50分,减2分,满分");
    expect(normalizeClause("臺賬不規範的扣兩分")).toBe("台账不规范的扣2分");
    expect(simplifiedChar("項")).toBe("项");
    expect(simplifiedChar("项")).toBe("项");
  });

  it("reads a traditional clause as its simplified spelling", () => {
    const t = parseRule("每配備1名計3分,計滿10分為止");
    const s = parseRule("每配备1名计3分,计满10分为止");
    expect(t).toEqual(s);
    expect(t.understood && t.construct).toBe("per-unit-capped");
    const late = parseRule("5月份群眾工作網絡建設到位的記50分,每推遲1個月到位的扣10分。", { max: 50 });
    expect(late).toEqual(parseRule("5月份群众工作网络建设到位的记50分,每推迟1个月到位的扣10分。", { max: 50 }));
  });
});

describe("乙 for the numeral 一", () => {
  it("is 一 before a measure word of a count", () => {
    expect(normalizeClause("每缺乙個轄區單位扣1分")).toBe("每缺1个辖区单位扣1分");
    expect(normalizeClause("发现乙次扣2分")).toBe("发现1次扣2分");
    const r = parseRule("3、落實責任制,村、社群對轄區單位簽訂年度禁毒責任狀計10分,每缺乙個轄區單位扣1分。", { max: 10 });
    expect(r.understood && r.rule).toEqual({ kind: "per-unit-deduction-floored", per: 1, unit: "个", points: 1, full: 10, target: null, cap: null });
    if (!r.understood) throw new Error("not understood");
    expect(scoreRule(r.rule, "缺3個", 10).score).toBe(7);
  });

  it("is left where it names a party, a class or a grade", () => {
    for (const s of ["甲乙双方各扣2分", "乙类传染病每例扣1分", "乙级扣2分", "乙方人员", "甲、乙个人", "乙肝疫苗接种率"]) {
      expect(normalizeClause(s)).toBe(s.replace(/个/g, "个"));
    }
  });
});

describe("enumeration marks inside a clause", () => {
  it("are separators: ; after words, nothing after a separator or at the start", () => {
    expect(normalizeClause("①未及时备案的扣5分;②未及时公开的扣5分")).toBe("未及时备案的扣5分;未及时公开的扣5分");
    expect(normalizeClause("未及时备案的扣5分 ⑵未及时公开的扣5分")).toBe("未及时备案的扣5分 ;未及时公开的扣5分");
    expect(normalizeClause("扣分标准:㈠未备案扣5分,㈡未公开扣5分")).toBe("扣分标准:未备案扣5分,未公开扣5分");
  });

  it("no longer become the digits of a count", () => {
    const r = parseRule("①未及时向区政务公开办备案的扣5分;②未及时公开的扣5分;③未按照要素撰写年度报告扣5分", { max: 15 });
    expect(r.understood && r.construct).toBe("sub-clauses");
    if (!r.understood || r.rule.kind !== "sub-clauses") throw new Error("not sub-clauses");
    expect(r.rule.parts.map((p) => p.label)).toEqual(["未及时向区政务公开办备案", "未及时公开", "未按照要素撰写年度报告"]);
  });
});

describe("unit symbols after a number", () => {
  it("are one measure word whatever the spelling (㎡, m², m2)", () => {
    for (const s of ["人均面積少1㎡扣2分。", "人均面积少1m²扣2分。", "人均面积少1 m2扣2分。"]) {
      const r = parseRule(s, { max: 8 });
      expect(r.understood && r.rule).toEqual({ kind: "per-unit-deduction-floored", per: 1, unit: "㎡", points: 2, full: null, target: null, cap: null });
    }
    expect(normalizeClause("每超1kg扣1分,每超2km扣1分,每少3m3扣1分,㎏")).toBe("每超1㎏扣1分,每超2㎞扣1分,每少3㎥扣1分,kg");
  });

  it("are left alone where no number stands before them (a word, not a unit)", () => {
    expect(normalizeClause("m2型号")).toBe("m2型号");
    expect(normalizeClause("5kgs")).toBe("5kgs");
  });

  it("score a value typed with the symbol, and the cell keeps showing it", () => {
    const r = parseRule("人均面積少1㎡扣2分。", { max: 8 });
    if (!r.understood) throw new Error("not understood");
    expect(scoreRule(r.rule, "3㎡", 8).score).toBe(2);
    expect(readCountText("3㎡")).toEqual({ value: 3, prefix: "", suffix: "㎡", decimals: 0 });
    expect(valueCellFor(r.rule, "3㎡")).toEqual({ value: 3, numberFormat: '0"㎡"' });
    expect(ruleFormula(r.rule, "B2", 8)).toMatch(/8-2\*INT\(B2\)/);
  });
});

describe("numbers glued together by the page (dev3 F09, F24)", () => {
  const shape = (text: string) => {
    const p = parseRule(text);
    return p.understood ? { construct: p.construct, rule: p.rule } : { refused: p.reasonCode };
  };

  it("an item's number glued to a count in Chinese numerals is its numbering, not part of the count", () => {
    // 2一名… (F09-04) was read as 21名
    const glued = shape("2一名党委班子成员违法被移送司法机关,扣 5分。");
    expect(glued).toEqual(shape("一名党委班子成员违法被移送司法机关,扣 5分。"));
    expect(glued).toEqual(shape("2、一名党委班子成员违法被移送司法机关,扣 5分。"));
    expect(glued).toMatchObject({ construct: "per-case", rule: { unit: "名", points: 5 } });
    expect(shape("２一名党委班子成员违法被移送司法机关,扣5分。")).toEqual(glued);
    expect(shape(" 2 一名党委班子成员违法被移送司法机关,扣5分。")).toEqual(glued);
  });

  it("inside a clause, a count in Chinese numerals never joins the number before it", () => {
    expect(normalizeClause("共12三次")).toBe("共12 3次");
    expect(normalizeClause("共12次")).toBe("共12次");
    expect(normalizeClause("三次")).toBe("3次");
  });

  it("a decimal below 1 split after its point (扣0. 2分) is one number; an item number before a point is not touched", () => {
    expect(normalizeClause("每经过一处特大桥扣0. 2分。")).toBe("每经过1处特大桥扣0.2分;");
    expect(shape("每经过一处特大桥扣0. 2分。")).toEqual(shape("每经过一处特大桥扣0.2分。"));
    expect(shape("每经过一处特大桥扣0. 2分。")).toMatchObject({ rule: { points: 0.2 } });
    // 10. 2 and 1. 2 are not 0. 2: left as they are
    expect(normalizeClause("扣10. 2分")).toBe("扣10. 2分");
    expect(normalizeClause("1. 2次以上扣1分")).toBe("1. 2次以上扣1分");
  });
});

describe("满 that is reaching an age or a time (dev2 E38-01)", () => {
  it("is no cap: 年满18周岁, 满60岁, 满3年", () => {
    const rule = (t: string) => {
      const p = parseRule(t, { max: 0.5 });
      return p.understood ? p.rule : p.reasonCode;
    };
    const plain = rule("本村男性公民登记率为100%,该项分值为0.5分每少一人扣0.1分,扣完为止");
    expect(plain).toMatchObject({ kind: "per-unit-deduction-floored", points: 0.1 });
    expect(rule("本村当年年满18周岁男性公民登记率为100%,该项分值为0.5分每少一人扣0.1分,扣完为止")).toEqual(plain);
    expect(rule("本村满60岁男性公民登记率为100%,该项分值为0.5分每少一人扣0.1分,扣完为止")).toEqual(plain);
    // still a cap where it caps points
    expect(parseRule("每发现一起加1分,满5分为止", { max: 5 })).toMatchObject({ understood: true, rule: { cap: 5 } });
  });
});
