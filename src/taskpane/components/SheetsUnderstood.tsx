/** What the engine understood of each sheet: its kind and how many tables it found. */
import * as React from "react";
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { SheetSummary } from "../../engine/plan";
import type { Strings } from "../i18n";

const useStyles = makeStyles({
  root: { marginTop: "14px" },
  list: { listStyleType: "none", margin: "4px 0 0 0", padding: 0 },
  item: { display: "flex", gap: "8px", fontSize: tokens.fontSizeBase200, paddingTop: "2px", paddingBottom: "2px" },
  name: { fontWeight: tokens.fontWeightSemibold, minWidth: "6em" },
  meta: { color: tokens.colorNeutralForeground3 },
});

export function SheetsUnderstood({ sheets, t }: { sheets: ReadonlyArray<SheetSummary>; t: Strings }): React.ReactElement | null {
  const styles = useStyles();
  if (sheets.length === 0) return null;
  return (
    <section className={styles.root} aria-label={t.understood} data-testid="sheets-understood">
      <Text weight="semibold" size={300}>
        {t.understood}
      </Text>
      <ul className={styles.list}>
        {sheets.map((s) => (
          <li key={s.name} className={styles.item} data-kind={s.kind}>
            <span className={styles.name}>{s.name}</span>
            <span className={styles.meta}>
              {t.sheetKind[s.kind]}
              {s.tables > 0 ? ` · ${t.tables(s.tables)}` : ""}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
