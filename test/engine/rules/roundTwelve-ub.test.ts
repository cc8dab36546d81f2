/**
 * Issue 10, round 12 (ub): scoring text left unread, second half.
 * - a count in Chinese numerals before a measure word the reader did not know (漏巡一回扣1分: 回, 趟, 遍,
 *   根, 株, 只, 双): read as the count it is, as 1回 already was; 根据 after a numeral stays text.
 * - 奖 after 等 (一等奖, 特等奖) is the award's name, not the verb 奖 with a short object before its amount
 *   (一等奖每项计40分 is not 奖 "每项计" 40分): a verb there only with its amount at once (一等奖40分). Award
 *   grades each with points per item are then kinds counted apart ("1,0,2"), as 甲类每项计40分 already were;
 *   an award's name typed as the value stays refused there (a count per kind is asked for).
 * - a kind counted one of a measure word with its points and no verb (缺勤一次扣2分,迟到一次1分), after a comma
 *   and right after a kind of the same shape and measure word that deducts: the verb said once for both — kinds
 *   counted apart, as if 扣 were written. Not after an earn verb, nor with another measure word (stays refused).
 */
import { parseRule, scoreRule } from "../../../src/engine/rules";

const parsed = (text: string, max?: number) => parseRule(text, max !== undefined ? { max } : {});
const score = (text: string, value: string, max?: number): number | null => {
  const p = parsed(text, max);
  return p.understood ? scoreRule(p.rule, value, max).score : null;
};

describe("a count in Chinese numerals before a measure word (回, 趟, 遍, 根, 株, 只, 双)", () => {
  it.each([
    // [clause, max, [value, score]...]
    ["漏巡一回扣1分", 5, [["0", 5], ["1回", 4], ["3", 2], ["9", 0]]],
    ["保洁员少扫一遍扣0.5分,扣完为止", 4, [["0", 4], ["2遍", 3], ["10", 0]]],
    ["送达每迟一趟扣2分", 10, [["0", 10], ["2趟", 6], ["5", 0]]],
    ["补植苗木每死亡两株扣1分,扣完为止", 6, [["0", 6], ["4株", 4], ["20", 0]]],
    ["灭火器每缺一只扣3分", 12, [["0", 12], ["1只", 9], ["3", 3]]],
    ["鞋子乱放一双扣1分,扣完为止", 5, [["0", 5], ["2双", 3], ["7", 0]]],
  ] as Array<[string, number, Array<[string, number]>]>)("%s", (text, max, cases) => {
    const p = parsed(text, max);
    expect(p.understood).toBe(true);
    for (const [value, expected] of cases) expect(score(text, value, max)).toBe(expected);
  });

  it("reads the Chinese numeral as its Arabic spelling is read", () => {
    for (const [cn, ar] of [["值班漏巡一回扣1分", "值班漏巡1回扣1分"], ["每缺三根扣2分", "每缺3根扣2分"]]) {
      expect(parsed(cn, 10)).toEqual(parsed(ar, 10));
    }
  });

  it("根据 after a numeral is not a count of 根 (a near miss stays refused)", () => {
    expect(parsed("一根据检查情况酌情扣分", 5).understood).toBe(false);
  });
});

describe("奖 after 等 is the award's name: award grades each with points per item", () => {
  it.each([
    // [clause, max, [value, score]...]
    ["特等奖每篇计50分;一等奖每篇计30分", null, [["1,0", 50], ["1,2", 110], ["0", 0]]],
    ["二等奖每件加6分,三等奖每件加3分,最多加20分", null, [["2,0", 12], ["3,3", 20], ["0,1", 3]]],
    ["市赛三等奖每人次计2分;二等奖每人次计4分;一等奖每人次计6分", null, [["0,0,1", 6], ["2,1,0", 8]]],
  ] as Array<[string, number | null, Array<[string, number]>]>)("%s", (text, max, cases) => {
    const p = parsed(text, max ?? undefined);
    expect(p.understood).toBe(true);
    for (const [value, expected] of cases) expect(score(text, value, max ?? undefined)).toBe(expected);
  });

  it("grades listed with 分别 still name the award (the value is the award)", () => {
    const text = "省赛一、二、三等奖分别计30分、20分、10分";
    expect(score(text, "二等奖")).toBe(20);
    expect(score(text, "一等奖")).toBe(30);
    expect(score(text, "无")).toBe(0);
  });

  it("an award typed as the value of kinds counted apart is refused, not guessed (near miss)", () => {
    const text = "特等奖每篇计50分;一等奖每篇计30分";
    expect(parsed(text).understood).toBe(true);
    expect(score(text, "特等奖")).toBeNull();
  });
});

describe("a kind's deduction verb said once for the next kind of the same shape", () => {
  it.each([
    // [clause, max, [value, score]...]
    ["值班脱岗一次扣3分,睡岗一次2分", 10, [["0,0", 10], ["1,2", 3], ["2,3", 0]]],
    ["迟到一次扣1分,早退一次0.5分,旷课一次3分", null, [["1,0,0", -1], ["1,2,1", -5], ["0,0,2", -6]]],
    ["每月巡查漏巡一处扣1分,台账记录缺失一处0.5分", 10, [["1,0", 9], ["2,4", 6]]],
    ["资料遗失一份扣2分,填写错误一份1分", 8, [["1,1", 5], ["0,3", 5], ["4,1", 0]]],
  ] as Array<[string, number | null, Array<[string, number]>]>)("%s", (text, max, cases) => {
    const p = parsed(text, max ?? undefined);
    expect(p.understood).toBe(true);
    for (const [value, expected] of cases) expect(score(text, value, max ?? undefined)).toBe(expected);
  });

  it("reads as the clause with the verb written", () => {
    const a = parsed("值班脱岗一次扣3分,睡岗一次2分", 10);
    const b = parsed("值班脱岗一次扣3分,睡岗一次扣2分", 10);
    expect(a.understood && b.understood && a.rule).toEqual(b.understood && b.rule);
  });

  it("not after an earn verb, nor with another measure word (near misses stay refused)", () => {
    expect(parsed("迟到一次加1分,早退一次0.5分").understood).toBe(false);
    expect(parsed("缺勤一次扣2分,迟到一人1分", 10).understood).toBe(false);
  });
});
