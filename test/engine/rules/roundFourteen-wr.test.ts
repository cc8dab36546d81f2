/**
 * Issue 10, round 14, `wr`: confident wrong scores, refused by construct — rewordings of our own (in no corpus file),
 * each on several values, with near misses that keep their reading.
 */
import { parseRule, scoreRule } from "../../../src/engine/rules";

const score = (text: string, value: string | number, max?: number): number | null => {
  const p = parseRule(text, max !== undefined ? { max } : {});
  return p.understood ? scoreRule(p.rule, value, max).score : null;
};
const reason = (text: string, max?: number): string | undefined => {
  const p = parseRule(text, max !== undefined ? { max } : {});
  return p.understood ? "understood" : p.reasonCode;
};

describe("倒扣 on a part answered once, with the item's max: below zero or 0 is not said (dev17 B14-03/04)", () => {
  it.each<[string, number]>([
    ["认真完成交办任务得3分;对上级部署有推诿行为的倒扣3分。", 3],
    ["按月报送学习心得得4分,否则倒扣4分。", 4],
    ["出勤全勤记2分,无故缺勤者倒扣2分。", 2],
    ["带头参加义务劳动的得5分,不参加的倒扣5分", 5],
    ["按时交纳党费得2分,否则倒减2分。", 2],
  ])("%s (max %s) → refused negative-part", (text, max) => {
    expect(reason(text, max)).toBe("negative-part");
    expect(score(text, "是", max)).toBeNull();
    expect(score(text, "否", max)).toBeNull();
  });

  it("near misses: 倒扣 counted per case, with no max (a deduction standing alone), or 倒 of another word (乱倒) keep their reading", () => {
    expect(score("垃圾乱倒扣2分,门窗不清洁扣1分", "否,是", 3)).toBe(1);
    expect(score("垃圾乱倒扣2分,门窗不清洁扣1分", "是,是", 3)).toBe(3);
    expect(score("每发现一次违规操作倒扣1分。", "2次", 10)).toBe(8);
    expect(score("每发现一次违规操作倒扣1分。", "12次", 10)).toBe(0);
    expect(score("有抵触行为的倒扣2分。", "是")).toBe(-2);
    expect(score("有抵触行为的倒扣2分。", "否")).toBe(0);
  });
});

describe("a deduction by count beside a failing deducted once, same points: a count and a yes/no (P15-03 G13-01 C16-01 Q27-01)", () => {
  it.each<[string, number]>([
    ["宣传栏未更新,每少一期扣1分;宣传栏破损扣1分。", 6],
    ["值班表未张贴扣2分;值班人员每脱岗一次扣2分。", 8],
    ["防护用品缺少一件扣1分;防护用品不清洁扣1分。", 5],
    ["每缺一份材料扣1分;材料装订不规范扣1分。", 6],
  ])("%s (max %s) → refused count-beside-failing", (text, max) => {
    expect(reason(text, max)).toBe("count-beside-failing");
    expect(score(text, 0, max)).toBeNull();
    expect(score(text, "2次", max)).toBeNull();
  });

  it("near misses: two counts with the same points, or two failings each once, keep their reading", () => {
    expect(score("每缺一项扣1分,每发现一处错误扣1分。", "2项", 5)).toBe(3);
    expect(score("每缺一项扣1分,每发现一处错误扣1分。", "6项", 5)).toBe(0);
    expect(score("未建立台账扣2分,台账不全扣1分。", "是,是", 5)).toBe(5);
    expect(score("未建立台账扣2分,台账不全扣1分。", "否,是", 5)).toBe(3);
    // (各扣: each failing named, round 6; …者扣: each person who did it — counted, one count with the rest)
    expect(score("资料缺失的每份扣1分,无专柜或无专人的各扣1分。", "2份", 6)).toBe(4);
    expect(score("资料缺失的每份扣1分,无专柜或无专人的各扣1分。", "5份", 6)).toBe(1);
    expect(score("不服从调度1次扣3分,擅自离岗者扣3分。", "2次", 10)).toBe(4);
    expect(score("不服从调度1次扣3分,擅自离岗者扣3分。", 0, 10)).toBe(10);
    // (a cap or a floor said beside the count is no failing of its own)
    expect(score("每发现一处隐患扣1分,最多扣5分。", "2处", 10)).toBe(8);
    expect(score("每发现一处隐患扣1分,最多扣5分。", "7处", 10)).toBe(5);
  });
});

describe("a share whose figure was lost in copying (按超支的%扣), wherever it stands (dev16 A02-01)", () => {
  it.each<[string, number | undefined]>([
    ["10、超出预算的按超出部分的%扣分,每次扣2分。", 10],
    ["奖金按超额部分的%提成,每超1万元奖100元。", undefined],
    ["未完成的按差额的%扣分,每项最多扣5分。", 10],
  ])("%s → refused unusable-number", (text, max) => {
    expect(reason(text, max)).toBe("unusable-number");
    expect(score(text, 0, max)).toBeNull();
    expect(score(text, "1次", max)).toBeNull();
  });

  it("near misses: % as a column's label (占%, 完成率%) keeps the reading", () => {
    expect(score("(完成率%)完成率达到95%得10分,每低1个百分点扣1分。", "93%", 10)).toBe(8);
    expect(score("(完成率%)完成率达到95%得10分,每低1个百分点扣1分。", "95%", 10)).toBe(10);
    expect(score("会员数、占%:入会率达到90%以上得10分。", "90%", 10)).toBe(10);
    expect(score("会员数、占%:入会率达到90%以上得10分。", "80%", 10)).toBe(0);
  });
});

describe("a bound of 2 or more on the count the step then counts (连续3次…每次, 3篇以上的每篇): from the first or from the bound is not said", () => {
  it.each<[string, number]>([
    ["连续3次检查不合格的,每次扣2分。", 8],
    ["累计3次检查不合格的,每次扣2分。", 8],
    ["3次以上检查不合格的,每次扣2分。", 8],
    ["连续2个月排名末位的,每月扣2分。", 8],
    ["连续两个季度考核不合格的,每个季度扣4分。", 8],
    ["发表论文3篇以上的,每篇加2分。", 10],
  ])("%s (max %s) → refused above-base", (text, max) => {
    expect(reason(text, max)).toBe("above-base");
    expect(score(text, "1次", max)).toBeNull();
    expect(score(text, "3次", max)).toBeNull();
  });

  it("near misses: a bound of 1 (1次以上,每次) or a bound with no step keeps its reading", () => {
    expect(score("每月开展巡查1次以上,每次加1分,最多5分。", "2次", 5)).toBe(2);
    expect(score("每月开展巡查1次以上,每次加1分,最多5分。", "7次", 5)).toBe(5);
    expect(score("每2人一组轮流值班,缺岗一次扣1分,扣完为止。", "3次", 10)).toBe(7);
    expect(score("3年内发生重大事故1起扣5分,最多扣10分。", "1起", 10)).toBe(5);
  });
});

describe("a bound in persons is no target of a count of things (每个站点配备2名以上人员,每少1个站点扣2分)", () => {
  it.each<[string, number, Array<[string | number, number]>]>([
    ["每个站点配备2名以上人员,每少1个站点扣2分。", 10, [[0, 10], ["1个", 8], ["5个", 0]]],
    ["每个村配备1名以上协管员,每少1个村扣2分。", 8, [[0, 8], ["1个", 6], ["3个", 2]]],
    ["各班级安排2名以上值日生,每少1个班级扣1分。", 6, [[0, 6], ["2个", 4]]],
    ["每所学校配齐3名以上心理教师,每少1所扣2分。", 10, [[0, 10], ["2所", 6]]],
  ])("%s (max %s): the value is the things short", (text, max, cases) => {
    for (const [value, expected] of cases) expect(score(text, value, max)).toBe(expected);
  });

  it("near misses: a bound in the step's own measure word stays the target (the value the persons there are)", () => {
    expect(score("有1名以上专职人员,每少1人扣3分。", "1人", 8)).toBe(8);
    expect(score("有1名以上专职人员,每少1人扣3分。", 0, 8)).toBe(5);
    expect(score("配备3名以上网格员,每少1名扣2分。", "2名", 10)).toBe(8);
    expect(score("配备3名以上网格员,每少1名扣2分。", 0, 10)).toBe(4);
  });
});
