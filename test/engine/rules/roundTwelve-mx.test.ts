/**
 * Issue 10, round 12 (mx): an amount alone in a table cell whose column heading says it is a fine in 元
 * (处罚金额(元)/人次; 违章罚款内容 | 罚款对象 | 金额(元)): money per case, count × −amount — the unit from the
 * cell (100元/处, 500/处), else the heading (元/人次, 每人次), else per act (round 12: money said of one event).
 * Not read: a heading that also speaks of rewards, a heading that says no 元 (points or money?), a range, a row
 * whose 罚款对象 names several parties (each or in all cannot be told).
 * Also: a fine said as a noun after its amount (处以每处100元罚款, 给予50元的罚款, 处以每辆30元罚金) is read as
 * 每处罚款100元 is — money per case (round 12).
 * The rewordings below are the session's own (other headings, measure words, acts), in no corpus file.
 */
import { parseRule, scoreRule } from "../../../src/engine/rules";

const parse = (text: string, itemText: string) => parseRule(text, { itemText });
const score = (text: string, itemText: string, value: string): number | null => {
  const p = parse(text, itemText);
  return p.understood ? scoreRule(p.rule, value, undefined).score : null;
};

describe("an amount alone under a fine heading in 元", () => {
  it.each([
    // [cell, item (headings — row), [value, score]...]
    ["50", "违纪行为 | 罚款标准(元)/次 — 3 上班时间玩手机游戏", [["0", 0], ["1次", -50], ["4次", -200]]],
    ["30元/人", "检查项目 | 罚金(元) — 7 未按规定佩戴工作牌", [["0", 0], ["2人", -60], ["5人", -150]]],
    ["80/台", "设备管理违规事项 | 扣款金额(元) — 9 车辆未按时年检", [["1台", -80], ["3台", -240]]],
    ["15", "违规内容 | 处罚对象 | 罚款数额(元) — 2 食堂餐具未消毒 | 当班厨师", [["0", 0], ["1人次", -15], ["6人次", -90]]],
    ["200", "卫生检查 每人次罚款(元) — 乱扔垃圾", [["1人次", -200], ["2人次", -400]]],
  ] as Array<[string, string, Array<[string, number]>]>)("%s under %s", (text, item, cases) => {
    const p = parse(text, item);
    expect(p.understood && p.rule.kind === "per-case" && p.rule.currency === "元").toBe(true);
    for (const [value, expected] of cases) expect(score(text, item, value)).toBe(expected);
  });

  it.each([
    // a heading that gives and takes (奖惩), a heading with no 元 (points or money?), a range, several parties fined
    ["100", "考勤事项 | 奖惩金额(元) — 1 全月无迟到"],
    ["100", "违规事项 | 罚则 — 4 私接电源"],
    ["50-100", "违章事件 | 处罚金额(元)/人次 — 5 高处作业不系安全带"],
    ["300", "违规内容 | 处罚对象 | 罚款数额(元) — 6 材料丢失 | 保管员、班组长"],
  ])("%s under %s stays refused", (text, item) => {
    expect(parse(text, item).understood).toBe(false);
  });

  it("a bare number under a points heading is still points, not 元", () => {
    const p = parse("2", "违规情况(发现一次)— 卫生 扣分标准");
    expect(p.understood && p.rule.kind === "per-case" && p.rule.currency === undefined).toBe(true);
    expect(score("2", "违规情况(发现一次)— 卫生 扣分标准", "3次")).toBe(-6);
  });
});

describe("a fine said as a noun after its amount", () => {
  const money = (text: string, value: string): number | null => {
    const p = parseRule(text);
    return p.understood ? scoreRule(p.rule, value, undefined).score : null;
  };
  it.each([
    ["车辆乱停乱放者,处以每辆30元罚金", [["0", 0], ["2辆", -60], ["5辆", -150]]],
    ["在禁烟区域吸烟的,每发现一人给予50元的罚款", [["1人", -50], ["3人", -150]]],
    ["私自占用消防通道的,处200元罚款", [["0", 0], ["1次", -200], ["2次", -400]]],
    ["实验室内饮食者,予以每次20元罚款。", [["1次", -20], ["4次", -80]]],
  ] as Array<[string, Array<[string, number]>]>)("%s", (text, cases) => {
    const p = parseRule(text);
    expect(p.understood && p.rule.kind === "per-case" && p.rule.currency === "元").toBe(true);
    for (const [value, expected] of cases) expect(money(text, value)).toBe(expected);
  });

  it.each([
    "擅自动用灭火器的,处以每具50元罚款并扣2分", // points and money for one act
    "擅自动用灭火器的,处以罚款", // no amount
    "第一次处以50元罚款,第二次处以100元罚款", // money that differs by occurrence
  ])("%s stays refused", (text) => {
    expect(parseRule(text).understood).toBe(false);
  });
});
