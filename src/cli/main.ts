/** `assess`: the engine on the command line (CONTRACT.md). */
import { runCheck } from "./check";
import { runRule } from "./rule";

export interface CliIO {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
}

export const processIO: CliIO = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
};

const HELP = `assess — check assessment workbooks (考核评分表, 汇总表, 统计报表)

Usage:
  assess check FILE... [--json] [--write OUT] [--values]
      Find the tables, compute scores, check every relation.
      --json        print one JSON document (see CONTRACT.md)
      --write OUT   write the recalculated workbook to OUT (one input file only)
      --values      with --write: plain values instead of formulas
      --ignore-settings  check the workbook as it stands, without the settings stored in it
      Choices the clerk saved in the workbook with the add-in (score column, rules stated
      by hand, locked cells) apply here too.
      Exit status: 0 no error finding, 1 at least one error, 2 bad arguments or unreadable file.

  assess rule --text CLAUSE [--max M] [--value V] [--period half|full] [--json]
      Parse one scoring clause (评分标准) and, with --value, score it.
      --period      which assessment the value is for (半年/全年), for clauses that say
                    how each period scores (上半年满分, 年终按实际计分)
      Exit status: 0 understood, 1 not understood, 2 bad arguments.

  assess --help
`;

export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === "--help" || command === "-h" || command === "help") {
    io.stdout(HELP);
    return command ? 0 : 2;
  }
  if (command === "check") return runCheck(rest, io);
  if (command === "rule") return runRule(rest, io);
  io.stderr(`assess: unknown command '${command}' (try: assess --help)\n`);
  return 2;
}
