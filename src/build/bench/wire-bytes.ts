/**
 * Bytes on the wire for the first view of a page, compressed as a real host would send them.
 * The list of requests comes from a real page load (see page-requests.ts); each response is then
 * sized from its file in dist/, raw, gzip -9 and brotli 11. Already-compressed formats (images,
 * woff2) are counted raw, as hosts send them.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { brotli11, gzip9 } from './compress.ts';

export type Category = 'html' | 'css' | 'js' | 'data' | 'image' | 'font' | 'other';
export const CATEGORIES: readonly Category[] = [
  'html',
  'css',
  'js',
  'data',
  'image',
  'font',
  'other',
];

/** One response the browser received while loading the page, as captured. */
export interface CapturedRequest {
  url: string;
  /** Playwright's resourceType(): document, stylesheet, script, fetch, xhr, image, font, … */
  resourceType: string;
  status: number;
}

export interface SizedRequest {
  url: string;
  /** The file in dist/ that answered it, relative to dist/ with "/" separators. */
  file: string;
  category: Category;
  status: number;
  raw: number;
  gzip: number;
  brotli: number;
}

export interface ByteTotals {
  count: number;
  raw: number;
  gzip: number;
  brotli: number;
}

export interface WireBytesReport {
  requests: SizedRequest[];
  byCategory: Record<Category, ByteTotals>;
  total: ByteTotals;
  /** CSS inlined into the HTML in <style> elements (already counted in html). */
  inlineCss: { raw: number; gzipAlone: number; brotliAlone: number };
  /** Scripts, module preloads and stylesheets the HTML references. */
  referencedByHtml: string[];
  /** Referenced by the HTML but never requested (should be empty). */
  referencedNotRequested: string[];
  /** Requested but not answered from dist/ (other origin, data: URL, 404 …), not counted. */
  notCounted: { url: string; reason: string }[];
}

const BY_EXTENSION: Record<string, Category> = {
  '.html': 'html',
  '.css': 'css',
  '.js': 'js',
  '.mjs': 'js',
  '.json': 'data',
  '.txt': 'data',
  '.xml': 'data',
  '.csv': 'data',
  '.png': 'image',
  '.jpg': 'image',
  '.jpeg': 'image',
  '.gif': 'image',
  '.webp': 'image',
  '.avif': 'image',
  '.svg': 'image',
  '.ico': 'image',
  '.woff': 'font',
  '.woff2': 'font',
  '.ttf': 'font',
  '.otf': 'font',
};

const BY_RESOURCE_TYPE: Record<string, Category> = {
  document: 'html',
  stylesheet: 'css',
  script: 'js',
  fetch: 'data',
  xhr: 'data',
  image: 'image',
  font: 'font',
};

/** Formats a host sends as they are, because they are compressed already. */
const PRECOMPRESSED = new Set([
  '.png',
  '.jpg',
  '.jpeg',
  '.gif',
  '.webp',
  '.avif',
  '.woff',
  '.woff2',
  '.ico',
]);

/** What kind of payload a file is: by its extension first, else by how the browser asked for it. */
export function categorize(file: string, resourceType: string): Category {
  return BY_EXTENSION[extname(file).toLowerCase()] ?? BY_RESOURCE_TYPE[resourceType] ?? 'other';
}

/**
 * The dist/ file a static host serves for a URL path, like `npm run serve` does: directory
 * indexes, and extension-less paths as `.html`. Undefined when no file matches or the path
 * escapes dist/.
 */
export function distFileFor(pathname: string, distDir: string, basePath = '/'): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (!path.startsWith(basePath)) return undefined;
  path = path.slice(basePath.length);
  const candidates =
    path === '' || path.endsWith('/')
      ? [`${path}index.html`]
      : [path, `${path}.html`, `${path}/index.html`];
  for (const candidate of candidates) {
    const full = normalize(join(distDir, candidate));
    if (full !== normalize(distDir) && !full.startsWith(normalize(distDir) + sep)) return undefined;
    if (existsSync(full) && statSync(full).isFile()) return candidate.split(sep).join('/');
  }
  return undefined;
}

/** src/href of scripts, module preloads and stylesheets in the HTML, as written. */
export function referencedAssets(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/gi)) out.push(m[1] as string);
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const tag = m[0];
    const rel = /\brel="([^"]+)"/i.exec(tag)?.[1]?.toLowerCase() ?? '';
    const href = /\bhref="([^"]+)"/i.exec(tag)?.[1];
    if (href && /\b(modulepreload|stylesheet|preload)\b/.test(rel)) out.push(href);
  }
  return out;
}

/** Text inside <style> elements. */
export function inlineStyles(html: string): string {
  return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)]
    .map((m) => m[1] as string)
    .join('\n');
}

function emptyTotals(): ByteTotals {
  return { count: 0, raw: 0, gzip: 0, brotli: 0 };
}

function add(into: ByteTotals, r: SizedRequest): void {
  into.count++;
  into.raw += r.raw;
  into.gzip += r.gzip;
  into.brotli += r.brotli;
}

/** Sizes every captured response from its dist/ file and sums them by category. */
export function wireBytes(
  pageUrl: string,
  captured: readonly CapturedRequest[],
  distDir: string,
  basePath = '/',
): WireBytesReport {
  const origin = new URL(pageUrl).origin;
  const requests: SizedRequest[] = [];
  const notCounted: { url: string; reason: string }[] = [];
  const seen = new Set<string>();
  const sizeCache = new Map<string, { raw: number; gzip: number; brotli: number }>();

  for (const c of captured) {
    let url: URL;
    try {
      url = new URL(c.url);
    } catch {
      notCounted.push({ url: c.url, reason: 'not a URL' });
      continue;
    }
    if (url.protocol === 'data:') continue; // inline (e.g. the data: favicon): no bytes on the wire
    if (url.origin !== origin) {
      notCounted.push({ url: c.url, reason: 'other origin' });
      continue;
    }
    if (c.status >= 300 && c.status < 400) {
      notCounted.push({ url: c.url, reason: `redirect ${c.status}` });
      continue;
    }
    const file = distFileFor(url.pathname, distDir, basePath);
    if (!file || c.status >= 400) {
      notCounted.push({ url: c.url, reason: file ? `status ${c.status}` : 'no file in dist/' });
      continue;
    }
    const key = url.pathname;
    if (seen.has(key)) continue; // a repeat would come from the browser cache
    seen.add(key);
    let sizes = sizeCache.get(file);
    if (!sizes) {
      const body = readFileSync(join(distDir, file));
      const asIs = PRECOMPRESSED.has(extname(file).toLowerCase());
      sizes = {
        raw: body.byteLength,
        gzip: asIs ? body.byteLength : gzip9(body).byteLength,
        brotli: asIs ? body.byteLength : brotli11(body).byteLength,
      };
      sizeCache.set(file, sizes);
    }
    requests.push({
      url: c.url,
      file,
      category: categorize(file, c.resourceType),
      status: c.status,
      ...sizes,
    });
  }

  const byCategory = Object.fromEntries(CATEGORIES.map((k) => [k, emptyTotals()])) as Record<
    Category,
    ByteTotals
  >;
  const total = emptyTotals();
  for (const r of requests) {
    add(byCategory[r.category], r);
    add(total, r);
  }

  const document = requests.find((r) => r.category === 'html');
  const html = document ? readFileSync(join(distDir, document.file), 'utf8') : '';
  const css = Buffer.from(inlineStyles(html));
  const referencedByHtml = referencedAssets(html);
  const requested = new Set(requests.map((r) => new URL(r.url).pathname));
  const referencedNotRequested = referencedByHtml.filter(
    (ref) => !requested.has(new URL(ref, pageUrl).pathname),
  );

  return {
    requests,
    byCategory,
    total,
    inlineCss: {
      raw: css.byteLength,
      gzipAlone: css.byteLength ? gzip9(css).byteLength : 0,
      brotliAlone: css.byteLength ? brotli11(css).byteLength : 0,
    },
    referencedByHtml,
    referencedNotRequested,
    notCounted,
  };
}
