/**
 * `npm run bench` (after `npm run build`): measures the story `/`, one section's deep link and its
 * embed against the floor, the same pages with every script cut out (bench-sites.ts), and prints
 * one table: Lighthouse (lighthouse-run.ts), bytes of the first view, and on the story hydration
 * and scroll smoothness (story-scroll.ts). Each run measures ours and the floor back to back,
 * ours first on odd runs and the floor first on even ones, so that load on the shared machine
 * falls on both alike. The same figures go to .bench/bench-<time>.json and .bench/latest.json.
 *
 * BENCH_RUNS (default 3): runs of everything but the one applied-throttling Lighthouse run.
 * BENCH_EDITION: an id from data/locales.json (default the first edition).
 * Progress goes to stderr, the table to stdout; exits 1 if a measurement could not be made.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { startBenchSites } from './bench-sites.ts';
import {
  renderTable,
  summarize,
  targetVerdicts,
  type Figure,
  type Group,
  type Row,
  type Target,
} from './compare-table.ts';
import { noscriptLanding } from './floor-html.ts';
import {
  BYTE_KINDS,
  CHROMIUM,
  runLighthouse,
  type ByteKind,
  type LighthouseFigures,
  type Throttling,
} from './lighthouse-run.ts';
import {
  CPU_SLOWDOWN,
  launchBrowser,
  measureStory,
  type ScrollPass,
  type StoryRun,
} from './story-scroll.ts';

/** Wheel cadences: a reader's steady scroll, and one wheel step per 60 Hz frame. */
const WHEEL_EVERY_MS = [60, 16] as const;
const TARGETS = {
  performancePoints: -2,
  tbtExtraMs: 50,
  lcpRatio: 1.2,
  scrollP95Ratio: 1.15,
  lateShare: 0.05,
  readyMs: 1200,
};

type Subject = 'ours' | 'floor';
const inOrder = (run: number): Subject[] => (run % 2 ? ['ours', 'floor'] : ['floor', 'ours']);

interface PageMeasures {
  url: string;
  lighthouse: LighthouseFigures[];
  applied: LighthouseFigures | null;
}
interface BenchPage {
  path: string;
  ours: PageMeasures;
  floor: PageMeasures;
}
type StoryRuns = Record<Subject, Record<number, StoryRun[]>>;

const log = (line: string) => console.error(`[bench] ${line}`);
const showPass = (p: ScrollPass) =>
  `p95 ${p.p95Ms?.toFixed(1)} ms, ${((p.lateShare ?? 0) * 100).toFixed(1)} % late, ` +
  `wheel every ${p.wheelEveryMs.toFixed(0)} ms${p.reachedBottom ? '' : ', BOTTOM NOT REACHED'}`;
const readJson = (root: string, file: string) =>
  JSON.parse(readFileSync(join(root, 'data', file), 'utf8')) as unknown;

function runsFromEnv(): number {
  const raw = process.env.BENCH_RUNS || '3';
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 50)
    throw new Error(`BENCH_RUNS must be a whole number from 1 to 50, got "${raw}"`);
  return n;
}

/** The edition's address folder ("" for the first) and the section measured: the story's 4th. */
function pagesToMeasure(root: string, edition: string | undefined): string[] {
  const { locales } = readJson(root, 'locales.json') as { locales: { id: string; path: string }[] };
  const locale = edition ? locales.find((l) => l.id === edition) : locales[0];
  if (!locale)
    throw new Error(`BENCH_EDITION "${edition}" is not one of ${locales.map((l) => l.id)}`);
  const { sections } = readJson(root, 'story.json') as { sections: string[] };
  const slug = sections[3] ?? sections.at(-1);
  if (!slug) throw new Error('data/story.json lists no sections');
  const p = locale.path ? `/${locale.path}` : '';
  return [`${p}/`, `${p}/s/${slug}/`, `${p}/embed/${slug}/`];
}

const one = (v: number | null | undefined): Figure => ({ median: v ?? null, min: null, max: null });

function lighthouseGroup(page: BenchPage, runs: number): Group {
  const row = (
    label: string,
    unit: Row['unit'],
    pick: (f: LighthouseFigures) => number | null,
    extra: Partial<Row> = {},
  ): Row => ({
    label,
    unit,
    ours: summarize(page.ours.lighthouse.map(pick)),
    floor: summarize(page.floor.lighthouse.map(pick)),
    ...extra,
  });
  const applied = (label: string, pick: (f: LighthouseFigures) => number | null): Row => ({
    label: `${label}, applied throttling (1 run)`,
    unit: 'ms',
    ...(label === 'TBT' ? { relation: 'difference' } : {}),
    ours: one(page.ours.applied && pick(page.ours.applied)),
    floor: one(page.floor.applied && pick(page.floor.applied)),
  });
  const bytes = (kind: ByteKind, m: PageMeasures): Figure => ({
    ...summarize(m.lighthouse.map((f) => f.bytes[kind][0])),
    also: summarize(m.lighthouse.map((f) => f.bytes[kind][1])).median,
  });
  const lcpElement = (m: PageMeasures) =>
    [...new Set(m.lighthouse.map((f) => f.lcpElement ?? 'none'))].join(' | ') || 'n/a';
  return {
    title: `${page.path} — Lighthouse, mobile, simulated throttling, median of ${runs}`,
    name: page.path,
    rows: [
      row('Performance score', 'score', (f) => f.performance, {
        target: { kind: 'floorPlusAtLeast', value: TARGETS.performancePoints },
      }),
      row('First Contentful Paint', 'ms', (f) => f.fcpMs),
      row('Largest Contentful Paint', 'ms', (f) => f.lcpMs, {
        target: { kind: 'floorTimesAtMost', value: TARGETS.lcpRatio },
      }),
      row('Total Blocking Time', 'ms', (f) => f.tbtMs, {
        relation: 'difference',
        target: { kind: 'floorPlusAtMost', value: TARGETS.tbtExtraMs },
      }),
      row('Cumulative Layout Shift', 'cls', (f) => f.cls),
      applied('FCP', (f) => f.fcpMs),
      applied('LCP', (f) => f.lcpMs),
      applied('TBT', (f) => f.tbtMs),
      row('Main thread (Lighthouse, ×4)', 'ms', (f) => f.mainThread?.total ?? null),
      row('  scripting', 'ms', (f) => f.mainThread?.scripting ?? null),
      row('  style + layout', 'ms', (f) => f.mainThread?.styleLayout ?? null),
      row('  rendering', 'ms', (f) => f.mainThread?.rendering ?? null),
      row('  HTML + CSS parsing', 'ms', (f) => f.mainThread?.parsing ?? null),
      ...BYTE_KINDS.map((kind): Row => ({
        label: `First view ${kind.toUpperCase()}, gzip / brotli`,
        unit: 'bytes',
        ours: bytes(kind, page.ours),
        floor: bytes(kind, page.floor),
      })),
    ],
    notes: [`LCP element: ours ${lcpElement(page.ours)}; floor ${lcpElement(page.floor)}`],
  };
}

function storyGroups(path: string, story: StoryRuns, runs: number): Group[] {
  const scroll = WHEEL_EVERY_MS.map((every): Group => {
    type Pick = (r: StoryRun) => number | null;
    const row = (label: string, unit: Row['unit'], pick: Pick, target?: Target): Row => ({
      label,
      unit,
      ...(target ? { target } : {}),
      ours: summarize((story.ours[every] ?? []).map(pick)),
      floor: summarize((story.floor[every] ?? []).map(pick)),
    });
    const p95 = { kind: 'floorTimesAtMost', value: TARGETS.scrollP95Ratio } as const;
    const late = { kind: 'atMost', value: TARGETS.lateShare } as const;
    return {
      title: `${path} — scroll, CPU ×${CPU_SLOWDOWN}, wheel every ${every} ms, median of ${runs}`,
      name: `${path} scroll, wheel every ${every} ms`,
      rows: (['cold', 'warm'] as const).flatMap((pass) => [
        row(`${pass} pass: frame p50`, 'frameMs', (r) => r[pass].p50Ms),
        row(`${pass} pass: frame p95`, 'frameMs', (r) => r[pass].p95Ms, p95),
        row(`${pass} pass: frames over 17.7 ms`, 'share', (r) => r[pass].lateShare, late),
        row(`${pass} pass: wheel step taken every`, 'frameMs', (r) => r[pass].wheelEveryMs),
      ]),
    };
  });
  const ready = (s: Subject) =>
    summarize(Object.values(story[s]).flatMap((r) => r.map((x) => x.readyMs)));
  const hydration: Group = {
    title: `${path} — hydration, CPU ×${CPU_SLOWDOWN}, the cold load of every scroll run`,
    name: `${path} hydration`,
    rows: [
      {
        label: 'Hydrated after first byte (floor: DOMContentLoaded)',
        unit: 'ms',
        target: { kind: 'atMost', value: TARGETS.readyMs },
        ours: ready('ours'),
        floor: ready('floor'),
      },
    ],
  };
  return [...scroll, hydration];
}

function gitCommit(root: string): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root }).toString().trim();
  } catch {
    return 'unknown';
  }
}

async function main(): Promise<number> {
  const root = process.cwd();
  const runs = runsFromEnv();
  const startedAt = new Date().toISOString();
  const paths = pagesToMeasure(root, process.env.BENCH_EDITION);
  const files = paths.map((p) => `${p.slice(1)}index.html`);
  const sites = await startBenchSites(root, files);
  const browser = await launchBrowser();
  const errors: string[] = [];
  const attempt = async <T>(what: string, fn: () => Promise<T>): Promise<T | null> => {
    try {
      return await fn();
    } catch (e) {
      const why = e instanceof Error ? (e.message.split('\n')[0] ?? e.message) : String(e);
      log(`FAILED ${what}: ${why}`);
      errors.push(`${what}: ${why}`);
      return null;
    }
  };
  const loads: { run: string; start: number[]; end: number[] }[] = [];
  const withLoad = async (run: string, fn: () => Promise<void>) => {
    const start = loadavg();
    await fn();
    loads.push({ run, start, end: loadavg() });
  };

  try {
    log(`ours at ${sites.ours}, the floor at ${sites.floor} (${sites.cut} elements cut)`);
    // The floor is asked for the fragment a deep link's <noscript> refresh names.
    const landing = (file: string) =>
      noscriptLanding(readFileSync(join(sites.oursDist, file), 'utf8')) ?? '';
    const pages: BenchPage[] = paths.map((path, i) => {
      const measures = (url: string) => ({ url, lighthouse: [], applied: null });
      return {
        path,
        ours: measures(`${sites.ours}${path}`),
        floor: measures(`${sites.floor}${path}${landing(files[i] as string)}`),
      };
    });
    const distOf = (s: Subject) => (s === 'ours' ? sites.oursDist : sites.floorDist);
    const lighthouse = async (page: BenchPage, s: Subject, method: Throttling, label: string) => {
      const started = Date.now();
      const f = await attempt(`lighthouse ${label} ${s} ${page.path}`, () =>
        runLighthouse(page[s].url, method, distOf(s)),
      );
      log(
        `lighthouse ${label} ${s.padEnd(5)} ${page.path}: performance ${f?.performance}, ` +
          `LCP ${f?.lcpMs?.toFixed(0)} ms, TBT ${f?.tbtMs?.toFixed(0)} ms, ` +
          `${((Date.now() - started) / 1000).toFixed(0)} s`,
      );
      return f;
    };

    const story = pages[0] as BenchPage;
    const storyRuns: StoryRuns = { ours: {}, floor: {} };
    for (let run = 1; run <= runs; run++) {
      await withLoad(`${run}`, async () => {
        for (const page of pages)
          for (const s of inOrder(run)) {
            const f = await lighthouse(page, s, 'simulate', `${run}/${runs}`);
            if (f) page[s].lighthouse.push(f);
          }
        for (const every of WHEEL_EVERY_MS)
          for (const s of inOrder(run)) {
            const r = await attempt(`scroll every ${every} ms ${s} ${story.path}`, () =>
              measureStory(browser, story[s].url, s === 'ours', every),
            );
            if (!r) continue;
            (storyRuns[s][every] ??= []).push(r);
            log(
              `scroll ${run}/${runs} every ${every} ms ${s.padEnd(5)}: ready ` +
                `${r.readyMs.toFixed(0)} ms; cold ${showPass(r.cold)}; warm ${showPass(r.warm)}`,
            );
            for (const pass of ['cold', 'warm'] as const)
              if (!r[pass].reachedBottom)
                errors.push(`scroll every ${every} ms ${s} ${pass}: the bottom was not reached`);
          }
      });
    }
    await withLoad('applied throttling', async () => {
      for (const [i, page] of pages.entries())
        for (const s of inOrder(i + 1))
          page[s].applied = await lighthouse(page, s, 'devtools', 'applied');
    });

    const groups = [
      ...pages.map((p) => lighthouseGroup(p, runs)),
      ...storyGroups(story.path, storyRuns, runs),
    ];
    const verdicts = targetVerdicts(groups);
    const commit = gitCommit(root);
    const chromium = execFileSync(CHROMIUM, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
    const results = {
      meta: {
        startedAt,
        finishedAt: new Date().toISOString(),
        commit,
        edition: process.env.BENCH_EDITION ?? null,
        runs,
        node: process.version,
        chromium,
        cpus: cpus().length,
        cpuSlowdown: CPU_SLOWDOWN,
      },
      loadAverage: loads,
      pages,
      story: { path: story.path, runs: storyRuns },
      table: groups,
      verdicts,
      errors,
    };
    const dir = join(root, '.bench');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `bench-${startedAt.replace(/\.\d+Z$/, 'Z').replace(/:/g, '-')}.json`);
    writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
    copyFileSync(file, join(dir, 'latest.json'));

    const avg = (l: number[]) => l.map((v) => v.toFixed(2)).join(' ');
    const met = verdicts.filter((v) => v.verdict === 'met');
    const notMet = (kind: string) =>
      verdicts.filter((v) => v.verdict === kind).map((v) => v.target);
    console.log(
      [
        `Bench of commit ${commit}, ${startedAt}: ${runs} run${runs > 1 ? 's' : ''}, ` +
          `${cpus().length} CPUs, ${chromium}`,
        'Interleaved: ours first on odd runs, the floor first on even ones.',
        `Load average (1, 5, 15 min) at start → end of each run:`,
        ...loads.map((l) => `  run ${l.run}: ${avg(l.start)} → ${avg(l.end)}`),
        renderTable(groups),
        `Targets met at ${commit}: ${met.length} of ${verdicts.length}.`,
        ...(notMet('MISSED').length ? [`MISSED: ${notMet('MISSED').join('; ')}`] : []),
        ...(notMet('not measured').length
          ? [`Not measured: ${notMet('not measured').join('; ')}`]
          : []),
        ...errors.map((e) => `Could not measure: ${e}`),
        `Written: ${file} (and .bench/latest.json)`,
      ].join('\n'),
    );
    return errors.length ? 1 : 0;
  } finally {
    await browser.close().catch(() => undefined);
    await sites.close();
  }
}

// Ctrl-C or a kill: exit normally, so that the exit hook removes the temp folder.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`[bench] ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    process.exit(1);
  },
);
