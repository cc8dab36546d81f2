/**
 * Issue 10, round 11, `np`: clauses refused as "no points found", with values not read, or as needing several
 * figures where one count per kind gives the score — each construct read however it is said, with rewordings of
 * our own (in no corpus file) scored on several values, and a near miss that must stay refused or score differently.
 */
import { parseRule, scoreRule } from "../../../src/engine/rules";

const score = (text: string, value: string, max?: number): number | null => {
  const p = parseRule(text, max !== undefined ? { max } : {});
  return p.understood ? scoreRule(p.rule, value, max).score : null;
};

describe("每X每次: each thing scored again each time — one figure, the X-times, also for several kinds counted apart", () => {
  // (dev7 L06-01 迟到每人每次扣2分,旷会每人每次扣5分; dev12 R21-03 每个单位每次扣1分)
  it.each<[string, number | undefined, string, number]>([
    ["上课玩手机每人每次扣1分,顶撞老师每人每次扣3分", undefined, "2,1", -5],
    ["上课玩手机每人每次扣1分,顶撞老师每人每次扣3分", undefined, "0,0", 0],
    ["卫生检查中乱堆杂物的每项每次扣0.5分;私拉电线的每项每次扣2分", 10, "2,1", 7],
    ["卫生检查中乱堆杂物的每项每次扣0.5分;私拉电线的每项每次扣2分", 10, "0,6", 0],
    ["会议无故缺席的,每人每次扣2分;中途离会的,每人每次扣1分。", undefined, "1,3", -5],
    ["各村上报数据不及时的,每村每次扣0.5分", 5, "4次", 3],
    ["各村上报数据不及时的,每村每次扣0.5分", 5, "0", 5],
    ["对督办件逾期未办结的,每个部门每次扣2分,扣完为止", 10, "3次", 4],
    ["对督办件逾期未办结的,每个部门每次扣2分,扣完为止", 10, "6次", 0],
    ["每班每次集会迟到扣1分", 6, "2次", 4],
    ["每班每次集会迟到扣1分", 6, "无", 6],
  ])("%s (max %s) %s → %s", (text, max, value, expected) => {
    expect(score(text, value, max)).toBe(expected);
  });

  it("a count within each unit (每班每超5人) stays several figures; kinds not all said per X and time stay refused", () => {
    expect(score("每班每超5人扣1分", "6人", 5)).toBeNull();
    expect(parseRule("迟到每人每次扣2分,旷会每人扣5分").understood).toBe(false);
  });
});

describe("points by the level of the body that awards or censures: 无 (no such event) earns or takes nothing", () => {
  // (dev15 U10-04 被评为业主单位、集团、省(部)、国家级…分别加3分、5分、8分、10分; U22-04 受到区(县)、市、省、国家…表彰的,分别记2分…)
  it.each<[string, number | undefined, string, number]>([
    ["获得国家级、省级、市级表彰的,分别加6分、4分、2分", undefined, "无", 0],
    ["获得国家级、省级、市级表彰的,分别加6分、4分、2分", undefined, "省级", 4],
    ["获得国家级、省级、市级表彰的,分别加6分、4分、2分", 6, "无", 0],
    ["所办刊物被评为县级、市级、省级优秀期刊的,分别加1分、2分、4分", undefined, "无", 0],
    ["所办刊物被评为县级、市级、省级优秀期刊的,分别加1分、2分、4分", undefined, "市级", 2],
    ["个人被评为校级、区级、市级先进的,分别加1分、3分、5分", undefined, "无", 0],
    ["个人被评为校级、区级、市级先进的,分别加1分、3分、5分", undefined, "区级", 3],
  ])("%s (max %s) %s → %s", (text, max, value, expected) => {
    expect(score(text, value, max)).toBe(expected);
  });

  it("grades of quality (优秀、良好、合格) stay unanswered by 无; a level not listed stays refused", () => {
    expect(score("评为优秀、良好、合格的,分别得5分、3分、1分", "无", 5)).toBeNull();
    expect(score("获得国家级、省级、市级表彰的,分别加6分、4分、2分", "否")).toBeNull();
  });
});

describe("a note naming the base deductions come off ((在加10分的前提上进行扣分), (从本项分值中扣除)) adds no amount", () => {
  // (dev11 Q25-01 …一次扣1分扣完为止(在加10分的前提上进行扣分))
  it.each<[string, number, string, number]>([
    ["按时报送得8分,每迟报一次扣2分,扣完为止(在本项得分基础上扣分)", 8, "2次", 4],
    ["按时报送得8分,每迟报一次扣2分,扣完为止(在本项得分基础上扣分)", 8, "0", 8],
    ["每缺一次会议记录扣0.5分(从本项分值中扣除)", 8, "2次", 7],
    ["每缺一次会议记录扣0.5分(从本项分值中扣除)", 8, "无", 8],
    ["台账资料齐全计6分;缺一份扣1分(在6分的基础上进行扣分)", 6, "2份", 4],
    ["台账资料齐全计6分;缺一份扣1分(在6分的基础上进行扣分)", 6, "7份", 0],
  ])("%s (max %s) %s → %s", (text, max, value, expected) => {
    expect(score(text, value, max)).toBe(expected);
  });

  it("a base other than the item's points, or no amount anywhere, stays refused", () => {
    expect(parseRule("台账资料齐全计6分;缺一份扣1分(在8分的基础上进行扣分)", { max: 8 }).understood).toBe(false);
    expect(parseRule("台账资料齐全计6分(在6分的基础上进行扣分)", { max: 6 }).understood).toBe(false);
  });
});

describe("money by a rate's tier and by a count in one clause is not one table (never a count read as a rate)", () => {
  // (dev14 T22-03 …协议达100%记20元,少签一例扣5元: 少签一例 was read as a tier "1% and above: −5", 0 scored 0)
  it.each<string>([
    "少报一人罚20元,报表及时率达到95%的奖100元",
    "档案合格率达98%以上记30元;缺1份档案扣3元",
  ])("%s is refused, not scored", (text) => {
    const p = parseRule(text, { max: 50 });
    expect(p.understood).toBe(false);
    expect(score(text, "0", 50)).toBeNull();
    expect(score(text, "100%", 50)).toBeNull();
  });

  it("an item counted in 元 whose earned amount is the max reads as points in 元 (round 12 convention), never a rate tier", () => {
    const text = "入户走访率达100%奖励50元,少访一户扣10元";
    expect(score(text, "0", 50)).toBe(50);
    expect(score(text, "少访2户", 50)).toBe(30);
    expect(score(text, "100%", 50)).toBeNull();
  });

  it("money tiers by a rate alone still read", () => {
    expect(score("入户走访率达100%奖励50元,达90%奖励20元,低于90%的罚10元", "95%")).toBe(20);
    expect(score("入户走访率达100%奖励50元,达90%奖励20元,低于90%的罚10元", "80%")).toBe(-10);
  });
});

describe("each kind of a list counted per unit, its points paired by 分别 (每新开、续建1个项目分别加5、2分)", () => {
  // (dev6 K19-01, dev14 T28-04 每发一篇按县/市/省分别得5/8/10分)
  it.each<[string, number | undefined, string, number]>([
    ["每引进内资、外资项目1个分别加3、5分", undefined, "2,1", 11],
    ["每引进内资、外资项目1个分别加3、5分", undefined, "0,0", 0],
    ["对被区、市、省通报的负面舆情每条分别扣1分、2分、4分", 10, "1,1,1", 3],
    ["对被区、市、省通报的负面舆情每条分别扣1分、2分、4分", 10, "0,0,3", 0],
    ["在校刊/区报/市报每刊登一篇分别得1/2/3分,最多得6分", 6, "2,1,0", 4],
    ["在校刊/区报/市报每刊登一篇分别得1/2/3分,最多得6分", 6, "1,1,2", 6],
  ])("%s (max %s) %s → %s", (text, max, value, expected) => {
    expect(score(text, value, max)).toBe(expected);
  });

  it("levels without 每 stay one grade; a list whose length is not the points' stays refused", () => {
    expect(parseRule("获得国家级、省级、市级表彰的,分别加6分、4分、2分").understood && parseRule("获得国家级、省级、市级表彰的,分别加6分、4分、2分")).toMatchObject({ construct: "grade-tiers" });
    expect(parseRule("每发现乱搭、乱建、乱堆一处分别扣1分、2分", { max: 5 }).understood).toBe(false);
    // (a cap of each kind is not a cap of the whole)
    expect(parseRule("每间、每人分别扣0.2分、0.1分,每项最高扣3分").understood).toBe(false);
  });
});
