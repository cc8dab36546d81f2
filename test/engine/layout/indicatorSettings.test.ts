/**
 * Indicators the clerk adds, kept in the workbook's settings (`_assess_settings`, field
 * `indicators`, the shape of src/engine/layout/indicators.json): read through the schema,
 * checked like the built-in ones; a pattern outside the safe subset is left out and said.
 */
import { analyzeWorkbook } from "../../../src/engine";
import type { CellValue } from "../../../src/engine/grid";
import { IndicatorSchema, readSettings, SETTINGS_SHEET } from "../../../src/engine/settings";
import { BUILTIN_INDICATORS } from "../../../src/engine/layout/indicators";
import { sheet } from "./build";

const rows = (rate: number): CellValue[][] => [["指标", "数值"], ["孕前检查目标人数", 200], ["已检查人数", 186], ["孕检率(%)", rate]];
const mine = { name: "孕检率", kind: "rate", rate: ["孕检率"], num: ["已检查"], den: ["目标人数"], scale: 100, coverage: true };

function withSettings(rate: number, settings: Record<string, unknown>) {
  return {
    sheets: [sheet("孕检", rows(rate)), { name: SETTINGS_SHEET, hidden: true, values: [[JSON.stringify({ version: 1, corrections: [], ruleOverrides: {}, lockedCells: [], ...settings })]] }],
  };
}
const found = (rate: number, settings: Record<string, unknown>) =>
  analyzeWorkbook(withSettings(rate, settings)).findings.map((f) => `${f.kind} ${f.sheet}!${f.cell}`);

describe("indicators kept in the workbook's settings", () => {
  it("are checked like the built-in ones: silent when 186/200 = 93%, one finding on 90", () => {
    expect(found(93, { indicators: [mine] })).toEqual([]);
    expect(found(90, { indicators: [mine] })).toEqual(["rate-mismatch 孕检!B4"]);
  });
  it("without them the rate is not checked (the built-in indicators do not know 孕检率)", () => {
    expect(found(90, {})).toEqual([]);
  });
  it("--ignore-settings leaves them out too", () => {
    expect(analyzeWorkbook(withSettings(90, { indicators: [mine] }), { ignoreSettings: true }).findings).toEqual([]);
  });
  it("an indicator with a pattern outside the safe subset is left out, with a warning on the record", () => {
    const bad = { ...mine, num: ["(已+)+检查"] };
    expect(found(90, { indicators: [bad] })).toEqual([`bad-value ${SETTINGS_SHEET}!A1`]);
  });
  it("the caller's own definition is used beside the workbook's", () => {
    const plan = analyzeWorkbook(withSettings(90, {}), { indicators: [mine as never] });
    expect(plan.findings.map((f) => f.cell)).toEqual(["B4"]);
  });
});

describe("IndicatorSchema: the shape the 识别结果 panel saves", () => {
  const ok = (w: string) => IndicatorSchema.safeParse({ ...mine, num: [w] }).success;
  it("takes text, ^, (…)?, .* once, | and escaped brackets, as the data file uses them", () => {
    for (const w of ["已检查", "^人群", "签约(人)?数", "应.*数", "^执业\\(助理\\)医师", "已检查|已检"]) expect([w, ok(w)]).toEqual([w, true]);
  });
  it("refuses what could backtrack without bound or is not text", () => {
    for (const w of ["(a+)+b", "a.*b.*c", "[a-z]", "a{2,}", "\\d", "", "x".repeat(61), "(a|b)?"]) expect([w, ok(w)]).toEqual([w, false]);
  });
  it("is the shape of the data file: every built-in indicator passes it", () => {
    for (const d of BUILTIN_INDICATORS) expect([d.name, IndicatorSchema.safeParse(d).error?.issues ?? []]).toEqual([d.name, []]);
  });
  it("refuses an unknown kind or a scale other than 1, 100, 1000, 10000", () => {
    expect(IndicatorSchema.safeParse({ ...mine, kind: "sum" }).success).toBe(false);
    expect(IndicatorSchema.safeParse({ ...mine, scale: 7 }).success).toBe(false);
  });
  it("readSettings keeps the valid ones and says the others", () => {
    const text = JSON.stringify({ version: 1, corrections: [], ruleOverrides: {}, lockedCells: [], indicators: [mine, { name: "x" }] });
    const { settings, problems } = readSettings(text);
    expect(settings.indicators?.map((d) => d.name)).toEqual(["孕检率"]);
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toContain("自定义指标");
  });
});

describe("an indicator's settings become its relation", () => {
  const checked = (rate: number, settings: Record<string, unknown>) => {
    const plan = analyzeWorkbook(withSettings(rate, settings));
    return { findings: plan.findings, relations: plan.sheets.find((s) => s.name === "孕检")?.checked?.relations ?? {} };
  };
  it("a rate relation is counted as checked on the sheet, whether it holds or not", () => {
    expect(checked(93, { indicators: [mine] }).relations).toEqual({ "rate-mismatch": 1, "count-exceeds-base": 1 });
    expect(checked(93, {}).relations).toEqual({});
  });
  it("the decimals stated are those of the expected figure in the finding", () => {
    const at = (decimals: number | undefined) => checked(90, { indicators: [{ ...mine, ...(decimals === undefined ? {} : { decimals }) }] }).findings[0];
    expect(at(undefined).expected).toBe(93);
    expect(at(undefined).message).toContain("= 93.00%");
    expect(at(0).message).toContain("= 93%");
    // 186/200 = 0.93: rounding to 1 decimal shows 93.0
    expect(at(1).message).toContain("= 93.0%");
  });
  it("a ratio (×100, not a rate) under a name no built-in indicator knows", () => {
    const ratio = { name: "门诊人次比", kind: "ratio", rate: ["门诊人次比"], num: ["^本年门诊"], den: ["^上年门诊"], scale: 100, decimals: 1 };
    const rows = (shown: number): CellValue[][] => [["指标", "数值"], ["本年门诊人次", 1234], ["上年门诊人次", 1000], ["门诊人次比", shown]];
    const run = (shown: number) =>
      analyzeWorkbook({ sheets: [sheet("门诊", rows(shown))] }, { indicators: [ratio as never] }).findings.map((f) => `${f.kind} ${f.cell} ${f.expected}`);
    expect(run(123.4)).toEqual([]);
    expect(run(132.4)).toEqual(["ratio-mismatch B4 123.4"]);
  });
  it("one definition per name: the caller's and the workbook's copy of the same indicator give one finding", () => {
    const plan = analyzeWorkbook(withSettings(90, { indicators: [mine] }), { indicators: [mine as never] });
    expect(plan.findings.map((f) => `${f.kind} ${f.cell}`)).toEqual(["rate-mismatch B4"]);
  });
  it("decimals outside 0–4 are refused by the schema", () => {
    expect(IndicatorSchema.safeParse({ ...mine, decimals: 5 }).success).toBe(false);
    expect(IndicatorSchema.safeParse({ ...mine, decimals: 1.5 }).success).toBe(false);
    expect(IndicatorSchema.safeParse({ ...mine, decimals: 2 }).success).toBe(true);
  });
});

describe("an indicator whose name has no 率", () => {
  const beds = { name: "每千人口床位数", kind: "rate", rate: ["每千人口.*床位"], num: ["^床位"], den: ["常住人口"], scale: 1000, decimals: 2 };
  const rows = (shown: number): CellValue[][] => [["指标", "数值"], ["常住人口(人)", 412000], ["床位数(张)", 2688], ["每千人口床位数(张)", shown]];
  const run = (shown: number, indicators: unknown[]) =>
    analyzeWorkbook({ sheets: [sheet("卫生资源", rows(shown))] }, { indicators: indicators as never }).findings.map((f) => `${f.kind} ${f.cell} ${f.expected}`);
  it("is checked by the clerk's definition: 2688/412000 × 1000 = 6.52", () => {
    expect(run(6.52, [beds])).toEqual([]);
    expect(run(6.25, [beds])).toEqual(["rate-mismatch B4 6.52"]);
  });
  it("and not without it", () => {
    expect(run(6.25, [])).toEqual([]);
  });
});
