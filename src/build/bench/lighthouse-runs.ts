/**
 * Lighthouse, as its programmatic API runs it by default: mobile form factor, simulated
 * throttling (slow 4G, 4× CPU), all four categories. Each run gets a fresh Chromium, so no run
 * inherits another's cache or compiled code.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROME_FLAGS, chromiumPath } from './browser.ts';
import { CATEGORY_IDS, lighthouseRunFrom, summarizeLighthouse, type LighthouseRun, type LighthouseSummary } from './lighthouse-summary.ts';

export interface LighthousePageResult {
  url: string;
  runs: LighthouseRun[];
  summary: LighthouseSummary;
  lighthouseVersion: string | null;
  settings: { formFactor: string; throttlingMethod: string } | null;
}

async function oneRun(url: string): Promise<{ run: LighthouseRun; version: string; formFactor: string; throttlingMethod: string }> {
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
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

export async function lighthouseRuns(url: string, count: number, log: (line: string) => void): Promise<LighthousePageResult> {
  const runs: LighthouseRun[] = [];
  let version: string | null = null;
  let settings: LighthousePageResult['settings'] = null;
  for (let i = 1; i <= count; i++) {
    const started = Date.now();
    let run: LighthouseRun;
    try {
      const result = await oneRun(url);
      run = result.run;
      version = result.version;
      settings = { formFactor: result.formFactor, throttlingMethod: result.throttlingMethod };
    } catch (e) {
      run = failedRun(e instanceof Error ? e.message : String(e));
    }
    runs.push(run);
    const perf = run.scores.performance ?? 'n/a';
    log(`  lighthouse ${i}/${count} ${url}: performance ${perf}, ${((Date.now() - started) / 1000).toFixed(0)} s${run.runtimeError ? ` (runtime error ${run.runtimeError})` : ''}`);
  }
  if (runs.every((r) => r.runtimeError !== null)) throw new Error(`every Lighthouse run failed: ${runs[0]?.runtimeError ?? 'no runs'}`);
  return { url, runs, summary: summarizeLighthouse(runs), lighthouseVersion: version, settings };
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
  };
}
