import { useEffect, useState } from "react";

/**
 * True once `active` has stayed true for `delayMs`: a progress indicator for anything
 * slower than half a second, and no flicker for what is faster.
 */
export function useDelayedFlag(active: boolean, delayMs: number): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!active) {
      setShown(false);
      return;
    }
    const timer = setTimeout(() => setShown(true), delayMs);
    return () => clearTimeout(timer);
  }, [active, delayMs]);
  return active && shown;
}
