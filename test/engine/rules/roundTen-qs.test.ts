/**
 * Round 10 (issue 10), `qs`: sub-clauses that hold quantities or states, and rates read in part. Each
 * construct is read however it is said: the wordings below are this file's own (other subjects, measure
 * words, verbs, order), none of them in a corpus file, each scored on two values or more, with a near
 * miss that must stay refused or score otherwise.
 */
import { parseRule, scoreRule } from "../../../src/engine/rules";

const refused = (text: string, max?: number): string | null => {
  const p = parseRule(text, max !== undefined ? { max } : {});
  return p.understood ? null : p.reasonCode;
};
const score = (text: string, value: string, max?: number): number | null => {
  const p = parseRule(text, max !== undefined ? { max } : {});
  return p.understood ? scoreRule(p.rule, value, max).score : null;
};
type Case = [string, number | null];
const scores = (text: string, max: number | undefined, cases: ReadonlyArray<Case>): void => {
  for (const [value, expected] of cases) expect([value, score(text, value, max)]).toEqual([value, expected]);
};

describe("a part whose condition is a measurement in a two-character measure word (1000平方米以上, 50公里以上) is answered yes/no", () => {
  it.each<[string, number, Case[]]>([
    // dev6 K18-01 is this shape (平方米); these are other subjects and words
    ["村内建成文化活动广场得1分;广场面积500平方米以上且配有健身器材得1分", 2, [["是,是", 2], ["是,否", 1], ["否,否", 0]]],
    ["开通农村客运班线得0.5分;线路总长50公里以上并每日运营得0.5分", 1, [["是,是", 1], ["否,是", 0.5], ["否,否", 0]]],
    ["建立农药包装废弃物回收点的得1分,年回收量200公斤以上的得2分", 3, [["是,是", 3], ["是,否", 1], ["否,是", 2]]],
  ])("%s", (text, max, cases) => scores(text, max, cases));

  it("a count of things (3个) in a part still makes that part counted, not yes/no", () => {
    expect(refused("推广新品种3个得2分;示范面积50亩得1分", 3)).toBe("count-in-part");
  });
});

describe("numbered lines: one zeroes the item, the others take their points (1、没成立…不得分。2、…扣1分) — one yes/no per line", () => {
  it.each<[string, number, Case[]]>([
    ["1、未建立值班制度的不得分。2、值班记录不全扣 1 分。3、没有交接班登记扣 2 分。", 4, [["是,是,是", 4], ["是,否,是", 3], ["否,是,是", 0], ["是,否,否", 1]]],
    ["1.没制定年度计划不得分;2.计划未按时报送扣0.5分;3.计划内容不具体扣0.5分", 2, [["是,是,是", 2], ["是,否,否", 1], ["否,否,否", 0]]],
    // 没 alone (没成立, 没配备) says a standard unmet, as 没有 and 未 do
    ["没配备专职安全员的不得分,安全员未持证上岗的扣2分,没开展岗前培训的扣1分", 5, [["是,是,是", 5], ["是,否,是", 3], ["否,是,是", 0]]],
  ])("%s", (text, max, cases) => scores(text, max, cases));

  it("degrees of one failing (未公开的不得分, 未及时公开的扣2分) stay one state of several, refused", () => {
    expect(refused("1、未公开的不得分。2、未及时公开的扣2分。", 5)).toBe("states-in-part");
  });
});

describe("a target completed for the points, each step in percent of the target short of it (完成目标值得基本分;…每低于目标值2%扣1分): the value is the share done, the target 100%", () => {
  it.each<[string, number, Case[]]>([
    // dev10 P13-01/02/04 are this shape; these are other subjects, targets and words
    ["完成或超额完成年度税收目标的得满分;没有完成的扣分,每低于目标2%扣1分,最低为零分。", 20, [["100%", 20], ["120%", 20], ["96%", 18], ["60%", 0]]],
    ["全面完成年度目标任务的得满分,未完成的,每少于目标任务1%扣0.5分,扣完为止", 10, [["100%", 10], ["98%", 9], ["80%", 0]]],
    ["完成计划任务的计20分;没有完成的扣分,每低于计划5%扣2分,扣完为止。", 20, [["95%", 18], ["90%", 16], ["50%", 0]]],
  ])("%s", (text, max, cases) => scores(text, max, cases));

  it("the amount itself (not a share) is no answer; with no target completed for the points the target stays a figure elsewhere", () => {
    expect(score("完成或超额完成年度税收目标的得满分;没有完成的扣分,每低于目标2%扣1分,最低为零分。", "500万元", 20)).toBeNull();
    expect(refused("年度税收收入每低于目标值2%扣1分,扣完为止", 10)).toBe("figure-elsewhere");
    expect(refused("实际支出超过控制数的,每超过1%扣1分", 10)).toBe("figure-elsewhere");
  });
});

describe("failings each counted per occurrence (每…一处, 发现一次) and all taking the same points after 各: one count of all occurrences", () => {
  it.each<[string, number | undefined, Case[]]>([
    // dev13 S23-03 is this shape; these are other places, count words and points
    ["床铺每有一处不整齐,地面有垃圾,窗台积灰发现一次各扣0.5分", 5, [["0", 5], ["2次", 4], ["12次", 0]]],
    ["办公桌每有一件杂物,地面不洁,门窗每有一处损坏各扣0.5分,扣完为止", 3, [["1处", 2.5], ["4次", 1], ["无", 3]]],
    ["每迟交一次报表,漏报数据,发现一次各扣2分", undefined, [["1次", -2], ["3次", -6], ["0", 0]]],
  ])("%s", (text, max, cases) => scores(text, max, cases));

  it("a count of more than one (每缺2人) or two 每 in one part (每班每超1人) is not one count of occurrences", () => {
    expect(refused("每缺2人,资料不全各扣1分", 5)).toBe("each-per-what");
    expect(refused("每班每超1人各扣1分", 5)).toBe("per-per");
  });
});

describe("the standard met (达标得N分) where the item states the standard's one rate: the rate answers it too, as 是/否 and 达标/未达标 do", () => {
  const under = (text: string, item: string, value: string, max: number): number | null => {
    const p = parseRule(text, { max, itemText: item });
    return p.understood ? scoreRule(p.rule, value, max).score : null;
  };
  it.each<[string, string, number, Case[]]>([
    // dev10 P29-03 is this shape; these are other rates, words and points
    ["覆盖率达标的得3分,不达标不得分", "农村饮水安全覆盖率达95%以上", 3, [["95%", 3], ["94%", 0], ["是", 3], ["未达标", 0]]],
    ["达到标准计5分,达不到不计分", "适龄儿童入学率达到100%", 5, [["100%", 5], ["99%", 0], ["否", 0], ["达标", 5]]],
    ["建制率达标得4分,否则不得分", "工会建制率≥80%(4分)", 4, [["80%", 4], ["79.5%", 0], ["不达标", 0]]],
  ])("%s (%s)", (text, item, max, cases) => {
    for (const [value, expected] of cases) expect([value, under(text, item, value, max)]).toEqual([value, expected]);
  });

  it("an item with two rates does not say which one a rate answers: the rate is no answer (yes/no still is)", () => {
    expect(under("两率达标得5分,否则不得分", "调解率达98%以上,成功率达95%以上", "97%", 5)).toBeNull();
    expect(under("两率达标得5分,否则不得分", "调解率达98%以上,成功率达95%以上", "是", 5)).toBe(5);
  });
});

describe("a rate target said just before a step down in 下降/下滑 (按100%每下降1个百分点扣0.4分), as in 降低/减少", () => {
  it.each<[string, number, Case[]]>([
    // dev14 T29-03 is this shape; these are other rates, steps and words
    ["参保率按100%每下降1个百分点扣0.5分,扣完为止", 5, [["100%", 5], ["98%", 4], ["90%", 0]]],
    ["巩固率98%,每下降1个百分点扣2分", 10, [["98%", 10], ["96%", 6], ["93%", 0]]],
    ["课时完成率100%,每下降2个百分点扣1分,扣完为止", 4, [["100%", 4], ["96%", 2], ["90%", 0]]],
  ])("%s", (text, max, cases) => scores(text, max, cases));

  it("a sample's size before the step is no target (抽查10%,每下降…)", () => {
    expect(score("抽查10%,每下降1个百分点扣1分", "8%", 5)).toBeNull();
  });
});

describe("base points at a rate, each step up or down adding or taking the same (每上升或下降10%,加减1分)", () => {
  it.each<[string, number | undefined, Case[]]>([
    // dev15 U28-03 is this shape; these are other rates, words, steps and points
    ["巡查覆盖率达 80%得基础分 6 分,每上升或下降 5%,加减 1 分", undefined, [["80%", 6], ["90%", 8], ["70%", 4], ["50%", 0]]],
    ["参与率达到60%计基础分4分,每增加或减少10%,加减0.5分", undefined, [["60%", 4], ["80%", 5], ["40%", 3]]],
    ["满意率达90%可得基础分5分,每提高或降低2%,加减1分", 10, [["90%", 5], ["94%", 7], ["86%", 3], ["100%", 10]]],
  ])("%s", (text, max, cases) => scores(text, max, cases));

  it("with no base (no rate, no points at it) the step alone is not read", () => {
    expect(refused("每上升或下降10%,加减1分")).not.toBeNull();
  });
});

describe("每项每次, 每条每次, 每项每人次: each failing item each time it happens — one figure, the times (as 每人每次 is the person-times)", () => {
  it.each<[string, number | undefined, Case[]]>([
    // dev14 T25-01 and dev15 U12-01 are this shape; these are other failings, points and words
    ["台账资料不全或未及时归档的,每条每次扣0.5分", undefined, [["0", 0], ["2次", -1], ["6次", -3]]],
    ["以上规定,违反者每件每人次扣2分,扣完为止", 10, [["0", 10], ["1人次", 8], ["6人次", 0]]],
    ["安全隐患整改不到位的,每处每次扣1分", 5, [["3次", 2], ["无", 5], ["7次", 0]]],
  ])("%s", (text, max, cases) => scores(text, max, cases));

  it("a count within each of several units (每班每超1人, 每村每少1户) stays several figures", () => {
    expect(refused("每班每超1人扣1分", 5)).toBe("per-per");
    expect(refused("每村每少1户扣0.5分", 5)).toBe("per-per");
  });
});
