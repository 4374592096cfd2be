import type { GeoProjection } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import placesFile from '../../data/places.json';
import { projectLonLat, projectPlaces } from './project-places.ts';
import { createBaseProjection, WORLD_SIZE } from './projection.ts';

const projection = createBaseProjection();

describe('projectPlaces', () => {
  const projected = projectPlaces(placesFile.places, projection);

  it('adds world x, y to each place, keeping its fields and order', () => {
    expect(projected.map((p) => p.id)).toEqual(placesFile.places.map((p) => p.id));
    for (const p of projected) {
      expect([p.x, p.y]).toEqual(projection([p.lon, p.lat]));
      expect(p.country).toMatch(/^[A-Z]{2}$/);
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(WORLD_SIZE);
      expect(p.y).toBeGreaterThan(0);
      expect(p.y).toBeLessThan(WORLD_SIZE);
    }
  });

  it('keeps the geography straight: Beijing west of Tianjin, Seoul south of Pyongyang', () => {
    const at = Object.fromEntries(projected.map((p) => [p.id, p]));
    expect(at['beijing']!.x).toBeLessThan(at['tianjin']!.x);
    expect(at['seoul']!.y).toBeGreaterThan(at['pyongyang']!.y);
  });

  it('fails loudly on a point the projection drops', () => {
    const clipping = (() => null) as unknown as GeoProjection;
    expect(() => projectLonLat(clipping, [0, 0])).toThrow(/cannot project/);
    expect(() => projectPlaces([{ id: 'nowhere', name: 'Nowhere', lon: 0, lat: 0 }], clipping)).toThrow(/"nowhere"/);
  });
});
