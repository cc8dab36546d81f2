/**
 * Round 14 (integrator): rewordings of my own for two readings that add a band to rate tiers — none within the lowest
 * 以内 band of deductions takes nothing, and a count short of a bound deducts below the bound only — with their values.
 * Used by roundFourteen-int.test.ts's readings and by the LibreOffice differential (the written formula must agree).
 */
export interface IntClause {
  readonly text: string;
  readonly max: number | null;
  readonly cases: ReadonlyArray<readonly [string, number]>;
}

export const INT14_CLAUSES: ReadonlyArray<IntClause> = [
  { text: "迟到10分钟以内扣2分,超过10分钟扣5分", max: null, cases: [["0", 0], ["5分钟", -2], ["10分钟", -2], ["11分钟", -5]] },
  { text: "上班迟到15分钟之内的扣1分,超过15分钟的扣3分", max: 5, cases: [["0", 5], ["15分钟", 4], ["16分钟", 2]] },
  { text: "病假3天以内扣1分,超过3天扣2分", max: null, cases: [["0", 0], ["2天", -1], ["4天", -2]] },
  { text: "报送延误2天以内扣0.5分,超过2天扣2分", max: 4, cases: [["0", 4], ["1天", 3.5], ["3天", 2]] },
  { text: "开展培训不足3次扣2分", max: null, cases: [["0", -2], ["2次", -2], ["3次", 0], ["5次", 0]] },
  { text: "每月召开例会少于2次的扣1分", max: null, cases: [["0", -1], ["1次", -1], ["2次", 0]] },
  { text: "全年组织演练低于4场扣3分", max: null, cases: [["3场", -3], ["4场", 0]] },
];
