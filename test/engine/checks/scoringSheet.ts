/**
 * A 考核评分表 after docs/domain.md's example (Dengzhou 2016 scheme, seed 001), both 自评分 (F)
 * and 考核得分 (G) filled in, consistent unless a test changes a cell:
 *   一 综合治理责任落实 280 = (一) 130 + (二) 110 + (三) 40; (一) 130 = 20 + 70 + 10 + 30
 *   二 稳定低生育水平 720; 四 加分 (以上三项加分不超过5分); 五 减分 (累计减分不超过15分); 合计 1000
 * 自评: (一) 119 = 20+65+9+25; 一 257 = 119+100+38; 二 700; 加分 4 = 3+1; 减分 −6 = −2−4; 合计 955
 * 考核: (一) 109 = 20+60+9+20; 一 244 = 109+100+35; 二 690; 加分 3 = 2+1; 减分 −8 = −2−6; 合计 929
 */
import type { CellValue } from "../../../src/engine/grid";
import type { ItemTree } from "../../../src/engine/layout/model";
import { at, column, items, sheet, table } from "./builder";

export const HEADER = ["序号", "考核项目", "分值", "评分标准", "完成情况", "自评分", "考核得分"];

export function scoringRows(): CellValue[][] {
  return [
    HEADER,
    ["一", "综合治理责任落实", 280, "", "", 257, 244],
    ["(一)", "坚持党政一把手亲自抓、负总责", 130, "", "", 119, 109],
    ["1", "签订目标管理责任书", 20, "各行政村…签订的计7分;…计3分;…计10分", "是", 20, 20],
    ["2", "召开专题会议研究计划生育工作", 70, "召开1-2次会议计5分", "2次", 65, 60],
    ["3", "加强机构、队伍建设(配备人员)", 10, "每配备1名计3分,计满10分为止", "3人", 9, 9],
    ["5", "事业费投入到位率", 30, "达到50%以上计30分,每降低1个百分点扣2.5分,低于30%不计分", "46%", 25, 20],
    ["(二)", "部门配合", 110, "", "", 100, 100],
    ["(三)", "基层基础工作", 40, "", "", 38, 35],
    ["二", "稳定低生育水平", 720, "", "", 700, 690],
    ["四", "加分", null, "以上三项加分不超过5分", "", 4, 3],
    ["1", "工作创新被上级推广", null, "加3分", "", 3, 2],
    ["2", "受到表彰", null, "加1分", "", 1, 1],
    ["五", "减分", null, "上述累计减分不超过15分", "", -6, -8],
    ["1", "违法生育", null, "每例扣2分", "1例", -2, -2],
    ["2", "统计误差", null, "每起扣2分", "", -4, -6],
    ["", "合计", 1000, "", "", 955, 929],
  ];
}

/** set cells by A1 address on a copy of the rows */
export function withCells(rows: CellValue[][], cells: Record<string, CellValue>): CellValue[][] {
  const out = rows.map((r) => [...r]);
  for (const [a, v] of Object.entries(cells)) {
    const { row, col } = at(a);
    out[row][col] = v;
  }
  return out;
}

export function scoringSheet(cells: Record<string, CellValue> = {}) {
  return sheet("考核表", withCells(scoringRows(), cells));
}

export function scoringTree(maxOverrides: Record<number, number> = {}, caps = { bonusCap: 5, penaltyCap: 15 }): ItemTree {
  const m = (row: number, max: number) => maxOverrides[row] ?? max;
  return {
    table: table(1, 2, 17, [
      column("A", "number", "序号"), column("B", "item", "考核项目"), column("C", "max", "分值"),
      column("D", "standard", "评分标准"), column("E", "measured", "完成情况"),
      column("F", "selfScore", "自评分"), column("G", "score", "考核得分"),
    ]),
    items: items([
      { row: 2, level: 0, name: "综合治理责任落实", max: m(2, 280) },
      { row: 3, level: 1, name: "坚持党政一把手亲自抓、负总责", max: m(3, 130) },
      { row: 4, level: 2, name: "签订目标管理责任书", max: m(4, 20) },
      { row: 5, level: 2, name: "召开专题会议研究计划生育工作", max: m(5, 70) },
      { row: 6, level: 2, name: "加强机构、队伍建设(配备人员)", max: m(6, 10) },
      { row: 7, level: 2, name: "事业费投入到位率", max: m(7, 30) },
      { row: 8, level: 1, name: "部门配合", max: m(8, 110) },
      { row: 9, level: 1, name: "基层基础工作", max: m(9, 40) },
      { row: 10, level: 0, name: "稳定低生育水平", max: m(10, 720) },
      { row: 11, level: 0, name: "加分", section: "bonus" },
      { row: 12, level: 2, name: "工作创新被上级推广", section: "bonus" },
      { row: 13, level: 2, name: "受到表彰", section: "bonus" },
      { row: 14, level: 0, name: "减分", section: "penalty" },
      { row: 15, level: 2, name: "违法生育", section: "penalty" },
      { row: 16, level: 2, name: "统计误差", section: "penalty" },
      { row: 17, level: 0, name: "合计", max: m(17, 1000), section: "total" },
    ]),
    maxCol: 2, standardCol: 3, measuredCol: 4, selfScoreCol: 5, scoreCol: 6,
    ...caps,
    totalRow: 16,
  };
}
