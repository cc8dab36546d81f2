/**
 * What a check found, as the pane shows it: the summary line, the severity filters and the open
 * findings (each a click away from its cell, settled with 已核实/忽略 where the workbook keeps
 * settings), the settled ones apart, what was checked on each sheet (检查范围: "no problems" is
 * said only of what was checked; a sheet that yielded nothing to check is one click away from
 * its correction in 识别结果), and the 识别结果 panel. Shown only after a check: its own chunk.
 */
import * as React from "react";
import { Link, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { Analysis } from "../../engine";
import { SEVERITIES, type Finding, type Severity } from "../../engine/findings";
import { coverageText, sheetWasChecked } from "../../engine/report";
import type { WorkbookSettings } from "../../engine/settings";
import type { Lang, Strings } from "../i18n";
import { findingKey } from "../keys";
import { later } from "../later";
// in the same chunk as this view ("findings"), loaded with it
import { FindingsList, SettledList } from "./FindingsList";

const Spinner = later(() => import(/* webpackChunkName: "bars" */ "../lazyFluent").then((m) => m.Spinner));
const ToggleButton = later(() => import(/* webpackChunkName: "bars" */ "../lazyFluent").then((m) => m.ToggleButton));
// the 识别结果 panel (with the rule parser and its Fluent controls): its own chunk
const Understood = React.lazy(() => import(/* webpackChunkName: "understood" */ "./Understood").then((m) => ({ default: m.Understood })));

const useStyles = makeStyles({
  summary: { display: "block", marginTop: "12px", fontWeight: tokens.fontWeightSemibold },
  hint: { display: "block", marginTop: "12px", color: tokens.colorNeutralForeground3 },
  filters: { display: "flex", gap: "6px", marginTop: "8px", flexWrap: "wrap" },
  coverage: { marginTop: "12px" },
  coverageList: { margin: "4px 0 0 0", paddingLeft: "18px", fontSize: tokens.fontSizeBase200 },
  sheet: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  unchecked: { color: tokens.colorPaletteDarkOrangeForeground1 },
  resolved: { marginTop: "12px" },
  resolvedList: { margin: "4px 0 0 0", paddingLeft: "18px", fontSize: tokens.fontSizeBase200 },
});

/** The findings open before 应用 and gone after it: listed as settled by 应用, not silently gone. */
export function ResolvedList({ lang, t, findings }: { readonly lang: Lang; readonly t: Strings; readonly findings: ReadonlyArray<Finding> }): React.ReactElement {
  const styles = useStyles();
  return (
    <details className={styles.resolved} open data-testid="resolved-by-apply">
      <summary>
        <Text weight="semibold">{t.resolvedByApplyTitle(findings.length)}</Text>
      </summary>
      <ul className={styles.resolvedList}>
        {findings.map((f) => (
          <li key={findingKey(f)}>
            {f.sheet}!{f.cell} {lang === "en" ? f.messageEn : f.message}
          </li>
        ))}
      </ul>
    </details>
  );
}

export interface CheckResult {
  readonly analysis: Analysis;
  /** the findings in sheet order */
  readonly findings: ReadonlyArray<Finding>;
  /** the clerk's sheets read (not the add-in's records) */
  readonly sheetsRead: number;
}

export interface PaneResultsProps {
  readonly lang: Lang;
  readonly t: Strings;
  readonly result: CheckResult;
  readonly settings: WorkbookSettings;
  readonly busy: boolean;
  readonly selectedKey: string | null;
  readonly onSelect: (f: Finding, key: string) => void;
  /** 已核实 / 忽略 with a note, or reopened; absent where the workbook keeps no settings */
  readonly onSettle?: (f: Finding, status: "verified" | "ignored" | "open", note?: string) => void;
  /** the clerk corrected what was understood; absent where it cannot be kept */
  readonly onSettings?: (next: WorkbookSettings) => void;
  readonly onSelectAddress: (sheet: string, address: string) => void;
}

export function PaneResults(p: PaneResultsProps): React.ReactElement {
  const { lang, t, result, onSettle } = p;
  const styles = useStyles();
  const [hidden, setHidden] = React.useState<ReadonlySet<Severity>>(new Set());
  /** the sheet whose 识别结果 the clerk asked to correct (a counter, so asking again scrolls again) */
  const [focus, setFocus] = React.useState<{ readonly sheet: string; readonly n: number } | null>(null);
  // a new check shows every severity again
  React.useEffect(() => setHidden(new Set()), [result]);
  const open = result.findings.filter((f) => !f.settled);
  const settled = result.findings.filter((f) => f.settled);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of open) counts[f.severity]++;
  const shown = open.filter((f) => !hidden.has(f.severity));
  const toggle = (sev: Severity) =>
    setHidden((prev) => {
      const next = new Set(prev);
      if (next.has(sev)) next.delete(sev);
      else next.add(sev);
      return next;
    });
  const sheets = result.analysis.sheets;
  const unchecked = sheets.filter((s) => sheetWasChecked(s) === false);
  const noProblems = !unchecked.length ? t.noFindings : unchecked.length === sheets.length ? t.nothingChecked : t.noFindingsChecked(unchecked.map((s) => s.name));
  return (
    <>
      <Text className={styles.summary} data-testid="summary">
        {t.summary(result.sheetsRead, counts.error, counts.warning, counts.info)}
        {result.analysis.scores.length ? t.itemsScored(result.analysis.scores.length) : ""}
      </Text>
      {open.length === 0 ? (
        <Text className={styles.hint} data-testid="no-findings">
          {noProblems}
        </Text>
      ) : (
        <>
          <div className={styles.filters} role="group" aria-label={t.filter}>
            {SEVERITIES.filter((sev) => counts[sev] > 0).map((sev) => (
              <ToggleButton key={sev} size="small" checked={!hidden.has(sev)} onClick={() => toggle(sev)}>
                {`${t.severity[sev]} ${counts[sev]}`}
              </ToggleButton>
            ))}
          </div>
          <FindingsList
            findings={shown}
            lang={lang}
            t={t}
            selectedKey={p.selectedKey}
            onSelect={p.onSelect}
            busy={p.busy}
            {...(onSettle ? { onSettle: (f: Finding, status: "verified" | "ignored", note: string) => onSettle(f, status, note) } : {})}
          />
        </>
      )}
      <SettledList findings={settled} lang={lang} t={t} busy={p.busy} onSelect={p.onSelect} {...(onSettle ? { onReopen: (f: Finding) => onSettle(f, "open") } : {})} />
      {sheets.some((s) => s.checked) ? (
        <details className={styles.coverage} open={unchecked.length > 0} data-testid="coverage">
          <summary>
            <Text weight="semibold">{t.coverageTitle}</Text>
          </summary>
          <ul className={styles.coverageList}>
            {sheets.map((s) => (
              <li key={s.name} data-sheet={s.name} data-checked={String(sheetWasChecked(s) ?? "")}>
                <span className={styles.sheet}>{s.name}</span>
                {lang === "zh" ? ":" : ": "}
                <span className={sheetWasChecked(s) === false ? styles.unchecked : undefined}>{coverageText(s, lang)}</span>
                {sheetWasChecked(s) === false ? (
                  <>
                    {" "}
                    <Link as="button" title={t.correctUnderstoodOf(s.name)} onClick={() => setFocus((f) => ({ sheet: s.name, n: (f?.n ?? 0) + 1 }))}>
                      {t.correctUnderstood}
                    </Link>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <React.Suspense fallback={<Spinner size="tiny" />}>
        <Understood
          lang={lang}
          analysis={result.analysis}
          settings={p.settings}
          canSave={!!p.onSettings}
          onChange={(next) => p.onSettings?.(next)}
          onSelect={p.onSelectAddress}
          {...(focus ? { focus } : {})}
        />
      </React.Suspense>
    </>
  );
}
