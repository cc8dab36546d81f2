import { readCell, readText, parseChineseNumeral, formatDecimals, agreesAtPrecision, typedDecimals } from "../../src/engine/values";

describe("reading clerk-typed values", () => {
  it.each([
    ["3人", 3, 0, ""],
    ["46%", 46, 0, "%"],
    ["４６％", 46, 0, "%"],
    ["5.39‰", 5.39, 2, "‰"],
    ["约30%", 30, 0, "%"],
    ["65,669", 65669, 0, ""],
    ["三人", 3, 0, ""],
    ["十二个", 12, 0, ""],
    ["2起", 2, 0, ""],
    ["97.89", 97.89, 2, ""],
  ])("%s reads as %d (%d decimals, unit %s)", (text, value, decimals, unit) => {
    const r = readText(text);
    expect(r).toMatchObject({ kind: "number", value, decimals, unit });
  });

  it("reads 107:100 as a ratio", () => {
    expect(readText("107:100")).toMatchObject({ kind: "number", value: 107, ratioBase: 100 });
  });

  it.each(["—", "/", "-", "--"])("%s is not applicable, not zero", (t) => {
    expect(readText(t).kind).toBe("not-applicable");
  });

  it.each([["是", true], ["有", true], ["√", true], ["否", false], ["无", false], ["×", false]])("%s is a yes/no answer %s", (t, v) => {
    expect(readText(t as string)).toMatchObject({ kind: "bool", value: v });
  });

  it("reads errors as errors, never as zero", () => {
    expect(readCell({ error: "#REF!" })).toEqual({ kind: "error", error: "#REF!" });
    expect(readText("#DIV/0!")).toEqual({ kind: "error", error: "#DIV/0!" });
  });

  it("keeps unreadable text as text", () => {
    expect(readText("见附表").kind).toBe("text");
  });

  it("scales percent-formatted numbers and takes decimals from the format", () => {
    expect(readCell(0.4597, "0.00%")).toMatchObject({ value: 45.97, decimals: 2, unit: "%" });
    expect(readCell(5.391, "0.00")).toMatchObject({ value: 5.391, decimals: 2 });
    expect(readCell(97.89, null)).toMatchObject({ value: 97.89, decimals: 2 });
  });

  it("parses Chinese numerals", () => {
    expect(parseChineseNumeral("一")).toBe(1);
    expect(parseChineseNumeral("两")).toBe(2);
    expect(parseChineseNumeral("十")).toBe(10);
    expect(parseChineseNumeral("二十")).toBe(20);
    expect(parseChineseNumeral("一百零五")).toBe(105);
    expect(parseChineseNumeral("abc")).toBeNull();
  });

  it("counts decimals of formats and typed numbers", () => {
    expect(formatDecimals("0.00%")).toBe(2);
    expect(formatDecimals("#,##0")).toBe(0);
    expect(formatDecimals("General")).toBeUndefined();
    expect(typedDecimals(40.97)).toBe(2);
    expect(typedDecimals(3)).toBe(0);
  });

  it("applies the rounding rule: rounded or truncated, nothing further", () => {
    expect(agreesAtPrecision(45, 45.6, 0)).toBe(true); // truncated
    expect(agreesAtPrecision(46, 45.6, 0)).toBe(true); // rounded
    expect(agreesAtPrecision(79, 79.8, 0)).toBe(true);
    expect(agreesAtPrecision(97.89, 186 / 190 * 100, 2)).toBe(true);
    expect(agreesAtPrecision(100, 186 / 190 * 100, 2)).toBe(false);
    expect(agreesAtPrecision(44, 45.6, 0)).toBe(false);
  });
});

describe("magnitudes written in words", () => {
  it("reads 31.2万 as 312000 shown to the thousand, and 1.5亿 as 150000000", () => {
    expect(readText("31.2万")).toMatchObject({ kind: "number", value: 312000, decimals: -3 });
    expect(readText("1.5亿")).toMatchObject({ kind: "number", value: 150000000, decimals: -7 });
    expect(readText("3万人")).toMatchObject({ value: 30000, decimals: -4 });
  });
  it("lets a figure in 万 agree with the exact count it rounds", () => {
    expect(agreesAtPrecision(312000, 312388, -3)).toBe(true);
    expect(agreesAtPrecision(312000, 313388, -3)).toBe(false);
  });
});
