/**
 * What the plain-browser page shows instead of Excel's grid: the snapshot it read and the
 * cell or range last selected. No ExcelJS here, so the task pane can import it statically.
 */
import { parseRangeAddress, parseReference, splitReferences } from "../../engine/address";
import type { RangeRef } from "../../engine/grid";
import type { SheetSelection } from "../host";

// the capability is typed in host.ts, where the pane finds it
export { isPreviewable, type PreviewableHost, type SheetSelection } from "../host";

/** Strip an optional sheet prefix ('统计表'!C12 → C12) and parse the range. */
export function parseSelectionAddress(address: string): RangeRef {
  return parseRangeAddress(parseReference(address).address);
}

/**
 * A selection address of one or more areas ("C12", "C12,C5:C11"): the first area is the
 * selection, the others are shown beside it as related cells.
 */
export function parseSelectionAreas(address: string): RangeRef[] {
  return splitReferences(address).map(parseSelectionAddress);
}

/** The selection state of a browser host: a value plus listeners. */
export class SelectionStore {
  private current: SheetSelection | null = null;
  private readonly listeners = new Set<() => void>();

  get(): SheetSelection | null {
    return this.current;
  }

  set(selection: SheetSelection): void {
    this.current = selection;
    for (const l of [...this.listeners]) l();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }
}
