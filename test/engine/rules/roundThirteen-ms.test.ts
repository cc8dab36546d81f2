/**
 * Round 13 (ms): rates against a target and steps of a measured amount — constructs, each with rewordings of our own
 * (in no corpus file) scored on two values or more, and a near-miss that stays refused or scores differently.
 */
import { parseRule, scoreRule } from "../../../src/engine/rules";

const score = (text: string, max: number | undefined, value: string, itemText?: string): number | null => {
  const p = parseRule(text, { max, itemText });
  return p.understood ? scoreRule(p.rule, value, max).score : null;
};
const understood = (text: string, max?: number, itemText?: string): boolean => parseRule(text, { max, itemText }).understood;

describe("round 13 (ms): a per-point deduction the other way from the target is refused, never read as a shortfall", () => {
  it("a floor to reach, then each step above deducts: which side counts is not said", () => {
    for (const text of [
      "通过率达到40%以上得2分,每超过10个百分点扣0.5分",
      "合格率不低于60%的计3分,每高出5个百分点扣1分",
      "参保率达85%以上的得4分;每增加2个百分点减0.5分",
      "验收达标率在70%以上,计5分,每提高1个百分点扣0.2分",
    ]) {
      const p = parseRule(text, { max: 5 });
      expect(p.understood).toBe(false);
      expect(score(text, 5, "30%")).toBeNull();
      expect(score(text, 5, "95%")).toBeNull();
    }
    expect(parseRule("通过率达到40%以上得2分,每超过10个百分点扣0.5分", { max: 4 })).toMatchObject({ reasonCode: "rate-step-against" });
  });

  it("near-misses: the step toward the target's failing side still scores", () => {
    // a floor to reach, each step below deducts
    expect(score("合格率不低于60%的计3分,每降低5个百分点扣1分", 3, "60%")).toBe(3);
    expect(score("合格率不低于60%的计3分,每降低5个百分点扣1分", 3, "50%")).toBe(1);
    // a ceiling not to pass, each step above deducts
    expect(score("差错率控制在5%以内得4分,每超过1个百分点扣1分", 4, "3%")).toBe(4);
    expect(score("差错率控制在5%以内得4分,每超过1个百分点扣1分", 4, "6%")).toBe(3);
  });
});

describe("round 13 (ms): rates listed once and their points 分别 (a 的 closing the rates, one 分 for the list, deductions)", () => {
  it("earned points per rate, the list closed by 的", () => {
    const a = "入户率达到98%、92%、86%的,分别计8分、5分、3分";
    expect(score(a, 8, "99%")).toBe(8);
    expect(score(a, 8, "92%")).toBe(5);
    expect(score(a, 8, "90%")).toBe(3);
    expect(score(a, 8, "80%")).toBe(0);
    const b = "知晓率达80%、70%、60%的分别得3、2、1分";
    expect(score(b, 3, "85%")).toBe(3);
    expect(score(b, 3, "65%")).toBe(1);
  });

  it("deductions per rate: 0 at the top, and below the lowest rate nothing said (refused)", () => {
    const a = "建档率达到95%、90%、85%的,分别扣0、5、10分";
    expect(score(a, 10, "96%")).toBe(10);
    expect(score(a, 10, "90%")).toBe(5);
    expect(score(a, 10, "86%")).toBe(0);
    expect(score(a, 10, "80%")).toBeNull();
    const b = "年检合格率97%、93%、88%以上的,分别减0分、1分、3分";
    expect(score(b, 6, "97%")).toBe(6);
    expect(score(b, 6, "95%")).toBe(5);
    expect(score(b, 6, "90%")).toBe(3);
    expect(score(b, 6, "70%")).toBeNull();
    const c = "培训覆盖率达到90%、75%和60%,分别扣0分、2分和4分";
    expect(score(c, 4, "80%")).toBe(2);
    expect(score(c, 4, "60%")).toBe(0);
  });

  it("near-misses: a list said with 低于 (which side each rate bounds is not one comparator) or a count mismatch stays refused", () => {
    expect(understood("低于95%、90%、85%的,分别扣2、5、10分", 10)).toBe(false);
    expect(understood("达到95%、90%、85%的,分别扣0、5分", 10)).toBe(false);
  });
});

describe("round 13 (ms): one step said for both ways of a target (每增减1%,加减1分), and a total the bonus may reach (加至N分)", () => {
  it("each step below takes, each step above adds, up to the total said", () => {
    const a = "完成市定目标的,计12分;每增减2%,加减1分,最高加至15分,减分直至扣完";
    expect(score(a, 15, "100%")).toBe(12);
    expect(score(a, 15, "104%")).toBe(14);
    expect(score(a, 15, "120%")).toBe(15);
    expect(score(a, 15, "90%")).toBe(7);
    const b = "按期完成年度计划得8分,每上升或下降5个百分点,增减0.5分,扣完为止";
    expect(score(b, 8, "100%")).toBe(8);
    expect(score(b, 8, "90%")).toBe(7);
    const c = "签约率达到60%的得4分,每增加或减少10%,加减1分";
    expect(score(c, undefined, "60%")).toBe(4);
    expect(score(c, undefined, "80%")).toBe(6);
    expect(score(c, undefined, "50%")).toBe(3);
  });

  it("near-misses: a total below the base points is not a bonus cap (refused); a total above it caps the bonus at the difference", () => {
    expect(understood("完成县定任务的,得25分;每增减1%,加减1分,最高加至20分,减分直至扣完", 30)).toBe(false);
    expect(score("完成任务的得10分,每增减1%,加减1分,最高加至12分", 12, "105%")).toBe(12);
    expect(score("完成任务的得10分,每增减1%,加减1分,最高加至12分", 12, "101%")).toBe(11);
  });
});
