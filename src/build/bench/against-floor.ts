/**
 * Our pages against the floor (the same pages with no JavaScript, floor-site.ts): each figure
 * beside the floor's, how far apart they are (ours/floor, or ours − floor where a ratio says
 * nothing: scores, TBT, shares) and whether the target holds. Pure, for tests.
 *
 * Targets (at median, at the bench's CPU ×4 where the browser is ours):
 * - Lighthouse performance within 2 points of the floor on `/`, a section and an embed;
 *   TBT ≤ floor + 50 ms; LCP ≤ 1.2 × floor.
 * - Scroll frame p95 ≤ 1.15 × floor, and ≤ 5 % of frames over 17.7 ms.
 * - Hydration (the floor: DOMContentLoaded) done ≤ 1.2 s after first byte.
 */
import type { HydrationRun } from './hydration-cost.ts';
import type { LighthouseMetrics, LighthouseRun, LighthouseSummary } from './lighthouse-summary.ts';
import type { HydrationMedian, ScrollMedian } from './run-summaries.ts';
import { describeLongTask, type MainThreadBreakdown } from './lighthouse-profile.ts';
import type { ScrollProfile, ScrollRun } from './scroll-smoothness.ts';
import { medianOf, spread, type Spread } from './stats.ts';

export type Unit = 'score' | 'ms' | 'share' | 'count' | 'cls';
export type Relation = 'ratio' | 'difference';

export type Target =
  /** ours − floor ≥ value (a score may drop this far below the floor's). */
  | { kind: 'differenceAtLeast'; value: number }
  /** ours − floor ≤ value */
  | { kind: 'differenceAtMost'; value: number }
  /** ours / floor ≤ value */
  | { kind: 'ratioAtMost'; value: number }
  /** ours ≤ value, whatever the floor */
  | { kind: 'oursAtMost'; value: number };

export interface Comparison {
  label: string;
  /** Medians. */
  ours: number | null;
  floor: number | null;
  /** Lowest and highest run, where there were several. */
  oursRange?: Spread | null;
  floorRange?: Spread | null;
  unit: Unit;
  /** Decimals for milliseconds (frame intervals: 1). */
  digits?: number;
  relation: Relation;
  /** Empty: shown for reference only. */
  targets: Target[];
}

export type Verdict = 'met' | 'missed' | 'not measured' | null;

export interface ComparisonGroup {
  title: string;
  rows: Comparison[];
}

export type Subject = 'ours' | 'floor';

/** The order of one run's measurements: ours first on odd runs, the floor first on even ones. */
export function subjectsInOrder(run: number): Subject[] {
  return run % 2 === 1 ? ['ours', 'floor'] : ['floor', 'ours'];
}

export const INTERLEAVING =
  'Interleaved: each run measures ours and the floor back to back, ours first on odd runs, ' +
  'the floor first on even ones';

export const TARGETS = {
  performancePoints: -2,
  tbtExtraMs: 50,
  lcpRatio: 1.2,
  scrollP95Ratio: 1.15,
  lateFramesShare: 0.05,
  hydrationDoneMs: 1200,
} as const;

/** ours/floor or ours − floor; null when either is missing (or a ratio over a zero floor). */
export function relationValue(c: Pick<Comparison, 'ours' | 'floor' | 'relation'>): number | null {
  if (c.ours === null || c.floor === null) return null;
  if (c.relation === 'difference') return c.ours - c.floor;
  return c.floor === 0 ? null : c.ours / c.floor;
}

function holds(t: Target, ours: number, floor: number | null): boolean | null {
  switch (t.kind) {
    case 'oursAtMost':
      return ours <= t.value;
    case 'differenceAtLeast':
      return floor === null ? null : ours - floor >= t.value;
    case 'differenceAtMost':
      return floor === null ? null : ours - floor <= t.value;
    case 'ratioAtMost':
      // A zero floor: only an equal zero meets a ratio target.
      return floor === null ? null : floor === 0 ? ours === 0 : ours / floor <= t.value;
  }
}

/** Met only if every target holds; null for a reference row. */
export function verdict(c: Comparison): Verdict {
  if (c.targets.length === 0) return null;
  if (c.ours === null) return 'not measured';
  const results = c.targets.map((t) => holds(t, c.ours as number, c.floor));
  if (results.includes(false)) return 'missed';
  if (results.includes(null)) return 'not measured';
  return 'met';
}

/** The runs' spread of one figure (null for fewer than two measured runs). */
export function rangeOf<T>(
  runs: readonly T[] | undefined,
  pick: (run: T) => number | null | undefined,
): Spread | null {
  const values = (runs ?? [])
    .map(pick)
    .filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  return values.length > 1 ? (spread(values) ?? null) : null;
}

interface Measured<R, M> {
  runs: readonly R[];
  median: M;
}

/** Median and spread of one figure for ours and the floor. */
function both<R, M>(
  ours: Measured<R, M> | null,
  floor: Measured<R, M> | null,
  median: (m: M) => number | null,
  run: (r: R) => number | null | undefined,
) {
  return {
    ours: ours ? median(ours.median) : null,
    floor: floor ? median(floor.median) : null,
    oursRange: ours ? rangeOf(ours.runs, run) : null,
    floorRange: floor ? rangeOf(floor.runs, run) : null,
  };
}

export interface LighthouseMeasured {
  runs: readonly LighthouseRun[];
  summary: LighthouseSummary;
}

function page(
  title: string,
  ours: LighthouseMeasured | null,
  floor: LighthouseMeasured | null,
  applied?: { ours: LighthouseRun | null; floor: LighthouseRun | null },
): ComparisonGroup {
  const ok = (m: LighthouseMeasured | null): Measured<LighthouseRun, LighthouseSummary> | null =>
    m ? { runs: m.runs.filter((r) => r.runtimeError === null), median: m.summary } : null;
  const pick = (f: (s: LighthouseMetrics) => number | null) => both(ok(ours), ok(floor), f, f);
  // Profile figures have no median in the summary: the median over the runs, and their spread.
  const prof = (f: (r: LighthouseRun) => number | null | undefined) => {
    const o = ok(ours);
    const fl = ok(floor);
    const med = (m: Measured<LighthouseRun, LighthouseSummary> | null) =>
      m ? (medianOf(m.runs, (r) => f(r) ?? undefined) ?? null) : null;
    return {
      ours: med(o),
      floor: med(fl),
      oursRange: o ? rangeOf(o.runs, f) : null,
      floorRange: fl ? rangeOf(fl.runs, f) : null,
    };
  };
  const mt = (k: keyof MainThreadBreakdown) => prof((r) => r.profile?.mainThread?.[k]);
  return {
    title,
    rows: [
      {
        label: 'Performance score',
        ...pick((s) => s.scores.performance),
        unit: 'score',
        relation: 'difference',
        targets: [{ kind: 'differenceAtLeast', value: TARGETS.performancePoints }],
      },
      {
        label: 'First Contentful Paint',
        ...pick((s) => s.fcpMs),
        unit: 'ms',
        relation: 'ratio',
        targets: [],
      },
      {
        label: 'Largest Contentful Paint',
        ...pick((s) => s.lcpMs),
        unit: 'ms',
        relation: 'ratio',
        targets: [{ kind: 'ratioAtMost', value: TARGETS.lcpRatio }],
      },
      {
        label: 'Total Blocking Time',
        ...pick((s) => s.tbtMs),
        unit: 'ms',
        relation: 'difference',
        targets: [{ kind: 'differenceAtMost', value: TARGETS.tbtExtraMs }],
      },
      {
        label: 'Cumulative Layout Shift',
        ...pick((s) => s.cls),
        unit: 'cls',
        relation: 'difference',
        targets: [],
      },
      ...(applied
        ? [
            {
              label: 'FCP, applied throttling (1 run)',
              ours: applied.ours?.fcpMs ?? null,
              floor: applied.floor?.fcpMs ?? null,
              unit: 'ms' as const,
              relation: 'ratio' as const,
              targets: [],
            },
            {
              label: 'LCP, applied throttling (1 run)',
              ours: applied.ours?.lcpMs ?? null,
              floor: applied.floor?.lcpMs ?? null,
              unit: 'ms' as const,
              relation: 'ratio' as const,
              targets: [],
            },
            {
              label: 'TBT, applied throttling (1 run)',
              ours: applied.ours?.tbtMs ?? null,
              floor: applied.floor?.tbtMs ?? null,
              unit: 'ms' as const,
              relation: 'difference' as const,
              targets: [],
            },
          ]
        : []),
      {
        label: 'LCP render delay',
        ...prof((r) => r.profile?.lcpPhases?.renderDelayMs),
        unit: 'ms',
        relation: 'difference',
        targets: [],
      },
      {
        label: 'Main thread (Lighthouse ×4): scripting',
        ...mt('scriptingMs'),
        unit: 'ms',
        relation: 'difference',
        targets: [],
      },
      {
        label: '  style + layout',
        ...mt('styleLayoutMs'),
        unit: 'ms',
        relation: 'difference',
        targets: [],
      },
      {
        label: '  rendering (paint, composite)',
        ...mt('renderingMs'),
        unit: 'ms',
        relation: 'difference',
        targets: [],
      },
      {
        label: '  HTML + CSS parsing',
        ...mt('parseMs'),
        unit: 'ms',
        relation: 'difference',
        targets: [],
      },
      {
        label: '  other (+ GC)',
        ...prof((r) =>
          r.profile?.mainThread
            ? r.profile.mainThread.otherMs + r.profile.mainThread.garbageCollectionMs
            : null,
        ),
        unit: 'ms',
        relation: 'difference',
        targets: [],
      },
    ],
  };
}

/** The LCP element most runs named, and the longest tasks of all runs (longest first). */
export function lighthouseNotes(m: LighthouseMeasured | null): {
  lcpElement: string | null;
  longTasks: string[];
} {
  const runs = (m?.runs ?? []).filter((r) => r.runtimeError === null && r.profile);
  const counts = new Map<string, number>();
  for (const r of runs)
    if (r.profile?.lcpElement)
      counts.set(r.profile.lcpElement, (counts.get(r.profile.lcpElement) ?? 0) + 1);
  const lcpElement = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const tasks = runs
    .flatMap((r) => r.profile?.longTasks ?? [])
    .sort((a, b) => b.durationMs - a.durationMs);
  return { lcpElement, longTasks: tasks.slice(0, 4).map(describeLongTask) };
}

export interface FloorInputs {
  lighthouse: {
    path: string;
    ours: LighthouseMeasured | null;
    floor: LighthouseMeasured | null;
    /** One run each with applied throttling (a cross-check, no target). */
    applied?: { ours: LighthouseRun | null; floor: LighthouseRun | null };
  }[];
  scroll: {
    path: string;
    ours: Measured<ScrollRun, ScrollMedian> | null;
    floor: Measured<ScrollRun, ScrollMedian> | null;
    /** One traced run each, not among the timed ones. */
    profile?: { ours: ScrollProfile | null; floor: ScrollProfile | null };
  };
  hydration: {
    path: string;
    ours: Measured<HydrationRun, HydrationMedian> | null;
    floor: Measured<HydrationRun, HydrationMedian> | null;
  };
}

export function floorComparisons(input: FloorInputs): ComparisonGroup[] {
  const groups = input.lighthouse.map((p) =>
    page(`Lighthouse ${p.path}`, p.ours, p.floor, p.applied),
  );
  const s = input.scroll;
  const sp = (
    median: (m: ScrollMedian) => number | null,
    run: (r: ScrollRun) => number | null | undefined,
  ) => both(s.ours, s.floor, median, run);
  groups.push({
    title: `Scroll ${s.path}`,
    rows: [
      {
        label: 'Frame interval p50',
        ...sp(
          (m) => m.p50Ms,
          (r) => r.p50Ms,
        ),
        unit: 'ms',
        digits: 1,
        relation: 'ratio',
        targets: [],
      },
      {
        label: 'Frame interval p95',
        ...sp(
          (m) => m.p95Ms,
          (r) => r.p95Ms,
        ),
        unit: 'ms',
        digits: 1,
        relation: 'ratio',
        targets: [{ kind: 'ratioAtMost', value: TARGETS.scrollP95Ratio }],
      },
      {
        label: 'Frames over 17.7 ms',
        ...sp(
          (m) => m.lateShare,
          (r) => r.lateShare,
        ),
        unit: 'share',
        relation: 'difference',
        targets: [{ kind: 'oursAtMost', value: TARGETS.lateFramesShare }],
      },
      {
        label: 'Long animation frames',
        ...sp(
          (m) => m.longAnimationFrames,
          (r) => r.longAnimationFrames?.count,
        ),
        unit: 'count',
        relation: 'difference',
        targets: [],
      },
      ...scrollProfileRows(s.profile),
    ],
  });
  const h = input.hydration;
  const hp = (
    median: (m: HydrationMedian) => number | null,
    run: (r: HydrationRun) => number | null | undefined,
  ) => both(h.ours, h.floor, median, run);
  groups.push({
    title: `Hydration ${h.path} (floor: DOMContentLoaded)`,
    rows: [
      {
        label: 'Done after first byte',
        ...hp(
          (m) => m.doneAfterFirstByteMs,
          (r) => r.doneAfterFirstByteMs,
        ),
        unit: 'ms',
        relation: 'ratio',
        targets: [{ kind: 'oursAtMost', value: TARGETS.hydrationDoneMs }],
      },
      {
        label: 'DOMContentLoaded after first byte',
        ...hp(
          (m) => m.domContentLoadedAfterFirstByteMs,
          (r) => r.domContentLoadedAfterFirstByteMs,
        ),
        unit: 'ms',
        relation: 'ratio',
        targets: [],
      },
      {
        label: 'Main thread busy, first byte → done',
        ...hp(
          (m) => m.busyMs,
          (r) => r.mainThread?.busyMs,
        ),
        unit: 'ms',
        relation: 'ratio',
        targets: [],
      },
      {
        label: '  scripting',
        ...hp(
          (m) => m.scriptingMs,
          (r) => r.mainThread?.scriptingMs,
        ),
        unit: 'ms',
        relation: 'difference',
        targets: [],
      },
      {
        label: '  style + layout',
        ...hp(
          (m) => m.styleLayoutMs,
          (r) => r.mainThread?.styleLayoutMs,
        ),
        unit: 'ms',
        relation: 'difference',
        targets: [],
      },
      {
        label: '  paint',
        ...hp(
          (m) => m.paintMs,
          (r) => r.mainThread?.paintMs,
        ),
        unit: 'ms',
        relation: 'difference',
        targets: [],
      },
      {
        label: '  HTML parsing',
        ...hp(
          (m) => m.parseHtmlMs,
          (r) => r.mainThread?.parseHtmlMs,
        ),
        unit: 'ms',
        relation: 'difference',
        targets: [],
      },
      {
        label: 'Whole load: TaskDuration',
        ...hp(
          (m) => m.wholeLoadTaskMs,
          (r) => r.wholeLoad?.taskMs,
        ),
        unit: 'ms',
        relation: 'ratio',
        targets: [],
      },
      {
        label: '  ScriptDuration',
        ...hp(
          (m) => m.wholeLoadScriptMs,
          (r) => r.wholeLoad?.scriptMs,
        ),
        unit: 'ms',
        relation: 'difference',
        targets: [],
      },
      {
        label: '  style + layout',
        ...hp(
          (m) => m.wholeLoadStyleLayoutMs,
          (r) => (r.wholeLoad ? r.wholeLoad.styleMs + r.wholeLoad.layoutMs : null),
        ),
        unit: 'ms',
        relation: 'difference',
        targets: [],
      },
    ],
  });
  return groups;
}

/**
 * Shares of the traced scroll's time the main thread spent busy, scripting, on style + layout and
 * painting.
 */
function scrollProfileRows(
  profile: { ours: ScrollProfile | null; floor: ScrollProfile | null } | undefined,
): Comparison[] {
  if (!profile) return [];
  const share = (
    p: ScrollProfile | null,
    f: (w: NonNullable<ScrollProfile['mainThread']>) => number,
  ) =>
    p?.mainThread && p.mainThread.windowMs > 0 ? f(p.mainThread) / p.mainThread.windowMs : null;
  const row = (
    label: string,
    f: (w: NonNullable<ScrollProfile['mainThread']>) => number,
  ): Comparison => ({
    label,
    ours: share(profile.ours, f),
    floor: share(profile.floor, f),
    unit: 'share',
    relation: 'difference',
    targets: [],
  });
  return [
    row('Traced run: main thread busy (of scroll time)', (w) => w.busyMs),
    row('  scripting', (w) => w.scriptingMs),
    row('  style + layout', (w) => w.styleLayoutMs),
    row('  paint (pre-paint, paint, layerize, commit)', (w) => w.paintMs),
  ];
}

/** Every targeted row with its verdict, for the summary line. */
export function targetVerdicts(
  groups: readonly ComparisonGroup[],
): { label: string; verdict: Exclude<Verdict, null> }[] {
  return groups.flatMap((g) =>
    g.rows.flatMap((r) => {
      const v = verdict(r);
      return v === null ? [] : [{ label: `${g.title.split(' (')[0]}: ${r.label}`, verdict: v }];
    }),
  );
}
