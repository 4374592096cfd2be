import { describe, expect, it } from 'vitest';
import { alongLine, besidePoint } from './label-spots.ts';

const size = { hw: 20, hh: 6 };

describe('besidePoint', () => {
  it('tries right of the dot first, then left, above and below', () => {
    const [right, left, above, below] = besidePoint([100, 100], 8)(size);
    expect(right).toEqual({ x: 128, y: 100 });
    expect(left).toEqual({ x: 72, y: 100 });
    expect(above).toEqual({ x: 100, y: 86 });
    expect(below).toEqual({ x: 100, y: 114 });
  });
});

describe('alongLine', () => {
  const view = { x0: 0, y0: 0, x1: 500, y1: 500 };

  it('sits beside the middle of a line, turned with it, never upside down', () => {
    const spots = alongLine(
      [
        [0, 200],
        [200, 0],
      ],
      4,
      view,
    )(size);
    const [first, second] = spots;
    // A line rising to the right: −45°, whichever way it was drawn.
    expect(first!.angle).toBeCloseTo(-45, 6);
    expect(
      alongLine(
        [
          [200, 0],
          [0, 200],
        ],
        4,
        view,
      )(size)[0]!.angle,
    ).toBeCloseTo(-45, 6);
    // Either side of the midpoint (100, 100), hh + gap away.
    for (const s of [first!, second!])
      expect(Math.abs((s.x - 100) * Math.SQRT1_2 + (s.y - 100) * Math.SQRT1_2)).toBeCloseTo(10, 6);
  });

  it('uses only the stretch on screen, and gives up on one shorter than the label', () => {
    const spots = alongLine(
      [
        [-400, 100],
        [-100, 100],
        [60, 100],
      ],
      4,
      view,
    )(size);
    for (const s of spots) expect(s.x).toBeGreaterThanOrEqual(0);
    expect(
      alongLine(
        [
          [0, 0],
          [30, 0],
        ],
        4,
        view,
      )(size),
    ).toEqual([]);
  });
});
