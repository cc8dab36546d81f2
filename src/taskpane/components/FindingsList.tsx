/**
 * The findings, grouped by sheet and, within a sheet, by severity; each one a click away from
 * its cell. The whole list is one Tab stop: the arrow keys (and Home/End) move between findings,
 * Enter or Space goes to the cell. The selected finding offers 已核实 / 忽略 with a note (where
 * the host can keep the mark); settled findings are listed apart (SettledList).
 */
import * as React from "react";
import { Badge, Button, Input, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { SEVERITIES, type Finding, type Severity } from "../../engine/findings";
import type { Strings } from "../i18n";
import { findingKey } from "../keys";

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
  sheetHeader: {
    display: "flex",
    alignItems: "baseline",
    flexWrap: "wrap",
    columnGap: "8px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingBottom: "2px",
  },
  severity: { marginTop: "6px", marginBottom: "2px", color: tokens.colorNeutralForeground3 },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  item: {
    display: "block",
    width: "100%",
    maxWidth: "100%",
    minWidth: 0,
    textAlign: "left",
    justifyContent: "flex-start",
    height: "auto",
    paddingTop: "4px",
    paddingBottom: "4px",
    paddingLeft: "6px",
    paddingRight: "6px",
    fontWeight: tokens.fontWeightRegular,
    overflowWrap: "anywhere",
    whiteSpace: "normal",
  },
  selected: { backgroundColor: tokens.colorBrandBackground2 },
  cell: { fontFamily: tokens.fontFamilyMonospace, marginRight: "6px", fontWeight: tokens.fontWeightSemibold },
  detail: { display: "block", color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  settle: {
    display: "flex",
    flexWrap: "wrap",
    gap: "6px",
    alignItems: "center",
    padding: "4px 6px 8px 6px",
    backgroundColor: tokens.colorBrandBackground2,
  },
  note: { flexGrow: 1, minWidth: "120px", maxWidth: "100%" },
  settledNote: { display: "block", color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export interface FindingsListProps {
  readonly findings: ReadonlyArray<Finding>;
  readonly lang: "zh" | "en";
  readonly t: Strings;
  readonly selectedKey: string | null;
  readonly onSelect: (finding: Finding, key: string) => void;
  /** mark the finding settled (absent: the host cannot keep marks) */
  readonly onSettle?: (finding: Finding, status: "verified" | "ignored", note: string) => void;
  readonly busy?: boolean;
}

export { findingKey } from "../keys";

/** The figures of a finding and the cells it was compared with, as one line. */
export function findingDetail(f: Finding, t: Strings): string {
  const numbers = t.figures(f);
  return [numbers, f.related.length ? t.related(f.related.join(", ")) : ""].filter(Boolean).join(" · ");
}

function SettleControls({ f, t, onSettle, busy }: { f: Finding; t: Strings; onSettle: NonNullable<FindingsListProps["onSettle"]>; busy?: boolean }) {
  const styles = useStyles();
  const [note, setNote] = React.useState("");
  return (
    <div className={styles.settle} role="group" aria-label={t.settle} data-testid="settle">
      <Input
        className={styles.note}
        size="small"
        value={note}
        placeholder={t.note}
        aria-label={t.note}
        onChange={(_, d) => setNote(d.value)}
      />
      <Button size="small" disabled={busy} onClick={() => onSettle(f, "verified", note)}>
        {t.verify}
      </Button>
      <Button size="small" disabled={busy} onClick={() => onSettle(f, "ignored", note)}>
        {t.ignore}
      </Button>
    </div>
  );
}

export function FindingsList({ findings, lang, t, selectedKey, onSelect, onSettle, busy }: FindingsListProps): React.ReactElement {
  const styles = useStyles();
  const groups = groupFindings(findings);
  const container = React.useRef<HTMLDivElement>(null);
  // the one finding that takes the Tab stop: the selected one, else the first
  const keys: string[] = [];
  for (const g of groups) for (const s of g.bySeverity) s.findings.forEach((f, i) => keys.push(`${findingKey(f)}#${i}`));
  const [active, setActive] = React.useState<string | null>(null);
  const current = (active && keys.includes(active) ? active : null) ?? (selectedKey && keys.includes(selectedKey) ? selectedKey : keys[0]);

  const onKeyDown = (e: React.KeyboardEvent) => {
    const moves: Record<string, (i: number) => number> = {
      ArrowDown: (i) => Math.min(keys.length - 1, i + 1),
      ArrowUp: (i) => Math.max(0, i - 1),
      Home: () => 0,
      End: () => keys.length - 1,
    };
    const move = moves[e.key];
    if (!move) return;
    const target = e.target as HTMLElement;
    if (!target.dataset.findingKey) return; // typing in a note: the keys are the input's
    e.preventDefault();
    const next = keys[move(keys.indexOf(target.dataset.findingKey))];
    setActive(next);
    const el = [...(container.current?.querySelectorAll<HTMLElement>("[data-finding-key]") ?? [])].find((x) => x.dataset.findingKey === next);
    el?.focus();
  };

  return (
    <div ref={container} role="list" aria-label={t.findingsLabel} aria-description={t.keysHint} onKeyDown={onKeyDown} data-testid="findings">
      {groups.map((g) => (
        <section key={g.sheet} className={styles.sheet} aria-label={g.sheet} data-sheet={g.sheet} role="presentation">
          <div className={styles.sheetHeader}>
            <Text as="h3" weight="semibold" size={400}>
              {g.sheet}
            </Text>
            <Text size={200}>{t.sheetCounts(g.counts.error, g.counts.warning, g.counts.info)}</Text>
          </div>
          {g.bySeverity.map(({ severity, findings: list }) => (
            <div key={severity} data-severity={severity} role="presentation">
              <div className={styles.severity}>
                <Badge appearance="tint" color={severity === "error" ? "danger" : severity === "warning" ? "warning" : "informative"}>
                  {t.severity[severity]}
                </Badge>
              </div>
              <ul className={styles.list} role="presentation">
                {list.map((f, i) => {
                  const key = `${findingKey(f)}#${i}`;
                  const detail = findingDetail(f, t);
                  return (
                    <li key={key} role="listitem">
                      <Button
                        appearance="subtle"
                        className={mergeClasses(styles.item, key === selectedKey && styles.selected)}
                        title={t.goToCell(f.sheet, f.cell)}
                        aria-pressed={key === selectedKey}
                        tabIndex={key === current ? 0 : -1}
                        data-finding-key={key}
                        onFocus={() => setActive(key)}
                        onClick={() => onSelect(f, key)}
                      >
                        <span className={styles.cell}>{f.cell}</span>
                        <span>{lang === "en" ? f.messageEn : f.message}</span>
                        {detail ? <span className={styles.detail}>{detail}</span> : null}
                      </Button>
                      {key === selectedKey && onSettle ? <SettleControls key={key} f={f} t={t} onSettle={onSettle} busy={busy} /> : null}
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

/** Findings the clerk marked 已核实/忽略: listed apart, each with its note and a way to reopen it. */
export function SettledList({
  findings, lang, t, onReopen, onSelect, busy,
}: {
  findings: ReadonlyArray<Finding>;
  lang: "zh" | "en";
  t: Strings;
  onReopen?: (f: Finding) => void;
  onSelect: (f: Finding, key: string) => void;
  busy?: boolean;
}): React.ReactElement | null {
  const styles = useStyles();
  if (findings.length === 0) return null;
  return (
    <details className={styles.sheet} data-testid="settled-findings">
      <summary>
        <Text weight="semibold">{t.settledTitle(findings.length)}</Text>
      </summary>
      <ul className={styles.list}>
        {findings.map((f) => (
          <li key={findingKey(f)} data-testid="settled-finding" data-cell={`${f.sheet}!${f.cell}`}>
            <Button appearance="subtle" className={styles.item} title={t.goToCell(f.sheet, f.cell)} onClick={() => onSelect(f, findingKey(f))}>
              <Badge appearance="outline" color={f.settled?.status === "verified" ? "success" : "subtle"}>
                {f.settled ? t.settledStatus[f.settled.status] : ""}
              </Badge>{" "}
              <span className={styles.cell}>
                {f.sheet}!{f.cell}
              </span>
              <span>{lang === "en" ? f.messageEn : f.message}</span>
              {f.settled?.note ? <span className={styles.settledNote}>{f.settled.note}</span> : null}
            </Button>
            {onReopen ? (
              <Button size="small" appearance="transparent" disabled={busy} onClick={() => onReopen(f)}>
                {t.reopen}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
    </details>
  );
}
