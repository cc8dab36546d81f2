/**
 * The task pane, in the order a clerk works: in a plain browser 打开 .xlsx first; 检查 (check
 * only, the one primary action), 计算得分… (a preview of every cell to be written, each with how
 * its value comes about; a number the clerk typed is replaced only when ticked; then 应用 or
 * 取消), 撤销 (put back the last write), 标记并生成报告 (mark the cells, write the report sheet)
 * and 清除标记; in a plain browser 下载结果 (with the marks and the report). Findings can be
 * settled (已核实/忽略, kept in the workbook) and are then listed apart. Errors and status in
 * Fluent MessageBars, every text in the pane's language (message codes, messages.ts). A progress indicator for anything slower than half a second, a status line saying
 * what the last action did, the summary and the findings grouped by sheet, each a click away
 * from its cell. It talks to the workbook only through a WorkbookHost (an action the host
 * cannot do is not shown) and to the engine only through `analyze`, so the same component runs
 * in Excel, in a plain browser and in tests.
 * Side-effect free: the mount (createRoot) is in ../index.tsx.
 */
import * as React from "react";
import {
  Button,
  FluentProvider,
  makeStyles,
  Text,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import type { Analysis } from "../../engine";
import { SEVERITIES, sortFindings, type Finding, type Severity } from "../../engine/findings";
import type { WorkbookSnapshot } from "../../engine/grid";
import type { CellWrite } from "../../engine/plan";
import { isDownloadable, isPreviewable, type Progress, type WorkbookHost } from "../../hosts/host";
import { isAddinSheet } from "../../engine/addinSheets";
import { CORRECTIONS_SHEET } from "../../engine/layout/corrections";
import type { WorkbookSettings } from "../../engine/settings";
import { EMPTY_SETTINGS } from "../../engine/settingsEmpty";
import { downloadName, saveBytes } from "../download";
import { parseReference } from "../../engine/address";
import { optionsFromSettings, type Analyze } from "../options";
import { STRINGS, type Lang, type Strings } from "../i18n";
import { messageOf, messageText, type PaneMessage } from "../messages";
import { cellKey } from "../../engine/address";
import { keepTypedNumbersAsync } from "../../engine/keepTyped";
import { settle as settleMark, unsettle } from "../../engine/settled";
import type { PreviewRow } from "./RecalcPreview";
import { findingKey, writeKey } from "../keys";
import { later } from "../later";
import { reportScores } from "../../engine/report";
// shown only after a check, a 重新计算 or in a plain browser: chunks of their own, fetched
// while the pane paints, so the first load is only its frame and buttons (issue 15)
const FindingsList = later(() => import(/* webpackChunkName: "findings" */ "./FindingsList").then((m) => m.FindingsList));
const SettledList = later(() => import(/* webpackChunkName: "findings" */ "./FindingsList").then((m) => m.SettledList));
const RecalcPreview = later(() => import(/* webpackChunkName: "recalc" */ "./RecalcPreview").then((m) => m.RecalcPreview));
const SheetPreview = later(() => import(/* webpackChunkName: "sheet-preview" */ "./SheetPreview").then((m) => m.SheetPreview));
const MessageBar = later(() => import(/* webpackChunkName: "bars" */ "../lazyFluent").then((m) => m.MessageBar));
const MessageBarBody = later(() => import(/* webpackChunkName: "bars" */ "../lazyFluent").then((m) => m.MessageBarBody));
const MessageBarTitle = later(() => import(/* webpackChunkName: "bars" */ "../lazyFluent").then((m) => m.MessageBarTitle));
const ProgressBar = later(() => import(/* webpackChunkName: "bars" */ "../lazyFluent").then((m) => m.ProgressBar));
const Spinner = later(() => import(/* webpackChunkName: "bars" */ "../lazyFluent").then((m) => m.Spinner));
const ToggleButton = later(() => import(/* webpackChunkName: "bars" */ "../lazyFluent").then((m) => m.ToggleButton));
// the 识别结果 panel (with the rule parser and its Fluent controls) is shown only after a check:
// its own chunk, so the pane opens on a smaller download
const Understood = React.lazy(() => import(/* webpackChunkName: "understood" */ "./Understood").then((m) => ({ default: m.Understood })));
import { useDelayedFlag } from "./useDelayedFlag";

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

type Phase = Progress["phase"] | "load" | "mark" | "clear" | "save";

interface Result {
  readonly analysis: Analysis;
  readonly findings: Finding[];
  readonly sheetsRead: number;
}

/**
 * 计算得分 waiting for 应用 or 取消: the snapshot it was planned from, every cell it could write
 * (those that would replace a typed number first), which of them the clerk chose, and the writes
 * planned for that choice (a cell left out keeps its figure, and its parents are computed from it).
 */
interface Pending {
  readonly snapshot: WorkbookSnapshot;
  readonly settings: WorkbookSettings | null;
  readonly values: boolean;
  readonly candidates: ReadonlyArray<CellWrite>;
  readonly typed: ReadonlySet<string>;
  readonly selected: ReadonlySet<string>;
  readonly effective: ReadonlyArray<CellWrite>;
}

/** The pane's error: which action failed, and why (a message code). */
interface PaneError {
  readonly title: string;
  readonly message: PaneMessage;
}

/** The preview's rows for the current choice. */
export function previewRows(p: Pending): PreviewRow[] {
  const planned = new Map(p.effective.map((w) => [writeKey(w), w] as const));
  return p.candidates.map((c) => {
    const key = writeKey(c);
    const selected = p.selected.has(key);
    const now = planned.get(key);
    return { write: selected && now ? now : c, typed: p.typed.has(key), selected, ...(selected && !now ? { unchanged: true } : {}) };
  });
}

/** What 应用 writes: the planned writes of the chosen cells, nothing the preview did not show. */
export function chosenWrites(p: Pending): CellWrite[] {
  return p.effective.filter((w) => p.selected.has(writeKey(w)));
}

/** What the host can do besides reading and selecting; asked once per host, and after each change. */
interface Flags {
  readonly canUndo: boolean;
  readonly hasMarks: boolean;
}

const useStyles = makeStyles({
  root: { padding: "12px 14px", fontFamily: tokens.fontFamilyBase, minHeight: "100vh", boxSizing: "border-box" },
  header: { display: "flex", flexDirection: "column", gap: "2px", marginBottom: "10px" },
  actions: { display: "flex", gap: "8px", alignItems: "center", flexWrap: "wrap" },
  progress: { marginTop: "10px" },
  status: { display: "block", marginTop: "10px", color: tokens.colorNeutralForeground2 },
  summary: { display: "block", marginTop: "12px", fontWeight: tokens.fontWeightSemibold },
  hint: { display: "block", marginTop: "12px", color: tokens.colorNeutralForeground3 },
  hidden: { display: "none" },
  filters: { display: "flex", gap: "6px", marginTop: "8px", flexWrap: "wrap" },
  bar: { marginTop: "10px" },
  barBody: { whiteSpace: "normal", overflowWrap: "anywhere" },
  detail: { marginTop: "4px", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  resolved: { marginTop: "12px" },
  resolvedList: { margin: "4px 0 0 0", paddingLeft: "18px", fontSize: tokens.fontSizeBase200 },
});

/** Let React paint (the progress bar) before a long synchronous step. */
function yieldToUi(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function sameFinding(a: Finding, b: Finding): boolean {
  return a.kind === b.kind && a.sheet === b.sheet && a.cell === b.cell;
}

/**
 * The cells a click on a finding shows: its own cell, and (for the preview grid) the related
 * cells on the same sheet ("C4:C11", "'统计表'!C4:C11"; cells on other sheets are left out).
 */
export function relatedOnSheet(f: Finding): string[] {
  const out: string[] = [];
  for (const r of f.related) {
    const { sheet, address } = parseReference(r);
    if (sheet === null || sheet === f.sheet) out.push(address);
  }
  return out;
}

/** The clerk's own sheets: not the add-in's records, report or corrections. */
function clerkSheets(snapshot: WorkbookSnapshot): number {
  return snapshot.sheets.filter((s) => !isAddinSheet(s.name) && s.name !== CORRECTIONS_SHEET).length;
}

function phaseLabel(t: Strings, phase: Phase | null): string {
  switch (phase) {
    case "load":
      return t.loading;
    case "read":
      return t.reading;
    case "analyze":
      return t.analyzing;
    case "write":
      return t.writing;
    case "undo":
      return t.undoing;
    case "mark":
      return t.marking;
    case "clear":
      return t.clearing;
    case "save":
      return t.saving;
    default:
      return t.checking;
  }
}

export function App({ lang, host: hostProp, analyze, openFile, cancel: cancelWork, progressDelayMs = 500 }: AppProps): React.ReactElement {
  const t = STRINGS[lang];
  const styles = useStyles();
  const [host, setHost] = React.useState<WorkbookHost | null>(hostProp instanceof Promise ? null : hostProp);
  const [title, setTitle] = React.useState("");
  const [phase, setPhase] = React.useState<Phase | null>(hostProp instanceof Promise ? "load" : null);
  const [result, setResult] = React.useState<Result | null>(null);
  const [error, setErrorState] = React.useState<PaneError | null>(null);
  /** findings open before 应用 and gone after it: listed as settled by 应用, not silently gone */
  const [resolved, setResolved] = React.useState<ReadonlyArray<Finding>>([]);
  const [status, setStatus] = React.useState<string | null>(null);
  const [pending, setPending] = React.useState<Pending | null>(null);
  const [flags, setFlags] = React.useState<Flags>({ canUndo: false, hasMarks: false });
  /** the clerk's choices as last read from (or saved to) the host */
  const [settings, setSettings] = React.useState<WorkbookSettings>(EMPTY_SETTINGS);
  const [selectedKey, setSelectedKey] = React.useState<string | null>(null);
  const [hiddenSeverities, setHiddenSeverities] = React.useState<ReadonlySet<Severity>>(new Set());
  const fileInput = React.useRef<HTMLInputElement>(null);
  const showProgress = useDelayedFlag(phase !== null, progressDelayMs);
  /** the host the pane shows now: results of an action on an older host are dropped */
  const hostRef = React.useRef(host);
  hostRef.current = host;
  /** an error as the pane says it: `action` null for 检查, `file` when opening a file */
  const setError = React.useCallback(
    (err: unknown, action?: string | null, file?: string) => {
      if (err === null) return setErrorState(null);
      const message = messageOf(err, file);
      // stopped with 取消: said as a status, not as a failure
      if (message.code === "cancelled") {
        setErrorState(null);
        setStatus(messageText(lang, message));
        return;
      }
      setErrorState({ title: action ? t.actionFailedTitle(action) : t.checkFailed, message });
    },
    [t, lang],
  );

  React.useEffect(() => {
    let live = true;
    if (hostProp instanceof Promise) {
      setPhase("load");
      hostProp.then(
        (h) => live && (setHost(h), setPhase(null)),
        (err) => live && (setError(err), setPhase(null)),
      );
    } else {
      setHost(hostProp);
    }
    return () => {
      live = false;
    };
  }, [hostProp, setError]);

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

  /** Ask the host whether 撤销 and 清除标记 have anything to do (also after the pane was reopened). */
  const refreshFlags = React.useCallback(async (h: WorkbookHost) => {
    const ask = async (q: (() => Promise<boolean>) | undefined) => {
      if (!q) return false;
      try {
        return await q.call(h);
      } catch {
        return false; // a host that cannot tell: the button stays disabled, the pane keeps working
      }
    };
    const [canUndo, hasMarks] = await Promise.all([ask(h.canUndo), ask(h.hasMarks)]);
    if (hostRef.current === h) setFlags({ canUndo, hasMarks });
  }, []);

  React.useEffect(() => {
    setFlags({ canUndo: false, hasMarks: false });
    setPending(null);
    setStatus(null);
    setSettings(EMPTY_SETTINGS);
    if (host) void refreshFlags(host);
  }, [host, refreshFlags]);

  /**
   * Read, analyze, show. The clerk's settings come with the snapshot (the `_assess_settings`
   * sheet, no extra round trip); 重新计算 asks the host for them (`fromHost`), so settings the
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
        setHiddenSeverities(new Set());
      }
      return { snapshot, analysis, settings };
    },
    [analyze],
  );

  const check = React.useCallback(async () => {
    if (!host) return;
    setError(null);
    setStatus(null);
    setPending(null);
    try {
      await runCheck(host);
    } catch (err) {
      setResult(null);
      setError(err);
    } finally {
      setPhase(null);
    }
  }, [host, runCheck, setError]);

  /**
   * Plan the preview: every cell the engine could write; those that would replace a number the
   * clerk typed (also a parent made different by a child left out) are left unselected.
   */
  const planPreview = React.useCallback(
    async (snapshot: WorkbookSnapshot, settings: WorkbookSettings | null, values: boolean, full: Analysis): Promise<Pending> => {
      const opts = optionsFromSettings(settings, { values });
      const kept = await keepTypedNumbersAsync(analyze, snapshot, opts, new Set(), full);
      const byKey = new Map(full.writes.map((w) => [writeKey(w), w] as const));
      for (const w of kept.keptWrites) byKey.set(writeKey(w), w);
      const typed = new Set(kept.keptWrites.map(writeKey));
      const all = [...byKey.values()];
      const candidates = [...all.filter((w) => typed.has(writeKey(w))), ...all.filter((w) => !typed.has(writeKey(w)))];
      const selected = new Set(candidates.map(writeKey).filter((k) => !typed.has(k)));
      return { snapshot, settings, values, candidates, typed, selected, effective: kept.analysis.writes };
    },
    [analyze],
  );

  const recalc = React.useCallback(async () => {
    if (!host) return;
    setError(null);
    setStatus(null);
    setPending(null);
    try {
      const { snapshot, analysis, settings } = await runCheck(host, { fromHost: true });
      if (analysis.writes.length === 0) setStatus(t.recalcNothing);
      else {
        setPhase("analyze");
        setPending(await planPreview(snapshot, settings, false, analysis));
      }
    } catch (err) {
      setError(err, t.recalc);
    } finally {
      setPhase(null);
    }
  }, [host, runCheck, planPreview, setError, t]);

  /** The clerk ticks or unticks a row: the writes are planned again for that choice. */
  const toggleRow = React.useCallback(
    async (key: string, on: boolean) => {
      if (!pending) return;
      const selected = new Set(pending.selected);
      if (on) selected.add(key);
      else selected.delete(key);
      const opts = optionsFromSettings(pending.settings, { values: pending.values });
      const left = pending.candidates.filter((w) => !selected.has(writeKey(w))).map((w) => cellKey(w.sheet, w.cell));
      setPending({ ...pending, selected });
      setPhase("analyze");
      try {
        const a = await analyze(pending.snapshot, { ...opts, lockedCells: [...(opts.lockedCells ?? []), ...left] });
        setPending((p) => (p && p.snapshot === pending.snapshot ? { ...p, selected, effective: a.writes } : p));
      } catch (err) {
        setError(err, t.recalc);
      } finally {
        setPhase(null);
      }
    },
    [pending, analyze, setError, t],
  );

  /** The preview's "values instead of formulas": the engine plans the same cells again. */
  const setValuesOnly = React.useCallback(
    async (values: boolean) => {
      if (!pending) return;
      setError(null);
      setPhase("analyze");
      try {
        await yieldToUi();
        const analysis = await analyze(pending.snapshot, optionsFromSettings(pending.settings, { values }));
        setPending(await planPreview(pending.snapshot, pending.settings, values, analysis));
      } catch (err) {
        setError(err, t.recalc);
      } finally {
        setPhase(null);
      }
    },
    [pending, analyze, planPreview, setError, t],
  );

  const apply = React.useCallback(async () => {
    if (!host?.applyWrites || !pending) return;
    const writes = chosenWrites(pending);
    const before = (result?.findings ?? []).filter((f) => !f.settled);
    setError(null);
    setStatus(null);
    setPhase("write");
    try {
      await host.applyWrites(writes, (p) => setPhase(p.phase));
      setPending(null);
    } catch (err) {
      setError(err, t.apply);
      setPhase(null);
      return;
    }
    // the findings now describe the sheet as written; the status line comes once all is settled
    let checked = false;
    try {
      const { analysis } = await runCheck(host);
      checked = true;
      setResolved(before.filter((f) => !analysis.findings.some((g) => sameFinding(f, g))));
    } catch (err) {
      setError(err);
    } finally {
      await refreshFlags(host);
      setStatus(t.applied(writes.length, checked));
      setPhase(null);
    }
  }, [host, pending, result, runCheck, refreshFlags, setError, t]);

  const cancel = React.useCallback(() => {
    setPending(null);
    setStatus(t.cancelled);
  }, [t]);

  const undo = React.useCallback(async () => {
    if (!host?.undo) return;
    setError(null);
    setStatus(null);
    setPending(null);
    setPhase("undo");
    let undone: boolean;
    try {
      undone = await host.undo((p) => setPhase(p.phase));
    } catch (err) {
      setError(err, t.undo);
      await refreshFlags(host);
      setPhase(null);
      return;
    }
    let checked = false;
    try {
      if (undone) {
        await runCheck(host);
        checked = true;
      }
    } catch (err) {
      setError(err);
    } finally {
      await refreshFlags(host);
      setStatus(undone ? t.undone(checked) : t.nothingToUndo);
      setPhase(null);
    }
  }, [host, runCheck, refreshFlags, setError, t]);

  /** Mark the findings' cells and write the report sheet; checks first when nothing was checked yet. */
  const markAndReport = React.useCallback(async () => {
    if (!host || !(host.markFindings || host.writeReport)) return;
    setError(null);
    setStatus(null);
    setPending(null);
    try {
      let findings = result?.findings;
      let analysis = result?.analysis;
      if (!findings || !analysis) {
        const checked = await runCheck(host);
        analysis = checked.analysis;
        findings = sortFindings(analysis.findings, checked.snapshot.sheets.map((s) => s.name));
      }
      const sheets = analysis.sheets;
      setPhase("mark");
      const parts: string[] = [];
      if (host.markFindings) {
        // a settled finding (已核实/忽略) is not marked; the report lists it apart
        const marked = await host.markFindings(findings.filter((f) => !f.settled), () => setPhase("mark"));
        parts.push(t.marked(marked.cells, marked.annotation, marked.annotated));
      }
      if (host.writeReport) {
        const report = await host.writeReport(findings, sheets, lang, () => setPhase("mark"), reportScores(analysis));
        parts.push(t.reported(report.sheet, report.rows));
      }
      setStatus(t.sentences(parts));
    } catch (err) {
      setError(err, t.markReport);
    } finally {
      await refreshFlags(host);
      setPhase(null);
    }
  }, [host, result, runCheck, lang, refreshFlags, setError, t]);

  const clearMarks = React.useCallback(async () => {
    if (!host?.clearMarks) return;
    setError(null);
    setStatus(null);
    setPhase("clear");
    try {
      const cleared = await host.clearMarks(() => setPhase("clear"));
      setStatus(cleared ? t.cleared : t.nothingToClear);
    } catch (err) {
      setError(err, t.clearMarks);
    } finally {
      await refreshFlags(host);
      setPhase(null);
    }
  }, [host, refreshFlags, setError, t]);

  const download = React.useCallback(async () => {
    if (!isDownloadable(host)) return;
    setError(null);
    setStatus(null);
    setPhase("write");
    try {
      const name = downloadName(host.name);
      // the findings of the last check go with the file: their cells marked, the report sheet written
      const extras = result ? { findings: result.findings, sheets: result.analysis.sheets, lang, scores: reportScores(result.analysis) } : undefined;
      saveBytes(await host.toXlsx(extras), name);
      setStatus(t.downloaded(name));
    } catch (err) {
      setError(err, t.download);
    } finally {
      setPhase(null);
    }
  }, [host, result, lang, setError, t]);

  /** The clerk changed what was understood: keep it in the workbook (or in memory), then check again. */
  const saveSettings = React.useCallback(
    async (next: WorkbookSettings, done?: string) => {
      if (!host?.saveSettings) return;
      setError(null);
      setStatus(null);
      setPending(null);
      setPhase("save");
      try {
        await host.saveSettings(next);
      } catch (err) {
        setError(err, t.saveSettings);
        setPhase(null);
        return;
      }
      try {
        // checked with what was just saved, whether or not this host's snapshot carries it
        await runCheck(host, { settings: next });
        setStatus(done ?? t.settingsSaved);
      } catch (err) {
        setError(err);
      } finally {
        setPhase(null);
      }
    },
    [host, runCheck, setError, t],
  );

  /** 已核实 / 忽略 (with a note), or reopened: kept in the workbook's settings, then checked again. */
  const settleFinding = React.useCallback(
    (f: Finding, status: "verified" | "ignored" | "open", note = "") => {
      const marks = status === "open" ? unsettle(settings.settled, f) : settleMark(settings.settled, f, status, note);
      void saveSettings({ ...settings, settled: marks }, t.settledSaved(status));
    },
    [settings, saveSettings, t],
  );

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
        setError(err, t.openFile, file.name);
      } finally {
        setPhase(null);
      }
    },
    [openFile, setError, t],
  );

  const select = React.useCallback(
    (f: Finding, key: string) => {
      setSelectedKey(key);
      // the finding's cell first, then the cells it was compared with on the same sheet: Excel
      // selects them all where it can (ExcelApi 1.18), else the cell; the preview grid highlights them
      const related = relatedOnSheet(f);
      const address = related.length ? [f.cell, ...related].join(",") : f.cell;
      host?.select(f.sheet, address).catch((err: unknown) => setError(err));
    },
    [host, setError],
  );

  const selectAddress = React.useCallback(
    (sheet: string, address: string) => {
      host?.select(sheet, address).catch((err: unknown) => setError(err));
    },
    [host, setError],
  );

  const counts = { error: 0, warning: 0, info: 0 };
  const open = (result?.findings ?? []).filter((f) => !f.settled);
  const settledFindings = (result?.findings ?? []).filter((f) => f.settled);
  for (const f of open) counts[f.severity]++;
  const busy = phase !== null;
  const shown = open.filter((f) => !hiddenSeverities.has(f.severity));
  const canSettle = !!host?.saveSettings;
  const toggleSeverity = (sev: Severity) =>
    setHiddenSeverities((prev) => {
      const next = new Set(prev);
      if (next.has(sev)) next.delete(sev);
      else next.add(sev);
      return next;
    });
  const phaseText = phaseLabel(t, phase);
  const canMark = !!host && (!!host.markFindings || !!host.writeReport);

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
        <div className={styles.actions} role="toolbar" aria-label={t.actions}>
          {openFile ? (
            <>
              <Button appearance="secondary" onClick={() => fileInput.current?.click()} disabled={busy}>
                {t.openFile}
              </Button>
              <input
                ref={fileInput}
                className={styles.hidden}
                type="file"
                accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                aria-label={t.openFile}
                data-testid="open-file"
                onChange={onPick}
              />
            </>
          ) : null}
          <Button appearance="primary" onClick={check} disabled={!host || busy}>
            {t.check}
          </Button>
          {host?.applyWrites ? (
            <Button appearance="secondary" onClick={recalc} disabled={busy || !!pending}>
              {t.recalc}
            </Button>
          ) : null}
          {host?.undo ? (
            <Button appearance="secondary" onClick={undo} disabled={busy || !flags.canUndo}>
              {t.undo}
            </Button>
          ) : null}
          {canMark ? (
            <Button appearance="secondary" onClick={markAndReport} disabled={busy}>
              {t.markReport}
            </Button>
          ) : null}
          {host?.clearMarks ? (
            <Button appearance="secondary" onClick={clearMarks} disabled={busy || !flags.hasMarks}>
              {t.clearMarks}
            </Button>
          ) : null}
          {isDownloadable(host) ? (
            <Button appearance="secondary" onClick={download} disabled={busy}>
              {t.download}
            </Button>
          ) : null}
          {cancelWork && (phase === "load" || phase === "analyze") ? (
            <Button appearance="secondary" onClick={cancelWork} data-testid="cancel-work">
              {t.cancel}
            </Button>
          ) : null}
        </div>
        {showProgress ? (
          <div className={styles.progress} role="status">
            <Text size={200}>{phaseText}</Text>
            <ProgressBar aria-label={phaseText} />
          </div>
        ) : null}
        {error ? (
          <MessageBar intent="error" layout="multiline" className={styles.bar} role="alert" data-testid="error">
            <MessageBarBody className={styles.barBody}>
              <MessageBarTitle>{error.title}</MessageBarTitle>
              {messageText(lang, error.message)}
              {error.message.detail ? (
                <details className={styles.detail}>
                  <summary>{t.details}</summary>
                  <span lang="en">{error.message.detail}</span>
                </details>
              ) : null}
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {status ? (
          <MessageBar intent="success" layout="multiline" className={styles.bar}>
            <MessageBarBody className={styles.barBody}>
              <span data-testid="status">
                {status}
              </span>
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {pending ? (
          <RecalcPreview
            t={t}
            lang={lang}
            rows={previewRows(pending)}
            valuesOnly={pending.values}
            onValuesOnly={setValuesOnly}
            onToggle={(key, on) => void toggleRow(key, on)}
            busy={busy}
            onApply={apply}
            onCancel={cancel}
          />
        ) : null}
        {resolved.length ? (
          <details className={styles.resolved} open data-testid="resolved-by-apply">
            <summary>
              <Text weight="semibold">{t.resolvedByApplyTitle(resolved.length)}</Text>
            </summary>
            <ul className={styles.resolvedList}>
              {resolved.map((f) => (
                <li key={findingKey(f)}>
                  {f.sheet}!{f.cell} {lang === "en" ? f.messageEn : f.message}
                </li>
              ))}
            </ul>
          </details>
        ) : null}
        {result ? (
          <>
            <Text className={styles.summary} data-testid="summary">
              {t.summary(result.sheetsRead, counts.error, counts.warning, counts.info)}
              {result.analysis.scores.length ? t.itemsScored(result.analysis.scores.length) : ""}
            </Text>
            {open.length === 0 ? (
              <Text className={styles.hint}>{t.noFindings}</Text>
            ) : (
              <>
                <div className={styles.filters} role="group" aria-label={t.filter}>
                  {SEVERITIES
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
                <FindingsList
                  findings={shown}
                  lang={lang}
                  t={t}
                  selectedKey={selectedKey}
                  onSelect={select}
                  busy={busy}
                  {...(canSettle ? { onSettle: (f: Finding, status: "verified" | "ignored", note: string) => settleFinding(f, status, note) } : {})}
                />
              </>
            )}
            <SettledList
              findings={settledFindings}
              lang={lang}
              t={t}
              busy={busy}
              onSelect={select}
              {...(canSettle ? { onReopen: (f: Finding) => settleFinding(f, "open") } : {})}
            />
            <React.Suspense fallback={<Spinner size="tiny" />}>
              <Understood
                lang={lang}
                analysis={result.analysis}
                settings={settings}
                canSave={!!host?.saveSettings}
                onChange={(next) => void saveSettings(next)}
                onSelect={selectAddress}
              />
            </React.Suspense>
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
