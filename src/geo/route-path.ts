import type { GeoProjection } from 'd3-geo';
import { projectLonLat } from './project-places.ts';
import type { LonLat, WorldPoint } from './types.ts';

/** A route line ready for SVG, in world space. */
export interface RoutePath {
  /** SVG path data (`d` attribute). */
  readonly d: string;
  /**
   * Approximate length of the drawn path in world units (within ~0.1 %), for
   * a stroke-dasharray / stroke-dashoffset "draws itself" animation. If the
   * stroke uses `vector-effect: non-scaling-stroke`, or to avoid the
   * arithmetic altogether, set the SVG attribute `pathLength="1"` and
   * animate the dash from 1 to 0 instead.
   */
  readonly length: number;
  /** The projected waypoints, in order. */
  readonly points: readonly WorldPoint[];
}

/** Options of {@link routePath}. */
export interface RoutePathOptions {
  /** Curve through the waypoints (default) or straight segments between them. */
  readonly smooth?: boolean;
  /** Decimals in the path data (default 2). */
  readonly digits?: number;
}

/**
 * Centripetal Catmull–Rom parameter. 0.5 is the value that never makes
 * cusps or self-intersections within a segment, which uniform (0) can when
 * waypoints are unevenly spaced, as a route's are.
 */
const ALPHA = 0.5;
const EPSILON = 1e-12;
/** Chord samples per curve segment when measuring length. */
const LENGTH_SAMPLES = 32;

type Cubic = readonly [WorldPoint, WorldPoint, WorldPoint, WorldPoint];

/**
 * A smooth world-space SVG path through ordered lon/lat waypoints, with its
 * length.
 *
 * The waypoints are projected with the base projection and joined by a
 * centripetal Catmull–Rom spline (the same curve as d3-shape's
 * curveCatmullRom.alpha(0.5)), written as cubic Béziers. The curve passes
 * through every waypoint and starts and ends exactly on the first and last.
 *
 * @throws Error for fewer than two waypoints, or one the projection cannot project.
 */
export function routePath(waypoints: readonly LonLat[], projection: GeoProjection, opts: RoutePathOptions = {}): RoutePath {
  if (waypoints.length < 2) throw new Error('a route needs at least two waypoints');
  const points = waypoints.map((p) => projectLonLat(projection, p));
  const digits = opts.digits ?? 2;
  const fmt = (p: WorldPoint) => `${num(p[0], digits)},${num(p[1], digits)}`;
  const start = points[0] as WorldPoint;

  if (opts.smooth === false) {
    let length = 0;
    for (let i = 1; i < points.length; i++) length += dist(points[i - 1] as WorldPoint, points[i] as WorldPoint);
    return { d: `M${points.map(fmt).join('L')}`, length, points };
  }

  const cubics = catmullRomCubics(points);
  const d = `M${fmt(start)}${cubics.map(([, c1, c2, end]) => `C${fmt(c1)} ${fmt(c2)} ${fmt(end)}`).join('')}`;
  const length = cubics.reduce((sum, cubic) => sum + cubicLength(cubic), 0);
  return { d, length, points };
}

/**
 * Cubic Bézier segments of the centripetal Catmull–Rom spline through the
 * points. The ends are treated as d3 does (the missing neighbour is the
 * endpoint itself), so the first and last control points sit on the ends.
 */
export function catmullRomCubics(points: readonly WorldPoint[]): Cubic[] {
  const cubics: Cubic[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const p1 = points[i] as WorldPoint;
    const p2 = points[i + 1] as WorldPoint;
    const p0 = points[i - 1] ?? p1;
    const p3 = points[i + 2] ?? p2;
    const l01 = dist(p0, p1) ** ALPHA;
    const l12 = dist(p1, p2) ** ALPHA;
    const l23 = dist(p2, p3) ** ALPHA;
    let c1: WorldPoint = p1;
    let c2: WorldPoint = p2;
    if (l01 > EPSILON) {
      const a = 2 * l01 * l01 + 3 * l01 * l12 + l12 * l12;
      const n = 3 * l01 * (l01 + l12);
      c1 = [(p1[0] * a - p0[0] * l12 * l12 + p2[0] * l01 * l01) / n, (p1[1] * a - p0[1] * l12 * l12 + p2[1] * l01 * l01) / n];
    }
    if (l23 > EPSILON) {
      const b = 2 * l23 * l23 + 3 * l23 * l12 + l12 * l12;
      const m = 3 * l23 * (l23 + l12);
      c2 = [(p2[0] * b + p1[0] * l23 * l23 - p3[0] * l12 * l12) / m, (p2[1] * b + p1[1] * l23 * l23 - p3[1] * l12 * l12) / m];
    }
    cubics.push([p1, c1, c2, p2]);
  }
  return cubics;
}

/** Point of a cubic Bézier at parameter t. */
export function cubicPoint([p0, p1, p2, p3]: Cubic, t: number): WorldPoint {
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const e = t * t * t;
  return [a * p0[0] + b * p1[0] + c * p2[0] + e * p3[0], a * p0[1] + b * p1[1] + c * p2[1] + e * p3[1]];
}

function cubicLength(cubic: Cubic): number {
  let length = 0;
  let previous = cubic[0];
  for (let i = 1; i <= LENGTH_SAMPLES; i++) {
    const point = cubicPoint(cubic, i / LENGTH_SAMPLES);
    length += dist(previous, point);
    previous = point;
  }
  return length;
}

function dist(a: WorldPoint, b: WorldPoint): number {
  return Math.hypot(b[0] - a[0], b[1] - a[1]);
}

function num(value: number, digits: number): string {
  const f = 10 ** digits;
  const r = Math.round(value * f) / f;
  return String(r === 0 ? 0 : r); // never "-0"
}
