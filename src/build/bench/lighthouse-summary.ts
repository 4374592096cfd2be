/**
 * The figures this benchmark keeps from a Lighthouse report, and their medians across runs.
 * Written against a minimal shape of the report so it can be tested without running Lighthouse.
 */
import { lighthouseProfileFrom, type LighthouseProfile } from './lighthouse-profile.ts';
import { medianOf, spread, type Spread } from './stats.ts';

/** The parts of a Lighthouse result (LH.Result) read here. */
export interface LighthouseReportLike {
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<
    string,
    | {
        numericValue?: number;
        score: number | null;
        scoreDisplayMode?: string;
        errorMessage?: string;
        details?: unknown;
      }
    | undefined
  >;
  runWarnings?: string[];
  runtimeError?: { code: string; message: string };
}

export const CATEGORY_IDS = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];

/** The scores and metrics kept from one run, and (as medians) from several. */
export interface LighthouseMetrics {
  /** Category scores 0–100, null if Lighthouse could not score the category. */
  scores: Record<CategoryId, number | null>;
  fcpMs: number | null;
  lcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
  /** Bytes transferred as Lighthouse saw them (compressed, as the server sends them). */
  totalByteWeight: number | null;
}

export interface LighthouseRun extends LighthouseMetrics {
  warnings: string[];
  /** Audits that errored (not failed: could not run), with the reason. */
  erroredAudits: string[];
  /** Pass/fail audits that failed (e.g. is-crawlable on a noindex page). */
  failedAudits: string[];
  runtimeError: string | null;
  /** Where the time went (null for a run that threw). */
  profile: LighthouseProfile | null;
}

function numeric(report: LighthouseReportLike, id: string): number | null {
  const value = report.audits[id]?.numericValue;
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function lighthouseRunFrom(report: LighthouseReportLike): LighthouseRun {
  const scores = Object.fromEntries(
    CATEGORY_IDS.map((id) => {
      const score = report.categories[id]?.score;
      return [id, typeof score === 'number' ? Math.round(score * 100) : null];
    }),
  ) as Record<CategoryId, number | null>;
  const erroredAudits = Object.entries(report.audits)
    .filter(([, a]) => a?.scoreDisplayMode === 'error')
    .map(([id, a]) => `${id}: ${a?.errorMessage ?? 'error'}`);
  const failedAudits = Object.entries(report.audits)
    .filter(([, a]) => a?.scoreDisplayMode === 'binary' && a.score === 0)
    .map(([id]) => id);
  return {
    scores,
    fcpMs: numeric(report, 'first-contentful-paint'),
    lcpMs: numeric(report, 'largest-contentful-paint'),
    tbtMs: numeric(report, 'total-blocking-time'),
    cls: numeric(report, 'cumulative-layout-shift'),
    totalByteWeight: numeric(report, 'total-byte-weight'),
    warnings: report.runWarnings ?? [],
    erroredAudits,
    failedAudits,
    runtimeError: report.runtimeError
      ? `${report.runtimeError.code}: ${report.runtimeError.message}`
      : null,
    profile: lighthouseProfileFrom(report.audits),
  };
}

export interface LighthouseSummary extends LighthouseMetrics {
  runs: number;
  /** Lowest and highest performance score across the runs. */
  performanceSpread: Spread | null;
  /** Pass/fail audits that failed in any run, and audits that could not run. */
  failedAudits: string[];
  erroredAudits: string[];
}

/** Medians across runs; runs that hit a runtime error are left out. */
export function summarizeLighthouse(runs: readonly LighthouseRun[]): LighthouseSummary {
  const ok = runs.filter((r) => r.runtimeError === null);
  const med = (pick: (r: LighthouseRun) => number | null) =>
    medianOf(ok, (r) => pick(r) ?? undefined) ?? null;
  const scores = Object.fromEntries(
    CATEGORY_IDS.map((id) => [id, med((r) => r.scores[id])]),
  ) as Record<CategoryId, number | null>;
  const perf = ok.map((r) => r.scores.performance).filter((s): s is number => s !== null);
  return {
    runs: ok.length,
    scores,
    fcpMs: med((r) => r.fcpMs),
    lcpMs: med((r) => r.lcpMs),
    tbtMs: med((r) => r.tbtMs),
    cls: med((r) => r.cls),
    totalByteWeight: med((r) => r.totalByteWeight),
    performanceSpread: spread(perf) ?? null,
    failedAudits: [...new Set(runs.flatMap((r) => r.failedAudits))].sort(),
    erroredAudits: [...new Set(runs.flatMap((r) => r.erroredAudits))].sort(),
  };
}
