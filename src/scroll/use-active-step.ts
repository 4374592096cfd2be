import { useEffect, useState, type RefObject } from 'react';
import { pickActive, pickActiveAt } from './pick-active.ts';

export interface ActiveStepOptions {
  /** Scroll container to observe; null means the viewport (scrollama's `root`). */
  root?: Element | null;
  /** Trigger line as a fraction of the viewport height from the top. */
  offset?: number;
}

/**
 * Tracks which step element (children of `container` marked `data-step`) is active.
 * IntersectionObserver is only the trigger: when any step crosses the trigger band, all step
 * boxes are read once (layout is already fresh inside an observer callback) and the pure
 * pickActive decides. No scroll listeners. Without IntersectionObserver, the initial step stays
 * and the story remains fully readable; focus still moves the map (see onStepFocus).
 */
export function useActiveStep(
  container: RefObject<HTMLElement | null>,
  initial: number,
  { root = null, offset = 0.6 }: ActiveStepOptions = {},
): [number, (index: number) => void] {
  const [active, setActive] = useState(initial);

  useEffect(() => {
    const host = container.current;
    if (!host || typeof IntersectionObserver === 'undefined') return;
    const steps = Array.from(host.querySelectorAll<HTMLElement>('[data-step]'));
    const update = (entries: IntersectionObserverEntry[]) => {
      const boxes = steps.map((el) => el.getBoundingClientRect());
      // Judge by the band the observer itself used: recomputing the line from `offset` can
      // differ by a fraction of a pixel, and a step whose top sits in that sliver would fire
      // its one crossing callback and still not count, so it was skipped.
      const band = entries.find((e) => e.rootBounds)?.rootBounds;
      setActive(
        band
          ? pickActiveAt(boxes, band.bottom)
          : pickActive(boxes, root ? root.clientHeight : window.innerHeight, offset),
      );
    };
    // A band from the top of the viewport down to the trigger line: a step entering or leaving
    // it has crossed the line in one direction or the other.
    const bottomMargin = `${-Math.round((1 - offset) * 100)}%`;
    const observer = new IntersectionObserver(update, {
      root,
      rootMargin: `0px 0px ${bottomMargin} 0px`,
      threshold: [0, 1],
    });
    steps.forEach((el) => observer.observe(el));
    return () => observer.disconnect();
  }, [container, root, offset]);

  return [active, setActive];
}
