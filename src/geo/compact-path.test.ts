import { geoIdentity, geoPath } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { createCompactPath, snapScaleFor, withoutSpecks } from './compact-path.ts';

/** Absolute vertices of a path written with M, l (implicit repeats) and Z. */
function vertices(d: string): [number, number][] {
  const out: [number, number][] = [];
  let x = 0;
  let y = 0;
  for (const [, cmd, args] of d.matchAll(/([MlZ])([^MlZ]*)/g)) {
    const nums = (args ?? '').match(/-?(?:\d+\.?\d*|\.\d+)/g)?.map(Number) ?? [];
    for (let i = 0; i + 1 < nums.length; i += 2) {
      if (cmd === 'M') [x, y] = [nums[i]!, nums[i + 1]!];
      else [x, y] = [x + nums[i]!, y + nums[i + 1]!];
      out.push([x, y]);
    }
  }
  return out;
}

const identity = geoIdentity();

describe('createCompactPath', () => {
  it('writes relative steps that land within half a tenth of every vertex, without drift', () => {
    const ring: [number, number][] = [];
    for (let i = 0; i < 400; i++)
      ring.push([500 + 300 * Math.cos(i / 63.7) + i * 0.013, 500 + 200 * Math.sin(i / 41.3)]);
    ring.push(ring[0]!);
    const d = createCompactPath(identity)({ type: 'Polygon', coordinates: [ring] });
    expect(d).toMatch(/^M[\d.]+,[\d.]+l/);
    expect(d.endsWith('Z')).toBe(true);
    const got = vertices(d);
    // d3 drops the closing point (Z closes the ring); compare the rest in order.
    expect(got.length).toBe(ring.length - 1);
    got.forEach(([x, y], i) => {
      expect(Math.abs(x - ring[i]![0])).toBeLessThanOrEqual(0.05 + 1e-9);
      expect(Math.abs(y - ring[i]![1])).toBeLessThanOrEqual(0.05 + 1e-9);
    });
  });

  it('writes short numbers: no leading zeros, signs as separators, no repeated commands', () => {
    const d = createCompactPath(identity)({
      type: 'LineString',
      coordinates: [
        [10, 10],
        [10.3, 9.8],
        [11.3, 10.8],
        [11.3, 10.8],
        [9, 10.8],
      ],
    });
    expect(d).toBe('M10,10l.3-.2 1,1-2.3,0');
  });

  it('is shorter than absolute coordinates with two decimals', () => {
    const ring: [number, number][] = Array.from({ length: 200 }, (_, i) => [
      400 + 100 * Math.cos(i / 31.8),
      600 + 100 * Math.sin(i / 31.8),
    ]);
    const feature = { type: 'Polygon' as const, coordinates: [[...ring, ring[0]!]] };
    const compact = createCompactPath(identity)(feature);
    const absolute = geoPath(identity).digits(2)(feature) ?? '';
    expect(compact.length).toBeLessThan(absolute.length * 0.6);
  });

  it('starts each call afresh and writes separate rings', () => {
    const path = createCompactPath(identity);
    const square = (o: number) => [
      [o, o],
      [o + 1, o],
      [o + 1, o + 1],
      [o, o],
    ];
    expect(path({ type: 'MultiPolygon', coordinates: [[square(0)], [square(5)]] })).toBe(
      'M0,0l1,0 0,1Z' + 'M5,5l1,0 0,1Z',
    );
    expect(path({ type: 'Polygon', coordinates: [square(2)] })).toBe('M2,2l1,0 0,1Z');
  });
});

describe('snapScaleFor', () => {
  it('keeps vertices within half a screen pixel, never finer than a tenth of a unit', () => {
    expect(snapScaleFor(0.4)).toBe(1);
    expect(snapScaleFor(1.3)).toBe(2);
    expect(snapScaleFor(2)).toBe(2);
    expect(snapScaleFor(4)).toBe(5);
    expect(snapScaleFor(6)).toBe(10);
    for (const k of [0.2, 0.5, 0.9, 1.7, 2.5, 4.9])
      expect(k / snapScaleFor(k)).toBeLessThanOrEqual(1);
  });
});

describe('withoutSpecks', () => {
  it('drops subpaths smaller than the size both ways, and keeps the rest as written', () => {
    const islet = 'M558,623l-1,1 1,1-2,1 0,1-1-3 1-1 2,0';
    const coast = 'M715,864l26-17 9-13 14,10';
    const thin = 'M10,10l0,7';
    expect(withoutSpecks(`${islet}${coast}${thin}`, 6)).toBe(`${coast}${thin}`);
    expect(withoutSpecks(`${islet}${coast}`, 2)).toBe(`${islet}${coast}`);
    expect(withoutSpecks('M.5,-1.5l-.5.5-2.5,0', 4)).toBe('');
    expect(withoutSpecks('M.5,-1.5l-.5.5-2.5,0', 3)).toBe('M.5,-1.5l-.5.5-2.5,0');
    expect(withoutSpecks('', 6)).toBe('');
  });
});
