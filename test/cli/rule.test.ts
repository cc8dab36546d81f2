/** `assess rule` as docs/contract.md specifies it, through main() and through the built bin. */
import { execFileSync, spawnSync } from "child_process";
import { existsSync, readdirSync, statSync } from "fs";
import { join } from "path";
import { main, type CliIO } from "../../src/cli/main";

function capture(): CliIO & { out: () => string; err: () => string } {
  let out = "";
  let err = "";
  return {
    stdout: (s) => { out += s; },
    stderr: (s) => { err += s; },
    out: () => out,
    err: () => err,
  };
}

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = capture();
  const code = await main(["rule", ...argv], io);
  return { code, out: io.out(), err: io.err() };
}

async function json(...argv: string[]): Promise<{ code: number; doc: Record<string, unknown> }> {
  const r = await run(...argv, "--json");
  expect(r.err).toBe("");
  return { code: r.code, doc: JSON.parse(r.out) as Record<string, unknown> };
}

describe("assess rule --json", () => {
  it("the contract's example: 每配备1名计3分,计满10分为止 with 3人", async () => {
    const { code, doc } = await json("--text", "每配备1名计3分,计满10分为止", "--value", "3人");
    expect(code).toBe(0);
    expect(doc).toMatchObject({
      understood: true,
      construct: "per-unit-capped",
      rule: { kind: "per-unit-capped", per: 1, points: 3, cap: 10 },
      score: 9,
    });
    expect(doc.formula).toMatch(/^=.*B2.*/);
    expect(Object.keys(doc)).toEqual(expect.arrayContaining(["understood", "construct", "rule", "score", "formula"]));
  });

  it("the short formula reads a number; a value typed as text is first made one (valueCell)", async () => {
    const { doc } = await json("--text", "每配备1名计3分,计满10分为止", "--value", "3");
    expect(doc.score).toBe(9);
    expect(doc.formula).toContain("MIN(10,3*INT(B2))");
    expect(doc.valueCell).toBeUndefined();
    const typed = await json("--text", "每配备1名计3分,计满10分为止", "--value", "3人");
    expect(typed.doc.formula).toBe(doc.formula);
    expect(String(typed.doc.formula)).not.toContain("SUBSTITUTE");
    expect(typed.doc.valueCell).toEqual({ value: 3, numberFormat: '0"人"' });
  });

  it("a rate clause out of --max 30 with 46%", async () => {
    const { code, doc } = await json("--text", "事业费投入到位率达到50%以上计30分,每降低1个百分点扣2.5分,低于30%不计分", "--max", "30", "--value", "46%");
    expect(code).toBe(0);
    expect(doc).toMatchObject({ construct: "rate-per-point-with-cutoff", score: 20 });
  });

  it("a penalty clause alone gives negative points; with --max it lowers M", async () => {
    expect((await json("--text", "每起扣2分", "--value", "2起")).doc.score).toBe(-4);
    expect((await json("--text", "每起扣2分", "--value", "2起", "--max", "15")).doc.score).toBe(11);
    expect((await json("--text", "每起扣2分", "--value", "0")).doc.score).toBe(0);
  });

  it("a bonus clause alone gives positive points", async () => {
    expect((await json("--text", "为市工作会议提供现场的县、乡均加1分", "--value", "是")).doc).toMatchObject({ construct: "all-or-nothing", score: 1 });
  });

  it("without --value the score is null but the rule and formula are given", async () => {
    const { code, doc } = await json("--text", "比例达65%以上计10分,低于65%不计分");
    expect(code).toBe(0);
    expect(doc).toMatchObject({ understood: true, construct: "rate-threshold", score: null });
    // (a yes/no answer of the threshold, 是/√ 否/×, is read before the rate)
    expect(doc.formula).toMatch(/^=IF\(B2="","",.*>=65,10,0\)+$/);
  });

  it("a value the rule cannot use: score null with a reason, still exit 0 (the clause was understood)", async () => {
    const { code, doc } = await json("--text", "每配备1名计3分,计满10分为止", "--value", "待定");
    expect(code).toBe(0);
    expect(doc.score).toBeNull();
    expect(String(doc.reason)).toContain("待定");
  });

  it("a veto: score null and vetoed", async () => {
    const { doc } = await json("--text", "出现重大责任事故的予以“一票否决”", "--value", "是");
    expect(doc).toMatchObject({ construct: "veto", score: null, vetoed: true });
  });

  it("--period picks the standard of a clause with two periods", async () => {
    const text = "上半年到位率达到50%以上计30分,每降低1个百分点扣2.5分,低于30%不计分;全年到位率达100%计30分,每降低1个百分点扣2.5分,低于80%不计分";
    expect((await json("--text", text, "--max", "30", "--value", "46%", "--period", "half")).doc.score).toBe(20);
    expect((await json("--text", text, "--max", "30", "--value", "96%", "--period", "full")).doc.score).toBe(20);
    const none = await json("--text", text, "--max", "30", "--value", "46%");
    expect(none.doc).toMatchObject({ construct: "by-period", score: null, formula: null });
  });

  it("--item gives the sign and unit of a standard that is only points, never the max", async () => {
    // a table cell "2分" under the heading 扣分(每人次): alone it says neither sign nor per what
    const bare = await json("--text", "2分", "--value", "3人次");
    expect(bare.code).toBe(1);
    expect(bare.doc).toMatchObject({ understood: false, score: null });
    const under = await json("--text", "2分", "--item", "1、出勤占50%(50分) 旷工 | 扣分(每人次)", "--value", "3人次");
    expect(under.code).toBe(0);
    expect(under.doc).toMatchObject({ understood: true, construct: "per-case", score: -6 });
    expect(under.doc.statedMax).toBeUndefined();
    expect((await json("--text", "0.5分/项", "--item", "绿地内有杂草 (扣分标准)", "--max", "10", "--value", "4项")).doc.score).toBe(8);
    // a bonus heading, or one that says nothing of the sign, leaves it not understood
    expect((await json("--text", "2分", "--item", "加分项目(每篇)", "--value", "3篇")).code).toBe(1);
    expect((await json("--text", "2分", "--item", "信息报送", "--value", "3篇")).code).toBe(1);
  });

  it("the short written form", async () => {
    expect((await json("--text", "每1人+3 上限10", "--value", "4")).doc).toMatchObject({ construct: "per-unit-capped", score: 10 });
    expect((await json("--text", "到位率>=50%:30 每降1点-2.5 <30%:0", "--value", "0.46")).doc.score).toBe(20);
  });

  it("not understood: understood false, a reason, score null, exit 1", async () => {
    const { code, doc } = await json("--text", "信访工作实行倒扣分", "--value", "3");
    expect(code).toBe(1);
    expect(doc).toMatchObject({ understood: false, score: null });
    expect(typeof doc.reason).toBe("string");
    expect(String(doc.reason).length).toBeGreaterThan(4);
  });
});

describe("assess rule without --json", () => {
  it("prints the construct, the score and the formula", async () => {
    const r = await run("--text", "每配备1名计3分,计满10分为止", "--value", "3人");
    expect(r.code).toBe(0);
    expect(r.out).toContain("per-unit-capped");
    expect(r.out).toMatch(/得分 \(score\): 9\b/);
    expect(r.out).toMatch(/公式.*: =.*MIN\(10,3\*INT\(/);
  });
  it("says when it does not understand", async () => {
    const r = await run("--text", "按有关规定执行");
    expect(r.code).toBe(1);
    expect(r.out).toContain("未能理解");
  });
});

describe("bad arguments: exit 2 with a one-line message", () => {
  it.each([
    [[]],
    [["--max", "10"]],
    [["--text"]],
    [["--text", "每起扣2分", "--max", "abc"]],
    [["--text", "每起扣2分", "--max", "-3"]],
    [["--text", "每起扣2分", "--value"]],
    [["--text", "每起扣2分", "--bogus"]],
    [["--text", "每起扣2分", "--period", "spring"]],
    [["--text", "每起扣2分", "--item"]],
    [["--text", "   "]],
  ])("%j", async (argv) => {
    const r = await run(...(argv as string[]));
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).toMatch(/^assess rule: /);
  });

  it("accepts --flag=value", async () => {
    const r = await run("--text=每起扣2分", "--value=3", "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).score).toBe(-6);
  });
});

describe("the built CLI (node bin/assess.js rule …)", () => {
  const root = join(__dirname, "..", "..");
  const built = join(root, "dist", "cli", "rule.js");

  beforeAll(() => {
    // `npm test` builds dist first (pretest); when run alone, rebuild a missing or stale CLI
    const sources = [join(root, "src", "cli", "rule.ts"), ...readdirSync(join(root, "src", "engine", "rules")).map((f) => join(root, "src", "engine", "rules", f))];
    const newest = Math.max(...sources.map((f) => statSync(f).mtimeMs));
    if (!existsSync(built) || statSync(built).mtimeMs < newest) {
      execFileSync("npm", ["run", "build:cli"], { cwd: root, stdio: "pipe", timeout: 170_000 });
    }
  }, 180_000);

  it("scores the contract's example and exits 0", () => {
    const r = spawnSync("node", [join(root, "bin", "assess.js"), "rule", "--text", "每配备1名计3分,计满10分为止", "--value", "3人", "--json"], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ understood: true, construct: "per-unit-capped", score: 9 });
  });

  it("exits 1 on a clause it does not understand, 2 on bad arguments", () => {
    const r1 = spawnSync("node", [join(root, "bin", "assess.js"), "rule", "--text", "信访工作实行倒扣分", "--json"], { encoding: "utf8" });
    expect(r1.status).toBe(1);
    expect(JSON.parse(r1.stdout)).toMatchObject({ understood: false, score: null });
    const r2 = spawnSync("node", [join(root, "bin", "assess.js"), "rule", "--max", "x"], { encoding: "utf8" });
    expect(r2.status).toBe(2);
  });
});
