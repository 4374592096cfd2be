/**
 * "The first 14 KB": a new TCP connection may send about ten packets (≈14 KB) before it waits
 * for the first acknowledgement, so what the browser can parse from those bytes is what it can
 * render after one round trip. Given a page's HTML, this finds how much of the uncompressed HTML
 * is decodable from the first 14 × 1024 compressed bytes, and whether the headline, the lede and
 * the first map frame are entirely inside that. (HTTP and TLS headers also take some of the
 * window; they are not counted here.)
 */
import { compress, decodePrefix, type Encoding } from './compress.ts';
import { findFirstViewMarkers, type ByteRange, type FirstViewMarkers } from './html-markers.ts';

export const FIRST_WINDOW_BYTES = 14 * 1024;

/**
 * How many bytes of the original are decodable from the first `windowBytes` of the compressed
 * stream.
 */
export function decodableWithin(
  compressed: Uint8Array,
  windowBytes: number,
  encoding: Encoding,
): number {
  if (compressed.byteLength <= windowBytes) return decodePrefix(compressed, encoding).byteLength;
  return decodePrefix(compressed.subarray(0, windowBytes), encoding).byteLength;
}

export interface EncodingWindow {
  /** Compressed size of the whole HTML document. */
  compressedBytes: number;
  /** Bytes of uncompressed HTML decodable from the window. */
  uncompressedInWindow: number;
  /** The whole document arrives within the window. */
  wholeDocument: boolean;
}

export interface MarkerPosition extends ByteRange {
  /** The element (start to closing tag) is entirely inside the gzip window. */
  inGzipWindow: boolean;
  inBrotliWindow: boolean;
}

export type MarkerName = keyof FirstViewMarkers;
export const MARKER_NAMES: readonly MarkerName[] = ['headline', 'lede', 'mapSvg'];

export interface FirstWindowReport {
  windowBytes: number;
  htmlBytes: number;
  gzip: EncodingWindow;
  brotli: EncodingWindow;
  /** Each marker's byte range in the uncompressed HTML, or null if the page has none. */
  markers: Record<MarkerName, MarkerPosition | null>;
  /** Every expected marker is inside the gzip window (false if one is missing). */
  allInGzipWindow: boolean;
}

function encodingWindow(html: Uint8Array, encoding: Encoding, windowBytes: number): EncodingWindow {
  const compressed = compress(html, encoding);
  const uncompressedInWindow = decodableWithin(compressed, windowBytes, encoding);
  return {
    compressedBytes: compressed.byteLength,
    uncompressedInWindow,
    wholeDocument: compressed.byteLength <= windowBytes,
  };
}

/**
 * @param expected The markers this page must show in its first window (an embed is a card with
 *   a headline and a map, but no lede).
 */
export function firstWindowReport(
  html: Uint8Array,
  expected: readonly MarkerName[] = MARKER_NAMES,
  windowBytes = FIRST_WINDOW_BYTES,
): FirstWindowReport {
  const gzip = encodingWindow(html, 'gzip', windowBytes);
  const brotli = encodingWindow(html, 'br', windowBytes);
  const found = findFirstViewMarkers(html);
  const markers = Object.fromEntries(
    MARKER_NAMES.map((name) => {
      const range = found[name];
      const position: MarkerPosition | null = range
        ? {
            ...range,
            inGzipWindow: range.end <= gzip.uncompressedInWindow,
            inBrotliWindow: range.end <= brotli.uncompressedInWindow,
          }
        : null;
      return [name, position];
    }),
  ) as Record<MarkerName, MarkerPosition | null>;
  const allInGzipWindow = expected.every((name) => markers[name]?.inGzipWindow === true);
  return { windowBytes, htmlBytes: html.byteLength, gzip, brotli, markers, allInGzipWindow };
}
