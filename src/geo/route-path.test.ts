import { describe, expect, it } from 'vitest';
import { createBaseProjection } from './projection.ts';
import { routePath } from './route-path.ts';
import type { LonLat } from './types.ts';

const projection = createBaseProjection();
/** A fixture: seven unevenly spaced waypoints across northeast Asia. */
const waypoints: LonLat[] = [
  [129.2, 42.6],
  [126.2, 43.6],
  [123.4, 41.8],
  [121.6, 39.4],
  [123.6, 36.9],
  [126.4, 37.3],
  [126.98, 37.57],
];

describe('routePath', () => {
  const route = routePath(waypoints, projection);

  it('passes through every waypoint, one cubic per leg, starting and ending on the ends', () => {
    expect(route.points).toHaveLength(waypoints.length);
    route.points.forEach((p, i) =>
      expect(p).toEqual(projection([waypoints[i]![0], waypoints[i]![1]])),
    );
    const ends = [...route.d.matchAll(/C[^C]*?,([-\d.]+),([-\d.]+)(?=C|$)/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(ends).toHaveLength(waypoints.length - 1);
    ends.forEach(([x, y], i) => {
      expect(x).toBeCloseTo(route.points[i + 1]![0], 1);
      expect(y).toBeCloseTo(route.points[i + 1]![1], 1);
    });
    const [x0, y0] = route.points[0]!;
    const [, mx, my] = /^M([-\d.]+),([-\d.]+)/.exec(route.d)!;
    expect(Number(mx)).toBeCloseTo(x0, 1);
    expect(Number(my)).toBeCloseTo(y0, 1);
  });

  it('refuses a route of one point', () => {
    expect(() => routePath([[125, 40]], projection)).toThrow(/two waypoints/);
  });
});
