/** The findings, grouped by sheet and, within a sheet, by severity; each one a click away from its cell. */
import * as React from "react";
import { Badge, Button, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { SEVERITIES, type Finding, type Severity } from "../../engine/findings";
import type { Strings } from "../i18n";

export interface SheetGroup {
  readonly sheet: string;
  readonly bySeverity: ReadonlyArray<{ readonly severity: Severity; readonly findings: ReadonlyArray<Finding> }>;
  readonly counts: Record<Severity, number>;
}


/** Group findings (already in display order) by sheet, keeping the first-seen sheet order. */
export function groupFindings(findings: ReadonlyArray<Finding>): SheetGroup[] {
  const bySheet = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = bySheet.get(f.sheet);
    if (list) list.push(f);
    else bySheet.set(f.sheet, [f]);
  }
  return [...bySheet].map(([sheet, list]) => {
    const counts = { error: 0, warning: 0, info: 0 };
    for (const f of list) counts[f.severity]++;
    return {
      sheet,
      counts,
      bySeverity: SEVERITIES.map((severity) => ({ severity, findings: list.filter((f) => f.severity === severity) })).filter(
        (g) => g.findings.length > 0,
      ),
    };
  });
}

const useStyles = makeStyles({
  sheet: { marginTop: "12px" },
  sheetHeader: { display: "flex", alignItems: "baseline", gap: "8px", borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, paddingBottom: "2px" },
  severity: { marginTop: "6px", marginBottom: "2px", color: tokens.colorNeutralForeground3 },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  item: {
    display: "block",
    width: "100%",
    textAlign: "left",
    justifyContent: "flex-start",
    height: "auto",
    paddingTop: "4px",
    paddingBottom: "4px",
    fontWeight: tokens.fontWeightRegular,
  },
  selected: { backgroundColor: tokens.colorBrandBackground2 },
  cell: { fontFamily: tokens.fontFamilyMonospace, marginRight: "6px", fontWeight: tokens.fontWeightSemibold },
  detail: { display: "block", color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export interface FindingsListProps {
  readonly findings: ReadonlyArray<Finding>;
  readonly lang: "zh" | "en";
  readonly t: Strings;
  readonly selectedKey: string | null;
  readonly onSelect: (finding: Finding, key: string) => void;
}

export function findingKey(f: Finding): string {
  return `${f.sheet}!${f.cell}!${f.kind}`;
}

export function FindingsList({ findings, lang, t, selectedKey, onSelect }: FindingsListProps): React.ReactElement {
  const styles = useStyles();
  const groups = groupFindings(findings);
  return (
    <div>
      {groups.map((g) => (
        <section key={g.sheet} className={styles.sheet} aria-label={g.sheet} data-sheet={g.sheet}>
          <div className={styles.sheetHeader}>
            <Text as="h3" weight="semibold" size={400}>
              {g.sheet}
            </Text>
            <Text size={200}>{t.sheetCounts(g.counts.error, g.counts.warning, g.counts.info)}</Text>
          </div>
          {g.bySeverity.map(({ severity, findings: list }) => (
            <div key={severity} data-severity={severity}>
              <div className={styles.severity}>
                <Badge appearance="tint" color={severity === "error" ? "danger" : severity === "warning" ? "warning" : "informative"}>
                  {t.severity[severity]}
                </Badge>
              </div>
              <ul className={styles.list}>
                {list.map((f, i) => {
                  const key = `${findingKey(f)}#${i}`;
                  const numbers = t.expectedActual(f.expected, f.actual);
                  return (
                    <li key={key}>
                      <Button
                        appearance="subtle"
                        className={mergeClasses(styles.item, key === selectedKey && styles.selected)}
                        title={t.goToCell(f.sheet, f.cell)}
                        aria-pressed={key === selectedKey}
                        onClick={() => onSelect(f, key)}
                      >
                        <span className={styles.cell}>{f.cell}</span>
                        <span>{lang === "en" ? f.messageEn : f.message}</span>
                        {numbers || f.related.length ? (
                          <span className={styles.detail}>
                            {[numbers, f.related.length ? t.related(f.related.join(", ")) : ""].filter(Boolean).join(" · ")}
                          </span>
                        ) : null}
                      </Button>
                    </li>
                  );
                })}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
