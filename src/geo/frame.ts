import type { LonLat } from './types.ts';

/** A lon/lat box: [west, south, east, north] in degrees. */
export type LonLatBox = readonly [west: number, south: number, east: number, north: number];

/**
 * The map's frame: north-east China, the Korean peninsula and their
 * neighbours. The base projection fits it into the world box (0–1000), so world
 * coordinates are defined by it; the story's views lie inside it.
 */
export const MAP_FRAME: LonLatBox = [110, 30, 136, 55];

/**
 * How far the drawn geography reaches: the geography build clips to this box (src/build/geo
 * imports it from here) and writes it into the topology as `bbox`. Far wider than the frame,
 * so that a view fitted on a tall phone or an ultra-wide screen still lands on drawn land and
 * sea, never on the data's edge: from Nepal to Kamchatka, northern Vietnam to 64°N. The camera
 * never shows beyond it (see coverage.ts).
 */
export const MAP_COVERAGE: LonLatBox = [86, 18.5, 168, 64];

/**
 * Points along the outline of a lon/lat box, every `stepDeg` degrees on all
 * four edges (corners included). On a conic projection parallels become
 * arcs, so the corners alone do not bound a box: the middle of its southern
 * edge lies below them.
 *
 * Returned as points, not a polygon, so that d3-geo's spherical winding
 * rules (a ring can mean "everything outside it") never come into play.
 */
export function boxOutline(box: LonLatBox, stepDeg = 0.5): LonLat[] {
  const [west, south, east, north] = box;
  if (!(west < east && south < north))
    throw new Error(`box ${JSON.stringify(box)} is not [west, south, east, north]`);
  const nx = Math.max(1, Math.ceil((east - west) / stepDeg));
  const ny = Math.max(1, Math.ceil((north - south) / stepDeg));
  const points: LonLat[] = [];
  for (let i = 0; i <= nx; i++) {
    const lon = west + ((east - west) * i) / nx;
    points.push([lon, south], [lon, north]);
  }
  for (let j = 1; j < ny; j++) {
    const lat = south + ((north - south) * j) / ny;
    points.push([west, lat], [east, lat]);
  }
  return points;
}
