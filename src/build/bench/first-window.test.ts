import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { compress } from './compress.ts';
import { decodableWithin, firstWindowReport, MARKER_NAMES } from './first-window.ts';

/**
 * Text that compresses poorly (hex of random bytes), so a small window holds a known-ish amount.
 */
const noise = (bytes: number) =>
  randomBytes(Math.ceil(bytes / 2))
    .toString('hex')
    .slice(0, bytes);

describe('decodableWithin', () => {
  it('returns the whole length when the stream fits in the window', () => {
    const data = Buffer.from('<p>hello</p>'.repeat(10));
    for (const encoding of ['gzip', 'br'] as const) {
      expect(decodableWithin(compress(data, encoding), 14 * 1024, encoding)).toBe(data.byteLength);
    }
  });
  it('decodes only a prefix of a larger stream: the start of the original', () => {
    const data = Buffer.from(noise(100_000));
    for (const encoding of ['gzip', 'br'] as const) {
      const n = decodableWithin(compress(data, encoding), 4096, encoding);
      // Hex text compresses to roughly half, so 4 KB of stream holds several KB but far from all.
      expect(n).toBeGreaterThan(2000);
      expect(n).toBeLessThan(12_000);
    }
  });
  it('grows with the window', () => {
    const data = Buffer.from(noise(50_000));
    const gz = compress(data, 'gzip');
    expect(decodableWithin(gz, 8192, 'gzip')).toBeGreaterThan(decodableWithin(gz, 2048, 'gzip'));
  });
});

describe('firstWindowReport', () => {
  it('places markers inside or outside the window by where their closing tag ends', () => {
    const head = '<h1>Title</h1><p class="lede">Lede</p>';
    const html = Buffer.from(
      `${head}<div>${noise(60_000)}</div><figure class="story-map"><svg viewBox="0 0 1 ` +
        `1"></svg></figure>`,
    );
    const r = firstWindowReport(html, MARKER_NAMES, 4096);
    expect(r.htmlBytes).toBe(html.byteLength);
    expect(r.markers.headline).toMatchObject({
      start: 0,
      end: 14,
      inGzipWindow: true,
      inBrotliWindow: true,
    });
    expect(r.markers.lede).toMatchObject({ start: 14, inGzipWindow: true });
    expect(r.markers.mapSvg?.inGzipWindow).toBe(false);
    expect(r.allInGzipWindow).toBe(false);
    expect(r.gzip.wholeDocument).toBe(false);
    expect(r.gzip.uncompressedInWindow).toBeLessThan(html.byteLength);
  });
  it('says all markers are in when a small page fits whole, and not when one is missing', () => {
    const full = firstWindowReport(Buffer.from('<h1>T</h1><p class="lede">L</p><svg></svg>'));
    expect(full.allInGzipWindow).toBe(true);
    expect(full.gzip.wholeDocument).toBe(true);
    const noLede = firstWindowReport(Buffer.from('<h1>T</h1><svg></svg>'));
    expect(noLede.markers.lede).toBeNull();
    expect(noLede.allInGzipWindow).toBe(false);
    expect(
      firstWindowReport(Buffer.from('<h1>T</h1><svg></svg>'), ['headline', 'mapSvg'])
        .allInGzipWindow,
    ).toBe(true);
  });
});
