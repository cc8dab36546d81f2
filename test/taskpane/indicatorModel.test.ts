/**
 * The 识别结果 indicator form's pure side: what the clerk types becomes an indicator the settings
 * schema accepts (and the engine checks), or the problems said on their fields; edit and remove.
 */
import { analyzeWorkbook } from "../../src/engine";
import type { CellValue } from "../../src/engine/grid";
import { EMPTY_SETTINGS } from "../../src/engine/settingsEmpty";
import { IndicatorSchema } from "../../src/engine/settings";
import { EMPTY_INDICATOR_FORM, formOf, indicatorFromForm, withIndicator, withoutIndicator, wordsOf, type IndicatorForm } from "../../src/taskpane/understood/indicators";

const form = (f: Partial<IndicatorForm>): IndicatorForm => ({ ...EMPTY_INDICATOR_FORM, ...f });
const ok = (f: Partial<IndicatorForm>) => {
  const r = indicatorFromForm(form(f));
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.indicator;
};

describe("indicatorFromForm", () => {
  it("states a rate in the schema's shape: name and synonyms, literal words, scale, decimals", () => {
    const d = ok({ name: "孕检率", synonyms: "孕前检查率、孕检覆盖率", numerator: "已检查,已检", denominator: "目标人数(人)", scale: "percent", decimals: "1" });
    expect(d).toEqual({
      name: "孕检率", kind: "rate", definition: "已检查、已检 / 目标人数(人) × 100 (%)",
      rate: ["孕检率", "孕前检查率", "孕检覆盖率"], num: ["已检查", "已检"], notNum: ["率"], den: ["目标人数\\(人\\)"], notDen: ["率"], scale: 100, decimals: 1,
    });
    expect(IndicatorSchema.safeParse(d).success).toBe(true);
  });
  it("‰ is a rate ×1000, a ratio is kind ratio ×100; a numerator named as a rate may be a rate", () => {
    expect(ok({ name: "流产率", numerator: "流产", denominator: "育龄妇女", scale: "permille" })).toMatchObject({ kind: "rate", scale: 1000 });
    const r = ok({ name: "比值", numerator: "城镇化率", denominator: "全省城镇化率", scale: "ratio" });
    expect(r).toMatchObject({ kind: "ratio", scale: 100 });
    expect(r.notNum).toBeUndefined();
    expect(r.notDen).toBeUndefined();
  });
  it("says each field that is missing or refused, and saves nothing", () => {
    const r = indicatorFromForm(form({ name: " ", numerator: "a.*b.*c", denominator: "", decimals: "7" }));
    expect(r.ok ? [] : r.problems).toEqual([
      { field: "name", what: "missing" },
      { field: "denominator", what: "missing" },
      { field: "decimals", what: "bad-decimals" },
      { field: "numerator", what: "bad-text", text: "a.*b.*c" },
    ]);
    const bad = indicatorFromForm(form({ name: "孕检率", synonyms: "孕检[率]", numerator: "已检查", denominator: "目标" }));
    expect(bad.ok ? [] : bad.problems).toEqual([{ field: "synonyms", what: "bad-text", text: "孕检[率]" }]);
  });
  it("refuses a name already taken by another of the clerk's indicators", () => {
    const r = indicatorFromForm(form({ name: "孕检率", numerator: "已检查", denominator: "目标" }), ["孕检率"]);
    expect(r.ok ? [] : r.problems).toEqual([{ field: "name", what: "taken" }]);
  });
  it("reads a word list separated by 、 , , ; | or spaces", () => {
    expect(wordsOf(" 已检查、已检,检查人数;已查|查过  人数 ")).toEqual(["已检查", "已检", "检查人数", "已查", "查过", "人数"]);
  });
  it("formOf gives back what was typed (edit)", () => {
    const typed = form({ name: "孕检率", synonyms: "孕前检查率", numerator: "已检查、已检", denominator: "目标人数(人)", scale: "permille", decimals: "2" });
    const d = indicatorFromForm(typed);
    expect(d.ok && formOf(d.indicator)).toEqual(typed);
  });
});

describe("the settings the form saves", () => {
  const a = ok({ name: "孕检率", numerator: "已检查", denominator: "目标人数" });
  const b = ok({ name: "随访率", numerator: "已随访", denominator: "应随访" });
  it("adds, replaces, removes; the field goes when none remain", () => {
    const one = withIndicator(EMPTY_SETTINGS, a);
    const two = withIndicator(one, b);
    expect(two.indicators?.map((d) => d.name)).toEqual(["孕检率", "随访率"]);
    expect(withIndicator(two, { ...b, name: "随访管理率" }, 1).indicators?.map((d) => d.name)).toEqual(["孕检率", "随访管理率"]);
    expect(withoutIndicator(two, 0).indicators?.map((d) => d.name)).toEqual(["随访率"]);
    expect("indicators" in withoutIndicator(one, 0)).toBe(false);
  });
  it("what the form states is checked by the engine: a finding on the wrong rate only", () => {
    const rows: CellValue[][] = [["村", "目标人数", "已检查人数", "孕检率(%)"], ["东村", 200, 186, 90], ["西村", 150, 120, 80]];
    const findings = analyzeWorkbook({ sheets: [{ name: "孕检", values: rows }] }, { indicators: withIndicator(EMPTY_SETTINGS, a).indicators });
    expect(findings.findings.map((f) => `${f.kind} ${f.cell}`)).toEqual(["rate-mismatch D2"]);
  });
});
