import type { WorldBounds, WorldPoint } from './types.ts';

/**
 * The smallest box holding all the points.
 *
 * @throws Error for no points (there is no sensible empty box to fit a camera to).
 */
export function boundsOfPoints(points: Iterable<WorldPoint>): WorldBounds {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const [x, y] of points) {
    if (x < x0) x0 = x;
    if (y < y0) y0 = y;
    if (x > x1) x1 = x;
    if (y > y1) y1 = y;
  }
  if (!(x0 <= x1 && y0 <= y1)) throw new Error('boundsOfPoints: no finite points');
  return [
    [x0, y0],
    [x1, y1],
  ];
}

/** The smallest box holding all the boxes. @throws Error for none. */
export function unionBounds(boxes: Iterable<WorldBounds>): WorldBounds {
  const corners: WorldPoint[] = [];
  for (const [a, b] of boxes) corners.push(a, b);
  return boundsOfPoints(corners);
}

/**
 * Grow a box about its centre until each side is at least `minSize`; a
 * single place (a zero-size box) becomes a `minSize` square around it.
 */
export function expandToMinSize(bounds: WorldBounds, minSize: number): WorldBounds {
  const [[x0, y0], [x1, y1]] = bounds;
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const hw = Math.max(x1 - x0, minSize) / 2;
  const hh = Math.max(y1 - y0, minSize) / 2;
  return [
    [cx - hw, cy - hh],
    [cx + hw, cy + hh],
  ];
}

/** Whether `inner` lies wholly inside `outer`. */
export function boundsWithin(
  [[ix0, iy0], [ix1, iy1]]: WorldBounds,
  [[ox0, oy0], [ox1, oy1]]: WorldBounds,
): boolean {
  return ix0 >= ox0 && iy0 >= oy0 && ix1 <= ox1 && iy1 <= oy1;
}
