import { pathRound } from 'd3-path';
import type { WorldPoint } from './types.ts';

/** An abstract arrow between two world points: a drawn direction, never a way on the ground. */
export interface GesturePath {
  /** SVG path data (`d`), one quadratic arc, in world space. */
  readonly d: string;
  /** Where the arrowhead goes (the end) and the arc's direction there, in degrees (SVG rotate). */
  readonly head: { readonly at: WorldPoint; readonly angle: number };
}

/**
 * A smooth arc from `from` to `to`, bowed to one side by `bend` × the distance between them,
 * so it reads as a gesture (like a flight arc on a news map), not as a path that follows roads
 * or coasts. `side` 1 bows to the left of the direction of travel in screen space (y down), -1
 * to the right.
 */
export function gesturePath(
  from: WorldPoint,
  to: WorldPoint,
  bend = 0.35,
  side: 1 | -1 = 1,
): GesturePath {
  const [x0, y0] = from;
  const [x1, y1] = to;
  const [cx, cy] = control(from, to, bend, side);
  const path = pathRound(2);
  path.moveTo(x0, y0);
  path.quadraticCurveTo(cx, cy, x1, y1);
  return {
    d: path.toString(),
    head: { at: to, angle: (Math.atan2(y1 - cy, x1 - cx) * 180) / Math.PI },
  };
}

/** The arc's control point: the midpoint pushed sideways by `bend` × the distance. */
function control(
  [x0, y0]: WorldPoint,
  [x1, y1]: WorldPoint,
  bend: number,
  side: 1 | -1,
): WorldPoint {
  // The normal (dy, -dx) points to the left of travel on a y-down screen.
  return [(x0 + x1) / 2 + side * bend * (y1 - y0), (y0 + y1) / 2 - side * bend * (x1 - x0)];
}

/** Points along the same arc (`samples` + 1 of them), for labels to keep clear of it. */
export function gesturePoints(
  from: WorldPoint,
  to: WorldPoint,
  bend = 0.35,
  side: 1 | -1 = 1,
  samples = 24,
): WorldPoint[] {
  const [cx, cy] = control(from, to, bend, side);
  return Array.from({ length: samples + 1 }, (_, i) => {
    const t = i / samples;
    const u = 1 - t;
    return [
      u * u * from[0] + 2 * u * t * cx + t * t * to[0],
      u * u * from[1] + 2 * u * t * cy + t * t * to[1],
    ] as const;
  });
}
