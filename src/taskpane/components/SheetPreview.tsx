/**
 * Plain-browser mode only: a read-only grid of one sheet of the opened workbook, standing in
 * for Excel's grid, so that "select the cell" has somewhere to go (it switches to the sheet,
 * scrolls to the cell and highlights it).
 */
import * as React from "react";
import { makeStyles, mergeClasses, Tab, TabList, Text, tokens } from "@fluentui/react-components";
import { cellAddress, columnName } from "../../engine/address";
import { colCount, isCellError, mergeAt, type CellValue, type RangeRef, type SheetSnapshot } from "../../engine/grid";
import type { PreviewableHost } from "../../hosts/host";
import type { Strings } from "../i18n";

const MAX_ROWS = 500;
const MAX_COLS = 40;

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
  },
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

  // a selection made through host.select() brings its sheet to the front
  React.useEffect(() => {
    if (selection) setActive(selection.sheet);
  }, [selection]);

  React.useEffect(() => {
    selectedRef.current?.scrollIntoView?.({ block: "center", inline: "center" });
  }, [selection, active]);

  const sheet: SheetSnapshot | undefined = sheets.find((s) => s.name === active) ?? sheets[0];
  if (!sheet) return null;
  const rows = Math.min(sheet.values.length, MAX_ROWS);
  const cols = Math.min(colCount(sheet), MAX_COLS);
  const range = selection && selection.sheet === sheet.name ? selection.range : null;
  const inRange = (g: RangeRef, r: number, c: number) => r >= g.top && r <= g.bottom && c >= g.left && c <= g.right;
  const isSelected = (r: number, c: number) => !!range && inRange(range, r, c);
  // the cells the selected finding was compared with: a highlight of their own, not a selection
  const related = (range && selection?.related) || [];
  const isRelated = (r: number, c: number) => related.some((g) => inRange(g, r, c));

  const body: React.ReactElement[] = [];
  for (let r = 0; r < rows; r++) {
    const cells: React.ReactElement[] = [];
    for (let c = 0; c < cols; c++) {
      const merge = mergeAt(sheet, r, c);
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
          rowSpan={merge ? Math.min(merge.bottom, rows - 1) - merge.top + 1 : undefined}
          colSpan={merge ? Math.min(merge.right, cols - 1) - merge.left + 1 : undefined}
          className={mergeClasses(styles.cell, typeof v === "number" && styles.number, compared && styles.related, selected && styles.selected)}
        >
          {display(v)}
        </td>,
      );
    }
    body.push(
      <tr key={r}>
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
      <div className={styles.scroller} data-testid="sheet-preview" data-sheet={sheet.name}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th className={styles.head} />
              {Array.from({ length: cols }, (_, c) => (
                <th key={c} scope="col" className={styles.head}>
                  {columnName(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{body}</tbody>
        </table>
      </div>
      {sheet.values.length > MAX_ROWS || colCount(sheet) > MAX_COLS ? (
        <Text size={200} className={styles.note}>
          {t.previewTruncated(MAX_ROWS, MAX_COLS)}
        </Text>
      ) : null}
    </section>
  );
}
