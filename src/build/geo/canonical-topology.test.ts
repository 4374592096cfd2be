import { describe, expect, it } from 'vitest';
import { canonicalizeTopology, serializeTopology } from './canonical-topology.ts';
import type { ContextRow, ProvinceRow } from './region-table.ts';

const row = (id: string, name: string, country: 'CN' | 'KP' | 'KR'): ProvinceRow => ({
  id,
  name,
  country,
  adm1Code: `X-${id}`,
  sourceName: name,
  packageCode: id,
  centroid: [0, 0],
  tolerance: 1,
  detail: 'far',
});

const PROVINCES = [
  row('KP-01', 'Pyongyang', 'KP'),
  row('CN-JL', 'Jilin', 'CN'),
  row('CN-JX', 'Jiangxi', 'CN'),
];
const CONTEXT: ContextRow[] = [{ id: 'RU', name: 'Russia', alpha3: 'RUS', detail: 'far' }];

/** What mapshaper writes: its own key order, helper attributes, arbitrary geometry order. */
const mapshaperText = JSON.stringify({
  type: 'Topology',
  arcs: [
    [
      [0, 0],
      [1, 0],
      [0, 1],
      [-1, -1],
    ],
  ],
  objects: {
    context: {
      type: 'GeometryCollection',
      geometries: [
        {
          type: 'Polygon',
          arcs: [[0]],
          properties: { layer: 'context', detail: 16000, id: 'RU' },
          id: 'RU',
        },
      ],
    },
    provinces: {
      type: 'GeometryCollection',
      geometries: [
        {
          type: 'MultiPolygon',
          arcs: [[[0]]],
          properties: { id: 'KP-01', layer: 'provinces', detail: 1200 },
          id: 'KP-01',
        },
        { type: null, properties: { id: 'CN-JX' }, id: 'CN-JX' },
        {
          type: 'Polygon',
          arcs: [[0]],
          properties: { detail: 5000, id: 'CN-JL', layer: 'provinces' },
          id: 'CN-JL',
        },
      ],
    },
  },
  transform: { translate: [110, 30], scale: [0.0026, 0.0025] },
});

const BOX = [94, 18.5, 162, 64] as const;

describe('canonicalizeTopology', () => {
  const { topology, empty } = canonicalizeTopology(mapshaperText, PROVINCES, CONTEXT, BOX);

  it('fixes the key order and sorts geometries by id', () => {
    expect(Object.keys(topology)).toEqual(['type', 'bbox', 'transform', 'objects', 'arcs']);
    expect(topology.bbox).toEqual([...BOX]); // the coverage: the box it was clipped to
    expect(Object.keys(topology.objects)).toEqual(['provinces', 'context']);
    expect(topology.objects.provinces.geometries.map((g) => g.id)).toEqual(['CN-JL', 'KP-01']);
    for (const g of topology.objects.provinces.geometries)
      expect(Object.keys(g)).toEqual(['type', 'arcs', 'id', 'properties']);
  });

  it('takes properties from the table, dropping the build attributes', () => {
    expect(topology.objects.provinces.geometries[0]?.properties).toEqual({
      name: 'Jilin',
      country: 'CN',
    });
    expect(topology.objects.context.geometries[0]?.properties).toEqual({ name: 'Russia' });
  });

  it('reports geometries that came out empty instead of writing null shapes', () => {
    expect(empty).toEqual(['CN-JX']);
  });

  it('serializes compactly with a final newline, identically every time', () => {
    const text = serializeTopology(topology);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).not.toContain('  ');
    expect(
      serializeTopology(
        canonicalizeTopology(mapshaperText, [...PROVINCES].reverse(), CONTEXT, BOX).topology,
      ),
    ).toBe(text);
  });

  it('refuses unknown ids and unquantized input', () => {
    expect(() => canonicalizeTopology(mapshaperText, PROVINCES.slice(1), CONTEXT, BOX)).toThrow(
      /unknown geometry id KP-01/,
    );
    const unquantized = JSON.stringify({ ...JSON.parse(mapshaperText), transform: undefined });
    expect(() => canonicalizeTopology(unquantized, PROVINCES, CONTEXT, BOX)).toThrow(
      /not a quantized Topology/,
    );
  });
});
