import { describe, expect, it } from 'vitest';
import type { HydrationRun } from './hydration-cost.ts';
import { summarizeHydrationRuns, summarizeScrollRuns } from './run-summaries.ts';
import type { ScrollRun } from './scroll-smoothness.ts';

const scroll = (p95: number, longTasks: number | null): ScrollRun => ({
  frames: 600,
  durationMs: 10_000,
  p50Ms: 16.7,
  p95Ms: p95,
  maxMs: p95 * 3,
  lateShare: 0.1,
  longTasks: longTasks === null ? null : { count: longTasks, longestMs: 80, totalMs: 400 },
  longAnimationFrames: null,
  scrolledPx: 20_000,
  pageHeightPx: 20_844,
  reachedBottom: true,
  wheelSteps: 170,
  unsupported: ['long-animation-frame'],
});

describe('summarizeScrollRuns', () => {
  it('takes the median of each figure (the mean of two runs), skipping unmeasured ones', () => {
    const s = summarizeScrollRuns([scroll(30, 4), scroll(50, null)]);
    expect(s).toMatchObject({
      runs: 2,
      frames: 600,
      p95Ms: 40,
      maxMs: 120,
      longTasks: 4,
      longestTaskMs: 80,
      longAnimationFrames: null,
    });
  });
});

describe('summarizeHydrationRuns', () => {
  it('reaches into the trace and CDP figures, and leaves out runs without them', () => {
    const run = (hydrated: number, busy: number | null): HydrationRun => ({
      responseStartMs: 40,
      attachedAfterFirstByteMs: hydrated - 300,
      hydratedAfterFirstByteMs: hydrated,
      doneAfterFirstByteMs: hydrated,
      doneSignal: 'hydrated',
      domContentLoadedAfterFirstByteMs: 1000,
      loadAfterFirstByteMs: 1200,
      mainThread:
        busy === null
          ? null
          : {
              windowMs: hydrated,
              busyMs: busy,
              scriptingMs: busy / 2,
              parseHtmlMs: 10,
              styleLayoutMs: 100,
              paintMs: 20,
              longTasks: 5,
              lastLongTaskEndMs: hydrated + 400,
            },
      wholeLoad: { scriptMs: 1500, taskMs: 3000, layoutMs: 400, styleMs: 100 },
    });
    const s = summarizeHydrationRuns([run(2000, 1800), run(3000, null), run(2500, 2200)]);
    expect(s).toMatchObject({
      runs: 3,
      hydratedAfterFirstByteMs: 2500,
      attachedAfterFirstByteMs: 2200,
      busyMs: 2000,
      scriptingMs: 1000,
      wholeLoadScriptMs: 1500,
      doneAfterFirstByteMs: 2500,
      domContentLoadedAfterFirstByteMs: 1000,
      wholeLoadStyleLayoutMs: 500,
    });
  });
});
