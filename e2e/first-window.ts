/**
 * "The first 14 KB", for the byte budgets (e2e/budgets.spec.ts): a new TCP connection sends about
 * ten packets (≈14 KB) before it waits for an acknowledgement, so what the browser can parse from
 * those bytes is what it can render after one round trip. Finds how much of a page's HTML is
 * decodable from the first 14 × 1024 bytes of its gzip -9 stream, and whether the headline, the
 * lede and the first map frame end inside that. Offsets are bytes of the UTF-8 file.
 */
import { constants, gunzipSync, gzipSync } from 'node:zlib';

export const FIRST_WINDOW_BYTES = 14 * 1024;
export const MARKER_NAMES = ['headline', 'lede', 'mapSvg'] as const;
export type MarkerName = (typeof MARKER_NAMES)[number];

export interface FirstWindowReport {
  htmlBytes: number;
  gzip: { compressedBytes: number; uncompressedInWindow: number };
  /** Each marker's byte range in the HTML, or null if the page has none. */
  markers: Record<MarkerName, { start: number; end: number } | null>;
  /** Every expected marker ends inside the window (false if one is missing). */
  allInGzipWindow: boolean;
}

const VOID_TAGS = /^(area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)$/;

/** The end (exclusive) of the element whose start tag begins at `start`, nested ones counted. */
export function elementEnd(html: string, start: number): number | undefined {
  const name = /^<([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(start, start + 64))?.[1]?.toLowerCase();
  const startTagEnd = html.indexOf('>', start);
  if (!name || startTagEnd < 0) return undefined;
  if (VOID_TAGS.test(name) || html[startTagEnd - 1] === '/') return startTagEnd + 1;
  const tags = new RegExp(`<(/?)${name}(?=[\\s>/])[^>]*>`, 'gi');
  tags.lastIndex = startTagEnd + 1;
  let depth = 1;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    if (m[1] === '/') depth--;
    else if (!m[0].endsWith('/>')) depth++;
    if (depth === 0) return m.index + m[0].length;
  }
  return undefined;
}

function range(html: string, start: number): { start: number; end: number } | null {
  const end = start < 0 ? undefined : elementEnd(html, start);
  return end === undefined ? null : { start, end };
}

/** The headline (first h1), the lede (class="lede") and the map's first svg, where present. */
function markersOf(html: string): FirstWindowReport['markers'] {
  const lede = html.search(/class="(?:[^"]*\s)?lede(?:\s[^"]*)?"/);
  const map = html.search(/class="(?:[^"]*\s)?(?:story-map|map-canvas)(?:\s[^"]*)?"/);
  const svgInMap = map < 0 ? -1 : html.slice(map).search(/<svg[\s>]/i);
  return {
    headline: range(html, html.search(/<h1[\s>]/i)),
    lede: lede < 0 ? null : range(html, html.lastIndexOf('<', lede)),
    mapSvg: range(html, svgInMap >= 0 ? map + svgInMap : html.search(/<svg[\s>]/i)),
  };
}

/** `expected`: the markers this page must show (an embed is a card without a lede). */
export function firstWindowReport(
  html: Buffer,
  expected: readonly MarkerName[] = MARKER_NAMES,
  windowBytes = FIRST_WINDOW_BYTES,
): FirstWindowReport {
  const compressed = gzipSync(html, { level: 9 });
  // As a browser does with a stream still arriving: decode what is there, without an error.
  const decodable = gunzipSync(compressed.subarray(0, windowBytes), {
    finishFlush: constants.Z_SYNC_FLUSH,
  }).byteLength;
  // latin1: one character per byte, so that offsets are byte offsets (the markers are ASCII).
  const markers = markersOf(html.toString('latin1'));
  return {
    htmlBytes: html.byteLength,
    gzip: { compressedBytes: compressed.byteLength, uncompressedInWindow: decodable },
    markers,
    allInGzipWindow: expected.every((m) => (markers[m]?.end ?? Infinity) <= decodable),
  };
}
