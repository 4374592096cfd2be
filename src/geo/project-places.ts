import type { GeoProjection } from 'd3-geo';
import type { LonLat, Place, WorldPoint } from './types.ts';

/** A place with its position in world space added. */
export type ProjectedPlace<P extends Place = Place> = P & { readonly x: number; readonly y: number };

/**
 * Project one lon/lat to world space.
 *
 * @throws Error if the projection clips the point away (d3 returns null):
 *   a marker silently dropped from a map is worse than a failed build.
 */
export function projectLonLat(projection: GeoProjection, [lon, lat]: LonLat): WorldPoint {
  const p = projection([lon, lat]);
  if (!p || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) throw new Error(`cannot project ${lon}, ${lat}`);
  return [p[0], p[1]];
}

/**
 * Project place markers to world coordinates once, with the base
 * projection; the markers then move with the map's group transform like
 * every other shape. Keeps each place's own fields (name, country…) and
 * its order.
 *
 * @throws Error naming the place if one cannot be projected.
 */
export function projectPlaces<P extends Place>(places: readonly P[], projection: GeoProjection): ProjectedPlace<P>[] {
  return places.map((place) => {
    let point: WorldPoint;
    try {
      point = projectLonLat(projection, [place.lon, place.lat]);
    } catch {
      throw new Error(`cannot project place "${place.id}" (${place.lon}, ${place.lat})`);
    }
    return { ...place, x: point[0], y: point[1] };
  });
}
