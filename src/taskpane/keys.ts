/**
 * Keys the pane uses to match findings and writes across renders and checks. In a module of
 * their own so App can use them without loading the components that display them (those are
 * chunks of their own, fetched while the pane paints; issue 15).
 */
import type { Finding } from "../engine/findings";

export function findingKey(f: Finding): string {
  return `${f.sheet}!${f.cell}!${f.kind}`;
}

export function writeKey(w: { sheet: string; cell: string }): string {
  return `${w.sheet}!${w.cell}`;
}
