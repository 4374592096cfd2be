/**
 * `npm run bench` (after `npm run build`): serves dist/ on a free port and measures the story,
 * one section's deep link and its embed — Lighthouse, compressed bytes on the wire, what the first
 * 14 KB of HTML holds, scroll smoothness and hydration cost on a slowed-down phone. Prints one
 * table and writes the same figures to .bench/bench-<time>.json and .bench/latest.json.
 *
 * BENCH_RUNS (default 3) sets the Lighthouse and hydration repeats; scrolling is done twice.
 * Progress goes to stderr, the table to stdout. Exits 1 if any measurement could not be made.
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { writeResults, type BenchError, type BenchResults, type PageResult } from './bench-results.ts';
import { CPU_SLOWDOWN, PHONE, chromiumPath, chromiumVersion, launchBrowser } from './browser.ts';
import { FIRST_WINDOW_BYTES, firstWindowReport, MARKER_NAMES } from './first-window.ts';
import { hydrationCost, type HydrationRun } from './hydration-cost.ts';
import { lighthouseRuns } from './lighthouse-runs.ts';
import { capturePageRequests } from './page-requests.ts';
import { benchTable } from './print-table.ts';
import { summarizeHydrationRuns, summarizeScrollRuns } from './run-summaries.ts';
import { scrollSmoothness, type ScrollRun } from './scroll-smoothness.ts';
import { snapshotDist, type SiteSnapshot } from './site-snapshot.ts';
import { startStaticServer, type StaticServer } from './static-server.ts';
import { benchPages, pickSectionSlug, readStorySections } from './story-pages.ts';
import { distFileFor, wireBytes } from './wire-bytes.ts';

const SCROLL_RUNS = 2;

function runsFromEnv(): number {
  const raw = process.env.BENCH_RUNS;
  if (raw === undefined || raw === '') return 3;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 50) throw new Error(`BENCH_RUNS must be a whole number from 1 to 50, got "${raw}"`);
  return n;
}

function gitCommit(root: string): string | null {
  try {
    return execSync('git rev-parse --short HEAD', { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || null;
  } catch {
    return null;
  }
}

const log = (line: string) => console.error(`[bench] ${line}`);
const message = (e: unknown) => (e instanceof Error ? e.message.split('\n')[0] ?? e.message : String(e));

async function main(): Promise<number> {
  const root = process.cwd();
  if (!existsSync(join(root, 'dist', 'index.html'))) throw new Error('dist/ is not built: run `npm run build` first');
  const runs = runsFromEnv();
  const started = new Date();
  const loadAverageAtStart = loadavg();
  const chromium = chromiumVersion(chromiumPath());
  const slug = pickSectionSlug(readStorySections(root));
  const errors: BenchError[] = [];
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  let site: SiteSnapshot | undefined;
  const attempt = async <T>(measure: string, page: string | undefined, fn: () => Promise<T>): Promise<T | null> => {
    try {
      return await fn();
    } catch (e) {
      const died = server?.died();
      const text = `${message(e)}${died ? ` (the static server had exited: ${died})` : ''}`;
      log(`FAILED ${measure}${page ? ` ${page}` : ''}: ${text}`);
      errors.push({ measure, ...(page ? { page } : {}), message: text });
      return null;
    }
  };

  try {
    const pagesToMeasure = benchPages(slug);
    site = snapshotDist(root, ['index.html', '404.html', ...pagesToMeasure.map((p) => `${p.path.slice(1)}index.html`)]);
    const dist = site.dist;
    server = await startStaticServer(root, site.dir);
    log(`serving a copy of dist/ at ${server.origin}; section ${slug}; ${runs} Lighthouse/hydration runs, ${SCROLL_RUNS} scroll runs`);
    const origin = server.origin;
    const pages: PageResult[] = pagesToMeasure.map((p) => ({ ...p, url: `${origin}${p.path}`, lighthouse: null, wireBytes: null, firstWindow: null }));

    // 1. Lighthouse, each run in its own fresh Chromium.
    for (const page of pages) {
      page.lighthouse = await attempt('lighthouse', page.path, () => lighthouseRuns(page.url, runs, log));
    }

    browser = await launchBrowser();
    const b = browser;

    // 2. Bytes on the wire from a real first view, and the first 14 KB of the HTML.
    for (const page of pages) {
      log(`wire bytes ${page.path}`);
      page.wireBytes = await attempt('wire bytes', page.path, async () => wireBytes(page.url, await capturePageRequests(b, page.url), dist));
      page.firstWindow = await attempt('first 14 KB', page.path, async () => {
        const file = distFileFor(page.path, dist);
        if (!file) throw new Error(`no file in dist/ for ${page.path}`);
        return firstWindowReport(readFileSync(join(dist, file)), page.key === 'embed' ? ['headline', 'mapSvg'] : MARKER_NAMES);
      });
    }

    const story = pages.find((p) => p.key === 'story') as PageResult;

    // 3. Hydration cost (cold loads).
    const hydrationRuns: HydrationRun[] = [];
    for (let i = 1; i <= runs; i++) {
      log(`hydration ${i}/${runs} ${story.path}`);
      const run = await attempt('hydration', `${story.path} run ${i}`, () => hydrationCost(b, story.url));
      if (run) hydrationRuns.push(run);
    }

    // 4. Scroll smoothness.
    const scrollRuns: ScrollRun[] = [];
    for (let i = 1; i <= SCROLL_RUNS; i++) {
      log(`scroll ${i}/${SCROLL_RUNS} ${story.path}`);
      const run = await attempt('scroll', `${story.path} run ${i}`, () => scrollSmoothness(b, story.url));
      if (run) scrollRuns.push(run);
    }

    const finished = new Date();
    const results: BenchResults = {
      meta: {
        startedAt: started.toISOString(),
        finishedAt: finished.toISOString(),
        durationMs: finished.getTime() - started.getTime(),
        gitCommit: gitCommit(root),
        node: process.version,
        chromium,
        lighthouse: pages.find((p) => p.lighthouse?.lighthouseVersion)?.lighthouse?.lighthouseVersion ?? null,
        cpus: cpus().length,
        loadAverageAtStart,
        loadAverageAtEnd: loadavg(),
        lighthouseRuns: runs,
        scrollRuns: SCROLL_RUNS,
        hydrationRuns: runs,
        cpuSlowdown: CPU_SLOWDOWN,
        phone: { width: PHONE.viewport.width, height: PHONE.viewport.height, deviceScaleFactor: PHONE.deviceScaleFactor },
        firstWindowBytes: FIRST_WINDOW_BYTES,
      },
      pages,
      scroll: scrollRuns.length ? { path: story.path, runs: scrollRuns, median: summarizeScrollRuns(scrollRuns) } : null,
      hydration: hydrationRuns.length ? { path: story.path, runs: hydrationRuns, median: summarizeHydrationRuns(hydrationRuns) } : null,
      errors,
    };
    const file = writeResults(root, results);
    console.log(benchTable(results));
    console.log(`Written: ${file} (and .bench/latest.json)`);
    return errors.length ? 1 : 0;
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.stop();
    site?.remove();
  }
}

// Ctrl-C or a kill: exit normally so the static server's exit hook stops it.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`[bench] ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    process.exit(1);
  },
);
