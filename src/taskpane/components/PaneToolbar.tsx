/**
 * The pane's actions in the order a clerk works: in a plain browser 打开 .xlsx first; 检查 (the
 * one primary action); 计算得分…; 撤销; 标记并生成报告; 清除标记; 下载结果; and 取消 while a file is
 * read or checked where the work can be stopped. An action the host cannot do is not shown.
 */
import * as React from "react";
import { Button, makeStyles } from "@fluentui/react-components";
import { isDownloadable, type WorkbookHost } from "../../hosts/host";
import type { Strings } from "../i18n";
import type { Phase } from "./usePaneActions";

const useStyles = makeStyles({
  actions: { display: "flex", gap: "8px", alignItems: "center", flexWrap: "wrap" },
  hidden: { display: "none" },
});

export interface PaneToolbarProps {
  readonly t: Strings;
  readonly host: WorkbookHost | null;
  readonly phase: Phase | null;
  /** a preview waits for 应用 or 取消 */
  readonly pending: boolean;
  readonly canUndo: boolean;
  readonly hasMarks: boolean;
  /** plain-browser mode: a file the clerk picked (shows 打开 .xlsx) */
  readonly onOpen?: (e: React.ChangeEvent<HTMLInputElement>) => void;
  readonly onCheck: () => void;
  readonly onRecalc: () => void;
  readonly onUndo: () => void;
  readonly onMark: () => void;
  readonly onClearMarks: () => void;
  readonly onDownload: () => void;
  /** stops the reading or checking now running (shown while it runs) */
  readonly onCancelWork?: () => void;
}

export function PaneToolbar(p: PaneToolbarProps): React.ReactElement {
  const { t, host, phase } = p;
  const styles = useStyles();
  const fileInput = React.useRef<HTMLInputElement>(null);
  const busy = phase !== null;
  const canMark = !!host && (!!host.markFindings || !!host.writeReport);
  return (
    <div className={styles.actions} role="toolbar" aria-label={t.actions}>
      {p.onOpen ? (
        <>
          <Button appearance="secondary" onClick={() => fileInput.current?.click()} disabled={busy} title={t.openFileLimit}>
            {t.openFile}
          </Button>
          <input
            ref={fileInput}
            className={styles.hidden}
            type="file"
            accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-label={t.openFile}
            aria-description={t.openFileLimit}
            data-testid="open-file"
            onChange={p.onOpen}
          />
        </>
      ) : null}
      <Button appearance="primary" onClick={p.onCheck} disabled={!host || busy}>
        {t.check}
      </Button>
      {host?.applyWrites ? (
        <Button appearance="secondary" onClick={p.onRecalc} disabled={busy || p.pending}>
          {t.recalc}
        </Button>
      ) : null}
      {host?.undo ? (
        <Button appearance="secondary" onClick={p.onUndo} disabled={busy || !p.canUndo}>
          {t.undo}
        </Button>
      ) : null}
      {canMark ? (
        <Button appearance="secondary" onClick={p.onMark} disabled={busy}>
          {t.markReport}
        </Button>
      ) : null}
      {host?.clearMarks ? (
        <Button appearance="secondary" onClick={p.onClearMarks} disabled={busy || !p.hasMarks}>
          {t.clearMarks}
        </Button>
      ) : null}
      {isDownloadable(host) ? (
        <Button appearance="secondary" onClick={p.onDownload} disabled={busy}>
          {t.download}
        </Button>
      ) : null}
      {p.onCancelWork && (phase === "load" || phase === "analyze") ? (
        <Button appearance="secondary" onClick={p.onCancelWork} data-testid="cancel-work">
          {t.cancel}
        </Button>
      ) : null}
    </div>
  );
}
