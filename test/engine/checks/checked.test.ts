import { analyzeWorkbook } from "../../../src/engine";
import { sheet } from "../layout/build";

/** Honest coverage: per sheet, what was checked, and a note where nothing could be. */
describe("sheets[].checked and sheets[].note", () => {
  const stats = sheet("统计表", [
    ["项目", "人数"],
    ["上环", 105],
    ["结扎", 14],
    ["合计", 119],
    ["出生人数", 858],
    ["其中:政策内", 832],
  ]);
  const prose = sheet("说明", [["本表由乡镇计生办填报,每季度报送一次。"]]);
  const plan = analyzeWorkbook({ sheets: [stats, prose] });

  it("counts the relations of a statistics table by the finding kind they can raise", () => {
    const s = plan.sheets.find((x) => x.name === "统计表")!;
    expect(s.checked).toEqual({ relations: { "sum-mismatch": 1, "part-exceeds-total": 1 }, scores: 0 });
    expect(s.note).toBeUndefined();
  });

  it("says why nothing was checked on a sheet without a table", () => {
    const s = plan.sheets.find((x) => x.name === "说明")!;
    expect(s.checked).toEqual({ relations: {}, scores: 0 });
    expect(s.note).toMatch(/未作任何核对/);
    expect(s.noteEn).toMatch(/nothing was checked/);
  });

  it("says a table with no relation was not checked (a list of figures that relate to nothing)", () => {
    const p = analyzeWorkbook({ sheets: [sheet("名单", [["姓名", "年龄"], ["张三", 34], ["李四", 29]])] });
    expect(p.sheets[0].checked?.relations).toEqual({});
    expect(p.sheets[0].note).toMatch(/未作核对/);
  });
});
