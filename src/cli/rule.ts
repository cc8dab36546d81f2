import type { CliIO } from "./main";

// placeholder until the rule parser lands: says so instead of pretending to parse
export async function runRule(_argv: string[], io: CliIO): Promise<number> {
  io.stderr("assess rule: not implemented yet\n");
  return 2;
}
