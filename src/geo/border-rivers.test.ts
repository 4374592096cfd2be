import { geoDistance } from 'd3-geo';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import raw from '../../data/geo/region.topo.json';
import { borderRivers, PAEKTU } from './border-rivers.ts';
import { chinaNorthKoreaBorder } from './geography.ts';
import { asRegionTopology } from './load-topology.ts';

const topology = asRegionTopology(raw);
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

  it('is cached per topology', () => {
    expect(borderRivers(topology).yalu).toBe(yalu);
  });
});
