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

/** grades and ranks mapped to points: the value names the grade or the rank */
export const GR_GRADES: ReadonlyArray<GrClause> = [
  // one-character grades written together, 分别/依次 and the verb, then the points
  ["查阅台账资料,按好中差分别计6、4、2分", 6, [["好", 6], ["中", 4], ["差", 2]]],
  ["依据抽查结果按甲乙丙丁依次得8、6、4、0分", 8, [["甲", 8], ["丙", 4], ["丁", 0]]],
  // grades listed with 、, 依次 and the verb
  ["卫生评比结果为优秀、良好、合格、不合格的,依次计10、8、5、0分", 10, [["良好", 8], ["合格", 5], ["不合格", 0]]],
  // each grade with a note in parentheses, a comma, then its points; 十分 the adverb inside a note
  ["评定标准:①优(资料完整),得5分②中(资料基本完整),得3分③差(资料缺失),不得分", 5, [["优", 5], ["中", 3], ["差", 0]]],
  ["①好(整齐有序),不扣分②一般(略显杂乱),扣2分③较差(十分杂乱),扣4分", null, [["好", 0], ["一般", -2], ["较差", -4]]],
  // ranks: the first ranks' points, the list going on by the same step
  ["各班流动红旗评比总分由高到低依次得10分、9分、8分……", 10, [["第1名", 10], ["第4名", 7], ["第10名", 1]]],
  ["按考核得分排名依次计20、18、16…", 20, [["第3名", 16], ["第10名", 2], ["第11名", 0]]],
];

/** every clause above, for LibreOffice */
export const GR_CLAUSES: ReadonlyArray<GrClause> = [...GR_ABSENCE, ...GR_GRADES];
