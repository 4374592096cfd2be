import type { GeoProjection } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { projectLonLat } from './project-places.ts';
import { createBaseProjection } from './projection.ts';

describe('projectLonLat', () => {
  it('projects with the base projection, keeping the geography straight', () => {
    const projection = createBaseProjection();
    const beijing = projectLonLat(projection, [116.407, 39.904]);
    const tianjin = projectLonLat(projection, [117.2, 39.084]);
    expect(beijing).toEqual(projection([116.407, 39.904]));
    expect(beijing[0]).toBeLessThan(tianjin[0]);
  });

  it('fails loudly on a point the projection drops', () => {
    const clipping = (() => null) as unknown as GeoProjection;
    expect(() => projectLonLat(clipping, [0, 0])).toThrow(/cannot project/);
  });
});
