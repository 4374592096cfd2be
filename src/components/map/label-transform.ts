import { worldToScreen, type Camera } from '../../geo/camera-math.ts';
import type { WorldPoint } from '../../geo/types.ts';

/**
 * The `transform` of a label anchored at a world point: labels stay the same size at every
 * zoom, so they are placed in screen space rather than scaled with the land.
 */
export function labelTransform(camera: Camera, at: WorldPoint, angle = 0): string {
  const [x, y] = worldToScreen(camera, at);
  const translate = `translate(${x.toFixed(1)},${y.toFixed(1)})`;
  return angle ? `${translate} rotate(${angle.toFixed(1)})` : translate;
}

/** The world point a label is anchored at, as written into `data-at` for in-flight updates. */
export const labelAnchor = ([x, y]: WorldPoint): string => `${x},${y}`;
