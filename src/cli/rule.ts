/**
 * `assess rule --text CLAUSE [--max M] [--value V] [--period half|full] [--item NAME] [--json]`
 * (docs/contract.md): parse one scoring clause (评分标准) and, with --value, score it. The formula
 * refers to the value cell as B2. `--item` is the item's name or the column heading the clause sits
 * under (扣分(每人次), 扣分标准): as in a workbook, it gives the sign and the unit of a standard that
 * is only points ("1分"); it never sets the max (only --max does). Exit status: 0 understood, 1 not
 * understood, 2 bad arguments.
 */
import { parseRule, ruleFormula, scoreRule, valueCellFor, type Period, type RuleScore } from "../engine/rules";
import type { CliIO } from "./io";
import { tr, type Lang } from "./i18n";
import { explainRule } from "../engine/rules/explain";

interface RuleArgs {
  text: string;
  max?: number;
  value?: string;
  period?: Period;
  item?: string;
  json: boolean;
}

const USAGE = (lang: Lang) =>
  tr(lang, "用法: assess rule --text 评分标准 [--max 满分] [--value 完成情况] [--period half|full] [--item 项目名称] [--json]", "usage: assess rule --text CLAUSE [--max M] [--value V] [--period half|full] [--item NAME] [--json]");

function parseArgs(argv: string[], lang: Lang = "zh"): RuleArgs | string {
  let text: string | undefined;
  let max: number | undefined;
  let value: string | undefined;
  let period: Period | undefined;
  let item: string | undefined;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.indexOf("=");
    const [flag, inline] = a.startsWith("--") && eq > 0 ? [a.slice(0, eq), a.slice(eq + 1)] : [a, undefined];
    const next = (): string | undefined => {
      if (inline !== undefined) return inline;
      if (i + 1 >= argv.length) return undefined;
      i += 1;
      return argv[i];
    };
    switch (flag) {
      case "--json":
        json = true;
        break;
      case "--text": {
        const v = next();
        if (v === undefined) return tr(lang, "--text 后面应为一条评分标准", "--text needs a clause");
        text = v;
        break;
      }
      case "--max": {
        const v = next();
        if (v === undefined) return tr(lang, "--max 后面应为一个数", "--max needs a number");
        const n = Number(v.normalize("NFKC").replace(/分$/, "").trim());
        if (v.trim() === "" || !Number.isFinite(n) || n < 0) return tr(lang, `--max 应为不小于 0 的数,而不是 '${v}'`, `--max must be a non-negative number, got '${v}'`);
        max = n;
        break;
      }
      case "--value": {
        const v = next();
        if (v === undefined) return tr(lang, "--value 后面应为完成情况", "--value needs a value");
        value = v;
        break;
      }
      case "--item": {
        const v = next();
        if (v === undefined) return tr(lang, "--item 后面应为项目名称或表头", "--item needs the item's name or heading");
        item = v;
        break;
      }
      case "--period": {
        const v = next();
        if (v === "half" || v === "half-year" || v === "半年") period = "half-year";
        else if (v === "full" || v === "full-year" || v === "year" || v === "全年") period = "full-year";
        else return tr(lang, `--period 应为 half 或 full,而不是 '${v ?? ""}'`, `--period must be half or full, got '${v ?? ""}'`);
        break;
      }
      default:
        return tr(lang, `不认识的参数 '${a}'`, `unknown argument '${a}'`);
    }
  }
  if (text === undefined) return tr(lang, "缺少 --text", "--text is required");
  if (text.trim() === "") return tr(lang, "--text 是空的", "--text is empty");
  return { text, max, value, period, item, json };
}

/** "3" → 3 (a number cell), anything else stays the text the clerk typed. */
function cellValueOf(v: string): string | number {
  const t = v.trim();
  return /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)$/.test(t) ? Number(t) : v;
}

export async function runRule(argv: string[], io: CliIO, lang: Lang = "zh"): Promise<number> {
  const args = parseArgs(argv, lang);
  if (typeof args === "string") {
    io.stderr(`assess rule: ${args} (${USAGE(lang)})\n`);
    return 2;
  }
  const parsed = parseRule(args.text, { max: args.max, itemText: args.item, maxFromItem: false });
  if (!parsed.understood) {
    if (args.json) {
      io.stdout(JSON.stringify({ understood: false, reason: parsed.reason, construct: null, rule: null, score: null, formula: null }, null, 2) + "\n");
    } else {
      io.stdout(tr(lang, `未能理解评分标准 (not understood): ${parsed.reason}\n`, `not understood: ${parsed.reason}\n`));
    }
    return 1;
  }
  const opts = { period: args.period };
  const value = args.value !== undefined ? cellValueOf(args.value) : undefined;
  const scored: RuleScore | undefined = value !== undefined ? scoreRule(parsed.rule, value, args.max, opts) : undefined;
  // text the formula does not read ("3人", "96%") is first made a number, as the plan does in the sheet
  const cell = value !== undefined && scored?.score !== null ? valueCellFor(parsed.rule, value, opts) : null;
  const formula = ruleFormula(parsed.rule, "B2", args.max, { ...opts, numberFormat: cell?.numberFormat });
  if (args.json) {
    const out: Record<string, unknown> = {
      understood: true,
      construct: parsed.construct,
      rule: parsed.rule,
      score: scored ? scored.score : null,
      formula,
    };
    if (scored && value !== undefined) {
      const e = explainRule(parsed.rule, value, args.max, opts, scored);
      out.explain = e.zh;
      out.explainEn = e.en;
    }
    if (cell) out.valueCell = cell;
    if (scored?.reason) out.reason = scored.reason;
    if (scored?.vetoed) out.vetoed = true;
    if (parsed.max !== undefined && args.max === undefined) out.statedMax = parsed.max;
    io.stdout(JSON.stringify(out, null, 2) + "\n");
    return 0;
  }
  const en = lang === "en";
  const lines = [
    `${en ? "construct" : "构成 (construct)"}: ${parsed.construct}`,
    `${en ? "rule" : "规则 (rule)"}: ${JSON.stringify(parsed.rule)}`,
  ];
  if (scored) {
    lines.push(`${en ? "score" : "得分 (score)"}: ${scored.score === null ? "—" : scored.score}${scored.reason ? `  ${scored.reason}` : ""}`);
    if (value !== undefined) {
      const e = explainRule(parsed.rule, value, args.max, opts, scored);
      lines.push(`${en ? "explain" : "计算 (explain)"}: ${en ? e.en : e.zh}`);
    }
  }
  const noFormula = tr(lang, "—(没有 --max/--period 时这条标准没有公式)", "— (no formula for this rule without --max/--period)");
  lines.push(`${en ? "formula (value in B2)" : "公式 (formula, 完成情况在 B2)"}: ${formula ?? noFormula}`);
  io.stdout(lines.join("\n") + "\n");
  return 0;
}
