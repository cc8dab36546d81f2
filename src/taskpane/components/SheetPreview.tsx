/**
 * Plain-browser mode only: a read-only grid of one sheet of the opened workbook, standing in
 * for Excel's grid, so that "select the cell" has somewhere to go (it switches to the sheet,
 * scrolls to the cell and highlights it). The rows are virtualised (@tanstack/react-virtual):
 * only those in view are in the page, so a finding on row 100,000 is reached as fast as one on
 * row 5; the row numbers and the column letters stay in view while scrolling.
 */
import * as React from "react";
import { observeElementRect, useVirtualizer } from "@tanstack/react-virtual";
import { makeStyles, mergeClasses, Tab, TabList, Text, tokens } from "@fluentui/react-components";
import { cellAddress, columnName } from "../../engine/address";
import { colCount, isCellError, mergeAt, type CellValue, type RangeRef, type SheetSnapshot } from "../../engine/grid";
import type { PreviewableHost } from "../../hosts/host";
import type { Strings } from "../i18n";

const MAX_COLS = 40;
/** estimated row height (px); rows are measured as they render */
const ROW_PX = 22;
/** the scroller's size before it has one (the first paint; a test's DOM without layout) */
const NO_LAYOUT = { width: 400, height: 360 };

const useStyles = makeStyles({
  root: { marginTop: "16px" },
  tabs: { overflowX: "auto" },
  scroller: {
    overflow: "auto",
    maxHeight: "360px",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    position: "relative",
  },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, whiteSpace: "nowrap" },
  head: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    padding: "1px 4px",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    position: "sticky",
    top: 0,
  },
  rowHead: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    padding: "1px 4px",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    textAlign: "right",
    position: "sticky",
    left: 0,
    zIndex: 1,
  },
  corner: { left: 0, zIndex: 2 },
  spacer: { padding: 0, border: "none" },
  cell: { padding: "1px 6px", border: `1px solid ${tokens.colorNeutralStroke3}`, maxWidth: "220px", overflow: "hidden", textOverflow: "ellipsis" },
  number: { textAlign: "right" },
  selected: { backgroundColor: "#fff2a8", outline: `2px solid ${tokens.colorPaletteRedBorder2}`, outlineOffset: "-2px" },
  related: { backgroundColor: "#e3effb", outline: `1px dashed ${tokens.colorBrandStroke1}`, outlineOffset: "-1px" },
  note: { color: tokens.colorNeutralForeground3 },
});

function display(v: CellValue): string {
  if (v === null) return "";
  if (isCellError(v)) return v.error;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") return String(Math.round(v * 1e9) / 1e9);
  return v;
}

export interface SheetPreviewProps {
  readonly host: PreviewableHost;
  readonly t: Strings;
}

export function SheetPreview({ host, t }: SheetPreviewProps): React.ReactElement | null {
  const styles = useStyles();
  const selection = React.useSyncExternalStore(host.subscribe, host.selection);
  const sheets = host.snapshot.sheets;
  const [active, setActive] = React.useState<string | undefined>(sheets[0]?.name);
  const selectedRef = React.useRef<HTMLTableCellElement | null>(null);
  const scroller = React.useRef<HTMLDivElement | null>(null);

  // a selection made through host.select() brings its sheet to the front
  React.useEffect(() => {
    if (selection) setActive(selection.sheet);
  }, [selection]);

  const sheet: SheetSnapshot | undefined = sheets.find((s) => s.name === active) ?? sheets[0];
  const rows = sheet?.values.length ?? 0;
  const virtualizer = useVirtualizer({
    count: rows,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_PX,
    overscan: 12,
    // before the first layout (and in a DOM without layout): a window's worth of rows
    initialRect: NO_LAYOUT,
    observeElementRect: (instance, cb) => observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : NO_LAYOUT)),
  });

  // bring the selected cell's row into the window, then the cell into view
  React.useEffect(() => {
    if (!selection || !sheet || selection.sheet !== sheet.name || selection.range.top >= rows) return;
    virtualizer.scrollToIndex(selection.range.top, { align: "center" });
    const id = setTimeout(() => selectedRef.current?.scrollIntoView?.({ block: "nearest", inline: "center" }), 50);
    return () => clearTimeout(id);
  }, [selection, active, sheet, rows, virtualizer]);

  if (!sheet) return null;
  const cols = Math.min(colCount(sheet), MAX_COLS);
  const items = virtualizer.getVirtualItems();
  const firstRow = items.length ? items[0].index : 0;
  const lastRow = items.length ? items[items.length - 1].index : -1;
  const padTop = items.length ? items[0].start : 0;
  const padBottom = items.length ? virtualizer.getTotalSize() - items[items.length - 1].end : 0;
  const range = selection && selection.sheet === sheet.name ? selection.range : null;
  const inRange = (g: RangeRef, r: number, c: number) => r >= g.top && r <= g.bottom && c >= g.left && c <= g.right;
  const isSelected = (r: number, c: number) => !!range && inRange(range, r, c);
  // the cells the selected finding was compared with: a highlight of their own, not a selection
  const related = (range && selection?.related) || [];
  const isRelated = (r: number, c: number) => related.some((g) => inRange(g, r, c));

  const body: React.ReactElement[] = [];
  if (padTop > 0) body.push(<tr key="top" aria-hidden style={{ height: padTop }}><td className={styles.spacer} colSpan={cols + 1} /></tr>);
  for (let r = firstRow; r <= lastRow; r++) {
    const cells: React.ReactElement[] = [];
    for (let c = 0; c < cols; c++) {
      let merge = mergeAt(sheet, r, c);
      // a merge whose first row is above the window: its part in this row stands on its own
      if (merge && merge.top < firstRow && r === firstRow) merge = { ...merge, top: r };
      if (merge && (merge.top !== r || merge.left !== c)) continue; // covered by a merge
      const v = sheet.values[r]?.[c] ?? null;
      const selected = isSelected(r, c);
      const compared = !selected && isRelated(r, c);
      const first = selected && range!.top === r && range!.left === c;
      cells.push(
        <td
          key={c}
          ref={first ? selectedRef : undefined}
          data-cell={cellAddress(r, c)}
          aria-selected={selected || undefined}
          data-related={compared || undefined}
          rowSpan={merge ? Math.min(merge.bottom, lastRow) - merge.top + 1 : undefined}
          colSpan={merge ? Math.min(merge.right, cols - 1) - merge.left + 1 : undefined}
          className={mergeClasses(styles.cell, typeof v === "number" && styles.number, compared && styles.related, selected && styles.selected)}
        >
          {display(v)}
        </td>,
      );
    }
    body.push(
      <tr key={r} data-index={r} ref={virtualizer.measureElement}>
        <th scope="row" className={styles.rowHead}>
          {r + 1}
        </th>
        {cells}
      </tr>,
    );
  }

  return (
    <section className={styles.root} aria-label={t.preview}>
      <div className={styles.tabs}>
      <TabList selectedValue={sheet.name} onTabSelect={(_, d) => setActive(String(d.value))} size="small" aria-label={t.previewSheet}>
        {sheets.map((s) => (
          <Tab key={s.name} value={s.name}>
            {s.name}
          </Tab>
        ))}
      </TabList>
      </div>
      <div ref={scroller} className={styles.scroller} data-testid="sheet-preview" data-sheet={sheet.name} data-rows={rows}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th className={mergeClasses(styles.head, styles.corner)} />
              {Array.from({ length: cols }, (_, c) => (
                <th key={c} scope="col" className={styles.head}>
                  {columnName(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {body}
            {padBottom > 0 ? (
              <tr aria-hidden style={{ height: padBottom }}>
                <td className={styles.spacer} colSpan={cols + 1} />
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
      {colCount(sheet) > MAX_COLS ? (
        <Text size={200} className={styles.note}>
          {t.previewTruncated(rows, MAX_COLS)}
        </Text>
      ) : null}
    </section>
  );
}
