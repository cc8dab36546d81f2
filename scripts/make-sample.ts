/**
 * Writes assets/sample.xlsx, the workbook the plain-browser page starts on. Run
 * `npx tsx scripts/make-sample.ts`; the file is committed, so `npm run build` needs no step.
 *
 * The workbook is test/fixtures' buildSampleWorkbook(): every fixture layout (statistics with
 * the 合计 at the bottom and on top, a 其中 breakdown, a merged two-row header, a scoring and a
 * summary sheet) with real figures from the seeds, and exactly one planted error: on 统计表,
 * 已婚育龄妇女 182 = 上环 105 + 使用工具 27 + 结扎 14 + 绝经 16 + 不孕 5 + 待孕 10 + 现孕 5, with
 * the 合计 typed as 180.
 */
import { writeFileSync } from "fs";
import * as path from "path";
import { buildSampleWorkbook, fixtureBytes } from "../test/fixtures";

export const SAMPLE_PATH = path.join(__dirname, "..", "assets", "sample.xlsx");

async function main(): Promise<void> {
  const sample = buildSampleWorkbook({ planted: "statistics" });
  writeFileSync(SAMPLE_PATH, await fixtureBytes(sample));
  process.stdout.write(`wrote ${SAMPLE_PATH} (expected findings: ${JSON.stringify(sample.expected)})\n`);
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
