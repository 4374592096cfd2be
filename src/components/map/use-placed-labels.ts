import { useEffect, useMemo } from 'react';
import type { Camera, Viewport } from '../../geo/camera-math.ts';
import type { Rect } from '../../geo/label-geometry.ts';
import { viewLabels, type MapNames, type ViewLabels } from '../../geo/view-labels.ts';
import type { WorldGeometry } from '../../geo/world-geometry.ts';
import type { MapView } from '../../content/schema.ts';
import { measurePageText, PAGE_LABEL_STYLE } from './page-label-style.ts';

interface PlacedLabelsInput {
  world: WorldGeometry;
  names: MapNames;
  viewport: Viewport;
  /** The caption's box over the drawing, which labels keep out of. */
  caption: Rect | null;
  /** The view and camera landed on: the labels drawn. */
  landed: { view: MapView; camera: Camera };
  /** Where a flight is going, while one is on. */
  flyingTo: { view: MapView; camera: Camera } | undefined;
}

/**
 * The labels for the landed view, placed by the engine for its camera. Placing them costs a slow
 * phone about 10 ms (×4 CPU), which at landing falls in the same frame as React's commit and the
 * drawing's repaint. While a flight is on the compositor moves the picture and the main thread is
 * mostly idle: the landing's labels are placed then, in an idle callback, and landing only draws
 * them. Where the browser has no idle callbacks (Safari), they are placed at landing.
 */
export function usePlacedLabels({
  world,
  names,
  viewport,
  caption,
  landed,
  flyingTo,
}: PlacedLabelsInput): ViewLabels {
  const place = useMemo(
    () => labelPlacer(world, names, viewport, caption),
    [world, names, viewport, caption],
  );
  const toView = flyingTo?.view;
  const toCamera = flyingTo?.camera;
  useEffect(() => {
    if (!toView || !toCamera || typeof requestIdleCallback !== 'function') return;
    const idle = requestIdleCallback(() => place(toView, toCamera));
    return () => cancelIdleCallback(idle);
  }, [toView, toCamera, place]);
  const { view, camera } = landed;
  return useMemo(() => place(view, camera), [place, view, camera]);
}

/**
 * Places a view's labels for a camera, remembering the last placement so the one made ahead is
 * the one landing finds. A new placer (an empty memory) whenever its inputs change.
 */
function labelPlacer(
  world: WorldGeometry,
  names: MapNames,
  viewport: Viewport,
  caption: Rect | null,
): (view: MapView, camera: Camera) => ViewLabels {
  let last: { view: MapView; camera: Camera; labels: ViewLabels } | undefined;
  return (view, camera) => {
    if (last?.view === view && last.camera === camera) return last.labels;
    const labels = viewLabels({
      world,
      view,
      names,
      camera,
      viewport,
      style: PAGE_LABEL_STYLE,
      measure: measurePageText,
      keepOut: caption ? [caption] : [],
    });
    last = { view, camera, labels };
    return labels;
  };
}
