import { describe, expect, it } from 'vitest';
import {
  floorComparisons,
  lighthouseNotes,
  rangeOf,
  relationValue,
  subjectsInOrder,
  targetVerdicts,
  TARGETS,
  verdict,
  type Comparison,
  type FloorInputs,
} from './against-floor.ts';
import type { HydrationRun } from './hydration-cost.ts';
import type { LighthouseRun } from './lighthouse-summary.ts';
import { summarizeLighthouse } from './lighthouse-summary.ts';
import { summarizeHydrationRuns, summarizeScrollRuns } from './run-summaries.ts';
import type { ScrollRun } from './scroll-smoothness.ts';

const row = (
  ours: number | null,
  floor: number | null,
  c: Partial<Comparison> = {},
): Comparison => ({ label: 'x', ours, floor, unit: 'ms', relation: 'ratio', targets: [], ...c });

describe('relationValue', () => {
  it('is ours/floor for a ratio and ours − floor for a difference', () => {
    expect(relationValue(row(1200, 1000))).toBeCloseTo(1.2);
    expect(relationValue(row(90, 100, { relation: 'difference' }))).toBe(-10);
  });
  it('is null when a side is missing or a ratio would divide by zero', () => {
    expect(relationValue(row(null, 1000))).toBeNull();
    expect(relationValue(row(10, 0))).toBeNull();
    expect(relationValue(row(10, 0, { relation: 'difference' }))).toBe(10);
  });
});

describe('verdict', () => {
  it('holds a score within 2 points of the floor, and misses at 3', () => {
    const t = {
      unit: 'score' as const,
      relation: 'difference' as const,
      targets: [{ kind: 'differenceAtLeast' as const, value: -2 }],
    };
    expect(verdict(row(98, 100, t))).toBe('met');
    expect(verdict(row(97, 100, t))).toBe('missed');
    expect(verdict(row(100, 99, t))).toBe('met');
  });
  it('checks TBT as floor + 50 ms, LCP as 1.2 × floor, hydration as an absolute bound', () => {
    const tbt = {
      relation: 'difference' as const,
      targets: [{ kind: 'differenceAtMost' as const, value: 50 }],
    };
    expect(verdict(row(80, 30, tbt))).toBe('met');
    expect(verdict(row(81, 30, tbt))).toBe('missed');
    const lcp = { targets: [{ kind: 'ratioAtMost' as const, value: 1.2 }] };
    expect(verdict(row(1200, 1000, lcp))).toBe('met');
    expect(verdict(row(1201, 1000, lcp))).toBe('missed');
    expect(verdict(row(0, 0, lcp))).toBe('met');
    const hydration = { targets: [{ kind: 'oursAtMost' as const, value: 1200 }] };
    expect(verdict(row(1199, null, hydration))).toBe('met');
    expect(verdict(row(1300, 200, hydration))).toBe('missed');
  });
  it('says "not measured" when a side a target needs is missing; null for a reference row', () => {
    expect(verdict(row(null, 10, { targets: [{ kind: 'oursAtMost', value: 1 }] }))).toBe(
      'not measured',
    );
    expect(verdict(row(10, null, { targets: [{ kind: 'ratioAtMost', value: 1.2 }] }))).toBe(
      'not measured',
    );
    expect(verdict(row(10, 5))).toBeNull();
  });
  it('needs every target: a missed one wins over one that could not be checked', () => {
    const targets = [
      { kind: 'oursAtMost' as const, value: 5 },
      { kind: 'ratioAtMost' as const, value: 1 },
    ];
    expect(verdict(row(10, null, { targets }))).toBe('missed');
  });
});

describe('subjectsInOrder', () => {
  it('alternates which goes first', () => {
    expect([1, 2, 3].map(subjectsInOrder)).toEqual([
      ['ours', 'floor'],
      ['floor', 'ours'],
      ['ours', 'floor'],
    ]);
  });
});

describe('rangeOf', () => {
  it('spans the measured runs, and is null for fewer than two', () => {
    expect(rangeOf([{ v: 3 }, { v: null }, { v: 1 }], (r) => r.v)).toEqual({ min: 1, max: 3 });
    expect(rangeOf([{ v: 3 }], (r) => r.v)).toBeNull();
  });
});

const lhRun = (performance: number, lcpMs: number, tbtMs: number): LighthouseRun => ({
  scores: { performance, accessibility: 100, 'best-practices': 100, seo: 100 },
  fcpMs: 800,
  lcpMs,
  tbtMs,
  cls: 0,
  totalByteWeight: 50_000,
  warnings: [],
  erroredAudits: [],
  failedAudits: [],
  runtimeError: null,
  profile: {
    mainThread: {
      scriptingMs: 300,
      styleLayoutMs: 100,
      renderingMs: 20,
      parseMs: 40,
      garbageCollectionMs: 0,
      otherMs: 200,
    },
    lcpElement: 'p',
    lcpPhases: null,
    longTasks: [],
  },
});
const lh = (runs: LighthouseRun[]) => ({ runs, summary: summarizeLighthouse(runs) });

const scrollRun = (p95Ms: number, lateShare: number): ScrollRun => ({
  frames: 900,
  durationMs: 15_000,
  p50Ms: 16.7,
  p95Ms,
  maxMs: 60,
  lateShare,
  longTasks: { count: 1, longestMs: 60, totalMs: 60 },
  longAnimationFrames: { count: 2, longestMs: 70, totalMs: 130 },
  scrolledPx: 30_000,
  pageHeightPx: 30_844,
  reachedBottom: true,
  wheelSteps: 250,
  unsupported: [],
});

const hydrationRun = (done: number, subject: 'ours' | 'floor'): HydrationRun => ({
  responseStartMs: 20,
  attachedAfterFirstByteMs: subject === 'ours' ? done - 100 : null,
  hydratedAfterFirstByteMs: subject === 'ours' ? done : null,
  doneAfterFirstByteMs: done,
  doneSignal: subject === 'ours' ? 'hydrated' : 'domContentLoaded',
  domContentLoadedAfterFirstByteMs: 400,
  loadAfterFirstByteMs: 500,
  mainThread: {
    windowMs: done,
    busyMs: done / 2,
    scriptingMs: subject === 'ours' ? done / 4 : 0,
    parseHtmlMs: 50,
    styleLayoutMs: 100,
    paintMs: 30,
    longTasks: 1,
    lastLongTaskEndMs: done,
  },
  wholeLoad: { scriptMs: subject === 'ours' ? 600 : 0, taskMs: 1500, layoutMs: 200, styleMs: 100 },
});

describe('floorComparisons', () => {
  const scroll = (runs: ScrollRun[]) => ({ runs, median: summarizeScrollRuns(runs) });
  const hydration = (runs: HydrationRun[]) => ({ runs, median: summarizeHydrationRuns(runs) });
  const input: FloorInputs = {
    lighthouse: [
      {
        path: '/',
        ours: lh([lhRun(97, 1300, 120), lhRun(99, 1100, 90), lhRun(98, 1200, 100)]),
        floor: lh([lhRun(100, 1000, 20), lhRun(100, 1000, 40), lhRun(100, 1000, 30)]),
      },
      { path: '/embed/x/', ours: null, floor: lh([lhRun(100, 900, 0)]) },
    ],
    scroll: {
      path: '/',
      ours: scroll([scrollRun(18, 0.04), scrollRun(20, 0.08)]),
      floor: scroll([scrollRun(16.8, 0.01), scrollRun(16.8, 0.01)]),
    },
    hydration: {
      path: '/',
      ours: hydration([
        hydrationRun(1000, 'ours'),
        hydrationRun(1400, 'ours'),
        hydrationRun(1100, 'ours'),
      ]),
      floor: hydration([hydrationRun(400, 'floor')]),
    },
  };
  const groups = floorComparisons(input);
  const find = (title: string, label: string) =>
    groups
      .find((g) => g.title.startsWith(title))
      ?.rows.find((r) => r.label === label) as Comparison;

  it("compares medians and keeps each side's spread", () => {
    const perf = find('Lighthouse /', 'Performance score');
    expect(perf).toMatchObject({
      ours: 98,
      floor: 100,
      oursRange: { min: 97, max: 99 },
      floorRange: { min: 100, max: 100 },
    });
    expect(verdict(perf)).toBe('met');
    const tbt = find('Lighthouse /', 'Total Blocking Time');
    expect(relationValue(tbt)).toBe(70);
    expect(verdict(tbt)).toBe('missed');
    expect(verdict(find('Lighthouse /', 'Largest Contentful Paint'))).toBe('met');
  });

  it('scroll: p95 as a ratio to the floor and late frames as a share of ours', () => {
    const p95 = find('Scroll', 'Frame interval p95');
    expect(p95.ours).toBe(19);
    expect(relationValue(p95)).toBeCloseTo(19 / 16.8);
    expect(verdict(p95)).toBe('met');
    expect(verdict(find('Scroll', 'Frames over 17.7 ms'))).toBe('missed'); // median 6 % > 5 %
  });

  it("hydration: our time against the bound, the floor's DOMContentLoaded beside it", () => {
    const done = find('Hydration', 'Done after first byte');
    expect(done).toMatchObject({ ours: 1100, floor: 400, oursRange: { min: 1000, max: 1400 } });
    expect(verdict(done)).toBe('met');
    expect(find('Hydration', '  scripting')).toMatchObject({ ours: 275, floor: 0 });
  });

  it('lists every target once with its verdict, unmeasured pages included', () => {
    const verdicts = targetVerdicts(groups);
    expect(verdicts).toHaveLength(2 * 3 + 2 + 1);
    expect(verdicts.filter((v) => v.verdict === 'not measured').map((v) => v.label)).toEqual([
      'Lighthouse /embed/x/: Performance score',
      'Lighthouse /embed/x/: Largest Contentful Paint',
      'Lighthouse /embed/x/: Total Blocking Time',
    ]);
    expect(verdicts.find((v) => v.label === 'Hydration /: Done after first byte')?.verdict).toBe(
      'met',
    );
  });

  it("uses the issue's numbers", () => {
    expect(TARGETS).toEqual({
      performancePoints: -2,
      tbtExtraMs: 50,
      lcpRatio: 1.2,
      scrollP95Ratio: 1.15,
      lateFramesShare: 0.05,
      hydrationDoneMs: 1200,
    });
  });
});

describe('profile rows and notes', () => {
  const withProfile = (
    perf: number,
    scriptingMs: number,
    renderDelayMs: number,
    lcpElement: string,
    longest: number,
  ): LighthouseRun => ({
    ...lhRun(perf, 1000, 100),
    profile: {
      mainThread: {
        scriptingMs,
        styleLayoutMs: 100,
        renderingMs: 20,
        parseMs: 40,
        garbageCollectionMs: 10,
        otherMs: 200,
      },
      lcpElement,
      lcpPhases: { ttfbMs: 450, loadDelayMs: 0, loadTimeMs: 0, renderDelayMs },
      longTasks: [{ url: 'http://h/assets/index-abc.js', startMs: 1500, durationMs: longest }],
    },
  });
  const ours = lh([
    withProfile(98, 300, 1300, 'section p', 120),
    withProfile(97, 400, 1400, 'section p', 180),
    withProfile(99, 350, 1350, 'header p', 90),
  ]);
  const floor = lh([withProfile(100, 10, 450, 'section p', 0)]);

  it('medians the Lighthouse main-thread groups and the LCP render delay over the runs', () => {
    const [g] = floorComparisons({
      lighthouse: [{ path: '/s/x/', ours, floor }],
      scroll: { path: '/', ours: null, floor: null },
      hydration: { path: '/', ours: null, floor: null },
    });
    const get = (label: string) => g?.rows.find((r) => r.label === label);
    expect(get('Main thread (Lighthouse ×4): scripting')).toMatchObject({
      ours: 350,
      floor: 10,
      oursRange: { min: 300, max: 400 },
    });
    expect(get('LCP render delay')).toMatchObject({ ours: 1350, floor: 450 });
    expect(get('  other (+ GC)')).toMatchObject({ ours: 210 });
  });

  it('names the LCP element most runs saw and the longest tasks', () => {
    expect(lighthouseNotes(ours)).toEqual({
      lcpElement: 'section p',
      longTasks: ['index-abc.js 180 ms', 'index-abc.js 120 ms', 'index-abc.js 90 ms'],
    });
    expect(lighthouseNotes(null)).toEqual({ lcpElement: null, longTasks: [] });
  });

  it('turns a traced scroll into shares of the scroll time', () => {
    const w = (busyMs: number, paintMs: number) => ({
      windowMs: 10_000,
      busyMs,
      scriptingMs: 1000,
      parseHtmlMs: 0,
      styleLayoutMs: 1500,
      paintMs,
      longTasks: 0,
      lastLongTaskEndMs: null,
    });
    const groups = floorComparisons({
      lighthouse: [],
      scroll: {
        path: '/',
        ours: null,
        floor: null,
        profile: {
          ours: { mainThread: w(6000, 3000), reachedBottom: true, frames: 600 },
          floor: { mainThread: w(2000, 500), reachedBottom: true, frames: 600 },
        },
      },
      hydration: { path: '/', ours: null, floor: null },
    });
    const rows = groups[0]?.rows ?? [];
    expect(rows.find((r) => r.label.startsWith('Traced run'))).toMatchObject({
      ours: 0.6,
      floor: 0.2,
      unit: 'share',
    });
    expect(rows.find((r) => r.label.startsWith('  paint'))).toMatchObject({
      ours: 0.3,
      floor: 0.05,
    });
  });
});
