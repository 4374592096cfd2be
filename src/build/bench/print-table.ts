/**
 * The printed summary: one plain-text table per benchmark run, a column per page, a section per
 * measurement. Scroll and hydration are measured on the story only, so they fill its column.
 */
import { lighthouseNotes, targetVerdicts } from './against-floor.ts';
import type { BenchResults, PageResult } from './bench-results.ts';
import { floorTable } from './floor-table.ts';
import { renderTable, type TableRow } from './render-table.ts';
import { LATE_FRAME_MS } from './frame-stats.ts';
import { MARKER_NAMES, type MarkerName, type MarkerPosition } from './first-window.ts';
import { bytes, ms, percent, plain, yesNo } from './format-units.ts';
import type { HydrationRun } from './hydration-cost.ts';
import type { LighthouseSummary } from './lighthouse-summary.ts';
import type { ScrollRun } from './scroll-smoothness.ts';
import type { ByteTotals } from './wire-bytes.ts';

const DASH = '—';

function perPage<T>(
  pages: readonly PageResult[],
  pick: (p: PageResult) => T | null | undefined,
  show: (v: T) => string,
): string[] {
  return pages.map((p) => {
    const v = pick(p);
    return v === null || v === undefined ? DASH : show(v);
  });
}

function lighthouseRows(pages: readonly PageResult[], runs: number): TableRow[] {
  const lh = (pick: (s: LighthouseSummary) => number | null, show: (v: number) => string) =>
    perPage(pages, (p) => (p.lighthouse ? pick(p.lighthouse.summary) : null), show);
  const perf = perPage(
    pages,
    (p) => p.lighthouse?.summary,
    (s) => {
      const range = s.performanceSpread
        ? ` (${s.performanceSpread.min}–${s.performanceSpread.max})`
        : '';
      return `${plain(s.scores.performance)}${range}`;
    },
  );
  return [
    {
      section:
        `LIGHTHOUSE — mobile, simulated throttling, median of ${runs} ` +
        `run${runs === 1 ? '' : 's'}`,
    },
    { cells: ['Performance (min–max)', ...perf] },
    {
      cells: [
        'Accessibility',
        ...lh(
          (s) => s.scores.accessibility,
          (v) => plain(v),
        ),
      ],
    },
    {
      cells: [
        'Best practices',
        ...lh(
          (s) => s.scores['best-practices'],
          (v) => plain(v),
        ),
      ],
    },
    {
      cells: [
        'SEO',
        ...lh(
          (s) => s.scores.seo,
          (v) => plain(v),
        ),
      ],
    },
    {
      cells: [
        'First Contentful Paint',
        ...lh(
          (s) => s.fcpMs,
          (v) => ms(v),
        ),
      ],
    },
    {
      cells: [
        'Largest Contentful Paint',
        ...lh(
          (s) => s.lcpMs,
          (v) => ms(v),
        ),
      ],
    },
    {
      cells: [
        'Total Blocking Time',
        ...lh(
          (s) => s.tbtMs,
          (v) => ms(v),
        ),
      ],
    },
    {
      cells: [
        'Cumulative Layout Shift',
        ...lh(
          (s) => s.cls,
          (v) => plain(v, 3),
        ),
      ],
    },
    {
      cells: [
        'Total byte weight (as transferred)',
        ...lh(
          (s) => s.totalByteWeight,
          (v) => bytes(v),
        ),
      ],
    },
  ];
}

function totalsCell(t: ByteTotals): string {
  return t.count === 0 ? '0 files' : `${bytes(t.gzip)} / ${bytes(t.brotli)} (${t.count})`;
}

function wireRows(pages: readonly PageResult[]): TableRow[] {
  const cat = (k: 'html' | 'css' | 'js' | 'data' | 'image' | 'font' | 'other') =>
    perPage(pages, (p) => p.wireBytes?.byCategory[k], totalsCell);
  const rows: TableRow[] = [
    { section: 'BYTES ON THE WIRE — first view, gzip -9 / brotli 11 (files)' },
    { cells: ['HTML', ...cat('html')] },
    {
      cells: [
        '  of which inline CSS (raw; alone gz)',
        ...perPage(
          pages,
          (p) => p.wireBytes?.inlineCss,
          (c) => `${bytes(c.raw)}; ${bytes(c.gzipAlone)}`,
        ),
      ],
    },
    { cells: ['CSS files', ...cat('css')] },
    { cells: ['JS (scripts, preloads, lazy chunks)', ...cat('js')] },
    { cells: ['Data (JSON, other)', ...cat('data')] },
  ];
  const extra = (['image', 'font', 'other'] as const).filter((k) =>
    pages.some((p) => (p.wireBytes?.byCategory[k].count ?? 0) > 0),
  );
  for (const k of extra)
    rows.push({ cells: [k === 'image' ? 'Images' : k === 'font' ? 'Fonts' : 'Other', ...cat(k)] });
  rows.push({ cells: ['Total', ...perPage(pages, (p) => p.wireBytes?.total, totalsCell)] });
  rows.push({
    cells: ['Total uncompressed', ...perPage(pages, (p) => p.wireBytes?.total.raw, bytes)],
  });
  return rows;
}

const MARKER_LABELS: Record<MarkerName, string> = {
  headline: 'Headline <h1> bytes, inside?',
  lede: 'Lede (class="lede") bytes, inside?',
  mapSvg: 'First map <svg>…</svg> bytes, inside?',
};

function markerCell(m: MarkerPosition | null): string {
  return m === null
    ? 'absent'
    : `${plain(m.start)}–${plain(m.end)} ${m.inGzipWindow ? 'yes' : 'NO'}`;
}

function windowRows(pages: readonly PageResult[], windowBytes: number): TableRow[] {
  const rows: TableRow[] = [
    {
      section:
        `FIRST ${windowBytes / 1024} KiB (${plain(windowBytes)} B) OF THE GZIP'D HTML — ` +
        `uncompressed byte offsets`,
    },
    {
      cells: [
        'HTML size (raw; gzip; brotli)',
        ...perPage(
          pages,
          (p) => p.firstWindow,
          (w) =>
            `${bytes(w.htmlBytes)}; ${bytes(w.gzip.compressedBytes)}; ` +
            `${bytes(w.brotli.compressedBytes)}`,
        ),
      ],
    },
    {
      cells: [
        'Uncompressed HTML in window (gzip)',
        ...perPage(
          pages,
          (p) => p.firstWindow,
          (w) => `${plain(w.gzip.uncompressedInWindow)} B${w.gzip.wholeDocument ? ' (all)' : ''}`,
        ),
      ],
    },
    {
      cells: [
        '  same with brotli',
        ...perPage(
          pages,
          (p) => p.firstWindow,
          (w) =>
            `${plain(w.brotli.uncompressedInWindow)} B${w.brotli.wholeDocument ? ' (all)' : ''}`,
        ),
      ],
    },
  ];
  for (const name of MARKER_NAMES)
    rows.push({
      cells: [
        MARKER_LABELS[name],
        ...perPage(
          pages,
          (p) => p.firstWindow,
          (w) => markerCell(w.markers[name]),
        ),
      ],
    });
  rows.push({
    cells: [
      'All three inside the gzip window',
      ...perPage(
        pages,
        (p) => p.firstWindow,
        (w) => yesNo(w.allInGzipWindow),
      ),
    ],
  });
  return rows;
}

/** A figure for the story column, dashes for the others. */
function storyOnly(pages: readonly PageResult[], label: string, value: string): TableRow {
  return { cells: [label, ...pages.map((p) => (p.key === 'story' ? value : DASH))] };
}

function scrollRows(results: BenchResults): TableRow[] {
  const s = results.scroll;
  const pages = results.pages;
  if (!s) return [{ section: 'SCROLL SMOOTHNESS — not measured (see errors)' }];
  const runs = s.runs;
  const each = (show: (r: ScrollRun) => string) => runs.map(show).join(' · ');
  const { width, height, deviceScaleFactor } = results.meta.phone;
  return [
    {
      section:
        `SCROLL SMOOTHNESS — ${s.path}, ${width}×${height} @${deviceScaleFactor}x, CPU ` +
        `×${results.meta.cpuSlowdown}, wheel 120 px / 50 ms; run 1 · run 2`,
    },
    storyOnly(
      pages,
      'Frames (scroll time)',
      each((r) => `${plain(r.frames)} (${plain(r.durationMs / 1000, 1)} s)`),
    ),
    storyOnly(
      pages,
      'Frame interval p50',
      each((r) => ms(r.p50Ms, 1)),
    ),
    storyOnly(
      pages,
      'Frame interval p95',
      each((r) => ms(r.p95Ms, 1)),
    ),
    storyOnly(
      pages,
      'Frame interval max',
      each((r) => ms(r.maxMs, 1)),
    ),
    storyOnly(
      pages,
      `Frames over ${LATE_FRAME_MS} ms`,
      each((r) => percent(r.lateShare)),
    ),
    storyOnly(
      pages,
      'Long tasks after load (count, longest)',
      each((r) => (r.longTasks ? `${r.longTasks.count}, ${ms(r.longTasks.longestMs)}` : 'n/a')),
    ),
    storyOnly(
      pages,
      'Long animation frames (count, longest)',
      each((r) =>
        r.longAnimationFrames
          ? `${r.longAnimationFrames.count}, ${ms(r.longAnimationFrames.longestMs)}`
          : 'n/a',
      ),
    ),
    storyOnly(
      pages,
      'Scrolled to the bottom',
      each((r) => `${yesNo(r.reachedBottom)} (${plain(r.scrolledPx)} px)`),
    ),
  ];
}

function hydrationRows(results: BenchResults): TableRow[] {
  const h = results.hydration;
  const pages = results.pages;
  if (!h) return [{ section: 'HYDRATION — not measured (see errors)' }];
  const m = h.median;
  const runs = h.runs;
  const range = (pick: (r: HydrationRun) => number | null | undefined) => {
    const v = runs.map(pick).filter((x): x is number => typeof x === 'number');
    return v.length > 1 ? ` (${plain(Math.min(...v))}–${plain(Math.max(...v))})` : '';
  };
  return [
    {
      section:
        `HYDRATION — ${h.path}, CPU ×${results.meta.cpuSlowdown}, cold load, median of ` +
        `${m.runs} (min–max); times after first byte`,
    },
    storyOnly(
      pages,
      'React attached to #root',
      `${ms(m.attachedAfterFirstByteMs)}${range((r) => r.attachedAfterFirstByteMs)}`,
    ),
    storyOnly(
      pages,
      'Hydrated (DOM claimed by React)',
      `${ms(m.hydratedAfterFirstByteMs)}${range((r) => r.hydratedAfterFirstByteMs)}`,
    ),
    storyOnly(pages, 'Main thread busy, first byte → hydrated', ms(m.busyMs)),
    storyOnly(pages, '  scripting', ms(m.scriptingMs)),
    storyOnly(pages, '  style + layout', ms(m.styleLayoutMs)),
    storyOnly(pages, '  HTML parsing', ms(m.parseHtmlMs)),
    storyOnly(pages, '  long tasks (≥ 50 ms)', plain(m.longTasks)),
    storyOnly(pages, 'Last long task ends', ms(m.lastLongTaskEndMs)),
    storyOnly(
      pages,
      'Whole load: ScriptDuration / TaskDuration',
      `${ms(m.wholeLoadScriptMs)} / ${ms(m.wholeLoadTaskMs)}`,
    ),
  ];
}

export function benchTable(results: BenchResults): string {
  const header = ['Measure', ...results.pages.map((p) => p.path)];
  const rows: TableRow[] = [
    ...lighthouseRows(results.pages, results.meta.lighthouseRuns),
    ...wireRows(results.pages),
    ...windowRows(results.pages, results.meta.firstWindowBytes),
    ...scrollRows(results),
    ...hydrationRows(results),
  ];
  const lines = [renderTable(header, rows)];
  const { meta } = results;
  lines.push(
    `Commit ${meta.gitCommit ?? 'unknown'}; ${meta.chromium}; Lighthouse ` +
      `${meta.lighthouse ?? 'n/a'}; Node ${meta.node}; ${meta.cpus} CPUs, load average ` +
      `${meta.loadAverageAtStart.map((l) => l.toFixed(1)).join(' ')} at start, ` +
      `${meta.loadAverageAtEnd.map((l) => l.toFixed(1)).join(' ')} at end; took ` +
      `${plain(meta.durationMs / 1000)} s`,
  );
  for (const p of results.pages) {
    const s = p.lighthouse?.summary;
    const failedRuns = p.lighthouse?.runs.filter((r) => r.runtimeError !== null) ?? [];
    if (failedRuns.length)
      lines.push(
        `Lighthouse on ${p.path}: ${failedRuns.length} of ${p.lighthouse?.runs.length} runs ` +
          `failed (${failedRuns.map((r) => r.runtimeError).join('; ')}); medians use the rest`,
      );
    if (s?.failedAudits.length)
      lines.push(`Lighthouse audits failing on ${p.path}: ${s.failedAudits.join(', ')}`);
    if (s?.erroredAudits.length)
      lines.push(
        `Lighthouse audits that could not run on ${p.path}: ${s.erroredAudits.join('; ')}`,
      );
    const warnings = [...new Set(p.lighthouse?.runs.flatMap((r) => r.warnings) ?? [])];
    if (warnings.length) lines.push(`Lighthouse warnings on ${p.path}: ${warnings.join(' | ')}`);
    const w = p.wireBytes;
    if (w?.referencedNotRequested.length)
      lines.push(
        `Referenced by ${p.path} but not requested on first view: ` +
          `${w.referencedNotRequested.join(', ')}`,
      );
    if (w?.notCounted.length)
      lines.push(
        `Requests from ${p.path} not counted: ` +
          `${w.notCounted.map((n) => `${n.url} (${n.reason})`).join(', ')}`,
      );
  }
  if (results.againstFloor) {
    const f = results.floor;
    lines.push('');
    lines.push(floorTable(results.againstFloor));
    if (f)
      lines.push(
        `Floor: the same pages with no JavaScript (${plain(f.site.scripts)} <script> ` +
          `elements and ${plain(f.site.preloads)} script preloads cut from ` +
          `${plain(f.site.pages)} HTML pages), same server, headers and compression, at ` +
          `${f.origin}. ${meta.order}.`,
      );
    for (const p of results.pages) {
      const fp = f?.pages.find((x) => x.key === p.key);
      const ours = lighthouseNotes(p.lighthouse);
      const floor = lighthouseNotes(fp?.lighthouse ?? null);
      const same =
        ours.lcpElement === floor.lcpElement
          ? " (the floor's too)"
          : `; the floor's: ${floor.lcpElement ?? 'n/a'}`;
      lines.push(
        `Lighthouse ${p.path}: LCP element ${ours.lcpElement ?? 'n/a'}${same}; longest tasks ` +
          `${ours.longTasks.join(', ') || 'none'} (floor: ` +
          `${floor.longTasks.join(', ') || 'none'})`,
      );
    }
    if (f && f.pages.some((p) => p.url.includes('#')))
      lines.push(
        "Floor addresses with a fragment land where the page's <noscript> refresh sends a reader " +
          `without JavaScript (ours lands there by CSS, scroll-initial-target): ${f.pages
            .filter((p) => p.url.includes('#'))
            .map((p) => p.url.slice(f.origin.length))
            .join(', ')}`,
      );
    const verdicts = targetVerdicts(results.againstFloor);
    const met = verdicts.filter((v) => v.verdict === 'met').length;
    const missed = verdicts.filter((v) => v.verdict === 'missed').map((v) => v.label);
    const unmeasured = verdicts.filter((v) => v.verdict === 'not measured').map((v) => v.label);
    lines.push(
      `Targets at commit ${meta.gitCommit ?? 'unknown'}: ${met} of ${verdicts.length} ` +
        `met${missed.length ? `; missed: ${missed.join(', ')}` : ''}` +
        (unmeasured.length ? `; not measured: ${unmeasured.join(', ')}` : ''),
    );
  }
  for (const e of results.errors)
    lines.push(`NOT MEASURED: ${e.measure}${e.page ? ` ${e.page}` : ''}: ${e.message}`);
  return lines.join('\n');
}
