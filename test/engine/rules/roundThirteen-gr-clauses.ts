/**
 * Issue 10, round 13 (gr): rewordings of its own (in no corpus file) of the constructs it reads, with their values —
 * read by roundThirteen-gr.test.ts and recalculated by LibreOffice (libreoffice.test.ts).
 * [clause, max, [value, score]...]
 */
export type GrClause = readonly [string, number | null, ReadonlyArray<readonly [string, number]>];

/** a standard that is an absence, or failings that zero the item, answered by a bare count of failings: 0 meets it */
export const GR_ABSENCE: ReadonlyArray<GrClause> = [
  ["库房内无霉变、虫蛀物资。", 6, [["0", 6], ["3件", 0], ["1", 0], ["是", 6], ["否", 0], ["无", 6], ["有", 0]]],
  ["2.档案柜中没有破损卷宗", 4, [["0", 4], ["2卷", 0], ["√", 4], ["×", 0]]],
  ["全年杜绝无证上岗人员。", 10, [["0", 10], ["1人", 0], ["未发生", 10], ["发生2起", 0]]],
  ["凡存在以下行为的,该项不得分:(1)私拿公物;(2)酒后上岗。", 3, [["0", 3], ["2次", 0], ["是", 3], ["有", 0], ["无", 3]]],
  ["教师有下列情形之一者记0分:体罚学生、有偿家教。", 8, [["0", 8], ["1项", 0], ["否", 0]]],
];

/** every clause above, for LibreOffice */
export const GR_CLAUSES: ReadonlyArray<GrClause> = [...GR_ABSENCE];
