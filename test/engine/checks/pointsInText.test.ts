/**
 * Points stated inside a scheme's text (issue 11): sub-item points in the rule text against the
 * item's points column, a section's merged "(30分)" against its rows. The fixture is the corpus
 * table 衡山东湖镇2013 村级计分表 (test/corpus/tables/dev), built into an .xlsx and read as
 * `assess check` reads it: silent as published, one finding on each planted contradiction.
 */
import { join } from "path";
import { analyzeWorkbook } from "../../../src/engine";
import { statedPoints } from "../../../src/engine/checks/pointsInText";
import { readXlsx } from "../../../src/hosts/xlsx/read";
import { type Cell, type CorpusTable, loadCorpus, withCell } from "../../corpus/tables/format";
import { buildWorkbook } from "../../corpus/tables/generate";

const DEV = join(__dirname, "..", "..", "corpus", "tables", "dev");
const hengshan = loadCorpus(DEV).find((t) => t.table.id === "hengshan-2013-donghu-village-scheme")!.table;

async function found(table: CorpusTable): Promise<string[]> {
  const { snapshot } = await readXlsx(await buildWorkbook(table));
  return analyzeWorkbook(snapshot, { values: false }).findings.filter((f) => f.severity !== "info").map((f) => `${f.kind} ${f.sheet}!${f.cell}`);
}
const planted = (a1: string, v: Cell) => withCell(hengshan, "计分表", a1, v);
const text = (a1: string) => {
  const m = /^([A-Z])(\d+)$/.exec(a1)!;
  return hengshan.sheets[0].rows[parseInt(m[2], 10) - 1][m[1].charCodeAt(0) - 65] as string;
};

describe("points in a scheme's text (衡山东湖镇2013 村级综合目标管理考核计分表)", () => {
  it("is silent as published (计2分 + 计2分 = 本项共计4分 = 4分; 村民自治村计2分,合格村计1分 are alternatives)", async () => {
    expect(await found(hengshan)).toEqual([]);
  });
  it("a points column that the sub-items in the rule text do not add up to is a finding on it (and on its section, now 21 of 20)", async () => {
    expect(await found(planted("C7", "5分"))).toEqual(["max-sum-mismatch 计分表!A4", "max-sum-mismatch 计分表!C7"]);
  });
  it("a rule text whose sub-items add up to neither the stated total nor the column is one finding", async () => {
    expect(await found(planted("B7", text("B7").replace("收缴党费计2分", "收缴党费计3分")))).toEqual(["max-sum-mismatch 计分表!C7"]);
  });
  it("a section's merged (30分) that its rows' points do not add up to is one finding on the section", async () => {
    expect(await found(planted("C15", "3分"))).toEqual(["max-sum-mismatch 计分表!A9"]);
    expect(await found(planted("A9", "计划生育(31分)"))).toEqual(["max-sum-mismatch 计分表!A9"]);
  });
});

describe("statedPoints: what a rule text says about points", () => {
  it("numbered sub-items each with their points", () => {
    expect(statedPoints("1.建立台账得2分 2.按时上报得3分 3.资料齐全得5分")).toEqual({ parts: [2, 3, 5] });
    expect(statedPoints("(1)组织领导(20分)(2)经费投入(10分)")).toEqual({ parts: [20, 10] });
  });
  it("the stated total, taken out of the parts", () => {
    expect(statedPoints("发展新党员计2分。收缴党费计2分(本项共计4分)。")).toEqual({ total: 4, parts: [2, 2] });
  });
  it("alternatives in one sentence count once (the largest); per-unit awards and caps are not sub-items", () => {
    expect(statedPoints("村民自治村计2分,合格村计1分。")).toBeUndefined();
    expect(statedPoints("每配备1名计3分,计满10分为止")).toBeUndefined();
    expect(statedPoints("达95%以上计10分;90%以上计8分;80%以上计5分")).toEqual({ parts: [10, 8, 5] });
  });
  it("deductions and bonuses are not awards", () => {
    expect(statedPoints("计7分,每低3个百分点扣0.5分。达标结案1例加1分。")).toBeUndefined();
  });
});
