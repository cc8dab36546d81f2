/**
 * The pane's controller for what an action says while and after it runs (issue 13 item 3): the
 * phase shown by the progress bar (and which disables the buttons), the error bar and the status
 * line. Every action goes through one `run(phase, label, fn)`: the bars are cleared, the phase
 * set, and whatever `fn` throws becomes the error titled "<label> failed" (检查失败 for a null
 * label); the text `fn` returns becomes the status line. A step that re-checks after the action
 * reports its own failure as a failed check without undoing what the action said (`recheck`).
 */
import * as React from "react";
import type { Progress } from "../../hosts/host";
import type { Lang, Strings } from "../i18n";
import { messageOf, messageText, type PaneMessage } from "../messages";

export type Phase = Progress["phase"] | "load" | "mark" | "clear" | "save";

/** The pane's error: which action failed, and why (a message code). */
export interface PaneError {
  readonly title: string;
  readonly message: PaneMessage;
}

export interface RunContext {
  /** the phase the progress bar shows now */
  phase(p: Phase): void;
  /** a check after the action: its failure is shown as a failed check, and gives undefined */
  recheck<T>(fn: () => Promise<T>): Promise<T | undefined>;
}

export interface RunOptions {
  /** which bars to clear first: both (default), only the error, or none */
  readonly clear?: "all" | "error" | "none";
  /** run after the action, whether or not it failed (before the status line is shown) */
  readonly after?: () => Promise<void>;
  /** the file an error is about (opening a file) */
  readonly file?: string;
  /** what the pane does besides showing the error when the action fails */
  readonly onError?: () => void;
}

export type Run = (phase: Phase, label: string | null, fn: (ctx: RunContext) => Promise<string | undefined | void>, options?: RunOptions) => Promise<void>;

export interface PaneActions {
  readonly phase: Phase | null;
  readonly busy: boolean;
  readonly error: PaneError | null;
  readonly status: string | null;
  readonly setPhase: (p: Phase | null) => void;
  readonly setStatus: (s: string | null) => void;
  /** an error as the pane says it: `action` null for 检查, `file` when opening a file; null clears it */
  readonly setError: (err: unknown, action?: string | null, file?: string) => void;
  readonly run: Run;
}

export function usePaneActions(lang: Lang, t: Strings, initialPhase: Phase | null): PaneActions {
  const [phase, setPhase] = React.useState<Phase | null>(initialPhase);
  const [error, setErrorState] = React.useState<PaneError | null>(null);
  const [status, setStatus] = React.useState<string | null>(null);

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

  const run = React.useCallback<Run>(
    async (first, label, fn, options = {}) => {
      const clear = options.clear ?? "all";
      if (clear !== "none") setErrorState(null);
      if (clear === "all") setStatus(null);
      setPhase(first);
      const ctx: RunContext = {
        phase: setPhase,
        recheck: async (check) => {
          try {
            return await check();
          } catch (err) {
            setError(err);
            return undefined;
          }
        },
      };
      let said: string | undefined | void;
      try {
        said = await fn(ctx);
      } catch (err) {
        options.onError?.();
        setError(err, label, options.file);
      } finally {
        await options.after?.();
        if (typeof said === "string") setStatus(said);
        setPhase(null);
      }
    },
    [setError],
  );

  return { phase, busy: phase !== null, error, status, setPhase, setStatus, setError, run };
}
