/**
 * Everything one benchmark run measured, and where it is written: `.bench/bench-<ISO time>.json`
 * plus a copy at `.bench/latest.json`. `floor` holds the same measurements of the no-script copy
 * of the pages (floor-site.ts), `againstFloor` the comparison that was printed.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ComparisonGroup } from './against-floor.ts';
import type { FirstWindowReport } from './first-window.ts';
import type { HydrationRun } from './hydration-cost.ts';
import type { LighthousePageResult } from './lighthouse-runs.ts';
import type { LighthouseRun } from './lighthouse-summary.ts';
import type { HydrationMedian, ScrollMedian } from './run-summaries.ts';
import type { ScrollProfile, ScrollRun } from './scroll-smoothness.ts';
import type { BenchPage } from './story-pages.ts';
import type { WireBytesReport } from './wire-bytes.ts';

export interface PageResult extends BenchPage {
  url: string;
  lighthouse: LighthousePageResult | null;
  /**
   * One Lighthouse run with applied ('devtools') throttling, as a cross-check of the simulated
   * runs.
   */
  lighthouseApplied: LighthouseRun | null;
  wireBytes: WireBytesReport | null;
  firstWindow: FirstWindowReport | null;
}

export interface FloorPageResult extends BenchPage {
  url: string;
  lighthouse: LighthousePageResult | null;
  lighthouseApplied: LighthouseRun | null;
}

export interface FloorResults {
  origin: string;
  /**
   * HTML pages rewritten for the floor, and the script elements and script preloads cut from them.
   */
  site: { pages: number; scripts: number; preloads: number };
  pages: FloorPageResult[];
  scroll: { path: string; runs: ScrollRun[]; median: ScrollMedian } | null;
  /** One traced scroll, not among the timed runs. */
  scrollProfile: ScrollProfile | null;
  hydration: { path: string; runs: HydrationRun[]; median: HydrationMedian } | null;
}

export interface BenchError {
  measure: string;
  page?: string;
  message: string;
}

export interface BenchResults {
  meta: {
    startedAt: string;
    finishedAt: string;
    durationMs: number;
    gitCommit: string | null;
    node: string;
    chromium: string;
    lighthouse: string | null;
    cpus: number;
    loadAverageAtStart: number[];
    loadAverageAtEnd: number[];
    lighthouseRuns: number;
    scrollRuns: number;
    hydrationRuns: number;
    cpuSlowdown: number;
    phone: { width: number; height: number; deviceScaleFactor: number };
    firstWindowBytes: number;
    /** How ours and the floor were interleaved. */
    order: string;
  };
  pages: PageResult[];
  scroll: { path: string; runs: ScrollRun[]; median: ScrollMedian } | null;
  /** One traced scroll, not among the timed runs. */
  scrollProfile: ScrollProfile | null;
  hydration: { path: string; runs: HydrationRun[]; median: HydrationMedian } | null;
  floor: FloorResults | null;
  againstFloor: ComparisonGroup[] | null;
  errors: BenchError[];
}

/**
 * "2025-11-23T11:54:06.123Z" → "2025-11-23T11-54-06Z" (no colons: safe in file names everywhere).
 */
export function fileStamp(iso: string): string {
  return iso.replace(/\.\d+Z$/, 'Z').replace(/:/g, '-');
}

/** Writes the results and returns the path of the timestamped file. */
export function writeResults(root: string, results: BenchResults): string {
  const dir = join(root, '.bench');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `bench-${fileStamp(results.meta.startedAt)}.json`);
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  copyFileSync(file, join(dir, 'latest.json'));
  return file;
}
