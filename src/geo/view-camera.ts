import {
  constrainCamera,
  fitCamera,
  type Camera,
  type Padding,
  type Viewport,
} from './camera-math.ts';
import type { MapFocus } from './camera.ts';
import type { WorldBounds } from './types.ts';

/** Never zoom in further than this: a small focus (one city-province) stays in its setting. */
export const MAX_ZOOM = 6;

/**
 * What a step's camera frames: its focus and every region it shades (a shading that ran off
 * the screen, or under the caption, would be a claim the reader cannot see).
 */
export function subjectBounds(
  world: { viewBounds: (focus: MapFocus) => WorldBounds },
  view: {
    readonly focus: MapFocus;
    readonly highlight: readonly { readonly regions: readonly string[] }[];
  },
): WorldBounds {
  const shaded = view.highlight.flatMap((h) => h.regions);
  const [[a0, b0], [a1, b1]] = world.viewBounds(view.focus);
  if (shaded.length === 0)
    return [
      [a0, b0],
      [a1, b1],
    ];
  const [[c0, d0], [c1, d1]] = world.viewBounds({ regions: shaded });
  return [
    [Math.min(a0, c0), Math.min(b0, d0)],
    [Math.max(a1, c1), Math.max(b1, d1)],
  ];
}

/** How far the drawn geography reaches, as the camera needs it (see coverage.ts). */
export interface Coverage {
  /** The largest world rectangle inside it: any view within this is covered. */
  readonly rect: WorldBounds;
  /** Whether a camera's whole view lies inside it (the exact test, on the curved outline). */
  readonly covers: (camera: Camera, viewport: Viewport) => boolean;
}

/**
 * The camera a step's map lands on: its focus fitted into the viewport less the padding, then
 * kept inside the drawn geography, so no screen shape (a tall phone, an ultra-wide monitor)
 * sees past the data's edge. Where the two disagree, coverage wins, giving up as little as it
 * can: the view zooms in about the padded area's centre, sliding where the inner rectangle
 * leaves room, just until the whole of it is covered (bisection on the zoom, between the
 * fitted one and the one that fits the inner rectangle, which is always covered).
 */
export function cameraForView(
  focus: WorldBounds,
  viewport: Viewport,
  padding: Padding,
  coverage: Coverage,
): Camera {
  const fitted = fitCamera(focus, viewport, padding, { maxK: MAX_ZOOM });
  return keepCovered(fitted, viewport, coverage, [
    padding.left + (viewport.width - padding.left - padding.right) / 2,
    padding.top + (viewport.height - padding.top - padding.bottom) / 2,
  ]);
}

/** The camera, zoomed in about `about` just enough for its view to be covered. */
export function keepCovered(
  camera: Camera,
  viewport: Viewport,
  coverage: Coverage,
  about: readonly [number, number],
): Camera {
  if (coverage.covers(camera, viewport)) return camera;
  const safe = constrainCamera(camera, viewport, coverage.rect, about);
  const at = (k: number) => slideInto(zoomAbout(camera, k, about), viewport, coverage.rect);
  let lo = camera.k;
  let hi = safe.k;
  for (let i = 0; i < 14 && hi - lo > 1e-4 * hi; i++) {
    const mid = (lo + hi) / 2;
    if (coverage.covers(at(mid), viewport)) hi = mid;
    else lo = mid;
  }
  const best = at(hi);
  return coverage.covers(best, viewport) ? best : safe;
}

function zoomAbout(camera: Camera, k: number, [ax, ay]: readonly [number, number]): Camera {
  return { k, x: ax - ((ax - camera.x) / camera.k) * k, y: ay - ((ay - camera.y) / camera.k) * k };
}

/** Slides the view into the rectangle on each axis where it fits (and leaves the other alone). */
function slideInto(camera: Camera, viewport: Viewport, [[x0, y0], [x1, y1]]: WorldBounds): Camera {
  const { k } = camera;
  const x =
    viewport.width / k <= x1 - x0
      ? Math.min(-x0 * k, Math.max(viewport.width - x1 * k, camera.x))
      : camera.x;
  const y =
    viewport.height / k <= y1 - y0
      ? Math.min(-y0 * k, Math.max(viewport.height - y1 * k, camera.y))
      : camera.y;
  return { k, x, y };
}
