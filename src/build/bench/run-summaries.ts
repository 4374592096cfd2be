/** Medians across the repeated scroll and hydration runs, field by field. */
import type { HydrationRun } from './hydration-cost.ts';
import type { ScrollRun } from './scroll-smoothness.ts';
import { medianOf } from './stats.ts';

export interface ScrollMedian {
  runs: number;
  frames: number | null;
  p50Ms: number | null;
  p95Ms: number | null;
  maxMs: number | null;
  lateShare: number | null;
  longTasks: number | null;
  longestTaskMs: number | null;
  longAnimationFrames: number | null;
  longestAnimationFrameMs: number | null;
  durationMs: number | null;
}

export function summarizeScrollRuns(runs: readonly ScrollRun[]): ScrollMedian {
  const med = (pick: (r: ScrollRun) => number | null | undefined) =>
    medianOf(runs, (r) => pick(r) ?? undefined) ?? null;
  return {
    runs: runs.length,
    frames: med((r) => r.frames),
    p50Ms: med((r) => r.p50Ms),
    p95Ms: med((r) => r.p95Ms),
    maxMs: med((r) => r.maxMs),
    lateShare: med((r) => r.lateShare),
    longTasks: med((r) => r.longTasks?.count),
    longestTaskMs: med((r) => r.longTasks?.longestMs),
    longAnimationFrames: med((r) => r.longAnimationFrames?.count),
    longestAnimationFrameMs: med((r) => r.longAnimationFrames?.longestMs),
    durationMs: med((r) => r.durationMs),
  };
}

export interface HydrationMedian {
  runs: number;
  attachedAfterFirstByteMs: number | null;
  hydratedAfterFirstByteMs: number | null;
  /** Hydrated (ours) or DOMContentLoaded over (the floor), after first byte. */
  doneAfterFirstByteMs: number | null;
  domContentLoadedAfterFirstByteMs: number | null;
  loadAfterFirstByteMs: number | null;
  busyMs: number | null;
  scriptingMs: number | null;
  styleLayoutMs: number | null;
  paintMs: number | null;
  parseHtmlMs: number | null;
  longTasks: number | null;
  lastLongTaskEndMs: number | null;
  wholeLoadScriptMs: number | null;
  wholeLoadTaskMs: number | null;
  wholeLoadStyleLayoutMs: number | null;
}

export function summarizeHydrationRuns(runs: readonly HydrationRun[]): HydrationMedian {
  const med = (pick: (r: HydrationRun) => number | null | undefined) =>
    medianOf(runs, (r) => pick(r) ?? undefined) ?? null;
  return {
    runs: runs.length,
    attachedAfterFirstByteMs: med((r) => r.attachedAfterFirstByteMs),
    hydratedAfterFirstByteMs: med((r) => r.hydratedAfterFirstByteMs),
    doneAfterFirstByteMs: med((r) => r.doneAfterFirstByteMs),
    domContentLoadedAfterFirstByteMs: med((r) => r.domContentLoadedAfterFirstByteMs),
    loadAfterFirstByteMs: med((r) => r.loadAfterFirstByteMs),
    busyMs: med((r) => r.mainThread?.busyMs),
    scriptingMs: med((r) => r.mainThread?.scriptingMs),
    styleLayoutMs: med((r) => r.mainThread?.styleLayoutMs),
    paintMs: med((r) => r.mainThread?.paintMs),
    parseHtmlMs: med((r) => r.mainThread?.parseHtmlMs),
    longTasks: med((r) => r.mainThread?.longTasks),
    lastLongTaskEndMs: med((r) => r.mainThread?.lastLongTaskEndMs),
    wholeLoadScriptMs: med((r) => r.wholeLoad?.scriptMs),
    wholeLoadTaskMs: med((r) => r.wholeLoad?.taskMs),
    wholeLoadStyleLayoutMs: med((r) =>
      r.wholeLoad ? r.wholeLoad.styleMs + r.wholeLoad.layoutMs : undefined,
    ),
  };
}
