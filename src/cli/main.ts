/** `assess`: the engine on the command line (docs/contract.md). */
import { takeLang, type Lang } from "./i18n";
import { CLI_MAX_ROWS } from "./limits";
import { workbookLimitText } from "../engine/limits";
import type { CliIO } from "./io";

export type { CliIO } from "./io";

export const processIO: CliIO = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  get progress() {
    return process.stderr.isTTY ? process.stderr : undefined;
  },
};

const rows = (lang: Lang) => CLI_MAX_ROWS.toLocaleString(lang === "en" ? "en-US" : "zh-CN");

const HELP_ZH = () => `assess — 检查考核工作簿(考核评分表、汇总表、统计报表)

用法:
  assess check 路径... [--json] [--write 输出文件] [--values] [--overwrite] [--summary 汇总.xlsx|汇总.csv] [--jobs N]
      找出表格,计算得分,核对每一处合计、比率和分值。
      路径          一个工作簿、一个文件夹(其中所有 .xlsx/.xlsm,含子文件夹)或通配符
                    (如 "报表/**/*.xlsx",由本工具自己展开,Windows 下也可用)
      --json        输出一个 JSON 文档(见 docs/contract.md)
      --write 输出文件  把重新计算后的工作簿写到输出文件(只限一个输入文件;原文件不改动);
                    已填写的得分与计算结果不同时保留原值,并作为问题列出
      --values      与 --write 同用:写入数值而不是公式
      --ignore-settings  按工作簿原样检查,不采用其中保存的设置
      --overwrite   与 --write 同用:连这些已填写的得分也替换为计算结果
      --summary 文件  把汇总(每个工作簿一行:单位、错误、警告、总分、一票否决、无法读取的原因)
                    写成 .xlsx 或 .csv
      --jobs N      同时检查 N 个工作簿(默认为处理器核数)
      --lang en     英文输出(或设置英文的 LANG,如 LANG=en_US.UTF-8)
      检查多个文件时在 stderr 显示进度条(非终端时只在结束时输出一行),最后给出汇总。
      每个工作表最多读取 ${rows("zh")} 行;超出部分不检查,并在结果中以警告注明。
      工作簿${workbookLimitText("zh")};超出的工作簿不检查,并说明原因(退出状态 2)。
      工作簿中用加载项保存的设置(得分列、手工指定的规则、锁定的单元格)在这里同样生效。
      退出状态:0 没有错误;1 至少一个错误(多个文件时取最坏的);2 参数不可用或有文件无法读取。

  assess rule --text 评分标准 [--max 满分] [--value 完成情况] [--period half|full] [--json]
      解析一条评分标准,给出 --value 时计算得分。
      --period      完成情况所属的考核期(半年/全年),用于按考核期计分的标准
                    (上半年满分、年终按实际计分)
      退出状态:0 能理解;1 不能理解;2 参数不可用。

  assess --help
`;

const HELP_EN = () => `assess — check assessment workbooks (考核评分表, 汇总表, 统计报表)

Usage:
  assess check FILE... [--json] [--write OUT] [--values] [--overwrite] [--summary S.xlsx|S.csv] [--jobs N]
      Find the tables, compute scores, check every relation.
      FILE          a workbook, a folder (every .xlsx/.xlsm in it, recursively) or a glob
                    ("reports/**/*.xlsx", expanded by assess itself, so it works on Windows too)
      --json        print one JSON document (see docs/contract.md)
      --write OUT   write the recalculated workbook to OUT (one input file only); a score
                    the clerk typed that differs from the computed one is kept, and reported
      --values      with --write: plain values instead of formulas
      --ignore-settings  check the workbook as it stands, without the settings stored in it
      --overwrite   with --write: replace the typed scores that differ, too
      --summary F   write the summary (one row per workbook: unit, errors, warnings, total
                    score, veto, why a file could not be read) as .xlsx or .csv
      --jobs N      check N workbooks at a time (default: the number of cores)
      --lang zh     Chinese output (the default unless LANG is English)
      A batch shows a progress bar on stderr (a final line only when stderr is not a
      terminal) and ends with one summary.
      At most ${rows("en")} rows are read per sheet; rows beyond are not checked and the
      output says so (a warning). A workbook may hold ${workbookLimitText("en")};
      a larger one is not checked, with the reason (exit status 2).
      Choices the clerk saved in the workbook with the add-in (score column, rules stated
      by hand, locked cells) apply here too.
      Exit status: 0 no error finding, 1 at least one error (the worst file of a batch),
      2 bad arguments or unreadable file.

  assess rule --text CLAUSE [--max M] [--value V] [--period half|full] [--json]
      Parse one scoring clause (评分标准) and, with --value, score it.
      --period      which assessment the value is for (半年/全年), for clauses that say
                    how each period scores (上半年满分, 年终按实际计分)
      Exit status: 0 understood, 1 not understood, 2 bad arguments.

  assess --help
`;

export function help(lang: Lang): string {
  return lang === "en" ? HELP_EN() : HELP_ZH();
}

export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const { lang, rest, error } = takeLang(argv);
  if (error) {
    io.stderr(`assess: ${error}\n`);
    return 2;
  }
  const [command, ...args] = rest;
  if (!command || command === "--help" || command === "-h" || command === "help") {
    io.stdout(help(lang));
    return command ? 0 : 2;
  }
  // each command loads only what it needs: `rule` never loads ExcelJS
  if (command === "check") return (await import("./check")).runCheck(args, io, lang);
  if (command === "rule") return (await import("./rule")).runRule(args, io, lang);
  io.stderr(lang === "en" ? `assess: unknown command '${command}' (try: assess --help)\n` : `assess: 没有 '${command}' 这个命令(见 assess --help)\n`);
  return 2;
}
