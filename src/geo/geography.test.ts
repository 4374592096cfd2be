import { geoDistance } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import raw from '../../data/geo/region.topo.json';
import { MAP_COVERAGE } from './frame.ts';
import {
  chinaNorthKoreaBorder,
  coastline,
  contextFeatures,
  featuresForTargets,
  provinceFeatures,
  unknownTargets,
} from './geography.ts';
import { asRegionTopology } from './load-topology.ts';

const topology = asRegionTopology(raw);
const KP_IDS = [
  'KP-01',
  'KP-02',
  'KP-03',
  'KP-04',
  'KP-05',
  'KP-06',
  'KP-07',
  'KP-08',
  'KP-09',
  'KP-10',
  'KP-13',
];

/** Great-circle distance in degrees. */
function degreesApart(a: readonly number[], b: readonly number[]): number {
  return (geoDistance([a[0] ?? NaN, a[1] ?? NaN], [b[0] ?? NaN, b[1] ?? NaN]) * 180) / Math.PI;
}

describe('provinceFeatures / contextFeatures', () => {
  it('return the provinces and context countries, sorted by id', () => {
    const ids = provinceFeatures(topology).map((f) => f.id);
    expect(ids).toHaveLength(59);
    expect(ids).toEqual([...ids].sort());
    const context = contextFeatures(topology).map((f) => [f.id, f.properties.name]);
    expect(context).toEqual([...context].sort());
    expect(context).toContainEqual(['RU', 'Russia']);
    expect(context).toContainEqual(['JP', 'Japan']);
    expect(context).toContainEqual(['MN', 'Mongolia']);
  });

  it('convert once per topology', () => {
    expect(provinceFeatures(topology)).toBe(provinceFeatures(topology));
    expect(contextFeatures(topology)).toBe(contextFeatures(topology));
  });
});

describe('featuresForTargets', () => {
  it('expands a country code to all its provinces', () => {
    expect(featuresForTargets(topology, ['KP']).map((f) => f.id)).toEqual(KP_IDS);
    expect(featuresForTargets(topology, ['KR'])).toHaveLength(17);
    expect(featuresForTargets(topology, ['CN']).every((f) => String(f.id).startsWith('CN-'))).toBe(
      true,
    );
  });

  it('resolves province ids and context countries, in order, each feature once', () => {
    const ids = featuresForTargets(topology, ['CN-LN', 'KP', 'KP-01', 'CN-LN', 'RU']).map(
      (f) => f.id,
    );
    expect(ids).toEqual(['CN-LN', ...KP_IDS, 'RU']);
  });

  it('refuses unknown ids, and unknownTargets lists them', () => {
    expect(() => featuresForTargets(topology, ['CN-JL', 'XX-99', 'US'])).toThrow(/XX-99, US/);
    expect(unknownTargets(topology, ['CN-JL', 'XX-99', 'KP', 'US'])).toEqual(['XX-99', 'US']);
    expect(unknownTargets(topology, [])).toEqual([]);
  });
});

describe('chinaNorthKoreaBorder', () => {
  const border = chinaNorthKoreaBorder(topology);
  const points = border.coordinates.flat();

  it('is a non-empty MultiLineString, cached', () => {
    expect(border.type).toBe('MultiLineString');
    expect(points.length).toBeGreaterThan(50);
    expect(chinaNorthKoreaBorder(topology)).toBe(border);
  });

  it('runs between the Yellow Sea and the Tumen, between 121°E and 131°E', () => {
    for (const [lon = NaN, lat = NaN] of points) {
      expect(lon).toBeGreaterThan(121);
      expect(lon).toBeLessThan(131);
      expect(lat).toBeGreaterThan(39.5);
      expect(lat).toBeLessThan(43.2);
    }
  });

  it('ends at the Yalu mouth and at the Tumen near the Russian border', () => {
    expect(border.coordinates).toHaveLength(1);
    const line = border.coordinates[0] ?? [];
    const ends = [line[0] ?? [], line[line.length - 1] ?? []].sort(
      (a, b) => (a[0] ?? 0) - (b[0] ?? 0),
    );
    expect(degreesApart(ends[0]!, [124.3, 39.9])).toBeLessThan(0.35);
    expect(degreesApart(ends[1]!, [130.6, 42.4])).toBeLessThan(0.3);
  });

  it('follows the provinces’ own edges (the arcs are shared, not copies)', () => {
    const kpVertices = new Set(
      featuresForTargets(topology, ['KP']).flatMap((f) =>
        (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates)
          .flat(2)
          .map((p) => p.join()),
      ),
    );
    const jlVertices = new Set(
      featuresForTargets(topology, ['CN-JL', 'CN-LN']).flatMap((f) =>
        (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates)
          .flat(2)
          .map((p) => p.join()),
      ),
    );
    for (const p of points) {
      expect(kpVertices.has(p.join())).toBe(true);
      expect(jlVertices.has(p.join())).toBe(true);
    }
  });
});

describe('coastline', () => {
  const coast = coastline(topology, MAP_COVERAGE);
  const points = coast.coordinates.flat();
  const key = (p: readonly number[]) => `${p[0]},${p[1]}`;
  const onCoast = new Set(points.map(key));

  it('runs along the sea: long, and never along the cut at the coverage edge', () => {
    expect(points.length).toBeGreaterThan(500);
    const [west, south, east, north] = MAP_COVERAGE;
    const cut = coast.coordinates.flatMap((line) =>
      line.slice(1).filter((b, i) => {
        const a = line[i]!;
        const along = (axis: 0 | 1, at: number) =>
          Math.abs(a[axis]! - at) < 1e-6 && Math.abs(b[axis]! - at) < 1e-6;
        return along(0, west) || along(0, east) || along(1, south) || along(1, north);
      }),
    );
    expect(cut).toEqual([]);
  });

  it('leaves out land borders: none of the China–North Korea border inland of its ends', () => {
    const inland = chinaNorthKoreaBorder(topology).coordinates.flatMap((line) => line.slice(1, -1));
    expect(inland.length).toBeGreaterThan(20);
    expect(inland.filter((p) => onCoast.has(key(p)))).toEqual([]);
  });
});
