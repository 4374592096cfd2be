/**
 * `npm run bench` (after `npm run build`): serves dist/ on a free port and measures the story,
 * one section's deep link and its embed — Lighthouse, compressed bytes on the wire, what the first
 * 14 KB of HTML holds, scroll smoothness and hydration cost on a slowed-down phone. The same
 * pages with every script cut out (the floor, floor-site.ts) are served the same way on a second
 * free port and measured interleaved with ours — Lighthouse, scroll and hydration; each run
 * measures both, ours first on odd runs and the floor first on even ones, so that machine load
 * falls on both alike. Prints our table, then ours | floor | ratio against the issue's targets,
 * and writes the same figures to .bench/bench-<time>.json and .bench/latest.json.
 *
 * BENCH_RUNS (default 3) sets the Lighthouse and hydration repeats; scrolling is done twice.
 * BENCH_EDITION (an id from data/locales.json, e.g. ko) measures that edition's pages.
 * Progress goes to stderr, the table to stdout. Exits 1 if any measurement could not be made.
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { floorComparisons, INTERLEAVING, subjectsInOrder, type Subject } from './against-floor.ts';
import {
  writeResults,
  type BenchError,
  type BenchResults,
  type FloorPageResult,
  type PageResult,
} from './bench-results.ts';
import { CPU_SLOWDOWN, PHONE, chromiumPath, chromiumVersion, launchBrowser } from './browser.ts';
import { FIRST_WINDOW_BYTES, firstWindowReport, MARKER_NAMES } from './first-window.ts';
import { noscriptLanding } from './floor-html.ts';
import { makeFloorSite, type FloorSite } from './floor-site.ts';
import { hydrationCost, type HydrationRun } from './hydration-cost.ts';
import { lighthouseOnce, lighthouseResult, type LighthouseAttempt } from './lighthouse-runs.ts';
import { capturePageRequests } from './page-requests.ts';
import { benchTable } from './print-table.ts';
import { summarizeHydrationRuns, summarizeScrollRuns } from './run-summaries.ts';
import {
  scrollProfile,
  scrollSmoothness,
  type ScrollProfile,
  type ScrollRun,
} from './scroll-smoothness.ts';
import { snapshotDist, type SiteSnapshot } from './site-snapshot.ts';
import { startStaticServer, type StaticServer } from './static-server.ts';
import { benchPages, editionFolder, pickSectionSlug, readStorySections } from './story-pages.ts';
import { distFileFor, wireBytes } from './wire-bytes.ts';

const SCROLL_RUNS = 2;

function runsFromEnv(): number {
  const raw = process.env.BENCH_RUNS;
  if (raw === undefined || raw === '') return 3;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 50)
    throw new Error(`BENCH_RUNS must be a whole number from 1 to 50, got "${raw}"`);
  return n;
}

function gitCommit(root: string): string | null {
  try {
    return (
      execSync('git rev-parse --short HEAD', {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim() || null
    );
  } catch {
    return null;
  }
}

const log = (line: string) => console.error(`[bench] ${line}`);
const message = (e: unknown) =>
  e instanceof Error ? (e.message.split('\n')[0] ?? e.message) : String(e);

async function main(): Promise<number> {
  const root = process.cwd();
  if (!existsSync(join(root, 'dist', 'index.html')))
    throw new Error('dist/ is not built: run `npm run build` first');
  const runs = runsFromEnv();
  const started = new Date();
  const loadAverageAtStart = loadavg();
  const chromium = chromiumVersion(chromiumPath());
  const slug = pickSectionSlug(readStorySections(root));
  const errors: BenchError[] = [];
  let server: StaticServer | undefined;
  let floorServer: StaticServer | undefined;
  let browser: Browser | undefined;
  let site: SiteSnapshot | undefined;
  let floorSite: FloorSite | undefined;
  const attempt = async <T>(
    measure: string,
    page: string | undefined,
    fn: () => Promise<T>,
  ): Promise<T | null> => {
    try {
      return await fn();
    } catch (e) {
      const died = server?.died() ?? floorServer?.died();
      const text = `${message(e)}${died ? ` (a static server had exited: ${died})` : ''}`;
      log(`FAILED ${measure}${page ? ` ${page}` : ''}: ${text}`);
      errors.push({ measure, ...(page ? { page } : {}), message: text });
      return null;
    }
  };

  try {
    const pagesToMeasure = benchPages(slug, editionFolder(root, process.env.BENCH_EDITION));
    const pageFiles = pagesToMeasure.map((p) => `${p.path.slice(1)}index.html`);
    site = snapshotDist(root, ['index.html', '404.html', ...pageFiles]);
    const dist = site.dist;
    floorSite = makeFloorSite(root, dist, pageFiles);
    server = await startStaticServer(root, site.dir);
    floorServer = await startStaticServer(root, floorSite.dir);
    log(
      `serving a copy of dist/ at ${server.origin} and its floor (${floorSite.scripts} ` +
        `scripts, ${floorSite.preloads} script preloads cut from ${floorSite.pages} pages) at ` +
        `${floorServer.origin}`,
    );
    log(
      `section ${slug}; ${runs} Lighthouse/hydration runs, ${SCROLL_RUNS} scroll runs, each ` +
        `of ours and of the floor`,
    );
    const origin = server.origin;
    const floorOrigin = floorServer.origin;
    const pages: PageResult[] = pagesToMeasure.map((p) => ({
      ...p,
      url: `${origin}${p.path}`,
      lighthouse: null,
      lighthouseApplied: null,
      wireBytes: null,
      firstWindow: null,
    }));
    // A deep link lands on its section by script; the floor is asked for the fragment the page's
    // <noscript> refresh names, so that both show the same first view.
    const landing = (file: string) => noscriptLanding(readFileSync(join(dist, file), 'utf8')) ?? '';
    const floorPages: FloorPageResult[] = pagesToMeasure.map((p, i) => ({
      ...p,
      url: `${floorOrigin}${p.path}${landing(pageFiles[i] as string)}`,
      lighthouse: null,
      lighthouseApplied: null,
    }));
    const urlOf = (subject: Subject, index: number) =>
      ((subject === 'ours' ? pages : floorPages)[index] as { url: string }).url;

    // 1. Lighthouse, each run in its own fresh Chromium, ours and the floor interleaved.
    const lighthouseAttempts = new Map<string, LighthouseAttempt[]>();
    for (let i = 1; i <= runs; i++) {
      for (let p = 0; p < pages.length; p++) {
        for (const subject of subjectsInOrder(i)) {
          const url = urlOf(subject, p);
          const a = await lighthouseOnce(url);
          lighthouseAttempts.set(url, [...(lighthouseAttempts.get(url) ?? []), a]);
          log(
            `lighthouse ${i}/${runs} ${subject.padEnd(5)} ${pages[p]?.path}: performance ` +
              `${a.run.scores.performance ?? 'n/a'}, LCP ${a.run.lcpMs?.toFixed(0) ?? 'n/a'} ` +
              `ms, TBT ${a.run.tbtMs?.toFixed(0) ?? 'n/a'} ms, ${a.seconds.toFixed(0)} ` +
              `s${a.run.runtimeError ? ` (runtime error ${a.run.runtimeError})` : ''}`,
          );
        }
      }
    }
    // One more run each with applied throttling, to cross-check what the simulation charges.
    for (let p = 0; p < pages.length; p++) {
      for (const subject of subjectsInOrder(p + 1)) {
        const a = await lighthouseOnce(urlOf(subject, p), 'devtools');
        const into = (subject === 'ours' ? pages : floorPages)[p] as {
          lighthouseApplied: PageResult['lighthouseApplied'];
        };
        into.lighthouseApplied = a.run.runtimeError === null ? a.run : null;
        if (a.run.runtimeError !== null)
          errors.push({
            measure: `${subject === 'ours' ? '' : 'floor '}lighthouse (applied throttling)`,
            page: pages[p]?.path ?? '',
            message: a.run.runtimeError,
          });
        log(
          `lighthouse applied throttling ${subject.padEnd(5)} ${pages[p]?.path}: performance ` +
            `${a.run.scores.performance ?? 'n/a'}, FCP ${a.run.fcpMs?.toFixed(0) ?? 'n/a'} ms, ` +
            `LCP ${a.run.lcpMs?.toFixed(0) ?? 'n/a'} ms, TBT ` +
            `${a.run.tbtMs?.toFixed(0) ?? 'n/a'} ms, ${a.seconds.toFixed(0)} s`,
        );
      }
    }
    for (const page of pages)
      page.lighthouse = await attempt('lighthouse', page.path, async () =>
        lighthouseResult(page.url, lighthouseAttempts.get(page.url) ?? []),
      );
    for (const page of floorPages)
      page.lighthouse = await attempt('floor lighthouse', page.path, async () =>
        lighthouseResult(page.url, lighthouseAttempts.get(page.url) ?? []),
      );

    browser = await launchBrowser();
    const b = browser;

    // 2. Bytes on the wire from a real first view, and the first 14 KB of the HTML (ours only).
    for (const page of pages) {
      log(`wire bytes ${page.path}`);
      page.wireBytes = await attempt('wire bytes', page.path, async () =>
        wireBytes(page.url, await capturePageRequests(b, page.url), dist),
      );
      page.firstWindow = await attempt('first 14 KB', page.path, async () => {
        const file = distFileFor(page.path, dist);
        if (!file) throw new Error(`no file in dist/ for ${page.path}`);
        return firstWindowReport(
          readFileSync(join(dist, file)),
          page.key === 'embed' ? ['headline', 'mapSvg'] : MARKER_NAMES,
        );
      });
    }

    const storyIndex = pages.findIndex((p) => p.key === 'story');
    const story = pages[storyIndex] as PageResult;
    const measured = (subject: Subject) => (subject === 'ours' ? '' : 'floor ');

    // 3. Hydration cost (cold loads); for the floor, first byte to DOMContentLoaded.
    const hydrationRuns: Record<Subject, HydrationRun[]> = { ours: [], floor: [] };
    for (let i = 1; i <= runs; i++) {
      for (const subject of subjectsInOrder(i)) {
        log(`hydration ${i}/${runs} ${subject.padEnd(5)} ${story.path}`);
        const run = await attempt(`${measured(subject)}hydration`, `${story.path} run ${i}`, () =>
          hydrationCost(b, urlOf(subject, storyIndex), subject),
        );
        if (run) hydrationRuns[subject].push(run);
      }
    }

    // 4. Scroll smoothness, the same script over both.
    const scrollRuns: Record<Subject, ScrollRun[]> = { ours: [], floor: [] };
    for (let i = 1; i <= SCROLL_RUNS; i++) {
      for (const subject of subjectsInOrder(i)) {
        log(`scroll ${i}/${SCROLL_RUNS} ${subject.padEnd(5)} ${story.path}`);
        const run = await attempt(`${measured(subject)}scroll`, `${story.path} run ${i}`, () =>
          scrollSmoothness(b, urlOf(subject, storyIndex)),
        );
        if (run) scrollRuns[subject].push(run);
      }
    }

    // 5. One traced scroll each, for where the main thread's time goes (not among the timed runs).
    const scrollProfiles: Record<Subject, ScrollProfile | null> = { ours: null, floor: null };
    for (const subject of subjectsInOrder(1)) {
      log(`scroll profile (traced) ${subject.padEnd(5)} ${story.path}`);
      scrollProfiles[subject] = await attempt(
        `${measured(subject)}scroll profile`,
        story.path,
        () => scrollProfile(b, urlOf(subject, storyIndex)),
      );
    }

    const scrollOf = (subject: Subject) =>
      scrollRuns[subject].length
        ? {
            path: story.path,
            runs: scrollRuns[subject],
            median: summarizeScrollRuns(scrollRuns[subject]),
          }
        : null;
    const hydrationOf = (subject: Subject) =>
      hydrationRuns[subject].length
        ? {
            path: story.path,
            runs: hydrationRuns[subject],
            median: summarizeHydrationRuns(hydrationRuns[subject]),
          }
        : null;
    const scroll = { ours: scrollOf('ours'), floor: scrollOf('floor') };
    const hydration = { ours: hydrationOf('ours'), floor: hydrationOf('floor') };
    const againstFloor = floorComparisons({
      lighthouse: pages.map((p, i) => ({
        path: p.path,
        ours: p.lighthouse,
        floor: floorPages[i]?.lighthouse ?? null,
        applied: { ours: p.lighthouseApplied, floor: floorPages[i]?.lighthouseApplied ?? null },
      })),
      scroll: { path: story.path, ...scroll, profile: scrollProfiles },
      hydration: { path: story.path, ...hydration },
    });

    const finished = new Date();
    const results: BenchResults = {
      meta: {
        startedAt: started.toISOString(),
        finishedAt: finished.toISOString(),
        durationMs: finished.getTime() - started.getTime(),
        gitCommit: gitCommit(root),
        node: process.version,
        chromium,
        lighthouse:
          pages.find((p) => p.lighthouse?.lighthouseVersion)?.lighthouse?.lighthouseVersion ?? null,
        cpus: cpus().length,
        loadAverageAtStart,
        loadAverageAtEnd: loadavg(),
        lighthouseRuns: runs,
        scrollRuns: SCROLL_RUNS,
        hydrationRuns: runs,
        cpuSlowdown: CPU_SLOWDOWN,
        phone: {
          width: PHONE.viewport.width,
          height: PHONE.viewport.height,
          deviceScaleFactor: PHONE.deviceScaleFactor,
        },
        firstWindowBytes: FIRST_WINDOW_BYTES,
        order: INTERLEAVING,
      },
      pages,
      scroll: scroll.ours,
      scrollProfile: scrollProfiles.ours,
      hydration: hydration.ours,
      floor: {
        origin: floorOrigin,
        site: { pages: floorSite.pages, scripts: floorSite.scripts, preloads: floorSite.preloads },
        pages: floorPages,
        scroll: scroll.floor,
        scrollProfile: scrollProfiles.floor,
        hydration: hydration.floor,
      },
      againstFloor,
      errors,
    };
    const file = writeResults(root, results);
    console.log(benchTable(results));
    console.log(`Written: ${file} (and .bench/latest.json)`);
    return errors.length ? 1 : 0;
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.stop();
    await floorServer?.stop();
    site?.remove();
    floorSite?.remove();
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
