import { describe, expect, it } from 'vitest';
import {
  boundsOfBox,
  boxesOverlap,
  boxTouchesDisc,
  boxTouchesLine,
  boxTouchesSegment,
  corners,
  pointInRing,
} from './label-geometry.ts';

const box = (cx: number, cy: number, hw: number, hh: number, angle = 0) => ({
  cx,
  cy,
  hw,
  hh,
  angle,
});

describe('oriented boxes', () => {
  it('turn about their centre, clockwise as SVG rotate does', () => {
    const [topLeft] = corners(box(0, 0, 10, 2, 90));
    expect(topLeft![0]).toBeCloseTo(2, 9);
    expect(topLeft![1]).toBeCloseTo(-10, 9);
    expect(boundsOfBox(box(0, 0, 10, 2, 90))).toEqual({
      x0: expect.closeTo(-2, 9),
      y0: expect.closeTo(-10, 9),
      x1: expect.closeTo(2, 9),
      y1: expect.closeTo(10, 9),
    });
  });

  it('overlap only when they do: a turned box passes a corner its bounds would hit', () => {
    expect(boxesOverlap(box(0, 0, 10, 2), box(15, 0, 6, 2))).toBe(true);
    // Touching edges do not count.
    expect(boxesOverlap(box(0, 0, 10, 2), box(16, 0, 6, 2))).toBe(false);
    const turned = box(0, 0, 20, 1, 45);
    const nearCorner = box(12, -12, 2, 2);
    expect(boxesOverlap(turned, nearCorner)).toBe(false);
    expect(boundsOfBox(turned).x1).toBeGreaterThan(12); // …though the bounds reach it
  });

  it('touch segments, polylines and discs within a margin', () => {
    expect(boxTouchesSegment(box(0, 0, 10, 2), [-20, 3], [20, 3])).toBe(false);
    expect(boxTouchesSegment(box(0, 0, 10, 2), [-20, 3], [20, 3], 1.5)).toBe(true);
    expect(boxTouchesSegment(box(0, 0, 10, 2), [11, -5], [11, 5])).toBe(false);
    expect(
      boxTouchesLine(box(0, 0, 10, 2), [
        [-30, 10],
        [-5, 10],
        [-5, -10],
        [30, -10],
      ]),
    ).toBe(true);
    expect(boxTouchesDisc(box(0, 0, 10, 2), [13, 0], 3.5)).toBe(true);
    expect(boxTouchesDisc(box(0, 0, 10, 2), [13, 4], 3.5)).toBe(false);
  });

  it('tell a point inside a ring from one outside', () => {
    const square: [number, number][] = [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ];
    expect(pointInRing([5, 5], square)).toBe(true);
    expect(pointInRing([15, 5], square)).toBe(false);
  });
});
