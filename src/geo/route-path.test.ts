import type { GeoProjection } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { createBaseProjection } from './projection.ts';
import { catmullRomCubics, cubicPoint, routePath } from './route-path.ts';
import type { LonLat, WorldPoint } from './types.ts';

const projection = createBaseProjection();
/** A fixture: seven unevenly spaced waypoints across northeast Asia. */
const waypoints: LonLat[] = [[129.2, 42.6], [126.2, 43.6], [123.4, 41.8], [121.6, 39.4], [123.6, 36.9], [126.4, 37.3], [126.98, 37.57]];

/** A projection that maps lon/lat straight to x/y, for exact arithmetic. */
const identity = (([lon, lat]: [number, number]) => [lon, lat]) as unknown as GeoProjection;

function polylineLength(points: readonly WorldPoint[]): number {
  let total = 0;
  for (let i = 1; i < points.length; i++) total += Math.hypot(points[i]![0] - points[i - 1]![0], points[i]![1] - points[i - 1]![1]);
  return total;
}

describe('routePath', () => {
  const route = routePath(waypoints, projection);

  it('starts at the first waypoint and passes through every one', () => {
    expect(route.points).toHaveLength(waypoints.length);
    route.points.forEach((p, i) => expect(p).toEqual(projection([waypoints[i]![0], waypoints[i]![1]])));
    const [x0] = route.points[0]!;
    expect(route.d.startsWith(`M${x0.toFixed(2).replace(/\.?0+$/, '')},`)).toBe(true);
    // One cubic per leg, each ending on the next waypoint.
    const ends = [...route.d.matchAll(/C[^C]* ([-\d.]+),([-\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(ends).toHaveLength(waypoints.length - 1);
    ends.forEach(([x, y], i) => {
      expect(x).toBeCloseTo(route.points[i + 1]![0], 2);
      expect(y).toBeCloseTo(route.points[i + 1]![1], 2);
    });
  });

  it('measures a length a little longer than the straight legs', () => {
    const straight = polylineLength(route.points);
    expect(route.length).toBeGreaterThan(straight);
    expect(route.length).toBeLessThan(straight * 1.15);
  });

  it('measures exactly on a straight line, and draws segments without smoothing', () => {
    const line: LonLat[] = [[0, 0], [3, 4], [6, 8]];
    expect(routePath(line, identity).length).toBeCloseTo(10, 9);
    const plain = routePath(line, identity, { smooth: false });
    expect(plain.d).toBe('M0,0L3,4L6,8');
    expect(plain.length).toBeCloseTo(10, 12);
  });

  it('rounds path data to the requested digits', () => {
    expect(routePath([[0, 0], [1 / 3, 2 / 3]], identity, { smooth: false, digits: 1 }).d).toBe('M0,0L0.3,0.7');
    expect(route.d).not.toMatch(/\.\d{3}/);
  });

  it('needs two waypoints', () => {
    expect(() => routePath([[125, 40]], projection)).toThrow(/two waypoints/);
  });
});

describe('catmullRomCubics', () => {
  it('puts the end control points on the ends and interpolates every point', () => {
    const points: WorldPoint[] = [[0, 0], [10, 5], [20, 0], [30, 10]];
    const cubics = catmullRomCubics(points);
    expect(cubics).toHaveLength(3);
    expect(cubics[0]![1]).toEqual(points[0]);
    expect(cubics[2]![2]).toEqual(points[3]);
    cubics.forEach((c, i) => {
      expect(cubicPoint(c, 0)).toEqual(points[i]);
      expect(cubicPoint(c, 1)[0]).toBeCloseTo(points[i + 1]![0], 12);
    });
  });

  it('is tangent-continuous at interior points', () => {
    const cubics = catmullRomCubics([[0, 0], [10, 5], [20, 0]]);
    const inTangent = [10 - cubics[0]![2][0], 5 - cubics[0]![2][1]];
    const outTangent = [cubics[1]![1][0] - 10, cubics[1]![1][1] - 5];
    // Parallel and pointing the same way.
    expect(inTangent[0]! * outTangent[1]! - inTangent[1]! * outTangent[0]!).toBeCloseTo(0, 9);
    expect(inTangent[0]! * outTangent[0]! + inTangent[1]! * outTangent[1]!).toBeGreaterThan(0);
  });

  it('keeps evenly spaced collinear points on their line', () => {
    for (const [, c1, c2] of catmullRomCubics([[0, 0], [1, 1], [2, 2], [3, 3]])) {
      expect(c1[0]).toBeCloseTo(c1[1], 12);
      expect(c2[0]).toBeCloseTo(c2[1], 12);
    }
  });
});
