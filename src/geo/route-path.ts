import { pathRound } from 'd3-path';
import type { GeoProjection } from 'd3-geo';
import { curveCatmullRom } from 'd3-shape';
import { projectLonLat } from './project-places.ts';
import type { LonLat, WorldPoint } from './types.ts';

/** A route line ready for SVG, in world space. */
export interface RoutePath {
  /** SVG path data (`d` attribute). */
  readonly d: string;
  /** The projected waypoints, in order. */
  readonly points: readonly WorldPoint[];
}

/**
 * Centripetal Catmull–Rom (α = 0.5): the value that never makes cusps or loops within a
 * segment, which uniform (α = 0) can when waypoints are unevenly spaced, as a route's are.
 */
const curve = curveCatmullRom.alpha(0.5);

/**
 * A smooth world-space SVG path through ordered lon/lat waypoints: projected with the base
 * projection and drawn by d3-shape's centripetal Catmull–Rom curve, which passes through
 * every waypoint and starts and ends exactly on the first and last, into d3-path's pathRound
 * (coordinates to a hundredth of a world unit).
 *
 * @throws Error for fewer than two waypoints, or one the projection cannot project.
 */
export function routePath(waypoints: readonly LonLat[], projection: GeoProjection): RoutePath {
  if (waypoints.length < 2) throw new Error('a route needs at least two waypoints');
  const points = waypoints.map((p) => projectLonLat(projection, p));
  const path = pathRound(2);
  const drawn = curve(path as unknown as CanvasRenderingContext2D);
  drawn.lineStart();
  for (const [x, y] of points) drawn.point(x, y);
  drawn.lineEnd();
  return { d: path.toString(), points };
}
