import { geoPath } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import raw from '../../data/geo/region.topo.json';
import { contextFeatures, provinceFeatures } from './geography.ts';
import { boxOutline, MAP_FRAME } from './frame.ts';
import { asRegionTopology } from './load-topology.ts';
import { createCompactPath } from './compact-path.ts';
import { createBaseProjection, WORLD_SIZE } from './projection.ts';

const topology = asRegionTopology(raw);
const projection = createBaseProjection();

function expectInDelta(actual: number, expected: number, delta: number) {
  expect(Math.abs(actual - expected), `${actual} vs ${expected} ± ${delta}`).toBeLessThanOrEqual(
    delta,
  );
}

function at(lon: number, lat: number): [number, number] {
  const p = projection([lon, lat]);
  if (!p) throw new Error('unprojectable');
  return p;
}

describe('createBaseProjection', () => {
  it('is deterministic', () => {
    const again = createBaseProjection();
    expect(again.scale()).toBe(projection.scale());
    expect(again.translate()).toEqual(projection.translate());
    expect(again([126.978, 37.566])).toEqual(projection([126.978, 37.566]));
  });

  it('puts known places where they were when this test was written', () => {
    // Regression anchors: a change here moves every map view in the story.
    const seoul = at(126.978, 37.566);
    expectInDelta(seoul[0], 622.7, 0.5);
    expectInDelta(seoul[1], 700.1, 0.5);
    const beijing = at(116.407, 39.904);
    expectInDelta(beijing[0], 303.85, 0.5);
    expectInDelta(beijing[1], 604.45, 0.5);
    // The central meridian runs down the middle of the world box.
    expectInDelta(at(123, 42)[0], WORLD_SIZE / 2, 1e-9);
  });

  it('keeps the central meridian 123°E vertical and north up', () => {
    const south = at(123, 32);
    const north = at(123, 52);
    expectInDelta(south[0], north[0], 1e-9);
    expect(north[1]).toBeLessThan(south[1]);
    // Seoul lies south-east of Pyongyang, Beijing west of both.
    const pyongyang = at(125.762, 39.039);
    const seoul = at(126.978, 37.566);
    expect(seoul[0]).toBeGreaterThan(pyongyang[0]);
    expect(seoul[1]).toBeGreaterThan(pyongyang[1]);
    expect(at(116.407, 39.904)[0]).toBeLessThan(pyongyang[0]);
  });

  it('is conformal: equal scale along the parallel and the meridian', () => {
    const d = 0.01;
    for (const lat of [32, 42, 52]) {
      const c = at(125, lat);
      const e = at(125 + d, lat);
      const n = at(125, lat + d);
      const alongParallel = Math.hypot(e[0] - c[0], e[1] - c[1]);
      const alongMeridian = Math.hypot(n[0] - c[0], n[1] - c[1]);
      // A degree of longitude is cos(lat) times a degree of latitude on the ground.
      expectInDelta(alongParallel / alongMeridian, Math.cos((lat * Math.PI) / 180), 1e-3);
    }
  });

  it('round-trips through invert', () => {
    const back = projection.invert?.(at(129.509, 42.891));
    expectInDelta(back?.[0] ?? NaN, 129.509, 1e-6);
    expectInDelta(back?.[1] ?? NaN, 42.891, 1e-6);
  });

  it('fits the map frame into the world box, filling its height', () => {
    const ys = boxOutline(MAP_FRAME, 0.25).map(([lon, lat]) => at(lon, lat)[1]);
    const xs = boxOutline(MAP_FRAME, 0.25).map(([lon, lat]) => at(lon, lat)[0]);
    expectInDelta(Math.min(...ys), 0, 1e-6);
    expectInDelta(Math.max(...ys), WORLD_SIZE, 1e-6);
    expect(Math.min(...xs)).toBeGreaterThan(0);
    expectInDelta(Math.min(...xs) + Math.max(...xs), WORLD_SIZE, 1e-6); // centred
    // The parallels are arcs: the middle of the southern edge is its lowest point.
    expect(at(123, 30)[1]).toBeGreaterThan(at(110, 30)[1]);
  });

  it('draws the provinces of the story (those the frame holds whole) inside the world box', () => {
    const path = geoPath(projection);
    for (const id of ['CN-JL', 'CN-LN', 'CN-BJ', 'CN-TJ', 'KP-09', 'KR-11', 'KR-49']) {
      const f = provinceFeatures(topology).find((p) => p.id === id)!;
      const [[x0, y0], [x1, y1]] = path.bounds(f);
      for (const v of [x0, y0]) expect(v, id).toBeGreaterThanOrEqual(-1e-6);
      for (const v of [x1, y1]) expect(v, id).toBeLessThanOrEqual(WORLD_SIZE + 1e-6);
    }
    // The coverage around it reaches well beyond the world box on every side.
    const [[x0, y0], [x1, y1]] = path.bounds({
      type: 'FeatureCollection',
      features: [...provinceFeatures(topology), ...contextFeatures(topology)],
    });
    expect(Math.max(x0, y0)).toBeLessThan(-200);
    expect(Math.min(x1, y1)).toBeGreaterThan(WORLD_SIZE + 200);
  });

  it('writes world paths with few decimals', () => {
    const d = createCompactPath(projection)(provinceFeatures(topology)[0]!);
    expect(d.startsWith('M')).toBe(true);
    expect(d).not.toMatch(/\.\d{2}/);
  });
});
