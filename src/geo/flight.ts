/**
 * A camera flight as keyframes for the compositor: the whole path sampled once, each camera
 * kept inside the coverage (van Wijk & Nuij zoom out mid-way on a long move, further than
 * either end, and must not show the data's edge either), and the world box the flight will
 * ever show, so one layer drawn once at the start holds everything the reader will see.
 * Pure arithmetic: the map component turns it into a Web Animation.
 */
import type { Camera, Coverage, Viewport } from './camera-math.ts';
import type { CameraInterpolator } from './interpolate-camera.ts';
import type { WorldBounds } from './types.ts';

export interface Flight {
  /** Cameras at evenly spaced times, eased, first and last exactly the path's ends. */
  readonly cameras: readonly Camera[];
  /** The world box any of them shows (inside the coverage, since each frame is). */
  readonly bounds: WorldBounds;
}

/** Samples `path` at `samples` + 1 eased times. */
export function flightFrames(
  path: CameraInterpolator,
  viewport: Viewport,
  coverage: Coverage,
  ease: (t: number) => number,
  samples = 40,
): Flight {
  const centre = [viewport.width / 2, viewport.height / 2] as const;
  const cameras = Array.from({ length: samples + 1 }, (_, i) =>
    path(ease(i / samples)).keepCovered(viewport, coverage, centre),
  );
  let [[x0, y0], [x1, y1]] = [
    [Infinity, Infinity],
    [-Infinity, -Infinity],
  ];
  for (const camera of cameras) {
    const [[a, b], [c, d]] = camera.visibleBounds(viewport);
    x0 = Math.min(x0, a);
    y0 = Math.min(y0, b);
    x1 = Math.max(x1, c);
    y1 = Math.max(y1, d);
  }
  return {
    cameras,
    bounds: [
      [x0, y0],
      [x1, y1],
    ],
  };
}

/**
 * Pixels per world unit to draw the flight's layer at. Strokes and dots are drawn in the
 * layer's pixels and then scaled with it, by k / scale: the geometric mean of the two ends'
 * zooms keeps them within √(k₁/k₀) of their landed width at either end (the browser rasters an
 * animated layer at its largest scale, so edges stay sharp). No more than `budget` screens'
 * worth of pixels (a phone's GPU memory) and 4096 px a side.
 */
export function layerScale({ bounds, cameras }: Flight, viewport: Viewport, budget = 3): number {
  const [[x0, y0], [x1, y1]] = bounds;
  const w = Math.max(1, x1 - x0);
  const h = Math.max(1, y1 - y0);
  const [first, last] = [cameras[0], cameras[cameras.length - 1]];
  const ends = first && last ? Math.sqrt(first.screenLength(1) * last.screenLength(1)) : 1;
  return Math.min(
    ends,
    Math.sqrt((budget * viewport.width * viewport.height) / (w * h)),
    4096 / w,
    4096 / h,
  );
}

/**
 * The CSS transform that puts a layer of `bounds` drawn at `scale` px per unit where `camera` shows
 * it.
 */
export function layerTransform(camera: Camera, [[x0, y0]]: WorldBounds, scale: number): string {
  return camera
    .translate(x0, y0)
    .scale(1 / scale)
    .toCss();
}
