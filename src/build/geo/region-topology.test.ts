/**
 * Checks of the committed `data/geo/region.topo.json`, read the way the app
 * reads it (topojson-client + d3-geo). The expectations here are written out
 * independently of the build's table, so a table mistake cannot hide itself.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { geoArea, geoCentroid, geoDistance } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import { unknownTargets } from '../../geo/geography.ts';
import { asRegionTopology } from '../../geo/load-topology.ts';

const dataUrl = (name: string) => new URL(`../../../data/${name}`, import.meta.url);
const text = readFileSync(dataUrl('geo/region.topo.json'), 'utf8');
const topology = asRegionTopology(JSON.parse(text));
const provinces = feature(topology, topology.objects.provinces).features;
const context = feature(topology, topology.objects.context).features;
const byId = new Map([...provinces, ...context].map((f) => [String(f.id), f]));

/** ISO 3166-2 id → English name, for every province the map must have. */
const EXPECTED_PROVINCES: Record<string, string> = {
  'CN-AH': 'Anhui',
  'CN-BJ': 'Beijing',
  'CN-CQ': 'Chongqing',
  'CN-HA': 'Henan',
  'CN-HB': 'Hubei',
  'CN-HE': 'Hebei',
  'CN-HL': 'Heilongjiang',
  'CN-HN': 'Hunan',
  'CN-JL': 'Jilin',
  'CN-JS': 'Jiangsu',
  'CN-LN': 'Liaoning',
  'CN-NM': 'Inner Mongolia',
  'CN-SD': 'Shandong',
  'CN-SH': 'Shanghai',
  'CN-SN': 'Shaanxi',
  'CN-SX': 'Shanxi',
  'CN-TJ': 'Tianjin',
  'CN-ZJ': 'Zhejiang',
  // Beyond the story's frame, for coverage only.
  'CN-FJ': 'Fujian',
  'CN-GD': 'Guangdong',
  'CN-GS': 'Gansu',
  'CN-GX': 'Guangxi',
  'CN-GZ': 'Guizhou',
  'CN-HI': 'Hainan',
  'CN-JX': 'Jiangxi',
  'CN-NX': 'Ningxia',
  'CN-QH': 'Qinghai',
  'CN-SC': 'Sichuan',
  'CN-XJ': 'Xinjiang',
  'CN-XZ': 'Tibet',
  'CN-YN': 'Yunnan',
  'KP-01': 'Pyongyang',
  'KP-02': 'South Pyongan',
  'KP-03': 'North Pyongan',
  'KP-04': 'Chagang',
  'KP-05': 'South Hwanghae',
  'KP-06': 'North Hwanghae',
  'KP-07': 'Kangwon',
  'KP-08': 'South Hamgyong',
  'KP-09': 'North Hamgyong',
  'KP-10': 'Ryanggang',
  'KP-13': 'Rason',
  'KR-11': 'Seoul',
  'KR-26': 'Busan',
  'KR-27': 'Daegu',
  'KR-28': 'Incheon',
  'KR-29': 'Gwangju',
  'KR-30': 'Daejeon',
  'KR-31': 'Ulsan',
  'KR-41': 'Gyeonggi',
  'KR-42': 'Gangwon',
  'KR-43': 'North Chungcheong',
  'KR-44': 'South Chungcheong',
  'KR-45': 'North Jeolla',
  'KR-46': 'South Jeolla',
  'KR-47': 'North Gyeongsang',
  'KR-48': 'South Gyeongsang',
  'KR-49': 'Jeju',
  'KR-50': 'Sejong',
};

const EXPECTED_CONTEXT: Record<string, string> = {
  BD: 'Bangladesh',
  BT: 'Bhutan',
  HK: 'Hong Kong',
  IN: 'India',
  JP: 'Japan',
  KZ: 'Kazakhstan',
  LA: 'Laos',
  MM: 'Myanmar',
  MN: 'Mongolia',
  NP: 'Nepal',
  PH: 'Philippines',
  RU: 'Russia',
  TH: 'Thailand',
  TW: 'Taiwan',
  VN: 'Vietnam',
};

/**
 * Approximate centroids [lon, lat] and tolerances in degrees, from general
 * geography (not from the data). Only provinces the frame does not clip.
 */
const KNOWN_CENTROIDS: Record<string, readonly [number, number, number]> = {
  'CN-JL': [126.2, 43.7, 0.6],
  'CN-HL': [127.8, 47.9, 0.8],
  'CN-LN': [122.6, 41.3, 0.6],
  'CN-BJ': [116.4, 40.2, 0.4],
  'CN-TJ': [117.3, 39.3, 0.4],
  'CN-HE': [116.1, 39.5, 0.6],
  'CN-SD': [118.2, 36.4, 0.6],
  'KR-11': [127.0, 37.55, 0.15],
  'KR-26': [129.05, 35.2, 0.2],
  'KR-49': [126.55, 33.4, 0.2],
  'KP-01': [125.8, 39.05, 0.3],
  'KP-09': [129.5, 41.8, 0.6],
  'KP-10': [128.3, 41.2, 0.6],
  'KP-04': [126.6, 40.6, 0.6],
  'KP-03': [125.0, 40.0, 0.6],
  'KP-05': [125.4, 38.2, 0.4],
  'KP-06': [126.3, 38.6, 0.4],
  'KP-13': [130.4, 42.35, 0.3],
};

const DEG = Math.PI / 180;

function degreesApart(a: readonly [number, number], b: readonly [number, number]): number {
  return geoDistance([a[0], a[1]], [b[0], b[1]]) / DEG;
}

describe('region.topo.json', () => {
  it('has exactly the expected province and context ids', () => {
    expect(provinces.map((f) => f.id).sort()).toEqual(Object.keys(EXPECTED_PROVINCES).sort());
    expect(context.map((f) => f.id).sort()).toEqual(Object.keys(EXPECTED_CONTEXT).sort());
  });

  it('uses ISO 3166-2 ids and the right country for every province', () => {
    for (const f of provinces) {
      expect(String(f.id)).toMatch(/^(CN-[A-Z]{2}|KP-\d{2}|KR-\d{2})$/);
      expect(f.properties).toEqual({
        name: EXPECTED_PROVINCES[String(f.id)],
        country: String(f.id).slice(0, 2),
      });
      // Property order is part of the byte-identical output.
      expect(Object.keys(f.properties ?? {})).toEqual(['name', 'country']);
    }
    for (const f of context) expect(f.properties).toEqual({ name: EXPECTED_CONTEXT[String(f.id)] });
  });

  it('keeps package-code pitfalls fixed: Hebei CN-HE, Henan CN-HA, Inner Mongolia CN-NM', () => {
    expect(byId.get('CN-HE')?.properties).toMatchObject({ name: 'Hebei' });
    expect(byId.get('CN-HA')?.properties).toMatchObject({ name: 'Henan' });
    expect(byId.get('CN-NM')?.properties).toMatchObject({ name: 'Inner Mongolia' });
    // Hebei surrounds Beijing; Henan lies far south of it.
    const hebei = geoCentroid(byId.get('CN-HE')!);
    expect(degreesApart([hebei[0], hebei[1]], [116.4, 39.9])).toBeLessThan(1.5);
  });

  it.each(Object.entries(KNOWN_CENTROIDS))(
    'puts %s where it belongs',
    (id, [lon, lat, tolerance]) => {
      const f = byId.get(id);
      expect(f, id).toBeDefined();
      const c = geoCentroid(f!);
      expect(degreesApart([c[0], c[1]], [lon, lat])).toBeLessThan(tolerance);
    },
  );

  it('has no feature d3 would draw inside-out (rings wound for d3-geo)', () => {
    for (const f of [...provinces, ...context]) {
      const area = geoArea(f);
      expect(area, String(f.id)).toBeGreaterThan(0);
      // The whole coverage box is about 0.83 sr; an inverted ring would be nearly 4π.
      expect(area, String(f.id)).toBeLessThan(0.83);
    }
  });

  it('lies inside its coverage, 86–168°E, 18.5–64°N, which it records as bbox', () => {
    expect(topology.bbox).toEqual([86, 18.5, 168, 64]);
    const [x0, y0, x1, y1] = [
      topology.transform!.translate[0],
      topology.transform!.translate[1],
      topology.transform!.translate[0] + topology.transform!.scale[0] * 9999,
      topology.transform!.translate[1] + topology.transform!.scale[1] * 9999,
    ];
    expect(x0).toBeGreaterThanOrEqual(86 - 1e-9);
    expect(y0).toBeGreaterThanOrEqual(18.5 - 1e-9);
    expect(x1).toBeLessThanOrEqual(168 + 1e-6);
    expect(y1).toBeLessThanOrEqual(64 + 1e-6);
  });

  it('shares the China–North Korea border arcs between CN and KP provinces', () => {
    const border = mesh(topology, topology.objects.provinces, (a, b) => {
      const pair = [a, b]
        .map((g) => (g.properties as { country?: string }).country)
        .sort()
        .join();
      return pair === 'CN,KP';
    });
    expect(border.coordinates.length).toBeGreaterThan(0);
    expect(border.coordinates.flat().length).toBeGreaterThan(50);
  });

  it('fits the size budget: ≤ 40 KB raw, ≤ 15 KB gzipped', () => {
    const bytes = Buffer.from(text, 'utf8');
    expect(bytes.length).toBeLessThanOrEqual(40 * 1024);
    expect(gzipSync(bytes, { level: 9 }).length).toBeLessThanOrEqual(15 * 1024);
  });

  it('is canonical (compact JSON, final newline) and SOURCE.md describes this very file', () => {
    expect(`${JSON.stringify(JSON.parse(text))}\n`).toBe(text);
    expect(Object.keys(topology)).toEqual(['type', 'bbox', 'transform', 'objects', 'arcs']);
    const sha256 = createHash('sha256').update(text).digest('hex');
    expect(readFileSync(dataUrl('geo/SOURCE.md'), 'utf8')).toContain(sha256);
  });

  it('resolves every region id in data/regions.json to at least one feature', () => {
    const regions = (
      JSON.parse(readFileSync(dataUrl('regions.json'), 'utf8')) as { regions: { id: string }[] }
    ).regions;
    expect(regions.length).toBeGreaterThan(0);
    expect(
      unknownTargets(
        topology,
        regions.map((r) => r.id),
      ),
    ).toEqual([]);
  });
});
