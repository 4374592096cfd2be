import type { GeoProjection } from 'd3-geo';
import type { LonLat, WorldPoint } from './types.ts';

/**
 * Project one lon/lat to world space.
 *
 * @throws Error if the projection clips the point away (d3 returns null):
 *   a marker silently dropped from a map is worse than a failed build.
 */
export function projectLonLat(projection: GeoProjection, [lon, lat]: LonLat): WorldPoint {
  const p = projection([lon, lat]);
  if (!p || !Number.isFinite(p[0]) || !Number.isFinite(p[1]))
    throw new Error(`cannot project ${lon}, ${lat}`);
  return [p[0], p[1]];
}
