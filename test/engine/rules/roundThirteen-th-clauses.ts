/**
 * Round 13 (th): a sanction outside the scale past a count, beside a per-case rule (迟到每次扣1分,3次以上辞退) — rewordings
 * of dev11 Q13-02, dev16 A03-02, A25-02 that appear in no corpus file, with their values: `score` null where the count
 * reaches the sanction (refused). Used by roundThirteen-th.test.ts and by the LibreOffice differential (the formula must
 * give #N/A where the engine refuses).
 */
export interface SanctionClause {
  readonly text: string;
  readonly max: number | null;
  readonly cases: ReadonlyArray<readonly [string, number | null]>;
}

export const SANCTION_CLAUSES: ReadonlyArray<SanctionClause> = [
  // points per case, 满 (at the count), dismissal said 解聘
  { text: "上课迟到每次扣0.5分,累计满4次的予以解聘", max: null, cases: [["0", 0], ["2次", -1], ["3次", -1.5], ["4次", null], ["6次", null], ["是", -0.5]] },
  // money per day, 超过 (past the count), treated as leaving
  { text: "无故缺勤一天罚款80元,连续缺勤超过2天的视为自动离职", max: null, cases: [["1天", -80], ["2天", -160], ["3天", null], ["无", 0]] },
  // points per case with the item's max, 达到…以上, a distinction withdrawn; the sanction said before the rule
  { text: "达到5起以上的取消年度评优资格;每发现一起违规操作扣3分", max: 20, cases: [["0", 20], ["2起", 14], ["4起", 8], ["5起", null], ["7起", null]] },
  // a fixed deduction, then a count with 以上: 是 one case; a count above one is refused (per occasion or once is not said)
  { text: "值班期间擅自脱岗的扣2分;连续三次以上者按旷工处理", max: null, cases: [["是", -2], ["否", 0], ["无", 0], ["2次", null], ["3次", null]] },
  // kinds counted apart in 元, 超过 the count of all of them together
  { text: "顶撞顾客每次罚款20元,与顾客发生肢体冲突的罚款100元,超过两次一律开除", max: null, cases: [["1,0", -20], ["1,1", -120], ["0,0", 0], ["2,1", null], ["3,0", null]] },
  // points, 及以上, 除名 after a comma of its own
  { text: "会议无故缺席一人次扣1分,全年累计6人次及以上的,作除名处理", max: null, cases: [["5人次", -5], ["6人次", null], ["1人次", -1]] },
];
