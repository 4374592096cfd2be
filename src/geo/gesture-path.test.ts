import { describe, expect, it } from 'vitest';
import { gesturePath, gesturePoints } from './gesture-path.ts';

describe('gesturePath', () => {
  it('runs from one point to the other as a single arc', () => {
    const g = gesturePath([0, 0], [0, 100], 0.25);
    expect(g.d).toBe('M0,0Q25,50,0,100');
    expect(g.head.at).toEqual([0, 100]);
  });

  it('bows to the left of travel on a y-down screen, or to the right', () => {
    // Travelling down the screen (south), the traveller's left is east (+x).
    expect(gesturePath([0, 0], [0, 100], 0.25, 1).d).toContain('Q25,50');
    expect(gesturePath([0, 0], [0, 100], 0.25, -1).d).toContain('Q-25,50');
  });

  it('points the arrowhead along the arc at its end', () => {
    const { head } = gesturePath([0, 0], [100, 0], 0.5, 1);
    // Control point at (50, -50): the arc arrives heading down-right, at 45°.
    expect(head.angle).toBeCloseTo(45, 6);
    expect(gesturePath([0, 0], [100, 0], 0).head.angle).toBeCloseTo(0, 6);
  });

  it('samples the same arc as points, from end to end through its middle', () => {
    const points = gesturePoints([0, 0], [0, 100], 0.25, 1, 4);
    expect(points).toHaveLength(5);
    expect(points[0]).toEqual([0, 0]);
    expect(points[4]).toEqual([0, 100]);
    // A quadratic's midpoint is halfway between the chord's middle and the control point.
    expect(points[2]).toEqual([12.5, 50]);
  });
});
