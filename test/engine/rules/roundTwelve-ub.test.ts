/**
 * Issue 10, round 12 (ub): scoring text left unread, second half.
 * - a count in Chinese numerals before a measure word the reader did not know (漏巡一回扣1分: 回, 趟, 遍,
 *   根, 株, 只, 双): read as the count it is, as 1回 already was; 根据 after a numeral stays text.
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
