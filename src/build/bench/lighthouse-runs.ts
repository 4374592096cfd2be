/**
 * Lighthouse, as its programmatic API runs it by default: mobile form factor, simulated
 * throttling (slow 4G, 4× CPU), all four categories. Each run gets a fresh Chromium, so no run
 * inherits another's cache or compiled code. run-bench.ts interleaves the runs of our pages and of
 * the floor's, so each page's runs are collected one at a time and summed up at the end.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROME_FLAGS, chromiumPath } from './browser.ts';
import {
  CATEGORY_IDS,
  lighthouseRunFrom,
  summarizeLighthouse,
  type LighthouseRun,
  type LighthouseSummary,
} from './lighthouse-summary.ts';

export interface LighthousePageResult {
  url: string;
  runs: LighthouseRun[];
  summary: LighthouseSummary;
  lighthouseVersion: string | null;
  settings: { formFactor: string; throttlingMethod: string } | null;
}

/**
 * 'simulate' is Lighthouse's default and the one the targets are read on. 'devtools' applies the
 * same slow 4G and CPU ×4 to the real load instead of modelling it (Lantern): a cross-check for
 * when the model charges a paint with work that, throttled for real, comes after it.
 */
export type ThrottlingMethod = 'simulate' | 'devtools';

async function oneRun(
  url: string,
  throttlingMethod: ThrottlingMethod,
): Promise<{ run: LighthouseRun; version: string; formFactor: string; throttlingMethod: string }> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: CHROME_FLAGS,
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      throttlingMethod,
    });
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
    const { lhr } = result;
    return {
      run: lighthouseRunFrom(lhr),
      version: lhr.lighthouseVersion,
      formFactor: lhr.configSettings.formFactor,
      throttlingMethod: lhr.configSettings.throttlingMethod,
    };
  } finally {
    chrome.kill();
  }
}

/** One run's record, what Lighthouse said of itself, and how long it took. */
export interface LighthouseAttempt {
  run: LighthouseRun;
  version: string | null;
  settings: LighthousePageResult['settings'];
  seconds: number;
}

/** One Lighthouse run in a fresh Chromium; a run that throws is kept as a failed run. */
export async function lighthouseOnce(
  url: string,
  throttlingMethod: ThrottlingMethod = 'simulate',
): Promise<LighthouseAttempt> {
  const started = Date.now();
  try {
    const result = await oneRun(url, throttlingMethod);
    return {
      run: result.run,
      version: result.version,
      settings: { formFactor: result.formFactor, throttlingMethod: result.throttlingMethod },
      seconds: (Date.now() - started) / 1000,
    };
  } catch (e) {
    return {
      run: failedRun(e instanceof Error ? e.message : String(e)),
      version: null,
      settings: null,
      seconds: (Date.now() - started) / 1000,
    };
  }
}

/** The runs of one page (collected interleaved with other pages' runs) and their medians. */
export function lighthouseResult(
  url: string,
  attempts: readonly LighthouseAttempt[],
): LighthousePageResult {
  const runs = attempts.map((a) => a.run);
  if (runs.length === 0 || runs.every((r) => r.runtimeError !== null))
    throw new Error(`every Lighthouse run failed: ${runs[0]?.runtimeError ?? 'no runs'}`);
  const last = [...attempts].reverse().find((a) => a.version !== null);
  return {
    url,
    runs,
    summary: summarizeLighthouse(runs),
    lighthouseVersion: last?.version ?? null,
    settings: last?.settings ?? null,
  };
}

/** A run that threw: kept in the record, left out of the medians. */
function failedRun(message: string): LighthouseRun {
  return {
    scores: Object.fromEntries(CATEGORY_IDS.map((id) => [id, null])) as LighthouseRun['scores'],
    fcpMs: null,
    lcpMs: null,
    tbtMs: null,
    cls: null,
    totalByteWeight: null,
    warnings: [],
    erroredAudits: [],
    failedAudits: [],
    runtimeError: `threw: ${message.split('\n')[0]}`,
    profile: null,
  };
}
