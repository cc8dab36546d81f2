/**
 * The host the pane works on (given, or a promise of it while the sample loads; replaced when the
 * clerk opens a file), its title, and what it can undo or clear: asked once per host and after
 * each change (`refreshFlags`), also after the pane was reopened.
 */
import * as React from "react";
import type { WorkbookHost } from "../../hosts/host";
import type { PaneActions } from "./usePaneActions";

/** What the host can do besides reading and selecting. */
export interface Flags {
  readonly canUndo: boolean;
  readonly hasMarks: boolean;
}

export function useHost(hostProp: WorkbookHost | Promise<WorkbookHost>, actions: Pick<PaneActions, "setPhase" | "setError">) {
  const { setPhase, setError } = actions;
  const [host, setHost] = React.useState<WorkbookHost | null>(hostProp instanceof Promise ? null : hostProp);
  const [title, setTitle] = React.useState("");
  const [flags, setFlags] = React.useState<Flags>({ canUndo: false, hasMarks: false });
  /** the host the pane shows now: results of an action on an older host are dropped */
  const hostRef = React.useRef(host);
  hostRef.current = host;

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
  }, [hostProp, setError, setPhase]);

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
    if (host) void refreshFlags(host);
  }, [host, refreshFlags]);

  return { host, setHost, hostRef, title, flags, refreshFlags };
}
