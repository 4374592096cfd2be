import { describe, expect, it } from 'vitest';
import {
  lighthouseRunFrom,
  summarizeLighthouse,
  type LighthouseReportLike,
} from './lighthouse-summary.ts';

function report(
  perf: number,
  fcp: number,
  extra: Partial<LighthouseReportLike> = {},
): LighthouseReportLike {
  return {
    categories: {
      performance: { score: perf },
      accessibility: { score: 1 },
      'best-practices': { score: 0.96 },
      seo: { score: null },
    },
    audits: {
      'first-contentful-paint': { numericValue: fcp, score: 0.9 },
      'largest-contentful-paint': { numericValue: fcp + 100, score: 0.9 },
      'total-blocking-time': { numericValue: 300, score: 0.5 },
      'cumulative-layout-shift': { numericValue: 0.01, score: 1 },
      'total-byte-weight': { numericValue: 500_000, score: 1 },
      'robots-txt': { score: null, scoreDisplayMode: 'error', errorMessage: 'no robots.txt' },
      'is-crawlable': { score: 0, scoreDisplayMode: 'binary' },
      'document-title': { score: 1, scoreDisplayMode: 'binary' },
    },
    ...extra,
  };
}

describe('lighthouseRunFrom', () => {
  it('keeps scores as 0–100, the metrics, and the audits that errored', () => {
    const run = lighthouseRunFrom(report(0.774, 1359));
    expect(run.scores).toEqual({
      performance: 77,
      accessibility: 100,
      'best-practices': 96,
      seo: null,
    });
    expect(run).toMatchObject({
      fcpMs: 1359,
      lcpMs: 1459,
      tbtMs: 300,
      cls: 0.01,
      totalByteWeight: 500_000,
      runtimeError: null,
    });
    expect(run.erroredAudits).toEqual(['robots-txt: no robots.txt']);
    expect(run.failedAudits).toEqual(['is-crawlable']);
  });
});

describe('summarizeLighthouse', () => {
  it('takes medians, the performance spread, and drops runs that hit a runtime error', () => {
    const runs = [
      lighthouseRunFrom(report(0.7, 1500)),
      lighthouseRunFrom(report(0.9, 1000)),
      lighthouseRunFrom(report(0.8, 1200)),
      lighthouseRunFrom(
        report(0.1, 9000, { runtimeError: { code: 'NO_FCP', message: 'no paint' } }),
      ),
    ];
    const s = summarizeLighthouse(runs);
    expect(s.runs).toBe(3);
    expect(s.scores.performance).toBe(80);
    expect(s.scores.seo).toBeNull();
    expect(s.fcpMs).toBe(1200);
    expect(s.performanceSpread).toEqual({ min: 70, max: 90 });
    expect(s.failedAudits).toEqual(['is-crawlable']);
  });
  it('reports nothing rather than zeros when every run failed', () => {
    const s = summarizeLighthouse([]);
    expect(s).toMatchObject({ runs: 0, fcpMs: null, performanceSpread: null });
  });
});
