import type { CliIO } from "./main";

// placeholder until the xlsx host lands: says so instead of pretending to check
export async function runCheck(_argv: string[], io: CliIO): Promise<number> {
  io.stderr("assess check: not implemented yet\n");
  return 2;
}
