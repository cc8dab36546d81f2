/** The 识别结果 panel's styles, props and the types its parts share (Understood.tsx, UnderstoodTree.tsx). */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Analysis } from "../../engine";
import type { WorkbookSettings } from "../../engine/settings";
import type { Lang } from "../i18n";
import type { UnderstoodStrings } from "../i18n.understood";

export interface UnderstoodProps {
  readonly lang: Lang;
  readonly analysis: Analysis;
  readonly settings: WorkbookSettings;
  /** false: show read-only (no correction controls) */
  readonly canSave: boolean;
  /** the pane saves them in the workbook and re-checks */
  readonly onChange: (next: WorkbookSettings) => void;
  /** go to a cell */
  readonly onSelect: (sheet: string, address: string) => void;
}

/** Items listed per tree; the rest are counted, not rendered. */
export const MAX_ITEMS_SHOWN = 200;

export const useStyles = makeStyles({
  root: { marginTop: "14px" },
  muted: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  headerText: { display: "flex", flexWrap: "wrap", alignItems: "baseline", columnGap: "8px", minWidth: 0 },
  sheetName: { fontWeight: tokens.fontWeightSemibold, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", maxWidth: "100%" },
  block: { marginTop: "6px", marginBottom: "6px" },
  line: { display: "flex", alignItems: "center", gap: "6px", flexWrap: "wrap", fontSize: tokens.fontSizeBase200 },
  list: { listStyleType: "none", margin: "2px 0 0 0", padding: 0 },
  column: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    alignItems: "center",
    columnGap: "6px",
    fontSize: tokens.fontSizeBase200,
    paddingTop: "1px",
    paddingBottom: "1px",
  },
  colName: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", textAlign: "left", minWidth: 0 },
  colLetter: { color: tokens.colorNeutralForeground3, marginRight: "4px" },
  roleCell: { display: "flex", alignItems: "center", gap: "4px", justifyContent: "flex-end" },
  select: { width: "9.5em" },
  item: { fontSize: tokens.fontSizeBase200, paddingTop: "2px", paddingBottom: "2px", borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  itemLine: { display: "flex", alignItems: "baseline", gap: "6px" },
  itemName: { textAlign: "left", minWidth: 0, overflowWrap: "anywhere" },
  number: { color: tokens.colorNeutralForeground3, marginRight: "4px" },
  max: { marginLeft: "auto", whiteSpace: "nowrap", color: tokens.colorNeutralForeground2 },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  bad: { color: tokens.colorPaletteRedForeground1 },
  rule: { display: "flex", flexWrap: "wrap", alignItems: "baseline", columnGap: "6px", marginTop: "1px" },
  editor: { display: "flex", flexDirection: "column", gap: "4px", marginTop: "4px", marginBottom: "4px" },
  editorButtons: { display: "flex", gap: "6px" },
  treeHeading: { display: "flex", alignItems: "center", justifyContent: "space-between", flexWrap: "wrap", columnGap: "6px" },
  levelSelect: { width: "5.5em", flexShrink: 0 },
});

export type Shared = UnderstoodProps & { readonly s: UnderstoodStrings };
