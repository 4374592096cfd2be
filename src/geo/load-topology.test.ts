import { describe, expect, it } from 'vitest';
import raw from '../../data/geo/region.topo.json';
import { asRegionTopology } from './load-topology.ts';

describe('asRegionTopology', () => {
  it('accepts the committed topology as it is', () => {
    const topology = asRegionTopology(raw);
    expect(topology).toBe(raw);
    expect(topology.objects.provinces.geometries.length).toBeGreaterThan(0);
  });

  it('rejects anything else', () => {
    expect(() => asRegionTopology(null)).toThrow(/not a TopoJSON Topology/);
    expect(() => asRegionTopology({ type: 'FeatureCollection', features: [] })).toThrow(
      /not a TopoJSON Topology/,
    );
    expect(() => asRegionTopology({ type: 'Topology', objects: {} })).toThrow(/no arcs/);
    expect(() =>
      asRegionTopology({
        type: 'Topology',
        arcs: [],
        objects: { provinces: { type: 'GeometryCollection', geometries: [] } },
      }),
    ).toThrow(/"context"/);
  });
});
