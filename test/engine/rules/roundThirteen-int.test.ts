/**
 * Issue 10, round 13 (integrator):
 * - a further condition whose consequence is a zero (若无则不得分, 如未开展则计0分) is the standard not met, not a
 *   later part with points of its own: the clause keeps its reading (dev18 C01-01 was refused with 得 and read with
 *   给 — 给 was missing from the words that say points are given). A further condition with points (若发表,则加3分)
 *   is still refused.
 */
import { parseRule, scoreRule } from "../../../src/engine/rules";

const parsed = (text: string, max?: number) => parseRule(text, max !== undefined ? { max } : {});
const score = (text: string, value: string, max?: number): number | null => {
  const p = parsed(text, max);
  return p.understood ? scoreRule(p.rule, value, max).score : null;
};

describe("a further condition that only zeroes the item leaves the reading as it was", () => {
  it.each([
    // rewordings of my own: other subjects, verbs 得/计/记/给, 若/如果/如, the zero said several ways
    ["设施配备齐全,得2分(注:如果未配备则不得分)", 2],
    ["台账建立规范,计3分;若无台账则计0分", 3],
    ["制度上墙公示,记1分,如未公示则不计分", 1],
    ["应急预案完备,给4分(若无则不得分)", 4],
  ] as Array<[string, number]>)("%s", (text, pts) => {
    expect(parsed(text, pts).understood).toBe(true);
    expect(score(text, "是", pts)).toBe(pts);
    expect(score(text, "否", pts)).toBe(0);
  });

  it("得 and 给 read the same", () => {
    const a = parsed("科室齐全,得1分(注:若无则不得分)", 1);
    const b = parsed("科室齐全,给1分(注:若无则不得分)", 1);
    expect(a.understood && b.understood && a.construct === b.construct).toBe(true);
  });

  it.each([
    "原创投稿加1分;若发表,则加3分",
    "原创投稿给1分;如果被采用,则给2分",
    "按时报送得1分,若被市级采用则计2分",
  ])("a further condition with points of its own stays refused: %s", (text) => {
    expect(parsed(text).understood).toBe(false);
  });
});

describe("a person-time said with a slash (每人/次) is 每人次", () => {
  it.each([
    ["上课使用手机,每人/次扣2分", "3", -6],
    ["值班脱岗者每人/次扣1分;酒后上岗每人/次扣3分", "1,2", -7],
    ["车辆乱停乱放,每户/次扣0.5分,扣完为止", "4", -2],
  ] as Array<[string, string, number]>)("%s", (text, value, expected) => {
    expect(parsed(text).understood).toBe(true);
    expect(score(text, value)).toBe(expected);
  });
  it("reads as 每人次 and as 每一人/次 do", () => {
    const a = parsed("私自离开岗位,每人/次扣1分");
    const b = parsed("私自离开岗位,每人次扣1分");
    const c = parsed("私自离开岗位,每一人/次扣1分");
    expect(a.understood && b.understood && c.understood).toBe(true);
    if (a.understood && b.understood && c.understood) expect([a.construct, b.construct, c.construct]).toEqual(["per-case", "per-case", "per-case"]);
  });
});

describe("grades paired with points by 分别 and any verb of earning (记 as 计)", () => {
  it.each([
    ["年终按优、良、中、差分别记5、4、3、1分", "良", 4],
    ["按好、较好、一般分别记3分、2分、1分", "一般", 1],
    ["考评结果按A、B、C分别记6、4、2分", "A", 6],
  ] as Array<[string, string, number]>)("%s", (text, value, expected) => {
    expect(parsed(text).understood).toBe(true);
    expect(score(text, value)).toBe(expected);
    expect(score(text.replace("记", "计"), value)).toBe(expected);
  });
});

describe("money per case said with 每一 and a dismissal past a count with its (含N次)", () => {
  it.each([
    ["未按时上报的,在当月绩效工资中每一篇扣发20元", "3篇", -60],
    ["以每一户100元的标准对责任人进行处罚", "2户", -200],
    ["按每1人50元的标准给予奖励", "4人", 200],
  ] as Array<[string, string, number]>)("%s", (text, value, expected) => {
    expect(parsed(text).understood).toBe(true);
    expect(score(text, value)).toBe(expected);
    expect(score(text.replace(/每[一1]/, "每"), value)).toBe(expected);
  });
  it.each([
    "值班脱岗的,每次扣50元。脱岗3次（含3次）以上的,予以辞退。",
    "值班脱岗的,每次扣50元。脱岗3次以上（含3次）的,予以辞退。",
    "值班脱岗的,每次扣50元。脱岗3次(含)以上的,予以辞退。",
  ])("%s reads as the money per case (the dismissal past the count is no amount)", (text) => {
    expect(score(text, "2次")).toBe(-100);
    expect(score(text, "0")).toBe(0);
  });
});
