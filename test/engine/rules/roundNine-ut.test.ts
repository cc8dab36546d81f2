/**
 * Round 9, `ut`: clauses whose scoring text the reader left unread (issue 10). Each reading is a shape
 * other documents share, tested with paraphrases another township, school or hospital would write,
 * each scored by hand.
 */
import { parseRule, scoreRule } from "../../../src/engine/rules";
import { explainRule } from "../../../src/engine/rules/explain";
import { UT_GROUPS } from "./roundNine-ut-paraphrases";

const parsed = (text: string, max?: number) => parseRule(text, max !== undefined ? { max } : {});
const score = (text: string, value: string, max?: number): number | null => {
  const p = parsed(text, max);
  return p.understood ? scoreRule(p.rule, value, max ?? p.max).score : null;
};
const reason = (text: string, max?: number): string | undefined => {
  const p = parsed(text, max);
  return p.understood ? undefined : p.reasonCode;
};

describe("the item's max stated before its standard, with a subject word or 为 (该指标满分为100分,…)", () => {
  // dev6 K24-01: 100 off 2 per point below 100%; paraphrases with other subjects, 为/是, traditional characters
  it.each<[string, number | undefined, Array<[string, number]>]>([
    ["该指标满分为100分,P1数值达100%时得满分,每降低1%扣2分,扣完为止。", 100, [["100%", 100], ["98%", 96], ["75%", 50], ["40%", 0]]],
    ["该指标满分为100分,P1数值达100%时得满分,每降低1%扣2分,扣完为止。", undefined, [["100%", 100], ["98%", 96], ["40%", 0]]],
    ["本项满分20分。完成率达到100%的得满分,每低1个百分点扣1分,扣完为止", 20, [["100%", 20], ["95%", 15], ["70%", 0]]],
    ["此项指标满分是10分;每少1人扣2分,扣完为止", 10, [["0", 10], ["3人", 4], ["6人", 0]]],
    ["該項目滿分為30分,每發現1處問題扣3分,扣完為止。", 30, [["0", 30], ["2处", 24], ["12处", 0]]],
    ["本项总分为15分,每缺1项资料扣5分,扣完为止", 15, [["0", 15], ["1项", 10], ["4项", 0]]],
    ["满分为10分,每少1人扣2分,扣完为止", undefined, [["0", 10], ["3人", 4]]],
  ])("%s (max %s)", (text, max, cases) => {
    for (const [value, expected] of cases) expect([value, score(text, value, max)]).toEqual([value, expected]);
  });

  it("a stated max that is not the item's is left unread (refused), never a second max", () => {
    expect(reason("该指标满分为100分,P1数值达100%时得满分,每降低1%扣2分,扣完为止。", 10)).toBe("unread-words");
    expect(reason("本项满分20分。每少1人扣2分,扣完为止", 10)).toBe("unread-words");
  });

  it("only 满分/总分 state the max: 考核得分为10分 at the start is not consumed as one", () => {
    expect(reason("考核得分为10分,每少1人扣2分,扣完为止", 10)).toBe("unread-words");
  });
});

describe("a cap said as 最高限度/最高限额/最高限 (dev11 Q34-01: 1 per book, at most 80)", () => {
  it.each<[string, Array<[string, number]>]>([
    ["1、每外借或续借任一成员馆文献1册,均可增加读者证积分1分,每天增加借阅积分最高限度为80分。", [["0", 0], ["1册", 1], ["80册", 80], ["95册", 80]]],
    ["每发表1篇论文加2分,最高限度为10分", [["0", 0], ["3篇", 6], ["5篇", 10], ["7篇", 10]]],
    ["每参加一次志愿活动计1分,最高限额10分。", [["1次", 1], ["10次", 10], ["12次", 10]]],
    ["每次加0.5分,加分最高限为3分", [["4次", 2], ["6次", 3], ["9次", 3]]],
    ["每發現1起扣2分,最高限額為10分", [["0", 0], ["2起", -4], ["8起", -10]]],
  ])("%s", (text, cases) => {
    for (const [value, expected] of cases) expect([value, score(text, value)]).toEqual([value, expected]);
  });

  it("最高限度 before a rate is not a cap (the points after it are what is capped only)", () => {
    // a rate after the words: the cap reading needs points right after them
    expect(reason("每发表1篇论文加2分,最高限度为10%")).toBeDefined();
  });
});

describe("a cap on points that another document's rules give is refused (dev11 Q34-02), a cap on points alone is not", () => {
  it.each([
    "2、参加图书馆举办的各种活动加分规则参照活动组织馆规定,每天增加活动类积分最高限度为30分。",
    "参加各类竞赛的加分按学校有关规定执行,加分最高10分",
    "获奖加分另行规定,加分最多不超过8分",
  ])("%s: points-elsewhere", (text) => {
    expect(reason(text)).toBe("points-elsewhere");
  });

  it("表彰加分最多为5分 (the points earned, capped) keeps its reading", () => {
    expect(score("表彰加分最多为5分,加分超过5分的单位按5分计算", "3")).toBe(3);
    expect(score("表彰加分最多为5分,加分超过5分的单位按5分计算", "7")).toBe(5);
  });
});

describe("the paraphrase groups of roundNine-ut-paraphrases.ts (also recalculated by LibreOffice)", () => {
  for (const group of UT_GROUPS) {
    describe(group.kind, () => {
      it.each(group.clauses.map((c) => [c.text, c] as const))("%s", (_text, c) => {
        const p = parsed(c.text, c.max);
        expect(p.understood ? p.construct : p.reasonCode).toBe(c.construct);
        for (const [value, expected] of c.cases) expect([value, score(c.text, String(value), c.max)]).toEqual([value, expected]);
      });
    });
  }

  it("a step down after 每 is no bonus (每低1个百分点加1分 is not a step up: still refused)", () => {
    expect(reason("完成率达到90%以上得8分,低于90%不得分,每低于1个百分点加0.5分", 10)).toBe("unread-words");
  });

  it("the bonus is explained with what it adds and its cap", () => {
    const p = parsed("完成率达到90%以上得8分,低于90%不得分,每超过1个百分点加0.5分,最多加2分", 10);
    if (!p.understood) throw new Error(p.reason);
    expect(explainRule(p.rule, "92%", 10).zh).toBe("92% > 90%:8 + 0.5 × 2 → 9分");
    expect(explainRule(p.rule, "96%", 10).zh).toBe("96% > 90%:8 + 0.5 × 6(最多加 2分) → 10分");
  });
});

describe("confident readings of dev12/dev13 made refusals or right, each with paraphrases", () => {
  const byHeading = (text: string, itemText: string, value: string): number | null => {
    const p = parseRule(text, { itemText });
    return p.understood ? scoreRule(p.rule, value, p.max).score : null;
  };

  it.each([
    // dev13 S21-02: per-person points on parts (院级三等奖 gave 43.5, the sum of every part)
    "获得省级一等奖加10分/人、二等奖加8分/人,三等奖加6分/人;院级一等奖加5分/人、二等奖加4分/人、三等奖加3分/人,优秀奖1分/人;系级一等奖加3分/人、二等奖加2分/人、三等奖加1分/人;优秀奖0.5分/人。",
    "国家级获奖的加6分/人,省级获奖的加4分/人;市级获奖的加2分/人",
    "区级一等奖得3分/项、二等奖得2分/项、三等奖得1分/项",
  ])("points per person or item on parts are refused: %s", (text) => {
    expect(reason(text)).toBe("unread-words");
    expect(score(text, "是")).toBeNull();
  });

  it("parts without a per-unit mark keep their reading", () => {
    expect(score("村签订的计7分;部门签订的计3分;乡镇签订的计10分", "是,否,是", 20)).toBe(17);
  });

  it.each<[string, number]>([
    // dev13 S14-03: one failing takes 12 from an item worth 5 (a lost dash?)
    ["地板、盖板等各类盖板出现缺失和严重破损的扣3分;顶窗出现损坏或者漏水的扣12分", 5],
    ["资料不全的扣2分;未按时上报的扣8分", 6],
    ["台账缺失扣1分,發生安全事故扣20分", 10],
  ])("a failing that takes more than the item has is refused: %s (max %s)", (text, max) => {
    expect(reason(text, max)).toBe("above-max");
  });

  it("failings within the item's max keep their reading", () => {
    // (是 = the part's standard met, 否 = the failing: 6, 6 − 2 − 3 = 1)
    expect(score("资料不全的扣2分;未按时上报的扣3分", "是,是", 6)).toBe(6);
    expect(score("资料不全的扣2分;未按时上报的扣3分", "否,否", 6)).toBe(1);
  });

  it.each([
    // dev13 S20-01: the share required lost its digits (会员%以上)
    "理事、小组长、协会会员%以上能发挥作用,熟悉挂组包片,联系户情况",
    "参保率达到%以上的得5分",
    "覆盖率不低于%,得2分",
    "群众满意度%及以上的计3分",
  ])("a bound whose digits were lost is refused: %s", (text) => {
    expect(reason(text, 5)).toBe("unusable-number");
  });

  it("占% as a column's label is no bound (dev7 L10-02 keeps its reading)", () => {
    expect(score("7、职工入会率95%以上。(职工数、会员数、占%)", "96%", 2)).toBe(2);
    expect(score("7、职工入会率95%以上。(职工数、会员数、占%)", "94%", 2)).toBe(0);
  });

  it.each<[string, string, string, number]>([
    // dev13 S19-01/02: a bare figure under a heading that counts per time found (3次 gave −2)
    ["2", "违规情况(发现一次)— 教育教学 1 月、周计划按时张贴上墙;扣分标准", "3次", -6],
    ["10", "违规情况(发现一次)— 教育教学 2 按周计划认真组织幼儿活动;扣分标准", "2次", -20],
    ["5", "卫生检查扣分标准(出现1处)", "2处", -10],
    ["1", "扣分标准(违反一次)", "4次", -4],
    ["3", "發現一例扣分標準", "2例", -6],
  ])("%s under %s: %s → %s", (text, heading, value, expected) => {
    expect(byHeading(text, heading, value)).toBe(expected);
  });

  it.each([
    // dev13 S30-01: ranks (前8, 倒数2名) read as counts gave a per-unit deduction
    "每周卫生检查男生前8,女生前4的寝室考核加0.3分;男生倒数5名,女生倒数2名寝室考核扣0.4分;",
    "考核排名倒数第2名的扣2分",
    "年度考核排名第1的加5分",
    "每月評比倒數3名的扣1分",
  ])("a rank is not a count: %s (refused)", (text) => {
    expect(reason(text)).toBe("unread-words");
  });

  it("在前3名 as a yes/no (in the top three or not) keeps its reading", () => {
    expect(score("综合评比前3名的加2分", "是")).toBe(2);
    expect(score("综合评比前3名的加2分", "否")).toBe(0);
  });

  it("前 before a span of time is a deadline, not a rank (dev7 L12-02 keeps its reading)", () => {
    expect(score("1. 换届前一周向组织部备案,提交换届登记表(4分) 2. 换届后一周内向组织部提交社团干部表(4分)", "是,是", 8)).toBe(8);
  });
});

describe("扣完为止 after failings with their own points, on an item with a max (dev12 R19-01)", () => {
  it.each<[string, number, Array<[string, number]>]>([
    // 是 = the standard met: 5; 否,是 → 5 − 2 = 3; 否,否 → 5 − 2 − 3 = 0
    ["各乡镇把烤烟生产纳入年度工作考核重点,制定考核办法,强化考核奖惩,强化结果运用。未制定办法扣2分,未开展考核扣3分,扣完为止。", 5, [["是,是", 5], ["否,是", 3], ["是,否", 2], ["否,否", 0]]],
    // 6 − 2 − 3 − 4 stops at 0; 否,是,否 → 6 − 2 − 4 = 0
    ["台账不全扣2分,未按时上报扣3分,资料丢失扣4分,扣完为止", 6, [["是,是,是", 6], ["否,是,是", 4], ["否,是,否", 0], ["否,否,否", 0]]],
    // traditional characters, 直至扣完
    ["未建立臺賬扣1分;未按時報送扣2分,直至扣完。", 3, [["是,是", 3], ["否,是", 2], ["否,否", 0]]],
  ])("%s (max %s)", (text, max, cases) => {
    for (const [value, expected] of cases) expect([value, score(text, value, max)]).toEqual([value, expected]);
  });

  it("without a max the floor has nothing to stop at: still refused", () => {
    expect(reason("台账不全扣2分,未按时上报扣3分,扣完为止")).toBe("unread-words");
  });
});
