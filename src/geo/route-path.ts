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
 * every waypoint and starts and ends exactly on the first and last. The curve draws into a
 * small context of our own rather than through d3's line() and d3-path: the embed's one
 * script carries everything, and those two would add about 3 KB gzipped to it.
 *
 * @throws Error for fewer than two waypoints, or one the projection cannot project.
 */
export function routePath(waypoints: readonly LonLat[], projection: GeoProjection): RoutePath {
  if (waypoints.length < 2) throw new Error('a route needs at least two waypoints');
  const points = waypoints.map((p) => projectLonLat(projection, p));
  const parts: string[] = [];
  const f = (...v: number[]) => v.map((n) => String(Math.round(n * 100) / 100)).join(',');
  const drawn = curve({
    moveTo: (x: number, y: number) => parts.push(`M${f(x, y)}`),
    lineTo: (x: number, y: number) => parts.push(`L${f(x, y)}`),
    bezierCurveTo: (...v: number[]) => parts.push(`C${f(...v)}`),
    closePath: () => parts.push('Z'),
  } as unknown as CanvasRenderingContext2D);
  drawn.lineStart();
  for (const [x, y] of points) drawn.point(x, y);
  drawn.lineEnd();
  return { d: parts.join(''), points };
}
