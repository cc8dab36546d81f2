import { checkRates } from "../../../src/engine/checks/rates";
import { checkRelationValues } from "../../../src/engine/checks/values";
import type { CellValue } from "../../../src/engine/grid";
import { err, rel, sheet } from "./builder";

/** 出生 858, 计划内 832, 计划生育率 96.97% */
const planned = (rate: CellValue, formats: Record<string, string> = {}, births: CellValue = 858) =>
  sheet("统计表", [["出生", "计划内", "计划生育率"], [births, 832, rate]], { formats });
const plannedRate = rel.rate("C2", "B2", "A2", 100, "计划生育率");

/** 签约 186 / 人群总数 190 */
const signed = (rate: CellValue, formats: Record<string, string> = {}) =>
  sheet("签约", [["人群总数", "已签约", "签约率"], [190, 186, rate]], { formats });
const signRate = rel.rate("C2", "B2", "A2", 100, "签约率");

describe("rates: rate = numerator / denominator (%)", () => {
  it.each<[string, CellValue, Record<string, string>]>([
    ["typed as text 96.97%", "96.97%", {}],
    ["full-width ９６.９７％", "９６.９７％", {}],
    ["a number 0.9697 formatted 0.00%", 0.9697, { C2: "0.00%" }],
    ["a formula result 832/858 formatted 0.00%", 832 / 858, { C2: "0.00%" }],
    ["a number 96.97 in a % column", 96.97, {}],
    ["a fraction 0.9697 without format", 0.9697, {}],
    ["rounded to 97%", "97%", {}],
    ["truncated to 96.9%", "96.9%", {}],
  ])("计划生育率 %s agrees with 832/858", (_what, value, formats) => {
    expect(checkRates(planned(value, formats), [plannedRate])).toEqual([]);
  });

  it("flags 计划生育率 97.97% against 832/858 = 96.97%, on the rate", () => {
    const f = checkRates(planned("97.97%"), [plannedRate]);
    expect(f).toEqual([
      expect.objectContaining({
        kind: "rate-mismatch", severity: "error", sheet: "统计表", cell: "C2", related: ["B2", "A2"], expected: 96.97, actual: 97.97,
      }),
    ]);
    expect(f[0].message).toBe("计划生育率 97.97% 与 832/858 = 96.97% 不一致(相差 1 个百分点)");
  });

  it("flags a percent-formatted 0.9797 the same way (the figure as shown)", () => {
    expect(checkRates(planned(0.9797, { C2: "0.00%" }), [plannedRate])).toEqual([
      expect.objectContaining({ cell: "C2", expected: 96.97, actual: 97.97 }),
    ]);
  });

  it("flags 签约率 100.00 shown next to 186/190 (seed: a coverage rate shown as 100%)", () => {
    const f = checkRates(signed(100, { C2: "0.00" }), [signRate]);
    expect(f).toEqual([expect.objectContaining({ kind: "rate-mismatch", cell: "C2", expected: 97.89, actual: 100 })]);
    expect(f[0].message).toBe("签约率 100.00 与 186/190 = 97.89% 不一致(相差 2.11 个百分点)");
  });

  it("is silent on 签约率 97.89% and 100% when all 190 signed", () => {
    expect(checkRates(signed("97.89%"), [signRate])).toEqual([]);
    const all = sheet("签约", [["人群总数", "已签约", "签约率"], [190, 190, "100%"]]);
    expect(checkRates(all, [signRate])).toEqual([]);
  });

  describe("truncated rates (DOMAIN: 45.6% written 45%, 79.8% written 79%)", () => {
    const s = (num: number, rate: CellValue) => sheet("表", [[1000, num, rate]]);
    const r = rel.rate("C1", "B1", "A1", 100, "到位率");
    it.each<[number, CellValue]>([[456, "45%"], [456, "46%"], [798, "79%"], [798, "80%"], [456, "45.6%"]])("%d/1000 shown %s agrees", (num, rate) => {
      expect(checkRates(s(num, rate), [r])).toEqual([]);
    });
    it.each<[number, CellValue, number]>([[456, "44%", 45.6], [798, "78%", 79.8], [456, "47%", 45.6], [456, "45.5%", 45.6]])(
      "%d/1000 shown %s is flagged (exact %d)", (num, rate, expected) => {
        expect(checkRates(s(num, rate), [r])).toEqual([expect.objectContaining({ kind: "rate-mismatch", expected })]);
      });
  });

  describe("per mille: 出生率 = 出生 / 总人口 ‰ (2647 births, 312388 people: 8.47‰)", () => {
    const s = (rate: CellValue) => sheet("表", [["总人口", "出生", "出生率"], [312388, 2647, rate]]);
    const r = rel.rate("C2", "B2", "A2", 1000, "出生率");
    it.each<CellValue>(["8.47‰", 8.47, "8.5‰", "8.4‰", 8.473])("%s agrees", (rate) => {
      expect(checkRates(s(rate), [r])).toEqual([]);
    });
    it("flags 9.47‰ with the gap in per-mille points", () => {
      const f = checkRates(s("9.47‰"), [r]);
      expect(f).toEqual([expect.objectContaining({ cell: "C2", expected: 8.47, actual: 9.47 })]);
      expect(f[0].message).toBe("出生率 9.47‰ 与 2647/312388 = 8.47‰ 不一致(相差 1 个千分点)");
    });
  });

  describe("missing or unreadable figures", () => {
    it("never flags when the denominator is empty, zero or the rate is —", () => {
      expect(checkRates(planned("96.97%", {}, null), [plannedRate])).toEqual([]);
      expect(checkRates(planned("0%", {}, 0), [plannedRate])).toEqual([]);
      expect(checkRates(planned("—"), [plannedRate])).toEqual([]);
    });
    it("a #DIV/0! rate is a bad-value (error) on the rate, not a rate-mismatch", () => {
      const s = planned(err("#DIV/0!"));
      expect(checkRates(s, [plannedRate])).toEqual([]);
      expect(checkRelationValues(s, [plannedRate])).toEqual([
        expect.objectContaining({ kind: "bad-value", severity: "error", cell: "C2", related: ["B2", "A2"] }),
      ]);
    });
    it("an approximate rate (约97%) is not compared", () => {
      expect(checkRates(planned("约90%"), [plannedRate])).toEqual([]);
    });
  });
});

describe("figures written in 万 (ten thousands)", () => {
  const s = (pop: CellValue, rate: CellValue) => sheet("表", [["总人口", "出生", "出生率"], [pop, 2647, rate]]);
  const r = rel.rate("C2", "B2", "A2", 1000, "出生率");
  it("reads 总人口 “31.2万” as about 312,000: 出生率 8.47‰ agrees", () => {
    expect(checkRates(s("31.2万", "8.47‰"), [r])).toEqual([]);
    expect(checkRates(s("31.2万人", "8.5‰"), [r])).toEqual([]);
  });
  it("still flags 出生率 9.47‰ against about 312,000 people", () => {
    expect(checkRates(s("31.2万", "9.47‰"), [r])).toEqual([expect.objectContaining({ kind: "rate-mismatch", cell: "C2" })]);
  });
});
