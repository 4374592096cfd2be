/**
 * One Lighthouse run (its node API, mobile, performance only) in a fresh Chromium, so that no
 * run inherits another's cache or compiled code, and the figures the bench keeps from it. The
 * main-thread breakdown and the LCP element are Lighthouse's own audits; the first view's bytes
 * are the requests Lighthouse saw, sized from the served folder's precompressed files.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, systemChromium } from '../chromium.ts';

const found = systemChromium();
if (!found) throw new Error("bench: no Chromium (install Debian's chromium, or set CHROMIUM_PATH)");
export const CHROMIUM: string = found;
export const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

/**
 * 'simulate' (Lighthouse's default, which the targets are read on) models slow 4G and CPU ×4
 * from an unthrottled load; 'devtools' applies them to the real load, to tell what the model
 * charges to a paint from what a throttled load really does.
 */
export type Throttling = 'simulate' | 'devtools';

export const BYTE_KINDS = ['html', 'css', 'js'] as const;
export type ByteKind = (typeof BYTE_KINDS)[number];
const KIND_OF: Record<string, ByteKind> = { Document: 'html', Stylesheet: 'css', Script: 'js' };

export interface LighthouseFigures {
  performance: number | null;
  fcpMs: number | null;
  lcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
  /** Lighthouse's main-thread breakdown (under 'simulate' already scaled by its CPU ×4). */
  mainThread: Record<
    'total' | 'scripting' | 'styleLayout' | 'rendering' | 'parsing',
    number
  > | null;
  lcpElement: string | null;
  /** Bytes of the first view's requests, by kind: [gzip, brotli]. */
  bytes: Record<ByteKind, [number, number]>;
}

const GROUPS: Record<string, keyof NonNullable<LighthouseFigures['mainThread']>> = {
  scriptEvaluation: 'scripting',
  scriptParseCompile: 'scripting',
  styleLayout: 'styleLayout',
  paintCompositeRender: 'rendering',
  parseHTML: 'parsing',
};

type Json = { [key: string]: unknown };
const items = (details: unknown): Json[] =>
  ((details as { items?: Json[] } | undefined)?.items ?? []).filter(
    (i) => i && typeof i === 'object',
  );

/** The gzip and brotli sizes of the file served for `path`: its precompressed copies if built. */
function compressedSizes(dist: string, path: string): [number, number] | null {
  const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
  if (!existsSync(file) || !statSync(file).isFile()) return null;
  const size = (ext: string, compress: (b: Buffer) => Buffer) =>
    existsSync(file + ext) ? statSync(file + ext).size : compress(readFileSync(file)).byteLength;
  return [
    size('.gz', (b) => gzipSync(b, { level: 9 })),
    size('.br', (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })),
  ];
}

export async function runLighthouse(
  url: string,
  throttlingMethod: Throttling,
  dist: string,
): Promise<LighthouseFigures> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: CHROME_FLAGS,
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
      throttlingMethod,
    });
    if (!result) throw new Error('Lighthouse returned no result');
    const { audits, categories, runtimeError } = result.lhr;
    if (runtimeError) throw new Error(`${runtimeError.code}: ${runtimeError.message}`);
    const numeric = (id: string) => audits[id]?.numericValue ?? null;
    const score = categories.performance?.score;

    const mainThread = { total: 0, scripting: 0, styleLayout: 0, rendering: 0, parsing: 0 };
    const tasks = items(audits['mainthread-work-breakdown']?.details);
    for (const row of tasks) {
      const group = GROUPS[String(row.group)];
      const ms = typeof row.duration === 'number' ? row.duration : 0;
      mainThread.total += ms;
      if (group) mainThread[group] += ms;
    }
    // A list of tables (element, then LCP phases): the element's row names its node.
    const lcpTables = items(audits['largest-contentful-paint-element']?.details);
    const node = items(lcpTables[0])[0]?.node as { selector?: string } | undefined;

    const bytes = { html: [0, 0], css: [0, 0], js: [0, 0] } as LighthouseFigures['bytes'];
    const origin = new URL(url).origin;
    const seen = new Set<string>();
    for (const row of items(audits['network-requests']?.details)) {
      const kind = KIND_OF[String(row.resourceType)];
      const requested = new URL(String(row.url));
      if (!kind || requested.origin !== origin || seen.has(requested.pathname)) continue;
      seen.add(requested.pathname);
      const sizes = compressedSizes(dist, decodeURIComponent(requested.pathname));
      if (!sizes) throw new Error(`no file in the served folder for ${requested.pathname}`);
      bytes[kind] = [bytes[kind][0] + sizes[0], bytes[kind][1] + sizes[1]];
    }

    return {
      performance: typeof score === 'number' ? Math.round(score * 100) : null,
      fcpMs: numeric('first-contentful-paint'),
      lcpMs: numeric('largest-contentful-paint'),
      tbtMs: numeric('total-blocking-time'),
      cls: numeric('cumulative-layout-shift'),
      mainThread: tasks.length ? mainThread : null,
      lcpElement: node?.selector ?? null,
      bytes,
    };
  } finally {
    chrome.kill();
  }
}
