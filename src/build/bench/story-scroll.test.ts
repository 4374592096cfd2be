import { describe, expect, it } from 'vitest';
import { frameStats } from './story-scroll.ts';

/** Timestamps from frame intervals, starting at 0. */
const timestamps = (gaps: number[]) => gaps.reduce((t, g) => [...t, (t.at(-1) ?? 0) + g], [0]);

describe('frameStats', () => {
  it('reads percentiles of the intervals between frames, not of the timestamps', () => {
    const s = frameStats(timestamps([10, 20, 30, 40, 50]));
    expect(s.frames).toBe(6);
    expect(s.p50Ms).toBe(30);
    expect(s.p95Ms).toBeCloseTo(48);
  });

  it('counts a frame late only above 17.7 ms: 60 Hz rounding (16.6 / 16.8) is on time', () => {
    const s = frameStats(timestamps([16.6, 16.8, 16.6, 16.8, 17.7, 33.4, 16.7, 50]));
    expect(s.lateShare).toBe(2 / 8);
  });

  it('gives null figures for fewer than two frames', () => {
    expect(frameStats([5])).toEqual({ frames: 1, p50Ms: null, p95Ms: null, lateShare: null });
  });
});
