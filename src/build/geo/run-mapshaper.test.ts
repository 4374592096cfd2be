import type { Polygon } from 'geojson';
import { geoArea } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { Objects, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { densifiedFrame, runMapshaper } from './run-mapshaper.ts';
import type { BuildInput } from './select-features.ts';

/** Counter-clockwise (RFC 7946) lon/lat rectangle. */
function rect(west: number, south: number, east: number, north: number): Polygon {
  return {
    type: 'Polygon',
    coordinates: [
      [
        [west, south],
        [east, south],
        [east, north],
        [west, north],
        [west, south],
      ],
    ],
  };
}

function signedArea(ring: readonly (readonly number[])[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [px = 0, py = 0] = ring[j] ?? [];
    const [qx = 0, qy = 0] = ring[i] ?? [];
    sum += px * qy - qx * py;
  }
  return sum / 2;
}

describe('densifiedFrame', () => {
  const ring = densifiedFrame([110, 30, 136, 55], 0.5).geometry.coordinates[0] ?? [];

  it('is a closed counter-clockwise ring on the frame', () => {
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    expect(signedArea(ring)).toBeCloseTo(26 * 25, 6);
    for (const [lon = NaN, lat = NaN] of ring) {
      expect(lon === 110 || lon === 136 || lat === 30 || lat === 55).toBe(true);
    }
  });

  it('puts a vertex every step along both parallels and none along the meridians', () => {
    const open = ring.slice(0, -1); // without the closing repeat of the first vertex
    expect(open.filter(([, lat]) => lat === 30)).toHaveLength(53); // 26° / 0.5° + 1
    expect(open.filter(([, lat]) => lat === 55)).toHaveLength(53);
    expect(open.filter(([, lat]) => lat !== 30 && lat !== 55)).toHaveLength(0);
  });
});

describe('runMapshaper', () => {
  // Two provinces sharing the meridian 125°E, and a context country beside them.
  const inputs: BuildInput[] = [
    {
      type: 'Feature',
      properties: { layer: 'provinces', id: 'CN-XX', detail: 1000 },
      geometry: rect(120, 40, 125, 44),
    },
    {
      type: 'Feature',
      properties: { layer: 'provinces', id: 'KP-XX', detail: 1000 },
      geometry: rect(125, 40, 129, 44),
    },
    {
      type: 'Feature',
      properties: { layer: 'context', id: 'RU', detail: 1000 },
      geometry: rect(125, 44, 129, 60),
    },
  ];

  it('clips, splits into provinces and context, shares arcs and winds rings for d3', async () => {
    const text = await runMapshaper(inputs, {
      preclipBox: [100, 20, 150, 70],
      clipBox: [121, 41, 135, 50],
      clipEdgeStepDeg: 1,
      minIslandAreaKm2: 1,
      quantization: 1000,
    });
    const topology = JSON.parse(text) as Topology<Objects>;
    expect(Object.keys(topology.objects).sort()).toEqual(['context', 'provinces']);
    expect(topology.transform).toBeDefined();

    const provinces = feature(topology, topology.objects['provinces']!);
    const context = feature(topology, topology.objects['context']!);
    expect('features' in provinces && provinces.features.map((f) => f.id)).toEqual([
      'CN-XX',
      'KP-XX',
    ]);
    expect('features' in context && context.features.map((f) => f.id)).toEqual(['RU']);

    // Clockwise exteriors: d3 sees small areas, not the rest of the globe.
    for (const f of 'features' in provinces ? provinces.features : [])
      expect(geoArea(f)).toBeLessThan(0.01);
    for (const f of 'features' in context ? context.features : [])
      expect(geoArea(f)).toBeLessThan(0.01);

    // The shared edge is one arc used by both provinces.
    const shared = mesh(topology, topology.objects['provinces']!, (a, b) => a !== b);
    expect(shared.coordinates).toHaveLength(1);
    for (const [lon] of shared.coordinates[0] ?? []) expect(lon).toBeCloseTo(125, 2);

    // Clipped to the frame.
    const [west, south] = topology.transform!.translate;
    expect(west).toBeCloseTo(121, 6);
    expect(south).toBeCloseTo(41, 6);
  });
});
