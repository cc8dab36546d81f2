/**
 * Round 8 (issue 10, kb): misses of dev6/dev7 that are not a measured quantity — failings that
 * zero the item, counts the item's name requires, categories, numbering, stated totals. Each
 * general cause is tested with paraphrases another document would use (written for this test,
 * not taken from the corpus), with scores worked by hand, and the near-misses that keep their
 * reading.
 */
import { parseRule, scoreRule, type ScoringRule } from "../../../src/engine/rules";

function rule(text: string, max?: number, itemText?: string): ScoringRule {
  const p = parseRule(text, { ...(max !== undefined ? { max } : {}), ...(itemText !== undefined ? { itemText } : {}) });
  if (!p.understood) throw new Error(`not understood: ${text}: ${p.reason}`);
  return p.rule;
}

function scores(text: string, max: number | undefined, values: ReadonlyArray<string>, itemText?: string): Array<number | null> {
  const r = rule(text, max, itemText);
  return values.map((v) => scoreRule(r, v, max).score);
}

export function refused(text: string, max?: number, itemText?: string): string {
  const p = parseRule(text, { ...(max !== undefined ? { max } : {}), ...(itemText !== undefined ? { itemText } : {}) });
  if (p.understood) throw new Error(`understood: ${text}: ${JSON.stringify(p.rule)}`);
  return p.reasonCode ?? "";
}

describe("several failings that each zero the item, one of them an event: the value counts failings", () => {
  it.each([
    ["未能按时按规定完成换届工作,不得分;换届中出现因组织不当造成失误的,不得分。", 4],
    ["未按期完成年度任务的不得分;工作中发生违纪问题的,不得分", 3],
    ["台账资料不齐全的,不得分;被群众投诉查实的,不得分;", 2],
    ["未按時完成換屆選舉工作,不得分;換屆選舉中出現失誤的,不得分。", 5],
  ])("%s (max %d): 0 / 无 keep the points, 1项 / 2项 take them, 是 answers the standard", (text, max) => {
    expect(scores(text, max, ["0", "无", "1项", "2项", "是", "否"])).toEqual([max, max, 0, 0, max, 0]);
  });
  it("a failing with no event word stays a yes/no (一项未完成的不得分)", () => {
    expect(rule("工作未按要求完成的,不得分;资料不完整的,不得分", 3)).toEqual({ kind: "all-or-nothing", points: null });
  });
});

describe("a failing that zeroes the item, the count required in the item's name", () => {
  it.each([
    ["基础工作(25分) 3、配备了两名以上的社区交通安全员(专职或兼职)。 分值2", "人员未配备到位的不得分", 2, ["3人", "2人", "1人", "0"], [2, 2, 0, 0]],
    ["安全生产(10分) 2.配备专职安全员3名及以上(3分)", "未配齐的,不得分", 3, ["4人", "3名", "2名", "0"], [3, 3, 0, 0]],
    ["(三)每年组织业务培训不少于2次", "未按要求开展的不得分", 4, ["3次", "2次", "1次", "无"], [4, 4, 0, 0]],
    ["配備2名以上專職人員(2分)", "人員未配備到位的不得分", 2, ["2人", "1人"], [2, 0]],
    ["每季度召开专题会议超过1次", "没有召开的不得分", 2, ["2次", "1次"], [2, 0]],
  ])("%s / %s", (item, text, max, values, expected) => {
    expect(scores(text, max, values, item)).toEqual(expected);
  });
  it.each([
    ["配备专职人员(2分)", "人员未配备到位的不得分"],
    // two counts in the item: which one the clause means is not said
    ["配备2名以上安全员、1名以上网格员", "人员未配备到位的不得分"],
    // a count with no bound is no requirement
    ["配备的2名安全员", "人员未配备到位的不得分"],
  ])("no single count required in the item: a yes/no as before — %s", (item, text) => {
    expect(rule(text, 2, item)).toEqual({ kind: "all-or-nothing", points: null });
  });
});
