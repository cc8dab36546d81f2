/**
 * "No typed number replaced unseen" (issue 12): the plan that leaves every number the clerk
 * typed where it differs from the computed one. Such cells are left out (locked); their parents
 * are then computed from the kept figures, which may in turn differ from a parent the clerk
 * typed: that one is left out too, until no write replaces a typed number. The pane starts its
 * preview from this plan, the CLI's `--write` writes it unless `--overwrite`.
 */
import { cellKey } from "./address";
import type { Analysis, AnalyzeOptions } from "./index";
import type { WorkbookSnapshot } from "./grid";

/** Enough rounds for any item tree's depth; each round locks at least one more cell. */
const MAX_ROUNDS = 64;

export interface KeptPlan<A extends Analysis = Analysis> {
  /** the plan with the typed numbers left out */
  readonly analysis: A;
  /** the cells left out ("Sheet!G5", cellKey form), in the order found */
  readonly kept: string[];
  /** the writes that would have replaced them (the first plan each appeared in) */
  readonly keptWrites: A["writes"];
}

type Run<A> = (snapshot: WorkbookSnapshot, options: AnalyzeOptions) => A;
type RunAsync<A> = (snapshot: WorkbookSnapshot, options: AnalyzeOptions) => Promise<A>;

function lockedWith(options: AnalyzeOptions, kept: ReadonlyArray<string>): AnalyzeOptions {
  return kept.length ? { ...options, lockedCells: [...(options.lockedCells ?? []), ...kept] } : options;
}

function step<A extends Analysis>(a: A, allowed: ReadonlySet<string>, kept: string[], keptWrites: Array<A["writes"][number]>): boolean {
  const more = a.writes.filter((w) => w.replacesTyped && !allowed.has(cellKey(w.sheet, w.cell)));
  for (const w of more) {
    kept.push(cellKey(w.sheet, w.cell));
    keptWrites.push(w);
  }
  return more.length > 0;
}

/** `allowed`: cells the clerk chose to overwrite anyway (cellKey form). */
export function keepTypedNumbers<A extends Analysis>(
  run: Run<A>, snapshot: WorkbookSnapshot, options: AnalyzeOptions = {}, allowed: ReadonlySet<string> = new Set(),
): KeptPlan<A> {
  const kept: string[] = [];
  const keptWrites: Array<A["writes"][number]> = [];
  let a = run(snapshot, options);
  for (let i = 0; i < MAX_ROUNDS && step(a, allowed, kept, keptWrites); i++) a = run(snapshot, lockedWith(options, kept));
  return { analysis: a, kept, keptWrites };
}

/** The same with an asynchronous engine (the pane's Web Worker); `first`: the plan with `options` alone, when the caller has it. */
export async function keepTypedNumbersAsync<A extends Analysis>(
  run: RunAsync<A>, snapshot: WorkbookSnapshot, options: AnalyzeOptions = {}, allowed: ReadonlySet<string> = new Set(), first?: A,
): Promise<KeptPlan<A>> {
  const kept: string[] = [];
  const keptWrites: Array<A["writes"][number]> = [];
  let a = first ?? (await run(snapshot, options));
  for (let i = 0; i < MAX_ROUNDS && step(a, allowed, kept, keptWrites); i++) a = await run(snapshot, lockedWith(options, kept));
  return { analysis: a, kept, keptWrites };
}
