import { describe, expect, it } from 'vitest';
import { boxOutline, MAP_FRAME } from './frame.ts';

describe('boxOutline', () => {
  it('samples all four edges, corners included, each point once', () => {
    const points = boxOutline([0, 0, 2, 1], 0.5);
    // 5 points on each horizontal edge, 1 interior point on each vertical edge.
    expect(points).toHaveLength(12);
    for (const corner of [
      [0, 0],
      [2, 0],
      [0, 1],
      [2, 1],
    ])
      expect(points).toContainEqual(corner);
    expect(new Set(points.map((p) => p.join())).size).toBe(points.length);
    for (const [lon, lat] of points)
      expect(lon === 0 || lon === 2 || lat === 0 || lat === 1).toBe(true);
  });

  it('refuses an inverted box', () => {
    expect(() => boxOutline([10, 0, 5, 1])).toThrow(/west, south, east, north/);
  });
});

describe('MAP_FRAME', () => {
  it('is north-east Asia, 110–136°E, 30–55°N', () => {
    expect(MAP_FRAME).toEqual([110, 30, 136, 55]);
  });
});
