/**
 * Issue 10, round 11, `wb`: a compound measure word is one word — a scale before the thing counted (2亿元,
 * 30万元, 5万亩), 平方/立方 before a length (3000平方米, 200立方米), 公里/公斤/公顷 — cut whole by the lexer, not
 * 2亿 + 元 or 3000平 + 方米. Rewordings of our own (in no corpus file), each scored on several values, and near
 * misses that must stay refused or not be read as a count.
 */
import { parseRule, scoreRule } from "../../../src/engine/rules";
import { lex } from "../../../src/engine/rules/parse/lexer";

const score = (text: string, value: string, max?: number): number | null => {
  const p = parseRule(text, max !== undefined ? { max } : {});
  return p.understood ? scoreRule(p.rule, value, max).score : null;
};
const units = (text: string): string[] => lex(text).filter((t) => t.k === "N").map((t) => t.unit ?? "");

describe("a compound measure word is cut whole", () => {
  it.each<[string, string[]]>([
    ["完成投资2亿元", ["亿元"]],
    ["新增面积3000平方米", ["平方米"]],
    ["清淤200立方米,修路12公里", ["立方米", "公里"]],
    ["造林5万亩,接待游客3万人次", ["万亩", "万人次"]],
    ["辖区面积12平方公里", ["平方公里"]],
    ["配备3名专职人员", ["名"]],
  ])("%s", (text, expected) => {
    expect(units(text)).toEqual(expected);
  });
});

describe("a target in a compound measure word, a step each way (each rewording on several values)", () => {
  it.each<[string, number, string, number | null]>([
    // area: a target and a step both ways, floored at 0
    ["年内新建村级道路硬化面积达到5000平方米的得8分,每增减500平方米增减1分", 8, "5000平方米", 8],
    ["年内新建村级道路硬化面积达到5000平方米的得8分,每增减500平方米增减1分", 8, "4000平方米", 6],
    ["年内新建村级道路硬化面积达到5000平方米的得8分,每增减500平方米增减1分", 8, "1000平方米", 0],
    // volume, earned per step with a cap
    ["清运河道淤泥每满200立方米计1分,最高4分", 4, "400立方米", 2],
    ["清运河道淤泥每满200立方米计1分,最高4分", 4, "1000立方米", 4],
    // length, a target and a step down
    ["修建机耕路达到12公里的计5分,每少1公里扣1分", 5, "12公里", 5],
    ["修建机耕路达到12公里的计5分,每少1公里扣1分", 5, "10公里", 3],
    // another comparator and verb: a floor per head, each square metre below it
    ["人均公共绿地不低于15平方米得4分,每低1平方米扣1分", 4, "15平方米", 4],
    ["人均公共绿地不低于15平方米得4分,每低1平方米扣1分", 4, "13平方米", 2],
    ["人均公共绿地不低于15平方米得4分,每低1平方米扣1分", 4, "10平方米", 0],
  ])("%s (max %s) %s → %s", (text, max, value, expected) => {
    expect(score(text, value, max)).toBe(expected);
  });

  it("a value in another measure word is not read in the rule's (米 for 平方米, 公里 for 平方公里)", () => {
    expect(score("年内新建村级道路硬化面积达到5000平方米的得8分,每增减500平方米增减1分", "5000米", 8)).toBeNull();
  });
});

describe("near misses: a scaled amount is no count", () => {
  it("达到2亿元以上 is not a count of 2: 1亿元 never reaches it as 100000000 of something", () => {
    const p = parseRule("招商引资到位资金达到2亿元以上的计10分,不足2亿元的不计分", { max: 10 });
    if (p.understood) expect(p.rule.kind).not.toBe("stepped-count");
  });
  it("money tiers bounded in 万元 stay refused (a scale the tiers do not keep)", () => {
    const p = parseRule("年度完成投资达到5000万元的奖励10000元,达到3000万元的奖励5000元");
    expect(p.understood).toBe(false);
  });
});

describe("a bound reached said with no comparator (完成2000万元得10分,不足2000万元不得分), the same figure compared elsewhere", () => {
  it.each<[string, number, string, number | null]>([
    ["年度招商引资到位资金完成3亿元计8分,不足3亿元不计分,每增加0.5亿元加1分", 8, "3亿元", 8],
    ["年度招商引资到位资金完成3亿元计8分,不足3亿元不计分,每增加0.5亿元加1分", 8, "2亿元", 0],
    ["全年新增绿地完成20公顷得6分,低于20公顷不得分,每超过5公顷加1分", 6, "20公顷", 6],
    ["全年新增绿地完成20公顷得6分,低于20公顷不得分,每超过5公顷加1分", 6, "15公顷", 0],
    ["村集体经济收入实现50万元的,得5分;收入不足50万元的不得分;每增加10万元加1分", 5, "50万元", 5],
    ["村集体经济收入实现50万元的,得5分;收入不足50万元的不得分;每增加10万元加1分", 5, "30万元", 0],
  ])("%s (max %s) %s → %s", (text, max, value, expected) => {
    expect(score(text, value, max)).toBe(expected);
  });

  it.each<[string, number]>([
    // no bound said below: what less than the base gives is not said
    ["完成投资2000万元得10分,每增加500万元加2分", 14],
    // the bound below is another figure than the one earning: not the same bound
    ["完成投资2000万元得10分,不足1000万元不得分,每增加500万元加2分", 14],
  ])("near miss %s stays refused", (text, max) => {
    expect(parseRule(text, { max }).understood).toBe(false);
  });
});
