/**
 * The task pane, in the order a clerk works: in a plain browser 打开 .xlsx first; 检查 (check
 * only, the one primary action), 计算得分… (a preview of every cell to be written, each with how
 * its value comes about; a number the clerk typed is replaced only when ticked; then 应用 or
 * 取消), 撤销 (put back the last write), 标记并生成报告 (mark the cells, write the report sheet)
 * and 清除标记; in a plain browser 下载结果 (with the marks and the report). Findings can be
 * settled (已核实/忽略, kept in the workbook) and are then listed apart.
 *
 * This file is the controller: the pane's state and its actions, each one `run(phase, label, fn)`
 * of usePaneActions (the progress bar, the error and status bars). The views are apart:
 * PaneToolbar, PaneBars, RecalcPreview, PaneResults (findings, coverage, 识别结果), SheetPreview.
 * It talks to the workbook only through a WorkbookHost (an action the host cannot do is not
 * shown) and to the engine only through `analyze`, so the same component runs in Excel, in a
 * plain browser and in tests. Side-effect free: the mount (createRoot) is in ../index.tsx.
 */
import * as React from "react";
import { FluentProvider, makeStyles, Text, tokens, webLightTheme } from "@fluentui/react-components";
import type { Analysis } from "../../engine";
import { sortFindings, type Finding } from "../../engine/findings";
import type { WorkbookSnapshot } from "../../engine/grid";
import { reportScores } from "../../engine/report";
import type { WorkbookSettings } from "../../engine/settings";
import { EMPTY_SETTINGS } from "../../engine/settingsEmpty";
import { settle as settleMark, unsettle } from "../../engine/settled";
import { isDownloadable, isPreviewable, type WorkbookHost } from "../../hosts/host";
import { downloadName, saveBytes } from "../download";
import { STRINGS, type Lang } from "../i18n";
import { later } from "../later";
import { optionsFromSettings, type Analyze } from "../options";
import { PaneBars } from "./PaneBars";
import { PaneToolbar } from "./PaneToolbar";
import type { CheckResult } from "./PaneResults";
import { chosenWrites, planPending, plannedFor, previewRows, type Pending } from "./recalcModel";
import { clerkSheets, relatedOnSheet, sameFinding, yieldToUi } from "./paneHelpers";
import { useDelayedFlag } from "./useDelayedFlag";
import { useHost } from "./useHost";
import { usePaneActions } from "./usePaneActions";

export { relatedOnSheet } from "./paneHelpers";

// shown only after a check, a 计算得分… or in a plain browser: chunks of their own, fetched
// while the pane paints, so the first load is only its frame and buttons (issue 15)
const PaneResults = later(() => import(/* webpackChunkName: "findings" */ "./PaneResults").then((m) => m.PaneResults));
const ResolvedList = later(() => import(/* webpackChunkName: "findings" */ "./PaneResults").then((m) => m.ResolvedList));
const RecalcPreview = later(() => import(/* webpackChunkName: "recalc" */ "./RecalcPreview").then((m) => m.RecalcPreview));
const SheetPreview = later(() => import(/* webpackChunkName: "sheet-preview" */ "./SheetPreview").then((m) => m.SheetPreview));

export interface AppProps {
  readonly lang: Lang;
  /** the workbook to check, or a promise of it while it loads (the sample, in a plain browser) */
  readonly host: WorkbookHost | Promise<WorkbookHost>;
  /** the engine, called off the UI thread where the caller can (a Web Worker) */
  readonly analyze: Analyze;
  /** plain-browser mode: open an .xlsx the user picked (shows the 打开 .xlsx button) */
  readonly openFile?: (data: ArrayBuffer, name: string) => Promise<WorkbookHost>;
  /** stop the reading or checking now running (a worker terminated): shows 取消 while it runs */
  readonly cancel?: () => void;
  /** how long an operation runs before the progress bar shows (ms) */
  readonly progressDelayMs?: number;
}


const useStyles = makeStyles({
  root: { padding: "12px 14px", fontFamily: tokens.fontFamilyBase, minHeight: "100vh", boxSizing: "border-box" },
  header: { display: "flex", flexDirection: "column", gap: "2px", marginBottom: "10px" },
  hint: { display: "block", marginTop: "12px", color: tokens.colorNeutralForeground3 },
});


export function App({ lang, host: hostProp, analyze, openFile, cancel: cancelWork, progressDelayMs = 500 }: AppProps): React.ReactElement {
  const t = STRINGS[lang];
  const styles = useStyles();
  const { phase, busy, error, status, setPhase, setStatus, setError, run } = usePaneActions(lang, t, hostProp instanceof Promise ? "load" : null);
  const { host, setHost, hostRef, title, flags, refreshFlags } = useHost(hostProp, { setPhase, setError });
  const [result, setResult] = React.useState<CheckResult | null>(null);
  /** findings open before 应用 and gone after it: listed as settled by 应用, not silently gone */
  const [resolved, setResolved] = React.useState<ReadonlyArray<Finding>>([]);
  const [pending, setPending] = React.useState<Pending | null>(null);
  /** the clerk's choices as last read from (or saved to) the host */
  const [settings, setSettings] = React.useState<WorkbookSettings>(EMPTY_SETTINGS);
  const [selectedKey, setSelectedKey] = React.useState<string | null>(null);
  const showProgress = useDelayedFlag(phase !== null, progressDelayMs);

  // another workbook: nothing of the last one's preview, status or settings stays
  React.useEffect(() => {
    setPending(null);
    setStatus(null);
    setSettings(EMPTY_SETTINGS);
  }, [host, setStatus]);

  /**
   * Read, analyze, show. The clerk's settings come with the snapshot (the `_assess_settings`
   * sheet, no extra round trip); 计算得分… asks the host for them (`fromHost`), so settings the
   * workbook cannot give are an error before anything is planned; just after a save, the saved
   * ones (`settings`). Throws; the caller says which action failed.
   */
  const runCheck = React.useCallback(
    async (
      h: WorkbookHost,
      opts: { fromHost?: boolean; values?: boolean; settings?: WorkbookSettings } = {},
    ): Promise<{ snapshot: WorkbookSnapshot; analysis: Analysis; settings: WorkbookSettings | null }> => {
      setPhase("read");
      const fromHost = !opts.settings && opts.fromHost && h.loadSettings ? await h.loadSettings() : null;
      const snapshot = await h.readSnapshot((p) => setPhase(p.phase));
      // the settings schema (zod) is not part of the pane's first load
      const settings = opts.settings ?? fromHost ?? (await import("../../engine/settings")).settingsInSnapshot(snapshot).settings;
      setPhase("analyze");
      await yieldToUi();
      const analysis = await analyze(snapshot, optionsFromSettings(settings, { values: opts.values }));
      if (hostRef.current === h) {
        setResolved([]);
        setSettings(settings ?? EMPTY_SETTINGS);
        const order = snapshot.sheets.map((s) => s.name);
        setResult({ analysis, findings: sortFindings(analysis.findings, order), sheetsRead: clerkSheets(snapshot) });
        setSelectedKey(null);
      }
      return { snapshot, analysis, settings };
    },
    [analyze, setPhase, hostRef],
  );

  const check = () => {
    if (!host) return;
    setPending(null);
    void run("read", null, async () => void (await runCheck(host)), { onError: () => setResult(null) });
  };

  /** 计算得分…: check with the host's settings, then plan the preview (nothing is written yet). */
  const recalc = () => {
    if (!host) return;
    setPending(null);
    void run("read", t.recalc, async (ctx) => {
      const { snapshot, analysis, settings } = await runCheck(host, { fromHost: true });
      if (analysis.writes.length === 0) return t.recalcNothing;
      ctx.phase("analyze");
      setPending(await planPending(analyze, snapshot, settings, false, analysis));
    });
  };

  /** The clerk ticks or unticks a row: the writes are planned again for that choice. */
  const toggleRow = (key: string, on: boolean) => {
    if (!pending) return;
    const selected = new Set(pending.selected);
    if (on) selected.add(key);
    else selected.delete(key);
    setPending({ ...pending, selected });
    void run(
      "analyze",
      t.recalc,
      async () => {
        const effective = await plannedFor(analyze, pending, selected);
        setPending((p) => (p && p.snapshot === pending.snapshot ? { ...p, selected, effective } : p));
      },
      { clear: "none" },
    );
  };

  /** The preview's "values instead of formulas": the engine plans the same cells again. */
  const setValuesOnly = (values: boolean) => {
    if (!pending) return;
    void run(
      "analyze",
      t.recalc,
      async () => {
        await yieldToUi();
        const analysis = await analyze(pending.snapshot, optionsFromSettings(pending.settings, { values }));
        setPending(await planPending(analyze, pending.snapshot, pending.settings, values, analysis));
      },
      { clear: "error" },
    );
  };

  /** 应用: the chosen rows written, the workbook checked again, the findings it settled listed. */
  const apply = () => {
    if (!host?.applyWrites || !pending) return;
    const writes = chosenWrites(pending);
    const before = (result?.findings ?? []).filter((f) => !f.settled);
    void run(
      "write",
      t.apply,
      async (ctx) => {
        await host.applyWrites!(writes, (p) => ctx.phase(p.phase));
        setPending(null);
        // the findings now describe the sheet as written
        const checked = await ctx.recheck(() => runCheck(host));
        if (checked) setResolved(before.filter((f) => !checked.analysis.findings.some((g) => sameFinding(f, g))));
        return t.applied(writes.length, !!checked);
      },
      { after: () => refreshFlags(host) },
    );
  };

  const cancel = () => {
    setPending(null);
    setStatus(t.cancelled);
  };

  const undo = () => {
    if (!host?.undo) return;
    setPending(null);
    void run(
      "undo",
      t.undo,
      async (ctx) => {
        const undone = await host.undo!((p) => ctx.phase(p.phase));
        if (!undone) return t.nothingToUndo;
        return t.undone(!!(await ctx.recheck(() => runCheck(host))));
      },
      { after: () => refreshFlags(host) },
    );
  };

  /** Mark the findings' cells and write the report sheet; checks first when nothing was checked yet. */
  const markAndReport = () => {
    if (!host || !(host.markFindings || host.writeReport)) return;
    setPending(null);
    void run(
      "mark",
      t.markReport,
      async (ctx) => {
        let findings = result?.findings;
        let analysis = result?.analysis;
        if (!findings || !analysis) {
          const checked = await runCheck(host);
          analysis = checked.analysis;
          findings = sortFindings(analysis.findings, checked.snapshot.sheets.map((s) => s.name));
        }
        ctx.phase("mark");
        const parts: string[] = [];
        if (host.markFindings) {
          // a settled finding (已核实/忽略) is not marked; the report lists it apart
          const marked = await host.markFindings(findings.filter((f) => !f.settled), () => ctx.phase("mark"));
          parts.push(t.marked(marked.cells, marked.annotation, marked.annotated));
        }
        if (host.writeReport) {
          // below the findings: what was checked, and how each score comes about
          const report = await host.writeReport(findings, analysis.sheets, lang, () => ctx.phase("mark"), reportScores(analysis));
          parts.push(t.reported(report.sheet, report.rows));
        }
        return t.sentences(parts);
      },
      { after: () => refreshFlags(host) },
    );
  };

  const clearMarks = () => {
    if (!host?.clearMarks) return;
    void run(
      "clear",
      t.clearMarks,
      async (ctx) => ((await host.clearMarks!(() => ctx.phase("clear"))) ? t.cleared : t.nothingToClear),
      { after: () => refreshFlags(host) },
    );
  };

  const download = () => {
    if (!isDownloadable(host)) return;
    void run("write", t.download, async () => {
      const name = downloadName(host.name);
      // the findings of the last check go with the file: their cells marked, the report sheet written
      const extras = result ? { findings: result.findings, sheets: result.analysis.sheets, lang, scores: reportScores(result.analysis) } : undefined;
      saveBytes(await host.toXlsx(extras), name);
      return t.downloaded(name);
    });
  };

  /** The clerk changed what was understood: keep it in the workbook (or in memory), then check again. */
  const saveSettings = (next: WorkbookSettings, done?: string) => {
    if (!host?.saveSettings) return;
    setPending(null);
    void run("save", t.saveSettings, async (ctx) => {
      await host.saveSettings!(next);
      // checked with what was just saved, whether or not this host's snapshot carries it
      return (await ctx.recheck(() => runCheck(host, { settings: next }))) ? (done ?? t.settingsSaved) : undefined;
    });
  };

  /** 已核实 / 忽略 (with a note), or reopened: kept in the workbook's settings, then checked again. */
  const settleFinding = (f: Finding, to: "verified" | "ignored" | "open", note = "") => {
    const marks = to === "open" ? unsettle(settings.settled, f) : settleMark(settings.settled, f, to, note);
    saveSettings({ ...settings, settled: marks }, t.settledSaved(to));
  };

  const onPick = (e: React.ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = "";
    if (!file || !openFile) return;
    setResult(null);
    setSelectedKey(null);
    void run("load", t.openFile, async () => setHost(await openFile(await file.arrayBuffer(), file.name)), { clear: "error", file: file.name });
  };

  const select = (f: Finding, key: string) => {
    setSelectedKey(key);
    // the finding's cell first, then the cells it was compared with on the same sheet: Excel
    // selects them all where it can (ExcelApi 1.18), else the cell; the preview grid highlights them
    const related = relatedOnSheet(f);
    const address = related.length ? [f.cell, ...related].join(",") : f.cell;
    host?.select(f.sheet, address).catch((err: unknown) => setError(err));
  };

  const selectAddress = (sheet: string, address: string) => {
    host?.select(sheet, address).catch((err: unknown) => setError(err));
  };

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
        <PaneToolbar
          t={t}
          host={host}
          phase={phase}
          pending={!!pending}
          canUndo={flags.canUndo}
          hasMarks={flags.hasMarks}
          {...(openFile ? { onOpen: onPick } : {})}
          onCheck={check}
          onRecalc={recalc}
          onUndo={undo}
          onMark={markAndReport}
          onClearMarks={clearMarks}
          onDownload={download}
          {...(cancelWork ? { onCancelWork: cancelWork } : {})}
        />
        <PaneBars lang={lang} t={t} phase={phase} showProgress={showProgress} error={error} status={status} />
        {pending ? (
          <RecalcPreview
            t={t}
            lang={lang}
            rows={previewRows(pending)}
            valuesOnly={pending.values}
            onValuesOnly={setValuesOnly}
            onToggle={toggleRow}
            busy={busy}
            onApply={apply}
            onCancel={cancel}
          />
        ) : null}
        {resolved.length ? <ResolvedList lang={lang} t={t} findings={resolved} /> : null}
        {result ? (
          <PaneResults
            lang={lang}
            t={t}
            result={result}
            settings={settings}
            busy={busy}
            selectedKey={selectedKey}
            onSelect={select}
            onSelectAddress={selectAddress}
            {...(host?.saveSettings ? { onSettle: settleFinding, onSettings: (next: WorkbookSettings) => saveSettings(next) } : {})}
          />
        ) : !error && host ? (
          <Text className={styles.hint}>{t.notChecked}</Text>
        ) : null}
        {isPreviewable(host) ? <SheetPreview host={host} t={t} /> : null}
      </main>
    </FluentProvider>
  );
}

export default App;
