import { describe, expect, it } from 'vitest';
import { clampStep, pickActive, pickActiveAt } from './pick-active.ts';

const boxes = (...tops: number[]) => tops.map((top) => ({ top, bottom: top + 300 }));

describe('pickActive', () => {
  it('is the first step before any step reaches the line', () => {
    expect(pickActive(boxes(700, 1100, 1500), 800, 0.6)).toBe(0);
  });
  it('is the last step whose top crossed the line', () => {
    expect(pickActive(boxes(-500, 200, 900), 800, 0.6)).toBe(1);
    expect(pickActive(boxes(-900, -400, 480), 800, 0.6)).toBe(2);
  });
  it('stays on the last step after the story ends', () => {
    expect(pickActive(boxes(-3000, -2000, -1000), 800, 0.6)).toBe(2);
  });
  it('treats a step exactly on the line as crossed, and clamps the offset', () => {
    expect(pickActive(boxes(-100, 480), 800, 0.6)).toBe(1);
    expect(pickActive(boxes(-100, 780), 800, 7)).toBe(1);
  });
  it('handles an empty list', () => {
    expect(pickActive([], 800, 0.5)).toBe(0);
  });
});

describe('clampStep', () => {
  it('lands out-of-range and odd numbers on the nearest step', () => {
    expect(clampStep(-3, 5)).toBe(0);
    expect(clampStep(99, 5)).toBe(4);
    expect(clampStep(2.7, 5)).toBe(2);
    expect(clampStep(Number.NaN, 5)).toBe(0);
    expect(clampStep(3, 0)).toBe(0);
  });
});

describe('pickActiveAt', () => {
  it('counts a step whose top lies exactly on the line, and not one a fraction below it', () => {
    expect(
      pickActiveAt(
        [
          { top: -300, bottom: 200 },
          { top: 506.4, bottom: 1000 },
        ],
        506.4,
      ),
    ).toBe(1);
    expect(
      pickActiveAt(
        [
          { top: -300, bottom: 200 },
          { top: 506.5, bottom: 1000 },
        ],
        506.4,
      ),
    ).toBe(0);
  });
});
