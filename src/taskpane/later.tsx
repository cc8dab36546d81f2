/**
 * A component in a chunk of its own, fetched as soon as the pane starts (not part of the first
 * paint's script) and shown as soon as it has arrived. Unlike React.lazy it does not suspend
 * when the chunk is already there, so a component needed only after the first click (the
 * findings list, the recalculation preview) renders at once by then.
 */
import * as React from "react";

export function later<P extends object>(load: () => Promise<React.ComponentType<P>>): React.FC<P> {
  let loaded: React.ComponentType<P> | undefined;
  let failed: unknown;
  const waiting = new Set<() => void>();
  const promise = load().then(
    (c) => {
      loaded = c;
      for (const w of waiting) w();
    },
    (e: unknown) => {
      failed = e;
      for (const w of waiting) w();
    },
  );
  void promise;
  function Later(props: P): React.ReactElement | null {
    const [, rerender] = React.useReducer((n: number) => n + 1, 0);
    React.useEffect(() => {
      if (loaded || failed) return undefined;
      waiting.add(rerender);
      return () => {
        waiting.delete(rerender);
      };
    }, []);
    if (failed) throw failed instanceof Error ? failed : new Error(String(failed));
    return loaded ? React.createElement(loaded, props) : null;
  }
  return Later;
}
