/**
 * Recalculating in place, end to end, on scoring sheets of three kinds of unit (a township,
 * a department, a 计生协 association) with bonus and penalty sections, and a weighted
 * summary. Clauses are quoted from the Dengzhou 2016 scheme (seeds/001); every answer below
 * was worked out by hand from the clause and the measured value. The workbook goes through
 * the real path: ExcelJS file → snapshot → layout → rules → scoring → writes → file, and
 * LibreOffice (an independent spreadsheet engine) recalculates what was written.
 */
import ExcelJS from "exceljs";
import { mkdirSync, mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { analyzeWorkbook } from "../../../src/engine";
import { readXlsx } from "../../../src/hosts/xlsx/read";
import { applyPlanToWorkbook, writeXlsx } from "../../../src/hosts/xlsx/write";
import { readXlsxValues, recalcXlsx, sofficeProgram } from "../../support/libreoffice";
import { describeWith } from "../../support/system";

type Row = [string | number | null, string, number | null, string | null, string | null, number | null];
const HEADER = ["序号", "考核项目", "分值", "评分标准", "完成情况", "考核得分"];

function addScoringSheet(wb: ExcelJS.Workbook, name: string, title: string, rows: Row[]): void {
  const ws = wb.addWorksheet(name);
  ws.addRow([title]);
  ws.mergeCells(1, 1, 1, 6);
  ws.addRow(HEADER);
  for (const r of rows) ws.addRow(r);
  ws.getColumn(2).width = 30;
  ws.getColumn(4).width = 60;
}

// 乡镇: rows 3.. (sheet row numbers in comments)
const TOWNSHIP: Row[] = [
  ["一", "组织领导", 65, null, null, null], //                                                        3
  [1, "领导小组会议", 5, "领导小组1年内召开1-2次会议并解决实际问题计5分(领导小组1年内召开1次会议计3分,计满5为止)", "1次", null], // 4 → 3
  [2, "加强机构、队伍建设(配备人员)", 10, "每配备1名计3分,计满10分为止", "4人", null], //            5 → min(10, 12) = 10
  [3, "事业费投入到位率", 30, "上半年计划生育事业费投入到位率达到50%以上计30分,每降低1个百分点扣2.5分,低于30%不计分", "46%", null], // 6 → 30 − 2.5×4 = 20
  [4, "会议研究记录", 20, "有相关会议研究记录或者文件计20分,否则不计分", "有", null], //            7 → 20
  ["二", "加分", null, "以上三项加分不超过5分", null, null], //                                       8 → min(5, 6) = 5
  [1, "受到省级表彰", null, "受到省级表彰的,每次加3分", "2次", null], //                              9 → 6
  ["三", "减分", null, "上述累计减分不超过15分", null, null], //                                      10 → min(15, 2 + 3) = 5
  [1, "非法关押或扣押财产", null, "非法关押或殴打群众的,非法扣押或损坏群众财产的,每起扣2分", "1起", null], // 11 → 2
  [2, "乱收费乱罚款", null, "乱收费、乱罚款或违反计划生育合同规定收取合同违约金的,每起扣1分", "3起", null], // 12 → 3
  [null, "合计", 65, null, null, null], //                                                           13 → 3+10+20+20 + 5 − 5 = 53
];

// 部门
const DEPARTMENT: Row[] = [
  ["一", "部门配合", 55, null, null, null], //                                                        3 → 12 + 10 + 12 = 34
  [1, "信息互通制度", 20, "建立相关部门按季度互通人口出生、性别、节育、学籍、婚姻登记等信息制度,卫生计生、公安、教育、民政、统计等5部门各计4分", "卫生计生、公安、教育", null], // 4 → 3 × 4 = 12
  [2, "成员单位履职", 20, "各计划生育领导小组成员单位能够完成具体承担的职责任务的计20分,发现1个单位未完成职责任务的扣5分,扣完为止", "2个", null], // 5 → 20 − 10 = 10
  // 完成情况 records the staff there are: 0 against the required 1 is one short
  [3, "计生协专职人员", 15, "有1名以上计生协专职工作人员,少1人扣3分,扣完为止", "0人", null], //  6 → 15 − 3 = 12
  ["二", "加分", null, "以上各项加分不超过5分", null, null], //                                       7 → 3
  [1, "受到省级表彰", null, "受到省级表彰的,每次加3分", "1次", null], //                              8 → 3
  ["三", "减分", null, "上述累计减分不超过15分", null, null], //                                      9 → 4 + 4 = 8
  [1, "节育误差", null, "平时调查出现节育误差的每例扣2分", "2例", null], //                           10 → 4
  [2, "出生误差", null, "出现出生误差的每例扣4分", "1例", null], //                                  11 → 4
  [null, "合计", 55, null, null, null], //                                                           12 → 34 + 3 − 8 = 29
];

// 计生协
const ASSOCIATION: Row[] = [
  ["一", "群众自治", 20, null, null, null], //                                                        3 → 10 + 7 = 17
  [1, "示范村比例(上半年)", 10, "群众自治示范村比例达65%以上计10分,低于65%不计分", "66%", null], //  4 → 10
  [2, "示范村比例(全年)", 10, "全年考核时,群众自治示范村比例达70%以上计10分,否则每少1个比例点扣1分,扣完为止", "67%", null], // 5 → 10 − 3 = 7
  ["二", "减分", null, "上述累计减分不超过15分", null, null], //                                      6 → 2
  [1, "乱收费", null, "每起扣1分", "2起", null], //                                                  7 → 2
  [null, "合计", 20, null, null, null], //                                                           8 → 17 − 2 = 15
];

function buildWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  addScoringSheet(wb, "乡镇考核", "2016年度乡镇计划生育目标管理责任制考核评分表", TOWNSHIP);
  addScoringSheet(wb, "部门考核", "2016年度部门计划生育工作考核评分表", DEPARTMENT);
  addScoringSheet(wb, "协会考核", "2016年度计生协工作考核评分表", ASSOCIATION);
  const ws = wb.addWorksheet("综合得分");
  ws.addRow(["2016年度计划生育综合考核得分"]);
  ws.mergeCells(1, 1, 1, 5);
  ws.addRow(["单位", "市级考核(60%)", "县级考核(40%)", "综合得分", "名次"]);
  ws.addRow(["城关镇", 88, 92, null, null]); //  3 → 52.8 + 36.8 = 89.6, rank 1
  ws.addRow(["北关镇", 90, 85, null, null]); //  4 → 54 + 34 = 88, rank 3
  ws.addRow(["南关镇", 86, 95, null, null]); //  5 → 51.6 + 38 = 89.6, rank 1
  return wb;
}

const EXPECTED: Record<string, Record<string, number>> = {
  乡镇考核: { F3: 53, F4: 3, F5: 10, F6: 20, F7: 20, F8: 5, F9: 6, F10: 5, F11: 2, F12: 3, F13: 53 },
  部门考核: { F3: 34, F4: 12, F5: 10, F6: 12, F7: 3, F8: 3, F9: 8, F10: 4, F11: 4, F12: 29 },
  协会考核: { F3: 17, F4: 10, F5: 7, F6: 2, F7: 2, F8: 15 },
  综合得分: { D3: 89.6, D4: 88, D5: 89.6, E3: 1, E4: 3, E5: 1 },
};
const GRAND: Record<string, string> = { 乡镇考核: "F13", 部门考核: "F12", 协会考核: "F8" };

let analysis: ReturnType<typeof analyzeWorkbook>;
let workbook: ExcelJS.Workbook;

beforeAll(async () => {
  const bytes = new Uint8Array(await buildWorkbook().xlsx.writeBuffer());
  const read = await readXlsx(bytes);
  workbook = read.workbook;
  analysis = analyzeWorkbook(read.snapshot);
});

describe("three domains and a weighted summary, scored by hand", () => {
  it("recognises each sheet's kind", () => {
    expect(analysis.sheets.map((s) => [s.name, s.kind])).toEqual([
      ["乡镇考核", "scoring"], ["部门考核", "scoring"], ["协会考核", "scoring"], ["综合得分", "summary"],
    ]);
  });

  it.each(Object.keys(EXPECTED))("%s: every computed score equals the hand-computed answer", (sheet) => {
    const got = Object.fromEntries(analysis.scores.filter((s) => s.sheet === sheet).map((s) => [s.cell, s.value]));
    expect(got).toEqual(EXPECTED[sheet]);
  });

  it("marks each sheet's grand total, none vetoed", () => {
    for (const [sheet, cell] of Object.entries(GRAND)) {
      expect(analysis.totals.find((t) => t.sheet === sheet && t.grand)).toMatchObject({ cell, veto: false });
    }
  });

  it("writes formulas over the sheet's own cells, with caps in them", () => {
    const f = (sheet: string, cell: string) => analysis.writes.find((w) => w.sheet === sheet && w.cell === cell)?.formula;
    expect(f("乡镇考核", "F3")).toBe("=MIN(65,SUM(F4:F7))");
    expect(f("乡镇考核", "F8")).toBe("=MIN(5,F9)");
    expect(f("乡镇考核", "F10")).toBe("=MIN(15,SUM(F11:F12))");
    expect(f("乡镇考核", "F13")).toBe("=F3+F8-F10");
    expect(f("综合得分", "D3")).toBe("=B3*0.6+C3*0.4");
    expect(f("综合得分", "E3")).toBe("=RANK(D3,$D$3:$D$5)");
  });

  it("finds no contradiction in a consistent workbook with an empty score column", () => {
    expect(analysis.findings.filter((x) => x.severity !== "info")).toEqual([]);
  });
});

const soffice = sofficeProgram();
describeWith(soffice)("LibreOffice recalculates the written workbook to the same answers", () => {
  it("every written formula's recalculated value equals the engine's value and the cached one", async () => {
    applyPlanToWorkbook(workbook, analysis.writes, {});
    const dir = mkdtempSync(join(tmpdir(), "assess-domains-"));
    const written = join(dir, "in", "domains.xlsx");
    mkdirSync(join(dir, "in"));
    writeFileSync(written, await writeXlsx(workbook));
    const recalculated = await recalcXlsx(written, join(dir, "out"));
    const values = await readXlsxValues(recalculated);
    const disagreements: string[] = [];
    for (const [sheet, cells] of Object.entries(EXPECTED)) {
      for (const [cell, want] of Object.entries(cells)) {
        const m = /^([A-Z]+)(\d+)$/.exec(cell)!;
        const c = m[1].charCodeAt(0) - 64;
        const got = values.get(sheet)?.[parseInt(m[2], 10)]?.[c];
        if (typeof got !== "number" || Math.abs(got - want) > 1e-9) disagreements.push(`${sheet}!${cell}: LibreOffice ${JSON.stringify(got)}, hand ${want}`);
      }
    }
    expect(disagreements).toEqual([]);
  }, 120_000);
});
