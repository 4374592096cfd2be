import { describe, expect, it } from 'vitest';
import { LATE_FRAME_MS, summarizeFrames } from './frame-stats.ts';

/** Timestamps as Chromium reports them at 60 Hz: steps alternating 16.6 and 16.8 ms. */
function smoothFrames(count: number, start = 1000): number[] {
  const out = [start];
  for (let i = 1; i < count; i++)
    out.push(Math.round(((out[i - 1] as number) + (i % 2 ? 16.6 : 16.8)) * 10) / 10);
  return out;
}

describe('summarizeFrames', () => {
  it('calls no frame late when they alternate 16.6/16.8 ms', () => {
    const s = summarizeFrames({
      frames: smoothFrames(61),
      longTasks: [],
      longFrames: [],
      unsupported: [],
    });
    expect(s.frames).toBe(61);
    expect(s.durationMs).toBeCloseTo(1002, 5);
    expect(s.p50Ms).toBeCloseTo(16.7, 0);
    expect(s.maxMs).toBeCloseTo(16.8, 5);
    expect(s.lateShare).toBe(0);
    expect(LATE_FRAME_MS).toBe(17.7);
  });
  it('counts dropped frames and long entries', () => {
    const frames = [0, 16.6, 33.4, 83.4, 100, 116.8];
    const s = summarizeFrames({
      frames,
      longTasks: [
        { start: 40, duration: 62, blocking: null },
        { start: 300, duration: 51, blocking: null },
      ],
      longFrames: [{ start: 35, duration: 70, blocking: 20 }],
      unsupported: [],
    });
    expect(s.maxMs).toBeCloseTo(50);
    expect(s.lateShare).toBeCloseTo(1 / 5);
    expect(s.p95Ms).toBeGreaterThan(17.7);
    expect(s.longTasks).toEqual({ count: 2, longestMs: 62, totalMs: 113 });
    expect(s.longAnimationFrames).toEqual({ count: 1, longestMs: 70, totalMs: 70 });
  });
  it('says "not measured" rather than zero for unsupported entry types and no frames', () => {
    const s = summarizeFrames({
      frames: [],
      longTasks: [],
      longFrames: [],
      unsupported: ['long-animation-frame'],
    });
    expect(s.p50Ms).toBeNull();
    expect(s.lateShare).toBeNull();
    expect(s.longTasks).toEqual({ count: 0, longestMs: null, totalMs: 0 });
    expect(s.longAnimationFrames).toBeNull();
  });
});
