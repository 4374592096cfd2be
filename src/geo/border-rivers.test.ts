import { geoDistance } from 'd3-geo';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import raw from '../../data/geo/region.topo.json';
import { borderRivers, PAEKTU, pointAlong, riverLabel } from './border-rivers.ts';
import { chinaNorthKoreaBorder } from './geography.ts';
import { asRegionTopology } from './load-topology.ts';
import { createBaseProjection } from './projection.ts';

const topology = asRegionTopology(raw);
const projection = createBaseProjection();
const { yalu, tumen } = borderRivers(topology);

function degreesApart(a: readonly number[], b: readonly number[]): number {
  return (geoDistance([a[0] ?? NaN, a[1] ?? NaN], [b[0] ?? NaN, b[1] ?? NaN]) * 180) / Math.PI;
}

const first = (line: Position[]) => line[0] ?? [];
const last = (line: Position[]) => line[line.length - 1] ?? [];

describe('borderRivers', () => {
  it('splits the border at Mount Paektu, both rivers flowing away from it', () => {
    expect(degreesApart(first(yalu.line.coordinates), PAEKTU)).toBeLessThan(0.15);
    expect(first(tumen.line.coordinates)).toEqual(first(yalu.line.coordinates));
    expect(degreesApart(last(yalu.line.coordinates), [124.3, 39.9])).toBeLessThan(0.35);
    expect(degreesApart(last(tumen.line.coordinates), [130.6, 42.4])).toBeLessThan(0.3);
  });

  it('uses every border vertex exactly once (plus the shared split point)', () => {
    const border = chinaNorthKoreaBorder(topology).coordinates[0] ?? [];
    expect(yalu.line.coordinates.length + tumen.line.coordinates.length).toBe(border.length + 1);
  });

  it('is named for labels, with anchors halfway along each river', () => {
    expect([yalu.name, tumen.name]).toEqual(['Yalu River', 'Tumen River']);
    // The Yalu's middle is around Manpo–Junggang, the Tumen's around Musan–Hoeryong.
    expect(yalu.anchor[0]).toBeGreaterThan(125.5);
    expect(yalu.anchor[0]).toBeLessThan(127.5);
    expect(tumen.anchor[0]).toBeGreaterThan(128.8);
    expect(tumen.anchor[0]).toBeLessThan(130.2);
  });

  it('is cached per topology', () => {
    expect(borderRivers(topology).yalu).toBe(yalu);
  });
});

describe('riverLabel', () => {
  it('projects the anchor and tilts the label with the river, never upside down', () => {
    for (const river of [yalu, tumen]) {
      const label = riverLabel(river, projection);
      const p = projection([river.anchor[0], river.anchor[1]]);
      expect(label.x).toBe(p?.[0]);
      expect(label.y).toBe(p?.[1]);
      expect(Math.abs(label.angle)).toBeLessThanOrEqual(90);
    }
    // Both rivers run from south-west to north-east on the map: in SVG's
    // y-down coordinates that is a negative rotation.
    expect(riverLabel(yalu, projection).angle).toBeLessThan(-10);
    expect(riverLabel(tumen, projection).angle).toBeLessThan(-10);
  });
});

describe('pointAlong', () => {
  const line: Position[] = [
    [0, 0],
    [1, 0],
    [1, 1],
  ];

  it('walks the line by length, clamping the fraction', () => {
    expect(pointAlong(line, 0)).toEqual([0, 0]);
    expect(pointAlong(line, 0.25)[0]).toBeCloseTo(0.5, 3);
    expect(pointAlong(line, 0.75)[1]).toBeCloseTo(0.5, 3);
    expect(pointAlong(line, 2)).toEqual([1, 1]);
    expect(pointAlong(line, -1)).toEqual([0, 0]);
  });
});
