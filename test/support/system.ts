/**
 * Tests that need a system program (chromium, soffice) run whenever it is installed. Where
 * it is absent they report themselves skipped with the command that installs it, except
 * under CI=true, where its absence is a failure.
 */
import { execFileSync } from "child_process";
import { existsSync } from "fs";

export interface SystemProgram {
  readonly available: boolean;
  readonly path: string | undefined;
}

function which(cmd: string): string | undefined {
  if (cmd.startsWith("/")) return existsSync(cmd) ? cmd : undefined;
  try {
    return execFileSync("sh", ["-c", `command -v ${cmd}`], { encoding: "utf8" }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Look for one of `candidates`. When none is found: under CI=true throw (a failure);
 * otherwise print the install command so the skip is visible, and return available=false.
 */
export function systemProgram(candidates: string[], installCommand: string): SystemProgram {
  for (const c of candidates) {
    const p = which(c);
    if (p) return { available: true, path: p };
  }
  const msg = `${candidates[0]} is not installed; install it with: ${installCommand}`;
  if (process.env.CI === "true") throw new Error(`${msg} (required under CI=true)`);
  // eslint-disable-next-line no-console
  console.warn(`SKIPPED: ${msg}`);
  return { available: false, path: undefined };
}

export const CHROMIUM_INSTALL = "apt-get install -y chromium fonts-wqy-microhei";
export const SOFFICE_INSTALL = "apt-get install -y --no-install-recommends libreoffice-calc-nogui";

/** `describe` when the program is there, `describe.skip` (with the reason printed) when not. */
export function describeWith(program: SystemProgram): jest.Describe {
  return program.available ? describe : describe.skip;
}
