/**
 * Camera arithmetic with no geography in it (no d3): what the browser needs to move the map.
 * Kept apart from camera.ts so the first view's JavaScript does not carry d3-geo.
 */
import type { WorldBounds, WorldPoint } from './types.ts';

/**
 * The map's view as the transform of the SVG group that holds the
 * pre-projected world: `screen = world * k + [x, y]`, i.e.
 * `transform="translate(x,y) scale(k)"`.
 */
export type Camera = { k: number; x: number; y: number };

/** Size of the map's drawing area in screen pixels. */
export type Viewport = { width: number; height: number };

/** Screen pixels to keep clear on each side (e.g. under the story text). */
export type Padding = { top: number; right: number; bottom: number; left: number };

/** Limits on the zoom factor `k`. */
export interface FitOptions {
  /** Never zoom in further than this (e.g. for a focus on one small city). */
  readonly maxK?: number;
  /** Never zoom out further than this. */
  readonly minK?: number;
}

/** No padding. */
export const NO_PADDING: Padding = { top: 0, right: 0, bottom: 0, left: 0 };

/**
 * The camera that shows `worldBounds` as large as possible inside the
 * viewport less its padding, centred in that padded area.
 *
 * `k` is the largest scale at which the bounds fit on both axes, then
 * clamped to [minK, maxK]; clamping keeps the bounds centred (they then
 * overflow or underfill the area evenly). A box with no width or height
 * (a single point) gets `maxK`, or 1 without one.
 */
export function fitCamera(
  worldBounds: WorldBounds,
  viewport: Viewport,
  padding: Padding = NO_PADDING,
  opts: FitOptions = {},
): Camera {
  const [[x0, y0], [x1, y1]] = worldBounds;
  // A padding larger than the viewport leaves a 1 px area rather than a
  // negative one, which would flip the map.
  const areaWidth = Math.max(1, viewport.width - padding.left - padding.right);
  const areaHeight = Math.max(1, viewport.height - padding.top - padding.bottom);
  const kx = x1 > x0 ? areaWidth / (x1 - x0) : Infinity;
  const ky = y1 > y0 ? areaHeight / (y1 - y0) : Infinity;
  let k = Math.min(kx, ky);
  if (!Number.isFinite(k)) k = opts.maxK ?? 1;
  if (opts.maxK !== undefined) k = Math.min(k, opts.maxK);
  if (opts.minK !== undefined) k = Math.max(k, opts.minK);
  return {
    k,
    x: padding.left + areaWidth / 2 - k * ((x0 + x1) / 2),
    y: padding.top + areaHeight / 2 - k * ((y0 + y1) / 2),
  };
}

/** The SVG `transform` attribute value for a camera. */
export function cameraTransform(camera: Camera): string {
  return `translate(${round(camera.x)},${round(camera.y)}) scale(${round(camera.k, 5)})`;
}

function round(value: number, digits = 3): number {
  const f = 10 ** digits;
  const r = Math.round(value * f) / f;
  return r === 0 ? 0 : r; // no "-0" in attributes
}

/** Where a world point appears on screen under a camera. */
export function worldToScreen(camera: Camera, [x, y]: WorldPoint): [number, number] {
  return [x * camera.k + camera.x, y * camera.k + camera.y];
}

/**
 * The part of the world a camera shows in a viewport, widened by `margin` (a share of the
 * viewport on every side) so shapes just outside the frame still count as visible.
 */
export function visibleWorldBounds(camera: Camera, viewport: Viewport, margin = 0): WorldBounds {
  const mx = viewport.width * margin;
  const my = viewport.height * margin;
  return [
    [(-mx - camera.x) / camera.k, (-my - camera.y) / camera.k],
    [(viewport.width + mx - camera.x) / camera.k, (viewport.height + my - camera.y) / camera.k],
  ];
}

/** Whether two boxes overlap (touching counts). */
export function boundsOverlap(
  [[ax0, ay0], [ax1, ay1]]: WorldBounds,
  [[bx0, by0], [bx1, by1]]: WorldBounds,
): boolean {
  return ax0 <= bx1 && bx0 <= ax1 && ay0 <= by1 && by0 <= ay1;
}

/**
 * The camera, changed as little as it takes for its view to stay inside `extent` (a world
 * box): zoomed in about the screen point `about` until the view fits, then slid back in.
 * d3-zoom's constrain with a translateExtent does the same, but comes with d3-selection and
 * d3-transition: this is the arithmetic alone.
 */
export function constrainCamera(
  camera: Camera,
  viewport: Viewport,
  extent: WorldBounds,
  about: readonly [number, number] = [viewport.width / 2, viewport.height / 2],
): Camera {
  const [[ex0, ey0], [ex1, ey1]] = extent;
  const k = Math.max(camera.k, viewport.width / (ex1 - ex0), viewport.height / (ey1 - ey0));
  // The world point under `about` stays there while zooming in.
  const [ax, ay] = about;
  let x = ax - ((ax - camera.x) / camera.k) * k;
  let y = ay - ((ay - camera.y) / camera.k) * k;
  x = Math.min(-ex0 * k, Math.max(viewport.width - ex1 * k, x));
  y = Math.min(-ey0 * k, Math.max(viewport.height - ey1 * k, y));
  return { k, x, y };
}
