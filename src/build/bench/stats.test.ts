import { describe, expect, it } from 'vitest';
import { intervals, median, medianOf, percentile, shareAbove, spread } from './stats.ts';

describe('median', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(median([])).toBeUndefined();
  });
  it('does not reorder its input', () => {
    const input = [3, 1, 2];
    median(input);
    expect(input).toEqual([3, 1, 2]);
  });
});

describe('percentile', () => {
  it('interpolates between the closest ranks', () => {
    const values = [10, 20, 30, 40, 50];
    expect(percentile(values, 0)).toBe(10);
    expect(percentile(values, 50)).toBe(30);
    expect(percentile(values, 100)).toBe(50);
    expect(percentile(values, 95)).toBeCloseTo(48);
    expect(percentile([1, 2, 3, 4], 50)).toBe(2.5);
  });
  it('handles one value, no values and bad p', () => {
    expect(percentile([5], 95)).toBe(5);
    expect(percentile([], 50)).toBeUndefined();
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });
});

describe('spread, shareAbove, intervals, medianOf', () => {
  it('finds min and max', () => {
    expect(spread([3, 9, 1])).toEqual({ min: 1, max: 9 });
    expect(spread([])).toBeUndefined();
  });
  it('counts values strictly above the threshold', () => {
    expect(shareAbove([16.6, 16.8, 17.7, 33.4], 17.7)).toBe(0.25);
    expect(shareAbove([], 1)).toBeUndefined();
  });
  it('turns timestamps into intervals', () => {
    expect(intervals([0, 16, 33, 50])).toEqual([16, 17, 17]);
    expect(intervals([1])).toEqual([]);
  });
  it('takes the median of one field across runs, skipping gaps', () => {
    const runs = [{ a: 1 }, { a: undefined }, { a: 5 }, { a: 3 }];
    expect(medianOf(runs, (r) => r.a)).toBe(3);
    expect(medianOf([], () => 1)).toBeUndefined();
  });
});
