import { useEffect, useMemo, useState } from 'react';
import type { Camera, Viewport } from '../../geo/camera-math.ts';
import type { Rect } from '../../geo/label-geometry.ts';
import { viewLabels, type MapNames, type ViewLabels } from '../../geo/view-labels.ts';
import type { WorldGeometry } from '../../geo/world-geometry.ts';
import type { MapView } from '../../content/schema.ts';
import { measurePageText, PAGE_LABEL_STYLE } from './page-label-style.ts';

interface Spot {
  view: MapView;
  camera: Camera;
}

interface PlacedLabelsInput {
  world: WorldGeometry;
  names: MapNames;
  viewport: Viewport;
  /** The caption's box over the drawing, which labels keep out of. */
  caption: Rect | null;
  /** The view and camera landed on. */
  landed: Spot;
  /** Where a flight is going, while one is on. */
  flyingTo: Spot | undefined;
}

export interface PlacedLabels extends Spot {
  labels: ViewLabels;
  /** Placed for the landed view and camera: shown. Otherwise they stay hidden until they are. */
  ready: boolean;
}

/**
 * The map's labels, placed by the engine for a view and camera. The first placement (the
 * server's, and the hydration's, which must match it) is made at once; every later one waits for
 * an idle moment long enough to hold it, measured by the last one (about 10 ms on a slow phone,
 * CPU ×4): placed during a render it fell in the same frame as React's commit and the drawing's
 * repaint, and a frame of a reader's scroll came late. While a flight is on, the main thread is
 * mostly idle and the landing's labels are placed then; a view that changes without a flight
 * shows its labels a moment after its drawing. Placed with other inputs (a resize), they wait
 * hidden too.
 */
export function usePlacedLabels({
  world,
  names,
  viewport,
  caption,
  landed,
  flyingTo,
}: PlacedLabelsInput): PlacedLabels {
  const place = useMemo(
    () => (view: MapView, camera: Camera) =>
      viewLabels({
        world,
        view,
        names,
        camera,
        viewport,
        style: PAGE_LABEL_STYLE,
        measure: measurePageText,
        keepOut: caption ? [caption] : [],
      }),
    [world, names, viewport, caption],
  );
  const [placed, setPlaced] = useState(() => ({
    place,
    ...landed,
    ...timed(() => place(landed.view, landed.camera)),
  }));
  const goal = flyingTo ?? landed;
  const { view, camera } = goal;
  const done = placed.place === place && placed.view === view && placed.camera === camera;
  const cost = placed.ms;
  useEffect(() => {
    if (done) return;
    return whenIdleFor(cost, () =>
      setPlaced({ place, view, camera, ...timed(() => place(view, camera)) }),
    );
  }, [done, cost, place, view, camera]);
  const ready =
    placed.place === place && placed.view === landed.view && placed.camera === landed.camera;
  return { view: placed.view, camera: placed.camera, labels: placed.labels, ready };
}

function timed(run: () => ViewLabels): { labels: ViewLabels; ms: number } {
  const start = performance.now();
  const labels = run();
  return { labels, ms: performance.now() - start };
}

/** Longest wait for an idle moment long enough: then the work runs anyway. */
const MAX_WAIT_MS = 1000;

/**
 * Runs `work` in the first idle period with at least `ms` left (or once MAX_WAIT_MS have passed);
 * returns a cancel. Without idle callbacks (Safari), in the next task.
 */
function whenIdleFor(ms: number, work: () => void): () => void {
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(work, 0);
    return () => clearTimeout(timer);
  }
  const start = performance.now();
  let id = 0;
  const attempt = (deadline: IdleDeadline) => {
    if (deadline.timeRemaining() >= ms || performance.now() - start >= MAX_WAIT_MS) work();
    else id = requestIdleCallback(attempt, { timeout: MAX_WAIT_MS });
  };
  id = requestIdleCallback(attempt, { timeout: MAX_WAIT_MS });
  return () => cancelIdleCallback(id);
}
