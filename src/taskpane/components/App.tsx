/**
 * The task pane: one primary action (检查), a progress indicator for anything slower than half
 * a second, a summary line, and the findings grouped by sheet, each a click away from its
 * cell. It talks to the workbook only through a WorkbookHost and to the engine only through
 * `analyze`, so the same component runs in Excel, in a plain browser and in tests.
 * Side-effect free: the mount (createRoot) is in ../index.tsx.
 */
import * as React from "react";
import {
  Button,
  FluentProvider,
  makeStyles,
  ProgressBar,
  Text,
  ToggleButton,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { sortFindings, type Finding, type Severity } from "../../engine/findings";
import type { WorkbookSnapshot } from "../../engine/grid";
import type { Plan } from "../../engine/plan";
import type { Progress, WorkbookHost } from "../../hosts/host";
import { isPreviewable } from "../../hosts/browser/selection";
import { STRINGS, type Lang } from "../i18n";
import { FindingsList } from "./FindingsList";
import { SheetPreview } from "./SheetPreview";
import { SheetsUnderstood } from "./SheetsUnderstood";
import { useDelayedFlag } from "./useDelayedFlag";

export interface AppProps {
  readonly lang: Lang;
  /** the workbook to check, or a promise of it while it loads (the sample, in a plain browser) */
  readonly host: WorkbookHost | Promise<WorkbookHost>;
  /** the engine, called off the UI thread where the caller can (a Web Worker) */
  readonly analyze: (snapshot: WorkbookSnapshot) => Promise<Plan>;
  /** plain-browser mode: open an .xlsx the user picked (shows the 打开 .xlsx button) */
  readonly openFile?: (data: ArrayBuffer, name: string) => Promise<WorkbookHost>;
  /** how long an operation runs before the progress bar shows (ms) */
  readonly progressDelayMs?: number;
}

type Phase = Progress["phase"] | "load";

interface Result {
  readonly plan: Plan;
  readonly findings: Finding[];
  readonly sheetsRead: number;
}

const useStyles = makeStyles({
  root: { padding: "12px 14px", fontFamily: tokens.fontFamilyBase, minHeight: "100vh", boxSizing: "border-box" },
  header: { display: "flex", flexDirection: "column", gap: "2px", marginBottom: "10px" },
  actions: { display: "flex", gap: "8px", alignItems: "center", flexWrap: "wrap" },
  progress: { marginTop: "10px" },
  summary: { display: "block", marginTop: "12px", fontWeight: tokens.fontWeightSemibold },
  hint: { display: "block", marginTop: "12px", color: tokens.colorNeutralForeground3 },
  hidden: { display: "none" },
  filters: { display: "flex", gap: "6px", marginTop: "8px", flexWrap: "wrap" },
  error: {
    marginTop: "10px",
    padding: "8px 10px",
    color: tokens.colorPaletteRedForeground1,
    backgroundColor: tokens.colorPaletteRedBackground1,
    border: `1px solid ${tokens.colorPaletteRedBorder1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

/** Let React paint (the progress bar) before a long synchronous step. */
function yieldToUi(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function reason(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export function App({ lang, host: hostProp, analyze, openFile, progressDelayMs = 500 }: AppProps): React.ReactElement {
  const t = STRINGS[lang];
  const styles = useStyles();
  const [host, setHost] = React.useState<WorkbookHost | null>(hostProp instanceof Promise ? null : hostProp);
  const [title, setTitle] = React.useState("");
  const [phase, setPhase] = React.useState<Phase | null>(hostProp instanceof Promise ? "load" : null);
  const [result, setResult] = React.useState<Result | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [selectedKey, setSelectedKey] = React.useState<string | null>(null);
  const [hiddenSeverities, setHiddenSeverities] = React.useState<ReadonlySet<Severity>>(new Set());
  const fileInput = React.useRef<HTMLInputElement>(null);
  const showProgress = useDelayedFlag(phase !== null, progressDelayMs);

  React.useEffect(() => {
    let live = true;
    if (hostProp instanceof Promise) {
      setPhase("load");
      hostProp.then(
        (h) => live && (setHost(h), setPhase(null)),
        (err) => live && (setError(t.failed(reason(err))), setPhase(null)),
      );
    } else {
      setHost(hostProp);
    }
    return () => {
      live = false;
    };
  }, [hostProp, t]);

  React.useEffect(() => {
    let live = true;
    setTitle("");
    host?.title().then(
      (s) => live && setTitle(s),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [host]);

  const check = React.useCallback(async () => {
    if (!host) return;
    setError(null);
    setSelectedKey(null);
    setHiddenSeverities(new Set());
    setPhase("read");
    try {
      const snapshot = await host.readSnapshot((p) => setPhase(p.phase));
      setPhase("analyze");
      await yieldToUi();
      const plan = await analyze(snapshot);
      const order = snapshot.sheets.map((s) => s.name);
      setResult({ plan, findings: sortFindings(plan.findings, order), sheetsRead: snapshot.sheets.length });
    } catch (err) {
      setResult(null);
      setError(t.failed(reason(err)));
    } finally {
      setPhase(null);
    }
  }, [host, analyze, t]);

  const onPick = React.useCallback(
    async (e: React.ChangeEvent<HTMLInputElement>) => {
      const file = e.target.files?.[0];
      e.target.value = "";
      if (!file || !openFile) return;
      setError(null);
      setResult(null);
      setSelectedKey(null);
      setPhase("load");
      try {
        setHost(await openFile(await file.arrayBuffer(), file.name));
      } catch (err) {
        setError(t.failed(reason(err)));
      } finally {
        setPhase(null);
      }
    },
    [openFile, t],
  );

  const select = React.useCallback(
    (f: Finding, key: string) => {
      setSelectedKey(key);
      host?.select(f.sheet, f.cell).catch((err: unknown) => setError(t.failed(reason(err))));
    },
    [host, t],
  );

  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of result?.findings ?? []) counts[f.severity]++;
  const busy = phase !== null;
  const shown = (result?.findings ?? []).filter((f) => !hiddenSeverities.has(f.severity));
  const toggleSeverity = (sev: Severity) =>
    setHiddenSeverities((prev) => {
      const next = new Set(prev);
      if (next.has(sev)) next.delete(sev);
      else next.add(sev);
      return next;
    });
  const phaseText =
    phase === "load" ? t.loading : phase === "read" ? t.reading : phase === "analyze" ? t.analyzing : t.checking;

  return (
    <FluentProvider theme={webLightTheme} lang={lang === "zh" ? "zh-CN" : "en-US"}>
      <main className={styles.root}>
        <header className={styles.header}>
          <Text as="h1" size={500} weight="semibold">
            {t.title}
          </Text>
          {title ? (
            <Text size={200} data-testid="workbook-title">
              {title}
            </Text>
          ) : null}
        </header>
        <div className={styles.actions}>
          <Button appearance="primary" onClick={check} disabled={!host || busy}>
            {t.check}
          </Button>
          {openFile ? (
            <>
              <Button appearance="secondary" onClick={() => fileInput.current?.click()} disabled={busy}>
                {t.openFile}
              </Button>
              <input
                ref={fileInput}
                className={styles.hidden}
                type="file"
                accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                aria-label={t.openFile}
                data-testid="open-file"
                onChange={onPick}
              />
            </>
          ) : null}
        </div>
        {showProgress ? (
          <div className={styles.progress} role="status">
            <Text size={200}>{phaseText}</Text>
            <ProgressBar aria-label={phaseText} />
          </div>
        ) : null}
        {error ? (
          <div role="alert" className={styles.error}>
            {error}
          </div>
        ) : null}
        {result ? (
          <>
            <Text className={styles.summary} data-testid="summary">
              {t.summary(result.sheetsRead, counts.error, counts.warning, counts.info)}
              {result.plan.scores.length ? t.itemsScored(result.plan.scores.length) : ""}
            </Text>
            {result.findings.length === 0 ? (
              <Text className={styles.hint}>{t.noFindings}</Text>
            ) : (
              <>
                <div className={styles.filters} role="group" aria-label={t.filter}>
                  {(["error", "warning", "info"] as const)
                    .filter((sev) => counts[sev] > 0)
                    .map((sev) => (
                      <ToggleButton
                        key={sev}
                        size="small"
                        checked={!hiddenSeverities.has(sev)}
                        onClick={() => toggleSeverity(sev)}
                      >
                        {`${t.severity[sev]} ${counts[sev]}`}
                      </ToggleButton>
                    ))}
                </div>
                <FindingsList findings={shown} lang={lang} t={t} selectedKey={selectedKey} onSelect={select} />
              </>
            )}
            <SheetsUnderstood sheets={result.plan.sheets} t={t} />
          </>
        ) : !error && host ? (
          <Text className={styles.hint}>{t.notChecked}</Text>
        ) : null}
        {isPreviewable(host) ? <SheetPreview host={host} t={t} /> : null}
      </main>
    </FluentProvider>
  );
}

export default App;
