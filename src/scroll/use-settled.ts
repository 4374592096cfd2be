import { useEffect, useRef, useState } from 'react';

/**
 * `value`, held back while it changes quickly. A change that comes at least `quietMs` after the
 * one before passes at once; a change sooner than that waits until the value has been still for
 * `quietMs`. So a reader flicking through the story gets one map landing where they stop, not
 * one per step their flick passes (each landing is a flight and a label layout, a long frame on
 * a slow phone); a reader reading, steps seconds apart, sees each step's map at once.
 */
export function useSettled<T>(value: T, quietMs: number): T {
  const [settled, setSettled] = useState(value);
  const lastChange = useRef(Number.NEGATIVE_INFINITY);
  useEffect(() => {
    const now = performance.now();
    const quick = now - lastChange.current < quietMs;
    lastChange.current = now;
    const timer = window.setTimeout(() => setSettled(value), quick ? quietMs : 0);
    return () => window.clearTimeout(timer);
  }, [value, quietMs]);
  return settled;
}
