/**
 * Turns what the in-page recorder saw while scrolling into smoothness figures. At 60 Hz, frame
 * timestamps alternate 16.6/16.8 ms (they are rounded to 0.1 ms), so a frame counts as late only
 * above 17.7 ms: a cut at 16.7 would call half of all perfect frames late.
 */
import { intervals, percentile, shareAbove } from './stats.ts';

export const LATE_FRAME_MS = 17.7;

export interface TimedEntry {
  start: number;
  duration: number;
  /** Long animation frames: time above 50 ms that blocked input (null for long tasks). */
  blocking: number | null;
}

export interface RecordedScroll {
  frames: number[];
  longTasks: TimedEntry[];
  longFrames: TimedEntry[];
  unsupported: string[];
}

export interface EntrySummary {
  count: number;
  longestMs: number | null;
  totalMs: number;
}

export interface FrameSummary {
  frames: number;
  durationMs: number;
  p50Ms: number | null;
  p95Ms: number | null;
  maxMs: number | null;
  /** Share (0–1) of frame intervals longer than LATE_FRAME_MS. */
  lateShare: number | null;
  longTasks: EntrySummary | null;
  longAnimationFrames: EntrySummary | null;
}

function summarizeEntries(entries: readonly TimedEntry[]): EntrySummary {
  return {
    count: entries.length,
    longestMs: entries.length ? Math.max(...entries.map((e) => e.duration)) : null,
    totalMs: entries.reduce((sum, e) => sum + e.duration, 0),
  };
}

export function summarizeFrames(recorded: RecordedScroll): FrameSummary {
  const gaps = intervals(recorded.frames);
  const first = recorded.frames[0];
  const last = recorded.frames[recorded.frames.length - 1];
  return {
    frames: recorded.frames.length,
    durationMs: first !== undefined && last !== undefined ? last - first : 0,
    p50Ms: percentile(gaps, 50) ?? null,
    p95Ms: percentile(gaps, 95) ?? null,
    maxMs: gaps.length ? Math.max(...gaps) : null,
    lateShare: shareAbove(gaps, LATE_FRAME_MS) ?? null,
    longTasks: recorded.unsupported.includes('longtask')
      ? null
      : summarizeEntries(recorded.longTasks),
    longAnimationFrames: recorded.unsupported.includes('long-animation-frame')
      ? null
      : summarizeEntries(recorded.longFrames),
  };
}
